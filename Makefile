# One entry point per job. `make demo` and `make test` work on a fresh machine.
PYTHON ?= python3
VENV   ?= .venv
KG      = $(VENV)/bin/kg
PY      = $(VENV)/bin/python
# The test instance's password is the one `kg neo4j start` generated and keeps for it (tests/conftest.py reads it).
TEST_ENV = NEO4J_URI=bolt://127.0.0.1:7688 NEO4J_USER=neo4j KG_NEO4J_INSTANCE=test

.PHONY: install install-spark demo test eval model bench bench-spark clean-neo4j screenshots

# pip is quiet for the ~90 s it takes the first time, so say so; its output (and setuptools'
# editable-install banner, meant for packagers) goes to $(VENV)/install.log, shown only on failure.
$(VENV)/.installed: pyproject.toml
	@echo "installing Python packages into $(VENV) (spaCy, hazm, neo4j, ...): about 2 minutes the first time"
	@start=$$(date +%s); \
	$(PYTHON) -m venv $(VENV) && \
	{ $(VENV)/bin/pip install -q --upgrade pip && $(VENV)/bin/pip install -q -e '.[test]'; } >$(VENV)/install.log 2>&1 \
	  || { cat $(VENV)/install.log; echo "pip failed; its output is above and in $(VENV)/install.log"; exit 1; }; \
	echo "installed in $$(( $$(date +%s) - start )) s"
	@touch $@

install: $(VENV)/.installed

# pyspark (about 350 MB) for `kg spark extract` and its tests; `make demo` does without it.
$(VENV)/.spark-installed: $(VENV)/.installed
	@echo "installing pyspark into $(VENV) for kg spark (about a minute the first time)"
	@$(VENV)/bin/pip install -q -e '.[test,spark]' >>$(VENV)/install.log 2>&1 \
	  || { cat $(VENV)/install.log; echo "pip failed; its output is above and in $(VENV)/install.log"; exit 1; }
	@touch $@

install-spark: $(VENV)/.spark-installed

# Neo4j (local jars, or Docker if an engine answers, or NEO4J_URI), load corpus/, answer the canned questions.
demo: install
	$(KG) neo4j start
	$(KG) load corpus/
	$(KG) query who-ran-province
	$(KG) query officials
	$(KG) query figures --param province=قم

# The test suite against a real Neo4j: NEO4J_URI's server when it is set, otherwise a separate
# local instance (ports 7688/7475) that is always stopped afterwards, even when tests fail.
test: install-spark
	$(KG) neo4j fetch
	@if [ -n "$$NEO4J_URI" ]; then $(VENV)/bin/pytest; else \
	  $(KG) neo4j start --instance test && \
	  { $(TEST_ENV) $(VENV)/bin/pytest; status=$$?; $(KG) neo4j stop --instance test; exit $$status; }; fi

eval: install
	$(KG) eval

# Retrain the recogniser's statistical component (ParsTwiNER's train split, seed 13, CPU) and
# write the pipeline to loader/data/pipeline/ (see training/train.py).
model: install
	$(PY) training/train.py

# Refresh the screenshots in docs/img/ (the tests that take them write to a temporary folder otherwise).
screenshots: install
	$(KG) neo4j start --instance test
	KG_SCREENSHOT_DIR=docs/img KG_SCREENSHOT=docs/img/graph-view.png $(TEST_ENV) $(VENV)/bin/pytest \
	  tests/neo4j/test_browser.py tests/export/test_html_view.py; status=$$?; $(KG) neo4j stop --instance test; exit $$status

bench: install
	$(KG) bench --sizes 1000,10000,100000 --output docs/BENCHMARKS.md

# The bulk path (Spark local mode + kg neo4j import) beside kg load: its own section of the report.
bench-spark: install-spark
	$(KG) bench --spark --sizes 10000,100000 --output docs/BENCHMARKS.md

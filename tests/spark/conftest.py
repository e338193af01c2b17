"""The Spark job run once per session on corpus/ plus 200 generated articles (and three bad files),
and a second local Neo4j instance to import its output into."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from helpers import CORPUS  # noqa: E402
from benchmarks.generator import write_corpus  # noqa: E402
from spark_helpers import BAD_FILES, kg_process  # noqa: E402


@pytest.fixture(scope="session")
def spark_inputs(tmp_path_factory) -> list[str]:
    generated = tmp_path_factory.mktemp("spark-in") / "generated"
    write_corpus(generated, 200)
    for name, data in BAD_FILES.items():
        (generated / name).write_bytes(data)
    return [str(CORPUS), str(generated)]


@pytest.fixture(scope="session")
def spark_run(spark_inputs, tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    out = tmp_path_factory.mktemp("spark-out") / "graph-csv"
    done = kg_process("spark", "extract", *spark_inputs, "-o", str(out))
    assert done.returncode == 0, done.stdout + done.stderr
    return out, done


@pytest.fixture(scope="session")
def import_instance(neo4j_settings):
    """A local instance of its own (`kg neo4j import` replaces its graph): KG_IMPORT_TEST_INSTANCE,
    default `test-import`; stopped afterwards when this session started it."""
    from loader.neo4j.server import LocalServer
    server = LocalServer(os.environ.get("KG_IMPORT_TEST_INSTANCE", "test-import"))
    was_running = server.status().running
    yield server
    if not was_running:
        server.stop()

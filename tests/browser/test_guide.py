"""The Browser guide: a slide per canned question whose blocks run as they are, on the corpus,
with Browser's own fold of the names agreeing with the loader's."""
from __future__ import annotations

import re

import pytest

from loader.browser.content import favorites
from loader.browser.guide import frame_text, guide_html, params_block
from loader.queries import canned_queries
from loader.text_keys import cypher_fold, fold

QUERIES = canned_queries()


def evaluated_params(session, query) -> dict:
    """What Browser does with the `:param name => expression` lines: the server evaluates each."""
    params = {}
    for line in params_block(query, editable=False).splitlines():
        name, expression = line.removeprefix(":param ").rstrip(";").split(" => ", 1)
        params[name] = session.run(f"RETURN {expression} AS value").single()["value"]
    return params


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_each_question_runs_in_browser_form_with_its_example(name, corpus_graph, neo4j_settings):
    query = QUERIES[name]
    with corpus_graph.session(database=neo4j_settings.database) as session:
        params = evaluated_params(session, query)
        assert set(params) >= set(query.params)
        result = session.run(frame_text(query), params)
        rows = [r.data() for r in result]
    assert rows, f"{name}: the guide's example finds nothing in the corpus"
    assert list(rows[0]) == (query.columns or list(rows[0])), "Browser shows the columns kg query shows"


@pytest.mark.parametrize("typed", ["خراسان شمالي", "خراسان\u200cشمالی", "  تأمین اجتماعي ", "شعبه ۲", "كرمان",
                                   "مرتضی حاجی\u200cکاظمی", "آزادي", "رئيس",
                                   "هیئت مدیره", "مسئولیت", "مسأله"])
def test_browser_fold_is_the_loaders_fold(typed, neo4j_driver):
    records, _, _ = neo4j_driver.execute_query(f"RETURN {cypher_fold('$text')} AS folded", text=typed)
    assert records[0]["folded"] == fold(typed)


def test_guide_has_a_slide_per_question_with_live_name_inputs():
    page = guide_html(QUERIES, favorites())
    slides = re.findall(r"<slide.*?</slide>", page, re.S)
    assert len(slides) == len(QUERIES) + 3  # start, the model, the questions, the favourites
    assert re.search(r"<title>[^<]+</title>", page)
    for query in QUERIES.values():
        slide = next(s for s in slides if f"<h3>{query.name}</h3>" in s)
        assert "<style>" in slide, "Browser keeps only what is inside a slide"
        assert slide.count('class="code runnable"') == (2 if query.params else 1)
        for param, value in query.example_params().items():
            key = f"kg-{query.name}-{param}"
            assert f'value-for="{key}"' in slide and f'value="{value}"' in slide
            assert slide.count(f'value-key="{key}"') == (2 if f"${param}_key" in query.cypher else 1)


def test_guide_offers_the_model_picture_and_the_favourites():
    page = guide_html(QUERIES, favorites(), "/browser/kg")
    assert 'src="/browser/kg/model.svg"' in page and 'href="/browser/kg/favorites.zip"' in page
    for path in favorites():
        assert f'href="/browser/kg/favorites/{path.name}"' in page

"""The project's Neo4j Browser guide: the canned questions as runnable frames, the graph model
as a picture, the favourites to import one by one.

Browser plays a remote guide (``:play URL``) as a frame: each ``<slide>`` is a page; a
``<pre class="runnable">`` runs when its ▶ icon is clicked and goes into the editor when its text
is. A question is two blocks: the ``:param`` commands (Browser sends a query only the parameters
that are set, and the canned queries expect every one they declare), then the query. Canned
queries compare names in folded form (``$name_key``); Browser cannot call Python, so the key is
computed on the server by ``text_keys.cypher_fold``, the same folding written in Cypher. An input
box rewrites the name in both places as the user types (Browser's ``value-for``/``value-key``).
Everything is generated from ``cypher/*.cypher``, so the guide and `kg query` ask the same
questions.
"""
from __future__ import annotations

import html
import re
from pathlib import Path

from loader.queries import CannedQuery
from loader.text_keys import cypher_fold

TITLE = "kg-taamin: officials, posts and figures from Persian news"
# Browser's table grows each column to its longest text, so a long Persian sentence (laid out
# right to left) starts far off to the right. While the guide is open, cells wrap at 38em and
# take their direction from their text.
TABLE_CSS = (".relatable__table-body-cell > span { display: inline-block; max-width: 38em; "
             "white-space: normal; unicode-bidi: plaintext; text-align: start; }")
HEADER_LINE = re.compile(r"^\s*//")


def cypher_literal(value) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    text = str(value).replace("\\", "\\\\").replace("'", "\\'")
    return f"'{text}'"


def query_body(query: CannedQuery) -> str:
    """The Cypher of a canned query without its header comments."""
    return "\n".join(line for line in query.cypher.splitlines() if not HEADER_LINE.match(line)).strip()


def _input_id(query: CannedQuery, name: str) -> str:
    return f"kg-{query.name}-{name}"


def params_block(query: CannedQuery, editable: bool = True) -> str:
    """The ``:param`` commands that set every parameter the query declares: the example value (or
    null), and next to each name the query compares folded, its ``…_key`` computed by Browser's
    server with the same folding as the loader. With ``editable``, each example value is an HTML
    span that the slide's input box rewrites as the user types (Browser's value-for/value-key)."""
    defaults = query.example_params()
    lines = []
    for name in query.params:
        value = defaults.get(name)
        if value is None:
            lines.append(f":param {name} => null;")
            if f"${name}_key" in query.cypher:
                lines.append(f":param {name}_key => null;")
            continue
        literal = cypher_literal(int(value) if re.fullmatch(r"-?\d+", value) else value)
        if editable and literal.startswith("'"):
            shown = f"'<span value-key=\"{_input_id(query, name)}\">{html.escape(literal[1:-1], quote=False)}</span>'"
        else:
            shown = html.escape(literal, quote=False) if editable else literal
        lines.append(f":param {name} => {shown};")
        if f"${name}_key" in query.cypher:
            if editable:  # the fold's own text is escaped; the name inside it stays a live span
                folded = html.escape(cypher_fold("\0"), quote=False).replace("\0", shown)
            else:
                folded = cypher_fold(literal)
            lines.append(f":param {name}_key => {folded};")
    # Browser ignores a command that ends in " null", so every line ends with ";".
    return "\n".join(lines)


def frame_text(query: CannedQuery) -> str:
    """The question's block: a title comment and the query. A query that returns more than its
    shown columns (ids for `kg export --query`) is wrapped so Browser's table shows just those."""
    body = query_body(query)
    if query.columns:
        inner = "\n".join("  " + line for line in body.splitlines())
        body = "CALL () {\n" + inner + "\n}\nRETURN " + ", ".join(f"`{c}`" for c in query.columns)
    return f"// {query.name}: {query.description}\n{body}"


def _pre(code: str, escaped: bool = False) -> str:
    return f'<pre class="code runnable">{code if escaped else html.escape(code)}</pre>'


def _ask(query: CannedQuery) -> str:
    """The slide of one canned question: inputs for its names, its parameters, its query."""
    steps = []
    if query.params:
        defaults = query.example_params()
        inputs = [f'<label>{html.escape(name)} <input value-for="{_input_id(query, name)}" '
                  f'value="{html.escape(defaults[name])}" dir="auto" size="18"></label>'
                  for name in query.params if name in defaults]
        docs = "".join(f"<li><code>{html.escape(n)}</code>: {html.escape(d)}</li>" for n, d in query.params.items())
        steps.append(f"<ul>{docs}</ul>")
        if inputs:
            steps.append(f"<p>Ask about: {' '.join(inputs)} (type a name: the blocks below follow)</p>")
        steps.append("<p>1. Set the parameters: ▶ on this block (names are compared without spaces, ZWNJ or "
                     "Arabic letter forms, as the loader compares them)</p>" + _pre(params_block(query), escaped=True))
        steps.append("<p>2. Ask: ▶ on this block (or click it to edit it first)</p>")
    else:
        steps.append("<p>No parameters: ▶ on the block runs it (or click it to edit it first).</p>")
    steps.append(_pre(frame_text(query)))
    example = query.examples[0] if query.examples else f"kg query {query.name}"
    steps.append(f"<p>On the command line: <code>{html.escape(example)}</code></p>")
    return f"<p>{html.escape(query.description)}</p>\n" + "\n".join(steps)


def _slide(title: str, body: str) -> str:
    """One page; Browser keeps only what is inside ``<slide>``, so each carries the table style."""
    return (f'<slide class="row-fluid"><style>{TABLE_CSS}</style><div class="col-sm-12">'
            f"<h3>{html.escape(title)}</h3>\n{body}\n</div></slide>")


def favorites_list(favorites: list[Path], base_url: str) -> str:
    items = []
    for path in favorites:
        first = path.read_text(encoding="utf-8").splitlines()[0].lstrip("/ ").strip()
        items.append(f'<li><a href="{base_url}/favorites/{html.escape(path.name)}" download>'
                     f"{html.escape(path.name)}</a>: {html.escape(first)}</li>")
    return "<ul>" + "".join(items) + "</ul>"


def guide_html(queries: dict[str, CannedQuery], favorites: list[Path], base_url: str = "/browser/kg",
               first: Path | None = None) -> str:
    """The whole guide as one HTML document; ``base_url`` is where its picture and files are served,
    ``first`` the favourite the first slide offers to run."""
    first = first or (favorites[0] if favorites else None)
    first_query = first.read_text(encoding="utf-8").strip() if first else "MATCH (p:Person)-[h:HOLDS]->(post) RETURN p, h, post"
    slides = [_slide("Start here", f"""
<p>People, their posts (title, organisation, province or city), organisations, provinces and cities,
programs, laws, facilities, figures and events, read from Persian news. Every fact keeps the article,
the character span and the sentence it came from.</p>
<p><b>How to use this guide:</b> ▶ at the corner of a grey code block runs it; a click on the block
puts it in the editor at the top, to change it and run it there (▶ or Ctrl+Enter). The arrow on
the right steps through the questions (the same ones as <code>kg query NAME</code> on the command
line); the next page draws the graph model.</p>
<p>Try it: who held which post in قم, as a graph (edit the name to ask about another province):</p>
{_pre(first_query)}
<p>Click a relationship to see its evidence: <code>doc</code> (the article), <code>raw_start</code> and
<code>raw_end</code> (the span in the raw text) and <code>sentence</code>. The colours and captions
come from the project's style, applied when you connected (<code>:style</code> shows it).</p>"""),
              _slide("The graph model", f"""
<p><img src="{base_url}/model.svg" alt="The graph model: labels and relationship types" style="width:100%;max-width:760px"></p>
<p>A <b>Post</b> (title + organisation + area) exists apart from whoever holds it. Below the line is
the evidence layer: a <b>Mention</b> for every name in every sentence, and the <b>Document</b>
it is in. They are kept out of the questions here; <code>MATCH (n) RETURN n</code> shows them as
small grey nodes.</p>""")]
    for query in queries.values():
        slides.append(_slide(query.name, _ask(query)))
    slides.append(_slide("Favourites to keep", f"""
<p>Each file below is one ready query that runs as it is (edit the name on its second line).
Drag a file onto this Browser window and choose <b>Save to favorites</b>, or click ☆ in the editor
after clicking a block in this guide. <a href="{base_url}/favorites.zip" download>favorites.zip</a>
holds them all: drop it on the window to add every one at once.</p>
{favorites_list(favorites, base_url)}
<p>Mention nodes are the evidence layer (one per name in each sentence); the favourites and the
questions here leave them out, except <i>where a name is mentioned</i>. A plain
<code>MATCH (n) RETURN n</code> shows them as small grey dots.</p>"""))
    return (f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{html.escape(TITLE)}</title></head><body>\n"
            '<article class="guide"><carousel class="deck container-fluid">\n'
            + "\n".join(slides) + "\n</carousel></article></body></html>\n")

"""Canned Cypher queries: ``cypher/*.cypher`` files whose header comments describe them.

Header lines look like ``// name: who-ran-province``, ``// description: ...``,
``// param: province = optional Persian province name``, ``// example: kg query ...``,
``// columns: person, title, organization, province, documents`` and
``// names: province = Province, City``. Queries run read-only, with every declared parameter
passed (absent ones as null) so a query can treat them as optional; a parameter whose text does
not start with "optional" is required. ``columns`` are the ones shown; a query may return more
(``ids``) for `kg export --query`. ``names`` says which labels (or ``Label.property``) a parameter
names, so a name that matches nothing can be reported with the closest names in the graph.
"""
from __future__ import annotations

import difflib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from neo4j import Driver, READ_ACCESS

from loader.errors import KgError
from loader.text_keys import fold

HEADER = re.compile(r"^//\s*(name|description|param|example|columns|names):\s*(.*)$")
EXAMPLE_PARAM = re.compile(r"(?:--param|-p)\s+(\w+)=(\"[^\"]*\"|\S+)")


@dataclass
class CannedQuery:
    name: str
    path: Path
    cypher: str
    description: str = ""
    params: dict[str, str] = field(default_factory=dict)
    examples: list[str] = field(default_factory=list)
    columns: list[str] = field(default_factory=list)
    names: dict[str, list[str]] = field(default_factory=dict)

    def required(self) -> list[str]:
        return [name for name, doc in self.params.items() if not doc.lower().startswith("optional")]

    def example_params(self) -> dict[str, str]:
        """The parameters of the first example that sets any (defaults for Browser frames)."""
        for example in self.examples:
            found = {k: v.strip('"') for k, v in EXAMPLE_PARAM.findall(example)}
            if found:
                return found
        return {}


# Package data: `loader/cypher` is the checkout's top-level `cypher/` (a symlink there, the files
# themselves in a wheel), so an installed `kg query` answers from any directory.
PACKAGED_CYPHER = Path(__file__).resolve().parent / "cypher"


def cypher_dir() -> Path:
    override = os.environ.get("KG_CYPHER_DIR")
    return Path(override) if override else PACKAGED_CYPHER


def parse_query_file(path: Path) -> CannedQuery:
    text = path.read_text(encoding="utf-8")
    query = CannedQuery(name=path.stem, path=path, cypher=text)
    for line in text.splitlines():
        match = HEADER.match(line.strip())
        if not match:
            continue
        key, value = match.groups()
        if key == "name":
            query.name = value.strip()
        elif key == "description":
            query.description = (query.description + " " + value.strip()).strip()
        elif key == "param":
            name, _, doc = value.partition("=")
            query.params[name.strip()] = doc.strip()
        elif key == "example":
            query.examples.append(value.strip())
        elif key == "columns":
            query.columns = [c.strip() for c in value.split(",") if c.strip()]
        elif key == "names":
            name, _, targets = value.partition("=")
            query.names[name.strip()] = [t.strip() for t in targets.split(",") if t.strip()]
    return query


def canned_queries() -> dict[str, CannedQuery]:
    found = {}
    for path in sorted(cypher_dir().glob("*.cypher")):
        if path.stem == "schema":
            continue  # the schema is not a canned question
        query = parse_query_file(path)
        found[query.name] = query
    return found


def unknown_query(name: str, queries: dict[str, CannedQuery]) -> KgError:
    close = difflib.get_close_matches(name, list(queries), n=3, cutoff=0.5)
    hint = f"did you mean {' or '.join(close)}? " if close else ""
    return KgError(f"no canned query named '{name}'; {hint}`kg query --list` shows them")


def parse_params(pairs: tuple[str, ...] | list[str], query: CannedQuery) -> dict:
    params: dict[str, object] = {name: None for name in query.params}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep:
            raise KgError(f"--param {pair!r}: expected key=value")
        if key not in query.params:
            known = ", ".join(query.params) or "none"
            close = difflib.get_close_matches(key, list(query.params), n=1)
            hint = f"did you mean '{close[0]}'? " if close else ""
            raise KgError(f"query '{query.name}' has no parameter '{key}'; {hint}(parameters: {known})")
        params[key] = _coerce(value)
    # Names are compared in folded form so ZWNJ, spacing and Arabic letters do not matter.
    params.update({f"{k}_key": fold(v) if isinstance(v, str) else None for k, v in list(params.items())})
    return params


def _coerce(value: str):
    if re.fullmatch(r"-?\d+", value):
        return int(value)
    if re.fullmatch(r"-?\d+\.\d+", value):
        return float(value)
    return value


def run_read_only(driver: Driver, database: str, cypher: str, params: dict | None = None) -> tuple[list[str], list[dict]]:
    """Refuse anything but a read query: EXPLAIN tells its type before it runs."""
    params = params or {}
    with driver.session(database=database, default_access_mode=READ_ACCESS) as session:
        try:
            summary = session.run("EXPLAIN " + cypher, params).consume()
        except Exception as err:  # syntax and semantic errors arrive as several driver types
            message = getattr(err, "message", None) or str(err)
            raise KgError(f"Cypher error: {message.splitlines()[0]}") from None
        if summary.query_type != "r":
            raise KgError(f"refused: kg runs read-only Cypher, and this query writes (query type '{summary.query_type}')")
        # EXPLAIN calls these reads, but one kills other sessions' work and the other makes the
        # server fetch URLs.
        refused = _operators(summary.plan) & UNSAFE_OPERATORS
        if refused:
            raise KgError(f"refused: kg runs read-only Cypher, and this query uses {', '.join(sorted(refused))}")
        for name in sorted(_called(summary.plan, cypher)):
            if not allowed_call(name):
                raise KgError(f"refused: kg runs read-only Cypher with graph reads, full-text queries and schema "
                              f"procedures only, and this query calls {name}")
        try:
            result = session.run(cypher, params)
            columns = list(result.keys())
            rows = [dict(record) for record in result]
        except Exception as err:  # runtime errors (`1/0`) arrive as several driver types
            message = getattr(err, "message", None) or str(err)
            raise KgError(f"Cypher error: {message.splitlines()[0]}") from None
    return columns, rows


UNSAFE_OPERATORS = {"TerminateTransactions", "LoadCSV"}
# What `kg cypher` may call. Query type 'r' is not enough: APOC's load procedures fetch any URL
# the server can reach (`apoc.load.json`, `jsonParams`, `xml`...), `apoc.util.sleep` holds the
# server, and `db.*` holds maintenance procedures. Reads of the graph, full-text queries and the
# schema are allowed; everything else, named or not yet written, is refused.
ALLOWED_PROCEDURES = frozenset({
    "db.labels", "db.relationshipTypes", "db.propertyKeys",
    "db.schema.visualization", "db.schema.nodeTypeProperties", "db.schema.relTypeProperties",
    "db.index.fulltext.queryNodes", "db.index.fulltext.queryRelationships",
    "apoc.meta.stats", "apoc.meta.schema", "apoc.meta.data",
    "apoc.path.expand", "apoc.path.expandConfig", "apoc.path.subgraphNodes", "apoc.path.subgraphAll",
    "apoc.path.spanningTree",
})
# Namespaced functions: Cypher's own (temporal, spatial, vector) and APOC's pure ones (text,
# collections, maps, conversion, dates, numbers, node and relationship helpers, hashes).
ALLOWED_FUNCTION_PREFIXES = (
    "date.", "datetime.", "localdatetime.", "localtime.", "time.", "duration.", "point.", "vector.",
    "db.nameFromElementId",
    "apoc.text.", "apoc.coll.", "apoc.map.", "apoc.convert.", "apoc.date.", "apoc.temporal.", "apoc.number.",
    "apoc.math.", "apoc.agg.", "apoc.label.", "apoc.any.", "apoc.node.", "apoc.rel.", "apoc.nodes.",
    "apoc.meta.cypher.", "apoc.version", "apoc.util.md5", "apoc.util.sha1", "apoc.util.sha256",
    "apoc.util.sha384", "apoc.util.sha512",
)
_DOTTED_CALL = re.compile(r"([A-Za-z_][A-Za-z0-9_]*(?:\s*\.\s*[A-Za-z_][A-Za-z0-9_]*)+)\s*\(")
_STRINGS_AND_COMMENTS = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|//[^\n]*|/\*.*?\*/", re.S)


def allowed_call(name: str) -> bool:
    return name in ALLOWED_PROCEDURES or name.startswith(ALLOWED_FUNCTION_PREFIXES)


def _called(plan, cypher: str) -> set[str]:
    """Every namespaced procedure and function the query calls: from the plan the server made
    (procedure calls by their resolved name, functions in operator details) and, in case a
    detail is abbreviated, from the query text without its strings and comments."""
    names: set[str] = set()
    stack = [plan] if plan else []
    while stack:
        node = stack.pop()
        details = (node.get("args") or {}).get("Details") or ""
        if node.get("operatorType", "").split("@")[0] == "ProcedureCall":
            names.add(details.split("(", 1)[0].strip())
        names.update(_normal(m) for m in _DOTTED_CALL.findall(_STRINGS_AND_COMMENTS.sub(" ", details)))
        stack.extend(node.get("children", []))
    text = _STRINGS_AND_COMMENTS.sub(" ", cypher).replace("`", "")
    names.update(_normal(m) for m in _DOTTED_CALL.findall(text))
    return {n for n in names if n}


def _normal(name: str) -> str:
    return re.sub(r"\s+", "", name)


def _operators(plan) -> set[str]:
    if not plan:
        return set()
    name = plan.get("operatorType", "").split("@")[0]
    found = {name}
    for child in plan.get("children", []):
        found |= _operators(child)
    return found


def _noun(targets: list) -> str:
    words = []
    for target in targets:
        word = target.prop.replace("_", " ") if target.prop else target.label.lower().replace("organization", "organisation")
        if word not in words:
            words.append(word)
    return " or ".join(words)


def run_canned(driver: Driver, database: str, query: CannedQuery, pairs: tuple[str, ...] | list[str]
               ) -> tuple[list[str], list[dict], str | None]:
    """Run a canned query; a missing required parameter, or a name the graph does not hold, is a
    `KgError` naming it with names to try. Returns the columns, the rows and, when no row came
    back although every name was found, a note saying so."""
    from loader.neo4j import names as graph_names
    params = parse_params(pairs, query)
    targets = {name: [graph_names.Target.parse(t) for t in specs] for name, specs in query.names.items()}
    for name in query.required():
        if params.get(name) is None:
            example = query.example_params().get(name, "NAME")
            hint = ""
            if targets.get(name):
                some = graph_names.best_connected(driver, database, targets[name][0])
                hint = f"; {_noun(targets[name][:1])} names in the graph include {', '.join(some)}" if some else ""
            doc = query.params[name]
            raise KgError(f"query '{query.name}' needs --param {name}=..., {doc}; e.g. "
                          f"kg query {query.name} --param {name}={example}{hint}")
    columns, rows = run_read_only(driver, database, query.cypher, params)
    if rows:
        return columns, rows, None
    found = []
    for name, value in params.items():
        if name.endswith("_key") or value is None or not targets.get(name):
            continue
        hits = graph_names.find(driver, database, targets[name], value)
        if not hits:
            suggestions = graph_names.closest(driver, database, targets[name], value)
            raise KgError(f"no {_noun(targets[name])} named '{value}' in the graph (--param {name}; compared "
                          f"without ZWNJ, spaces and Arabic letter forms){graph_names.did_you_mean(suggestions)}")
        found.append(f"'{value}' ({hits[0].label}: {hits[0].display})")
    note = f"no rows: {', '.join(found)} {'is' if len(found) == 1 else 'are'} in the graph, but no row matches" if found else None
    return columns, rows, note

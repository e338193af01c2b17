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

from neo4j import Driver

from loader.errors import KgError
from loader.neo4j.read_only import run_read_only
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

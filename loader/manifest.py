"""Document metadata a user gives with `kg load --meta FILE`: date, source and URL per document.

The file is CSV with a header row, or JSON lines, with the fields

    document  the document id, its file name, or its path relative to the folder loaded
    date      Jalali `1402-07-08`, `1402/07/08`, `1402-07` or `1402`; with `calendar` = gregorian,
              `2023-09-30`, `2023-09` or `2023`
    calendar  `jalali` (the default) or `gregorian`
    source    the publisher, for example `خبرگزاری فارس`
    url       where the article was published

A line that cannot be used (no document, a date that does not parse, a Gregorian date given as
Jalali, a document no loaded file matches) is reported in one line naming the file and the line
number, and the documents load without it.
"""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path

import jdatetime

from loader.errors import KgError
from loader.ner.dates import DocDate, jalali_date

FIELDS = ("document", "date", "calendar", "source", "url")
JALALI_YEARS = range(1200, 1500)
GREGORIAN_YEARS = range(1800, 2200)
DATE = re.compile(r"^\s*(?P<y>\d{4})(?:[-/](?P<m>\d{1,2})(?:[-/](?P<d>\d{1,2}))?)?\s*$")


@dataclass(frozen=True)
class DocMeta:
    date: DocDate | None
    source: str | None
    url: str | None
    line: int

    @property
    def fingerprint(self) -> str:
        """What the graph keeps of this metadata, to tell a changed manifest line from the same one."""
        date = f"{self.date.jalali}/{self.date.precision}" if self.date else ""
        return "|".join((date, self.source or "", self.url or ""))

    def properties(self) -> dict[str, str]:
        """The Document properties besides the date."""
        return {k: v for k, v in (("source", self.source), ("url", self.url), ("manifest", self.fingerprint)) if v}


def parse_date(text: str, calendar: str = "jalali") -> DocDate:
    """A manifest date; raises ValueError with the reason."""
    m = DATE.match(text or "")
    if not m:
        raise ValueError(f"date {text!r} does not parse (write 1402-07-08, 1402-07 or 1402)")
    year, month, day = int(m.group("y")), m.group("m"), m.group("d")
    month, day = (int(month) if month else None), (int(day) if day else None)
    if calendar == "gregorian":
        if year not in GREGORIAN_YEARS:
            raise ValueError(f"date {text!r} is not a Gregorian date (calendar is gregorian)")
        jd = jdatetime.date.fromgregorian(year=year, month=month or 1, day=day or 1)
        return jalali_date(jd.year, jd.month if month else None, jd.day if day else None, "manifest")
    if calendar != "jalali":
        raise ValueError(f"calendar {calendar!r} is neither jalali nor gregorian")
    if year in GREGORIAN_YEARS:
        raise ValueError(f"date {text!r} looks Gregorian; give calendar=gregorian or a Jalali date")
    if year not in JALALI_YEARS:
        raise ValueError(f"date {text!r} is out of range")
    try:
        return jalali_date(year, month, day, "manifest")
    except ValueError:
        raise ValueError(f"date {text!r} is no day of the Jalali calendar") from None


@dataclass(frozen=True)
class Manifest:
    path: Path
    lines: dict[str, DocMeta]   # by document key as written
    problems: list[str]         # one message per line that cannot be used


def read_manifest(path: Path) -> Manifest:
    """Metadata by document key, and one message per line that cannot be used. A file that cannot
    be read at all raises KgError naming it."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        raise KgError(f"{path}: cannot read the manifest: {getattr(err, 'strerror', None) or err}") from None
    rows, problems = _rows(path, text)
    found: dict[str, DocMeta] = {}
    for line, row in rows:
        document = (row.get("document") or "").strip()
        if not document:
            problems.append(f"{path}:{line}: no document named")
            continue
        date = None
        if (row.get("date") or "").strip():
            try:
                date = parse_date(row["date"], (row.get("calendar") or "jalali").strip().lower())
            except ValueError as err:
                problems.append(f"{path}:{line}: {document}: {err}; loaded without this date")
        if document in found:
            problems.append(f"{path}:{line}: {document}: already given on line {found[document].line}; this line is ignored")
            continue
        found[document] = DocMeta(date, (row.get("source") or "").strip() or None,
                                  (row.get("url") or "").strip() or None, line)
    return Manifest(path, found, problems)


def _rows(path: Path, text: str) -> tuple[list[tuple[int, dict]], list[str]]:
    problems: list[str] = []
    stripped = text.lstrip()
    if stripped.startswith("{"):
        rows = []
        for line, raw in enumerate(text.splitlines(), 1):
            if not raw.strip():
                continue
            try:
                row = json.loads(raw)
            except json.JSONDecodeError as err:
                problems.append(f"{path}:{line}: not a JSON object ({err.msg})")
                continue
            if not isinstance(row, dict):
                problems.append(f"{path}:{line}: not a JSON object")
                continue
            rows.append((line, {k: str(v) if v is not None else "" for k, v in row.items()}))
        return rows, problems
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or "document" not in [f.strip() for f in reader.fieldnames]:
        raise KgError(f"{path}:1: a manifest needs a header row with a `document` column "
                      f"(fields: {', '.join(FIELDS)})")
    return [(reader.line_num, {k.strip(): v for k, v in row.items() if k}) for row in reader], problems


def match(manifest: dict[str, DocMeta], doc_id: str, path: str) -> tuple[str, DocMeta] | None:
    """The manifest key and metadata of a document: by id, by path as given, or by file name."""
    for key in (doc_id, path, Path(path).name, Path(path).stem):
        if key in manifest:
            return key, manifest[key]
    return None


def unmatched(manifest: dict[str, DocMeta], used: set[str], path: Path) -> list[str]:
    """One message per manifest line no loaded document took."""
    return [f"{path}:{meta.line}: {key}: no document loaded has this id or file name"
            for key, meta in sorted(manifest.items(), key=lambda kv: kv[1].line) if key not in used]

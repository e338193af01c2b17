"""Reading articles from disk, refusing bad input with one line that names the file.

A corpus is whatever the user points at: files and directories (their ``*.txt``, recursively).
Every problem with one file becomes a ``KgError`` for that file alone, so the caller can report it
and go on with the rest.
"""
from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterable, Iterator

from loader.errors import KgError

MAX_BYTES = 20 * 1024 * 1024  # default; KG_MAX_DOC_BYTES overrides it (read on every call)
BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
PERSIAN_RANGE = range(0x0600, 0x0700)
# Magic numbers of binary formats people point a text loader at by mistake (PDF, ZIP/DOCX, images, gzip).
BINARY_MAGIC = ((b"%PDF-", "PDF"), (b"PK\x03\x04", "ZIP/DOCX"), (b"\x89PNG", "PNG"), (b"\xff\xd8\xff", "JPEG"),
                (b"GIF8", "GIF"), (b"\x1f\x8b", "gzip"), (b"\x7fELF", "ELF"))
HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
HTML_TAG = re.compile(r"</?(?:p|div|br|span|body|html|head|title|a|h[1-6]|table|tr|td|li|ul|meta|script|style)\b[^>]*>", re.I)


def max_bytes() -> int:
    """The size limit, from ``KG_MAX_DOC_BYTES`` when set (so tests and users can change it at run time)."""
    value = os.environ.get("KG_MAX_DOC_BYTES")
    if not value:
        return MAX_BYTES
    try:
        return int(value)
    except ValueError:
        raise KgError(f"KG_MAX_DOC_BYTES={value!r} is not a whole number of bytes") from None


@dataclass(frozen=True)
class RawDocument:
    id: str
    path: str
    sha256: str
    text: str
    encoding: str


def document_id(path: Path) -> str:
    return path.stem


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Path | KgError]:
    """Files in the order given; directories contribute their ``*.txt`` sorted by name."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*.txt") if p.is_file())
            if not found:
                yield KgError(f"{path}: directory contains no .txt files")
            yield from found
        elif path.is_file():
            yield path
        else:
            yield KgError(f"{path}: no such file or directory")


def decode(data: bytes, path: Path) -> tuple[str, str]:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as err:
                raise KgError(f"{path}: starts with a {encoding} byte-order mark but is not valid {encoding}: {err.reason} at byte {err.start}") from None
    for magic, kind in BINARY_MAGIC:
        if data.startswith(magic):
            raise KgError(f"{path}: binary file ({kind}), not text; extract the article's text to a .txt first")
    if b"\x00" in data[:4096]:
        raise KgError(f"{path}: binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as err:
        utf8_error = err
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        text = ""
    letters = [c for c in text if c.isalpha()]
    if letters and sum(ord(c) in PERSIAN_RANGE for c in letters) / len(letters) > 0.6:
        return text, "cp1256"
    raise KgError(f"{path}: not UTF-8 (invalid byte at offset {utf8_error.start}) and not Windows-1256 Persian text")


def _size(n: int) -> str:
    return f"{n / 2**20:.1f} MiB" if n >= 2**20 else f"{n:,} bytes"


def _control_ratio(text: str) -> float:
    sample = text[:65536]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\t\n\r\f\v")
    return controls / len(sample) if sample else 0.0


def looks_like_html(text: str) -> bool:
    return bool(HTML_START.match(text)) or len(HTML_TAG.findall(text[:65536])) >= 5


class _TextOfHtml(HTMLParser):
    """Visible text of an HTML page: no script/style, block elements become line breaks."""
    BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "title", "section", "article",
              "header", "footer", "blockquote", "table", "ul", "ol"}
    HIDDEN = {"script", "style", "noscript", "template", "head"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self.hidden += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """Strip tags; keep the visible text with paragraph breaks. Offsets then refer to this text,
    which is what the graph stores as the document's ``text``."""
    parser = _TextOfHtml()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)  # character references are already converted
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def check_size(path: Path | str, size: int) -> None:
    limit = max_bytes()
    if size > limit:
        raise KgError(f"{path}: {_size(size)} is larger than the {_size(limit)} limit "
                      f"(set KG_MAX_DOC_BYTES to change it)")


def read_document(path: Path) -> RawDocument:
    try:
        check_size(path, path.stat().st_size)
        data = path.read_bytes()
    except OSError as err:
        raise KgError(f"{path}: cannot read: {err.strerror}") from None
    return parse_document(path, data)


def parse_document(path: Path | str, data: bytes) -> RawDocument:
    """A file's bytes as a document, or one ``KgError`` line naming ``path``: what `kg load` and
    the Spark job (which reads the bytes itself) both do with a file."""
    if not data.strip():
        raise KgError(f"{path}: empty file")
    text, encoding = decode(data, path)
    if _control_ratio(text) > 0.01:
        raise KgError(f"{path}: binary file (control characters), not text")
    if looks_like_html(text):
        text, encoding = html_to_text(text), encoding + "+html"
    if not text.strip():
        raise KgError(f"{path}: HTML with no visible text" if encoding.endswith("+html") else f"{path}: empty file")
    if not any(ord(c) in PERSIAN_RANGE for c in text):
        raise KgError(f"{path}: contains no Persian text")
    return RawDocument(document_id(Path(path)), str(path), hashlib.sha256(data).hexdigest(), text, encoding)

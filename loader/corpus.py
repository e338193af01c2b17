"""Reading articles from disk, refusing bad input with one line that names the file.

A corpus is whatever the user points at: files and directories (their ``*.txt``, recursively).
Every problem with one file becomes a ``KgError`` for that file alone, so the caller can report it
and go on with the rest; a path inside a directory that cannot be read (a FIFO, a link loop, an
unreadable folder) is a ``Skipped`` with its reason, never dropped silently. Each file's document
id is its path relative to the directory given (``document_id``). Bytes are decoded as UTF-8,
strictly, or with a few bad bytes replaced and a warning; legacy encodings only when the letters
say so (``decode``).
"""
from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterable, Iterator

from loader.errors import KgError, one_line

MAX_BYTES = 20 * 1024 * 1024  # default; KG_MAX_DOC_BYTES overrides it (read on every call)
PERSIAN_RANGE = range(0x0600, 0x0700)
# Magic numbers of binary formats people point a text loader at by mistake (PDF, ZIP/DOCX, images, gzip).
BINARY_MAGIC = ((b"%PDF-", "PDF"), (b"PK\x03\x04", "ZIP/DOCX"), (b"\x89PNG", "PNG"), (b"\xff\xd8\xff", "JPEG"),
                (b"GIF8", "GIF"), (b"\x1f\x8b", "gzip"), (b"\x7fELF", "ELF"))
# A comment's body cannot contain `-->`, so leading comments split one way only (`.*?` here made a
# run of comments take exponential time to reject).
HTML_START = re.compile(r"\s*(?:<!--(?:(?!-->).)*-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
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
    warnings: tuple[str, ...] = ()   # one line each: bytes replaced, a legacy encoding chosen


@dataclass(frozen=True)
class Source:
    """A file to read and the id its document gets."""
    path: Path
    id: str


@dataclass(frozen=True)
class Skipped:
    """A path met while walking a directory that is not read, and why (one line)."""
    message: str


def document_id(path: Path, root: Path | None = None) -> str:
    """The path relative to the directory the user gave, without ``.txt``, with ``/`` between
    folders: ``a/same.txt`` and ``b/same.txt`` under one root are two documents. A file directly
    in the root, or given by itself, keeps its bare stem (``000_06211529e3fb513d``)."""
    if root is None:
        return path.stem
    relative = path.relative_to(root)
    return (relative.parent / relative.stem).as_posix() if relative.parent != Path(".") else relative.stem


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device")):
        if test(mode):
            return name
    return "not a regular file"


def _walk(root: Path) -> Iterator[Source | Skipped]:
    """Every regular ``*.txt`` under ``root``, by path; symbolic links to folders are followed
    once (a link back to a folder being walked is a loop, skipped); whatever cannot be read is
    named, never dropped without a word."""
    found: list[Source] = []
    skipped: list[Skipped] = []
    visiting: set[tuple[int, int]] = set()

    def visit(folder: Path) -> None:
        try:
            info = folder.stat()
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as err:
            skipped.append(Skipped(f"{one_line(folder)}: cannot read directory: {err.strerror}"))
            return
        key = (info.st_dev, info.st_ino)
        if key in visiting:
            skipped.append(Skipped(f"{one_line(folder)}: symbolic link loop (a folder inside itself), not followed"))
            return
        visiting.add(key)
        for entry in entries:
            path = Path(entry.path)
            try:
                mode = path.stat().st_mode
            except OSError as err:
                if path.suffix == ".txt" or entry.is_symlink():
                    reason = "symbolic link loop" if err.errno == errno.ELOOP else (
                        "broken symbolic link" if entry.is_symlink() else f"cannot read: {err.strerror}")
                    skipped.append(Skipped(f"{one_line(path)}: {reason}"))
                continue
            if stat.S_ISDIR(mode):
                visit(path)
            elif path.suffix == ".txt":
                if stat.S_ISREG(mode):
                    found.append(Source(path, document_id(path, root)))
                else:
                    skipped.append(Skipped(f"{one_line(path)}: {_kind(mode)}, not a file"))
        visiting.discard(key)

    visit(root)
    yield from skipped
    yield from sorted(found, key=lambda source: source.path)


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Source | Skipped | KgError]:
    """Files in the order given, with their ids; directories contribute their ``*.txt`` sorted by
    path, each with its id relative to that directory. A file given twice is read once."""
    seen: set[str] = set()   # absolute paths, made from the text alone (no file-system calls)
    for raw in paths:
        path = Path(raw)
        try:
            mode = path.stat().st_mode
        except OSError as err:
            if err.errno == errno.ELOOP:
                yield KgError(f"{path}: symbolic link loop")
            elif path.is_symlink():
                yield KgError(f"{path}: broken symbolic link")
            elif err.errno in (errno.ENOENT, errno.ENOTDIR):
                yield KgError(f"{path}: no such file or directory")
            else:
                yield KgError(f"{path}: cannot read: {err.strerror}")
            continue
        if stat.S_ISDIR(mode):
            items = list(_walk(path))
            if not any(isinstance(item, Source) for item in items):
                yield KgError(f"{path}: directory contains no .txt files")
            for item in items:
                if isinstance(item, Source):
                    if os.path.abspath(item.path) in seen:
                        continue
                    seen.add(os.path.abspath(item.path))
                yield item
        elif stat.S_ISREG(mode):
            if os.path.abspath(path) not in seen:
                seen.add(os.path.abspath(path))
                yield Source(path, document_id(path))
        else:
            yield KgError(f"{path}: {_kind(mode)}, not a file")


# Damaged UTF-8: at most one bad byte per this many well-formed non-ASCII characters. Persian in
# UTF-8 is almost all two-byte letters, so a few flipped or cut bytes stay far below it, while
# Windows-1256 or Latin-1 text read as UTF-8 fails on nearly every non-ASCII byte.
UTF8_GOOD_PER_BAD = 20
# Letters of Persian text, most frequent first; a real Persian text has most of its letters among
# the first twelve. UTF-8 Persian misread as Windows-1256 becomes pairs starting with ط or ظ (the
# lead bytes D8 and D9), which real Persian uses rarely.
COMMON_PERSIAN = set("اینرمودهتبسل")
MOJIBAKE_LEADS = set("طظ")


def persian_letter_statistics(text: str) -> tuple[float, float, float]:
    """(share of letters in the Arabic block, share of those among the twelve most common Persian
    letters, share of those that are ط or ظ), over the first 64 KiB."""
    letters = [c for c in text[:65536] if c.isalpha()]
    arabic = [c for c in letters if ord(c) in PERSIAN_RANGE]
    if not arabic:
        return 0.0, 0.0, 0.0
    common = sum(c in COMMON_PERSIAN for c in arabic)
    leads = sum(c in MOJIBAKE_LEADS for c in arabic)
    return len(arabic) / len(letters), common / len(arabic), leads / len(arabic)


def looks_like_persian(text: str) -> bool:
    """Letter statistics of real Persian: mostly Arabic-script letters, most of them common
    Persian letters, few ط/ظ. Decodability alone proves nothing: any byte string decodes in cp1256."""
    arabic, common, leads = persian_letter_statistics(text)
    return arabic > 0.6 and common > 0.4 and leads < 0.15


def _plausible_text(text: str) -> bool:
    """Text in the scripts an article uses (Persian, Latin, digits, punctuation), not the random
    code points a binary file becomes when read as UTF-16."""
    sample = text[:65536]
    usual = sum(1 for c in sample if c < "\u0250" or "\u0600" <= c <= "\u06ff" or "\u2000" <= c <= "\u206f"
                or "\ufb50" <= c <= "\ufeff")
    return bool(sample) and usual / len(sample) > 0.9


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 with no byte-order mark, recognised by its bytes: in Persian or ASCII text one byte
    of every pair is 0x00 or 0x06 (or 0x20, for ZWNJ and punctuation)."""
    sample = data[:65536]
    if len(sample) < 16 or len(sample) % 2:
        return None
    for high, codec in ((sample[1::2], "utf-16-le"), (sample[0::2], "utf-16-be")):
        if sum(b in (0x00, 0x06, 0x20) for b in high) / len(high) > 0.95:
            return codec
    return None


def _damaged_utf8(data: bytes, path: Path, encoding: str, first_bad: int, skipped: int = 0) -> tuple[str, str, tuple[str, ...]] | None:
    """UTF-8 with a few bad bytes: decoded with those bytes replaced by U+FFFD, and one warning
    naming the first offset in the file; None when too many bytes are bad for it to be UTF-8."""
    escaped = data.decode("utf-8", errors="surrogateescape")
    bad = sum(1 for c in escaped if "\udc80" <= c <= "\udcff")
    good = sum(1 for c in escaped if c > "\x7f") - bad
    if good < UTF8_GOOD_PER_BAD * bad:
        return None
    warning = (f"{path}: {bad} invalid UTF-8 byte{'' if bad == 1 else 's'} replaced with U+FFFD "
               f"({'at' if bad == 1 else 'first at'} byte offset {first_bad + skipped})")
    return data.decode("utf-8", errors="replace"), encoding + "+replaced", (warning,)


def decode(data: bytes, path: Path) -> tuple[str, str, tuple[str, ...]]:
    """The text, the encoding it was read in, and warnings about it (one line each).

    UTF-8 first, strictly; a mostly valid UTF-8 file with a few bad bytes is read as UTF-8 with
    those bytes replaced, and says so. UTF-16 and Windows-1256 are used only when the bytes are
    that encoding, judged by letter statistics, never by decodability; a legacy encoding is
    always reported."""
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig", ()
        except UnicodeDecodeError as err:
            first_bad = err.start + 3
        damaged = _damaged_utf8(data[3:], path, "utf-8-sig", first_bad - 3, skipped=3)
        if damaged is None:
            raise KgError(f"{path}: starts with a UTF-8 byte-order mark but is not UTF-8 (invalid byte at offset {first_bad})")
        return damaged
    for bom in (b"\xff\xfe", b"\xfe\xff"):
        if data.startswith(bom):
            try:
                text = data.decode("utf-16")
            except UnicodeDecodeError as err:
                raise KgError(f"{path}: starts with a utf-16 byte-order mark but is not valid utf-16: {err.reason} at byte {err.start}") from None
            if not _plausible_text(text):
                raise KgError(f"{path}: starts with a utf-16 byte-order mark but its characters are not text")
            return text, "utf-16", ()
    for magic, kind in BINARY_MAGIC:
        if data.startswith(magic):
            raise KgError(f"{path}: binary file ({kind}), not text; extract the article's text to a .txt first")
    codec = _utf16_without_bom(data)
    if codec is not None:
        text = data.decode(codec, errors="replace")
        if looks_like_persian(text):
            return text, codec, (f"{path}: no byte-order mark; read as {codec} (its bytes and letters are UTF-16 Persian)",)
    if b"\x00" in data[:4096]:
        raise KgError(f"{path}: binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8", ()
    except UnicodeDecodeError as err:
        first_bad = err.start
    damaged = _damaged_utf8(data, path, "utf-8", first_bad)
    if damaged is not None:
        return damaged
    text = data.decode("cp1256", errors="replace")
    if looks_like_persian(text):
        return text, "cp1256", (f"{path}: not UTF-8; read as cp1256 (its letters are Windows-1256 Persian)",)
    raise KgError(f"{path}: not UTF-8 (invalid byte at offset {first_bad}) and not Windows-1256 Persian text")


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


def read_document(path: Path, doc_id: str | None = None) -> RawDocument:
    """One file, decoded and checked; ``doc_id`` defaults to the file's stem."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise KgError(f"{path}: {_kind(info.st_mode)}, not a file")
        check_size(path, info.st_size)
        data = path.read_bytes()
    except OSError as err:
        raise KgError(f"{path}: cannot read: {err.strerror}") from None
    return parse_document(path, data, doc_id)


def parse_document(path: Path | str, data: bytes, doc_id: str | None = None) -> RawDocument:
    """A file's bytes as a document, or one ``KgError`` line naming ``path``: what `kg load` and
    the Spark job (which reads the bytes itself) both do with a file."""
    if not data.strip():
        raise KgError(f"{path}: empty file")
    text, encoding, warnings = decode(data, path)
    if _control_ratio(text) > 0.01:
        raise KgError(f"{path}: binary file (control characters), not text")
    if looks_like_html(text):
        text, encoding = html_to_text(text), encoding + "+html"
    if not text.strip():
        raise KgError(f"{path}: HTML with no visible text" if encoding.endswith("+html") else f"{path}: empty file")
    if not any(ord(c) in PERSIAN_RANGE for c in text):
        raise KgError(f"{path}: contains no Persian text")
    return RawDocument(doc_id or document_id(Path(path)), str(path), hashlib.sha256(data).hexdigest(), text,
                       encoding, tuple(one_line(w) for w in warnings))

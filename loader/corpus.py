"""Reading articles from disk, refusing bad input with one line that names the file.

A corpus is whatever the user points at: files and directories (their ``*.txt``, recursively).
Every problem with one file becomes a ``KgError`` for that file alone, so the caller can report it
and go on with the rest.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from loader.errors import KgError

MAX_BYTES = int(os.environ.get("KG_MAX_DOC_BYTES", 20 * 1024 * 1024))
BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
PERSIAN_RANGE = range(0x0600, 0x0700)


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


def read_document(path: Path) -> RawDocument:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise KgError(f"{path}: {size / 1e6:.1f} MB is larger than the {MAX_BYTES / 1e6:.0f} MB limit (KG_MAX_DOC_BYTES)")
        data = path.read_bytes()
    except OSError as err:
        raise KgError(f"{path}: cannot read: {err.strerror}") from None
    text, encoding = decode(data, path)
    if not text.strip():
        raise KgError(f"{path}: empty file")
    if not any(ord(c) in PERSIAN_RANGE for c in text):
        raise KgError(f"{path}: contains no Persian text")
    return RawDocument(document_id(path), str(path), hashlib.sha256(data).hexdigest(), text, encoding)

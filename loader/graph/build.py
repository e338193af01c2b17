"""From one document's extraction to the rows of a ``GraphBatch``: ids, names, evidence."""
from __future__ import annotations

from loader.corpus import RawDocument
from loader.graph.batch import GraphBatch

# Bump when extraction changes what a document yields, so `kg load` re-extracts unchanged files.
EXTRACTOR_VERSION = "0.1.0"


def _title(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return " ".join(line.split())[:200]
    return ""


def document_batch(raw: RawDocument) -> GraphBatch:
    return GraphBatch(document={
        "id": raw.id, "path": raw.path, "sha256": raw.sha256, "title": _title(raw.text),
        "text": raw.text, "chars": len(raw.text), "encoding": raw.encoding,
        "extractor": EXTRACTOR_VERSION,
    })

"""JSON the project writes: always valid JSON.

Python's ``json`` writes ``Infinity`` and ``NaN`` for non-finite floats, which no JSON parser
accepts (a figure of 300 digits once made `kg export --format json` unreadable and the HTML view
blank). New graphs hold no such values; a graph loaded before may, and they are written as null.
"""
from __future__ import annotations

import json
import math


def finite(value):
    """``value`` with every non-finite float, at any depth, replaced by None."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: finite(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [finite(v) for v in value]
    return value


def dumps(value, **options) -> str:
    """``json.dumps`` that cannot write ``Infinity`` or ``NaN``."""
    return json.dumps(finite(value), allow_nan=False, **options)

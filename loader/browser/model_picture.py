"""The graph model as a picture (SVG), drawn from ``loader/data/graph_model.json``.

Neo4j Browser's own ``db.schema.visualization()`` lays the model out at random and puts the
evidence layer (Document, Mention) in the middle of it. This picture keeps the entities in a
fixed, readable arrangement (who holds which post, for which organisation and place; who stated
which figure about what; events), in the colours of ``cypher/style.grass``, and shows the
evidence layer apart. Every label and relationship of the model is drawn; a label added to the
model without a place here goes in the bottom row, so the picture never silently omits it.
"""
from __future__ import annotations

import math
from html import escape

from loader.export.base import COLORS, DEFAULT_COLOR
from loader.graph.model import MODEL

WIDTH, HEIGHT = 980, 780
RADIUS = 38
BAND = 640  # the evidence layer is drawn below this line
# Where each label sits: whoever acts on the left, what they act on to the right, places on the
# far right; the evidence layer in the band below.
POSITIONS = {
    "Person": (110, 320), "Post": (330, 110), "Figure": (330, 270), "Program": (330, 420), "Event": (330, 570),
    "Organization": (650, 110), "Province": (650, 300), "City": (650, 490), "Facility": (900, 520),
    "Law": (900, 110), "Mention": (120, 715), "Document": (300, 715),
}
# A little curve where a straight line would cross a node.
BENDS = {("Event", "Facility"): 60}
# Where along an edge its name sits (0.5: the middle), where two names would otherwise overlap.
LABEL_AT = {("Post", "Province"): 0.72, ("Post", "City"): 0.3, ("Figure", "Organization"): 0.72,
            ("Figure", "City"): 0.3, ("Figure", "Facility"): 0.78, ("Event", "Organization"): 0.3,
            ("Event", "Province"): 0.78, ("Event", "City"): 0.55}
EVIDENCE = ("Document", "Mention")
PERSIAN = {"Person": "شخص", "Post": "سمت", "Organization": "سازمان", "Province": "استان", "City": "شهر",
           "Program": "برنامه", "Law": "قانون", "Facility": "مرکز", "Figure": "رقم", "Event": "رویداد",
           "Mention": "اشاره", "Document": "سند"}
# Relationships of the evidence layer are described in words rather than drawn to every label.
EVIDENCE_TYPES = ("MENTIONS", "REFERS_TO", "IN_DOCUMENT")


def positions() -> dict[str, tuple[int, int]]:
    placed = {label: POSITIONS[label] for label in MODEL.nodes if label in POSITIONS}
    extra = [label for label in MODEL.nodes if label not in POSITIONS]
    for i, label in enumerate(extra):
        placed[label] = (480 + 110 * i, BAND + 75)
    return placed


def _edge(a: tuple[int, int], b: tuple[int, int], rel_type: str, start: str, end: str, bend: float = 0.0,
          at: float = 0.5) -> str:
    (x1, y1), (x2, y2) = a, b
    dx, dy = x2 - x1, y2 - y1
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    sx, sy = x1 + ux * RADIUS, y1 + uy * RADIUS
    ex, ey = x2 - ux * (RADIUS + 4), y2 - uy * (RADIUS + 4)
    mx, my = (sx + ex) / 2 - uy * bend, (sy + ey) / 2 + ux * bend
    # The label's point on the quadratic curve, and the curve's direction there.
    lx = (1 - at) ** 2 * sx + 2 * (1 - at) * at * mx + at ** 2 * ex
    ly = (1 - at) ** 2 * sy + 2 * (1 - at) * at * my + at ** 2 * ey
    tx = 2 * (1 - at) * (mx - sx) + 2 * at * (ex - mx)
    ty = 2 * (1 - at) * (my - sy) + 2 * at * (ey - my)
    angle = math.degrees(math.atan2(ty, tx))
    if angle > 90 or angle < -90:
        angle += 180
    return (f'<g class="rel" data-type="{rel_type}" data-start="{start}" data-end="{end}">'
            f'<path d="M{sx:.0f},{sy:.0f} Q{mx:.0f},{my:.0f} {ex:.0f},{ey:.0f}" fill="none" stroke="#8a8f98" '
            f'stroke-width="1.6" marker-end="url(#arrow)"/>'
            f'<text x="{lx:.0f}" y="{ly - 4:.0f}" font-size="11" fill="#444" text-anchor="middle" '
            f'transform="rotate({angle:.0f} {lx:.0f} {ly:.0f})">{rel_type}</text></g>')


def _loop(center: tuple[int, int], rel_type: str, label: str) -> str:
    x, y = center
    return (f'<g class="rel" data-type="{rel_type}" data-start="{label}" data-end="{label}">'
            f'<path d="M{x + 20},{y - 32} C{x + 40},{y - 95} {x - 40},{y - 95} {x - 20},{y - 34}" fill="none" '
            f'stroke="#8a8f98" stroke-width="1.6" marker-end="url(#arrow)"/>'
            f'<text x="{x}" y="{y - 84}" font-size="11" fill="#444" text-anchor="middle">{rel_type}</text></g>')


def _node(label: str, center: tuple[int, int]) -> str:
    x, y = center
    color = COLORS.get(label, DEFAULT_COLOR)
    return (f'<g class="node" data-label="{label}"><circle cx="{x}" cy="{y}" r="{RADIUS}" fill="{color}" '
            f'stroke="#555" stroke-opacity="0.35" stroke-width="2"/>'
            f'<text x="{x}" y="{y - 2}" font-size="13" font-weight="bold" fill="#1d1f24" text-anchor="middle">{label}</text>'
            f'<text x="{x}" y="{y + 15}" font-size="12" fill="#1d1f24" text-anchor="middle">{PERSIAN.get(label, "")}</text></g>')


def model_svg() -> str:
    """The picture as standalone SVG text."""
    placed = positions()
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" '
             'font-family="Vazirmatn, Tahoma, \'DejaVu Sans\', sans-serif" role="img" '
             'aria-label="The graph model: labels and relationship types">',
             '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" '
             'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#8a8f98"/></marker></defs>',
             f'<rect width="{WIDTH}" height="{HEIGHT}" fill="#ffffff"/>',
             f'<rect x="10" y="{BAND - 15}" width="{WIDTH - 20}" height="{HEIGHT - BAND + 5}" rx="10" fill="#f4f5f7" '
             'stroke="#d0d3d9"/>',
             f'<text x="{WIDTH // 2}" y="{BAND + 8}" font-size="12" fill="#555" text-anchor="middle">the evidence layer: '
             'every fact keeps its document, character span and sentence</text>']
    seen_pairs: dict[frozenset, int] = {}
    for rel_type, pairs in MODEL.relationships.items():
        for start, end in pairs:
            if rel_type in EVIDENCE_TYPES:
                continue
            if start == end:
                parts.append(_loop(placed[start], rel_type, start))
                continue
            key = frozenset((start, end))
            bend = BENDS.get((start, end), 0.0) + 26.0 * seen_pairs.get(key, 0)
            seen_pairs[key] = seen_pairs.get(key, 0) + 1
            parts.append(_edge(placed[start], placed[end], rel_type, start, end, bend, LABEL_AT.get((start, end), 0.5)))
    evidence = [(t, s, e) for t in EVIDENCE_TYPES for s, e in MODEL.relationships.get(t, [])]
    mention, document = placed.get("Mention"), placed.get("Document")
    if mention and document:
        parts.append(_edge(mention, document, "IN_DOCUMENT", "Mention", "Document"))
    lines = []
    for rel_type in EVIDENCE_TYPES:
        by_start: dict[str, list[str]] = {}
        for t, s, e in evidence:
            if t == rel_type:
                by_start.setdefault(s, []).append(e)
        for start, ends in by_start.items():
            lines.append((rel_type, start, ends))
    y = BAND + 50
    for rel_type, start, ends in lines:
        if (rel_type, start) == ("IN_DOCUMENT", "Mention"):
            continue
        text = f"({start})-[:{rel_type}]->({' | '.join(ends)})"
        parts.append(f'<text class="evidence" data-type="{rel_type}" data-start="{start}" x="370" y="{y}" '
                     f'font-size="11" fill="#444">{escape(text)}</text>')
        y += 16
    for label, center in placed.items():
        parts.append(_node(label, center))
    parts.append("</svg>")
    return "\n".join(parts)

"""The model picture draws every label and every relationship of the graph model."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from loader.browser.model_picture import EVIDENCE_TYPES, model_svg, positions
from loader.graph.model import MODEL


def test_every_label_and_relationship_is_in_the_picture():
    svg = model_svg()
    ET.fromstring(svg)  # well-formed
    labels = set(re.findall(r'class="node" data-label="(\w+)"', svg))
    assert labels == set(MODEL.nodes)
    drawn = set(re.findall(r'class="rel" data-type="(\w+)" data-start="(\w+)" data-end="(\w+)"', svg))
    described = re.findall(r'class="evidence" data-type="(\w+)" data-start="(\w+)"', svg)
    for rel_type, pairs in MODEL.relationships.items():
        for start, end in pairs:
            if rel_type in EVIDENCE_TYPES:
                assert (rel_type, start, end) in drawn or (rel_type, start) in described, (rel_type, start, end)
            else:
                assert (rel_type, start, end) in drawn, (rel_type, start, end)


def test_labels_do_not_sit_on_each_other():
    placed = list(positions().values())
    for i, (x1, y1) in enumerate(placed):
        for x2, y2 in placed[i + 1:]:
            assert (x1 - x2) ** 2 + (y1 - y2) ** 2 >= 100 ** 2

"""The text boxes of a drawing group (a "målhus", a diagram of boxes drawn with Word's shapes)
in the order a reader reads them, not the order they stand in the XML: Word saves a group's
shapes in the order they were drawn or last brought forward, which may be any order, and only
their positions (``a:off``/``a:ext`` of a DrawingML group's shapes, ``left``/``top`` in a VML
shape's style) give the layout.

The boxes standing side by side in columns are read a column at a time, left to right, each
column from the top down: a box under another in the same column goes on with it (the goals
under their målområde in a målhus). A box spanning several columns (a roof, a foundation) is
read where it stands, before the columns under it and after those above it. Boxes without a
position keep the XML's order."""

from __future__ import annotations

import re
from dataclasses import replace

from lxml import etree

from vplan_desktop.imports.word_blocks import Block

__all__ = ["drawn", "reading_order"]

_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_VML_STYLE = re.compile(r"(?<![\w-])(?P<key>left|top|width|height)\s*:\s*(?P<value>-?[\d.]+)", re.I)
"""A VML shape's place in its group ("left:0;top:2100;width:1900;height:680"), not its margins
("margin-left") or Word's own settings ("mso-position-horizontal")."""

Box = tuple[float, float, float, float]
"""A box's left, top, right and bottom in the group's coordinates."""


def _position(box: etree._Element) -> Box | None:
    """Where the shape holding the text box ``box`` (a ``w:txbxContent``) stands in its group."""
    for owner in box.iterancestors():
        tag = str(owner.tag)
        if tag.endswith("}wsp"):
            properties = next((c for c in owner if str(c.tag).endswith("}spPr")), None)
            off = properties.find(f"{{{_A}}}xfrm/{{{_A}}}off") if properties is not None else None
            ext = properties.find(f"{{{_A}}}xfrm/{{{_A}}}ext") if properties is not None else None
            if off is None or ext is None:
                return None
            try:
                x, y = float(off.get("x", "")), float(off.get("y", ""))
                return x, y, x + float(ext.get("cx", "")), y + float(ext.get("cy", ""))
            except ValueError:
                return None
        if tag.startswith("{urn:schemas-microsoft-com:vml}") and owner.get("style"):
            found = {
                m.group("key").lower(): float(m.group("value"))
                for m in _VML_STYLE.finditer(owner.get("style", ""))
            }
            if {"left", "top", "width", "height"} <= found.keys():
                left, top = found["left"], found["top"]
                return left, top, left + found["width"], top + found["height"]
            return None
    return None


def _overlap(a: Box, b: Box) -> bool:
    """Whether the boxes ``a`` and ``b`` share part of their width."""
    return min(a[2], b[2]) - max(a[0], b[0]) > 0


def reading_order(boxes: list[etree._Element]) -> list[etree._Element]:
    """The text boxes ``boxes`` of one drawing in reading order (see the module)."""
    placed = [(box, at) for box in boxes if (at := _position(box)) is not None]
    if len(boxes) < 2 or len(placed) < len(boxes):
        return boxes
    spans = []
    for box, at in placed:
        under = [o for b, o in placed if b is not box and _overlap(at, o)]
        if any(not _overlap(p, q) for p in under for q in under):
            spans.append((box, at))
    stacked = [(box, at) for box, at in placed if all(box is not s for s, _ in spans)]
    columns: list[list[tuple[etree._Element, Box]]] = []
    for item in sorted(stacked, key=lambda i: i[1][0]):
        joined = [c for c in columns if any(_overlap(item[1], o) for _, o in c)]
        for column in joined[1:]:
            joined[0] += column
            columns.remove(column)
        if joined:
            joined[0].append(item)
        else:
            columns.append([item])
    columns.sort(key=lambda c: min(o[0] for _, o in c))
    out: list[etree._Element] = []
    above = float("-inf")
    for box, at in [*sorted(spans, key=lambda s: s[1][1]), (None, None)]:
        top = at[1] if at is not None else float("inf")
        for column in columns:
            band = [i for i in column if above <= i[1][1] < top]
            out += [b for b, _ in sorted(band, key=lambda i: i[1][1])]
        if box is not None and at is not None:
            out.append(box)
            above = at[1]
    return out


def drawn(blocks: list[Block], start: int) -> None:
    """Marks the blocks from ``start`` on (a text box's, just read) as a drawing's text."""
    blocks[start:] = [replace(b, drawn=True) for b in blocks[start:]]

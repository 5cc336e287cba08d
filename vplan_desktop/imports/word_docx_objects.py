"""What a Word document holds only inside embedded objects, read as the blocks a reader sees
at the object's place:

- **SmartArt** (``a:graphicData`` of the diagram kind, its ``dgm:relIds r:dm`` naming the data
  part): the nodes' text (``dgm:pt``) in the hierarchy the data part's connections
  (``dgm:cxn``, parent to child, in their order) give it, as a nested list. A hierarchy with
  one node on top (a vision, the diagram's title) has that node as a paragraph over the list of
  the rest. A node's typed number ("1.1 Trygg omsorg") is its list number; a node whose first
  line is a label with a number ("Målområde 1") over its name has that number and the name as
  its text. A diagram without a hierarchy (a process, a list) is a list on one level.
- **A chart** (``c:chart``): its series as rows of a table (the series' name, then its value
  for each category: a key-figure table), the categories (often the years) as the columns.
- **An embedded Excel worksheet** (``o:OLEObject`` "Excel.Sheet…"): its used cells as a table
  (``word_docx_sheet``); one that cannot be read stays the picture it shows, with a warning.

Each block says which object it came from (``Block.embedded``), for the review's report."""

from __future__ import annotations

import re
import zipfile
from typing import Any

from lxml import etree

from vplan_desktop.imports.word_blocks import BlockKind, Cell
from vplan_desktop.imports.word_docx_sheet import (
    MAX_SHEET_BYTES,
    sheet_rows,
    too_large,
    unread,
    value_text,
)

__all__ = ["CHART", "SHEET", "SMARTART", "Objects", "chart_blocks", "smartart_blocks"]

A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
DGM_URI = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
C_URI = "http://schemas.openxmlformats.org/drawingml/2006/chart"
DGM, C = f"{{{DGM_URI}}}", f"{{{C_URI}}}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
OFFICE = "{urn:schemas-microsoft-com:office:office}"
V = "{urn:schemas-microsoft-com:vml}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
SMARTART, CHART, SHEET = "SmartArt-grafik", "diagram", "inbäddat kalkylblad"
"""What a block was read from, as the report names it."""
MAX_PART_BYTES = 5 * 1024 * 1024
MAX_NODES = 500
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
_TYPED = re.compile(r"^(?P<nr>\d{1,2}(?:\.\d{1,2}){0,3})[.)]?\s+(?P<text>\S.*)$", re.DOTALL)
_LABEL = re.compile(r"^[A-ZÅÄÖa-zåäö][\wåäö-]*(?:\s+[\wåäö-]+)?\s+(?P<nr>\d{1,2}(?:\.\d{1,2})*)$")
"""A node's first line that labels it with a number: "Målområde 1", "Mål 2.1"."""

Fields = dict[str, Any]


class Objects:
    """Reads the objects of one document's body; ``targets`` maps its relationship ids to
    parts of ``package``."""

    def __init__(self, package: zipfile.ZipFile, targets: dict[str, str]) -> None:
        self.package = package
        self.targets = targets
        self.warnings: list[str] = []
        """Each once, though a paragraph may be read twice (the cover reads the first page)."""

    def blocks(self, element: etree._Element) -> list[Fields]:
        """The blocks of the objects under ``element`` (a ``w:drawing``, ``w:object`` …)."""
        out: list[Fields] = []
        for node in element.iter(f"{A}graphicData", f"{OFFICE}OLEObject"):
            if any(a.tag == MC_FALLBACK for a in node.iterancestors()):
                continue  # the same object again, for older programs
            if node.tag == f"{OFFICE}OLEObject":
                out += self._sheet(node, element)
            elif node.get("uri") == DGM_URI:
                ids = node.find(f"{DGM}relIds")
                root = self._xml(ids.get(f"{R}dm", "")) if ids is not None else None
                out += smartart_blocks(root) if root is not None else []
            elif node.get("uri") == C_URI:
                chart = node.find(f"{C}chart")
                root = self._xml(chart.get(f"{R}id", "")) if chart is not None else None
                out += chart_blocks(root) if root is not None else []
        return out

    def _bytes(self, rel_id: str, limit: int) -> bytes | None:
        part = self.targets.get(rel_id, "")
        try:
            info = self.package.getinfo(part)
        except KeyError:
            return None
        return self.package.read(part) if info.file_size <= limit else None

    def _xml(self, rel_id: str) -> etree._Element | None:
        data = self._bytes(rel_id, MAX_PART_BYTES)
        try:
            return etree.fromstring(data, _PARSER) if data else None
        except etree.XMLSyntaxError:
            return None  # a damaged object: the document's own text is still read

    def _sheet(self, ole: etree._Element, element: etree._Element) -> list[Fields]:
        if not ole.get("ProgID", "").startswith("Excel.Sheet"):
            return []
        part = self.targets.get(ole.get(f"{R}id", ""), "")
        name = f"”{part.rsplit('/', 1)[-1]}”" if part else ""
        rows: list[list[str]] = []
        try:
            size = self.package.getinfo(part).file_size
        except KeyError:
            size = -1
        if size < 0:
            warning = f"{unread(name)} (det saknas): tabellen följer med som bild."
        elif size > MAX_SHEET_BYTES:
            warning = too_large(name)
        else:
            rows, warning = sheet_rows(self.package.read(part), name)
        lead = []
        while rows and len(rows) > 1 and sum(1 for t in rows[0] if t) == 1:
            lead.append(_paragraph(next(t for t in rows.pop(0) if t), SHEET))  # its title
        if len(rows) >= 2 and len(rows[0]) >= 2:
            return [*lead, _table(rows, SHEET)]
        warning = warning or f"Kalkylbladet {name} är tomt: det följer med som bild."
        if warning not in self.warnings:
            self.warnings.append(warning)
        picture = element.find(f".//{V}imagedata")
        data = self._bytes(picture.get(f"{R}id", "") if picture is not None else "", MAX_PART_BYTES)
        alt = "Inbäddat kalkylblad"
        return [*lead, {"kind": BlockKind.IMAGE, "text": alt, "alt": alt, "image": data or b""}]


def _paragraph(text: str, what: str) -> Fields:
    return {"kind": BlockKind.PARAGRAPH, "text": text, "embedded": what}


def _table(rows: list[list[str]], what: str) -> Fields:
    grid = tuple(tuple(Cell(t, (t,) if t else ()) for t in row) for row in rows)
    first = " | ".join(t for t in rows[0] if t)
    return {"kind": BlockKind.TABLE, "text": first, "rows": grid, "embedded": what}


# --- SmartArt --------------------------------------------------------------------------------


def _node_lines(point: etree._Element) -> list[str]:
    body = point.find(f"{DGM}t")
    if body is None:
        return []
    lines = (" ".join("".join(t.text or "" for t in p.iter(f"{A}t")).split()) for p in body)
    return [line for line in lines if line]


def smartart_blocks(root: etree._Element) -> list[Fields]:
    """The blocks of a SmartArt's data part ``root`` (see the module)."""
    texts: dict[str, list[str]] = {}
    top = ""
    for point in root.iter(f"{DGM}pt"):
        kind = point.get("type", "node")
        if kind == "doc":
            top = point.get("modelId", "")
        elif kind in ("node", "asst"):
            texts[point.get("modelId", "")] = _node_lines(point)
    children: dict[str, list[tuple[int, str]]] = {}
    for cxn in root.iter(f"{DGM}cxn"):
        if cxn.get("type", "parOf") != "parOf":
            continue
        order = cxn.get("srcOrd", "0")
        children.setdefault(cxn.get("srcId", ""), []).append(
            (int(order) if order.isdigit() else 0, cxn.get("destId", ""))
        )
    tree: list[tuple[int, list[str]]] = []
    _walk(top, -1, children, texts, tree, set())
    if not tree:  # no hierarchy to be told: the nodes' texts in the part's order
        tree = [(0, lines) for lines in texts.values()]
    tree = [(depth, lines) for depth, lines in tree if lines]
    out: list[Fields] = []
    tops = [n for n, (depth, _) in enumerate(tree) if depth == 0]
    if len(tops) == 1 and len(tree) > 2 and tops[0] == 0:  # one node on top: the title
        out.append(_paragraph(" ".join(tree[0][1]), SMARTART))
        tree = [(depth - 1, lines) for depth, lines in tree[1:]]
    for depth, lines in tree:
        out.append(_item(lines, depth, numbered=len({d for d, _ in tree}) > 1))
    return out


def _walk(
    node: str,
    depth: int,
    children: dict[str, list[tuple[int, str]]],
    texts: dict[str, list[str]],
    out: list[tuple[int, list[str]]],
    seen: set[str],
) -> None:
    """The nodes under ``node`` depth first, each child in its connection's order."""
    for _, child in sorted(children.get(node, [])):
        if child in seen or len(seen) >= MAX_NODES:
            continue  # a loop, or more points than a diagram has: not read deeper
        seen.add(child)
        if child in texts:
            out.append((depth + 1, texts[child]))
            _walk(child, depth + 1, children, texts, out, seen)
        else:  # a presentation point between: its children are the node's
            _walk(child, depth, children, texts, out, seen)


def _item(lines: list[str], depth: int, numbered: bool) -> Fields:
    number = ""
    text = " ".join(lines)
    if numbered and (typed := _TYPED.match(text)) is not None:
        number, text = typed.group("nr"), typed.group("text")
    elif numbered and len(lines) > 1 and (label := _LABEL.match(lines[0])) is not None:
        number, text = label.group("nr"), " ".join(lines[1:])
    return {
        "kind": BlockKind.LIST_ITEM,
        "text": text,
        "number": number,
        "numbered": bool(number),
        "list_level": max(depth, 0),
        "embedded": SMARTART,
    }


# --- charts ----------------------------------------------------------------------------------


def _cache(element: etree._Element | None) -> tuple[list[str], str]:
    """A series' cached points in order, and their number format."""
    if element is None:
        return [], "General"
    points: dict[int, str] = {}
    for pt in element.iter(f"{C}pt"):
        value = pt.findtext(f"{C}v") or ""
        index = pt.get("idx", "")
        if index.isdigit() and int(index) < 1000:
            points[int(index)] = value
    fmt = element.findtext(f".//{C}formatCode") or "General"
    count = max(points, default=-1) + 1
    return [points.get(n, "") for n in range(count)], fmt


def chart_blocks(root: etree._Element) -> list[Fields]:
    """A chart part's series as a key-figure table: a row per series, a column per category."""
    categories: list[str] = []
    rows: list[list[str]] = []
    for series in root.iter(f"{C}ser"):
        tx = series.find(f"{C}tx")
        name = " ".join(" ".join(_texts(tx)).split()) if tx is not None else ""
        cats, _ = _cache(series.find(f"{C}cat"))
        categories = categories or [" ".join(c.split()) for c in cats]
        values, fmt = _cache(series.find(f"{C}val"))
        rows.append([name or f"Serie {len(rows) + 1}", *(_figure(v, fmt) for v in values)])
    if not rows:
        return []
    width = max(len(categories) + 1, *(len(r) for r in rows))
    header = ["", *categories] + [""] * (width - 1 - len(categories))
    return [_table([header, *(r + [""] * (width - len(r)) for r in rows)], CHART)]


def _texts(tx: etree._Element) -> list[str]:
    """A series' name: its cached text (``c:v``) or rich text (``a:t``), not the formula
    (``c:f``) naming the cell it came from."""
    return [e.text or "" for e in tx.iter(f"{C}v", f"{A}t")]


def _figure(raw: str, fmt: str) -> str:
    try:
        return value_text(float(raw), fmt) if raw.strip() else ""
    except ValueError:
        return raw.strip()

"""A .docx whose cover is its first page's own header and footer (a template's section with a
different first page: the kommun, the nämnd, the title and the Dnr in the header, who adopted
it and signs in the footer). The lines of that header and footer are read as blocks beside the
body, for the cover when the body has none; the headers and footers of the other pages (the
running header) stay set aside."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from lxml import etree

from vplan_desktop.imports.word_blocks import Block, BlockKind
from vplan_desktop.imports.word_docx_styles import on, w
from vplan_desktop.markdown import Run, merged

__all__ = ["first_page_lines"]

RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CHANGES = {w("pPrChange"), w("sectPrChange")}
"""Tracked changes of a paragraph's or section's properties: the properties before the change,
not the document's."""


class _Read(Protocol):
    """A paragraph as the reader reads it."""

    @property
    def text(self) -> str: ...

    runs: list[Run]
    size: float


def _first_section(body: etree._Element) -> etree._Element | None:
    """The first section's properties: the first section break's, or the body's own when the
    document has one section."""
    for properties in body.iter(w("sectPr")):
        parent = properties.getparent()
        outer = parent.getparent() if parent is not None else None
        if not any(e is not None and e.tag in _CHANGES for e in (parent, outer)):
            return properties
    return None


def _first_page_parts(body: etree._Element, targets: dict[str, str]) -> list[str]:
    """The parts of the first page's own header and footer, when the first section gives its
    first page a header and footer of its own (``w:titlePg``)."""
    section = _first_section(body)
    if section is None or on(section.find(w("titlePg"))) is not True:
        return []
    parts = []
    for kind in ("headerReference", "footerReference"):
        for reference in section.iter(w(kind)):
            if reference.get(w("type")) == "first":
                part = targets.get(reference.get(f"{{{RELS}}}id", ""), "")
                if part:
                    parts.append(part)
    return parts


def first_page_lines(
    body: etree._Element,
    targets: dict[str, str],
    xml: Callable[[str], etree._Element | None],
    read: Callable[[etree._Element], _Read],
) -> list[Block]:
    """The lines of the first page's own header and footer as paragraphs, numbered -1, -2, …
    (they are not among the body's blocks); [] for a document without them. ``targets`` are
    the body's relationships, ``xml`` reads a part, ``read`` a paragraph."""
    out: list[Block] = []
    for part in _first_page_parts(body, targets):
        root = xml(part)
        for paragraph in root.iter(w("p")) if root is not None else ():
            line = read(paragraph)
            if not line.text:
                continue
            runs = merged([r for r in line.runs if r.text])
            visible = [r for r in runs if r.text.strip()]
            out.append(
                Block(
                    index=-1 - len(out),
                    kind=BlockKind.PARAGRAPH,
                    text=line.text,
                    runs=runs,
                    bold=bool(visible) and all(r.bold for r in visible),
                    size=line.size,
                )
            )
    return out

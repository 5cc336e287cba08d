"""Front matter printed only outside the body: a plan whose designed cover is one picture (the
title, the nämnd and the kommun drawn into the image) names its nämnd and kommun in text only
in its running page header ("Verksamhetsplan 2027–2028 | Kultur- och fritidsnämnden") and the
document's properties (app.xml's Company: the kommun). What the cover and the body give comes
first; these fill only what is still missing. A Company that names no kommun ("Microsoft", a
consultancy) gives none. A running header or footer gives no title, names or diarienummer:
those are a cover's (``word_docx_first_page`` reads a first page's own header as one)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lxml import etree

from vplan_desktop.imports.word_front import _namnd, kommun_in

if TYPE_CHECKING:
    from vplan_desktop.imports.word_blocks import Source
    from vplan_desktop.imports.word_front import Front

__all__ = ["company", "page_front"]

_APP = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"


def company(app: etree._Element | None) -> str:
    """The Company of a .docx's extended properties (docProps/app.xml); "" for none."""
    found = app.find(f"{{{_APP}}}Company") if app is not None else None
    return " ".join((found.text or "").split()) if found is not None else ""


def page_front(front: Front, source: Source) -> None:
    """Fills the kommun and the nämnd ``front`` lacks from the page headers and footers
    (``source.set_aside``) and, for the kommun, from the document's Company."""
    pages = source.set_aside
    if not front.kommun:  # a template naming the kommun only in its page header
        front.kommun = next((k for t in [*pages, source.company] if (k := kommun_in(t))), "")
    if not front.namnd:  # "Verksamhetsplan 2027–2028 | Kultur- och fritidsnämnden"
        front.namnd = next((n for t in pages if (n := _namnd(t))), "")

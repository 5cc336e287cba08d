"""The PDF's paragraph: reportlab's, remembering its line breaks and drawn as one element of the
structure tree (a P unless told otherwise: a heading, a caption, a list item's body), with a
character its bold or italic font lacks set in the regular font (``fonts.fallback_pieces``)."""

from __future__ import annotations

from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable
from reportlab.platypus import Paragraph as _RLParagraph

from vplan_desktop.exports.fonts import fallback_pieces
from vplan_desktop.exports.pdf_tagging import Tag, recorder, sizing_only


class Paragraph(_RLParagraph):  # type: ignore[misc]
    """reportlab's Paragraph that remembers its line breaks for a given width, and tags what it
    draws with ``vplan_tag``.

    The layout wraps each paragraph several times (keep-together checks, table row heights, and
    once per pass of the table of contents); breaking the same text at the same width again is
    most of an export's time, and the result does not change.
    """

    def __init__(self, text: Any, style: Any = None, *args: Any, **kwargs: Any) -> None:
        super().__init__(text, style, *args, **kwargs)
        self.vplan_tag = Tag("P")
        self.frags = _with_fallback(getattr(self, "frags", []))

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        cached = getattr(self, "_vplan_wrap", None)
        if cached is not None and cached[0] == availWidth:
            _, self._wrapWidths, self.blPara, self.height = cached
            self.width = availWidth
            return availWidth, self.height
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        if availWidth >= 1:  # reportlab's "does not fit" answer is not worth keeping
            self._vplan_wrap = (availWidth, self._wrapWidths, self.blPara, self.height)
        return size

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts: list[Flowable] = super().split(availWidth, availHeight)
        for part in parts:  # both halves are the one paragraph
            part.vplan_tag = self.vplan_tag
        return parts

    def drawOn(self, canv: Canvas, x: float, y: float, _sW: float = 0) -> None:
        if sizing_only(canv):
            return
        rec = recorder(canv)
        if rec is None or rec.busy:  # inside a table cell, a list item: marked already
            super().drawOn(canv, x, y, _sW)
            return
        rec.begin(canv, rec.element(self.vplan_tag))
        try:
            super().drawOn(canv, x, y, _sW)
        finally:
            rec.end(canv)


def _with_fallback(frags: list[Any]) -> list[Any]:
    """``frags`` with each character its bold or italic font lacks (Arabic in italics) in a
    piece of its own, set in the regular font that has it."""
    result: list[Any] = []
    changed = False
    for frag in frags:
        text = getattr(frag, "text", "")
        pieces = None
        if text and isinstance(text, str) and not getattr(frag, "cbDefn", None):
            pieces = fallback_pieces(text, frag.fontName)
        if pieces is None:
            result.append(frag)
        else:
            changed = True
            result += [frag.clone(text=piece, fontName=font) for font, piece in pieces]
    return result if changed else frags


def tagged(paragraph: Paragraph, role: str, level: int = 0) -> Paragraph:
    """``paragraph`` as an element of ``role`` (``H`` with ``level``, ``Caption``, …)."""
    paragraph.vplan_tag = Tag(role, level)
    return paragraph

"""The PDF's table of contents and lists, tagged: a TOC of TOCI entries, each a Link to its
heading; a list an L of LI items, each with its bullet or number (Lbl) and its text (LBody)."""

from __future__ import annotations

from typing import Any, ClassVar

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, ListFlowable
from reportlab.platypus.flowables import LIIndenter
from reportlab.platypus.tableofcontents import TableOfContents as _RLTableOfContents

from vplan_desktop.exports.pdf_table_tagging import toc_events
from vplan_desktop.exports.pdf_tagging import Tag, recorder


class TableOfContents(_RLTableOfContents):  # type: ignore[misc]
    """reportlab's table of contents, its table tagged as a TOC."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.vplan_tag = Tag("TOC")

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        self._table._renderCB = toc_events(self.vplan_tag)  # its parts inherit it
        return size


class _Item(LIIndenter):  # type: ignore[misc]
    """One item of a ``TaggedList`` (or the part of one that a page holds)."""

    _IndenterAttrs: ClassVar[list[str]] = [*LIIndenter._IndenterAttrs, "vplan_list", "vplan_item"]

    def split(self, aW: float, aH: float) -> list[Flowable]:
        parts = super().split(aW, aH)
        for part in parts:  # reportlab's parts are plain LIIndenters: made into items again
            object.__setattr__(part, "__class__", _Item)  # not the inner flowable's class
            part.vplan_list, part.vplan_item = self.vplan_list, self.vplan_item
        return list(parts)

    def drawOn(self, canv: Canvas, x: float, y: float, _sW: float = 0) -> None:
        rec = recorder(canv)
        if rec is None or rec.busy:
            super().drawOn(canv, x, y, _sW)
            return
        item = rec.element(self.vplan_item, parent=rec.element(self.vplan_list))
        if self._bullet:
            rec.begin(canv, rec.child(self.vplan_item.label, "Lbl", item))
            self._bullet.drawOn(self, canv, x, y, 0)
            rec.end(canv)
        rec.begin(canv, rec.child(self.vplan_item.body, "LBody", item))
        self._flowable.drawOn(
            canv, x + self._leftIndent, y, max(0, _sW - self._leftIndent - self._rightIndent)
        )
        rec.end(canv)


class _ItemTag(Tag):
    def __init__(self) -> None:
        super().__init__("LI")
        self.label = object()
        self.body = object()


class TaggedList(ListFlowable):  # type: ignore[misc]
    """reportlab's list, tagged as an L."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.vplan_tag = Tag("L")

    def _makeLIIndenter(self, flowable: Flowable, bullet: Any, params: Any = None) -> Any:
        item = super()._makeLIIndenter(flowable, bullet, params)
        object.__setattr__(item, "__class__", _Item)  # not the inner flowable's class
        item.vplan_list, item.vplan_item = self.vplan_tag, _ItemTag()
        return item

"""Marking the PDF's content as platypus draws it: each piece of the text in a marked-content
sequence (``BDC … EMC`` with an MCID) that belongs to a structure element, everything else
(headers, page numbers, rules, backgrounds) an ``/Artifact``.

The elements are recorded in the order they are drawn, which is the document's own order (one
frame per page, nothing floats), so the reading order of the tree is the logical order. A
flowable that reportlab splits over two pages keeps its ``Tag``, so both halves belong to one
element. ``pdf_structure`` writes the recorded tree into the file after the build.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

HEADINGS = {f"H{n}" for n in range(1, 7)}


@dataclass(eq=False)
class Tag:
    """What a flowable is in the structure tree: its role (``P``, ``H``, ``Figure``, …), a
    heading's level, a figure's alternative text. Shared by the parts of a split flowable."""

    role: str
    level: int = 0
    alt: str = ""


class Content(NamedTuple):  # a tuple: a large plan has tens of thousands
    """A marked-content sequence: the ``mcid``-th on the page numbered ``page`` (0-based)."""

    page: int
    mcid: int


class Annotation(NamedTuple):
    """The ``number``-th annotation made on the page ``page`` (0-based)."""

    page: int
    number: int


@dataclass(eq=False, slots=True)
class Node:
    """A structure element: its role, its children in reading order, and its attributes."""

    role: str
    kids: list[Node | Content | Annotation] = field(default_factory=list)
    alt: str = ""
    contents: str = ""  # a link's description, written on its annotations
    actual: str = ""  # the text read instead of what is drawn (/ActualText)
    scope: str = ""  # a header cell's /Scope: Column or Row
    bbox: tuple[float, float, float, float] | None = None
    page: int = -1  # the page a figure is drawn on, for its bounding box


class Recorder:
    """The structure tree of one layout pass, built as the canvas draws."""

    def __init__(self) -> None:
        self.root = Node("Document")
        self.mcids: dict[int, list[Node]] = {}  # page → the element of each MCID
        self.link: Node | None = None  # a link being drawn: its annotations belong to it
        self.depth = 0  # > 0 inside a marked-content sequence: nothing nests in it
        self._elements: dict[int, Node] = {}
        self._sections: list[tuple[int, Node]] = []  # open Sect elements with their level
        self._heading_level = 0
        self._page = -1
        self._on_page: list[Node] = []
        self._tags: list[Any] = []  # keeps keyed objects alive while their ids are keys

    @property
    def busy(self) -> bool:
        return self.depth > 0

    def parent(self) -> Node:
        """The element new content goes into: the innermost open section, or the document."""
        return self._sections[-1][1] if self._sections else self.root

    def element(self, tag: Tag, parent: Node | None = None) -> Node:
        """``tag``'s element, made and placed in reading order the first time it is drawn."""
        node = self._elements.get(id(tag))
        if node is not None:
            return node
        if tag.role == "H":
            node = self._heading(tag)
        else:
            node = Node(tag.role, alt=tag.alt)
            (parent or self.parent()).kids.append(node)
        self._elements[id(tag)] = node
        self._tags.append(tag)
        return node

    def child(self, key: object, role: str, parent: Node) -> Node:
        """The element named by ``key`` (a table's row, its header or body), made under
        ``parent`` the first time."""
        node = self._elements.get(id(key))
        if node is None:
            node = Node(role)
            parent.kids.append(node)
            self._elements[id(key)] = node
            self._tags.append(key)
        return node

    def _heading(self, tag: Tag) -> Node:
        # A heading never skips a level (H1 then H3): a screen reader's list of headings
        # would show a gap. Each heading of the two top levels opens a section that holds
        # what follows it. A heading of level 0 (a table's title) stands one level under the
        # section's heading and opens nothing.
        if tag.level == 0:
            node = Node(f"H{min(self._heading_level + 1, 6)}")
            self.parent().kids.append(node)
            return node
        level = max(1, min(tag.level, self._heading_level + 1, 6))
        self._heading_level = level
        while self._sections and self._sections[-1][0] >= level:
            self._sections.pop()
        if level <= 2:
            section = Node("Sect")
            self.parent().kids.append(section)
            self._sections.append((level, section))
        node = Node(f"H{level}")
        self.parent().kids.append(node)
        return node

    def add_annotation(self, page: int, index: int) -> None:
        """Note the annotation just made, for the link being drawn (or a link of its own)."""
        node = self.link
        if node is None:
            node = Node("Link")
            self.parent().kids.append(node)
        node.kids.append(Annotation(page, index))

    def begin(self, canv: Canvas, node: Node) -> None:
        """Open a marked-content sequence of ``node`` on the current page."""
        page = canv._pageNumber - 1
        if page != self._page:
            self._page, self._on_page = page, self.mcids.setdefault(page, [])
        on_page = self._on_page
        mcid = len(on_page)
        on_page.append(node)
        node.kids.append(Content(page, mcid))
        canv._code.append(f"/{_MC_NAMES.get(node.role, node.role)} <</MCID {mcid}>> BDC")
        self.depth += 1

    def begin_artifact(self, canv: Canvas, kind: str = "") -> None:
        """Open an artifact: ``kind`` "Pagination" for running heads and page numbers, "" for
        the layout's rules and backgrounds."""
        if kind:
            canv._code.append(f"/Artifact <</Type /{kind}>> BDC")
        else:
            canv._code.append("/Artifact BMC")
        self.depth += 1

    def end(self, canv: Canvas) -> None:
        canv._code.append("EMC")
        self.depth -= 1


_MC_NAMES = {"Link": "Span", "TOCI": "Span"}  # what the content stream calls a link's text


class TaggingCanvas(Canvas):  # type: ignore[misc]
    """reportlab's canvas with a ``Recorder``; notes each annotation it makes."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.vplan_recorder = Recorder()
        self._vplan_page_annotations = (0, 0)  # (page, annotations made on it)

    def _addAnnotation(self, annotation: Any, name: Any = None, addtopage: int = 1) -> None:
        super()._addAnnotation(annotation, name, addtopage)
        if addtopage:
            page = self.getPageNumber() - 1
            last, count = self._vplan_page_annotations
            index = count if last == page else 0
            self._vplan_page_annotations = (page, index + 1)
            self.vplan_recorder.add_annotation(page, index)


class SizingCanvas(Canvas):  # type: ignore[misc]
    """The canvas of a pass that only lays the pages out, to learn how many there are and
    where each heading falls: what it would draw is never kept, so the flowables that cost
    the most to draw (paragraphs, tables, pictures) skip drawing on it (``sizing_only``)."""

    vplan_sizing = True


def sizing_only(canv: Any) -> bool:
    """Whether ``canv`` lays pages out without keeping what is drawn (``SizingCanvas``)."""
    return bool(getattr(canv, "vplan_sizing", False))


def recorder(canv: Any) -> Recorder | None:
    """The canvas's recorder, or None on a canvas that does not tag (a measuring one)."""
    return getattr(canv, "vplan_recorder", None)


@contextmanager
def marked(canv: Any, tag: Tag) -> Iterator[Node | None]:
    """Draw inside a marked-content sequence of ``tag``'s element (nothing inside another)."""
    rec = recorder(canv)
    if rec is None or rec.busy:
        yield None
        return
    node = rec.element(tag)
    rec.begin(canv, node)
    try:
        yield node
    finally:
        rec.end(canv)


@contextmanager
def artifact(canv: Any, kind: str = "") -> Iterator[None]:
    """Draw an artifact: not read, not in the structure tree."""
    rec = recorder(canv)
    if rec is None or rec.busy:
        yield
        return
    rec.begin_artifact(canv, kind)
    try:
        yield
    finally:
        rec.end(canv)


class Marked(Flowable):  # type: ignore[misc]
    """A flowable drawn as one element (``tag``): the chart as a Figure. A figure's bounding
    box is noted, as PDF/UA asks of one."""

    def __init__(self, inner: Flowable, tag: Tag) -> None:
        super().__init__()
        self.inner = inner
        self.tag = tag
        self.hAlign = getattr(inner, "hAlign", "LEFT")

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = self.inner.wrap(availWidth, availHeight)
        return self.width, self.height

    def getSpaceBefore(self) -> float:
        return float(self.inner.getSpaceBefore())

    def getSpaceAfter(self) -> float:
        return float(self.inner.getSpaceAfter())

    def drawOn(self, canv: Canvas, x: float, y: float, _sW: float = 0) -> None:
        with marked(canv, self.tag) as node:
            self.inner.drawOn(canv, x, y, _sW)
            if node is not None:
                left = self.inner._hAlignAdjust(x, _sW)  # where the inner drew itself
                node.bbox = (left, y, left + self.width, y + self.height)
                node.page = canv.getPageNumber() - 1

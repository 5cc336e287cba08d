"""An OpenDocument paragraph read from its XML (``word_odt``'s reader, ``TextReading``): its
text styled, white space as ODF means it, tabs, notes and comments noted, frames and shapes
(images, text boxes) kept to be read after it, an image's alt text and bytes; the names of the
ODF elements the reader's parts share."""

from __future__ import annotations

import base64
import binascii
import re
import zipfile
from dataclasses import dataclass, field
from itertools import pairwise

from lxml import etree

from vplan_desktop.imports.word_blocks import Block, Source
from vplan_desktop.imports.word_odt_styles import DC, DRAW, OFFICE, SVG, XLINK, Styles, count, t, tb
from vplan_desktop.markdown import Run

MAX_IMAGE_BYTES = 10 * 1024 * 1024
MAX_DEPTH = 40
"""Nested lists, sections and boxes read as such; deeper content is kept as one paragraph."""

P, H, LIST, TABLE_EL = t("p"), t("h"), t("list"), tb("table")
FRAME, ANNOTATION = f"{{{DRAW}}}frame", f"{{{OFFICE}}}annotation"
STYLE_NAME = t("style-name")
_SPACE = re.compile(r"[ \t\r\n]+")
_NOT_BODY = {
    t("tracked-changes"),  # the deleted text of tracked changes: not shown
    t("sequence-decls"),
    t("variable-decls"),
    t("user-field-decls"),
    t("dde-connection-decls"),
    t("soft-page-break"),
    ANNOTATION,
    f"{{{OFFICE}}}forms",
    tb("table-columns"),
    tb("table-column"),
    tb("table-header-columns"),
    tb("table-column-group"),
}
_NO_TEXT = {
    t("note-citation"),
    t("number"),  # a list's or heading's generated number, as in a .docx
    t("change"),
    t("change-start"),
    t("change-end"),
    t("ruby-text"),
    t("soft-page-break"),
    f"{{{OFFICE}}}annotation-end",
    f"{{{SVG}}}title",
    f"{{{SVG}}}desc",
}


@dataclass
class _Para:
    """One paragraph as read: its runs, and what it holds besides text."""

    runs: list[Run] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)
    extras: list[etree._Element] = field(default_factory=list)
    """Frames and shapes (images, text boxes), read as blocks after the paragraph."""
    tabs: list[int] = field(default_factory=list)
    """Where the paragraph's tabs stand: the number of runs before each."""

    def add(self, text: str, bold: bool, italic: bool, literal: bool = False) -> None:
        if not literal:  # ODF: any run of white space is one space (text:s is kept)
            text = _SPACE.sub(" ", text)
            if text.startswith(" ") and (not self.runs or self.runs[-1].text.endswith(" ")):
                text = text[1:]
        if text:
            self.runs.append(Run(text, bold, italic))

    @property
    def text(self) -> str:
        return " ".join("".join(r.text for r in self.runs).split())

    @property
    def tabbed(self) -> tuple[str, ...]:
        """The text between the paragraph's tabs; () without tabs."""
        if not self.tabs:
            return ()
        cuts = [0, *self.tabs, len(self.runs)]
        return tuple(
            " ".join("".join(r.text for r in self.runs[a:b]).split()) for a, b in pairwise(cuts)
        )


class TextReading:
    """The reader's text reading; the package, source and styles are set by ``word_odt``."""

    package: zipfile.ZipFile
    source: Source
    styles: Styles

    def _add(self, **fields: object) -> None:
        self.source.blocks.append(Block(index=len(self.source.blocks), **fields))  # type: ignore[arg-type]

    def _inline(self, element: etree._Element, bold: bool, italic: bool, out: _Para) -> None:
        """The text of a paragraph or a span, styled; notes, comments and frames noted."""
        if element.text:
            out.add(element.text, bold, italic)
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in _NO_TEXT:
                pass
            elif tag == t("s"):
                out.add(" " * min(count(child.get(t("c")), 1), 100), bold, italic, True)
            elif tag in (t("tab"), t("line-break")):
                if tag == t("tab"):
                    out.tabs.append(len(out.runs))
                out.add(" ", bold, italic, True)
            elif tag == t("note"):
                note = " ".join(self._plain(b) for b in child.iter(t("note-body")))
                if note.strip():
                    out.notes.append(" ".join(note.split()))
            elif tag == ANNOTATION:
                out.comments.append(self._comment(child))
            elif tag.startswith(f"{{{DRAW}}}"):
                self._drawing(child, out)
            else:  # text:span, text:a, text:meta, fields (their shown value), ruby bases …
                b, i = bold, italic
                if (name := child.get(STYLE_NAME)) is not None:
                    style = self.styles.get("text", name)
                    b = style.bold if style.bold is not None else bold
                    i = style.italic if style.italic is not None else italic
                self._inline(child, b, i, out)
            if child.tail:
                out.add(child.tail, bold, italic)

    def _drawing(self, element: etree._Element, out: _Para) -> None:
        """Frames (an image, a text box) and shapes with text, through groups and links."""
        tag = element.tag
        if tag == FRAME:
            box = element.find(f"{{{DRAW}}}text-box")
            out.extras.append(box if box is not None else element)
        elif any(child.tag in (P, H, LIST) for child in element):
            out.extras.append(element)  # a shape holding text: read as a text box
        elif tag in (f"{{{DRAW}}}g", f"{{{DRAW}}}a"):
            for child in element:
                self._drawing(child, out)

    def _image(self, frame: etree._Element) -> tuple[str, bytes]:
        """An image frame's alt text (its description, else its title) and its bytes (b"" when
        missing, too large or elsewhere: a link is never followed)."""
        texts = {}
        for kind in ("desc", "title"):
            found = frame.find(f"{{{SVG}}}{kind}")
            texts[kind] = " ".join((found.text or "").split()) if found is not None else ""
        alt = texts["desc"] or texts["title"]
        images = frame.findall(f"{{{DRAW}}}image")
        # A frame may hold one picture in several formats: the one vplan shows comes first.
        images.sort(key=lambda i: not i.get(f"{{{XLINK}}}href", "").lower().endswith(_SHOWN))
        for image in images:
            href = image.get(f"{{{XLINK}}}href", "").removeprefix("./")
            if href:
                try:
                    info = self.package.getinfo(href)
                except KeyError:
                    continue
                if info.file_size <= MAX_IMAGE_BYTES:
                    return alt, self.package.read(href)
                return alt, b""
            binary = image.find(f"{{{OFFICE}}}binary-data")
            if binary is not None and binary.text and len(binary.text) < MAX_IMAGE_BYTES * 4 // 3:
                try:
                    return alt, base64.b64decode("".join(binary.text.split()), validate=True)
                except (binascii.Error, ValueError):
                    continue
        return alt, b""

    def _plain(self, element: etree._Element) -> str:
        """The text of ``element``'s paragraphs, one space apart (notes, comments left out)."""
        return " ".join(self._lines(element))

    def _lines(self, element: etree._Element) -> list[str]:
        """The text of each paragraph under ``element`` (a paragraph itself gives one)."""
        if element.tag in (P, H):
            paragraphs: list[etree._Element] = [element]
        else:
            paragraphs = [p for p in element.iter(P, H) if _direct(p, element)]
        out = []
        for paragraph in paragraphs:
            read = _Para()
            self._inline(paragraph, False, False, read)
            if read.text:
                out.append(read.text)
        return out

    def _comment(self, annotation: etree._Element) -> str:
        creator = annotation.find(f"{{{DC}}}creator")
        author = " ".join((creator.text or "").split()) if creator is not None else ""
        text = " ".join(self._lines(annotation))
        return f"{author}: {text}" if author else text


_SHOWN = (".png", ".jpg", ".jpeg", ".gif", ".bmp")

_INSIDE = {P, H, t("note"), ANNOTATION, t("tracked-changes")}


def _direct(paragraph: etree._Element, top: etree._Element) -> bool:
    """``paragraph`` is ``top``'s own: not in a paragraph's note, comment or text box, nor in
    the deleted text of a tracked change."""
    parent = paragraph.getparent()
    while parent is not None and parent is not top:
        if parent.tag in _INSIDE:
            return False
        parent = parent.getparent()
    return True

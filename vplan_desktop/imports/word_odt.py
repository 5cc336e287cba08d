"""An OpenDocument text (.odt) read into blocks (``word_blocks``), as LibreOffice shows it with
every tracked change accepted (ODF keeps deleted text apart, in the tracked-changes section; an
insertion stands in the body already); the table of contents, page headers and footers,
comments and footnotes set aside as the .docx reader does. The package is checked by
``office_safety`` before lxml sees a part; styles are resolved once each."""

from __future__ import annotations

import base64
import binascii
import io
import re
import zipfile
from dataclasses import dataclass, field, replace
from itertools import pairwise
from pathlib import Path

from lxml import etree

from vplan_desktop.errors import InputError
from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell, HeadingBy, Source
from vplan_desktop.imports.word_docx_heading import looks_like_heading
from vplan_desktop.imports.word_odt_frame import layout_frame
from vplan_desktop.imports.word_odt_styles import (
    DC,
    DRAW,
    OFFICE,
    STYLE,
    SVG,
    XLINK,
    Refused,
    Style,
    Styles,
    count,
    t,
    tb,
)
from vplan_desktop.imports.word_odt_table import CELL, COVERED, Budget, Grid, rows_of
from vplan_desktop.markdown import Run, merged
from vplan_desktop.office_safety import read_office_file

TEXT_MIMETYPES = {
    "application/vnd.oasis.opendocument.text",
    "application/vnd.oasis.opendocument.text-template",
}
OTHER_KINDS = {
    "spreadsheet": "ett kalkylark (.ods)",
    "presentation": "en presentation (.odp)",
    "graphics": "en teckning (.odg)",
    "formula": "en formel (.odf)",
    "chart": "ett diagram (.odc)",
    "text-master": "ett samlingsdokument (.odm)",
}
MAX_IMAGE_BYTES = 10 * 1024 * 1024
MAX_DEPTH = 40
"""Nested lists, sections and boxes read as such; deeper content is kept as one paragraph."""

P, H, LIST, TABLE_EL = t("p"), t("h"), t("list"), tb("table")
FRAME, ANNOTATION = f"{{{DRAW}}}frame", f"{{{OFFICE}}}annotation"
STYLE_NAME = t("style-name")
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
_SPACE = re.compile(r"[ \t\r\n]+")
_INDEXES = {
    t(name)
    for name in (
        "illustration-index",
        "table-index",
        "object-index",
        "user-index",
        "alphabetical-index",
        "bibliography",
    )
}
"""Generated lists other than the table of contents: set aside (their lines repeat captions)."""
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


class _Reader:
    def __init__(self, package: zipfile.ZipFile, name: str) -> None:
        self.package = package
        self.source = Source(name=name)
        self.styles = Styles()
        self.budget = Budget()
        content = self._xml("content.xml")
        if content is None:
            raise Refused("Filen saknar sitt innehåll (content.xml).")
        self.content = content
        styles = self._xml("styles.xml")
        self.styles.add(styles)
        self.styles.add(content)  # the automatic styles of the body; named ones are in styles
        if styles is not None:
            self._headers_footers(styles)
        meta = self._xml("meta.xml")
        if meta is not None:
            title = meta.find(f"{{{OFFICE}}}meta/{{{DC}}}title")
            if title is not None and title.text:
                self.source.title = " ".join(title.text.split())

    def _xml(self, part: str) -> etree._Element | None:
        try:
            data = self.package.read(part)
        except KeyError:
            return None
        try:
            root = etree.fromstring(data, _PARSER)
        except etree.XMLSyntaxError:
            raise Refused(f"Filen är skadad ({part} går inte att läsa).") from None
        if root.getroottree().docinfo.doctype:
            raise Refused("Filen innehåller otillåtna XML-konstruktioner och läses inte in.")
        return root

    def read(self) -> Source:
        body = self.content.find(f"{{{OFFICE}}}body")
        if body is None:
            raise Refused("Filen saknar sin text.")
        text = body.find(f"{{{OFFICE}}}text")
        if text is None:
            kinds = [_local(child.tag) for child in body]
            kind = next((OTHER_KINDS[k] for k in kinds if k in OTHER_KINDS), "")
            raise Refused(
                f"Filen är {kind}, inget textdokument." if kind else "Filen saknar sin text."
            )
        self._blocks(text, 0, None)
        return self.source

    def _add(self, **fields: object) -> None:
        self.source.blocks.append(Block(index=len(self.source.blocks), **fields))  # type: ignore[arg-type]

    # --- blocks -----------------------------------------------------------------------------

    def _blocks(self, parent: etree._Element, depth: int, listed: tuple[int, str] | None) -> None:
        """The blocks of ``parent``'s children; ``listed`` is (nesting, list style) in a list."""
        for child in parent:
            tag = child.tag
            if tag in (P, H):
                self._paragraph(child, depth, listed)
            elif tag in _NOT_BODY or not isinstance(tag, str):
                continue
            elif depth >= MAX_DEPTH:
                if text := self._plain(child):
                    self._add(kind=BlockKind.PARAGRAPH, text=text)
            elif tag == LIST:
                level = -1 if listed is None else listed[0]
                style = child.get(STYLE_NAME) or (listed[1] if listed else "")
                for item in child:
                    if item.tag in (t("list-item"), t("list-header")):
                        self._blocks(item, depth + 1, (level + 1, style))
            elif tag == t("numbered-paragraph"):
                level = count(child.get(t("level")), 1) - 1
                self._blocks(child, depth + 1, (level, ""))
            elif tag == TABLE_EL and (frame := layout_frame(child, self.styles)) is not None:
                self._blocks(frame, depth + 1, listed)  # a table laying out the page: its blocks
            elif tag == TABLE_EL:
                self._table(child)
            elif tag == t("table-of-content"):
                self.source.toc.extend(self._lines(child))
            elif tag in _INDEXES:
                self.source.set_aside.extend(self._lines(child))
            elif str(tag).startswith(f"{{{DRAW}}}"):
                para = _Para()
                self._drawing(child, para)
                self._extras(para, depth)
            else:  # text:section, text:index-body of a section, a change's wrapper …
                self._blocks(child, depth + 1, listed)

    def _paragraph(
        self, element: etree._Element, depth: int, listed: tuple[int, str] | None
    ) -> None:
        style = self.styles.get("paragraph", element.get(STYLE_NAME))
        read = _Para()
        self._inline(element, bool(style.bold), bool(style.italic), read)
        self.source.comments.extend(read.comments)
        text = read.text
        if style.toc:
            if text:
                self.source.toc.append(text)
        elif text:
            self._text_block(element, style, read, listed)
        self._extras(read, depth)

    def _text_block(
        self, element: etree._Element, style: Style, read: _Para, listed: tuple[int, str] | None
    ) -> None:
        text = read.text
        runs = merged(read.runs)
        visible = [r for r in runs if r.text.strip()]
        bold = bool(visible) and all(r.bold for r in visible)
        notes = tuple(read.notes)
        level, by_outline = style.heading, False
        if element.tag == H:
            outline = element.get(t("outline-level"))
            level = min(count(outline, 1), 9) if outline else (level or 1)
            # An outline level given to a paragraph of a style that is no heading's (as a
            # .docx's w:outlineLvl comes out of LibreOffice).
            by_outline = style.heading is None
        if level is not None and len(text) <= 300:
            self._add(
                kind=BlockKind.HEADING,
                text=text,
                runs=runs,
                style=style.name,
                level=level,
                heading_by=HeadingBy.OUTLINE if by_outline else HeadingBy.STYLE,
                bold=bold,
                notes=notes,
            )
        elif listed is not None:
            list_style = listed[1] or style.list_style
            levels = self.styles.lists.get(list_style, {})
            self._add(
                kind=BlockKind.LIST_ITEM,
                text=text,
                runs=runs,
                style=style.name,
                numbered=levels.get(min(listed[0] + 1, 10), False),
                list_level=min(listed[0], 8),
                bold=bold,
                notes=notes,
            )
        else:
            candidate, by = looks_like_heading(text, bold)
            self._add(
                kind=BlockKind.PARAGRAPH,
                text=text,
                runs=runs,
                style="Title" if style.title else style.name,
                candidate_level=candidate,
                heading_by=by,
                bold=bold,
                notes=notes,
                tabbed=read.tabbed,
            )

    def _extras(self, read: _Para, depth: int) -> None:
        """A paragraph's frames: a text box's blocks, an image, in the order they stand."""
        for extra in read.extras:
            if extra.tag == FRAME and extra.find(f"{{{DRAW}}}image") is not None:
                alt, data = self._image(extra)
                self._add(kind=BlockKind.IMAGE, text=alt, alt=alt, image=data)
            else:
                self._blocks(extra, depth + 1, None)

    # --- text -------------------------------------------------------------------------------

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

    def _headers_footers(self, styles: etree._Element) -> None:
        """Page headers and footers live in the master pages of styles.xml: set aside."""
        for master in styles.iter(f"{{{STYLE}}}master-page"):
            for part in master:
                if _local(part.tag).startswith(("header", "footer")):
                    text = self._plain(part)
                    if text and text not in self.source.set_aside:
                        self.source.set_aside.append(text)

    # --- tables -----------------------------------------------------------------------------

    def _table(self, element: etree._Element) -> None:
        notes: list[str] = []
        grid = Grid(lambda cell: self._cell(cell, notes), self.budget)
        for row, header in rows_of(element):
            if not self._deleted(row):
                grid.row(row, header)
        rows = grid.rows()
        if not any(c.text for r in rows for c in r):
            return
        cells = [c for c in element.iter(CELL) if _owner(c) is element]
        if len(rows) == 1 and len(rows[0]) == 1 and len(cells) == 1:  # a box: its paragraphs
            rows = ((replace(rows[0][0], paragraphs=self._box_blocks(cells[0])),),)
        first = " | ".join(c.text for c in rows[0] if c.text)
        self._add(
            kind=BlockKind.TABLE,
            text=first,
            rows=rows,
            header_rows=grid.header_rows,
            notes=tuple(notes),
        )

    def _box_blocks(self, element: etree._Element) -> tuple[Block, ...]:
        """A one-cell table's paragraphs read as the body's are (``Cell.paragraphs``); what
        reading them again adds besides (comments, set-aside lines) is not kept twice."""
        source = self.source
        blocks, kept = source.blocks, (len(source.comments), len(source.toc), len(source.set_aside))
        source.blocks = []
        try:
            self._blocks(element, 1, None)
            texts = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.HEADING)
            return tuple(b for b in source.blocks if b.kind in texts)
        finally:
            source.blocks = blocks
            del source.comments[kept[0] :], source.toc[kept[1] :], source.set_aside[kept[2] :]

    def _deleted(self, row: etree._Element) -> bool:
        """A row deleted with changes tracked: its text went to the tracked changes, leaving
        only the marks where it stood."""
        if not self.styles.whole_row_tracked(row.get(tb("style-name"))):
            return False
        return any(True for _ in row.iter(t("change"))) and not "".join(row.itertext()).strip()

    def _cell(self, element: etree._Element, notes: list[str]) -> Cell:
        """A cell's text: its paragraphs, and those of lists, text boxes and tables in it."""
        lines: list[str] = []
        runs: list[Run] = []
        self._cell_text(element, lines, runs, notes, 0)
        return Cell(" ".join(" ".join(lines).split()), tuple(lines), runs=merged(runs))

    def _cell_text(
        self,
        element: etree._Element,
        lines: list[str],
        runs: list[Run],
        notes: list[str],
        depth: int,
    ) -> None:
        for child in element:
            if child.tag in (P, H):
                style = self.styles.get("paragraph", child.get(STYLE_NAME))
                read = _Para()
                self._inline(child, bool(style.bold), bool(style.italic), read)
                self.source.comments.extend(read.comments)
                notes.extend(read.notes)
                if read.text:
                    if runs:
                        runs.append(Run("\n"))
                    runs.extend(read.runs)
                    lines.append(read.text)
                for extra in read.extras:
                    if extra.tag == FRAME and extra.find(f"{{{DRAW}}}image") is not None:
                        continue  # a picture in a cell has no place in the table's text
                    self._cell_text(extra, lines, runs, notes, depth + 1)
            elif child.tag in _NOT_BODY or child.tag == COVERED:
                continue
            elif depth < MAX_DEPTH:  # lists, sections, a nested table's rows and cells
                self._cell_text(child, lines, runs, notes, depth + 1)


_SHOWN = (".png", ".jpg", ".jpeg", ".gif", ".bmp")


def _owner(cell: etree._Element) -> etree._Element | None:
    """The table a cell is a cell of (not a table nested in one of its cells)."""
    parent = cell.getparent()
    while parent is not None and parent.tag != TABLE_EL:
        parent = parent.getparent()
    return parent


def _local(tag: object) -> str:
    return str(tag).rpartition("}")[2]


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


def _encrypted(path: Path) -> bool:
    """An ODF package whose parts are encrypted (saved with a password)."""
    try:
        with zipfile.ZipFile(path) as package:
            info = package.getinfo("META-INF/manifest.xml")
            if info.file_size > 1024 * 1024:
                return False
            return b"encryption-data" in package.read(info)
    except (OSError, KeyError, zipfile.BadZipFile, ValueError, NotImplementedError, EOFError):
        return False


def read_odt(path: Path) -> Source:
    """The blocks of the OpenDocument text ``path``; a file that is not a sound .odt is refused
    with a message saying why."""
    name = f"”{path.name}”"
    refused = f"{name} går inte att läsa som OpenDocument-text."
    try:
        data = read_office_file(path, "OpenDocument", "Filen")
    except InputError as error:
        if _encrypted(path):
            raise InputError(f"{refused} {_PASSWORD}") from None
        raise InputError(f"{refused} {error}") from None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            _check_kind(package)
            return _Reader(package, path.name).read()
    except Refused as why:
        raise InputError(f"{refused} {why}") from None


_PASSWORD = (
    "Filen är lösenordsskyddad. Öppna den i LibreOffice och spara den utan lösenord (Arkiv → "
    "Spara som, utan bock i ”Spara med lösenord”)."
)


def _check_kind(package: zipfile.ZipFile) -> None:
    """Refuse a spreadsheet, a presentation or an encrypted document by what the package
    says it is."""
    names = set(package.namelist())
    if "META-INF/manifest.xml" in names:
        info = package.getinfo("META-INF/manifest.xml")
        if info.file_size <= 1024 * 1024 and b"encryption-data" in package.read(info):
            raise Refused(_PASSWORD)
    if "mimetype" not in names:
        if "[Content_Types].xml" in names:
            raise Refused("Filen är ett Microsoft Office-dokument (som .docx), inget OpenDocument.")
        return  # the body says what it is (office:text or not)
    with package.open("mimetype") as stream:
        kind = stream.read(200).decode("ascii", "replace").strip()
    if kind in TEXT_MIMETYPES:
        return
    other = OTHER_KINDS.get(kind.removeprefix("application/vnd.oasis.opendocument."))
    raise Refused(
        f"Filen är {other}, inget textdokument." if other else "Filen är inget textdokument."
    )

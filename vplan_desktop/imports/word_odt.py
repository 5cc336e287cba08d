"""An OpenDocument text (.odt) read into blocks (``word_blocks``), as LibreOffice shows it with
every tracked change accepted (ODF keeps deleted text apart, in the tracked-changes section; an
insertion stands in the body already); the table of contents, page headers and footers,
comments and footnotes set aside as the .docx reader does. The package is checked by
``office_safety`` before lxml sees a part; styles are resolved once each. A paragraph's text
is read in ``word_odt_text``, a table's rows and cells in ``word_odt_cells``."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from lxml import etree

from vplan_desktop.errors import InputError
from vplan_desktop.imports.word_blocks import BlockKind, HeadingBy, Source
from vplan_desktop.imports.word_docx_heading import looks_like_heading
from vplan_desktop.imports.word_odt_cells import CellReading
from vplan_desktop.imports.word_odt_frame import layout_frame
from vplan_desktop.imports.word_odt_styles import (
    DC,
    DRAW,
    OFFICE,
    STYLE,
    Refused,
    Style,
    Styles,
    count,
    t,
)
from vplan_desktop.imports.word_odt_table import Budget
from vplan_desktop.imports.word_odt_text import (
    _NOT_BODY,
    FRAME,
    LIST,
    MAX_DEPTH,
    STYLE_NAME,
    TABLE_EL,
    H,
    P,
    _Para,
)
from vplan_desktop.markdown import merged
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
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
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


class _Reader(CellReading):
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

    def _headers_footers(self, styles: etree._Element) -> None:
        """Page headers and footers live in the master pages of styles.xml: set aside."""
        for master in styles.iter(f"{{{STYLE}}}master-page"):
            for part in master:
                if _local(part.tag).startswith(("header", "footer")):
                    text = self._plain(part)
                    if text and text not in self.source.set_aside:
                        self.source.set_aside.append(text)


def _local(tag: object) -> str:
    return str(tag).rpartition("}")[2]


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

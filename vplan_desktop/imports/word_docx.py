"""A .docx read from its XML into blocks (``word_blocks``), as Word shows it with every tracked
change accepted: insertions kept, deletions left out; content controls, text boxes, fields'
results, hyperlinks and smart tags read through; the table of contents, page headers and
footers (a first page's own also read for the cover: ``word_docx_first_page``), comments and
footnotes set aside. python-docx shows none of these, so the parts are read with lxml after
``office_safety`` has checked them; styles are looked up once each. A paragraph's runs are
read in ``word_docx_runs``, a table's rows and cells in ``word_docx_tables``."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path, PurePosixPath

from lxml import etree

from vplan_desktop.errors import InputError
from vplan_desktop.imports.word_blocks import Block, BlockKind, Source
from vplan_desktop.imports.word_converted_lines import typed_item
from vplan_desktop.imports.word_converted_repairs import repair_converted_lines
from vplan_desktop.imports.word_docx_fields import Fields
from vplan_desktop.imports.word_docx_first_page import first_page_lines
from vplan_desktop.imports.word_docx_form_fields import fill_form_fields
from vplan_desktop.imports.word_docx_frame import layout_frame
from vplan_desktop.imports.word_docx_lang import other_language_pieces
from vplan_desktop.imports.word_docx_numbers import ListNumbers
from vplan_desktop.imports.word_docx_objects import Objects
from vplan_desktop.imports.word_docx_para import bulleted, level_free
from vplan_desktop.imports.word_docx_runs import MC, SDT, TBL, P, T, _placeholder
from vplan_desktop.imports.word_docx_shapes import drawn
from vplan_desktop.imports.word_docx_styles import VAL, Styles, w
from vplan_desktop.imports.word_docx_tables import TableReading
from vplan_desktop.imports.word_page_ends import ends_page
from vplan_desktop.imports.word_page_front import company
from vplan_desktop.office_safety import read_office_file

REL = "http://schemas.openxmlformats.org/package/2006/relationships"
DC = "http://purl.org/dc/elements/1.1/"


_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
_THROUGH = {w("customXml"), w("ins"), w("moveTo"), f"{{{MC}}}AlternateContent", f"{{{MC}}}Choice"}
"""Block-level wrappers read through: their blocks are the document's."""


class _Reader(TableReading):
    def __init__(self, package: zipfile.ZipFile, name: str) -> None:
        self.package = package
        self.name = name
        self.source = Source(name=name)
        self.main = self._main_part()
        rels = self._rels(self.main)
        self.styles = Styles()
        self.styles_part: etree._Element | None = None
        self.numbering: dict[tuple[str, int], bool] = {}
        self.numbers = ListNumbers(None)
        self.notes: dict[str, str] = {}
        self.targets = {rel_id: target for _kind, target, rel_id in rels}
        """Relationship id → part, for the images the body refers to."""
        self.objects = Objects(package, self.targets)  # SmartArt, charts, worksheets
        self.source.warnings = self.objects.warnings
        self.fields = Fields(self.source.warnings)  # open complex fields, unmerged names
        for kind, target, _id in rels:
            if kind.endswith("/styles"):
                self._read_styles(target)
            elif kind.endswith("/numbering"):
                self._read_numbering(target)
            elif kind.endswith("/footnotes") or kind.endswith("/endnotes"):
                self._read_notes(target)
            elif kind.endswith("/comments"):
                self._read_comments(target)
            elif kind.endswith("/header") or kind.endswith("/footer"):
                root = self._xml(target)
                for paragraph in root.iter(P) if root is not None else ():
                    # a tab between "Älvdala kommun" and the page number is a space
                    pieces = (
                        (e.text or "") if e.tag == T else " "
                        for e in paragraph.iter(T, w("tab"), w("br"), w("cr"))
                    )
                    text = " ".join("".join(pieces).split())
                    if text and text not in self.source.set_aside:
                        self.source.set_aside.append(text)
        core = self._xml("docProps/core.xml")
        if core is not None:
            title = core.find(f"{{{DC}}}title")
            if title is not None and title.text:
                self.source.title = " ".join(title.text.split())
        self.source.company = company(self._xml("docProps/app.xml"))

    # --- parts ------------------------------------------------------------------------------

    def _xml(self, part: str) -> etree._Element | None:
        try:
            data = self.package.read(part)
        except KeyError:
            return None
        try:
            return etree.fromstring(data, _PARSER)
        except etree.XMLSyntaxError:
            raise InputError(f"”{self.name}” är skadad (delen {part} går inte att läsa).") from None

    def _main_part(self) -> str:
        root = self._xml("_rels/.rels")
        if root is not None:
            for rel in root.iter(f"{{{REL}}}Relationship"):
                if rel.get("Type", "").endswith("/officeDocument"):
                    return str(rel.get("Target", "")).lstrip("/")
        return "word/document.xml"

    def _rels(self, part: str) -> list[tuple[str, str, str]]:
        path = PurePosixPath(part)
        root = self._xml(str(path.parent / "_rels" / f"{path.name}.rels"))
        if root is None:
            return []
        out = []
        for rel in root.iter(f"{{{REL}}}Relationship"):
            if rel.get("TargetMode") == "External":
                continue
            target = rel.get("Target", "")
            full = target.lstrip("/") if target.startswith("/") else str(path.parent / target)
            out.append((rel.get("Type", ""), full, rel.get("Id", "")))
        return out

    def _read_styles(self, part: str) -> None:
        root = self.styles_part = self._xml(part)
        if root is None:
            return
        for style in root.iter(w("style")):
            style_id = style.get(w("styleId"), "")
            self.styles.raw[style_id] = style
            if style.get(w("type")) == "paragraph" and style.get(w("default")) in ("1", "true"):
                self.styles.default = style_id

    def _read_numbering(self, part: str) -> None:
        root = self._xml(part)
        if root is None:
            return
        self.numbers = ListNumbers(root)
        abstract: dict[str, dict[int, bool]] = {}
        for element in root.iter(w("abstractNum")):
            levels = {}
            for level in element.iter(w("lvl")):
                fmt = level.find(w("numFmt"))
                ilvl = level.get(w("ilvl"), "0")
                value = fmt.get(VAL, "bullet") if fmt is not None else "bullet"
                levels[int(ilvl) if ilvl.isdigit() else 0] = value not in ("bullet", "none")
            abstract[element.get(w("abstractNumId"), "")] = levels
        for num in root.iter(w("num")):
            ref = num.find(w("abstractNumId"))
            levels = abstract.get(ref.get(VAL, "") if ref is not None else "", {})
            for ilvl, numbered in levels.items():
                self.numbering[(num.get(w("numId"), ""), ilvl)] = numbered

    def _read_notes(self, part: str) -> None:
        root = self._xml(part)
        if root is None:
            return
        for note in (*root.iter(w("footnote")), *root.iter(w("endnote"))):
            if note.get(w("type")) in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            text = " ".join(self._plain(note).split())
            if text:
                self.notes[note.get(w("id"), "")] = text

    def _read_comments(self, part: str) -> None:
        root = self._xml(part)
        if root is None:
            return
        for comment in root.iter(w("comment")):
            text = " ".join(self._plain(comment).split())
            if text:
                author = comment.get(w("author"), "").strip()
                self.source.comments.append(f"{author}: {text}" if author else text)

    # --- body -------------------------------------------------------------------------------

    def read(self) -> Source:
        root = self._xml(self.main)
        body = root.find(w("body")) if root is not None else None
        if body is None:
            raise InputError(f"”{self.name}” är inget Word-dokument (texten saknas).")
        self.source.language_pieces = other_language_pieces(root, self.styles_part)
        repair_converted_lines(body)
        fill_form_fields(body, self.source.warnings)  # legacy form fields as Word shows them
        self._blocks(body, toc=False)
        self.source.first_page = first_page_lines(body, self.targets, self._xml, self._paragraph)
        return self.source

    def _add(self, **fields: object) -> None:
        self.source.blocks.append(Block(index=len(self.source.blocks), **fields))  # type: ignore[arg-type]

    def _blocks(self, parent: etree._Element, toc: bool) -> None:
        for child in parent:
            tag = child.tag
            if tag == P:
                self._body_paragraph(child, toc)
            elif tag == TBL:
                if toc:
                    self.source.toc.append(" ".join(self._plain(child).split()))
                elif (frame := layout_frame(child, self.styles)) is not None:
                    self._blocks(frame, toc)  # a table laying out the page: its blocks
                else:
                    self._table(child)
            elif tag == SDT:
                gallery = child.find(f"{w('sdtPr')}/{w('docPartObj')}/{w('docPartGallery')}")
                is_toc = gallery is not None and "contents" in gallery.get(VAL, "").lower()
                content = child.find(w("sdtContent"))
                if content is not None and not _placeholder(child):
                    self._blocks(content, toc or is_toc)
            elif tag in _THROUGH:
                self._blocks(child, toc)

    def _body_paragraph(self, element: etree._Element, toc: bool) -> None:
        properties = element.find(w("pPr"))
        style = self._style_of(properties)
        in_toc_field = self.fields.in_toc()
        read = self._paragraph(element, style)
        text = read.text
        if toc or style.toc or in_toc_field or self.fields.in_toc():
            if text:
                self.source.toc.append(text)
        elif text:
            for piece in read.pieces() if level_free(style) else [read]:
                if piece.text:
                    self._add(**typed_item(bulleted(self._text_block(properties, style, piece))))
        for box in read.boxes:
            start = len(self.source.blocks)
            self._blocks(box, toc)
            drawn(self.source.blocks, start)
        for fields in read.objects:
            self._add(**fields)
        for alt, data in read.images:
            self._add(kind=BlockKind.IMAGE, text=alt, alt=alt, image=data)
        if ends_page(element):
            self.source.section_ends.append(len(self.source.blocks))


def read_docx(path: Path) -> Source:
    """The blocks of the Word document ``path``; a file that is not a sound .docx is refused
    with a message saying why."""
    name = f"”{path.name}”"
    data = read_office_file(path, "Word", name)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        names = set(package.namelist())
        if "[Content_Types].xml" not in names:
            raise InputError(f"{name} är inget Word-dokument.")
        types = package.read("[Content_Types].xml")
        if b"wordprocessingml" not in types:
            raise InputError(f"{name} är inget Word-dokument (det är en annan sorts Office-fil).")
        return _Reader(package, path.name).read()

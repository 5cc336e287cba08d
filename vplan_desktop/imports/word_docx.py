"""A .docx read from its XML into blocks (``word_blocks``), as Word shows it with every tracked
change accepted: insertions kept, deletions left out; content controls, text boxes, fields'
results, hyperlinks and smart tags read through; the table of contents, page headers and
footers (a first page's own also read for the cover: ``word_docx_first_page``), comments and
footnotes set aside. python-docx shows none of these, so the parts are read with lxml after
``office_safety`` has checked them; styles are looked up once each."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path, PurePosixPath
from typing import Any

from lxml import etree

from vplan_desktop.errors import InputError
from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell, HeadingBy, Source
from vplan_desktop.imports.word_cell_bullets import cell_items
from vplan_desktop.imports.word_cell_pictures import picture_lines
from vplan_desktop.imports.word_converted_lines import typed_item
from vplan_desktop.imports.word_converted_repairs import repair_converted_lines
from vplan_desktop.imports.word_docx_fields import Fields
from vplan_desktop.imports.word_docx_first_page import first_page_lines
from vplan_desktop.imports.word_docx_form_fields import fill_form_fields
from vplan_desktop.imports.word_docx_frame import layout_frame
from vplan_desktop.imports.word_docx_heading import looks_like_heading
from vplan_desktop.imports.word_docx_indent import left_indent
from vplan_desktop.imports.word_docx_lang import other_language_pieces
from vplan_desktop.imports.word_docx_marks import note_mark
from vplan_desktop.imports.word_docx_merge import continued
from vplan_desktop.imports.word_docx_numbers import ListNumbers
from vplan_desktop.imports.word_docx_objects import Objects
from vplan_desktop.imports.word_docx_para import Para as _Para
from vplan_desktop.imports.word_docx_para import bulleted, level_free, object_lines
from vplan_desktop.imports.word_docx_shapes import drawn, reading_order
from vplan_desktop.imports.word_docx_struck import crossed_out
from vplan_desktop.imports.word_docx_styles import VAL, Style, Styles, on, w
from vplan_desktop.imports.word_docx_sym import sym_text
from vplan_desktop.imports.word_page_ends import ends_page
from vplan_desktop.imports.word_page_front import company
from vplan_desktop.imports.word_soft_breaks import cell_fill, soft_lines
from vplan_desktop.imports.word_symbols import run_colour, tints
from vplan_desktop.markdown import Run, merged
from vplan_desktop.office_safety import read_office_file

MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
REL = "http://schemas.openxmlformats.org/package/2006/relationships"
DC = "http://purl.org/dc/elements/1.1/"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MAX_IMAGE_BYTES = 10 * 1024 * 1024


P, R, T, TBL, TR, TC, SDT = w("p"), w("r"), w("t"), w("tbl"), w("tr"), w("tc"), w("sdt")
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
_THROUGH = {w("customXml"), w("ins"), w("moveTo"), f"{{{MC}}}AlternateContent", f"{{{MC}}}Choice"}
"""Block-level wrappers read through: their blocks are the document's."""
_SKIP = {w("del"), w("moveFrom"), w("delText"), w("instrText"), w("rPr"), w("pPr")}
_SKIP |= {w("commentReference"), w("annotationRef"), w("sectPr"), w("tblPr")}
_SKIP |= {w("trPr"), w("tcPr"), w("tblGrid"), w("sdtPr"), w("sdtEndPr"), f"{{{MC}}}Fallback"}


class _Reader:
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

    def _plain(self, element: etree._Element) -> str:
        """The text of a part's element, tracked deletions left out, paragraphs apart."""
        out: list[str] = []
        for paragraph in element.iter(P):
            out.append(self._paragraph(paragraph).text)
        return " ".join(out)

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

    def _style_of(self, properties: etree._Element | None) -> Style:
        style_el = properties.find(w("pStyle")) if properties is not None else None
        return self.styles.get(style_el.get(VAL) if style_el is not None else None)

    def _text_block(
        self, properties: etree._Element | None, style: Style, read: _Para
    ) -> dict[str, Any]:
        """The fields of the block a paragraph with text makes: a heading, a list item (with
        the number Word shows) or a paragraph."""
        text = read.text
        runs = merged([r for r in read.runs if r.text])
        visible = [r for r in runs if r.text.strip()]
        bold = bool(visible) and all(r.bold for r in visible)
        outline = properties.find(w("outlineLvl")) if properties is not None else None
        level = style.heading
        heading_by: HeadingBy | None = HeadingBy.STYLE if level is not None else None
        if outline is not None and outline.get(VAL, "").isdigit() and int(outline.get(VAL)) < 9:
            level, heading_by = int(outline.get(VAL, "0")) + 1, HeadingBy.OUTLINE
        notes = tuple(read.notes)
        number = self._number(properties)
        more = {"tints": tints(read.tints), "indent": left_indent(properties)}
        if level is not None and len(text) <= 300:
            return dict(
                number=number,
                kind=BlockKind.HEADING,
                text=text,
                runs=runs,
                style=style.name,
                level=level,
                heading_by=heading_by,
                bold=bold,
                notes=notes,
                **more,
            )
        num = properties.find(w("numPr")) if properties is not None else None
        listed = num is not None or style.listed
        if listed and num is not None:
            num_id = num.find(w("numId"))
            ilvl = num.find(w("ilvl"))
            if num_id is not None and num_id.get(VAL) == "0":
                listed = False  # numbering switched off for this paragraph
        if listed:
            ilvl_val = 0
            numbered = "number" in style.name.lower() or "numrer" in style.name.lower()
            if num is not None:
                ilvl = num.find(w("ilvl"))
                num_id = num.find(w("numId"))
                raw = ilvl.get(VAL, "0") if ilvl is not None else "0"
                ilvl_val = min(int(raw), 8) if raw.isdigit() else 0
                key = (num_id.get(VAL, "") if num_id is not None else "", ilvl_val)
                numbered = self.numbering.get(key, numbered)
            return dict(
                kind=BlockKind.LIST_ITEM,
                text=text,
                runs=runs,
                style=style.name,
                number=number,
                numbered=numbered,
                list_level=ilvl_val,
                bold=bold,
                notes=notes,
                **more,
            )
        candidate, by = looks_like_heading(text, bold)
        return dict(
            kind=BlockKind.PARAGRAPH,
            text=text,
            runs=runs,
            style="Title" if style.title else style.name,
            candidate_level=candidate,
            heading_by=by,
            bold=bold,
            notes=notes,
            size=read.size,
            tabbed=tuple(" ".join(t.split()) for t in read.tabbed) if len(read.tabbed) > 1 else (),
            **more,
        )

    def _number(self, properties: etree._Element | None) -> str:
        """The number Word shows before a paragraph with ``properties`` ("" for none)."""
        style_el = properties.find(w("pStyle")) if properties is not None else None
        style_id = style_el.get(VAL, "") if style_el is not None else ""
        return self.numbers.paragraph(properties, style_id, self.styles.get(style_id or None).num)

    def _paragraph(self, element: etree._Element, style: Style | None = None) -> _Para:
        """A paragraph's runs with tracked changes accepted, fields' results only."""
        out = _Para()
        base_bold = style.bold if style is not None else False
        base_italic = style.italic if style is not None else False
        for run in self._runs(element):
            if run.tag != R:
                continue
            properties = run.find(w("rPr"))
            if crossed_out(run, properties, self.source.warnings):  # old figures, hidden notes
                continue
            bold, italic = base_bold, base_italic
            colour_el = properties.find(w("color")) if properties is not None else None
            colour = run_colour(colour_el.get(VAL) if colour_el is not None else None)
            if properties is not None:
                char_style = properties.find(w("rStyle"))
                if char_style is not None:
                    resolved = self.styles.get(char_style.get(VAL))
                    bold, italic = bold or resolved.bold, italic or resolved.italic
                if (b := on(properties.find(w("b")))) is not None:
                    bold = b
                if (i := on(properties.find(w("i")))) is not None:
                    italic = i
            for child in run:
                tag = child.tag
                if self.fields.hides(child):  # field markup, instructions, unmerged names
                    continue
                if tag == T and not note_mark(child.text or "", properties, out):
                    size = _points(properties, run) if properties is not None else 0.0
                    out.add_text(child.text or "", bold, italic, colour, size)
                elif tag in (w("tab"), w("ptab")) or tag in (w("br"), w("cr")):
                    wrap = child.get(w("type"), "textWrapping") == "textWrapping"
                    line = tag == w("cr") or (tag == w("br") and wrap)
                    out.add_space(tag in (w("tab"), w("ptab")), line, bold, italic)
                elif tag == w("noBreakHyphen"):
                    out.runs.append(Run("-", bold, italic))
                    out.tabbed[-1] += "-"
                elif tag == w("sym"):  # a symbol font's glyph, in the run's colour
                    if glyph := sym_text(child.get(w("font"), ""), child.get(w("char"), "")):
                        out.add_text(glyph, bold, italic, colour, 0.0)
                elif tag in (w("footnoteReference"), w("endnoteReference")):
                    note = self.notes.get(child.get(w("id"), ""))
                    if note:
                        out.notes.append(note)
                elif tag in (w("drawing"), w("pict"), w("object"), f"{{{MC}}}AlternateContent"):
                    self._drawing(child, out)
        return out

    def _runs(self, element: etree._Element) -> Iterator[etree._Element]:
        """The runs of a paragraph, through insertions, hyperlinks, content controls, smart
        tags and simple fields; deletions and moved-away text left out."""
        for child in element:
            tag = child.tag
            if tag == R:
                yield child
            elif tag in _SKIP or tag in (P, TBL) or _placeholder(child):
                continue  # a content control still showing its placeholder holds no text
            elif tag == f"{{{MC}}}AlternateContent":
                choice = child.find(f"{{{MC}}}Choice")
                if choice is not None:
                    yield from self._runs(choice)
            else:  # w:ins, w:moveTo, w:hyperlink, w:sdt(Content), w:smartTag, w:fldSimple …
                yield from self._runs(child)

    def _drawing(self, element: etree._Element, out: _Para) -> None:
        """An image's alt text, a text box's paragraphs (read as blocks after this one; a
        group's boxes in reading order, ``word_docx_shapes``)."""
        boxes: list[etree._Element] = []
        out.objects += self.objects.blocks(element)
        for choice_or_self in _without_fallbacks(element):
            tag = choice_or_self.tag
            if tag == f"{{{WP}}}docPr":
                alt = choice_or_self.get("descr") or choice_or_self.get("title") or ""
                has_picture = any(
                    str(e.tag).endswith("}pic") for e in choice_or_self.getparent().iter()
                )
                if has_picture:
                    blip = next(
                        (
                            e
                            for e in choice_or_self.getparent().iter()
                            if str(e.tag).endswith("}blip")
                        ),
                        None,
                    )
                    embed = blip.get(f"{{{RELS}}}embed", "") if blip is not None else ""
                    out.images.append((" ".join(alt.split()), self._image(embed)))
            elif tag == w("txbxContent"):
                boxes.append(choice_or_self)
        out.boxes += reading_order(boxes)

    def _image(self, rel_id: str) -> bytes:
        """The bytes of the picture ``rel_id`` names (b"" when missing or too large)."""
        part = self.targets.get(rel_id, "")
        try:
            info = self.package.getinfo(part)
        except KeyError:
            return b""
        return self.package.read(part) if info.file_size <= MAX_IMAGE_BYTES else b""

    # --- tables -----------------------------------------------------------------------------

    def _table(self, element: etree._Element) -> None:
        if (block := self._table_block(element)) is not None:
            self.source.blocks.append(replace(block, index=len(self.source.blocks)))

    def _table_block(self, element: etree._Element) -> Block | None:
        grid: list[list[Cell]] = []
        header_rows = 0
        counting_header = True
        below: dict[int, Cell] = {}
        notes: list[str] = []  # footnotes referenced in the cells: the table's notes
        for row in element.iter(TR):
            if _owner_table(row) is not element:
                continue
            properties = row.find(w("trPr"))
            if properties is not None and properties.find(w("del")) is not None:
                continue  # a deleted row, as Word shows it with changes accepted
            is_header = properties is not None and on(properties.find(w("tblHeader"))) is True
            if counting_header and is_header:
                header_rows += 1
            else:
                counting_header = False
            cells: list[Cell] = []
            before = properties.find(w("gridBefore")) if properties is not None else None
            for _ in range(_int(before, 0, 50)):
                cells.append(Cell(""))
            for cell in _row_cells(row):
                cell_properties = cell.find(w("tcPr"))
                span_el = (
                    cell_properties.find(w("gridSpan")) if cell_properties is not None else None
                )
                span = max(1, _int(span_el, 1, 60))
                value = continued(cell_properties, cell, cells, below) or self._cell(cell, notes)
                cells.extend([value] * span)
            for column, value in enumerate(cells):
                below[column] = value
            grid.append(cells)
        if not grid:
            return None
        width = max(len(r) for r in grid)
        rows = tuple(tuple(r + [Cell("") for _ in range(width - len(r))]) for r in grid)
        if not any(c.text for r in rows for c in r):
            return None
        first = " | ".join(c.text for c in rows[0] if c.text)
        return Block(0, BlockKind.TABLE, first, rows=rows, header_rows=header_rows,
                     notes=tuple(notes))  # fmt: skip

    def _cell(self, element: etree._Element, notes: list[str]) -> Cell:
        lines: list[str] = []
        runs: list[Run] = []
        paragraphs: list[Block] = []
        pieces: list[tuple[str, str]] = []
        for paragraph in element.iter(P):
            read = self._paragraph(paragraph)
            pieces += [("\n", "")] * bool(pieces) + read.tints
            notes.extend(read.notes)
            if read.text:
                properties = paragraph.find(w("pPr"))  # Word counts a cell's numbered lines
                fields = self._text_block(properties, self._style_of(properties), read)
                paragraphs.append(Block(index=0, **fields))
                if runs:
                    runs.append(Run("\n"))
                runs.extend(r for r in read.runs if r.text)
                lines.append(read.text)
            for box in read.boxes:
                lines.append(" ".join(self._plain(box).split()))
            lines += picture_lines([alt for alt, _ in read.images], lines) + object_lines(read)
        paragraphs, lines = cell_items(paragraphs, lines)
        text = " ".join(" ".join(lines).split())
        return Cell(
            text,
            tuple(lines),
            runs=merged(runs),
            fill=cell_fill(element),
            paragraphs=tuple(paragraphs),
            tints=tints(pieces),
            stacked=soft_lines(element, tuple(lines)),
            nested=tuple(b for b in map(self._table_block, element.findall(TBL)) if b),
        )


def _placeholder(element: etree._Element) -> bool:
    """A content control (w:sdt) showing its placeholder ("Klicka eller tryck här …")."""
    return element.tag == SDT and element.find(f"{w('sdtPr')}/{w('showingPlcHdr')}") is not None


def _without_fallbacks(element: etree._Element) -> Iterator[etree._Element]:
    """Every element under ``element`` except those in an mc:Fallback (the same content for
    older programs) and a text box's own inner content (read by its own walk)."""
    stack = [element]
    while stack:
        current = stack.pop()
        yield current
        if current.tag in (f"{{{MC}}}Fallback", w("txbxContent")) and current is not element:
            continue
        stack.extend(reversed(list(current)))


def _owner_table(row: etree._Element) -> etree._Element | None:
    parent = row.getparent()
    while parent is not None and parent.tag != TBL:
        parent = parent.getparent()
    return parent


def _row_cells(row: etree._Element) -> Iterator[etree._Element]:
    """A row's cells, through content controls and insertions around them."""
    for child in row:
        if child.tag == TC:
            yield child
        elif child.tag in (SDT, w("sdtContent"), w("customXml"), w("ins")):
            yield from _row_cells(child)


def _points(properties: etree._Element, run: etree._Element) -> float:
    """The font size a run with text sets (``w:sz`` in half points); 0 for none."""
    size = properties.find(w("sz"))
    raw = size.get(VAL, "") if size is not None else ""
    if not raw.isdigit() or not "".join(t.text or "" for t in run.findall(T)).strip():
        return 0.0
    return int(raw) / 2


def _int(element: etree._Element | None, default: int, limit: int) -> int:
    raw = element.get(VAL, "") if element is not None else ""
    return min(int(raw), limit) if raw.isdigit() else default


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

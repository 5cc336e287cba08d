"""A .docx paragraph read from its XML (``word_docx``'s reader): its runs with tracked changes
accepted, fields' results, symbols, notes' marks, drawings, pictures and text boxes
(``ParagraphReading``), and the fields of the block a paragraph with text makes – a heading, a
list item with the number Word shows, or a paragraph."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from typing import Any

from lxml import etree

from vplan_desktop.imports.word_blocks import BlockKind, HeadingBy, Source
from vplan_desktop.imports.word_docx_fields import Fields
from vplan_desktop.imports.word_docx_heading import looks_like_heading
from vplan_desktop.imports.word_docx_indent import left_indent
from vplan_desktop.imports.word_docx_marks import note_mark
from vplan_desktop.imports.word_docx_numbers import ListNumbers
from vplan_desktop.imports.word_docx_objects import Objects
from vplan_desktop.imports.word_docx_para import Para as _Para
from vplan_desktop.imports.word_docx_shapes import reading_order
from vplan_desktop.imports.word_docx_struck import crossed_out
from vplan_desktop.imports.word_docx_styles import VAL, Style, Styles, on, w
from vplan_desktop.imports.word_docx_sym import sym_text
from vplan_desktop.imports.word_symbols import run_colour, tints
from vplan_desktop.markdown import Run, merged

MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MAX_IMAGE_BYTES = 10 * 1024 * 1024


P, R, T, TBL, TR, TC, SDT = w("p"), w("r"), w("t"), w("tbl"), w("tr"), w("tc"), w("sdt")
_SKIP = {w("del"), w("moveFrom"), w("delText"), w("instrText"), w("rPr"), w("pPr")}
_SKIP |= {w("commentReference"), w("annotationRef"), w("sectPr"), w("tblPr")}
_SKIP |= {w("trPr"), w("tcPr"), w("tblGrid"), w("sdtPr"), w("sdtEndPr"), f"{{{MC}}}Fallback"}


class ParagraphReading:
    """The reader's paragraph reading; the parts it reads with are set by ``word_docx``."""

    package: zipfile.ZipFile
    source: Source
    styles: Styles
    numbering: dict[tuple[str, int], bool]
    numbers: ListNumbers
    notes: dict[str, str]
    targets: dict[str, str]
    objects: Objects
    fields: Fields

    def _plain(self, element: etree._Element) -> str:
        """The text of a part's element, tracked deletions left out, paragraphs apart."""
        out: list[str] = []
        for paragraph in element.iter(P):
            out.append(self._paragraph(paragraph).text)
        return " ".join(out)

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


def _points(properties: etree._Element, run: etree._Element) -> float:
    """The font size a run with text sets (``w:sz`` in half points); 0 for none."""
    size = properties.find(w("sz"))
    raw = size.get(VAL, "") if size is not None else ""
    if not raw.isdigit() or not "".join(t.text or "" for t in run.findall(T)).strip():
        return 0.0
    return int(raw) / 2

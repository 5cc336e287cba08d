"""WordprocessingML that python-docx has no API for, as the corpus documents need it: a table
of contents (a TOC field, or one in a content control), content controls, a text box, tracked
changes, fields and a picture's alt text."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from docx.oxml import parse_xml
from docx.shared import Cm
from PIL import Image, ImageDraw

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = (
    f'xmlns:w="{W}" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def element(xml: str) -> Any:
    """``xml`` (one element) parsed, with the namespaces declared on it."""
    end = xml.index(">")
    if xml[end - 1] == "/":
        end -= 1
    return parse_xml(f"{xml[:end]} {NS}{xml[end:]}")


def append(doc: Any, xml: str) -> Any:
    """Append body-level ``xml`` before the section properties; the element is returned."""
    new = element(xml)
    body = doc.element.body
    body.insert(len(body) - 1, new)
    return new


def r(text: str, *, bold: bool = False, size: int = 0) -> str:
    """A run of ``text``; a tab character becomes Word's tab."""
    props = ("<w:b/>" if bold else "") + (f'<w:sz w:val="{size * 2}"/>' if size else "")
    pieces = []
    for number, part in enumerate(text.split("\t")):
        if number:
            pieces.append("<w:tab/>")
        if part:
            pieces.append(f'<w:t xml:space="preserve">{escape(part)}</w:t>')
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f"<w:r>{rpr}{''.join(pieces)}</w:r>"


def p(*runs: str, style: str = "") -> str:
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{props}{''.join(runs)}</w:p>"


def inserted(text: str, number: int) -> str:
    """A tracked insertion: Word shows it, and it reads so with the changes accepted."""
    author = 'w:author="Handläggare" w:date="2026-10-02T09:00:00Z"'
    return f'<w:ins w:id="{number}" {author}>{r(text)}</w:ins>'


def deleted(text: str, number: int) -> str:
    """A tracked deletion: struck through in Word, gone with the changes accepted."""
    return (
        f'<w:del w:id="{number}" w:author="Handläggare" w:date="2026-10-02T09:00:00Z"><w:r>'
        f'<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>'
    )


def simple_field(instruction: str, result: str) -> str:
    return f'<w:fldSimple w:instr="{escape(instruction)}">{r(result)}</w:fldSimple>'


def complex_field(instruction: str, result: str) -> str:
    """A field as Word writes most: begin, the instruction, separate, the result, end."""
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve">{escape(instruction)}</w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"{r(result)}"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def _toc_paragraphs(entries: Sequence[tuple[int, str, int]]) -> list[str]:
    """The TOC field's result: one "TOC n" paragraph per entry, "text<tab>page"."""
    out = []
    last = len(entries) - 1
    for number, (level, text, page) in enumerate(entries):
        begin = (
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">'
            ' TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            if number == 0
            else ""
        )
        end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>' if number == last else ""
        out.append(p(begin + r(f"{text}\t{page}") + end, style=f"TOC{level}"))
    return out


def toc_field(doc: Any, entries: Sequence[tuple[int, str, int]]) -> None:
    """A table of contents as a TOC field over "TOC 1"/"TOC 2" paragraphs with page
    numbers (the styles must exist: ``word_shapes_docx.add_style``)."""
    for paragraph in _toc_paragraphs(entries):
        append(doc, paragraph)


def toc_control(doc: Any, title: str, entries: Sequence[tuple[int, str, int]]) -> None:
    """A table of contents as Word inserts it today: the field inside a content control of
    the gallery "Table of Contents", with its title paragraph."""
    append(
        doc,
        '<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/>'
        "<w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>"
        + p(r(title, bold=True, size=14), style="TOCHeading")
        + "".join(_toc_paragraphs(entries))
        + "</w:sdtContent></w:sdt>",
    )


def block_control(doc: Any, alias: str, *lines: str, size: int = 0) -> None:
    """A content control holding whole paragraphs (a template's cover field)."""
    body = "".join(p(r(line, size=size)) for line in lines)
    append(
        doc,
        f'<w:sdt><w:sdtPr><w:alias w:val="{escape(alias)}"/><w:tag w:val="{escape(alias)}"/>'
        f"</w:sdtPr><w:sdtContent>{body}</w:sdtContent></w:sdt>",
    )


def inline_control(label: str, value: str) -> str:
    """A paragraph "label" followed by a content control holding ``value``."""
    return p(
        r(label),
        f'<w:sdt><w:sdtPr><w:alias w:val="{escape(label.strip(": "))}"/></w:sdtPr>'
        f"<w:sdtContent>{r(value)}</w:sdtContent></w:sdt>",
    )


def text_box(doc: Any, *lines: str) -> None:
    """A paragraph anchoring a text box holding ``lines``, written as Word 2010 writes it: a
    shape with the text, and the same text again as a VML fallback for older programs."""
    inner = "".join(p(r(line, bold=n == 0)) for n, line in enumerate(lines))
    cx, cy = 5_400_000, 380_000 * (len(lines) + 1)
    append(
        doc,
        '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/>'
        '<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="901" name="Textruta 1"/>'
        "<wp:cNvGraphicFramePr/>"
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
        'wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="EAF1F8"/>'
        '</a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="4F81BD"/></a:solidFill></a:ln>'
        f"</wps:spPr><wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440"'
        ' bIns="45720" anchor="t"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData>'
        "</a:graphic></wp:inline></w:drawing></mc:Choice><mc:Fallback><w:pict>"
        '<v:rect style="width:425pt;height:60pt" fillcolor="#eaf1f8"><v:textbox>'
        f"<w:txbxContent>{inner}</w:txbxContent></v:textbox></v:rect></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r></w:p>",
    )


def org_chart_png(boxes: Sequence[str]) -> bytes:
    """A small organisation chart as PNG: a box for the nämnd above a row of unit boxes."""
    image = Image.new("RGB", (900, 300), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((330, 20, 570, 80), outline="navy", width=3)
    draw.text((350, 40), boxes[0], fill="navy")
    step = 880 // max(1, len(boxes) - 1)
    for number, name in enumerate(boxes[1:]):
        x = 10 + number * step
        draw.line((450, 80, x + step // 2 - 5, 180), fill="gray", width=2)
        draw.rectangle((x, 180, x + step - 20, 250), outline="navy", width=3)
        draw.text((x + 8, 205), name[:22], fill="navy")
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def picture(doc: Any, data: bytes, alt: str, width_cm: float = 15) -> None:
    """A picture in its own paragraph with ``alt`` as its alternative text (Word's
    "Alternativ text": ``wp:docPr/@descr``)."""
    run = doc.add_paragraph().add_run()
    inline = run.add_picture(io.BytesIO(data), width=Cm(width_cm))._inline
    inline.docPr.set("descr", alt)

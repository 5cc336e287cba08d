"""Embedded objects in a Word document as Word writes them, for the corpus documents that
carry content in them: a SmartArt graphic (its data model, layout, style and colour parts and
the rendered drawing, under word/diagrams), a column chart (word/charts with its caches and
workbook) and an embedded Excel worksheet (an OLE object with a preview picture)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from docx.opc.packuri import PackURI
from docx.opc.part import Part
from openpyxl import Workbook
from openpyxl.styles import Font
from PIL import Image, ImageDraw, ImageFont

from tests.word_shapes_xml import append

Node = tuple[str, list[str], int, tuple[int, int, int, int]]
"""A SmartArt node: its model id ("{GUID}"), its text lines, its level (0 the root, at most 2)
and its place (x, y, width, height in EMU)."""

A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
DGM_NS = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
DSP_NS = "http://schemas.microsoft.com/office/drawing/2008/diagram"
C_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart"
MS_RT = "http://schemas.microsoft.com/office/2007/relationships/diagramDrawing"
CT = "application/vnd.openxmlformats-officedocument."
XLSX_CT = CT + "spreadsheetml.sheet"
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
BOLD = ' b="1"'


def add_part(
    doc: Any, name: str, content_type: str, blob: bytes, rel_type: str, owner: Any = None
) -> str:
    """A package part added by hand, related from ``owner`` (the document by default); the
    relationship's id is returned."""
    part = Part(PackURI(name), content_type, blob, doc.part.package)
    return str((owner or doc.part).relate_to(part, rel_type))


# --- SmartArt --------------------------------------------------------------------------------


def _dgm_text(lines: list[str], size: int) -> str:
    return "".join(
        f'<a:p><a:r><a:rPr lang="sv-SE" sz="{size}"{BOLD if n == 0 and len(lines) > 1 else ""}'
        f"/><a:t>{escape(line)}</a:t></a:r></a:p>"
        for n, line in enumerate(lines)
    )


def _data_xml(nodes: Sequence[Node], links: Sequence[tuple[str, str]], drawing_rid: str) -> bytes:
    doc_id = "{B0000000-0000-4000-8000-000000000000}"
    points = [
        f'<dgm:pt modelId="{doc_id}" type="doc"><dgm:prSet loTypeId="urn:microsoft.com/office/'
        'officeart/2005/8/layout/hierarchy2" loCatId="hierarchy" qsTypeId="urn:microsoft.com/'
        'office/officeart/2005/8/quickstyle/simple1" qsCatId="simple" csTypeId="urn:microsoft.'
        'com/office/officeart/2005/8/colors/accent1_2" csCatId="accent1" phldr="1"/><dgm:spPr/>'
        '<dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="sv-SE"/></a:p></dgm:t></dgm:pt>'
    ]
    for model, lines, _, _ in nodes:
        points.append(
            f'<dgm:pt modelId="{model}"><dgm:prSet phldrT="[Text]"/><dgm:spPr/><dgm:t><a:bodyPr/>'
            f"<a:lstStyle/>{_dgm_text(lines, 1000)}</dgm:t></dgm:pt>"
        )
    cxns = []
    order: dict[str, int] = {}
    for n, (src, dest) in enumerate([(doc_id, nodes[0][0]), *links]):
        par, sib = (f"{{C0000000-0000-4000-8000-{n:06d}{k}00000}}" for k in (1, 2))
        cxn = f"{{D0000000-0000-4000-8000-{n:012d}}}"
        for kind, tid in (("parTrans", par), ("sibTrans", sib)):
            points.append(
                f'<dgm:pt modelId="{tid}" type="{kind}" cxnId="{cxn}"><dgm:prSet/><dgm:spPr/>'
                '<dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="sv-SE"/></a:p>'
                "</dgm:t></dgm:pt>"
            )
        cxns.append(
            f'<dgm:cxn modelId="{cxn}" srcId="{src}" destId="{dest}" srcOrd="{order.get(src, 0)}"'
            f' destOrd="0" parTransId="{par}" sibTransId="{sib}"/>'
        )
        order[src] = order.get(src, 0) + 1
    return (
        f'{XML_HEAD}<dgm:dataModel xmlns:dgm="{DGM_NS}" xmlns:a="{A_NS}" xmlns:r="{R_NS}">'
        f"<dgm:ptLst>{''.join(points)}</dgm:ptLst><dgm:cxnLst>{''.join(cxns)}</dgm:cxnLst>"
        '<dgm:bg/><dgm:whole/><dgm:extLst><a:ext uri="http://schemas.microsoft.com/office/'
        f'drawing/2008/diagram"><dsp:dataModelExt xmlns:dsp="{DSP_NS}" relId="{drawing_rid}" '
        f'minVer="http://schemas.openxmlformats.org/drawingml/2006/diagram"/></a:ext>'
        "</dgm:extLst></dgm:dataModel>"
    ).encode()


def _drawing_xml(nodes: Sequence[Node], links: Sequence[tuple[str, str]]) -> bytes:
    """The SmartArt as Word renders it: a rounded box per node and a connector per link."""
    places = {model: at for model, _, _, at in nodes}
    fills = ("1F4E79", "2E75B6", "DEEAF6")
    shapes = []
    for number, (src, dest) in enumerate(links):
        sx, sy, scx, scy = places[src]
        dx, dy, _, dcy = places[dest]
        x0, y0, x1, y1 = sx + scx, sy + scy // 2, dx, dy + dcy // 2
        flip = ' flipV="1"' if y1 < y0 else ""
        cx, cy = x1 - x0, max(abs(y1 - y0), 1)
        shapes.append(
            f'<dsp:sp modelId="{{E0000000-0000-4000-8000-{number:012d}}}"><dsp:nvSpPr>'
            f'<dsp:cNvPr id="0" name=""/><dsp:cNvSpPr/></dsp:nvSpPr><dsp:spPr><a:xfrm{flip}>'
            f'<a:off x="{x0}" y="{min(y0, y1)}"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
            '<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/><a:rect l="0" t="0" r="0" '
            f'b="0"/>'
            f'<a:pathLst><a:path w="{cx}" h="{cy}"><a:moveTo><a:pt x="0" y="0"/></a:moveTo>'
            f'<a:lnTo><a:pt x="{cx}" y="{cy}"/></a:lnTo></a:path></a:pathLst></a:custGeom>'
            '<a:noFill/><a:ln w="12700"><a:solidFill><a:srgbClr val="8EAADB"/></a:solidFill>'
            "</a:ln></dsp:spPr></dsp:sp>"
        )
    for model, lines, level, (x, y, cx, cy) in nodes:
        color = "1F1F1F" if level == 2 else "FFFFFF"
        text = "".join(
            f'<a:p><a:pPr algn="{"l" if level == 2 else "ctr"}"/><a:r><a:rPr lang="sv-SE" '
            f'sz="{900 if level == 2 else 1050}"{BOLD if n == 0 and level < 2 else ""}>'
            f'<a:solidFill><a:srgbClr val="{color}"/></a:solidFill></a:rPr>'
            f"<a:t>{escape(line)}</a:t></a:r></a:p>"
            for n, line in enumerate(lines)
        )
        shapes.append(
            f'<dsp:sp modelId="{model}"><dsp:nvSpPr><dsp:cNvPr id="0" name=""/><dsp:cNvSpPr/>'
            f'</dsp:nvSpPr><dsp:spPr><a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{cx}" '
            f'cy="{cy}"/></a:xfrm><a:prstGeom prst="roundRect"><a:avLst/></a:prstGeom>'
            f'<a:solidFill><a:srgbClr val="{fills[level]}"/></a:solidFill><a:ln w="12700">'
            '<a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill></a:ln></dsp:spPr>'
            '<dsp:txBody><a:bodyPr spcFirstLastPara="0" vert="horz" wrap="square" lIns="54000" '
            'tIns="36000" rIns="54000" bIns="36000" numCol="1" anchor="ctr" anchorCtr="0">'
            f"<a:noAutofit/></a:bodyPr><a:lstStyle/>{text}</dsp:txBody>"
            f'<dsp:txXfrm><a:off x="{x}" y="{y}"/><a:ext cx="{cx}" cy="{cy}"/></dsp:txXfrm>'
            "</dsp:sp>"
        )
    return (
        f'{XML_HEAD}<dsp:drawing xmlns:dgm="{DGM_NS}" xmlns:dsp="{DSP_NS}" xmlns:a="{A_NS}">'
        '<dsp:spTree><dsp:nvGrpSpPr><dsp:cNvPr id="0" name=""/><dsp:cNvGrpSpPr/></dsp:nvGrpSpPr>'
        f"<dsp:grpSpPr/>{''.join(shapes)}</dsp:spTree></dsp:drawing>"
    ).encode()


_LAYOUT = (
    f'{XML_HEAD}<dgm:layoutDef xmlns:dgm="{DGM_NS}" xmlns:a="{A_NS}" uniqueId="urn:microsoft.'
    'com/office/officeart/2005/8/layout/hierarchy2"><dgm:title val=""/><dgm:desc val=""/>'
    '<dgm:catLst><dgm:cat type="hierarchy" pri="2000"/></dgm:catLst>'
    '<dgm:layoutNode name="hierChild1"><dgm:varLst><dgm:orgChart val="1"/>'
    '<dgm:dir/><dgm:animLvl val="lvl"/><dgm:resizeHandles val="exact"/></dgm:varLst>'
    '<dgm:alg type="hierChild"><dgm:param type="linDir" val="fromT"/></dgm:alg><dgm:shape>'
    '<dgm:adjLst/></dgm:shape><dgm:forEach name="Name0" axis="ch" ptType="node">'
    '<dgm:layoutNode name="root1" styleLbl="node0"><dgm:alg type="tx"/>'
    '<dgm:shape type="roundRect"><dgm:adjLst/></dgm:shape><dgm:presOf axis="self"/>'
    "</dgm:layoutNode></dgm:forEach></dgm:layoutNode></dgm:layoutDef>"
).encode()
_STYLE = (
    f'{XML_HEAD}<dgm:styleDef xmlns:dgm="{DGM_NS}" xmlns:a="{A_NS}" uniqueId="urn:microsoft.'
    'com/office/officeart/2005/8/quickstyle/simple1"><dgm:title val=""/><dgm:desc val=""/>'
    '<dgm:catLst><dgm:cat type="simple" pri="10100"/></dgm:catLst><dgm:scene3d><a:camera '
    'prst="orthographicFront"/><a:lightRig rig="threePt" dir="t"/></dgm:scene3d><dgm:styleLbl '
    'name="node0"><dgm:scene3d><a:camera prst="orthographicFront"/><a:lightRig rig="threePt" '
    'dir="t"/></dgm:scene3d><dgm:sp3d/><dgm:txPr/><dgm:style><a:lnRef idx="2"><a:scrgbClr '
    'r="0" g="0" b="0"/></a:lnRef><a:fillRef idx="1"><a:scrgbClr r="0" g="0" b="0"/>'
    '</a:fillRef><a:effectRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:effectRef><a:fontRef '
    'idx="minor"><a:schemeClr val="lt1"/></a:fontRef></dgm:style></dgm:styleLbl></dgm:styleDef>'
).encode()
_COLORS = (
    f'{XML_HEAD}<dgm:colorsDef xmlns:dgm="{DGM_NS}" xmlns:a="{A_NS}" uniqueId="urn:microsoft.'
    'com/office/officeart/2005/8/colors/accent1_2"><dgm:title val=""/><dgm:desc val=""/>'
    '<dgm:catLst><dgm:cat type="accent1" pri="11200"/></dgm:catLst><dgm:styleLbl name="node0">'
    '<dgm:fillClrLst meth="repeat"><a:schemeClr val="accent1"/></dgm:fillClrLst><dgm:linClrLst '
    'meth="repeat"><a:schemeClr val="lt1"/></dgm:linClrLst><dgm:effectClrLst/><dgm:txLinClrLst/>'
    '<dgm:txFillClrLst meth="repeat"><a:schemeClr val="lt1"/></dgm:txFillClrLst>'
    "<dgm:txEffectClrLst/></dgm:styleLbl></dgm:colorsDef>"
).encode()


def inline(docpr: int, name: str, size: tuple[int, int], alt: str, graphic_data: str) -> str:
    """A paragraph holding an inline graphic frame of ``graphic_data``."""
    cx, cy = size
    descr = f' descr="{escape(alt)}"' if alt else ""
    return (
        f'<w:p xmlns:r="{R_NS}"><w:pPr><w:jc w:val="center"/></w:pPr><w:r>'
        f'<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" '
        f'cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="{docpr}" '
        f'name="{name}"{descr}/><wp:cNvGraphicFramePr/><a:graphic>{graphic_data}</a:graphic>'
        "</wp:inline></w:drawing></w:r></w:p>"
    )


def smartart(
    doc: Any,
    nodes: Sequence[Node],
    links: Sequence[tuple[str, str]],
    size: tuple[int, int],
    alt: str,
) -> None:
    """A SmartArt graphic of ``nodes`` (the first the root) linked parent to child by
    ``links``: its parts written by hand and related from the document, and a paragraph
    holding it."""
    ms_ct = "application/vnd.ms-office.drawingml.diagramDrawing+xml"
    drawing = add_part(doc, "/word/diagrams/drawing1.xml", ms_ct, _drawing_xml(nodes, links), MS_RT)
    dgm, rel = CT + "drawingml.diagram", R_NS + "/diagram"
    dm = add_part(
        doc,
        "/word/diagrams/data1.xml",
        dgm + "Data+xml",
        _data_xml(nodes, links, drawing),
        rel + "Data",
    )
    lo = add_part(doc, "/word/diagrams/layout1.xml", dgm + "Layout+xml", _LAYOUT, rel + "Layout")
    qs = add_part(
        doc, "/word/diagrams/quickStyle1.xml", dgm + "Style+xml", _STYLE, rel + "QuickStyle"
    )
    cs = add_part(doc, "/word/diagrams/colors1.xml", dgm + "Colors+xml", _COLORS, rel + "Colors")
    data = (
        f'<a:graphicData uri="{DGM_NS}"><dgm:relIds xmlns:dgm="{DGM_NS}" r:dm="{dm}" '
        f'r:lo="{lo}" r:qs="{qs}" r:cs="{cs}"/></a:graphicData>'
    )
    append(doc, inline(301, "Diagram 1", size, alt, data))


# --- the embedded worksheet and the chart ----------------------------------------------------


def workbook(title: str, header: list[str], rows: list[list[Any]], fmt: str) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Blad1"
    if title:
        sheet.append([title])
        sheet["A1"].font = Font(bold=True, size=12)
        sheet.append([])
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    for cells in sheet.iter_rows(min_row=sheet.max_row - len(rows) + 1):
        for cell in cells[1:]:
            cell.number_format = fmt
    for cell in sheet[sheet.max_row - len(rows)]:
        cell.font = Font(bold=True)
    sheet.column_dimensions["A"].width = 32
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def table_picture(rows: list[list[str]]) -> bytes:
    """The worksheet's picture as Word shows the object: a grid of the visible cells."""
    font = ImageFont.truetype("DejaVuSans.ttf", 15)
    bold = ImageFont.truetype("DejaVuSans-Bold.ttf", 15)
    widths = [300] + [120] * (len(rows[0]) - 1)
    image = Image.new("RGB", (sum(widths) + 1, 30 * len(rows) + 1), "white")
    draw = ImageDraw.Draw(image)
    for r, row in enumerate(rows):
        x = 0
        for c, text in enumerate(row):
            draw.rectangle((x, r * 30, x + widths[c], r * 30 + 30), outline="#bfbfbf")
            face = bold if r in (0, len(rows) - 1) else font
            width = draw.textlength(text, font=face)
            left = x + 6 if c == 0 else x + widths[c] - 6 - width
            draw.text((left, r * 30 + 6), text, fill="black", font=face)
            x += widths[c]
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def embedded_worksheet(
    doc: Any, book: bytes, picture: bytes, size_pt: tuple[int, int], object_id: int
) -> None:
    """A paragraph holding an embedded Excel worksheet as Word pastes one: a ``w:object`` whose
    VML shape shows ``picture`` and whose ``o:OLEObject`` (ProgID "Excel.Sheet.12") points to
    the workbook ``book`` in word/embeddings (one such object a document)."""
    name = "/word/embeddings/Microsoft_Excel_Worksheet.xlsx"
    sheet = add_part(doc, name, XLSX_CT, book, R_NS + "/package")
    image, _ = doc.part.get_or_add_image(io.BytesIO(picture))
    width, height = size_pt
    append(
        doc,
        '<w:p xmlns:o="urn:schemas-microsoft-com:office:office"'
        f' xmlns:r="{R_NS}"><w:r><w:object w:dxaOrig="{width * 20}" w:dyaOrig="{height * 20}">'
        '<v:shapetype id="_x0000_t75" coordsize="21600,21600" o:spt="75" o:preferrelative="t" '
        'path="m@4@5l@4@11@9@11@9@5xe" filled="f" stroked="f"><v:stroke joinstyle="miter"/>'
        '<v:path o:extrusionok="f" gradientshapeok="t" o:connecttype="rect"/>'
        f'<o:lock v:ext="edit" aspectratio="t"/></v:shapetype><v:shape id="_x0000_i{object_id}" '
        f'type="#_x0000_t75" style="width:{width}pt;height:{height}pt" o:ole=""><v:imagedata '
        f'r:id="{image}" o:title=""/></v:shape><o:OLEObject Type="Embed" ProgID="Excel.Sheet.12"'
        f' ShapeID="_x0000_i{object_id}" DrawAspect="Content" ObjectID="_17962{object_id}" '
        f'r:id="{sheet}"/></w:object></w:r></w:p>',
    )


def _series(index: int, name: str, categories: Sequence[str], figures: Sequence[int]) -> str:
    column = "BC"[index]
    cats = "".join(f'<c:pt idx="{n}"><c:v>{y}</c:v></c:pt>' for n, y in enumerate(categories))
    vals = "".join(f'<c:pt idx="{n}"><c:v>{v}</c:v></c:pt>' for n, v in enumerate(figures))
    count = f'<c:ptCount val="{len(figures)}"/>'
    return (
        f'<c:ser><c:idx val="{index}"/><c:order val="{index}"/><c:tx><c:strRef><c:f>Blad1!'
        f'${column}$1</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>{escape(name)}'
        f'</c:v></c:pt></c:strCache></c:strRef></c:tx><c:spPr><a:solidFill><a:srgbClr val="'
        f'{("2E75B6", "A9D18E")[index]}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>'
        '<c:dLbls><c:numFmt formatCode="#,##0" sourceLinked="0"/><c:spPr><a:noFill/><a:ln>'
        "<a:noFill/></a:ln></c:spPr><c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr "
        'sz="800"/></a:pPr><a:endParaRPr lang="sv-SE"/></a:p></c:txPr><c:dLblPos val="outEnd"/>'
        '<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName '
        'val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>'
        f"<c:cat><c:numRef><c:f>Blad1!$A$2:$A$6</c:f><c:numCache><c:formatCode>General"
        f"</c:formatCode>{count}{cats}</c:numCache></c:numRef></c:cat><c:val><c:numRef><c:f>"
        f"Blad1!${column}$2:${column}$6</c:f><c:numCache><c:formatCode>General</c:formatCode>"
        f"{count}{vals}</c:numCache></c:numRef></c:val></c:ser>"
    )


def _chart_xml(
    title: str,
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[int]]],
    book_rid: str,
) -> bytes:
    axis = (
        '<c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>'
        '<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>'
    )
    return (
        f'{XML_HEAD}<c:chartSpace xmlns:c="{C_NS}" xmlns:a="{A_NS}" xmlns:r="{R_NS}">'
        '<c:date1904 val="0"/><c:lang val="sv-SE"/><c:roundedCorners val="0"/><c:chart>'
        '<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/>'
        f'</a:pPr><a:r><a:rPr lang="sv-SE" sz="1200" b="1"/><a:t>{escape(title)}'
        '</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted '
        'val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping '
        'val="clustered"/><c:varyColors val="0"/>'
        + "".join(_series(n, name, categories, v) for n, (name, v) in enumerate(series))
        + '<c:gapWidth val="80"/><c:axId val="510001"/><c:axId val="510002"/></c:barChart>'
        f'<c:catAx><c:axId val="510001"/>{axis}<c:crossAx val="510002"/><c:crosses '
        'val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/>'
        '</c:catAx><c:valAx><c:axId val="510002"/>'
        f'{axis}<c:majorGridlines/><c:numFmt formatCode="#,##0" sourceLinked="0"/><c:crossAx '
        'val="510001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>'
        '</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>'
        '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart><c:externalData '
        f'r:id="{book_rid}"><c:autoUpdate val="0"/></c:externalData></c:chartSpace>'
    ).encode()


def column_chart(
    doc: Any,
    title: str,
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[int]]],
    size: tuple[int, int],
) -> None:
    """A paragraph holding a column chart with data labels: word/charts/chart1.xml with the
    categories and figures in its caches, and the workbook it was drawn from embedded."""
    rows = [[int(y), *(v[n] for _, v in series)] for n, y in enumerate(categories)]
    book = workbook("", ["År", *(name for name, _ in series)], rows, "General")
    ct = CT + "drawingml.chart+xml"
    part = Part(PackURI("/word/charts/chart1.xml"), ct, b"", doc.part.package)
    name = "/word/embeddings/Microsoft_Excel_Worksheet1.xlsx"
    book_rid = add_part(doc, name, XLSX_CT, book, R_NS + "/package", owner=part)
    part._blob = _chart_xml(title, categories, series, book_rid)
    rid = doc.part.relate_to(part, R_NS + "/chart")
    data = f'<a:graphicData uri="{C_NS}"><c:chart xmlns:c="{C_NS}" r:id="{rid}"/></a:graphicData>'
    append(doc, inline(302, "Diagram 2", size, "", data))

"""A plan without heading styles whose headings are bold lines in a larger size: the chapters
in one size, the sections under them in a smaller one, the cover's lines (in a floating text
box) each in a size of its own. The cover ends at the first chapter heading; a bold line in the
body's size is no heading."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document
from docx.shared import Pt

from tests.word_shapes_xml import append, p, r
from vplan_desktop.imports.word import read_source, read_word
from vplan_desktop.imports.word_sizes import heading_sizes


def _bold(doc: Any, text: str, size: int = 0) -> None:
    run = doc.add_paragraph().add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)


def _text_box(doc: Any, *lines: tuple[str, int]) -> None:
    """A floating text box (``wp:anchor``) holding bold ``lines`` in their sizes."""
    inner = "".join(p(r(text, bold=True, size=size)) for text, size in lines)
    append(
        doc,
        '<w:p><w:r><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" '
        'relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>center'
        '</wp:align></wp:positionH><wp:positionV relativeFrom="page"><wp:posOffset>2700000'
        '</wp:posOffset></wp:positionV><wp:extent cx="5760000" cy="1800000"/>'
        '<wp:wrapTopAndBottom/><wp:docPr id="9" name="Textruta 1"/><a:graphic><a:graphicData '
        'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
        '<wps:cNvSpPr txBox="1"/><wps:spPr/><wps:txbx><w:txbxContent>'
        f"{inner}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic>"
        "</wp:anchor></w:drawing></w:r></w:p>",
    )


def _plan(path: Path) -> None:
    doc = Document()
    _text_box(
        doc,
        ("Ekby kommun", 14),
        ("Fritidsnämnden", 20),
        ("Verksamhetsplan och budget 2027–2028", 28),
    )
    doc.add_paragraph("Diarienummer FN-2026-12")
    _bold(doc, "Inledning", 16)
    doc.add_paragraph("Planen gäller två år och bygger på fullmäktiges mål och ram.")
    _bold(doc, "Omvärld", 16)
    _bold(doc, "Barn och unga", 12)
    doc.add_paragraph("Färre barn är aktiva i föreningar än för fem år sedan.")
    _bold(doc, "Lokaler", 12)
    doc.add_paragraph("Simhallen behöver renoveras inom tio år.")
    _bold(doc, "Uppföljning", 16)
    _bold(doc, "Rapport till nämnden")  # the body's size: a lead-in, no heading
    doc.add_paragraph("Nämnden får en rapport i augusti och en i februari.")
    doc.save(str(path))


def test_heading_levels_by_size_and_the_cover_in_a_text_box(tmp_path: Path) -> None:
    path = tmp_path / "plan.docx"
    _plan(path)
    assert heading_sizes(read_source(path).blocks) == {16.0: 1, 12.0: 2}
    result = read_word(path)
    assert result.titel == "Verksamhetsplan och budget 2027–2028"
    assert (result.forsta_ar, result.sista_ar) == (2027, 2028)
    assert result.namnd == "Fritidsnämnden"
    assert result.diarienummer == "FN-2026-12"
    chapters = result.data["kapitel"]
    assert [c["rubrik"] for c in chapters] == ["Inledning", "Omvärld", "Uppföljning"]
    # the sections are headings in their chapter, the first right under the chapter's own
    assert "Barn och unga" in chapters[1]["text"] and "Lokaler" in chapters[1]["text"]
    assert "Rapport till nämnden" in chapters[2]["text"]


def test_bold_lines_without_sizes_stay_chapters(tmp_path: Path) -> None:
    """Negative: bold lines in the style's size, or in a set size below a chapter's, are read
    as before (each a chapter); no size rule fires."""
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2027 för fritidsnämnden")
    for heading, size in (("Inledning", 0), ("Uppdrag", 0), ("Ekonomi", 11), ("Mål", 11)):
        _bold(doc, heading, size)
        doc.add_paragraph("Nämnden ansvarar för fritidsgårdar och idrottshallar i kommunen.")
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    assert heading_sizes(read_source(path).blocks) == {}
    chapters = [c["rubrik"] for c in read_word(path).data["kapitel"]]
    assert chapters[-4:] == ["Inledning", "Uppdrag", "Ekonomi", "Mål"]

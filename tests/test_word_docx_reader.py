"""The Word import's reader: the document as Word shows it with every change accepted, what
python-docx does not show read from the XML, and what is not the plan's body set aside."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from tests.docx_xml import add_footnote_part, add_xml, cell, paragraph, row, run, table
from vplan_desktop.imports.word_blocks import BlockKind, HeadingBy
from vplan_desktop.imports.word_docx import read_docx


def _texts(path: Path) -> list[str]:
    return [b.text for b in read_docx(path).blocks]


def test_tracked_changes_are_read_as_accepted(tmp_path: Path) -> None:
    doc = Document()
    add_xml(
        doc,
        "<w:p>"
        + run("Nämnden ska ")
        + '<w:ins w:id="1" w:author="Anna">'
        + run("alltid ")
        + "</w:ins>"
        + '<w:del w:id="2" w:author="Anna"><w:r><w:delText>ibland </w:delText></w:r></w:del>'
        + run("följa upp.")
        + "</w:p>",
    )
    add_xml(
        doc,
        table(
            row(cell("Aktivitet"), cell("Ansvarig")),
            "<w:tr><w:tc><w:p>"
            + '<w:ins w:id="3" w:author="Anna"><w:r><w:t>Ny rutin</w:t></w:r></w:ins>'
            + '</w:p></w:tc><w:tc><w:p><w:del w:id="4" w:author="Anna"><w:r><w:delText>Olle'
            + "</w:delText></w:r></w:del>"
            + run("Anna")
            + "</w:p></w:tc></w:tr>",
            '<w:tr><w:trPr><w:del w:id="5" w:author="Anna"/></w:trPr>'
            + cell("Struken rad")
            + cell("Bo")
            + "</w:tr>",
        ),
    )
    doc.save(str(tmp_path / "a.docx"))
    source = read_docx(tmp_path / "a.docx")
    assert source.blocks[0].text == "Nämnden ska alltid följa upp."
    grid = source.blocks[1]
    assert [grid.row_texts(r) for r in range(len(grid.rows))] == [
        ["Aktivitet", "Ansvarig"],
        ["Ny rutin", "Anna"],
    ]


def test_content_controls_text_boxes_and_fields(tmp_path: Path) -> None:
    doc = Document()
    add_xml(
        doc,
        "<w:sdt><w:sdtPr><w:alias w:val='Nämnd'/></w:sdtPr><w:sdtContent>"
        + paragraph(run("Kulturnämnden"))
        + "</w:sdtContent></w:sdt>",
    )
    add_xml(
        doc,
        "<w:p>"
        + run("Diarienummer: ")
        + "<w:sdt><w:sdtPr/><w:sdtContent>"
        + run("KN 2026/12")
        + "</w:sdtContent></w:sdt></w:p>",
    )
    add_xml(
        doc,
        "<w:p><w:r><mc:AlternateContent><mc:Choice Requires='wps'><w:drawing><wp:anchor>"
        "<wp:docPr id='1' name='Ruta'/><a:graphic><a:graphicData><wps:wsp><wps:txbx>"
        "<w:txbxContent>"
        + paragraph(run("Text i en textruta"))
        + "</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor>"
        "</w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>"
        + paragraph(run("Text i en textruta"))
        + "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent>"
        "</w:r></w:p>",
    )
    add_xml(
        doc,
        "<w:p>"
        + run("Sidan ")
        + "<w:r><w:fldChar w:fldCharType='begin'/></w:r><w:r><w:instrText> PAGE </w:instrText>"
        "</w:r><w:r><w:fldChar w:fldCharType='separate'/></w:r>"
        + run("7")
        + "<w:r><w:fldChar w:fldCharType='end'/></w:r>"
        + "<w:fldSimple w:instr=' DATE '>"
        + run(" i dag")
        + "</w:fldSimple></w:p>",
    )
    doc.save(str(tmp_path / "b.docx"))
    assert _texts(tmp_path / "b.docx") == [
        "Kulturnämnden",
        "Diarienummer: KN 2026/12",
        "Text i en textruta",  # once: the fallback for older programs is the same text
        "Sidan 7 i dag",
    ]


def test_toc_headers_footers_comments_and_footnotes_are_set_aside(tmp_path: Path) -> None:
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "Kulturnämnden – sidhuvud"
    doc.sections[0].footer.paragraphs[0].text = "Sidfot"
    add_xml(
        doc,
        "<w:p><w:r><w:fldChar w:fldCharType='begin'/></w:r><w:r><w:instrText>"
        ' TOC \\o "1-3" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        + run("Inledning\t3")
        + "</w:p>",
    )
    add_xml(doc, paragraph(run("Mål\t5"), "<w:r><w:fldChar w:fldCharType='end'/></w:r>"))
    doc.add_heading("Inledning", 1)
    commented = doc.add_paragraph("Nämnden prioriterar barnen.")
    doc.add_comment(commented.runs, text="Stämmer detta?", author="Anna Svensson")
    add_xml(
        doc,
        "<w:p>"
        + run("Kostnaden ökar")
        + "<w:r><w:footnoteReference w:id='1'/></w:r>"
        + run(".")
        + "</w:p>",
    )
    doc.save(str(tmp_path / "c.docx"))
    add_footnote_part(tmp_path / "c.docx", "Enligt bokslutet 2025.")
    source = read_docx(tmp_path / "c.docx")
    assert [b.text for b in source.blocks] == [
        "Inledning",
        "Nämnden prioriterar barnen.",
        "Kostnaden ökar.",
    ]
    assert source.toc == ["Inledning 3", "Mål 5"]
    assert source.comments == ["Anna Svensson: Stämmer detta?"]
    assert source.blocks[2].notes == ("Enligt bokslutet 2025.",)
    assert "Kulturnämnden – sidhuvud" in source.set_aside and "Sidfot" in source.set_aside


def test_merged_cells_are_one_cell_in_every_place(tmp_path: Path) -> None:
    doc = Document()
    add_xml(
        doc,
        table(
            row(cell("Nämndsmål 1: Fler läser", span=4)),
            row(cell("Indikator"), cell("Nuläge"), cell("Målnivåer:", span=2)),
            row(cell(""), cell(""), cell("2027"), cell("2028")),
            row(cell("Lån per invånare", merge="restart"), cell("5"), cell("6"), cell("7")),
            row(cell("", merge="continue"), cell("5,5"), cell("6,5"), cell("7,5")),
        ),
    )
    doc.save(str(tmp_path / "d.docx"))
    [grid] = read_docx(tmp_path / "d.docx").blocks
    assert grid.width == 4
    assert grid.rows[0][0] is grid.rows[0][3]
    assert grid.spread_texts(1) == ["Indikator", "Nuläge", "Målnivåer:", "Målnivåer:"]
    assert grid.row_texts(1) == ["Indikator", "Nuläge", "Målnivåer:", ""]
    assert grid.is_merged_down(4, 0) and grid.row_texts(4)[0] == "Lån per invånare"


def test_headings_lists_and_lines_that_look_like_headings(tmp_path: Path) -> None:
    doc = Document()
    doc.add_heading("Bilaga 1 Nyckeltal", 1)
    doc.add_heading("Inledning", 2)
    doc.add_paragraph("Biblioteken", style="List Bullet")
    doc.add_paragraph("Steg ett", style="List Number")
    bold = doc.add_paragraph()
    bold.add_run("Ekonomi i balans").bold = True
    doc.add_paragraph("3.2 Mål för året")
    doc.add_paragraph("DRIFTVERKSAMHET")
    doc.add_paragraph("En vanlig mening som slutar med punkt.")
    doc.save(str(tmp_path / "e.docx"))
    blocks = read_docx(tmp_path / "e.docx").blocks
    assert [(b.kind, b.level) for b in blocks[:2]] == [
        (BlockKind.HEADING, 1),
        (BlockKind.HEADING, 2),
    ]
    assert [(b.kind, b.numbered) for b in blocks[2:4]] == [
        (BlockKind.LIST_ITEM, False),
        (BlockKind.LIST_ITEM, True),
    ]
    assert [(b.candidate_level, b.heading_by) for b in blocks[4:]] == [
        (1, HeadingBy.BOLD),
        (2, HeadingBy.NUMBER),
        (1, HeadingBy.CAPS),
        (None, None),
    ]

"""A plan published as a PDF and opened again in Word (Word's PDF reflow) ends each page with
a hard page break instead of a section: the page's printed footer ("Sida 4 av 12") stands
just before the break and its running header just after it, and a table the page end split
goes on after the break with its header row repeated. A hard page break ends a page as a
section does: the lines repeated at the page edges are set aside as page headers and
footers, and the table's parts are joined. A page break with text after it in its paragraph
does not end the paragraph's page."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK

from vplan_desktop.imports.word import read_source
from vplan_desktop.imports.word_blocks import BlockKind
from vplan_desktop.imports.word_page_ends import ends_page

RUNNING = "Tekniska nämnden – Verksamhetsplan med budget 2027"
HEADER = ["Aktivitet", "Ansvarig", "Klart"]


def _doc(path: Path) -> Path:
    doc = Document()
    pages = [
        ["Inledning", "Nämnden ansvarar för gator, parker och lekplatser i kommunen."],
        ["Aktiviteter", "Aktiviteterna visar vad förvaltningen gör."],
        [],
    ]
    parts = [
        [
            ["Trygghetsvandringar", "Gatuchef", "juni 2027"],
            ["Byte till LED", "Gatuchef", "2027-12-31"],
        ],
        [["Ny lekplats i Norra Strand", "Parkchef", "Q3 2027"]],
    ]
    for number, page in enumerate(pages, start=1):
        if number > 1:
            doc.add_paragraph(RUNNING)
        for text in page:
            doc.add_paragraph(text)
        if number > 1:
            rows = [HEADER, *parts[number - 2]]
            table = doc.add_table(rows=len(rows), cols=3)
            for r, row in enumerate(rows):
                for c, text in enumerate(row):
                    table.cell(r, c).text = text
        doc.add_paragraph(f"Sida {number} av {len(pages)}")
        if number < len(pages):
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.save(str(path))
    return path


def test_page_furniture_at_hard_page_breaks_is_set_aside_and_tables_joined(tmp_path: Path) -> None:
    source = read_source(_doc(tmp_path / "plan.docx"))
    texts = [b.text for b in source.blocks if b.kind is not BlockKind.TABLE]
    assert RUNNING not in texts
    assert not any(t.startswith("Sida ") for t in texts)
    assert "Sida 2 av 3" in source.set_aside and RUNNING in source.set_aside
    [table] = [b for b in source.blocks if b.kind is BlockKind.TABLE]
    assert [r[0].text for r in table.rows] == [
        "Aktivitet", "Trygghetsvandringar", "Byte till LED", "Ny lekplats i Norra Strand"
    ]  # fmt: skip


def test_a_break_before_text_in_its_paragraph_does_not_end_that_page(tmp_path: Path) -> None:
    doc = Document()
    ended = doc.add_paragraph("Slutet av sidan.")
    ended.add_run().add_break(WD_BREAK.PAGE)
    going_on = doc.add_paragraph("Före")
    going_on.add_run().add_break(WD_BREAK.PAGE)
    going_on.add_run("efter brytningen.")
    line = doc.add_paragraph("Rad")
    line.add_run().add_break()  # a line break is no page end
    assert [ends_page(p._p) for p in (ended, going_on, line)] == [True, False, False]

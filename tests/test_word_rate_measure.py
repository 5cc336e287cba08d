"""The corpus measure's reading of printed figures (tests/word_rate_texts.py): a negative
amount in parentheses is the plan's negative amount, and a target with its unit in words
("max 10 dagar") is the plan's target with its comparison and unit – neither is a lost text;
the same texts are lost when the plan holds another figure or no such unit. A key-figure row
expected with a unit of its own (an "Enhet" column) is found only with that unit. A superscript
note number after a figure ("85 %" and "1") is read as a reference to its note, as Word's own
footnote reference is; a superscript after a letter ("m2") is part of the text."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from docx import Document

from tests.word_rate import rate
from tests.word_rate_texts import lost_texts, number, source_texts
from tests.word_shapes_model import Expected, Front, KeyRow
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.services.read import read_plan

FRONT = Front("Nämnden", "Kommunen", 2027, 2027)


def test_a_negative_amount_in_parentheses() -> None:
    assert number("(18 240)") == (Decimal(-18240), "")
    assert number("( 1 234,5 )") == (Decimal("-1234.5"), "")
    assert number("18 240") == (Decimal(18240), "")
    assert number("(se nedan)") is None
    assert number("(-5)") is None  # a sign inside the brackets is no way to print an amount


def test_printed_figures_the_plan_holds_are_not_lost() -> None:
    plan = " ¶ ".join(["-18240", "10", "högst", "dagar", "Tid till bekräftelse"])
    sources = ["(18 240)", "max 10 dagar", "Tid till bekräftelse"]
    assert lost_texts(sources, plan, Expected("t", FRONT)) == []
    other = " ¶ ".join(["-18250", "10", "högst", "Tid till bekräftelse"])
    assert lost_texts(sources, other, Expected("t", FRONT)) == ["(18 240)", "max 10 dagar"]


def test_a_key_figure_rows_unit_is_checked_against_the_rows_unit(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2027")
    doc.add_heading("Nyckeltal", 1)
    rows = [["Nyckeltal", "Enhet", "2024", "2025"], ["Kostnad per skollunch", "kr", "38", "40"]]
    table = doc.add_table(rows=2, cols=4)
    for cells, row in zip(rows, table.rows, strict=True):
        for text, cell in zip(cells, row.cells, strict=True):
            cell.text = text
    doc.save(str(tmp_path / "plan.docx"))
    import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        plan = read_plan(opened)
    values = {"2024": "38", "2025": "40"}
    expected = Expected(
        "t", FRONT, key_figures=[KeyRow("", "Kostnad per skollunch", values, unit="kr")]
    )
    assert rate(expected, plan).missing == []
    expected.key_figures = [KeyRow("", "Kostnad per skollunch", values, unit="kronor")]
    assert rate(expected, plan).missing == [
        "nyckeltal: ”Kostnad per skollunch”: enhet ”kr”, väntad ”kronor”"
    ]


def test_a_superscript_note_number_after_a_figure_is_a_reference(tmp_path: Path) -> None:
    document = Document()
    cell = document.add_table(rows=1, cols=2).rows[0].cells
    for target, (figure, mark) in zip(cell, [("85 %", "1"), ("Yta 120 m", "2")], strict=True):
        paragraph = target.paragraphs[0]
        paragraph.add_run(figure)
        paragraph.add_run(mark).font.superscript = True
    document.add_paragraph("1 Avser 2025.")
    path = tmp_path / "noter.docx"
    document.save(str(path))
    assert source_texts(path) == ["85 %", "Yta 120 m2", "1 Avser 2025."]


def test_a_paragraphs_lines_may_each_be_kept(tmp_path: Path) -> None:
    """A heading line over its body in one paragraph (a plan converted from a PDF) is kept
    when the plan holds the heading and the body apart, and lost when it holds neither."""
    doc = Document()
    paragraph = doc.add_paragraph()
    paragraph.add_run("Omvärld").bold = True
    paragraph.add_run().add_break()
    paragraph.add_run("Befolkningen växer i kommunens norra delar.")
    doc.save(str(tmp_path / "plan.docx"))
    sources = source_texts(tmp_path / "plan.docx")
    assert sources == ["Omvärld\u204bBefolkningen växer i kommunens norra delar."]
    plan = " ¶ ".join(["Omvärld", "Befolkningen växer i kommunens norra delar."])
    assert lost_texts(sources, plan, Expected("t", FRONT)) == []
    lost = lost_texts(sources, "Omvärld", Expected("t", FRONT))
    assert lost == ["Omvärld Befolkningen växer i kommunens norra delar."]


def test_a_reflowed_pdfs_marks_are_not_lost_text() -> None:
    """A bullet typed before an item is the list's mark; a hyphen a PDF's line end left inside
    a word ("verk-samheten") is dropped by a reader; two figures of two merged columns ("142
    136") are two figures the plan holds apart."""
    plan = " ¶ ".join(
        ["Fler äldre bor kvar hemma.", "vilka resurser verksamheten har", "142", "136"]
    )
    sources = ["•\tFler äldre bor kvar hemma.", "vilka resurser verk-samheten har", "142 136"]
    assert lost_texts(sources, plan, Expected("t", FRONT)) == []
    other = " ¶ ".join(["Fler yngre bor kvar hemma.", "vilka resurser verket har", "142", "36"])
    lost = ["Fler äldre bor kvar hemma.", "vilka resurser verk-samheten har", "142 136"]
    assert lost_texts(sources, other, Expected("t", FRONT)) == lost

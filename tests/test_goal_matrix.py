"""The goals in summary: a table at the head of the goal chapter with each goal's targets per
plan year, built from the goals, printed in Word and PDF."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from tests.pdf_reading import pdf_text
from tests.word_reading import style_name
from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.exports.export import export_plan
from vplan_desktop.exports.goal_matrix import IN_WORDS, TITLE, goal_matrix
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import items
from vplan_desktop.services.read import read_plan


def _texts(plan: d.PlanSnapshot) -> list[list[str]]:
    table = goal_matrix(plan)
    assert table is not None
    return [[" ".join(cell.text.split()) for cell in row] for row in table.rows]


def test_each_goal_with_targets_has_its_rows_under_its_area(example_doc: PlanDocument) -> None:
    plan = read_plan(example_doc)
    rows = _texts(plan)
    areas = [row[0] for row in rows if row[1:] == [""] * (len(row) - 1)]
    assert areas == [a.rubrik for a in plan.malomraden]
    first = plan.indikatorer[0]
    row = next(r for r in rows if r[1] == first.namn)
    assert row[2:] == ["74 %", "76 %", "78 %"]
    assert row[0].startswith("Nämndsmål 1 – ")
    # A goal followed up in words has its texts per year; a comparison is printed with it.
    words = next(r for r in rows if r[1] == IN_WORDS and "delaktighet" in r[2])
    assert words[0].startswith("Nämndsmål 5 – ")
    assert any("≥ 95 %" in cell for r in rows for cell in r)
    # KF goals without targets of their own are left out; their goals still stand.
    assert not any(r[0].startswith("Kommunfullmäktiges mål") for r in rows)


def test_no_targets_no_summary(doc: PlanDocument) -> None:
    area = items.add_item(doc, ItemKind.MALOMRADE, {"namn": "Trygghet"}).item_id
    items.add_item(doc, ItemKind.NAMNDSMAL, {"malomrade_id": area, "text": "Stöd i tid"})
    assert goal_matrix(read_plan(doc)) is None


def test_word_and_pdf_print_the_summary_before_the_goals(
    example_doc: PlanDocument, tmp_path: Path
) -> None:
    plan = read_plan(example_doc)
    word, pdf = tmp_path / "plan.docx", tmp_path / "plan.pdf"
    export_plan(plan, "docx", word)
    export_plan(plan, "pdf", pdf)
    paragraphs = Document(str(word)).paragraphs
    headings = [p.text for p in paragraphs if style_name(p).startswith("Heading")]
    assert headings.index(TITLE) < headings.index(plan.malomraden[0].rubrik)
    text = " ".join(pdf_text(pdf).split())
    assert TITLE in text
    assert text.index(TITLE) < text.index("En modell för barns delaktighet")

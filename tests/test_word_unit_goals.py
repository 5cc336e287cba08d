"""A nämnd's plan compiled from its förvaltning's units: under a heading naming an avdelning,
enhet or sektion ("Ekonomiavdelningen", "Enheten för vuxna") the unit's own goals are the
förvaltning's (vplan's level for a förvaltning's or an enhet's goals), the nämnd's goals
elsewhere in the plan stay the nämnd's. A goal labelled "Mål:" on the bold line right over its
indicator table is that table's goal, each table with its own."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import MalNiva
from vplan_desktop.domain import PlanSnapshot
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_goal_caption import goal_sentence
from vplan_desktop.imports.word_unit_goals import names_unit
from vplan_desktop.services.read import read_plan


def _table(doc: object, rows: list[list[str]]) -> None:
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))  # type: ignore[attr-defined]
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text


def _plan(tmp_path: Path) -> PlanSnapshot:
    doc = Document()
    for text in ("Exempelby kommun", "Kommunstyrelsen", "Verksamhetsplan 2027–2028"):
        doc.add_paragraph(text)
    doc.add_heading("Kommunstyrelsens mål", 1)
    _table(
        doc,
        [
            ["Mål", "Indikator", "Nuläge 2025", "Mål 2027"],
            ["Ekonomin är i balans.", "Resultat av skatteintäkter", "1,4 %", "2 %"],
        ],
    )
    doc.add_heading("Avdelningarnas planer", 1)
    doc.add_heading("Ekonomiavdelningen", 2)
    doc.add_paragraph("Avdelningen ansvarar för budget och redovisning.")
    for goal, indicator in (
        ("Fakturor hanteras digitalt och betalas i tid.", "Andel e-fakturor"),
        ("Förvaltningarna får prognoser som håller.", "Avvikelse mot bokslut, mnkr"),
    ):
        doc.add_paragraph().add_run(f"Mål: {goal}").bold = True
        _table(doc, [["Indikator", "Utfall 2025", "Mål 2027"], [indicator, "87", "95"]])
    doc.save(str(tmp_path / "plan.docx"))
    import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        return read_plan(opened)


def test_a_units_goals_are_the_forvaltnings_and_each_mal_line_its_tables(
    tmp_path: Path,
) -> None:
    plan = _plan(tmp_path)
    goals = {g.id: g for g in plan.namndsmal}
    assert {g.text: g.niva for g in plan.namndsmal} == {
        "Ekonomin är i balans.": MalNiva.NAMND,
        "Fakturor hanteras digitalt och betalas i tid.": MalNiva.FORVALTNING,
        "Förvaltningarna får prognoser som håller.": MalNiva.FORVALTNING,
    }
    assert {i.namn: goals[i.namndsmal_id].text for i in plan.indikatorer} == {
        "Resultat av skatteintäkter": "Ekonomin är i balans.",
        "Andel e-fakturor": "Fakturor hanteras digitalt och betalas i tid.",
        "Avvikelse mot bokslut, mnkr": "Förvaltningarna får prognoser som håller.",
    }


def test_unit_headings_and_goal_labels() -> None:
    assert names_unit("HR-avdelningen")
    assert names_unit("Enheten för vuxna")
    assert names_unit("Avdelning för stöd")
    assert not names_unit("Kommunstyrelsens mål")
    assert not names_unit("Enhetens mål")
    assert not names_unit("Verksamhetsmått – Ekonomienheten")
    assert goal_sentence("Mål: Fakturor betalas i tid.")
    assert not goal_sentence("Kommentar: Fakturorna betalas nu i tid.")

"""Target columns in the other words Swedish plans use: under a goal, an indicator table headed
"Styrtal" or "Mått" with the baseline as "Basvärde (2024)" and the targets as "Förväntat
resultat 2027" and "Ambitionsnivå 2029" is the goal's table of indicators; "Förväntat
resultat" is a target for its year (not an outcome, though "Resultat 2025" is one) and so is
an "Ambitionsnivå"."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

from docx import Document

from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_target_words import outcome_header, target_header
from vplan_desktop.services.read import read_plan


def _plan(tmp_path: Path, header: list[str], row: list[str]) -> d.PlanSnapshot:
    doc = Document()
    for text in ("Exempelby kommun", "Miljönämnden", "Verksamhetsplan 2027–2029"):
        doc.add_paragraph(text)
    doc.add_heading("Inledning", 1)
    doc.add_paragraph("Planen visar hur nämnden arbetar med målen under 2027–2029.")
    doc.add_heading("Mål", 1)
    doc.add_heading("Nämndsmål 1: Avloppen i kommunen släpper ut mindre.", 2)
    table = doc.add_table(rows=2, cols=len(header))
    for c, (top, cell) in enumerate(zip(header, row, strict=True)):
        table.cell(0, c).text, table.cell(1, c).text = top, cell
    doc.save(str(tmp_path / "plan.docx"))
    import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        return read_plan(opened)


def test_expected_results_and_ambitions_are_targets(tmp_path: Path) -> None:
    plan = _plan(
        tmp_path,
        ["Styrtal", "Basvärde (2024)", "Förväntat resultat 2027", "Ambitionsnivå 2029"],
        ["Antal åtgärdade enskilda avlopp", "64", "90", "100"],
    )
    (indicator,) = plan.indikatorer
    assert indicator.namn == "Antal åtgärdade enskilda avlopp"
    assert (indicator.nulage_ar, indicator.nulage) == (2024, D(64))
    assert indicator.malnivaer == {2027: D(90), 2029: D(100)}
    assert indicator.utfall == {}
    (goal,) = plan.namndsmal
    assert indicator.namndsmal_id == goal.id


def test_a_matt_table_with_an_utgangslage_is_the_goals_indicators(tmp_path: Path) -> None:
    plan = _plan(
        tmp_path,
        ["Mått", "Utgångsläge 2025", "Förväntat resultat 2027"],
        ["Andel beslut som upphävs", "2,4 %", "2 %"],
    )
    (indicator,) = plan.indikatorer
    assert (indicator.nulage_ar, indicator.nulage, indicator.enhet) == (2025, D("2.4"), "%")
    assert indicator.malnivaer == {2027: D(2)}
    assert plan.nyckeltal == ()


def test_the_words_of_targets_and_outcomes() -> None:
    assert target_header("förväntat resultat 2027")
    assert target_header("ambitionsnivå 2029")
    assert not outcome_header("förväntat resultat 2027")
    assert outcome_header("resultat 2025")
    assert outcome_header("utfall 2025")
    assert not target_header("utfall 2025")

"""Goals, indicators and activities typed as lines under a "Målområde 1 …" heading: a bold
"1.1 <goal>", its indented "– Indikator: … Nuläge 2025: … Målvärde 2027: …" lines, and a
checklist "☐/☑ <name> (mål 1.1, ansvarig …, klart 2027-05-31)" under its own heading."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from docx import Document

from vplan_desktop.imports.word import read_word
from vplan_desktop.imports.word_typed_lines import checklist_activity, indicator_sentences


def test_an_indicator_sentence_gives_its_name_baseline_and_targets() -> None:
    found = indicator_sentences(
        "– Indikator: Andel svar inom en dag. Nuläge 2025: 78 %. Målvärde 2027: 90 %. "
        "Målvärde 2029: 95 %."
    )
    assert found is not None
    assert found["namn"] == "Andel svar inom en dag"
    assert found["enhet"] == "%"
    assert found["nulage"]["ar"] == 2025
    assert found["nulage"]["varde"] == Decimal(78)
    assert found["malnivaer"] == {"2027": Decimal(90), "2029": Decimal(95)}
    assert indicator_sentences("Andel svar inom en dag ökar.") is None


def test_a_checklist_line_gives_goal_owner_date_and_done() -> None:
    found = checklist_activity("☑ Ny lönepolicy (mål 3.1, ansvarig hr-chef, klart 2026-11-30)")
    assert found is not None
    activity, goal = found
    assert goal == "3.1"
    assert activity["namn"] == "Ny lönepolicy"
    assert activity["ansvarig"] == "Hr-chef"
    assert activity["slutdatum"] == "2026-11-30"
    assert activity["status"] == "klart"
    open_one = checklist_activity("☐ Mäta svarstider (mål 1.2, ansvarig kanslichef)")
    assert open_one is not None and "status" not in open_one[0]


def test_typed_goals_under_a_målområde_chapter(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph().add_run("Verksamhetsplan 2027").bold = True
    doc.add_heading("Inledning", 1)
    doc.add_paragraph("Planen beskriver året.")
    doc.add_heading("Målområde 1 Attraktiv kommun", 1)
    doc.add_paragraph("Kommunen växer.")
    doc.add_paragraph().add_run("1.1 Fler företag startar i kommunen.").bold = True
    doc.add_paragraph("– Indikator: Nystartade företag. Nuläge 2025: 3,9. Målvärde 2027: 4,5.")
    doc.add_heading("Aktiviteter 2027", 1)
    doc.add_paragraph("☐ Näringslivsstrategi (mål 1.1, ansvarig näringslivschef, klart 2027-05-31)")
    doc.save(str(tmp_path / "plan.docx"))
    data = read_word(tmp_path / "plan.docx").data
    assert [a["namn"] for a in data["malomraden"]] == ["Attraktiv kommun"]
    (goal,) = data["namndsmal"]
    assert (goal["kod"], goal["text"]) == ("1.1", "Fler företag startar i kommunen.")
    assert [i["namn"] for i in goal["indikatorer"]] == ["Nystartade företag"]
    (activity,) = data["aktiviteter"]
    assert activity["namndsmal_id"] == goal["id"]
    assert activity["slutdatum"] == "2027-05-31"

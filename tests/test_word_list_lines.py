"""List lines that carry their own figures and details: an indicator bullet with its baseline
and targets in brackets ("… (2025: 84 %, mål 2027: 88 %)") and an activity bullet whose owner
and end follow as sentences ("…. Ansvarig: Rektor. Klart: juni 2027.")."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from docx import Document

from vplan_desktop.imports.word import read_word
from vplan_desktop.imports.word_list_lines import bracketed_indicator, sentence_activity


def test_bracketed_figures_give_baseline_and_targets() -> None:
    found = bracketed_indicator("Meritvärde i åk 9 (2025: 221,5, mål 2027: 226, mål 2029: 232)")
    assert found is not None
    assert found["namn"] == "Meritvärde i åk 9"
    assert found["nulage"] == {"ar": 2025, "varde": Decimal("221.5"), "ar_malniva": False}
    assert found["malnivaer"] == {"2027": Decimal(226), "2029": Decimal(232)}
    capped = bracketed_indicator("Anmälningar om kränkning (2025: 212, mål 2027: högst 180)")
    assert capped is not None
    assert capped["malnivaer"] == {"2027": Decimal(180)}
    assert capped["jamforare"] == {"2027": "hogst"}
    share = bracketed_indicator("Andel behöriga (nuläge 2025: 84 %, mål 2027: 88 %)")
    assert share is not None and share["enhet"] == "%"


def test_brackets_of_words_are_no_figures() -> None:
    assert bracketed_indicator("Antal besök (fysiska och digitala)") is None
    assert bracketed_indicator("Antal besök (se bilaga 2025: tabell 3)") is None
    assert bracketed_indicator("Antal besök 2025: 300") is None


def test_owner_and_end_as_sentences_after_the_name() -> None:
    found = sentence_activity(
        "Starta läxhjälp på alla skolor. Ansvarig: Rektorer åk 7–9. Klart: juni 2027."
    )
    assert found is not None
    assert found["namn"] == "Starta läxhjälp på alla skolor"
    assert found["ansvarig"] == "Rektorer åk 7–9"
    assert found["slutdatum"] == "2027-06-30"
    no_end = sentence_activity("Starta läxhjälp. Ansvarig: Rektor.")
    assert no_end is not None and no_end["ansvarig"] == "Rektor" and "slutdatum" not in no_end


def test_sentences_without_an_owner_are_a_name() -> None:
    assert sentence_activity("Starta läxhjälp på alla skolor. Det ger bättre resultat.") is None
    assert sentence_activity("Ansvarig: Rektor. Klart: juni 2027.") is None


def test_a_goal_heading_with_bulleted_figures_and_activities(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph().add_run("Verksamhetsplan 2027–2029").bold = True
    doc.add_heading("Mål och indikatorer", 1)
    doc.add_heading("Mål 1. Alla elever ska nå kunskapsmålen.", 2)
    doc.add_paragraph("Indikatorer:")
    doc.add_paragraph("Andel behöriga elever (2025: 84 %, mål 2027: 88 %)", style="List Bullet")
    doc.add_paragraph("Antal besök (fysiska och digitala)", style="List Bullet")
    doc.add_paragraph("Aktiviteter:")
    doc.add_paragraph(
        "Starta läxhjälp. Ansvarig: Rektor. Klart: september 2027.", style="List Bullet"
    )
    doc.add_paragraph("Utbilda alla lärare i bedömning", style="List Bullet")
    doc.save(str(tmp_path / "plan.docx"))
    data = read_word(tmp_path / "plan.docx").data
    (goal,) = data["namndsmal"]
    first, plain = goal["indikatorer"]
    assert first["namn"] == "Andel behöriga elever"
    assert first["nulage"]["varde"] == Decimal(84) and first["malnivaer"] == {"2027": Decimal(88)}
    assert plain["namn"] == "Antal besök (fysiska och digitala)" and "nulage" not in plain
    typed, named = data["aktiviteter"]
    assert (typed["namn"], typed["ansvarig"], typed["slutdatum"]) == (
        "Starta läxhjälp",
        "Rektor",
        "2027-09-30",
    )
    assert named["namn"] == "Utbilda alla lärare i bedömning" and not named.get("ansvarig")

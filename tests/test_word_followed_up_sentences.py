"""A goal's indicator told as a follow-up sentence under it: "Målet följs upp genom andelen X,
som 2025 var 64 procent och ska 2027 vara minst 75 procent." gives the indicator "Andel X" in
"%", its nuläge with its year and its target with its comparison."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

from docx import Document

from vplan_desktop.imports.word import read_word
from vplan_desktop.imports.word_prose_indicators import prose_indicator


def test_a_follow_up_sentence_is_an_indicator() -> None:
    found = prose_indicator(
        "Målet följs upp genom andelen röstmottagare som anmält intresse för kommande val, "
        "som 2026 var 64 procent och ska 2027 vara minst 75 procent."
    )
    assert found is not None
    assert found["namn"] == "Andel röstmottagare som anmält intresse för kommande val"
    assert found["enhet"] == "%"
    assert found["nulage"] == {"ar": 2026, "varde": D(64), "ar_malniva": False}
    assert found["malnivaer"] == {"2027": D(75)} and found["jamforare"] == {"2027": "minst"}
    count = prose_indicator(
        "Målet följs också upp genom antalet besök i biblioteket, som 2025 var 41 200 och ska "
        "2027 vara 45 000."
    )
    assert count is not None and count["namn"] == "Antal besök i biblioteket"
    assert count["enhet"] == "" and count["malnivaer"] == {"2027": D(45000)}
    assert prose_indicator("Målet följs upp genom enkäter till väljarna.") is None


def test_the_sentence_under_a_goal_heading(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2027")
    doc.add_heading("Mål och uppföljning", 1)
    doc.add_heading("Nämnden ska ha en kunnig organisation av röstmottagare.", 2)
    doc.add_paragraph(
        "Målet följs upp genom andelen röstmottagare som anmält intresse för kommande val, "
        "som 2026 var 64 procent och ska 2027 vara minst 75 procent."
    )
    doc.save(str(tmp_path / "plan.docx"))
    [goal] = read_word(tmp_path / "plan.docx").data["namndsmal"]
    [indicator] = goal["indikatorer"]
    assert indicator["namn"] == "Andel röstmottagare som anmält intresse för kommande val"
    assert indicator["nulage"]["varde"] == D(64)

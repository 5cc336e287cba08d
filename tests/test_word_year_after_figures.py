"""An indicator labelled "Mått: …" with its figures on the lines under it, the nuläge's year in
brackets after its value ("Utgångsläge: 82 procent (2026)") and the target labelled with its
year ("Målvärde 2027: minst 90 procent"): "procent" after a number is the unit "%"."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

from docx import Document

from vplan_desktop.imports.word import read_word
from vplan_desktop.imports.word_typed_lines import figure_line


def test_a_figure_line_with_its_year_after_the_value() -> None:
    assert figure_line("Utgångsläge: 82 procent (2026)") == "Utgångsläge 2026: 82 %"
    assert figure_line("Målvärde 2027: minst 90 procent") == "Målvärde 2027: minst 90 %"
    assert figure_line("Utgångsläge: se ovan") == "Utgångsläge: se ovan"
    assert figure_line("Målvärde 2027: Öka med 5 procentenheter").endswith("procentenheter")


def test_a_goal_with_labelled_indicator_lines(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2027")
    doc.add_heading("Mål och uppföljning", 1)
    doc.add_heading("Valen ska genomföras korrekt och säkert.", 2)
    doc.add_paragraph("Mått: Andel röstmottagare som genomfört utbildningen")
    doc.add_paragraph("Utgångsläge: 82 procent (2026)")
    doc.add_paragraph("Målvärde 2027: minst 90 procent")
    doc.save(str(tmp_path / "plan.docx"))
    found = read_word(tmp_path / "plan.docx")
    [goal] = found.data["namndsmal"]
    [indicator] = goal["indikatorer"]
    assert indicator["namn"] == "Andel röstmottagare som genomfört utbildningen"
    assert indicator["enhet"] == "%"
    assert indicator["nulage"] == {"ar": 2026, "varde": D(82), "ar_malniva": False}
    assert indicator["malnivaer"] == {"2027": D(90)}
    assert goal.get("beskrivning", "") == ""

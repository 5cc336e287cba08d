"""An indicator's unit comes from its own figures ("17 %", "31 dagar") or its name ("…, kWh per
kvadratmeter", "… (index)"), never from a target stated as a change from the baseline ("Minska
med 10 % jämfört med 2025", "+2 procentenheter"): that "%" is the size of the change, not the
unit the indicator is measured in."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from docx import Document

from vplan_desktop.imports.word import interpret, read_source
from vplan_desktop.imports.word_indicator_unit import name_unit, relative_target

ENERGY = "Energianvändning i anläggningarna, kWh per kvadratmeter"


def test_a_relative_target_gives_no_unit(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Exempelby kommun")
    doc.add_paragraph("Kultur- och fritidsnämnden")
    doc.add_paragraph("Verksamhetsplan 2027–2028")
    doc.add_heading("Mål och indikatorer", 1)
    doc.add_heading("Mål 1: Verksamheten bidrar till klimatmålen.", 2)
    rows = [
        ["Indikator", "Utfall 2025", "Mål 2027", "Mål 2028"],
        [ENERGY, "186", "Minska med 10 % jämfört med 2025", "Minska med 15 % jämfört med 2025"],
        ["Besök per invånare", "4,6", "Öka med 5 %", "5,0"],
        ["Andel ekologiska livsmedel", "31 %", "+2 procentenheter", "35 %"],
    ]
    grid = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            grid.cell(r, c).text = value
    doc.save(str(tmp_path / "plan.docx"))
    result = interpret(read_source(tmp_path / "plan.docx"))
    (goal,) = result.data["namndsmal"]
    energy, visits, food = goal["indikatorer"]
    assert (energy["namn"], energy["enhet"]) == (ENERGY, "kWh per kvadratmeter")
    assert energy["nulage"]["varde"] == Decimal(186)
    assert energy["malnivaer"]["2027"] == "Minska med 10 % jämfört med 2025"
    assert visits["enhet"] == ""
    assert food["enhet"] == "%"


def test_relative_targets_and_units_in_names() -> None:
    assert relative_target("Minska med 10 % jämfört med 2025")
    assert relative_target("-0,5 procentenheter")
    assert relative_target("Ökning med 5 %")
    assert not relative_target("17 %")
    assert not relative_target("Öka till 20 %")
    assert name_unit("Kostnad per invånare, kr") == "kr"
    assert name_unit("Medarbetarundersökning, HME Styrning (index)") == "index"
    assert name_unit("Ej återaktualiserade barn, andel (%)") == "%"
    assert name_unit("Elever med godkända betyg, procent") == "%"
    assert name_unit("Hållbart medarbetarengagemang, HME") == ""
    assert name_unit("Besök per invånare") == ""

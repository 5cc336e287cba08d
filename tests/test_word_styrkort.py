"""A styrkort's goals (``word_perspective_area``, ``word_outcome_lines``,
``word_end_first_activity``): the perspective "Ekonomi" among the målområden is no budget part,
styrtal written as bullets "<name> – utfall 2024: …. Målvärde 2027: …" are indicators with
their outcomes, and a typed numbered list under "Aktiviteter 2027:" holds activities whose
bracket gives the end before the owner ("(klart sep 2027, ansvar: controller)")."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

from docx import Document

from vplan_desktop.imports.word import interpret, read_source
from vplan_desktop.imports.word_blocks import Block, BlockKind
from vplan_desktop.imports.word_end_first_activity import end_first_activity, typed_item
from vplan_desktop.imports.word_outcome_lines import outcome_line
from vplan_desktop.imports.word_result import Became


def test_outcome_line_reads_outcomes_and_target() -> None:
    found = outcome_line(
        "Andel digitala bokningar – utfall 2023: 48 %, 2024: 57 %, 2025: 66 %. "
        "Målvärde 2027: ≥ 80 %."
    )
    assert found is not None
    assert found["namn"] == "Andel digitala bokningar"
    assert found["utfall"] == {"2023": Decimal(48), "2024": Decimal(57), "2025": Decimal(66)}
    assert found["malnivaer"] == {"2027": Decimal(80)}
    assert found["jamforare"] == {"2027": "minst"}
    assert found["enhet"] == "%"


def test_outcome_line_keeps_decimals_and_skips_words() -> None:
    found = outcome_line("Nöjd kund-index – utfall ny mätning, 2025: 3,7. Målvärde 2027: > 4,0.")
    assert found is not None
    assert found["utfall"] == {"2025": Decimal("3.7")}
    assert found["malnivaer"] == {"2027": Decimal("4.0")}
    assert found["enhet"] == ""


def test_outcome_line_leaves_other_lines() -> None:
    assert outcome_line("Andel nöjda brukare – målvärde 2027: 90 %") is None
    assert outcome_line("Utfallet 2025 var bättre än väntat.") is None


def test_end_first_activity() -> None:
    found = end_first_activity("2. Översyn av taxor (klart sep 2027, ansvar: controller).")
    assert found is not None
    assert found["namn"] == "Översyn av taxor"
    assert found["ansvarig"] == "controller"
    assert found["slutdatum"] == "2027-09-30"
    assert end_first_activity("Översyn av taxor (ansvar: controller)") is None


def test_typed_item() -> None:
    def para(text: str, kind: BlockKind = BlockKind.PARAGRAPH) -> Block:
        return Block(index=0, kind=kind, text=text)

    assert typed_item(para("2. Biblioteken erbjuder drop-in")) == "Biblioteken erbjuder drop-in"
    assert typed_item(para("Biblioteken erbjuder drop-in")) is None
    assert typed_item(para("2027 blir ett bra år")) is None


def _styrkort(tmp_path: Path) -> Any:
    doc = Document()
    for text in ("Exempelby kommun", "Kultur- och fritidsnämnden", "Verksamhetsplan 2027"):
        doc.add_paragraph(text)
    doc.add_heading("Inledning", 1)
    doc.add_paragraph("Planen är ett styrkort med två perspektiv.")
    doc.add_heading("Mål och styrtal", 1)
    doc.add_paragraph("Målvärdena avser 2027.")
    doc.add_heading("Medborgare", 2)
    doc.add_heading("Mål 1: Fler invånare använder de digitala tjänsterna.", 3)
    doc.add_paragraph("Styrtal").runs[0].bold = True
    doc.add_paragraph(
        "Andel digitala bokningar – utfall 2024: 57 %, 2025: 66 %. Målvärde 2027: ≥ 80 %.",
        style="List Bullet",
    )
    doc.add_paragraph("Aktiviteter 2027:").runs[0].bold = True
    doc.add_paragraph("1. Bokningen öppnas för privatpersoner (klart feb 2027, ansvar: chef)")
    doc.add_paragraph("2. Drop-in med digital hjälp varje vecka")
    doc.add_heading("Ekonomi", 2)
    doc.add_heading("Mål 2: Nämnden håller sin budgetram.", 3)
    table = doc.add_table(rows=3, cols=4)
    rows = [
        ["Styrtal", "Utfall 2024", "Utfall 2025", "Målvärde 2027"],
        ["Budgetavvikelse, mnkr", "0,4", "-0,8", "≥ 0"],
        ["Externa bidrag, tkr", "2 310", "2 045", "Minst 2 000"],
    ]
    for row, cells in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    doc.add_heading("Ekonomi och budget", 1)
    doc.add_paragraph("Nämndens ram ökar något.")
    doc.save(str(tmp_path / "plan.docx"))
    return interpret(read_source(tmp_path / "plan.docx"))


def test_styrkort_goals_activities_and_economy_perspective(tmp_path: Path) -> None:
    result = _styrkort(tmp_path)
    areas = {a["namn"] for a in result.data["malomraden"]}
    assert {"Medborgare", "Ekonomi"} <= areas
    goals = {g["text"]: g for g in result.data["namndsmal"]}
    assert "Nämnden håller sin budgetram." in goals
    economy = [i["namn"] for i in goals["Nämnden håller sin budgetram."]["indikatorer"]]
    assert economy == ["Budgetavvikelse, mnkr", "Externa bidrag, tkr"]
    assert not result.data["driftbudget"]["rader"]
    digital = goals["Fler invånare använder de digitala tjänsterna."]["indikatorer"]
    assert [i["namn"] for i in digital] == ["Andel digitala bokningar"]
    assert digital[0]["utfall"] == {"2024": Decimal(57), "2025": Decimal(66)}
    activities = {a["namn"]: a for a in result.data["aktiviteter"]}
    assert set(activities) == {
        "Bokningen öppnas för privatpersoner",
        "Drop-in med digital hjälp varje vecka",
    }
    first = activities["Bokningen öppnas för privatpersoner"]
    assert first["ansvarig"] == "chef"
    assert first["slutdatum"] == dt.date(2027, 2, 28).isoformat()
    ekonomi = next(b for b in result.source.blocks if b.text == "Ekonomi")
    assert result.outcomes[ekonomi.index].became is Became.MALOMRADE

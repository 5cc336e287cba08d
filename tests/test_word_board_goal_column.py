"""A goal table headed "Målområde | Kommunstyrelsens mål | Indikator | …" (the nämnd's goals
named by the body that sets them, "Kommunstyrelsens mål", "Styrelsens mål", "Byggnadsnämndens
mål") with the målområde and the goal merged down over their indicator rows: the first column
is the goals' målområde, the body's column their goals, each with its own indicators."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from docx import Document

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import MalNiva
from vplan_desktop.imports.word import import_word
from vplan_desktop.services.read import read_plan


def test_board_goals_column_is_the_goal_and_the_first_column_its_area(tmp_path: Path) -> None:
    doc = Document()
    for text in ("Exempelby kommun", "Kommunstyrelsen", "Verksamhetsplan 2027–2028"):
        doc.add_paragraph(text)
    doc.add_heading("Kommunstyrelsens mål", 1)
    rows = [
        ["Målområde", "Kommunstyrelsens mål", "Indikator", "Nuläge 2025", "Mål 2027"],
        ["Ekonomi", "Ekonomin är i balans.", "Resultat av skatteintäkter", "1,4 %", "2 %"],
        ["", "", "Självfinansieringsgrad", "68 %", "80 %"],
        ["Service", "Invånarna får snabba svar.", "Andel svar inom en dag", "81 %", "90 %"],
    ]
    table = doc.add_table(rows=len(rows), cols=5)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    for column in (0, 1):  # the area and the goal merged down over their indicators
        table.cell(1, column).merge(table.cell(2, column))
        table.cell(1, column).text = rows[1][column]
    doc.save(str(tmp_path / "plan.docx"))
    import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        plan = read_plan(opened)
    areas = {a.id: a.namn for a in plan.malomraden}
    goals = {g.id: g for g in plan.namndsmal}
    got = {(areas[g.malomrade_id or 0], g.text, g.niva) for g in plan.namndsmal}
    assert got == {
        ("Ekonomi", "Ekonomin är i balans.", MalNiva.NAMND),
        ("Service", "Invånarna får snabba svar.", MalNiva.NAMND),
    }
    measured = {i.namn: (goals[i.namndsmal_id].text, i.nulage) for i in plan.indikatorer}
    assert measured == {
        "Resultat av skatteintäkter": ("Ekonomin är i balans.", Decimal("1.4")),
        "Självfinansieringsgrad": ("Ekonomin är i balans.", Decimal(68)),
        "Andel svar inom en dag": ("Invånarna får snabba svar.", Decimal(81)),
    }

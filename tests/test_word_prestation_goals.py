"""An "Effektmål n: …" heading over a table "Prestationsmål | Mått | Utgångsvärde 2025 |
Målvärde 2027" whose numbered prestationsmål cell is merged down over its mått: each
prestationsmål is a goal holding its mått as indicators, and an activity table's
"Prestationsmål" column links an activity to its goal by the typed number ("1.2")."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document

from vplan_desktop.imports.word import read_word


def _table(doc: Any, rows: list[list[str]]) -> Any:
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if text:
                table.cell(r, c).text = text
    return table


def test_merged_prestationsmål_cells_are_goals_of_their_measures(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2027–2028")
    doc.add_heading("Mål för nämnden", 1)
    doc.add_heading("Effektmål 1: Medarbetarna får rätt lön i rätt tid.", 2)
    doc.add_paragraph("Lönen ska vara rätt från början.")
    table = _table(
        doc,
        [
            ["Prestationsmål", "Mått", "Utgångsvärde 2025", "Målvärde 2027"],
            ["1.1 Lönerna betalas ut utan fel.", "Andel utan rättelse", "97 %", "99 %"],
            ["", "Antal omräkningar per månad", "40", "20"],
            ["1.2 Cheferna rapporterar i tid.", "Andel rapporterade i tid", "82 %", "95 %"],
        ],
    )
    table.cell(1, 0).merge(table.cell(2, 0))
    doc.add_heading("Aktiviteter 2027", 1)
    _table(
        doc,
        [
            ["Aktivitet", "Prestationsmål", "Ansvarig"],
            ["Utbilda alla chefer i självservice", "1.2", "HR-chef"],
        ],
    )
    doc.save(str(tmp_path / "plan.docx"))
    data = read_word(tmp_path / "plan.docx").data
    goals = {g["text"]: g for g in data["namndsmal"]}
    assert "Lönerna betalas ut utan fel." in goals
    assert "Cheferna rapporterar i tid." in goals
    first = goals["Lönerna betalas ut utan fel."]
    names = {i["namn"] for i in first["indikatorer"]}
    assert names == {"Andel utan rättelse", "Antal omräkningar per månad"}
    (activity,) = data["aktiviteter"]
    assert activity["namndsmal_id"] == goals["Cheferna rapporterar i tid."]["id"]

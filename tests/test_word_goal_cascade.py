"""A goal cascade ("målkedja"), a table whose every column names a goal level from the highest
down ("Kommunfullmäktiges mål | Nämndens mål | Förvaltningens resultatmål"): each column's goals
are goals of that level, each under the goal left of it in its row (merged down over the rows
or written once over them), and a goal named again in a later table is the same goal."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.services.read import read_plan

KF = "Invånarna har en god och jämlik hälsa."
N1 = "Äldre med hemtjänst känner sig trygga hemma."
N2 = "Fler äldre får stöd som förebygger fall."
R1 = "Alla brukare har en aktuell genomförandeplan."
R2 = "Färre olika medarbetare besöker varje brukare."
R3 = "Riskbedömning görs inom två veckor."


def test_a_cascade_gives_three_levels_each_under_its_parent(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2027–2029")
    doc.add_heading("Inledning", 1)
    doc.add_paragraph("Nämnden ansvarar för äldreomsorgen.")
    doc.add_heading("Målkedjan", 1)
    rows = [
        ["Kommunfullmäktiges mål", "Nämndens mål", "Förvaltningens resultatmål"],
        [KF, N1, R1],
        ["", "", R2],
        ["", N2, R3],
    ]
    table = doc.add_table(rows=len(rows), cols=3)
    for row, texts in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    table.cell(1, 0).merge(table.cell(3, 0)).text = KF  # merged down over its nämnd goals
    table.cell(1, 1).merge(table.cell(2, 1)).text = N1
    doc.add_heading("Indikatorer", 1)
    later = doc.add_table(rows=2, cols=3)
    for cell, text in zip(
        later.rows[0].cells, ["Nämndens mål", "Indikator", "Mål 2027"], strict=True
    ):
        cell.text = text
    for cell, text in zip(later.rows[1].cells, [N1, "Andel trygga brukare", "85 %"], strict=True):
        cell.text = text
    doc.save(str(tmp_path / "plan.docx"))
    import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as plan_doc:
        plan = read_plan(plan_doc)
    ids = {g.id: g.text for g in plan.namndsmal}
    goals = {g.text: (g.niva.value, ids.get(g.overordnat_id or 0)) for g in plan.namndsmal}
    assert goals == {
        KF: ("kf", None),
        N1: ("namnd", KF),
        N2: ("namnd", KF),
        R1: ("forvaltning", N1),
        R2: ("forvaltning", N1),
        R3: ("forvaltning", N2),
    }
    assert [ids[i.namndsmal_id] for i in plan.indikatorer] == [N1]  # the same goal, not anew

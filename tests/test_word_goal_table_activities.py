"""A plan laying out each goal as a bold goal line, the table of its indicators and then the
table of its activities gives those activities to that goal: an activity table right under
one goal's indicator table (nothing but an empty line or a caption between) is that goal's,
not the målområde's."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.services.read import read_plan

GOALS = [
    (
        "Barn och unga får rätt insats i tid.",
        ["Andel utredningar som avslutas inom 120 dagar", "68 %", "80 %"],
        ["Arbeta fullt ut enligt BBIC", "Enhetschef barn och unga", "juni 2027"],
    ),
    (
        "Fler hushåll går till egen försörjning.",
        ["Andel hushåll med långvarigt bistånd", "38 %", "35 %"],
        ["Jobbspår med arbetsmarknadsenheten", "Enhetschef försörjningsstöd", "2027-12-31"],
    ),
]


def _table(doc: DocxDocument, rows: list[list[str]]) -> None:
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text


def test_an_activity_table_under_a_goals_indicator_table_is_that_goals(tmp_path: Path) -> None:
    doc = Document()
    for text in ("Hällesby kommun", "Socialnämnden", "Verksamhetsplan 2027–2028"):
        doc.add_paragraph(text)
    doc.add_heading("Mål och aktiviteter", 1)
    doc.add_heading("Trygg uppväxt och egen försörjning", 2)
    for number, (goal, indicator, activity) in enumerate(GOALS, 1):
        doc.add_paragraph().add_run(f"Nämndsmål {number}: {goal}").bold = True
        _table(doc, [["Indikator", "Utfall 2025", "Mål 2027"], indicator])
        doc.add_paragraph("")
        _table(doc, [["Aktivitet", "Ansvarig", "Klart"], activity])
        doc.add_paragraph("")
    doc.save(str(tmp_path / "plan.docx"))
    import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        plan = read_plan(opened)
    goals = {g.id: g.text for g in plan.namndsmal}
    assert [(a.namn, goals.get(a.namndsmal_id or 0)) for a in plan.aktiviteter] == [
        (activity[0], goal) for goal, _, activity in GOALS
    ]

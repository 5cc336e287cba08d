"""Goals nested as a heading and lines under it: the upper goal is the heading, the nämnd's
goals under it bold lines ("Nämndmål: …"), each followed by its own indicator and activity
tables. A table after such a line belongs to the line's goal, not to the heading's; a table
straight under the heading, before any goal line, stays the heading goal's."""

from __future__ import annotations

from pathlib import Path

from tests.word_shapes_docx import Writer
from tests.word_shapes_model import Front
from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.services.read import read_plan

KF = "Äldre får en trygg och värdig omsorg"
OWN = ["Äldre med hemtjänst möter få medarbetare", "Fler äldre har ett aktivt liv"]


def _plan(tmp_path: Path, table_first: bool) -> d.PlanSnapshot:
    w = Writer("rader", Front("Äldrenämnden", "Ekby kommun", 2027, 2028))
    w.para("Ekby kommun")
    w.para("Äldrenämnden")
    w.para("Verksamhetsplan 2027–2028")
    w.heading("Mål", 1)
    w.heading(f"KF-mål: {KF}", 2)
    if table_first:
        w.table([["Indikator", "Mål 2027"], ["Andel nöjda brukare", "90 %"]])
    for n, goal in enumerate(OWN):
        w.para(("b", f"Nämndmål: {goal}"))
        w.para("Hemtjänsten planerar i mindre arbetslag.")
        w.table([["Indikator", "Mål 2027"], [f"Antal personal under 14 dagar {n}", "12"]])
        w.para(("b", "Aktiviteter"))
        w.table([["Aktivitet", "Slutdatum"], [f"Dela in hemtjänsten i lag {n}", "2027-09-30"]])
    path = tmp_path / "plan.docx"
    w.save(path)
    import_word(path, path.with_suffix(".vplan"))
    with PlanDocument.open(path.with_suffix(".vplan"), read_only=True) as opened:
        return read_plan(opened)


def test_tables_under_a_goal_line_are_its_own(tmp_path: Path) -> None:
    plan = _plan(tmp_path, table_first=False)
    goals = {g.id: g.text for g in plan.namndsmal}
    assert [(goals[i.namndsmal_id], i.namn) for i in plan.indikatorer] == [
        (OWN[0], "Antal personal under 14 dagar 0"),
        (OWN[1], "Antal personal under 14 dagar 1"),
    ]
    assert [(goals[a.namndsmal_id or 0], a.namn) for a in plan.aktiviteter] == [
        (OWN[0], "Dela in hemtjänsten i lag 0"),
        (OWN[1], "Dela in hemtjänsten i lag 1"),
    ]


def test_a_table_before_any_goal_line_is_the_headings(tmp_path: Path) -> None:
    plan = _plan(tmp_path, table_first=True)
    goals = {g.id: g.text for g in plan.namndsmal}
    first = plan.indikatorer[0]
    assert (goals[first.namndsmal_id], first.namn) == (KF, "Andel nöjda brukare")
    assert goals[plan.indikatorer[1].namndsmal_id] == OWN[0]

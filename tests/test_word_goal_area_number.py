"""A table of the nämnd's goals may lead with the målområde (merged down over its goals) and
the goal's number before the goal column: "Målområde | Nr | Nämndsmål". The goal column is
then the first column that is neither an area nor a number; the table is the plan's goals,
every goal of every målområde with its number, not a table of key figures."""

from __future__ import annotations

from pathlib import Path

from tests.word_shapes_docx import Writer
from tests.word_shapes_model import Front
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.services.read import read_plan

GOALS = [
    ("Lärande", ["Alla elever utvecklas så långt som möjligt.", "Fler elever blir behöriga."]),
    ("Trygghet", ["Barn känner sig trygga i skolan.", "Elever får stöd tidigt."]),
]


def test_area_and_number_before_the_goal_column(tmp_path: Path) -> None:
    w = Writer("mål", Front("Barn- och utbildningsnämnden", "", 2027, 2028))
    w.para("Ekby kommun")
    w.para("Barn- och utbildningsnämnden")
    w.para("Verksamhetsplan 2027–2028")
    w.heading("Inledning", 1)
    w.para("Planen beskriver nämndens arbete under 2027 och 2028.")
    w.heading("Målområden och nämndsmål", 1)
    w.para("Nämnden har två målområden och fyra mål.")
    rows = [["Målområde", "Nr", "Nämndsmål"]]
    merges = []
    n = 0
    for area, goals in GOALS:
        start = len(rows)
        for i, goal in enumerate(goals):
            n += 1
            rows.append([area if i == 0 else "", str(n), goal])
        merges.append((start, 0, len(rows) - 1, 0))
    w.table(rows, merges=merges)
    path = tmp_path / "plan.docx"
    w.save(path)
    import_word(path, path.with_suffix(".vplan"))
    with PlanDocument.open(path.with_suffix(".vplan"), read_only=True) as opened:
        plan = read_plan(opened)
    areas = {a.id: a.namn for a in plan.malomraden}
    found = {(areas.get(g.malomrade_id or 0), g.kod, g.text) for g in plan.namndsmal}
    wanted = {(a, str(n), t) for n, (a, t) in enumerate(
        [(a, t) for a, goals in GOALS for t in goals], start=1
    )}  # fmt: skip
    assert found == wanted
    assert not plan.nyckeltal

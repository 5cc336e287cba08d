"""A line right above an indicator table naming by number the one goal the table serves
("Bidrar till mål 4", "Kopplat till nämndsmål 2"): the indicators are that goal's, the goal
the plan's goal table numbered so, not a goal made of the heading above ("Mål och
indikatorer")."""

from __future__ import annotations

from pathlib import Path

from tests.word_shapes_docx import Writer
from tests.word_shapes_model import Front
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_table_lead import goal_named_above
from vplan_desktop.services.read import read_plan

GOALS = ["Barn känner sig trygga i skolan.", "Elever får stöd tidigt och i rätt form."]


def test_a_goal_named_by_number_alone() -> None:
    goals = [{"text": t, "kod": str(n), "niva": "namnd"} for n, t in enumerate(GOALS, start=1)]
    assert goal_named_above("Bidrar till mål 2", goals) is goals[1]
    assert goal_named_above("Kopplat till nämndsmål 1.", goals) is goals[0]
    assert goal_named_above("Bidrar till mål 3", goals) is None
    assert goal_named_above("Bidrar till en trygg skola", goals) is None


def test_indicators_under_a_contributes_line(tmp_path: Path) -> None:
    w = Writer("bidrar", Front("Barn- och utbildningsnämnden", "", 2027, 2028))
    w.para("Ekby kommun")
    w.para("Barn- och utbildningsnämnden")
    w.para("Verksamhetsplan 2027–2028")
    w.heading("Nämndens mål", 1)
    w.table([["Nr", "Nämndsmål"], *([str(n), t] for n, t in enumerate(GOALS, start=1))])
    w.heading("Elevhälsa", 1)
    w.para("Den centrala elevhälsan samlar skolsköterskor och kuratorer.")
    w.heading("Mål och indikatorer", 2)
    w.para(("i", "Bidrar till mål 2"))
    w.table(
        [
            ["Indikator", "Nuläge 2025", "Mål 2027", "Mål 2028"],
            ["Andel elevärenden där åtgärd påbörjats inom fyra veckor", "71 %", "85 %", "90 %"],
        ]
    )
    path = tmp_path / "plan.docx"
    w.save(path)
    import_word(path, path.with_suffix(".vplan"))
    with PlanDocument.open(path.with_suffix(".vplan"), read_only=True) as opened:
        plan = read_plan(opened)
    goals = {g.id: g.text for g in plan.namndsmal}
    assert sorted(goals.values()) == sorted(GOALS)
    assert [goals[i.namndsmal_id] for i in plan.indikatorer] == [GOALS[1]]

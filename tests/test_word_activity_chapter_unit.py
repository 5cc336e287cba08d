"""An activity table in a chapter of one verksamhet ("Förskola" with its "Aktiviteter"), where
the plan's driftbudget holds a row named as the chapter: the activities are that verksamhet's.
A chapter whose name is no verksamhet of the driftbudget gives its activities none."""

from __future__ import annotations

from pathlib import Path

from tests.word_shapes_docx import Writer
from tests.word_shapes_model import Front
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.services.read import read_plan

ACTS = {
    "Förskola": "Införa en gemensam modell för språkscreening",
    "Utvecklingsarbete": "Ta fram en digital enkät till vårdnadshavare",
}


def test_activities_in_a_verksamhets_chapter(tmp_path: Path) -> None:
    w = Writer("aktiviteter", Front("Barn- och utbildningsnämnden", "", 2027, 2028))
    w.para("Ekby kommun")
    w.para("Barn- och utbildningsnämnden")
    w.para("Verksamhetsplan 2027–2028")
    for chapter, name in ACTS.items():
        w.heading(chapter, 1)
        w.para(f"{chapter} beskrivs i det här kapitlet.")
        w.heading("Aktiviteter", 2)
        w.table([["Aktivitet", "Ansvarig", "Klart"], [name, "Verksamhetschef", "juni 2027"]])
    w.heading("Driftbudget per verksamhetsområde", 1)
    w.table(
        [
            ["Verksamhetsområde", "Budget 2026", "Budget 2027"],
            ["Förskola", "−172 200", "−177 400"],
            ["Grundskola", "−363 600", "−374 400"],
            ["Summa", "−535 800", "−551 800"],
        ]
    )
    path = tmp_path / "plan.docx"
    w.save(path)
    result = import_word(path, path.with_suffix(".vplan"))
    with PlanDocument.open(path.with_suffix(".vplan"), read_only=True) as opened:
        plan = read_plan(opened)
    units = {v.id: v.namn for v in plan.verksamheter}
    found = {a.namn: units.get(a.verksamhet_id or 0) for a in plan.aktiviteter}
    assert found == {ACTS["Förskola"]: "Förskola", ACTS["Utvecklingsarbete"]: None}
    assert any(line.startswith("Aktiviteter i ett kapitel") for line in result.report)

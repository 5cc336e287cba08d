"""The same indicator name under the same goal in two tables (two verksamheter measuring the
same thing) with another nuläge for the same year is two indicators, each with its own
figures: the second never overwrites the first. Named alike with the same figures it is one
indicator given twice."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from tests.word_shapes_docx import Writer
from tests.word_shapes_model import Front
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.services.read import read_plan

GOAL = "Vårdnadshavare har högt förtroende för nämndens verksamheter."
NAME = "Andel vårdnadshavare som är nöjda med verksamheten"
HEADER = ["Indikator", "Nuläge 2025", "Mål 2027", "Mål 2028"]


def _import(path: Path, second: str) -> list[tuple[str, Decimal]]:
    w = Writer("tvillingar", Front("Barn- och utbildningsnämnden", "", 2027, 2028))
    w.para("Ekby kommun")
    w.para("Barn- och utbildningsnämnden")
    w.para("Verksamhetsplan 2027–2028")
    w.heading("Nämndens mål", 1)
    w.table([["Nr", "Nämndsmål"], ["5", GOAL]])
    for area, nulage in (("Förskola", "86 %"), ("Grundskola", second)):
        w.heading(area, 1)
        w.para(f"{area} beskrivs i det här kapitlet.")
        w.heading("Mål och indikatorer", 2)
        w.para(("b", f"Mål 5: {GOAL}"))
        w.table([HEADER, [NAME, nulage, "90 %", "90 %"]])
    w.save(path)
    import_word(path, path.with_suffix(".vplan"))
    with PlanDocument.open(path.with_suffix(".vplan"), read_only=True) as opened:
        plan = read_plan(opened)
    goals = {g.id: g.text for g in plan.namndsmal}
    assert {goals[i.namndsmal_id] for i in plan.indikatorer} == {GOAL}
    return sorted((i.namn, Decimal(str(i.nulage))) for i in plan.indikatorer)


def test_other_figures_make_a_second_indicator(tmp_path: Path) -> None:
    found = _import(tmp_path / "plan.docx", "79 %")
    assert found == [(NAME, Decimal(79)), (NAME, Decimal(86))]


def test_the_same_figures_are_one_indicator(tmp_path: Path) -> None:
    assert _import(tmp_path / "plan.docx", "86 %") == [(NAME, Decimal(86))]

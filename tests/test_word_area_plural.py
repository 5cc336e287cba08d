"""A heading over all of a plan's målområden ("Målområden och nämndsmål", plural) names no
målområde: the word "Målområde" labels one målområde only as a word of its own ("Målområde 2:
Trygghet", "Målområde Lärande"). The heading over them is the plan's goal part, its prose a
chapter of that name, never a målområde called "n och nämndsmål"."""

from __future__ import annotations

from pathlib import Path

from tests.word_shapes_docx import Writer
from tests.word_shapes_model import Front
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_goal_card import area_name
from vplan_desktop.services.read import read_plan

INTRO = "Nämnden har tre målområden och sex mål som gäller alla verksamhetsområden."


def test_area_name_keeps_a_plural_heading_whole() -> None:
    assert area_name("Målområde 2: Trygghet") == ("Trygghet", "")
    assert area_name("Målområde Lärande") == ("Lärande", "")
    assert area_name("Målområden och nämndsmål") == ("Målområden och nämndsmål", "")


def test_the_heading_over_all_malomraden_is_a_chapter(tmp_path: Path) -> None:
    w = Writer("målområden", Front("Barn- och utbildningsnämnden", "", 2027, 2028))
    w.para("Ekby kommun")
    w.para("Barn- och utbildningsnämnden")
    w.para("Verksamhetsplan 2027–2028")
    w.heading("Inledning", 1)
    w.para("Planen beskriver nämndens arbete under 2027 och 2028.")
    w.heading("Målområden och nämndsmål", 1)
    w.para(INTRO)
    w.heading("Förskola", 1)
    w.para("Förskolan tar emot barn från ett års ålder.")
    path = tmp_path / "plan.docx"
    w.save(path)
    import_word(path, path.with_suffix(".vplan"))
    with PlanDocument.open(path.with_suffix(".vplan"), read_only=True) as opened:
        plan = read_plan(opened)
    chapters = {k.rubrik: k.text for k in plan.kapitel}
    assert INTRO in chapters["Målområden och nämndsmål"]
    assert not any(a.namn.startswith("n och") for a in plan.malomraden)

"""Rule: a top-level heading that labels itself a målområde ("Perspektiv: Medarbetare",
"Fokusområde: …", "Strategiskt område: …"), as a goal system prints its styrkort's
perspectives, over goals labelled with their level ("Nämndmål: …") is a målområde named by
the words after the label, not a narrative chapter – nor the budget when the perspective is
"Ekonomi" – and the text under its goals is theirs. A labelled heading without such goals
under it stays a chapter."""

from __future__ import annotations

from pathlib import Path

from tests.word_shapes_docx import Writer
from tests.word_shapes_model import Front
from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.services.read import read_plan


def _plan(source: Path) -> d.PlanSnapshot:
    import_word(source, source.with_suffix(".vplan"))
    with PlanDocument.open(source.with_suffix(".vplan"), read_only=True) as opened:
        return read_plan(opened)


def test_labelled_perspectives_are_the_goals_malomraden(tmp_path: Path) -> None:
    w = Writer("perspektiv", Front("Socialnämnden", "Hedeby kommun", 2027, 2027))
    w.para("Hedeby kommun")
    w.para("Socialnämnden")
    w.para("Verksamhetsplan 2027")
    w.heading("Inledning", 1)
    w.para("Planen beskriver nämndens mål.")
    w.heading("Perspektiv: Medarbetare", 1)
    w.heading("Nämndmål: Socionomer stannar i socialtjänsten.", 2)
    w.para("Personalomsättningen är den största risken.")
    w.heading("Perspektiv: Ekonomi", 1)
    w.heading("Nämndmål: Nämnden håller sin budget.", 2)
    w.para("Nettokostnaden ryms inom ramen.")
    w.heading("Fokusområde: Trygghet", 1)  # no labelled goal under it: a chapter
    w.para("Trygghet är ett område kommunen arbetar med i alla nämnder.")
    source = tmp_path / "perspektiv.docx"
    w.save(source)
    plan = _plan(source)

    areas = {a.id: a.namn for a in plan.malomraden}
    goals = {g.text: (areas[g.malomrade_id or 0], g.beskrivning) for g in plan.namndsmal}
    assert goals == {
        "Socionomer stannar i socialtjänsten.": (
            "Medarbetare",
            "Personalomsättningen är den största risken.",
        ),
        "Nämnden håller sin budget.": ("Ekonomi", "Nettokostnaden ryms inom ramen."),
    }
    assert [k.rubrik for k in plan.kapitel] == ["Inledning", "Fokusområde: Trygghet"]

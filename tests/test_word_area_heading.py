"""Rule: a heading under a chapter that labels itself a målområde ("Målområde: Trygg uppväxt",
Heading 2 in the chapter "Måluppfyllelse", as KF's målområden stand over the nämnd's goals in
a follow-up template) over goal headings labelled with their level ("Nämndmål 1: …") is that
målområde, named by the words after the label: the goals under it are its goals. A labelled
heading with no goal heading under it before the next heading of its level stays a heading
of the chapter."""

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


def test_labelled_area_headings_over_goal_headings_are_malomraden(tmp_path: Path) -> None:
    w = Writer("malomraden", Front("Socialnämnden", "Hedeby kommun", 2025, 2025))
    w.para("Hedeby kommun")
    w.para(("b", "Socialnämnden"))
    w.para(("b", "Verksamhetsberättelse 2025"))
    w.heading("Måluppfyllelse", 1)
    w.para("Under varje målområde redovisas nämndens mål.")
    w.heading("Målområde: Trygg och jämlik uppväxt", 2)
    w.heading("Nämndmål 1: Barn som far illa får stöd i tid.", 3)
    w.para("Utredningstiderna har blivit kortare.")
    w.heading("Nämndmål 2: Fler unga vuxna går till arbete.", 3)
    w.para("Arbetslösheten steg under året.")
    w.heading("Målområde: Attraktiv arbetsgivare", 2)
    w.heading("Nämndmål 3: Nämnden behåller sina medarbetare.", 3)
    w.para("Sjukfrånvaron minskar.")
    w.heading("Omvärld", 1)
    w.heading("Målområde: Hållbar utveckling", 2)  # no goal under it: the chapter's heading
    w.para("Kommunen arbetar med Agenda 2030 i alla nämnder.")
    source = tmp_path / "malomraden.docx"
    w.save(source)
    plan = _plan(source)

    areas = {a.id: a.namn for a in plan.malomraden}
    assert {g.text: areas[g.malomrade_id or 0] for g in plan.namndsmal} == {
        "Barn som far illa får stöd i tid.": "Trygg och jämlik uppväxt",
        "Fler unga vuxna går till arbete.": "Trygg och jämlik uppväxt",
        "Nämnden behåller sina medarbetare.": "Attraktiv arbetsgivare",
    }
    assert sorted(areas.values()) == ["Attraktiv arbetsgivare", "Trygg och jämlik uppväxt"]
    omvarld = next(k for k in plan.kapitel if k.rubrik == "Omvärld")
    assert "Målområde: Hållbar utveckling" in omvarld.text
    assert "Agenda 2030" in omvarld.text

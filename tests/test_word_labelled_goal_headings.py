"""Goals as a goal-management system (Stratsys, Hypergene) exports them: a heading that names
its goal's level before the goal ("Kommunfullmäktiges mål: …", "Nämndmål: …") is a goal at
that level wherever it stands, never a chapter, and the goal headings under it are its goals.
A bold "Beskrivning" under a goal's heading labels its description. An indicator table's
"Senaste utfall" column is the nuläge, each cell naming its own year ("54 % (2025)", "2025:
14"); a cell saying "Saknas" or "-" gives no figure."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from tests.word_shapes_docx import Writer
from tests.word_shapes_model import Front
from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import MalNiva
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_build import TableContext
from vplan_desktop.imports.word_goal_table import roles
from vplan_desktop.imports.word_indicator_cells import latest_outcome, no_figure
from vplan_desktop.imports.word_text import labelled_goal
from vplan_desktop.services.read import read_plan

KF = "Kommunen är en trygg plats att bo och vistas i."
GOAL = "Gång- och cykelvägarna är säkra året runt."
KF2 = "Kommunen minskar sin klimatpåverkan."
GOAL2 = "Energianvändningen i lokalerna minskar."
HEADER = ["Indikator", "Senaste utfall", "Målvärde 2027", "Målvärde 2028"]


def _plan(source: Path) -> d.PlanSnapshot:
    import_word(source, source.with_suffix(".vplan"))
    with PlanDocument.open(source.with_suffix(".vplan"), read_only=True) as opened:
        return read_plan(opened)


def _cover(w: Writer) -> None:
    w.para("Norrvik kommun")
    w.para("Tekniska nämnden")
    w.para("Verksamhetsplan 2027–2028")


def _goals(w: Writer) -> None:
    w.heading(f"Kommunfullmäktiges mål: {KF}", 1)
    w.heading(f"Nämndmål: {GOAL}   ", 2)
    w.para(("b", "Beskrivning"))
    w.para("Stråken till skolorna prioriteras.")
    w.para(("b", "Indikatorer"))
    w.para("")
    w.table(
        [
            HEADER,
            ["Andel nöjda med cykelvägarna", "54 % (2025)", "58 %", "60 %"],
            ["Antal olyckor med personskada", "2025: 14", "12", "-"],
            ["Andel säkrade skolpassager", "Saknas", "50 %", "75 %"],
            ["Andel plogade stråk inom fyra timmar", "-", "90 %", "95 %"],
        ]
    )
    w.para(("b", "Aktiviteter"))
    w.para("")
    w.table(
        [
            ["Aktivitet", "Startdatum", "Slutdatum", "Ansvarig", "Status"],
            ["Säkra skolvägar", "2027-01-01", "2027-10-31", "Trafikingenjör", "Pågående"],
        ]
    )
    w.heading(f"Kommunfullmäktiges mål: {KF2}", 1)
    w.heading(f"Nämndmål: {GOAL2}", 2)
    w.para("Nämnden förvaltar skolor och idrottshallar.")


def test_labelled_goal_headings_after_the_goals_chapter(tmp_path: Path) -> None:
    w = Writer("styrsystem", Front("Tekniska nämnden", "Norrvik kommun", 2027, 2028))
    _cover(w)
    w.heading("Inledning", 1)
    w.para("Planen är hämtad ur kommunens styrsystem.")
    w.heading("Mål och uppföljning", 1)
    w.para("Fullmäktiges mål bryts ned i nämndmål.")
    _goals(w)
    w.heading("Ekonomi", 1)
    w.para("Alla belopp anges i tkr.")
    source = tmp_path / "styrsystem.docx"
    w.save(source)
    plan = _plan(source)

    chapters = [c.rubrik for c in plan.kapitel]
    assert not [c for c in chapters if "mål:" in c.lower()]
    assert "Ekonomi" in chapters  # the next chapter ends the goals' run
    goals = {g.text: g for g in plan.namndsmal}
    assert set(goals) == {KF, GOAL, KF2, GOAL2}
    assert goals[KF].niva is MalNiva.KF and goals[GOAL].niva is MalNiva.NAMND
    assert goals[GOAL].overordnat_id == goals[KF].id
    assert goals[GOAL2].overordnat_id == goals[KF2].id
    assert goals[GOAL].beskrivning == "Stråken till skolorna prioriteras."
    assert goals[GOAL2].beskrivning == "Nämnden förvaltar skolor och idrottshallar."

    indicators = {i.namn: i for i in plan.indikatorer if i.namndsmal_id == goals[GOAL].id}
    assert len(indicators) == 4
    satisfied = indicators["Andel nöjda med cykelvägarna"]
    assert (satisfied.nulage_ar, satisfied.nulage, satisfied.enhet) == (2025, Decimal(54), "%")
    accidents = indicators["Antal olyckor med personskada"]
    assert (accidents.nulage_ar, accidents.nulage) == (2025, Decimal(14))
    assert accidents.malnivaer == {2027: Decimal(12)}  # "-": no target for 2028
    for missing in ("Andel säkrade skolpassager", "Andel plogade stråk inom fyra timmar"):
        assert indicators[missing].nulage is None and indicators[missing].nulage_ar is None

    (activity,) = plan.aktiviteter
    assert activity.namndsmal_id == goals[GOAL].id
    assert activity.ansvarig == "Trafikingenjör"


def test_labelled_goal_headings_without_a_goals_chapter(tmp_path: Path) -> None:
    w = Writer("styrsystem utan måldel", Front("Tekniska nämnden", "Norrvik kommun", 2027, 2028))
    _cover(w)
    w.heading("Inledning", 1)
    w.para("Planen är hämtad ur kommunens styrsystem.")
    _goals(w)
    source = tmp_path / "utan-maldel.docx"
    w.save(source)
    plan = _plan(source)

    assert [c.rubrik for c in plan.kapitel] == ["Inledning"]
    assert [a.namn for a in plan.malomraden] == ["Mål"]  # no heading names a målområde
    goals = {g.text: g for g in plan.namndsmal}
    assert set(goals) == {KF, GOAL, KF2, GOAL2}
    assert goals[KF2].niva is MalNiva.KF
    assert goals[GOAL2].overordnat_id == goals[KF2].id
    assert len([i for i in plan.indikatorer if i.namndsmal_id == goals[GOAL].id]) == 4


def test_a_labelled_goal_heading_under_a_chapter(tmp_path: Path) -> None:
    w = Writer("nämndmål i kapitel", Front("Tekniska nämnden", "Norrvik kommun", 2027, 2028))
    _cover(w)
    w.heading("Gata och park", 1)
    w.para("Avdelningen sköter gator och parker.")
    w.heading("Säsongen", 2)
    w.para("Vintern var mild.")
    w.heading(f"Nämndmål: {GOAL2}", 2)
    w.para("Nämnden förvaltar skolor och idrottshallar.")
    w.heading(f"Nämndmål: {GOAL}", 2)
    w.table([HEADER, ["Andel nöjda med cykelvägarna", "54 % (2025)", "58 %", "60 %"]])
    source = tmp_path / "kapitel.docx"
    w.save(source)
    plan = _plan(source)

    assert [c.rubrik for c in plan.kapitel] == ["Gata och park"]
    assert [(g.text, g.niva) for g in plan.namndsmal] == [
        (GOAL2, MalNiva.NAMND),
        (GOAL, MalNiva.NAMND),
    ]
    (indicator,) = plan.indikatorer
    assert indicator.namndsmal_id == plan.namndsmal[1].id and indicator.nulage_ar == 2025


def test_goal_labels_latest_outcome_and_missing_figures() -> None:
    assert labelled_goal(f"Kommunfullmäktiges mål: {KF}")
    assert labelled_goal(f"Nämndmål: {GOAL}   ")
    assert labelled_goal("KF-mål 2 – Fler i arbete")
    assert not labelled_goal("Mål och uppföljning")
    assert not labelled_goal("Nämndens mål")
    assert not labelled_goal("Mål 2027: Fler i arbete")  # a goal's sentence for a year
    assert not labelled_goal("Uppdrag – så arbetar nämnden")
    assert latest_outcome("Senaste utfall") and latest_outcome("Aktuellt värde")
    assert not latest_outcome("Utfall 2025") and not latest_outcome("Senaste utfall och trend")
    assert no_figure("Saknas") and no_figure("-") and no_figure("Uppgift saknas")
    assert not no_figure("0") and not no_figure("Saknas i dag, mäts 2027")
    plan = TableContext(first_year=2027, last_year=2028)
    assert roles(HEADER, plan)[1] == "nulage"
    follow_up = TableContext(first_year=2027, last_year=2028, follow_up=True)
    assert roles(HEADER, follow_up)[1] != "nulage"  # a follow-up's outcome, not a baseline

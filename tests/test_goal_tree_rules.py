"""Granskning and the progress marks over the goal tree: what KF gives needs nothing under it,
what the nämnd sets itself is measured, and an activity may belong to a goal, a målområde or
the whole plan."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from vplan_desktop import completeness
from vplan_desktop.completeness import State
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import MalNiva, VardeSlag
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import goal_tree, items, values
from vplan_desktop.services.read import read_plan
from vplan_desktop.validation import Finding, Severity, validate

MEASURED = "mal.utan_indikator"
NO_ACTIVITY = "aktiviteter.mal_utan_aktivitet"


def _add(doc: PlanDocument, kind: ItemKind, **fields: Any) -> int:
    item_id = items.add_item(doc, kind, fields).item_id
    assert item_id is not None
    return item_id


def _goal(doc: PlanDocument, text: str, **fields: Any) -> int:
    return _add(doc, ItemKind.NAMNDSMAL, text=text, **fields)


def _indicator(doc: PlanDocument, goal: int) -> int:
    """A complete indicator: nuläge and a target for each plan year (2026–2028)."""
    indicator = _add(doc, ItemKind.INDIKATOR, namndsmal_id=goal, namn="Andel nöjda", nulage_ar=2025)
    items.update_item(doc, ItemKind.INDIKATOR, indicator, {"nulage": Decimal(80)})
    for year in (2026, 2027, 2028):
        values.set_indicator_value(doc, indicator, VardeSlag.MALNIVA, year, Decimal(year - 1940))
    return indicator


def _found(doc: PlanDocument, rule: str) -> list[Finding]:
    return [f for f in validate(read_plan(doc)) if f.rule == rule]


def _messages(doc: PlanDocument, rule: str) -> list[str]:
    return [f.message for f in _found(doc, rule)]


def test_what_kf_and_ks_give_needs_nothing_under_it(doc: PlanDocument) -> None:
    area = _add(doc, ItemKind.MALOMRADE, namn="Trygghet")
    _goal(doc, "Tryggt för alla", malomrade_id=area, niva=MalNiva.KF, kod="1")
    _goal(doc, "Budget i balans", malomrade_id=area, niva=MalNiva.KS, kod="2")
    _goal(doc, "Plan för tidiga insatser", malomrade_id=area, niva=MalNiva.UPPDRAG)
    assert _found(doc, MEASURED) == []
    assert _found(doc, NO_ACTIVITY) == []
    assert _found(doc, "mal.inga") == []
    assert completeness.goals(read_plan(doc)).state is State.COMPLETE


def test_a_namndsmal_without_indicator_or_year_text_is_a_warning(doc: PlanDocument) -> None:
    area = _add(doc, ItemKind.MALOMRADE, namn="Trygghet")
    kf = _goal(doc, "Tryggt för alla", malomrade_id=area, niva=MalNiva.KF, kod="1")
    goal = _goal(doc, "Fler får stöd i tid", overordnat_id=kf, kod="1:2")
    [finding] = _found(doc, MEASURED)
    assert (
        finding.message
        == "Nämndsmål 1:2 ”Fler får stöd i tid” har ingen indikator och inget mål per år."
    )
    assert finding.severity is Severity.VARNING
    assert (finding.kind, finding.item_id) == (ItemKind.NAMNDSMAL, goal)
    progress = completeness.goals(read_plan(doc))
    assert progress.state is State.BEGUN
    assert progress.notes == (
        "Nämndsmål 1:2 ”Fler får stöd i tid” har ingen indikator och inget mål per år.",
    )
    # A target in words for a year after the period is the long range: fine, but no target
    # of this plan; one for a plan year is.
    goal_tree.set_year_text(doc, goal, 2030, "Ingen väntar mer än en vecka.")
    assert len(_found(doc, MEASURED)) == 1
    goal_tree.set_year_text(doc, goal, 2027, "En modell för tidigt stöd finns klar.")
    assert _found(doc, MEASURED) == []
    assert completeness.goals(read_plan(doc)).state is State.COMPLETE


def test_an_indicator_measures_a_goal_and_a_year_text_beside_it_is_no_finding(
    doc: PlanDocument,
) -> None:
    goal = _goal(doc, "Fler får stöd i tid", kod="3")
    _indicator(doc, goal)
    goal_tree.set_year_text(doc, goal, 2019, "Uppföljning startad.")  # history
    assert _found(doc, MEASURED) == []


def test_a_forvaltning_goal_is_named_as_the_plan_names_its_level(doc: PlanDocument) -> None:
    items.update_item(doc, ItemKind.PLAN, 1, {"malniva_forvaltning": "Enhetens mål"})
    _goal(doc, "Utredningar i tid", niva=MalNiva.FORVALTNING, kod="a")
    _goal(doc, "Inget nummer", niva=MalNiva.FORVALTNING)
    assert _messages(doc, MEASURED) == [
        "Enhetens mål a ”Utredningar i tid” har ingen indikator och inget mål per år.",
        "Enhetens mål ”Inget nummer” har ingen indikator och inget mål per år.",
    ]


def test_a_namndsmal_is_measured_through_the_goals_under_it(doc: PlanDocument) -> None:
    goal = _goal(doc, "Fler får stöd i tid", kod="1")
    below = _goal(doc, "Utredningar i tid", overordnat_id=goal, niva=MalNiva.FORVALTNING)
    assert [f.item_id for f in _found(doc, MEASURED)] == [goal, below]
    _indicator(doc, below)
    assert _found(doc, MEASURED) == []


def test_many_unmeasured_goals_are_one_finding_naming_each_level(doc: PlanDocument) -> None:
    _goal(doc, "A", kod="1")
    _goal(doc, "B", niva=MalNiva.FORVALTNING, kod="1a")
    _goal(doc, "C", kod="2")
    _goal(doc, "D", kod="3")
    [finding] = _found(doc, MEASURED)
    assert finding.message == (
        "4 mål har ingen indikator och inget mål per år: Nämndsmål 1 ”A”, "
        "Förvaltningens mål 1a ”B”, Nämndsmål 2 ”C” … och 1 till."
    )
    assert finding.count == 4


def test_a_plan_without_goals_is_an_error(doc: PlanDocument) -> None:
    [finding] = _found(doc, "mal.inga")
    assert (finding.severity, finding.message) == (Severity.FEL, "Planen har inga mål.")


def test_an_activity_may_belong_to_a_malomrade_or_the_whole_plan(doc: PlanDocument) -> None:
    area = _add(doc, ItemKind.MALOMRADE, namn="Trygghet")
    other = _add(doc, ItemKind.MALOMRADE, namn="Ekonomi")
    kf = _goal(doc, "Tryggt för alla", malomrade_id=area, niva=MalNiva.KF, kod="1")
    _goal(doc, "Fler får stöd i tid", overordnat_id=kf, kod="1:1")
    elsewhere = _goal(doc, "Budget i balans", malomrade_id=other, kod="2:1")
    for name, tie in (
        ("Nytt verksamhetssystem", {}),
        ("Trygghetsvandringar", {"malomrade_id": area}),
    ):
        _add(
            doc,
            ItemKind.AKTIVITET,
            namn=name,
            ansvarig="Förvaltningschef",
            slutdatum=dt.date(2027, 6, 30),
            **tie,
        )
    activity_findings = [
        f
        for f in validate(read_plan(doc))
        if f.section == "aktiviteter" and f.kind is ItemKind.AKTIVITET
    ]
    assert activity_findings == []
    # The activity of the målområde covers the nämndsmål in it; the other has none.
    [finding] = _found(doc, NO_ACTIVITY)
    assert finding.item_id == elsewhere
    assert finding.message == (
        "Nämndsmål 2:1 ”Budget i balans” har ingen aktivitet. Lägg till vad som ska göras."
    )
    assert completeness.activities(read_plan(doc)).notes == (
        "Nämndsmål 2:1 ”Budget i balans” har ingen aktivitet.",
    )


def test_an_activity_under_a_sub_goal_covers_the_namndsmal(doc: PlanDocument) -> None:
    goal = _goal(doc, "Fler får stöd i tid", kod="1")
    below = _goal(doc, "Utredningar i tid", overordnat_id=goal, niva=MalNiva.FORVALTNING)
    assert [f.item_id for f in _found(doc, NO_ACTIVITY)] == [goal]  # not the förvaltning's
    _add(doc, ItemKind.AKTIVITET, namn="Veckovis uppföljning", namndsmal_id=below)
    assert _found(doc, NO_ACTIVITY) == []


def test_a_year_text_says_what_is_to_be_done(doc: PlanDocument) -> None:
    goal = _goal(doc, "Barn har inflytande", kod="5")
    assert len(_found(doc, NO_ACTIVITY)) == 1
    goal_tree.set_year_text(doc, goal, 2026, "En modell finns klar.")
    assert _found(doc, NO_ACTIVITY) == []


def test_an_activity_planned_by_year_needs_no_end_date(doc: PlanDocument) -> None:
    by_year = _add(doc, ItemKind.AKTIVITET, namn="Klimatinköp", ansvarig="Chef", ar=2027)
    assert _found(doc, "aktiviteter.slutdatum") == []
    assert completeness.activities(read_plan(doc)).notes == ()
    items.update_item(doc, ItemKind.AKTIVITET, by_year, {"ar": 2030})
    [finding] = _found(doc, "aktiviteter.efter_perioden")
    assert (
        finding.message
        == "Aktiviteten ”Klimatinköp” är planerad för 2030, efter planperioden 2026–2028."
    )
    assert finding.field == "ar"


def test_the_revised_end_date_is_the_one_that_holds(doc: PlanDocument) -> None:
    activity = _add(
        doc,
        ItemKind.AKTIVITET,
        namn="Ny mottagning",
        ansvarig="Chef",
        slutdatum=dt.date(2028, 6, 30),
        slutdatum_reviderat=dt.date(2029, 3, 31),
    )
    [finding] = _found(doc, "aktiviteter.efter_perioden")
    assert finding.message == (
        "Det reviderade slutdatumet för ”Ny mottagning” (2029-03-31) ligger efter "
        "planperioden 2026–2028."
    )
    assert finding.field == "slutdatum_reviderat"
    items.update_item(
        doc, ItemKind.AKTIVITET, activity, {"slutdatum_reviderat": dt.date(2028, 12, 31)}
    )
    assert _found(doc, "aktiviteter.efter_perioden") == []


def test_only_the_top_of_a_branch_is_asked_for_its_malomrade(doc: PlanDocument) -> None:
    top = _goal(doc, "Tryggt för alla", niva=MalNiva.KF, kod="1")
    _goal(doc, "Fler får stöd i tid", overordnat_id=top)
    # A plan without målområden orders its goals by the tree alone.
    assert _found(doc, "mal.utan_malomrade") == []
    _add(doc, ItemKind.MALOMRADE, namn="Trygghet")
    [finding] = _found(doc, "mal.utan_malomrade")
    assert (finding.item_id, finding.message) == (
        top,
        "KF:s mål 1 ”Tryggt för alla” hör inte till något målområde.",
    )


def test_a_plan_of_kf_goals_with_namndsmal_under_them_is_complete(doc: PlanDocument) -> None:
    area = _add(doc, ItemKind.MALOMRADE, namn="Trygghet")
    kf = _goal(doc, "Tryggt för alla", malomrade_id=area, niva=MalNiva.KF, kod="1")
    first = _goal(doc, "Fler får stöd i tid", overordnat_id=kf, kod="1:1")
    second = _goal(doc, "Kortare väntan", overordnat_id=kf, kod="1:2")
    _indicator(doc, first)
    goal_tree.set_year_text(doc, second, 2026, "Väntan halveras.")
    progress = completeness.goals(read_plan(doc))
    assert (progress.state, progress.notes) == (State.COMPLETE, ())

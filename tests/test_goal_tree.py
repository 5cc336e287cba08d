"""The goal tree in the services: levels, parents, målområde kept with the parent, no loops,
order among siblings, removal with what lies under, texts per year and targets that compare."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import Jamforare, MalNiva, VardeSlag
from vplan_desktop.errors import InputError
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import goal_tree, items, values
from vplan_desktop.services.read import read_plan


def _new(doc: PlanDocument, kind: ItemKind, fields: dict[str, object]) -> int:
    """The id of a new item."""
    item_id = items.add_item(doc, kind, fields).item_id
    assert item_id is not None
    return item_id


def _goal(doc: PlanDocument, text: str, **fields: object) -> int:
    return _new(doc, ItemKind.NAMNDSMAL, {"text": text, **fields})


def _tree(doc: PlanDocument) -> list[tuple[str, str | None, int | None]]:
    """(text, parent's text, målområde) in the snapshot's order."""
    plan = read_plan(doc)
    text = {g.id: g.text for g in plan.namndsmal}
    return [
        (g.text, None if g.overordnat_id is None else text[g.overordnat_id], g.malomrade_id)
        for g in plan.namndsmal
    ]


@pytest.fixture
def areas(doc: PlanDocument) -> tuple[int, int]:
    first = _new(doc, ItemKind.MALOMRADE, {"namn": "Trygghet"})
    second = _new(doc, ItemKind.MALOMRADE, {"namn": "Ekonomi"})
    return first, second


def test_goals_nest_and_read_in_tree_order(doc: PlanDocument, areas: tuple[int, int]) -> None:
    first, second = areas
    kf = _goal(doc, "Tryggt för alla", malomrade_id=first, niva=MalNiva.KF, kod="1")
    other = _goal(doc, "Budget i balans", malomrade_id=second, niva=MalNiva.KF)
    goal = _goal(doc, "Fler får stöd i tid", overordnat_id=kf, ansvarig="Enhetschef")
    _goal(doc, "Kortare väntan", overordnat_id=kf)
    _goal(doc, "Utredningar i tid", overordnat_id=goal, niva=MalNiva.FORVALTNING)
    _goal(doc, "Lägre kostnader", overordnat_id=other)
    # A sub-goal takes its parent's målområde even when none was given.
    assert _tree(doc) == [
        ("Tryggt för alla", None, first),
        ("Fler får stöd i tid", "Tryggt för alla", first),
        ("Utredningar i tid", "Fler får stöd i tid", first),
        ("Kortare väntan", "Tryggt för alla", first),
        ("Budget i balans", None, second),
        ("Lägre kostnader", "Budget i balans", second),
    ]
    plan = read_plan(doc)
    assert plan.namndsmal[0].rubrik == "1 Tryggt för alla"
    assert plan.namndsmal[1].ansvarig == "Enhetschef"
    assert plan.namndsmal[2].niva is MalNiva.FORVALTNING


def test_a_goal_moved_to_another_parent_takes_its_sub_goals_along(
    doc: PlanDocument, areas: tuple[int, int]
) -> None:
    first, second = areas
    kf = _goal(doc, "Tryggt för alla", malomrade_id=first, niva=MalNiva.KF)
    other = _goal(doc, "Budget i balans", malomrade_id=second, niva=MalNiva.KF)
    goal = _goal(doc, "Fler får stöd i tid", overordnat_id=kf)
    _goal(doc, "Utredningar i tid", overordnat_id=goal)
    before = _tree(doc)
    change = items.update_item(doc, ItemKind.NAMNDSMAL, goal, {"overordnat_id": other})
    assert _tree(doc) == [
        ("Tryggt för alla", None, first),
        ("Budget i balans", None, second),
        ("Fler får stöd i tid", "Budget i balans", second),
        ("Utredningar i tid", "Fler får stöd i tid", second),
    ]
    change.undo(doc)
    assert _tree(doc) == before


def test_a_goal_moved_to_another_area_on_its_own_leaves_its_parent(
    doc: PlanDocument, areas: tuple[int, int]
) -> None:
    first, second = areas
    kf = _goal(doc, "Tryggt för alla", malomrade_id=first, niva=MalNiva.KF)
    goal = _goal(doc, "Fler får stöd i tid", overordnat_id=kf)
    _goal(doc, "Utredningar i tid", overordnat_id=goal)
    items.update_item(doc, ItemKind.NAMNDSMAL, goal, {"malomrade_id": second})
    assert _tree(doc) == [
        ("Tryggt för alla", None, first),
        ("Fler får stöd i tid", None, second),
        ("Utredningar i tid", "Fler får stöd i tid", second),
    ]


def test_a_goal_cannot_go_under_itself_or_its_own_sub_goal(
    doc: PlanDocument, areas: tuple[int, int]
) -> None:
    kf = _goal(doc, "Tryggt för alla", malomrade_id=areas[0], niva=MalNiva.KF)
    goal = _goal(doc, "Fler får stöd i tid", overordnat_id=kf)
    below = _goal(doc, "Utredningar i tid", overordnat_id=goal)
    before = _tree(doc)
    for parent in (kf, below):
        with pytest.raises(InputError) as raised:
            items.update_item(doc, ItemKind.NAMNDSMAL, kf, {"overordnat_id": parent})
        assert raised.value.message == goal_tree.LOOP
    assert _tree(doc) == before


def test_siblings_are_ordered_under_their_own_parent(
    doc: PlanDocument, areas: tuple[int, int]
) -> None:
    kf = _goal(doc, "Tryggt för alla", malomrade_id=areas[0], niva=MalNiva.KF)
    top = _goal(doc, "Ett mål överst", malomrade_id=areas[0])
    _goal(doc, "Första", overordnat_id=kf)
    second = _goal(doc, "Andra", overordnat_id=kf)
    items.move_item(doc, ItemKind.NAMNDSMAL, second, 0)
    texts = [t for t, _, _ in _tree(doc)]
    assert texts == ["Tryggt för alla", "Andra", "Första", "Ett mål överst"]
    items.move_item(doc, ItemKind.NAMNDSMAL, top, 0)
    assert _tree(doc)[0][0] == "Ett mål överst"


def test_removing_a_goal_removes_what_lies_under_it_and_undo_brings_it_back(
    doc: PlanDocument, areas: tuple[int, int]
) -> None:
    kf = _goal(doc, "Tryggt för alla", malomrade_id=areas[0], niva=MalNiva.KF)
    goal = _goal(doc, "Fler får stöd i tid", overordnat_id=kf)
    below = _goal(doc, "Utredningar i tid", overordnat_id=goal)
    indicator = _new(doc, ItemKind.INDIKATOR, {"namndsmal_id": below, "namn": "Andel i tid"})
    goal_tree.set_year_text(doc, goal, 2027, "En modell finns klar.")
    before = read_plan(doc)
    # Removing the whole area restores children before their parents are known: ids kept.
    for removed in ((ItemKind.NAMNDSMAL, kf), (ItemKind.MALOMRADE, areas[0])):
        change = items.delete_items(doc, [removed])
        after = read_plan(doc)
        assert all(g.id not in (kf, goal, below) for g in after.namndsmal)
        assert all(i.id != indicator for i in after.indikatorer)
        change.undo(doc)
        assert read_plan(doc) == before


def test_a_goal_has_a_text_per_year(doc: PlanDocument, areas: tuple[int, int]) -> None:
    goal = _goal(doc, "Barn har inflytande", malomrade_id=areas[0])
    goal_tree.set_year_text(doc, goal, 2027, "  En modell finns klar. ")
    change = goal_tree.set_year_text(doc, goal, 2028, "Modellen används överallt.")
    assert read_plan(doc).namndsmal[0].arstexter == {
        2027: "En modell finns klar.",
        2028: "Modellen används överallt.",
    }
    change.undo(doc)
    assert read_plan(doc).namndsmal[0].arstexter == {2027: "En modell finns klar."}
    clear = goal_tree.set_year_text(doc, goal, 2027, "")
    assert read_plan(doc).namndsmal[0].arstexter == {}
    clear.undo(doc)
    assert read_plan(doc).namndsmal[0].arstexter == {2027: "En modell finns klar."}
    with pytest.raises(InputError, match="rimligt årtal"):
        goal_tree.set_year_text(doc, goal, 3000, "För långt bort")
    with pytest.raises(InputError, match="för lång"):
        goal_tree.set_year_text(doc, goal, 2029, "x" * 2001)
    assert read_plan(doc).namndsmal[0].arstexter == {2027: "En modell finns klar."}


def test_a_target_compares_and_undo_restores_the_comparison(
    doc: PlanDocument, areas: tuple[int, int]
) -> None:
    goal = _goal(doc, "Fler får stöd i tid", malomrade_id=areas[0])
    indicator = _new(doc, ItemKind.INDIKATOR, {"namndsmal_id": goal, "namn": "Andel i tid"})
    values.set_indicator_value(doc, indicator, VardeSlag.MALNIVA, 2027, Decimal(90))
    change = values.set_indicator_value(
        doc, indicator, VardeSlag.MALNIVA, 2027, Decimal(95), Jamforare.MINST
    )
    found = read_plan(doc).indikatorer[0]
    assert (found.malnivaer, found.jamforare) == ({2027: Decimal(95)}, {2027: Jamforare.MINST})
    change.undo(doc)
    found = read_plan(doc).indikatorer[0]
    assert (found.malnivaer, found.jamforare) == ({2027: Decimal(90)}, {})
    with pytest.raises(InputError, match="bara en målnivå"):
        values.set_indicator_value(
            doc, indicator, VardeSlag.UTFALL, 2025, Decimal(80), Jamforare.MINST
        )
    assert read_plan(doc).indikatorer[0].utfall == {}
    items.update_item(
        doc,
        ItemKind.INDIKATOR,
        indicator,
        {"langsiktigt": Decimal(4), "langsiktigt_jamforare": Jamforare.MINST},
    )
    found = read_plan(doc).indikatorer[0]
    assert (found.langsiktigt, found.langsiktigt_jamforare) == (Decimal(4), Jamforare.MINST)


def test_an_activity_is_tied_to_a_goal_an_area_or_the_whole_plan(
    doc: PlanDocument, areas: tuple[int, int]
) -> None:
    uppdrag = _goal(doc, "Ta fram en plan", malomrade_id=areas[0], niva=MalNiva.UPPDRAG)
    activity = _new(doc, ItemKind.AKTIVITET, {"namn": "Samråd", "namndsmal_id": uppdrag})
    items.update_item(doc, ItemKind.AKTIVITET, activity, {"malomrade_id": areas[1]})
    found = read_plan(doc).aktiviteter[0]
    assert (found.namndsmal_id, found.malomrade_id) == (None, areas[1])
    items.update_item(doc, ItemKind.AKTIVITET, activity, {"namndsmal_id": uppdrag})
    found = read_plan(doc).aktiviteter[0]
    assert (found.namndsmal_id, found.malomrade_id) == (uppdrag, None)
    items.update_item(
        doc, ItemKind.AKTIVITET, activity, {"namndsmal_id": None, "malomrade_id": None}
    )
    found = read_plan(doc).aktiviteter[0]
    assert (found.namndsmal_id, found.malomrade_id) == (None, None)


def test_an_activity_has_a_revised_end_or_a_year(doc: PlanDocument) -> None:
    activity = _new(
        doc,
        ItemKind.AKTIVITET,
        {"namn": "Ny rutin", "startdatum": dt.date(2027, 3, 1), "slutdatum": dt.date(2027, 6, 30)},
    )
    items.update_item(
        doc, ItemKind.AKTIVITET, activity, {"slutdatum_reviderat": dt.date(2027, 12, 15)}
    )
    with pytest.raises(InputError, match="reviderade slutdatumet"):
        items.update_item(
            doc, ItemKind.AKTIVITET, activity, {"slutdatum_reviderat": dt.date(2027, 1, 1)}
        )
    with pytest.raises(InputError, match="rimligt årtal"):
        items.update_item(doc, ItemKind.AKTIVITET, activity, {"ar": 20270})
    items.update_item(doc, ItemKind.AKTIVITET, activity, {"ar": 2028})
    found = read_plan(doc).aktiviteter[0]
    assert (found.slutdatum_reviderat, found.ar) == (dt.date(2027, 12, 15), 2028)


def test_the_plan_names_its_goal_levels(doc: PlanDocument) -> None:
    assert read_plan(doc).uppgifter.niva_namn(MalNiva.KF) == "KF:s mål"
    items.update_item(doc, ItemKind.PLAN, 1, {"malniva_kf": "Kommunfullmäktiges mål"})
    front = read_plan(doc).uppgifter
    assert front.niva_namn(MalNiva.KF) == "Kommunfullmäktiges mål"
    assert front.niva_namn(MalNiva.UPPDRAG) == "Uppdrag"

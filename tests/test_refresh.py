"""After every kind of edit, the plan read again only where the ``Change`` says equals the
whole plan read from scratch – and so do its undo and its redo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from functools import partial

import pytest

from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import VardeSlag
from vplan_desktop.sections import ItemKind, Part, Section
from vplan_desktop.services import adoption, budget_rows, items, review, values
from vplan_desktop.services.changes import Change, batch
from vplan_desktop.services.plan import set_period, set_risk_scale
from vplan_desktop.services.read import read_change, read_plan

Step = Callable[[PlanDocument, d.PlanSnapshot], Change]


def _first_drift_column(plan: d.PlanSnapshot) -> d.BudgetKolumn:
    return plan.kolumner(d.BudgetTabell.DRIFT)[0]


STEPS: dict[str, Step] = {
    "a budget cell": lambda doc, p: values.set_drift_amount(
        doc, p.driftbudget[0].id, _first_drift_column(p).id, 4321
    ),
    "a budget cell emptied": lambda doc, p: values.set_drift_amount(
        doc, p.driftbudget[1].id, _first_drift_column(p).id, None
    ),
    "KF:s ram": lambda doc, p: values.set_kf_ram(doc, p.uppgifter.forsta_ar, 99_000),
    "a resultat amount": lambda doc, p: values.set_resultat_amount(
        doc,
        p.resultatrakning[0].id,
        p.kolumner(d.BudgetTabell.RESULTAT)[0].id,
        "intakter",
        123,
    ),
    "an investment amount": lambda doc, p: values.set_investment_amount(
        doc, p.investeringar[0].id, p.uppgifter.forsta_ar, 777
    ),
    "an indicator target": lambda doc, p: values.set_indicator_value(
        doc, p.indikatorer[0].id, VardeSlag.MALNIVA, p.uppgifter.forsta_ar, Decimal(88)
    ),
    "a key figure": lambda doc, p: values.set_nyckeltal_value(
        doc, p.nyckeltal[0].rader[0].id, p.nyckeltal[0].kolumner[0].id, Decimal(5)
    ),
    "a key-figure table's målområde, frequency and footnotes": lambda doc, p: items.update_item(
        doc,
        ItemKind.NYCKELTAL_TABELL,
        p.nyckeltal[0].id,
        {"malomrade_id": p.malomraden[0].id, "frekvens": "tertial", "fotnoter": "* En not"},
    ),
    "a key-figure row made a sub-row": lambda doc, p: items.update_item(
        doc, ItemKind.NYCKELTAL_RAD, p.nyckeltal[0].rader[-1].id, {"niva": 1}
    ),
    "an activity's name": lambda doc, p: items.update_item(
        doc, ItemKind.AKTIVITET, p.aktiviteter[0].id, {"namn": "Nytt namn"}
    ),
    "an activity to another goal": lambda doc, p: items.update_item(
        doc, ItemKind.AKTIVITET, p.aktiviteter[0].id, {"namndsmal_id": p.namndsmal[-1].id}
    ),
    "an indicator to another goal": lambda doc, p: items.update_item(
        doc, ItemKind.INDIKATOR, p.indikatorer[0].id, {"namndsmal_id": p.namndsmal[-1].id}
    ),
    "a goal's text": lambda doc, p: items.update_item(
        doc, ItemKind.NAMNDSMAL, p.namndsmal[0].id, {"text": "Ett nytt mål"}
    ),
    "a goal to no målområde": lambda doc, p: items.update_item(
        doc, ItemKind.NAMNDSMAL, p.namndsmal[0].id, {"malomrade_id": None}
    ),
    "a verksamhet renamed": lambda doc, p: items.update_item(
        doc, ItemKind.VERKSAMHET, p.verksamheter[0].id, {"namn": "Omdöpt"}
    ),
    "a chapter's text": lambda doc, p: items.update_item(
        doc, ItemKind.KAPITEL, p.kapitel[0].id, {"text": "Ny text."}
    ),
    "a control's risk": lambda doc, p: items.update_item(
        doc, ItemKind.INTERNKONTROLL, p.internkontroll[0].id, {"sannolikhet": 4}
    ),
    "the front matter": lambda doc, p: items.update_item(
        doc, ItemKind.PLAN, 1, {"kommun": "Annan kommun"}
    ),
    "a goal added": lambda doc, p: items.add_item(
        doc, ItemKind.NAMNDSMAL, {"text": "Nytt", "malomrade_id": p.malomraden[0].id}
    ),
    "an activity moved": lambda doc, p: items.move_item(
        doc, ItemKind.AKTIVITET, p.aktiviteter[-1].id, 0
    ),
    "a målområde moved": lambda doc, p: items.move_item(
        doc, ItemKind.MALOMRADE, p.malomraden[-1].id, 0
    ),
    "a goal removed with its indicators": lambda doc, p: items.delete_items(
        doc, [(ItemKind.NAMNDSMAL, p.namndsmal[0].id)]
    ),
    "a målområde removed": lambda doc, p: items.delete_items(
        doc, [(ItemKind.MALOMRADE, p.malomraden[0].id)]
    ),
    "a verksamhet removed": lambda doc, p: items.delete_items(
        doc, [(ItemKind.VERKSAMHET, p.verksamheter[0].id)]
    ),
    "a budget column removed": lambda doc, p: items.delete_items(
        doc, [(ItemKind.BUDGETKOLUMN, _first_drift_column(p).id)]
    ),
    "items of two kinds removed": lambda doc, p: items.delete_items(
        doc,
        [
            (ItemKind.AKTIVITET, p.aktiviteter[0].id),
            (ItemKind.INTERNKONTROLL, p.internkontroll[0].id),
        ],
    ),
    "a key figure row removed": lambda doc, p: items.delete_items(
        doc, [(ItemKind.NYCKELTAL_RAD, p.nyckeltal[0].rader[0].id)]
    ),
    "a new verksamhet's row": lambda doc, p: budget_rows.add_verksamhet_row(
        doc, ItemKind.DRIFTBUDGET_RAD, "Ny verksamhet"
    ),
    "the period": lambda doc, p: set_period(doc, p.uppgifter.forsta_ar, p.uppgifter.forsta_ar + 3),
    "the risk scale": lambda doc, p: set_risk_scale(
        doc,
        d.RiskScale(
            storlek=5,
            sannolikhet=tuple(str(n) for n in range(1, 6)),
            konsekvens=tuple(str(n) for n in range(1, 6)),
            band=(d.RiskBand(6, "#2e7d32", "Låg"), d.RiskBand(25, "#c62828", "Hög")),
        ),
    ),
    "a section marked reviewed": lambda doc, p: review.mark_section_reviewed(doc, Section.MAL),
    "a batch of values and names": lambda doc, p: batch(
        doc,
        [
            partial(
                values.set_drift_amount,
                rad_id=p.driftbudget[0].id,
                kolumn_id=_first_drift_column(p).id,
                belopp=1,
            ),
            partial(
                items.update_item,
                kind_name=ItemKind.INDIKATOR,
                item_id=p.indikatorer[0].id,
                fields={"namn": "Ny indikator"},
            ),
        ],
    ),
    "the plan adopted": lambda doc, p: adoption.adopt(doc, dt.date(2026, 11, 20), "§ 12"),
}


def _same(doc: PlanDocument, before: d.PlanSnapshot, change: Change) -> d.PlanSnapshot:
    patched = read_change(doc, before, change)
    whole = read_plan(doc)
    stale = [
        name
        for name in whole.__dataclass_fields__
        if getattr(whole, name) != getattr(patched, name)
    ]
    assert not stale, f"{change.kind} {change.item_id}: read again too little: {stale}"
    return patched


KEEPS_ON_UNDO = {"the period"}
"""Undoing a longer period keeps the budget columns it added (nothing is removed)."""
FROZEN = {"the plan adopted"}
"""An adopted plan is frozen: its adoption is not undone with Ångra."""


@pytest.mark.parametrize("name", list(STEPS))
def test_the_parts_read_again_are_all_an_edit_changed(example_doc: PlanDocument, name: str) -> None:
    before = read_plan(example_doc)
    change = STEPS[name](example_doc, before)
    after = _same(example_doc, before, change)
    if name in FROZEN:
        return
    undone = change.undo(example_doc)
    restored = _same(example_doc, after, undone)
    if name not in KEEPS_ON_UNDO:
        assert restored == before
    redone = undone.undo(example_doc)
    _same(example_doc, restored, redone)


def test_an_edit_in_place_keeps_every_other_item_as_it_was(example_doc: PlanDocument) -> None:
    before = read_plan(example_doc)
    change = STEPS["an activity's name"](example_doc, before)
    assert change.in_place
    after = read_change(example_doc, before, change)
    # Views tell what changed by identity: only the one activity is a new object.
    new = [a for a, b in zip(after.aktiviteter, before.aktiviteter, strict=True) if a is not b]
    assert [a.id for a in new] == [before.aktiviteter[0].id]
    assert after.aktiviteter[0].namn == "Nytt namn"
    for part in Part:
        if part is not Part.AKTIVITETER:
            assert getattr(after, part.value) is getattr(before, part.value)


def test_a_budget_cell_reads_only_the_budget_again(example_doc: PlanDocument) -> None:
    before = read_plan(example_doc)
    change = STEPS["a budget cell"](example_doc, before)
    assert change.touched() == {Part.DRIFTBUDGET}
    after = read_change(example_doc, before, change)
    assert after.indikatorer is before.indikatorer
    assert after.aktiviteter is before.aktiviteter

"""What the user saw: the version of an item, or the value of a cell, as the window's snapshot
shows it, for the services' ``seen=`` (``db.row_versions``).

Several people may edit one plan on the server at once. An edit passes on what its user was
shown, so that a change someone else made in between is not overwritten without a word: the
service refuses it (``ConflictError``) and the window reads the plan again. Something the
snapshot does not hold (an item just removed) gives None: not checked, and the service says
the item is gone.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import partial
from typing import Any

from vplan_desktop import domain as d
from vplan_desktop.db.enums import VardeSlag
from vplan_desktop.follow_up_data import Bedomningsniva, Uppfoljning
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import follow_up, goal_tree, items
from vplan_desktop.ui.context import Edit

_PARTS: dict[ItemKind, str] = {
    ItemKind.KAPITEL: "kapitel",
    ItemKind.BILD: "bilder",
    ItemKind.VERKSAMHET: "verksamheter",
    ItemKind.MALOMRADE: "malomraden",
    ItemKind.NAMNDSMAL: "namndsmal",
    ItemKind.INDIKATOR: "indikatorer",
    ItemKind.AKTIVITET: "aktiviteter",
    ItemKind.BUDGETKOLUMN: "budgetkolumner",
    ItemKind.DRIFTBUDGET_RAD: "driftbudget",
    ItemKind.RESULTAT_RAD: "resultatrakning",
    ItemKind.KOSTNADSSLAG_RAD: "kostnadsslag",
    ItemKind.INVESTERING: "investeringar",
    ItemKind.NYCKELTAL_TABELL: "nyckeltal",
    ItemKind.INTERNKONTROLL: "internkontroll",
    ItemKind.UPPFOLJNING: "uppfoljningar",
}
"""The snapshot part that holds the items of a kind (key figure columns and rows are held
by their tables)."""


def _candidates(plan: d.PlanSnapshot, kind: ItemKind) -> Iterable[Any]:
    if kind is ItemKind.PLAN:
        return (plan.uppgifter,)
    if kind is ItemKind.NYCKELTAL_KOLUMN:
        return (c for t in plan.nyckeltal for c in t.kolumner)
    if kind is ItemKind.NYCKELTAL_RAD:
        return (r for t in plan.nyckeltal for r in t.rader)
    part = _PARTS.get(kind)
    return () if part is None else getattr(plan, part)


def version(plan: d.PlanSnapshot, kind: ItemKind, item_id: int | None) -> int | None:
    """The version of the item ``item_id`` of ``kind`` in ``plan``; None where the snapshot
    has no such item (or no version for the kind): not checked."""
    if kind is ItemKind.PLAN:
        return plan.uppgifter.version or None
    found = next((i for i in _candidates(plan, kind) if i.id == item_id), None)
    return None if found is None else (getattr(found, "version", 0) or None)


def update(
    plan: d.PlanSnapshot,
    kind: ItemKind,
    item_id: int,
    fields: dict[str, Any],
    **options: Any,
) -> Edit:
    """``items.update_item`` of an item as ``plan`` shows it."""
    return partial(
        items.update_item,
        kind_name=kind,
        item_id=item_id,
        fields=fields,
        seen=version(plan, kind, item_id),
        **options,
    )


def move(plan: d.PlanSnapshot, kind: ItemKind, item_id: int, index: int) -> Edit:
    """``items.move_item`` of an item as ``plan`` shows it."""
    return partial(
        items.move_item,
        kind_name=kind,
        item_id=item_id,
        index=index,
        seen=version(plan, kind, item_id),
    )


def delete(plan: d.PlanSnapshot, victims: Sequence[tuple[ItemKind, int]]) -> Edit:
    """``items.delete_items`` of items as ``plan`` shows them: one removed by someone else
    meanwhile is gone already, one changed by someone else is kept (``ConflictError``)."""
    return partial(
        items.delete_items,
        items=list(victims),
        seen=[version(plan, kind, item_id) for kind, item_id in victims],
    )


# --- cells -------------------------------------------------------------------------------------


def _by_id(rows: Iterable[Any], item_id: int | None) -> Any:
    return next((r for r in rows if r.id == item_id), None)


def drift_amount(plan: d.PlanSnapshot, rad_id: int, kolumn_id: int) -> Any:
    """The driftbudget cell as stored (None: empty)."""
    row = _by_id(plan.driftbudget, rad_id)
    return None if row is None else row.belopp.get(kolumn_id)


def kf_ram(plan: d.PlanSnapshot, ar: int) -> Any:
    """KF's ram for ``ar`` (None: none)."""
    return next((r.belopp for r in plan.kf_ram if r.ar == ar), None)


def column_total(plan: d.PlanSnapshot, kolumn_id: int) -> Any:
    """A budget column's printed total as given (None: the rows' sum)."""
    column = _by_id(plan.budgetkolumner, kolumn_id)
    return None if column is None else column.angiven_summa


def resultat_amount(plan: d.PlanSnapshot, rad_id: int, kolumn_id: int, falt: str) -> Any:
    """A resultaträkning cell as stored (a netto computed from intäkter and kostnader is not
    stored: None)."""
    row = _by_id(plan.resultatrakning, rad_id)
    figures = None if row is None else row.belopp.get(kolumn_id)
    return None if figures is None else getattr(figures, falt)


def cost_type_amount(plan: d.PlanSnapshot, rad_id: int, kolumn_id: int) -> Any:
    row = _by_id(plan.kostnadsslag, rad_id)
    return None if row is None else row.belopp.get(kolumn_id)


def investment_amount(plan: d.PlanSnapshot, investering_id: int, ar: int, falt: str) -> Any:
    row = _by_id(plan.investeringar, investering_id)
    return None if row is None else getattr(row, falt).get(ar)


def key_figure(plan: d.PlanSnapshot, rad_id: int, kolumn_id: int) -> Any:
    row = _by_id((r for t in plan.nyckeltal for r in t.rader), rad_id)
    return None if row is None else row.varden.get(kolumn_id)


_INDICATOR_VALUES = {
    VardeSlag.MALNIVA: "malnivaer",
    VardeSlag.UTFALL: "utfall",
    VardeSlag.JAMFORELSE: "jamforelser",
}


def indicator_value(plan: d.PlanSnapshot, indikator_id: int, slag: VardeSlag, ar: int) -> Any:
    """An indicator's target, outcome or comparison figure for ``ar`` (None: empty)."""
    indicator = _by_id(plan.indikatorer, indikator_id)
    if indicator is None:
        return None
    return getattr(indicator, _INDICATOR_VALUES[VardeSlag(slag)]).get(ar)


def year_text(plan: d.PlanSnapshot, goal_id: int, ar: int) -> str:
    """A goal's target in words for ``ar`` ("" for none)."""
    goal = _by_id(plan.namndsmal, goal_id)
    return "" if goal is None else str(goal.arstexter.get(ar, ""))


def set_year_text(plan: d.PlanSnapshot, goal_id: int, ar: int, text: str) -> Edit:
    """``goal_tree.set_year_text`` of the text ``plan`` shows."""
    return partial(
        goal_tree.set_year_text,
        goal_id=goal_id,
        ar=ar,
        text=text,
        seen=year_text(plan, goal_id, ar),
    )


# --- follow-ups --------------------------------------------------------------------------------

_FOLLOW_UPS: dict[ItemKind, str] = {
    ItemKind.UPPFOLJNING_MAL: "mal",
    ItemKind.UPPFOLJNING_INDIKATOR: "indikatorer",
    ItemKind.UPPFOLJNING_AKTIVITET: "aktiviteter",
    ItemKind.UPPFOLJNING_DRIFT: "drift",
    ItemKind.UPPFOLJNING_RESULTAT: "resultat",
    ItemKind.UPPFOLJNING_INVESTERING: "investeringar",
    ItemKind.UPPFOLJNING_KONTROLL: "kontroller",
}


def follow_up_values(
    period: Uppfoljning | None, kind: ItemKind, item_id: int, names: Iterable[str]
) -> dict[str, Any] | None:
    """The follow-up fields ``names`` of an item at ``period`` as shown (None for an empty
    one); None when the period is not in the snapshot: not checked."""
    if period is None or kind not in _FOLLOW_UPS:
        return None
    entry = getattr(period, _FOLLOW_UPS[kind]).get(item_id)
    return {name: None if entry is None else getattr(entry, name, None) for name in names}


def set_follow_up(
    plan: d.PlanSnapshot, kind: ItemKind, period_id: int, item_id: int, fields: dict[str, Any]
) -> Edit:
    """``follow_up.set_follow_up`` of the values ``plan`` shows at the period."""
    return partial(
        follow_up.set_follow_up,
        kind=kind,
        period_id=period_id,
        item_id=item_id,
        fields=fields,
        seen=follow_up_values(plan.uppfoljning(period_id), kind, item_id, fields),
    )


def _period_version(period: Uppfoljning | None) -> int | None:
    return (period.version or None) if period is not None else None


def mark_reported(period: Uppfoljning | None, period_id: int, datum: Any) -> Edit:
    """``follow_up.mark_reported`` of the period as shown (``period``: None, not checked)."""
    return partial(
        follow_up.mark_reported, period_id=period_id, datum=datum, seen=_period_version(period)
    )


def reopen_period(period: Uppfoljning | None, period_id: int, orsak: str) -> Edit:
    """``follow_up.reopen_period`` of the period as shown."""
    return partial(
        follow_up.reopen_period, period_id=period_id, orsak=orsak, seen=_period_version(period)
    )


def delete_period(period: Uppfoljning) -> Edit:
    """``follow_up.delete_period`` of the period and all it holds as shown: refused when
    someone else has changed any of it since."""
    return partial(follow_up.delete_period, period_id=period.id, seen=period.innehall or None)


def set_assessment_scale(
    shown: Sequence[Bedomningsniva], levels: Sequence[follow_up.AssessmentLevel]
) -> Edit:
    """``follow_up.set_assessment_scale`` of the scale as ``shown``."""
    return partial(follow_up.set_assessment_scale, levels=list(levels), seen=tuple(shown))

"""A budget table's unit (tkr or mnkr): changing it converts every amount of the table exactly,
so that the figures keep their worth (1 307 tkr is 1,307 mnkr), in one undoable action."""

from __future__ import annotations

from decimal import Decimal
from functools import partial
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vplan_desktop.db import models as m
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import BeloppEnhet, BudgetTabell
from vplan_desktop.errors import InputError
from vplan_desktop.formatting import format_number
from vplan_desktop.numbers import LARGEST, MAX_AMOUNT_DECIMALS, plain, too_large
from vplan_desktop.sections import ItemKind, Section
from vplan_desktop.services.changes import Change

TABLES = {
    "drift": (Section.DRIFT, "driftbudgeten"),
    "resultat": (Section.RESULTAT, "resultaträkningen"),
    "investering": (Section.INVESTERINGAR, "investeringarna"),
}
"""The tables that have a unit: the section showing each, and how a message names it."""

_AMOUNTS: dict[str, list[tuple[Any, tuple[str, ...]]]] = {
    "drift": [(m.DriftbudgetBelopp, ("belopp",)), (m.KfRam, ("belopp",))],
    "resultat": [
        (m.ResultatBelopp, ("intakter", "kostnader", "netto")),
        (m.KostnadsslagBelopp, ("belopp",)),
    ],
    "investering": [(m.InvesteringBelopp, ("belopp", "utfall"))],
}
FACTOR = {
    (BeloppEnhet.TKR, BeloppEnhet.MNKR): Decimal("0.001"),
    (BeloppEnhet.MNKR, BeloppEnhet.TKR): Decimal(1000),
}


def _converted(value: Decimal | None, factor: Decimal, name: str) -> Decimal | None:
    if value is None:
        return None
    result = plain(value * factor)
    exponent = result.as_tuple().exponent
    assert isinstance(exponent, int)
    if result.copy_abs() > LARGEST:
        raise InputError(
            f"Beloppen i {name} kan inte räknas om: {format_number(value)} blir ett orimligt "
            f"stort belopp ({too_large(result < 0)})."
        )
    if -exponent > MAX_AMOUNT_DECIMALS:
        raise InputError(
            f"Beloppen i {name} kan inte räknas om exakt: ett belopp skulle få fler än "
            f"{MAX_AMOUNT_DECIMALS} decimaler. Avrunda det först."
        )
    return result


def _convert(session: Session, table: str, factor: Decimal) -> None:
    name = TABLES[table][1]
    for model, fields in _AMOUNTS[table]:
        for row in session.scalars(select(model)):
            for field in fields:
                setattr(row, field, _converted(getattr(row, field), factor, name))
    if table in ("drift", "resultat"):
        tabell = BudgetTabell.DRIFT if table == "drift" else BudgetTabell.RESULTAT
        for column in session.scalars(select(m.BudgetKolumn).filter_by(tabell=tabell)):
            column.angiven_summa = _converted(column.angiven_summa, factor, name)


def set_budget_unit(doc: PlanDocument, table: str, unit: BeloppEnhet | str) -> Change:
    """Write ``table``'s amounts ("drift", "resultat" or "investering") in ``unit``."""
    if table not in TABLES:
        raise InputError(f"Planen har ingen budgettabell som heter {table}.")
    try:
        wanted = BeloppEnhet(unit)
    except ValueError:
        raise InputError(f"Enheten ”{unit}” finns inte: välj tkr eller mnkr.") from None
    with doc.transaction() as session:
        plan = session.get_one(m.Plan, 1)
        previous: BeloppEnhet = getattr(plan, f"enhet_{table}")
        if previous is not wanted:
            _convert(session, table, FACTOR[(previous, wanted)])
            setattr(plan, f"enhet_{table}", wanted)
    undo = partial(set_budget_unit, table=table, unit=previous)
    return Change(TABLES[table][0], ItemKind.PLAN, 1, undo)

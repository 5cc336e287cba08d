"""Setting one cell: an indicator's target or outcome for a year, a budget amount, KF's ram,
an investment amount, a key figure. Each is one undoable action; ``None`` empties the cell.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from functools import partial
from typing import Any

from sqlalchemy import delete, insert, inspect, select, update
from sqlalchemy.orm import Session

from vplan_desktop.db import models as m
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import BudgetTabell, Jamforare, KolumnSlag, VardeSlag
from vplan_desktop.domain import KOLUMN_SLAG_LABELS, MAX_INVESTMENT_YEARS, Value
from vplan_desktop.errors import InputError, NotFoundError
from vplan_desktop.numbers import MAX_AMOUNT as MAX_AMOUNT  # the import of Excel budgets uses it
from vplan_desktop.numbers import check_amount, item_name
from vplan_desktop.sections import ItemKind, Section
from vplan_desktop.services import kinds
from vplan_desktop.services.changes import Change


def _amount(value: Any, field: str | Callable[[], str]) -> Decimal | None:
    """``value`` checked as an amount; ``field`` names it in the message, and may be a
    function when naming it costs a query (it is called only when the value is refused)."""
    if value is None:
        return None
    if isinstance(field, str):
        return check_amount(value, field)
    try:
        return check_amount(value, "")
    except InputError:
        return check_amount(value, field())  # refused again, now naming the cell


def _require(session: Session, model: type[m.Base], item_id: int, label: str) -> Any:
    """The row of ``model`` with ``item_id`` (its columns as attributes), read through
    SQLAlchemy Core: setting a cell is the commonest action, and the ORM's objects and unit of
    work cost more than the write itself."""
    table: Any = model.__table__
    _settle(session)
    found = session.connection().execute(select(table).where(table.c.id == item_id)).first()
    if found is None:
        raise NotFoundError(f"{label} finns inte längre i planen.")
    return found


def _settle(session: Session) -> None:
    """Write what earlier steps of the same action left in the session before a Core
    statement reads or writes past it."""
    if session.new or session.dirty or session.deleted:
        session.flush()


def _upsert(
    session: Session, model: type[m.Base], key: dict[str, Any], values: dict[str, Any] | None
) -> dict[str, Any] | None:
    """Set (or with None remove) the row with ``key``; return the values it had before.

    Through Core, as ``_require``; objects an earlier step of the same action loaded are
    expired where the write may have made them stale, so that they are read again."""
    table: Any = model.__table__
    where = [table.c[name] == value for name, value in key.items()]
    columns = [c for c in table.columns if c.name not in key]
    _settle(session)
    connection = session.connection()
    found = connection.execute(select(*columns).where(*where)).first()
    old = None if found is None else dict(found._mapping)
    if values is None:
        if found is not None:
            connection.execute(delete(table).where(*where))
    elif found is None:
        connection.execute(insert(table).values(**key, **values))
    else:
        connection.execute(update(table).where(*where).values(**values))
    _expire(session, model)
    return old


def _expire(session: Session, model: type[m.Base]) -> None:
    """Expire loaded objects of ``model`` and collections of it on other loaded objects."""
    for obj in list(session.identity_map.values()):
        if isinstance(obj, model):
            session.expire(obj)
            continue
        stale = [r.key for r in inspect(type(obj)).relationships if r.mapper.class_ is model]
        if stale:
            session.expire(obj, stale)


def set_indicator_value(
    doc: PlanDocument,
    indikator_id: int,
    slag: VardeSlag,
    ar: int,
    value: Value,
    jamforare: Jamforare | None = None,
) -> Change:
    """Set an indicator's target (målnivå), outcome (utfall) or comparison figure (jämförelse)
    for one year; the year may lie before the plan (history) or after it (a long-range
    target). A target may compare (``jamforare``: "≥ 95"); other values may not."""
    with doc.transaction() as session:
        indicator = _require(session, m.Indikator, indikator_id, "Indikatorn")
        year = kinds.year("Året")(session, ar)
        label = f"{VALUE_LABELS[VardeSlag(slag)]} {year} för {item_name(indicator.namn)}"
        checked = kinds.value(label)(session, value)
        if jamforare is not None and VardeSlag(slag) is not VardeSlag.MALNIVA:
            raise InputError(f"{label}: bara en målnivå kan ha ≥, ≤, >, < eller =.")
        compared = kinds.choice(label, Jamforare, optional=True)(session, jamforare)
        if not isinstance(checked, Decimal):
            compared = None  # only a number compares: "≥ Öka" says nothing more than "Öka"
        key = {"indikator_id": indikator_id, "slag": VardeSlag(slag), "ar": year}
        values = None if checked is None else {**_value_columns(checked), "jamforare": compared}
        old = _upsert(session, m.IndikatorVarde, key, values)
    previous = None if old is None else (old["tal"] if old["tal"] is not None else old["text"])
    undo = partial(
        set_indicator_value,
        indikator_id=indikator_id,
        slag=slag,
        ar=ar,
        value=previous,
        jamforare=None if old is None else old["jamforare"],
    )
    return Change(Section.MAL, ItemKind.INDIKATOR, indikator_id, undo, in_place=True)


AmountInput = Decimal | int | float | str | None
"""An amount as it comes: a number, Swedish text ("12,3") or blank; checked by the service."""

VALUE_LABELS = {
    VardeSlag.MALNIVA: "Målnivå",
    VardeSlag.UTFALL: "Utfall",
    VardeSlag.JAMFORELSE: "Jämförelse",
}
"""How a message names an indicator's value of each kind: "Målnivå 2027 för ”Andel …”"."""


def _value_columns(value: Value) -> dict[str, Any]:
    return {
        "tal": value if isinstance(value, Decimal) else None,
        "text": value if isinstance(value, str) else None,
    }


def set_drift_amount(doc: PlanDocument, rad_id: int, kolumn_id: int, belopp: AmountInput) -> Change:
    """Set a driftbudget cell (net amount in the table's unit)."""
    with doc.transaction() as session:
        row = _require(session, m.DriftbudgetRad, rad_id, "Driftbudgetraden")
        column = _column(session, kolumn_id, BudgetTabell.DRIFT)
        amount = _amount(
            belopp, partial(_cell_label, "Beloppet", row.verksamhet_id, column, session)
        )
        key = {"rad_id": rad_id, "kolumn_id": kolumn_id}
        old = _upsert(
            session, m.DriftbudgetBelopp, key, None if amount is None else {"belopp": amount}
        )
    undo = partial(
        set_drift_amount,
        rad_id=rad_id,
        kolumn_id=kolumn_id,
        belopp=None if old is None else old["belopp"],
    )
    return Change(Section.DRIFT, ItemKind.DRIFTBUDGET_RAD, rad_id, undo, in_place=True)


def _column(session: Session, kolumn_id: int, tabell: BudgetTabell) -> Any:
    """A column of ``tabell`` that figures are typed in (an avvikelse is computed)."""
    column = _require(session, m.BudgetKolumn, kolumn_id, "Kolumnen")
    if column.tabell is not tabell:
        raise InputError("Kolumnen hör till en annan tabell.")
    if column.slag is KolumnSlag.AVVIKELSE:
        raise InputError(COMPUTED_COLUMN)
    return column


COMPUTED_COLUMN = (
    "Avvikelsen räknas fram ur budget och prognos (eller utfall) för samma år och skrivs inte in."
)


def set_column_total(doc: PlanDocument, kolumn_id: int, belopp: AmountInput) -> Change:
    """Set the total a budget column prints (the nettokostnad), kept as given even where it
    differs from the rows' sum; None goes back to the sum of the rows."""
    with doc.transaction() as session:
        column = _require(session, m.BudgetKolumn, kolumn_id, "Kolumnen")
        if column.slag is KolumnSlag.AVVIKELSE:
            raise InputError(COMPUTED_COLUMN)
        label = f"Summan för {KOLUMN_SLAG_LABELS[column.slag]} {column.ar}"
        amount = _amount(belopp, label)
        previous = column.angiven_summa
        _upsert(session, m.BudgetKolumn, {"id": kolumn_id}, {"angiven_summa": amount})
        section = Section.RESULTAT if column.tabell is BudgetTabell.RESULTAT else Section.DRIFT
    undo = partial(set_column_total, kolumn_id=kolumn_id, belopp=previous)
    return Change(section, ItemKind.BUDGETKOLUMN, kolumn_id, undo)


def _cell_label(what: str, verksamhet_id: int, column: Any, session: Session) -> str:
    """How a message names a budget cell: "Beloppet för ”Förskola”, Budget 2026"."""
    unit = session.get(m.Verksamhet, verksamhet_id)
    name = item_name(unit.namn) if unit is not None else "raden"
    return f"{what} för {name}, {KOLUMN_SLAG_LABELS[column.slag]} {column.ar}"


RESULTAT_FIELDS = ("intakter", "kostnader", "netto")
RESULTAT_LABELS = {"intakter": "Intäkterna", "kostnader": "Kostnaderna", "netto": "Nettot"}


def set_resultat_amount(
    doc: PlanDocument, rad_id: int, kolumn_id: int, falt: str, belopp: AmountInput
) -> Change:
    """Set intäkter, kostnader or netto of a resultaträkning row in one column."""
    if falt not in RESULTAT_FIELDS:
        raise InputError(f"Resultaträkningen har inget fält som heter {falt}.")
    with doc.transaction() as session:
        line = _require(session, m.ResultatRad, rad_id, "Resultaträkningsraden")
        column = _column(session, kolumn_id, BudgetTabell.RESULTAT)
        label = partial(_cell_label, RESULTAT_LABELS[falt], line.verksamhet_id, column, session)
        amount = _amount(belopp, label)
        key = {"rad_id": rad_id, "kolumn_id": kolumn_id}
        row: Any = session.execute(select(m.ResultatBelopp).filter_by(**key)).scalar_one_or_none()
        current = (
            {f: getattr(row, f) for f in RESULTAT_FIELDS} if row else dict.fromkeys(RESULTAT_FIELDS)
        )
        previous = current[falt]
        current[falt] = amount
        empty = all(v is None for v in current.values())
        _upsert(session, m.ResultatBelopp, key, None if empty else current)
    undo = partial(
        set_resultat_amount, rad_id=rad_id, kolumn_id=kolumn_id, falt=falt, belopp=previous
    )
    return Change(Section.RESULTAT, ItemKind.RESULTAT_RAD, rad_id, undo, in_place=True)


def set_cost_type_amount(
    doc: PlanDocument, rad_id: int, kolumn_id: int, belopp: AmountInput
) -> Change:
    """Set a line of the resultaträkning by cost type in one column (intäkter positive,
    kostnader negative, in the resultaträkning's unit)."""
    with doc.transaction() as session:
        line = _require(session, m.KostnadsslagRad, rad_id, "Kostnadsslaget")
        column = _column(session, kolumn_id, BudgetTabell.RESULTAT)
        label = (
            f"Beloppet för {item_name(line.namn)}, {KOLUMN_SLAG_LABELS[column.slag]} {column.ar}"
        )
        amount = _amount(belopp, label)
        key = {"rad_id": rad_id, "kolumn_id": kolumn_id}
        old = _upsert(
            session, m.KostnadsslagBelopp, key, None if amount is None else {"belopp": amount}
        )
    undo = partial(
        set_cost_type_amount,
        rad_id=rad_id,
        kolumn_id=kolumn_id,
        belopp=None if old is None else old["belopp"],
    )
    return Change(Section.RESULTAT, ItemKind.KOSTNADSSLAG_RAD, rad_id, undo, in_place=True)


def set_kf_ram(
    doc: PlanDocument, ar: int, belopp: AmountInput, beslut: str | None = None
) -> Change:
    """Set KF's budget frame (ram) for a year; None removes it. Without ``beslut`` the decision
    the ram was given with is kept: a cell typed or pasted in the grid changes the amount."""
    with doc.transaction() as session:
        year = kinds.year("Året")(session, ar)
        amount = _amount(belopp, f"KF:s ram för {year}")
        given = {} if beslut is None else {"beslut": kinds.text("Beslutet")(session, beslut)}
        old = _upsert(
            session,
            m.KfRam,
            {"ar": year},
            None if amount is None else {"belopp": amount, **given},
        )
    undo = partial(
        set_kf_ram,
        ar=ar,
        belopp=None if old is None else old["belopp"],
        beslut="" if old is None else old["beslut"],
    )
    return Change(Section.DRIFT, ItemKind.KF_RAM, ar, undo)  # a year's ram may come or go


INVESTMENT_FIELDS = {"belopp": "Beloppet", "utfall": "Utfallet"}
"""An investment's figures per year: its budget or plan, and what it actually cost."""


def set_investment_amount(
    doc: PlanDocument,
    investering_id: int,
    ar: int,
    belopp: AmountInput,
    falt: str = "belopp",
) -> Change:
    """Set an investment's budget or plan (``belopp``) or outcome (``utfall``) for a year: a
    year of the plan's investment period (the budget year and four plan years) or one before
    it (history)."""
    if falt not in INVESTMENT_FIELDS:
        raise InputError(f"Investeringen har inget fält som heter {falt}.")
    with doc.transaction() as session:
        project = _require(session, m.Investering, investering_id, "Investeringen")
        first = session.execute(select(m.Plan.forsta_ar)).scalar_one()
        last = first + MAX_INVESTMENT_YEARS - 1
        if not isinstance(ar, int) or isinstance(ar, bool) or not kinds.MIN_YEAR <= ar <= last:
            raise InputError(f"Investeringar anges för åren {kinds.MIN_YEAR} till och med {last}.")
        label = f"{INVESTMENT_FIELDS[falt]} {ar} för {item_name(project.projekt)}"
        amount = _amount(belopp, label)
        key = {"investering_id": investering_id, "ar": ar}
        found = session.execute(
            select(m.InvesteringBelopp.belopp, m.InvesteringBelopp.utfall).filter_by(**key)
        ).first()
        current = {"belopp": None, "utfall": None} if found is None else dict(found._mapping)
        previous = current[falt]
        current[falt] = amount
        empty = all(v is None for v in current.values())
        _upsert(session, m.InvesteringBelopp, key, None if empty else current)
    undo = partial(
        set_investment_amount,
        investering_id=investering_id,
        ar=ar,
        belopp=previous,
        falt=falt,
    )
    return Change(Section.INVESTERINGAR, ItemKind.INVESTERING, investering_id, undo, in_place=True)


def set_nyckeltal_value(doc: PlanDocument, rad_id: int, kolumn_id: int, value: Value) -> Change:
    """Set one cell of a key-figure table."""
    with doc.transaction() as session:
        row = _require(session, m.NyckeltalRad, rad_id, "Raden")
        column = _require(session, m.NyckeltalKolumn, kolumn_id, "Kolumnen")
        if column.tabell_id != row.tabell_id:
            raise InputError("Kolumnen hör till en annan tabell.")
        label = f"Värdet för {item_name(row.namn)} i kolumnen {item_name(column.rubrik)}"
        checked = kinds.value(label)(session, value)
        key = {"rad_id": rad_id, "kolumn_id": kolumn_id}
        old = _upsert(
            session, m.NyckeltalVarde, key, None if checked is None else _value_columns(checked)
        )
    previous = None if old is None else (old["tal"] if old["tal"] is not None else old["text"])
    undo = partial(set_nyckeltal_value, rad_id=rad_id, kolumn_id=kolumn_id, value=previous)
    return Change(Section.NYCKELTAL, ItemKind.NYCKELTAL_RAD, rad_id, undo, in_place=True)

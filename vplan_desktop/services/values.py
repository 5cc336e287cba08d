"""Setting one cell: an indicator's target or outcome for a year, a budget amount, KF's ram,
an investment amount, a key figure. Each is one undoable action; ``None`` empties the cell.

A cell has no version in the snapshot: an edit based on what its user saw names the value
it saw (``seen``; None for an empty cell), and is refused (``ConflictError``) when the cell
holds another value now. Its undo is refused the same way when someone else has set the cell
since. Between the check and the write the row is written only at the version read
(``row_versions``), so a race with another transaction is refused too.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from enum import Enum
from functools import partial
from typing import Any

from sqlalchemy import delete, exc, insert, inspect, select, update
from sqlalchemy.orm import Session

from vplan_desktop.db import models as m
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import BudgetTabell, Jamforare, KolumnSlag, VardeSlag
from vplan_desktop.db.row_versions import (
    VERSION_COLUMNS,
    local_time,
    produced,
    stamp_values,
    touched,
)
from vplan_desktop.domain import KOLUMN_SLAG_LABELS, MAX_INVESTMENT_YEARS, Value
from vplan_desktop.errors import ConflictError, InputError, NotFoundError
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


class Unchecked(Enum):
    """No value seen: the edit is not based on what a user was shown (an import, a script)."""

    UNCHECKED = "unchecked"


UNCHECKED = Unchecked.UNCHECKED

Seen = Any
"""The value of a cell its user saw (None: empty), or ``UNCHECKED``."""

CellCheck = Callable[[Any], None]
"""Looks at a cell's row as it is now (None: no row) before it is written; raises
``ConflictError``."""


def _same(current: Any, seen: Any) -> bool:
    if isinstance(current, Decimal) and isinstance(seen, int | float | Decimal | str):
        try:
            return current == Decimal(str(seen).replace(",", "."))
        except ArithmeticError:
            return False
    return bool(current == seen)


def _seen(
    session: Session,
    model: type[m.Base],
    key: dict[str, Any],
    seen: Seen,
    value_of: Callable[[Any], Any],
) -> CellCheck | None:
    """The check that the cell ``key`` still holds ``seen`` (``value_of`` reads it from the
    row); None when nothing was seen. A cell this same action has written is not checked."""
    if seen is UNCHECKED:
        return None
    table: Any = model.__table__

    def check(found: Any) -> None:
        current = None if found is None else value_of(found)
        if _same(current, seen) or (table.name, tuple(key.values())) in touched(session):
            return
        if found is None:
            raise ConflictError("", None)  # emptied: an empty cell keeps no name
        raise ConflictError(found.andrad_av, local_time(found.andrad_tid))

    return check


def _upsert(
    session: Session,
    model: type[m.Base],
    key: dict[str, Any],
    values: dict[str, Any] | None,
    check: CellCheck | None = None,
) -> dict[str, Any] | None:
    """Set (or with None remove) the row with ``key``; return the values it had before.

    ``check`` sees the row first and may refuse the edit. The row is written only at the
    version read, and stamped with who wrote it (``row_versions``); a row another transaction
    wrote in between refuses the edit (``ConflictError``).

    Through Core, as ``_require``; objects an earlier step of the same action loaded are
    expired where the write may have made them stale, so that they are read again."""
    table: Any = model.__table__
    where = [table.c[name] == value for name, value in key.items()]
    columns = [c for c in table.columns if c.name not in key]
    _settle(session)
    connection = session.connection()
    found = connection.execute(select(*columns).where(*where)).first()
    if check is not None:
        check(found)
    old = None if found is None else dict(found._mapping)
    own = None if values is None else {n: v for n, v in values.items() if n not in VERSION_COLUMNS}
    if own is None:
        if found is not None:
            done = connection.execute(delete(table).where(*where, table.c.version == found.version))
            _written(session, table, where, done.rowcount)
    elif found is None:
        _insert(session, table, where, {**key, **own, "version": 1, **stamp_values(session)})
    else:
        done = connection.execute(
            update(table)
            .where(*where, table.c.version == found.version)
            .values(**own, version=found.version + 1, **stamp_values(session))
        )
        _written(session, table, where, done.rowcount)
        produced(session, (table.name, tuple(key.values())), found.version + 1)
    touched(session).add((table.name, tuple(key.values())))
    _expire(session, model)
    return old


def _written(session: Session, table: Any, where: list[Any], rowcount: int) -> None:
    """Refuse the edit when the versioned write found no row: another transaction changed
    (or removed) it since it was read."""
    if rowcount:
        return
    now = (
        session.connection()
        .execute(select(table.c.andrad_av, table.c.andrad_tid).where(*where))
        .first()
    )
    if now is None:
        raise ConflictError("", None)
    raise ConflictError(now.andrad_av, local_time(now.andrad_tid))


def _insert(session: Session, table: Any, where: list[Any], row: dict[str, Any]) -> None:
    """Insert a cell's row; one another transaction inserted in between refuses the edit.

    On the server the insert runs in a savepoint, so that the transaction can still read who
    got in first (a failed statement ends a PostgreSQL transaction)."""
    connection = session.connection()
    if connection.dialect.name != "postgresql":
        connection.execute(insert(table).values(**row))
        return
    try:
        with connection.begin_nested():
            connection.execute(insert(table).values(**row))
    except exc.IntegrityError:
        if connection.execute(select(table.c.version).where(*where)).first() is None:
            raise  # not a row that came in between: a reference that went
        _written(session, table, where, 0)


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
    *,
    seen: Seen = UNCHECKED,
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
        check = _seen(session, m.IndikatorVarde, key, seen, _cell_value)
        old = _upsert(session, m.IndikatorVarde, key, values, check)
    previous = None if old is None else (old["tal"] if old["tal"] is not None else old["text"])
    undo = partial(
        set_indicator_value,
        indikator_id=indikator_id,
        slag=slag,
        ar=ar,
        value=previous,
        jamforare=None if old is None else old["jamforare"],
        seen=checked,
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


def _cell_value(row: Any) -> Value:
    """A number-or-text cell's value."""
    return row.tal if row.tal is not None else row.text  # type: ignore[no-any-return]


def _value_columns(value: Value) -> dict[str, Any]:
    return {
        "tal": value if isinstance(value, Decimal) else None,
        "text": value if isinstance(value, str) else None,
    }


def set_drift_amount(
    doc: PlanDocument,
    rad_id: int,
    kolumn_id: int,
    belopp: AmountInput,
    *,
    seen: Seen = UNCHECKED,
) -> Change:
    """Set a driftbudget cell (net amount in the table's unit)."""
    with doc.transaction() as session:
        row = _require(session, m.DriftbudgetRad, rad_id, "Driftbudgetraden")
        column = _column(session, kolumn_id, BudgetTabell.DRIFT)
        amount = _amount(
            belopp, partial(_cell_label, "Beloppet", row.verksamhet_id, column, session)
        )
        key = {"rad_id": rad_id, "kolumn_id": kolumn_id}
        check = _seen(session, m.DriftbudgetBelopp, key, seen, lambda row: row.belopp)
        old = _upsert(
            session, m.DriftbudgetBelopp, key, None if amount is None else {"belopp": amount}, check
        )
    undo = partial(
        set_drift_amount,
        rad_id=rad_id,
        kolumn_id=kolumn_id,
        belopp=None if old is None else old["belopp"],
        seen=amount,
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


def set_column_total(
    doc: PlanDocument, kolumn_id: int, belopp: AmountInput, *, seen: Seen = UNCHECKED
) -> Change:
    """Set the total a budget column prints (the nettokostnad), kept as given even where it
    differs from the rows' sum; None goes back to the sum of the rows."""
    with doc.transaction() as session:
        column = _require(session, m.BudgetKolumn, kolumn_id, "Kolumnen")
        if column.slag is KolumnSlag.AVVIKELSE:
            raise InputError(COMPUTED_COLUMN)
        label = f"Summan för {KOLUMN_SLAG_LABELS[column.slag]} {column.ar}"
        amount = _amount(belopp, label)
        previous = column.angiven_summa
        key = {"id": kolumn_id}
        check = _seen(session, m.BudgetKolumn, key, seen, lambda row: row.angiven_summa)
        _upsert(session, m.BudgetKolumn, key, {"angiven_summa": amount}, check)
        section = Section.RESULTAT if column.tabell is BudgetTabell.RESULTAT else Section.DRIFT
    undo = partial(set_column_total, kolumn_id=kolumn_id, belopp=previous, seen=amount)
    return Change(section, ItemKind.BUDGETKOLUMN, kolumn_id, undo)


def _cell_label(what: str, verksamhet_id: int, column: Any, session: Session) -> str:
    """How a message names a budget cell: "Beloppet för ”Förskola”, Budget 2026"."""
    unit = session.get(m.Verksamhet, verksamhet_id)
    name = item_name(unit.namn) if unit is not None else "raden"
    return f"{what} för {name}, {KOLUMN_SLAG_LABELS[column.slag]} {column.ar}"


RESULTAT_FIELDS = ("intakter", "kostnader", "netto")
RESULTAT_LABELS = {"intakter": "Intäkterna", "kostnader": "Kostnaderna", "netto": "Nettot"}


def set_resultat_amount(
    doc: PlanDocument,
    rad_id: int,
    kolumn_id: int,
    falt: str,
    belopp: AmountInput,
    *,
    seen: Seen = UNCHECKED,
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
        check = _seen(session, m.ResultatBelopp, key, seen, lambda found: getattr(found, falt))
        _upsert(session, m.ResultatBelopp, key, None if empty else current, check)
    undo = partial(
        set_resultat_amount,
        rad_id=rad_id,
        kolumn_id=kolumn_id,
        falt=falt,
        belopp=previous,
        seen=amount,
    )
    return Change(Section.RESULTAT, ItemKind.RESULTAT_RAD, rad_id, undo, in_place=True)


def set_cost_type_amount(
    doc: PlanDocument,
    rad_id: int,
    kolumn_id: int,
    belopp: AmountInput,
    *,
    seen: Seen = UNCHECKED,
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
        check = _seen(session, m.KostnadsslagBelopp, key, seen, lambda row: row.belopp)
        values = None if amount is None else {"belopp": amount}
        old = _upsert(session, m.KostnadsslagBelopp, key, values, check)
    undo = partial(
        set_cost_type_amount,
        rad_id=rad_id,
        kolumn_id=kolumn_id,
        belopp=None if old is None else old["belopp"],
        seen=amount,
    )
    return Change(Section.RESULTAT, ItemKind.KOSTNADSSLAG_RAD, rad_id, undo, in_place=True)


def set_kf_ram(
    doc: PlanDocument,
    ar: int,
    belopp: AmountInput,
    beslut: str | None = None,
    *,
    seen: Seen = UNCHECKED,
) -> Change:
    """Set KF's budget frame (ram) for a year; None removes it. Without ``beslut`` the decision
    the ram was given with is kept: a cell typed or pasted in the grid changes the amount."""
    with doc.transaction() as session:
        year = kinds.year("Året")(session, ar)
        amount = _amount(belopp, f"KF:s ram för {year}")
        given = {} if beslut is None else {"beslut": kinds.text("Beslutet")(session, beslut)}
        check = _seen(session, m.KfRam, {"ar": year}, seen, lambda row: row.belopp)
        old = _upsert(
            session,
            m.KfRam,
            {"ar": year},
            None if amount is None else {"belopp": amount, **given},
            check,
        )
    undo = partial(
        set_kf_ram,
        ar=ar,
        belopp=None if old is None else old["belopp"],
        beslut="" if old is None else old["beslut"],
        seen=amount,
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
    *,
    seen: Seen = UNCHECKED,
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
        check = _seen(session, m.InvesteringBelopp, key, seen, lambda row: getattr(row, falt))
        _upsert(session, m.InvesteringBelopp, key, None if empty else current, check)
    undo = partial(
        set_investment_amount,
        investering_id=investering_id,
        ar=ar,
        belopp=previous,
        falt=falt,
        seen=amount,
    )
    return Change(Section.INVESTERINGAR, ItemKind.INVESTERING, investering_id, undo, in_place=True)


def set_nyckeltal_value(
    doc: PlanDocument, rad_id: int, kolumn_id: int, value: Value, *, seen: Seen = UNCHECKED
) -> Change:
    """Set one cell of a key-figure table."""
    with doc.transaction() as session:
        row = _require(session, m.NyckeltalRad, rad_id, "Raden")
        column = _require(session, m.NyckeltalKolumn, kolumn_id, "Kolumnen")
        if column.tabell_id != row.tabell_id:
            raise InputError("Kolumnen hör till en annan tabell.")
        label = f"Värdet för {item_name(row.namn)} i kolumnen {item_name(column.rubrik)}"
        checked = kinds.value(label)(session, value)
        key = {"rad_id": rad_id, "kolumn_id": kolumn_id}
        check = _seen(session, m.NyckeltalVarde, key, seen, _cell_value)
        values = None if checked is None else _value_columns(checked)
        old = _upsert(session, m.NyckeltalVarde, key, values, check)
    previous = None if old is None else (old["tal"] if old["tal"] is not None else old["text"])
    undo = partial(
        set_nyckeltal_value, rad_id=rad_id, kolumn_id=kolumn_id, value=previous, seen=checked
    )
    return Change(Section.NYCKELTAL, ItemKind.NYCKELTAL_RAD, rad_id, undo, in_place=True)

"""Following the plan up: making follow-up periods and writing what each holds, as undoable
actions.

The plan's adoption does not freeze its follow-ups: every edit here is allowed on an adopted
plan. A period marked reported (``rapporterad``) is frozen instead, until it is opened again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import partial
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vplan_desktop.db import models as m
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import Bedomningsgrad, UppfoljningSlag
from vplan_desktop.db.row_versions import (
    VERSION_COLUMNS,
    check_item,
    local_time,
    row_key,
    touched,
)
from vplan_desktop.errors import ConflictError, InputError, NotFoundError
from vplan_desktop.follow_up import Mall, template_periods
from vplan_desktop.follow_up_data import Bedomningsniva
from vplan_desktop.formatting import format_date
from vplan_desktop.numbers import check_value
from vplan_desktop.sections import ItemKind, Section, section_of
from vplan_desktop.services import kinds
from vplan_desktop.services.adoption import log_event
from vplan_desktop.services.changes import Change, Edit, combined, refused_whole
from vplan_desktop.services.follow_up_kinds import FOLLOW_UP_KINDS, PERIOD_FIELDS
from vplan_desktop.services.items import Link, RowData, _collect
from vplan_desktop.services.read_follow_up import (
    assessment_scale,
    last_change,
    period_contents,
    period_fingerprint,
)
from vplan_desktop.services.values import _upsert

REPORTED = (
    "”{namn}” är markerad som rapporterad och därför låst. Öppna den för ändringar i "
    "Uppföljning om den ändå måste ändras."
)
MAX_PERIODS = 24


def _period(session: Session, period_id: int) -> m.Uppfoljning:
    period = session.get(m.Uppfoljning, period_id)
    if period is None:
        raise NotFoundError("Uppföljningen finns inte längre i planen.")
    return period


def _open(session: Session, period_id: int) -> m.Uppfoljning:
    """The period, refused when it is reported (frozen)."""
    period = _period(session, period_id)
    if period.rapporterad:
        raise InputError(REPORTED.format(namn=period.namn))
    return period


def _allowed(doc: PlanDocument, edit: Edit) -> Change:
    """Run ``edit`` in a transaction allowed on an adopted plan; its undo (and the undo of
    that) is allowed there too."""
    with doc.transaction(adopted_too=True):
        change = edit(doc)
    return replace(change, undo=partial(_allowed, edit=change.undo))


def follow_up_batch(doc: PlanDocument, edits: Sequence[Edit]) -> Change:
    """Several follow-up edits as one action (a paste, an import): all or nothing."""
    if not edits:
        raise ValueError("a batch needs at least one edit")

    def run(doc: PlanDocument) -> Change:
        return combined([edit(doc) for edit in edits])

    return _allowed(doc, run)


def follow_up_all_or_nothing(doc: PlanDocument, *, edits: list[Edit], refused: str) -> Change:
    """A paste or a clearing of several follow-up cells (``follow_up_batch``): all or nothing,
    a refusal's message after ``refused``; recordable as ``changes.all_or_nothing`` is."""
    return refused_whole(lambda: follow_up_batch(doc, edits), refused)


# --- the periods ------------------------------------------------------------------------------


def _unique_name(session: Session, namn: str, period_id: int | None = None) -> None:
    query = select(m.Uppfoljning.id).where(func.lower(m.Uppfoljning.namn) == namn.lower())
    if period_id is not None:
        query = query.where(m.Uppfoljning.id != period_id)
    if session.scalar(query) is not None:
        raise InputError(f"Det finns redan en uppföljning som heter ”{namn}”.")


def _add(
    doc: PlanDocument, namn: str, ar: int, slag: UppfoljningSlag, slutdatum: dt.date | None
) -> Change:
    with doc.transaction(adopted_too=True) as session:
        namn = PERIOD_FIELDS["namn"](session, namn)
        ar = kinds.year("Året")(session, ar)
        slag = UppfoljningSlag(slag)
        slutdatum = PERIOD_FIELDS["slutdatum"](session, slutdatum)
        _unique_name(session, namn)
        count = session.scalar(select(func.count()).select_from(m.Uppfoljning)) or 0
        if count >= MAX_PERIODS:
            raise InputError(f"En plan kan ha högst {MAX_PERIODS} uppföljningar.")
        last = session.scalar(select(func.max(m.Uppfoljning.ordning)))
        period = m.Uppfoljning(
            namn=namn,
            ar=ar,
            slag=slag,
            slutdatum=slutdatum,
            ordning=0 if last is None else last + 1,
        )
        session.add(period)
        session.flush()
        new_id = int(period.id)
    return Change(
        Section.UPPFOLJNING, ItemKind.UPPFOLJNING, new_id, partial(delete_period, period_id=new_id)
    )


def add_period(
    doc: PlanDocument,
    namn: str,
    ar: int,
    slag: UppfoljningSlag,
    slutdatum: dt.date | None = None,
) -> Change:
    """Add a follow-up period after the others."""
    return _allowed(doc, partial(_add, namn=namn, ar=ar, slag=slag, slutdatum=slutdatum))


def add_periods(doc: PlanDocument, mall: Mall, ar: int) -> Change:
    """Add the periods of a template for the year ``ar`` ("Delår april 2027", "Delår augusti
    2027", "Årsredovisning 2027"), those the plan does not have yet, as one action."""
    with doc.reading() as session:
        taken = {n.lower() for n in session.scalars(select(m.Uppfoljning.namn))}
    wanted = [p for p in template_periods(Mall(mall), ar) if p.namn.lower() not in taken]
    if not wanted:
        raise InputError(f"Planen har redan uppföljningarna för {ar}.")
    return follow_up_batch(
        doc,
        [partial(_add, namn=p.namn, ar=ar, slag=p.slag, slutdatum=p.slutdatum) for p in wanted],
    )


def _update(
    doc: PlanDocument, period_id: int, fields: dict[str, Any], seen: int | None = None
) -> Change:
    with doc.transaction(adopted_too=True) as session:
        period = _open(session, period_id)
        check_item(session, period, seen)
        unknown = sorted(set(fields) - set(PERIOD_FIELDS))
        if unknown:
            raise InputError(f"Uppföljningen har inga fält som heter {', '.join(unknown)}.")
        values = {name: PERIOD_FIELDS[name](session, v) for name, v in fields.items()}
        if "namn" in values:
            _unique_name(session, values["namn"], period_id)
        old = {name: getattr(period, name) for name in values}
        for name, new in values.items():
            setattr(period, name, new)
        session.flush()
        version = period.version
    undo = partial(_update, period_id=period_id, fields=old, seen=version)
    return Change(Section.UPPFOLJNING, ItemKind.UPPFOLJNING, period_id, undo)


def update_period(
    doc: PlanDocument, period_id: int, fields: dict[str, Any], *, seen: int | None = None
) -> Change:
    """Change a period's name, end date or summary texts; refused when it is reported, and
    when someone else has changed the period since version ``seen`` (the snapshot's
    ``Uppfoljning.version``; None: not checked)."""
    return _allowed(doc, partial(_update, period_id=period_id, fields=fields, seen=seen))


def _reported(
    doc: PlanDocument, period_id: int, rapporterad: bool, datum: dt.date | None
) -> Change:
    with doc.transaction(adopted_too=True) as session:
        period = _period(session, period_id)
        old = (period.rapporterad, period.rapporterad_datum)
        period.rapporterad, period.rapporterad_datum = rapporterad, datum
    undo = partial(_reported, period_id=period_id, rapporterad=old[0], datum=old[1])
    return Change(Section.UPPFOLJNING, ItemKind.UPPFOLJNING, period_id, undo)


def mark_reported(
    doc: PlanDocument, period_id: int, datum: dt.date | None, *, seen: int | None = None
) -> Change:
    """Mark a period reported to the nämnd on ``datum``: it is frozen from then on. The mark
    and its line in the plan's log are one action. ``seen``: the period's version its user saw
    (``Uppfoljning.version``); refused when someone else has changed the period since (None:
    not checked)."""
    if datum is None:
        raise InputError("Ange datum då uppföljningen rapporterades till nämnden (ÅÅÅÅ-MM-DD).")
    with doc.transaction(adopted_too=True) as session:
        period = _period(session, period_id)
        check_item(session, period, seen)
        if period.rapporterad:
            raise InputError("Uppföljningen är redan markerad som rapporterad.")
        change = _reported(doc, period_id, True, datum)
        log_event(doc, f"Uppföljningen {period.namn} rapporterad {format_date(datum)}")
    return replace(change, undo=partial(_allowed, edit=change.undo))


def reopen_period(
    doc: PlanDocument, period_id: int, orsak: str, *, seen: int | None = None
) -> Change:
    """Open a reported period for edits again; the reason is kept in the plan's log.
    ``seen``: the period's version its user saw; refused when someone else has changed the
    period since (opened it already, marked it again; None: not checked)."""
    orsak = orsak.strip()
    if not orsak:
        raise InputError("Skriv varför uppföljningen ska ändras; orsaken sparas i planen.")
    with doc.transaction(adopted_too=True) as session:
        period = _period(session, period_id)
        check_item(session, period, seen)
        change = _reported(doc, period_id, False, period.rapporterad_datum)
        log_event(doc, f"Uppföljningen {period.namn} öppnad för ändringar", orsak)
    return replace(change, undo=partial(_allowed, edit=change.undo))


def delete_period(doc: PlanDocument, period_id: int, *, seen: str | None = None) -> Change:
    """Remove a period and all it holds (undo puts everything back); refused when reported.

    ``seen``: the period as its user saw it, with all it holds (``Uppfoljning.innehall``):
    refused when someone else has since changed the period or any of its rows, added one or
    removed one, so that nothing is removed its user has not seen (None: not checked)."""
    with doc.transaction(adopted_too=True) as session:
        period = _open(session, period_id)
        if seen is not None and period_fingerprint(session, period) != seen:
            who, when = last_change([period, *period_contents(session, period_id)])
            raise ConflictError(who, local_time(when))
        rows: list[RowData] = []
        links: list[Link] = []
        table: Any = m.Uppfoljning.__table__
        _collect(session, table, {"id": period_id}, rows, links, set())
        session.execute(table.delete().where(table.c.id == period_id))
    undo = partial(_restore_period, period_id=period_id, rows=rows)
    return Change(Section.UPPFOLJNING, ItemKind.UPPFOLJNING, period_id, undo)


def _restore_period(doc: PlanDocument, period_id: int, rows: list[RowData]) -> Change:
    tables = m.Base.metadata.tables
    rank = {t.name: n for n, t in enumerate(m.Base.metadata.sorted_tables)}
    with doc.transaction(adopted_too=True) as session:
        for table_name, row in sorted(rows, key=lambda item: rank[item[0]]):
            session.execute(tables[table_name].insert().values(**row))
    undo = partial(delete_period, period_id=period_id)
    return Change(Section.UPPFOLJNING, ItemKind.UPPFOLJNING, period_id, undo)


# --- what a period holds per item ------------------------------------------------------------


def _stored(name: str, checked: Any) -> dict[str, Any]:
    """The columns a checked field value is stored in (an outcome is a number or a text)."""
    if name == "varde":
        return {
            "tal": checked if isinstance(checked, Decimal) else None,
            "text": checked if isinstance(checked, str) else None,
        }
    return {name: checked}


def _empty(row: dict[str, Any]) -> bool:
    return all(v in (None, "") for v in row.values())


def _set(
    doc: PlanDocument,
    kind: ItemKind,
    period_id: int,
    item_id: int,
    fields: dict[str, Any] | None,
    stored: dict[str, Any] | None = None,
    seen: dict[str, Any] | None = None,
) -> Change:
    k = FOLLOW_UP_KINDS[kind]
    with doc.transaction(adopted_too=True) as session:
        _open(session, period_id)
        if session.get(k.item_model, item_id) is None:
            raise NotFoundError(f"{k.item_label} finns inte längre i planen.")
        if stored is None:
            given = fields or {}
            unknown = sorted(set(given) - set(k.fields))
            if unknown:
                raise InputError(f"Uppföljningen har inga fält som heter {', '.join(unknown)}.")
            stored = {}
            for name, raw in given.items():
                stored.update(_stored(name, k.fields[name](session, raw)))
        key = {"uppfoljning_id": period_id, k.key: item_id}
        table: Any = k.model.__table__
        current = (
            session.connection()
            .execute(select(table).where(*(table.c[n] == v for n, v in key.items())))
            .first()
        )
        own = {c.name for c in table.columns} - set(key) - VERSION_COLUMNS
        row: dict[str, Any] = dict.fromkeys(own)
        if current is not None:
            row.update({n: v for n, v in current._mapping.items() if n in own})
        row.update(stored)
        for column in table.columns:  # texts are never NULL in the file
            if column.name in row and row[column.name] is None and not column.nullable:
                row[column.name] = ""
        check = None if seen is None else _seen_check(session, k.model, key, seen)
        old = _upsert(session, k.model, key, None if _empty(row) else row, check)
    undo = partial(
        _set,
        kind=kind,
        period_id=period_id,
        item_id=item_id,
        fields=None,
        # Only what this edit set goes back: a later edit of another field stays.
        stored={n: None if old is None else old[n] for n in stored},
        # ... and only while nobody else has set those fields since.
        seen={n: row[n] for n in stored},
    )
    return Change(section_of(kind), kind, item_id, undo)


def set_follow_up(
    doc: PlanDocument,
    kind: ItemKind,
    period_id: int,
    item_id: int,
    fields: dict[str, Any],
    *,
    seen: dict[str, Any] | None = None,
) -> Change:
    """Set some of what ``period_id`` holds for the plan item ``item_id``: a goal's
    assessment, an indicator's outcome, an activity's status, a budget row's utfall and
    prognos, a control's result (``follow_up_kinds``). Fields left out keep their values; a
    row left with nothing in it is removed.

    ``seen`` gives the values its user saw, by field (as ``fields`` names them; None for an
    empty one): when someone else has set one of them to something else since, nothing is
    written (``ConflictError``)."""
    if kind not in FOLLOW_UP_KINDS:
        raise InputError(f"Okänd sorts uppföljning: {kind}.")
    stored_seen = None
    if seen is not None:
        stored_seen = {}
        for name, value in seen.items():
            stored_seen.update(_stored(name, value) if name == "varde" else {name: value})
    return _allowed(
        doc,
        partial(
            _set, kind=kind, period_id=period_id, item_id=item_id, fields=fields, seen=stored_seen
        ),
    )


def _seen_check(
    session: Session, model: Any, key: dict[str, Any], seen: dict[str, Any]
) -> Callable[[Any], None]:
    """The check that the follow-up row ``key`` still holds the columns ``seen``."""
    table: Any = model.__table__

    def check(found: Any) -> None:
        if (table.name, tuple(key.values())) in touched(session):
            return
        for name, value in seen.items():
            current = None if found is None else found._mapping[name]
            if current in (None, "") and value in (None, ""):
                continue
            if current != value:
                if found is None:
                    raise ConflictError("", None)
                raise ConflictError(found.andrad_av, local_time(found.andrad_tid))

    return check


# --- the scale and the threshold -------------------------------------------------------------


@dataclass(frozen=True)
class AssessmentLevel:
    """A level of the scale as the settings dialog gives it: None as id for a new one."""

    id: int | None
    namn: str
    farg: str
    grad: Bedomningsgrad


def _scale(
    doc: PlanDocument,
    levels: Sequence[AssessmentLevel],
    seen: Sequence[Bedomningsniva] | None = None,
) -> Change:
    names = [" ".join(level.namn.split()) for level in levels]
    if not levels:
        raise InputError("Skalan för måluppfyllelse behöver minst en nivå.")
    if any(not n for n in names):
        raise InputError("Varje nivå i skalan behöver ett namn.")
    if len({n.lower() for n in names}) != len(names):
        raise InputError("Två nivåer i skalan har samma namn.")
    for level in levels:
        if not (len(level.farg) == 7 and level.farg.startswith("#")):
            raise InputError(f"”{level.farg}” är ingen färg (skriv till exempel #2e7d32).")
        Bedomningsgrad(level.grad)
    with doc.transaction(adopted_too=True) as session:
        if seen is not None and tuple(assessment_scale(session)) != tuple(seen):
            who, when = last_change(session.scalars(select(m.Bedomningsniva)))
            raise ConflictError(who, local_time(when))
        existing = {
            r.id: r
            for r in session.scalars(select(m.Bedomningsniva).order_by(m.Bedomningsniva.ordning))
        }
        old = [AssessmentLevel(r.id, r.namn, r.farg, r.grad) for r in existing.values()]
        kept = {level.id for level in levels if level.id is not None}
        for gone in set(existing) - kept:
            used = session.scalar(
                select(func.count())
                .select_from(m.UppfoljningMal)
                .where(m.UppfoljningMal.bedomningsniva_id == gone)
            )
            if used:
                raise InputError(
                    f"Nivån ”{existing[gone].namn}” används i {used} bedömningar och kan inte "
                    "tas bort; ändra dem först."
                )
            session.delete(existing[gone])
        for row in existing.values():  # names may swap places: first out of the way
            if row.id in kept:
                row.namn = f"__vplan_{row.id}"
        session.flush()
        for number, (level, namn) in enumerate(zip(levels, names, strict=True)):
            found = existing.get(level.id) if level.id is not None else None
            if found is None:
                found = m.Bedomningsniva()
                session.add(found)
            row = found
            row.ordning, row.namn, row.farg = number, namn, level.farg
            row.grad = Bedomningsgrad(level.grad)
    return Change(Section.UPPFOLJNING, ItemKind.BEDOMNINGSSKALA, None, partial(_scale, levels=old))


def set_assessment_scale(
    doc: PlanDocument,
    levels: Sequence[AssessmentLevel],
    *,
    seen: Sequence[Bedomningsniva] | None = None,
) -> Change:
    """Replace the scale of måluppfyllelse: its levels' names, colours and meanings, in
    order. A level some goal's assessment uses cannot be removed. ``seen``: the scale as its
    user saw it (the snapshot's ``bedomningsskala``); refused when someone else has changed
    it since (None: not checked)."""
    return _allowed(doc, partial(_scale, levels=tuple(levels), seen=seen))


def _threshold(doc: PlanDocument, procent: Any, seen: Decimal | None = None) -> Change:
    with doc.transaction(adopted_too=True) as session:
        value = check_value(procent, "Gränsen för avvikelser")
        if not Decimal(0) <= value <= Decimal(100):
            raise InputError("Gränsen för avvikelser ska vara mellan 0 och 100 procent.")
        plan = session.get_one(m.Plan, 1)
        old = plan.avvikelsegrans
        if seen is not None and old != seen and row_key(plan) not in touched(session):
            raise ConflictError(plan.andrad_av, local_time(plan.andrad_tid))
        plan.avvikelsegrans = value
    return Change(
        Section.UPPFOLJNING,
        ItemKind.BEDOMNINGSSKALA,
        None,
        partial(_threshold, procent=old, seen=value),
    )


def set_deviation_threshold(
    doc: PlanDocument, procent: Any, *, seen: Decimal | None = None
) -> Change:
    """Set how large a budget deviation (in percent of the budget) needs a comment. ``seen``
    is the threshold its user saw (None: not checked): one someone else has changed since is
    not overwritten (``ConflictError``)."""
    return _allowed(doc, partial(_threshold, procent=procent, seen=seen))

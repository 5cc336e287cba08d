"""Reading the plan into plain data (``vplan_desktop.domain``).

The plan is read as plain rows (SQLAlchemy Core), not ORM objects: the snapshot copies every
value into ``domain``'s dataclasses anyway, and building an object per row, compiling an ORM
statement per table and configuring the mappers cost more than the rows themselves when a
large plan is opened.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import Row, Table, exc, select
from sqlalchemy.orm import Session

from vplan_desktop import domain as d
from vplan_desktop.db import models as m
from vplan_desktop.db.document import PlanDocument, damaged_plan
from vplan_desktop.db.enums import Jamforare, KolumnSlag, RiskAxel, VardeSlag
from vplan_desktop.errors import VplanError
from vplan_desktop.images import describe
from vplan_desktop.sections import ALL_PARTS, KINDS, ItemKind, Part
from vplan_desktop.services.changes import Change
from vplan_desktop.services.read_follow_up import assessment_scale, periods, plain_rows

KOLUMN_ORDER = {slag: rank for rank, slag in enumerate(KolumnSlag)}


def _table(model: Any) -> Table:
    table: Table = model.__table__
    return table


def _all(session: Session, model: Any, *order: str, where: Any = None) -> list[Row[Any]]:
    """Every row of ``model``'s table (those ``where`` picks, a Core condition), ordered by
    the columns named ``order``."""
    table = _table(model)
    query = select(table).order_by(*(table.c[name] for name in order))
    if where is not None:
        query = query.where(where)
    return list(plain_rows(session, query))


def _one(session: Session, model: Any, item_id: int) -> Row[Any]:
    """The row ``item_id`` of ``model``'s table; NoResultFound when it is not there."""
    table = _table(model)
    return plain_rows(session, select(table).where(table.c.id == item_id)).one()


def _value(row: Row[Any]) -> d.Value:
    """The number, text or blank of a row with ``tal`` and ``text`` (``columns.ValueMixin``)."""
    value: d.Value = row.tal if row.tal is not None else row.text
    return value


def front_matter(session: Session) -> d.FrontMatter:
    plan = _one(session, m.Plan, 1)
    return d.FrontMatter(
        kommun=plan.kommun,
        namnd=plan.namnd,
        forvaltning=plan.forvaltning,
        titel=plan.titel,
        forsta_ar=plan.forsta_ar,
        sista_ar=plan.sista_ar,
        ordforande=plan.ordforande,
        ordforande_parti=plan.ordforande_parti,
        forvaltningschef=plan.forvaltningschef,
        diarienummer=plan.diarienummer,
        status=plan.status,
        antagen_datum=plan.antagen_datum,
        antagen_paragraf=plan.antagen_paragraf,
        malniva_kf=plan.malniva_kf,
        malniva_ks=plan.malniva_ks,
        malniva_namnd=plan.malniva_namnd,
        malniva_forvaltning=plan.malniva_forvaltning,
        malniva_uppdrag=plan.malniva_uppdrag,
        enhet_drift=plan.enhet_drift,
        enhet_resultat=plan.enhet_resultat,
        enhet_investering=plan.enhet_investering,
        summa_resultat=plan.summa_resultat,
        avvikelsegrans=plan.avvikelsegrans,
        version=plan.version,
    )


def risk_scale(session: Session) -> d.RiskScale:
    size = plain_rows(session, select(_table(m.Plan).c.riskskala)).scalar_one()
    labels: dict[RiskAxel, dict[int, str]] = defaultdict(dict)
    for label in _all(session, m.RiskEtikett, "niva"):
        labels[label.axel][label.niva] = label.text

    def axis(axel: RiskAxel) -> tuple[str, ...]:
        return tuple(labels[axel].get(level, str(level)) for level in range(1, size + 1))

    bands = _all(session, m.RiskBand, "till_och_med")
    return d.RiskScale(
        storlek=size,
        sannolikhet=axis(RiskAxel.SANNOLIKHET),
        konsekvens=axis(RiskAxel.KONSEKVENS),
        band=tuple(d.RiskBand(b.till_och_med, b.farg, b.namn) for b in bands),
    )


@dataclass
class _Values:
    """An indicator's yearly values by kind, and how the targets compare where they do."""

    by_kind: dict[VardeSlag, dict[int, d.Value]] = field(default_factory=lambda: defaultdict(dict))
    comparisons: dict[int, Jamforare] = field(default_factory=dict)


def _indicator(row: Row[Any], found: _Values) -> d.Indikator:
    values = found.by_kind
    return d.Indikator(
        id=row.id,
        namndsmal_id=row.namndsmal_id,
        namn=row.namn,
        enhet=row.enhet,
        riktning=row.riktning,
        frekvens=row.frekvens,
        kalla=row.kalla,
        kolada_id=row.kolada_id,
        varje_ar=row.varje_ar,
        nulage_ar=row.nulage_ar,
        nulage=row.nulage_tal if row.nulage_tal is not None else row.nulage_text,
        nulage_ar_malniva=row.nulage_ar_malniva,
        malnivaer=dict(values.get(VardeSlag.MALNIVA, {})),
        utfall=dict(values.get(VardeSlag.UTFALL, {})),
        jamforelse=row.jamforelse,
        jamforelser=dict(values.get(VardeSlag.JAMFORELSE, {})),
        att_granska=row.att_granska,
        jamforare=dict(found.comparisons),
        langsiktigt=(
            row.langsiktigt_tal if row.langsiktigt_tal is not None else row.langsiktigt_text
        ),
        langsiktigt_jamforare=row.langsiktigt_jamforare,
        version=row.version,
    )


def _indicator_values(session: Session, indikator_id: int | None = None) -> dict[int, _Values]:
    values: dict[int, _Values] = defaultdict(_Values)
    table = _table(m.IndikatorVarde)
    where = table.c.indikator_id == indikator_id if indikator_id is not None else None
    for row in _all(session, m.IndikatorVarde, "ar", where=where):
        found = values[row.indikator_id]
        found.by_kind[row.slag][row.ar] = _value(row)
        if row.jamforare is not None and row.slag is VardeSlag.MALNIVA:
            found.comparisons[row.ar] = row.jamforare
    return values


def _indicators(session: Session, goals: tuple[d.Namndsmal, ...]) -> tuple[d.Indikator, ...]:
    values = _indicator_values(session)
    goal_order = {goal.id: rank for rank, goal in enumerate(goals)}
    indicators = _all(session, m.Indikator, "ordning", "id")
    indicators.sort(key=lambda i: goal_order.get(i.namndsmal_id, 0))
    return tuple(_indicator(i, values[i.id]) for i in indicators)


def _goals(session: Session) -> tuple[d.Namndsmal, ...]:
    """Every goal, in the order of the tree: area by area, each goal followed by the goals
    under it; goals without a målområde come last."""
    areas = _table(m.Malomrade).c
    area_order = {
        area_id: rank
        for rank, area_id in enumerate(
            plain_rows(session, select(areas.id).order_by(areas.ordning, areas.id)).scalars()
        )
    }
    goals = _all(session, m.Namndsmal, "ordning", "id")
    texts: dict[int, dict[int, str]] = defaultdict(dict)
    year_texts = _table(m.MalArstext).c
    for row in plain_rows(
        session,
        select(year_texts.namndsmal_id, year_texts.ar, year_texts.text).order_by(year_texts.ar),
    ):
        texts[row.namndsmal_id][row.ar] = row.text
    known = {g.id for g in goals}
    children: dict[int | None, list[Row[Any]]] = defaultdict(list)
    for goal in goals:
        parent = goal.overordnat_id if goal.overordnat_id in known else None
        children[parent].append(goal)
    last = len(area_order)
    top = sorted(
        children[None],
        key=lambda g: last if g.malomrade_id is None else area_order.get(g.malomrade_id, last),
    )
    ordered: list[Row[Any]] = []
    seen: set[int] = set()

    def walk(goal: Row[Any]) -> None:
        if goal.id in seen:
            return
        seen.add(goal.id)
        ordered.append(goal)
        for child in children[goal.id]:
            walk(child)

    for goal in top:
        walk(goal)
    # A file from elsewhere may hold a loop of parents: its goals are kept, after the rest.
    ordered.extend(g for g in goals if g.id not in seen)
    return tuple(_goal(g, texts[g.id]) for g in ordered)


def _goal(g: Row[Any], texts: dict[int, str]) -> d.Namndsmal:
    return d.Namndsmal(
        g.id,
        g.malomrade_id,
        g.text,
        g.beskrivning,
        att_granska=g.att_granska,
        niva=g.niva,
        kod=g.kod,
        overordnat_id=g.overordnat_id,
        ansvarig=g.ansvarig,
        foljs_upp_genom=g.foljs_upp_genom,
        adressat=g.adressat,
        arstexter=dict(texts),
        version=g.version,
    )


def _budget_columns(session: Session) -> tuple[d.BudgetKolumn, ...]:
    columns = _all(session, m.BudgetKolumn)
    columns.sort(key=lambda c: (c.tabell, c.ar, KOLUMN_ORDER[c.slag]))
    return tuple(
        d.BudgetKolumn(
            c.id, c.tabell, c.slag, c.ar, c.anmarkning, c.angiven_summa, version=c.version
        )
        for c in columns
    )


def _by(rows: list[Row[Any]], key: str) -> dict[int, list[Row[Any]]]:
    """``rows`` by their column ``key``, each list in the order of ``rows``."""
    found: dict[int, list[Row[Any]]] = defaultdict(list)
    for row in rows:
        found[getattr(row, key)].append(row)
    return found


def _cells(session: Session, model: Any, rad_id: int | None = None) -> dict[int, list[Row[Any]]]:
    where = _table(model).c.rad_id == rad_id if rad_id is not None else None
    return _by(_all(session, model, where=where), "rad_id")


def _key_figures(session: Session) -> tuple[d.NyckeltalTabell, ...]:
    cells = _cells(session, m.NyckeltalVarde)
    columns = _by(_all(session, m.NyckeltalKolumn, "ordning", "id"), "tabell_id")
    rows = _by(_all(session, m.NyckeltalRad, "ordning", "id"), "tabell_id")
    tables = []
    for table in _all(session, m.NyckeltalTabell, "ordning", "id"):
        tables.append(
            d.NyckeltalTabell(
                id=table.id,
                rubrik=table.rubrik,
                enhet=table.enhet,
                kolumner=tuple(
                    d.NyckeltalKolumn(k.id, k.rubrik, version=k.version) for k in columns[table.id]
                ),
                rader=tuple(
                    d.NyckeltalRad(
                        r.id,
                        r.namn,
                        r.enhet,
                        {c.kolumn_id: _value(c) for c in cells[r.id]},
                        # A sub-row left first when its main row was removed has no row to
                        # belong to: it is shown and printed as a main row.
                        niva=r.niva if number else 0,
                        version=r.version,
                    )
                    for number, r in enumerate(rows[table.id])
                ),
                att_granska=table.att_granska,
                malomrade_id=table.malomrade_id,
                frekvens=table.frekvens,
                fotnoter=table.fotnoter,
                version=table.version,
            )
        )
    return tuple(tables)


def _chapter(k: Row[Any]) -> d.Kapitel:
    return d.Kapitel(
        k.id, k.rubrik, k.text, k.omvarldsanalys, att_granska=k.att_granska, version=k.version
    )


def _activity(a: Row[Any]) -> d.Aktivitet:
    return d.Aktivitet(
        id=a.id,
        namn=a.namn,
        beskrivning=a.beskrivning,
        namndsmal_id=a.namndsmal_id,
        ansvarig=a.ansvarig,
        startdatum=a.startdatum,
        slutdatum=a.slutdatum,
        status=a.status,
        verksamhet_id=a.verksamhet_id,
        kostnad_tkr=a.kostnad_tkr,
        egen_tid=a.egen_tid,
        overford_fran=a.overford_fran,
        att_granska=a.att_granska,
        malomrade_id=a.malomrade_id,
        slutdatum_reviderat=a.slutdatum_reviderat,
        ar=a.ar,
        version=a.version,
    )


def _drift_row(r: Row[Any], cells: list[Row[Any]]) -> d.DriftbudgetRad:
    return d.DriftbudgetRad(
        r.id,
        r.verksamhet_id,
        {c.kolumn_id: c.belopp for c in cells},
        att_granska=r.att_granska,
        version=r.version,
    )


def _result_row(r: Row[Any], cells: list[Row[Any]]) -> d.ResultatRad:
    return d.ResultatRad(
        r.id,
        r.verksamhet_id,
        {c.kolumn_id: d.ResultatBelopp(c.intakter, c.kostnader, c.netto) for c in cells},
        att_granska=r.att_granska,
        version=r.version,
    )


def _cost_types(session: Session) -> tuple[d.KostnadsslagRad, ...]:
    cells = _cells(session, m.KostnadsslagBelopp)
    rows = _all(session, m.KostnadsslagRad, "ordning", "id")
    return tuple(
        d.KostnadsslagRad(
            r.id,
            r.namn,
            {c.kolumn_id: c.belopp for c in cells[r.id]},
            att_granska=r.att_granska,
            version=r.version,
        )
        for r in rows
    )


def _investment(i: Row[Any], amounts: list[Row[Any]]) -> d.Investering:
    return d.Investering(
        i.id,
        i.projekt,
        i.projektnummer,
        {b.ar: b.belopp for b in amounts if b.belopp is not None},
        att_granska=i.att_granska,
        utfall={b.ar: b.utfall for b in amounts if b.utfall is not None},
        version=i.version,
    )


def _investment_amounts(
    session: Session, investering_id: int | None = None
) -> dict[int, list[Row[Any]]]:
    """The yearly amounts of every investment (or of ``investering_id``), by investment."""
    table = _table(m.InvesteringBelopp)
    where = table.c.investering_id == investering_id if investering_id is not None else None
    return _by(_all(session, m.InvesteringBelopp, "ar", where=where), "investering_id")


def _investments(session: Session) -> tuple[d.Investering, ...]:
    amounts = _investment_amounts(session)
    rows = _all(session, m.Investering, "ordning", "id")
    return tuple(_investment(i, amounts[i.id]) for i in rows)


def _control(r: Row[Any]) -> d.Internkontroll:
    return d.Internkontroll(
        id=r.id,
        process=r.process,
        risk=r.risk,
        sannolikhet=r.sannolikhet,
        konsekvens=r.konsekvens,
        kontrollmoment=r.kontrollmoment,
        kontrollansvar=r.kontrollansvar,
        frekvens=r.frekvens,
        metod=r.metod,
        rapportering_till=r.rapportering_till,
        rapportering_nar=r.rapportering_nar,
        att_granska=r.att_granska,
        version=r.version,
    )


def _drift(session: Session) -> tuple[d.DriftbudgetRad, ...]:
    cells = _cells(session, m.DriftbudgetBelopp)
    rows = _all(session, m.DriftbudgetRad, "ordning", "id")
    return tuple(_drift_row(r, cells[r.id]) for r in rows)


def _results(session: Session) -> tuple[d.ResultatRad, ...]:
    cells = _cells(session, m.ResultatBelopp)
    rows = _all(session, m.ResultatRad, "ordning", "id")
    return tuple(_result_row(r, cells[r.id]) for r in rows)


PartReader = Callable[[Session, dict[str, Any]], Any]
"""Reads one part of the snapshot; gets the parts read (or kept) before it, by name."""

PART_READERS: dict[Part, PartReader] = {
    Part.UPPGIFTER: lambda s, _: front_matter(s),
    Part.RISKSKALA: lambda s, _: risk_scale(s),
    Part.KAPITEL: lambda s, _: tuple(_chapter(k) for k in _all(s, m.Kapitel, "ordning", "id")),
    Part.VERKSAMHETER: lambda s, _: tuple(
        d.Verksamhet(v.id, v.namn, version=v.version)
        for v in _all(s, m.Verksamhet, "ordning", "id")
    ),
    Part.MALOMRADEN: lambda s, _: tuple(
        d.Malomrade(
            a.id, a.kod, a.namn, a.beskrivning, att_granska=a.att_granska, version=a.version
        )
        for a in _all(s, m.Malomrade, "ordning", "id")
    ),
    Part.NAMNDSMAL: lambda s, _: _goals(s),
    # Indicators are ordered by their goals, so the goals are read (or kept) first.
    Part.INDIKATORER: lambda s, parts: _indicators(s, parts[Part.NAMNDSMAL.value]),
    Part.AKTIVITETER: lambda s, _: tuple(
        _activity(a) for a in _all(s, m.Aktivitet, "ordning", "id")
    ),
    Part.BUDGETKOLUMNER: lambda s, _: _budget_columns(s),
    Part.DRIFTBUDGET: lambda s, _: _drift(s),
    Part.KF_RAM: lambda s, _: tuple(
        d.KfRam(r.ar, r.belopp, r.beslut) for r in _all(s, m.KfRam, "ar")
    ),
    Part.RESULTATRAKNING: lambda s, _: _results(s),
    Part.KOSTNADSSLAG: lambda s, _: _cost_types(s),
    Part.INVESTERINGAR: lambda s, _: _investments(s),
    Part.NYCKELTAL: lambda s, _: _key_figures(s),
    Part.INTERNKONTROLL: lambda s, _: tuple(
        _control(r) for r in _all(s, m.Internkontroll, "ordning", "id")
    ),
    Part.BILDER: lambda s, _: tuple(
        d.Bild(
            b.id,
            b.namn,
            b.alt_text,
            b.data,
            describe(b.data),
            att_granska=b.att_granska,
            version=b.version,
        )
        for b in _all(s, m.Bild, "id")
    ),
    Part.BEDOMNINGSSKALA: lambda s, _: assessment_scale(s),
    Part.UPPFOLJNINGAR: lambda s, _: periods(s),
}
"""Every part of the snapshot, in the order they are read (``Part``'s order)."""


def _read(session: Session, plan: d.PlanSnapshot | None, parts: frozenset[Part]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for part in Part:
        if part in parts or plan is None:
            values[part.value] = PART_READERS[part](session, values)
        else:
            values[part.value] = getattr(plan, part.value)
    return values


def snapshot(session: Session) -> d.PlanSnapshot:
    """The whole plan, read in one transaction."""
    return d.PlanSnapshot(**_read(session, None, ALL_PARTS))


ItemReader = Callable[[Session, int], Any]

ITEM_READERS: dict[tuple[ItemKind, Part], ItemReader] = {
    (ItemKind.KAPITEL, Part.KAPITEL): lambda s, i: _chapter(_one(s, m.Kapitel, i)),
    (ItemKind.AKTIVITET, Part.AKTIVITETER): lambda s, i: _activity(_one(s, m.Aktivitet, i)),
    (ItemKind.INDIKATOR, Part.INDIKATORER): lambda s, i: _indicator(
        _one(s, m.Indikator, i), _indicator_values(s, i)[i]
    ),
    (ItemKind.DRIFTBUDGET_RAD, Part.DRIFTBUDGET): lambda s, i: _drift_row(
        _one(s, m.DriftbudgetRad, i), _cells(s, m.DriftbudgetBelopp, i)[i]
    ),
    (ItemKind.RESULTAT_RAD, Part.RESULTATRAKNING): lambda s, i: _result_row(
        _one(s, m.ResultatRad, i), _cells(s, m.ResultatBelopp, i)[i]
    ),
    (ItemKind.INVESTERING, Part.INVESTERINGAR): lambda s, i: _investment(
        _one(s, m.Investering, i), _investment_amounts(s, i)[i]
    ),
    (ItemKind.INTERNKONTROLL, Part.INTERNKONTROLL): lambda s, i: _control(
        _one(s, m.Internkontroll, i)
    ),
}
"""Kinds whose items can be read one by one, with the part of the snapshot that lists them."""


def _patch_item(session: Session, plan: d.PlanSnapshot, change: Change) -> d.PlanSnapshot | None:
    """``plan`` with the one item ``change`` edited in place read again, or None when it
    cannot be patched that way (the kind has no reader of one item, or the item is not there)."""
    own = KINDS[change.kind].own
    reader = ITEM_READERS.get((change.kind, own)) if own is not None else None
    if reader is None or own is None or change.item_id is None:
        return None
    items: tuple[Any, ...] = getattr(plan, own)
    where = next((n for n, item in enumerate(items) if item.id == change.item_id), None)
    if where is None:
        return None
    item = reader(session, change.item_id)
    patch: dict[str, Any] = {own.value: (*items[:where], item, *items[where + 1 :])}
    return replace(plan, **patch)


def refreshed(session: Session, plan: d.PlanSnapshot, change: Change) -> d.PlanSnapshot:
    """``plan`` after ``change``: the items and parts it may have altered read again, the rest
    kept as they were (the same objects, so a view can tell what changed by identity)."""
    leaves = change.leaves()
    if all(leaf.in_place for leaf in leaves):
        patched: d.PlanSnapshot | None = plan
        for leaf in leaves:
            patched = _patch_item(session, patched, leaf) if patched is not None else None
        if patched is not None:
            return patched
    return d.PlanSnapshot(**_read(session, plan, change.touched()))


_UNREADABLE = "ett värde i planen går inte att läsa"


@contextmanager
def _readable(doc: PlanDocument) -> Iterator[None]:
    """A value vplan cannot read ends in the message for a damaged plan, not in a crash.

    Opening a plan checks every value (``db.value_check``); this second line is for a file
    changed outside vplan after it was opened. The errors are those reading such a value
    raises: bytes that are not UTF-8 or a damaged page (from SQLite), an unknown enum value
    (LookupError), a date or number that is none (ValueError, decimal's ArithmeticError).
    """
    try:
        yield
    except VplanError:
        raise  # already said plainly (an InputError is a ValueError too)
    except exc.DBAPIError as error:
        if "decode" in str(error.orig):
            raise damaged_plan(doc.path, _UNREADABLE) from None
        if type(error.orig) is sqlite3.DatabaseError:  # "database disk image is malformed"
            raise damaged_plan(doc.path) from None
        raise  # a locked or busy file is not a damaged one
    except (LookupError, ValueError, ArithmeticError):
        raise damaged_plan(doc.path, _UNREADABLE) from None


def read_plan(doc: PlanDocument) -> d.PlanSnapshot:
    """The whole plan as plain data."""
    with _readable(doc), doc.reading() as session:
        return snapshot(session)


def read_change(doc: PlanDocument, plan: d.PlanSnapshot, change: Change) -> d.PlanSnapshot:
    """The plan after ``change``, read again only where the change may have altered it."""
    with _readable(doc), doc.reading() as session:
        return refreshed(session, plan, change)


def read_front_matter(doc: PlanDocument) -> d.FrontMatter:
    with _readable(doc), doc.reading() as session:
        return front_matter(session)

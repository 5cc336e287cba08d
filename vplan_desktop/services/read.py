"""Reading the plan into plain data (``vplan_desktop.domain``)."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import exc, select
from sqlalchemy.orm import Session

from vplan_desktop import domain as d
from vplan_desktop.db import models as m
from vplan_desktop.db.document import PlanDocument, damaged_plan
from vplan_desktop.db.enums import KolumnSlag, RiskAxel, VardeSlag
from vplan_desktop.errors import VplanError

KOLUMN_ORDER = {slag: rank for rank, slag in enumerate(KolumnSlag)}


def _all(session: Session, model: Any, *order: Any) -> list[Any]:
    return list(session.scalars(select(model).order_by(*order)))


def front_matter(session: Session) -> d.FrontMatter:
    plan = session.get_one(m.Plan, 1)
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
    )


def risk_scale(session: Session) -> d.RiskScale:
    size = session.execute(select(m.Plan.riskskala)).scalar_one()
    labels: dict[RiskAxel, dict[int, str]] = defaultdict(dict)
    for label in _all(session, m.RiskEtikett, m.RiskEtikett.niva):
        labels[label.axel][label.niva] = label.text

    def axis(axel: RiskAxel) -> tuple[str, ...]:
        return tuple(labels[axel].get(level, str(level)) for level in range(1, size + 1))

    bands = _all(session, m.RiskBand, m.RiskBand.till_och_med)
    return d.RiskScale(
        storlek=size,
        sannolikhet=axis(RiskAxel.SANNOLIKHET),
        konsekvens=axis(RiskAxel.KONSEKVENS),
        band=tuple(d.RiskBand(b.till_och_med, b.farg, b.namn) for b in bands),
    )


def _indicators(session: Session, goals: tuple[d.Namndsmal, ...]) -> tuple[d.Indikator, ...]:
    values: dict[int, dict[VardeSlag, dict[int, d.Value]]] = defaultdict(lambda: defaultdict(dict))
    for row in _all(session, m.IndikatorVarde, m.IndikatorVarde.ar):
        values[row.indikator_id][row.slag][row.ar] = row.value
    goal_order = {goal.id: rank for rank, goal in enumerate(goals)}
    indicators = _all(session, m.Indikator, m.Indikator.ordning, m.Indikator.id)
    indicators.sort(key=lambda i: goal_order.get(i.namndsmal_id, 0))
    return tuple(
        d.Indikator(
            id=i.id,
            namndsmal_id=i.namndsmal_id,
            namn=i.namn,
            enhet=i.enhet,
            riktning=i.riktning,
            frekvens=i.frekvens,
            kalla=i.kalla,
            kolada_id=i.kolada_id,
            varje_ar=i.varje_ar,
            nulage_ar=i.nulage_ar,
            nulage=i.nulage,
            nulage_ar_malniva=i.nulage_ar_malniva,
            malnivaer=dict(values[i.id][VardeSlag.MALNIVA]),
            utfall=dict(values[i.id][VardeSlag.UTFALL]),
            att_granska=i.att_granska,
        )
        for i in indicators
    )


def _goals(session: Session) -> tuple[d.Namndsmal, ...]:
    area_order = {
        area_id: rank
        for rank, area_id in enumerate(
            session.scalars(select(m.Malomrade.id).order_by(m.Malomrade.ordning, m.Malomrade.id))
        )
    }
    goals = _all(session, m.Namndsmal, m.Namndsmal.ordning, m.Namndsmal.id)
    # Goals without a målområde come last, after every area's goals.
    goals.sort(key=lambda g: area_order.get(g.malomrade_id, len(area_order)))
    return tuple(
        d.Namndsmal(g.id, g.malomrade_id, g.text, g.beskrivning, att_granska=g.att_granska)
        for g in goals
    )


def _budget_columns(session: Session) -> tuple[d.BudgetKolumn, ...]:
    columns = _all(session, m.BudgetKolumn)
    columns.sort(key=lambda c: (c.tabell, c.ar, KOLUMN_ORDER[c.slag]))
    return tuple(d.BudgetKolumn(c.id, c.tabell, c.slag, c.ar, c.anmarkning) for c in columns)


def _cells(session: Session, model: Any) -> dict[int, list[Any]]:
    cells: dict[int, list[Any]] = defaultdict(list)
    for cell in _all(session, model):
        cells[cell.rad_id].append(cell)
    return cells


def _key_figures(session: Session) -> tuple[d.NyckeltalTabell, ...]:
    cells = _cells(session, m.NyckeltalVarde)
    tables = []
    for table in _all(session, m.NyckeltalTabell, m.NyckeltalTabell.ordning, m.NyckeltalTabell.id):
        tables.append(
            d.NyckeltalTabell(
                id=table.id,
                rubrik=table.rubrik,
                enhet=table.enhet,
                kolumner=tuple(d.NyckeltalKolumn(k.id, k.rubrik) for k in table.kolumner),
                rader=tuple(
                    d.NyckeltalRad(
                        r.id, r.namn, r.enhet, {c.kolumn_id: c.value for c in cells[r.id]}
                    )
                    for r in table.rader
                ),
                att_granska=table.att_granska,
            )
        )
    return tuple(tables)


def snapshot(session: Session) -> d.PlanSnapshot:
    """The whole plan, read in one transaction."""
    goals = _goals(session)
    drift_cells = _cells(session, m.DriftbudgetBelopp)
    resultat_cells = _cells(session, m.ResultatBelopp)
    return d.PlanSnapshot(
        uppgifter=front_matter(session),
        riskskala=risk_scale(session),
        kapitel=tuple(
            d.Kapitel(k.id, k.rubrik, k.text, k.omvarldsanalys, att_granska=k.att_granska)
            for k in _all(session, m.Kapitel, m.Kapitel.ordning, m.Kapitel.id)
        ),
        verksamheter=tuple(
            d.Verksamhet(v.id, v.namn)
            for v in _all(session, m.Verksamhet, m.Verksamhet.ordning, m.Verksamhet.id)
        ),
        malomraden=tuple(
            d.Malomrade(a.id, a.kod, a.namn, a.kf_text, att_granska=a.att_granska)
            for a in _all(session, m.Malomrade, m.Malomrade.ordning, m.Malomrade.id)
        ),
        namndsmal=goals,
        indikatorer=_indicators(session, goals),
        aktiviteter=tuple(
            d.Aktivitet(
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
            )
            for a in _all(session, m.Aktivitet, m.Aktivitet.ordning, m.Aktivitet.id)
        ),
        budgetkolumner=_budget_columns(session),
        driftbudget=tuple(
            d.DriftbudgetRad(
                r.id,
                r.verksamhet_id,
                {c.kolumn_id: c.belopp for c in drift_cells[r.id]},
                att_granska=r.att_granska,
            )
            for r in _all(session, m.DriftbudgetRad, m.DriftbudgetRad.ordning, m.DriftbudgetRad.id)
        ),
        kf_ram=tuple(d.KfRam(r.ar, r.belopp, r.beslut) for r in _all(session, m.KfRam, m.KfRam.ar)),
        resultatrakning=tuple(
            d.ResultatRad(
                r.id,
                r.verksamhet_id,
                {
                    c.kolumn_id: d.ResultatBelopp(c.intakter, c.kostnader, c.netto)
                    for c in resultat_cells[r.id]
                },
                att_granska=r.att_granska,
            )
            for r in _all(session, m.ResultatRad, m.ResultatRad.ordning, m.ResultatRad.id)
        ),
        investeringar=tuple(
            d.Investering(
                i.id,
                i.projekt,
                i.projektnummer,
                {b.ar: b.belopp for b in i.belopp},
                att_granska=i.att_granska,
            )
            for i in _all(session, m.Investering, m.Investering.ordning, m.Investering.id)
        ),
        nyckeltal=_key_figures(session),
        internkontroll=tuple(
            d.Internkontroll(
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
            )
            for r in _all(session, m.Internkontroll, m.Internkontroll.ordning, m.Internkontroll.id)
        ),
    )


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


def read_front_matter(doc: PlanDocument) -> d.FrontMatter:
    with _readable(doc), doc.reading() as session:
        return front_matter(session)

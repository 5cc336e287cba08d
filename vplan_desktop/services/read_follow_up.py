"""Reading the follow-up periods and the scale of måluppfyllelse into plain data."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vplan_desktop import follow_up_data as f
from vplan_desktop.db import models as m

_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
NO_COLOUR = "#9e9e9e"
"""Shown for a colour that is none (a plan file changed outside vplan): every view and
document may take a level's colour as it is."""


def assessment_scale(session: Session) -> tuple[f.Bedomningsniva, ...]:
    rows = session.scalars(
        select(m.Bedomningsniva).order_by(m.Bedomningsniva.ordning, m.Bedomningsniva.id)
    )
    return tuple(
        f.Bedomningsniva(r.id, r.namn, r.farg if _COLOUR.fullmatch(r.farg) else NO_COLOUR, r.grad)
        for r in rows
    )


def _rows(session: Session, model: Any, key: str) -> dict[int, dict[int, Any]]:
    """Every row of ``model`` by period and by the id in its column ``key``."""
    found: dict[int, dict[int, Any]] = defaultdict(dict)
    for row in session.scalars(select(model)):
        found[row.uppfoljning_id][getattr(row, key)] = row
    return found


def periods(session: Session) -> tuple[f.Uppfoljning, ...]:
    goals = _rows(session, m.UppfoljningMal, "namndsmal_id")
    outcomes = _rows(session, m.UppfoljningIndikator, "indikator_id")
    activities = _rows(session, m.UppfoljningAktivitet, "aktivitet_id")
    drift = _rows(session, m.UppfoljningDrift, "rad_id")
    results = _rows(session, m.UppfoljningResultat, "rad_id")
    investments = _rows(session, m.UppfoljningInvestering, "investering_id")
    controls = _rows(session, m.UppfoljningKontroll, "internkontroll_id")
    query = select(m.Uppfoljning).order_by(m.Uppfoljning.ordning, m.Uppfoljning.id)
    return tuple(
        f.Uppfoljning(
            id=p.id,
            namn=p.namn,
            ar=p.ar,
            slag=p.slag,
            slutdatum=p.slutdatum,
            rapporterad=p.rapporterad,
            rapporterad_datum=p.rapporterad_datum,
            sammanfattning=p.sammanfattning,
            viktiga_handelser=p.viktiga_handelser,
            framtid=p.framtid,
            version=p.version,
            mal={
                i: f.MalUppfoljning(r.bedomningsniva_id, r.bedomning, r.orsak, r.atgard)
                for i, r in goals[p.id].items()
            },
            indikatorer={
                i: f.IndikatorUtfall(r.value, r.datum, r.kalla, r.kommentar)
                for i, r in outcomes[p.id].items()
            },
            aktiviteter={
                i: f.AktivitetUppfoljning(r.status, r.kommentar, r.slutdatum_reviderat)
                for i, r in activities[p.id].items()
            },
            drift={
                i: f.BeloppUppfoljning(r.utfall, r.prognos, r.kommentar)
                for i, r in drift[p.id].items()
            },
            resultat={
                i: f.ResultatUppfoljning(
                    r.utfall_intakter,
                    r.utfall_kostnader,
                    r.prognos_intakter,
                    r.prognos_kostnader,
                    r.kommentar,
                )
                for i, r in results[p.id].items()
            },
            investeringar={
                i: f.BeloppUppfoljning(r.utfall, r.prognos, r.kommentar)
                for i, r in investments[p.id].items()
            },
            kontroller={
                i: f.KontrollResultat(r.utford, r.avvikelse, r.atgard)
                for i, r in controls[p.id].items()
            },
        )
        for p in session.scalars(query)
    )

"""A filled-in delår on the example plan, entered through the follow-up services as a user
would: goals assessed on several levels, outcomes, activity statuses, utfall and prognos with
one large deviation and its comment, control results and the summary texts."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import UppfoljningStatus
from vplan_desktop.follow_up import Mall
from vplan_desktop.formatting import parse_value
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import follow_up
from vplan_desktop.services.read import read_plan

PERIOD = "Delår april 2027"
SUMMARY = "Nämndens verksamhet har under perioden följt planen i stora drag."
EVENTS = "Den nya öppenvårdsmottagningen öppnade i mars."
FUTURE = "Rekryteringsläget för socialsekreterare är fortsatt osäkert."
ASSESSMENT = "Andelen barn som inte återaktualiseras ökar, men målnivån är ännu inte nådd."
CAUSE = "Personalomsättningen under hösten försenade uppföljningen."
REMEDY = "Ett gemensamt arbetssätt för uppföljning införs under maj."
DRIFT_COMMENT = "Fler konsultuppdrag än beräknat ger ett underskott."
ACTIVITY_COMMENT = "Modellen är införd i två av tre arbetsgrupper."
CONTROL_DEVIATION = "Två utbetalningar saknade beslut."
CONTROL_REMEDY = "Rutinen för attest ses över."


def fill_delar(doc: PlanDocument) -> int:
    """Make the tertial periods of 2027 and fill the first; returns its id. Any period the
    plan ships with is deleted first, so that the figures are these alone."""
    for shipped in read_plan(doc).uppfoljningar:
        follow_up.delete_period(doc, shipped.id)
    follow_up.add_periods(doc, Mall.TERTIAL, 2027)
    plan = read_plan(doc)
    found = plan.uppfoljning(PERIOD)
    assert found is not None
    period = found.id
    scale = plan.bedomningsskala
    follow_up.update_period(
        doc,
        period,
        {"sammanfattning": SUMMARY, "viktiga_handelser": EVENTS, "framtid": FUTURE},
    )
    goals = plan.namndsmal
    levels = [scale[0], scale[1], scale[2], scale[0], scale[1], scale[3]]
    for goal, level in zip(goals, levels, strict=False):
        follow_up.set_follow_up(
            doc,
            ItemKind.UPPFOLJNING_MAL,
            period,
            goal.id,
            {"bedomningsniva_id": level.id, "bedomning": f"Bedömning av {goal.text[:20]}."},
        )
    # The goal with indicator 1 (Ej återaktualiserade barn) gets the full analysis.
    first_goal = next(i.namndsmal_id for i in plan.indikatorer if i.id == 1)
    follow_up.set_follow_up(
        doc,
        ItemKind.UPPFOLJNING_MAL,
        period,
        first_goal,
        {
            "bedomningsniva_id": scale[1].id,
            "bedomning": ASSESSMENT,
            "orsak": CAUSE,
            "atgard": REMEDY,
        },
    )
    for indicator_id, text in ((1, "72"), (2, "79,5"), (3, "60"), (8, "Tre möten")):
        follow_up.set_follow_up(
            doc,
            ItemKind.UPPFOLJNING_INDIKATOR,
            period,
            indicator_id,
            {"varde": parse_value(text), "datum": dt.date(2027, 4, 30), "kalla": "Treserva"},
        )
    statuses = [
        (UppfoljningStatus.KLAR, ""),
        (UppfoljningStatus.PAGAR, ACTIVITY_COMMENT),
        (UppfoljningStatus.SENARELAGD, "Flyttas till hösten."),
        (UppfoljningStatus.EJ_PABORJAD, ""),
    ]
    for activity, (status, comment) in zip(plan.aktiviteter, statuses, strict=False):
        fields: dict[str, object] = {"status": status.value, "kommentar": comment}
        if status is UppfoljningStatus.SENARELAGD:
            fields["slutdatum_reviderat"] = dt.date(2027, 11, 30)
        follow_up.set_follow_up(doc, ItemKind.UPPFOLJNING_AKTIVITET, period, activity.id, fields)
    for row in plan.driftbudget:
        budgeted = next(
            (v for k, v in row.belopp.items() if k == 4),  # the Budget 2027 column
            None,
        )
        base = Decimal(budgeted or 1000)
        prognos = base * Decimal("1.12") if row.id == 1 else base
        follow_up.set_follow_up(
            doc,
            ItemKind.UPPFOLJNING_DRIFT,
            period,
            row.id,
            {
                "utfall": (base / 3).quantize(Decimal(1)),
                "prognos": prognos.quantize(Decimal(1)),
                "kommentar": DRIFT_COMMENT if row.id == 1 else "",
            },
        )
    for line in plan.resultatrakning:
        cell = line.belopp.get(10)  # the Budget 2027 column, in mnkr
        intakter = Decimal(cell.intakter or 0) if cell else Decimal(0)
        kostnader = Decimal(cell.kostnader or 0) if cell else Decimal(0)
        follow_up.set_follow_up(
            doc,
            ItemKind.UPPFOLJNING_RESULTAT,
            period,
            line.id,
            {
                "utfall_intakter": (intakter / 3).quantize(Decimal("0.1")),
                "utfall_kostnader": (kostnader / 3).quantize(Decimal("0.1")),
                "prognos_intakter": intakter,
                "prognos_kostnader": kostnader - Decimal("0.5"),
            },
        )
    for investment in plan.investeringar:
        follow_up.set_follow_up(
            doc,
            ItemKind.UPPFOLJNING_INVESTERING,
            period,
            investment.id,
            {"utfall": "300", "prognos": "1 200" if investment.id == 1 else "500"},
        )
    controls = plan.internkontroll
    follow_up.set_follow_up(
        doc,
        ItemKind.UPPFOLJNING_KONTROLL,
        period,
        controls[0].id,
        {"utford": True, "avvikelse": CONTROL_DEVIATION, "atgard": CONTROL_REMEDY},
    )
    follow_up.set_follow_up(
        doc, ItemKind.UPPFOLJNING_KONTROLL, period, controls[1].id, {"utford": False}
    )
    return period

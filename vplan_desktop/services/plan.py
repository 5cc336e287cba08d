"""Creating a plan, and the plan-wide settings: the period and the risk scale."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from vplan_desktop.db import models as m
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import BudgetTabell, KolumnSlag, RiskAxel
from vplan_desktop.db.row_versions import check_item, local_time
from vplan_desktop.domain import MAX_PERIOD_YEARS, RiskBand, RiskScale
from vplan_desktop.errors import ConflictError, InputError
from vplan_desktop.formatting import format_period
from vplan_desktop.sections import ItemKind, Section
from vplan_desktop.services import kinds
from vplan_desktop.services.changes import Change
from vplan_desktop.services.read import risk_scale

DEFAULT_CHAPTERS = (
    ("Inledning", False),
    ("Nämndens uppdrag", False),
    ("Planeringsförutsättningar och omvärldsanalys", True),
    ("Verksamhetsbeskrivning", False),
)

DEFAULT_SCALES = {
    4: RiskScale(
        storlek=4,
        sannolikhet=("Osannolik", "Mindre sannolik", "Möjlig", "Sannolik"),
        konsekvens=("Försumbar", "Lindrig", "Kännbar", "Allvarlig"),
        band=(
            RiskBand(3, "#6aa84f", "Låg"),
            RiskBand(6, "#f1c232", "Måttlig"),
            RiskBand(9, "#e69138", "Hög"),
            RiskBand(16, "#cc0000", "Mycket hög"),
        ),
    ),
    5: RiskScale(
        storlek=5,
        sannolikhet=("Mycket osannolik", "Osannolik", "Möjlig", "Sannolik", "Mycket sannolik"),
        konsekvens=("Försumbar", "Lindrig", "Kännbar", "Allvarlig", "Mycket allvarlig"),
        band=(
            RiskBand(4, "#6aa84f", "Låg"),
            RiskBand(9, "#f1c232", "Måttlig"),
            RiskBand(16, "#e69138", "Hög"),
            RiskBand(25, "#cc0000", "Mycket hög"),
        ),
    ),
}


def check_period(forsta_ar: int, sista_ar: int) -> None:
    for value in (forsta_ar, sista_ar):
        if not isinstance(value, int) or not kinds.MIN_YEAR <= value <= kinds.MAX_YEAR:
            raise InputError(f"{value} är inget rimligt årtal för planperioden.")
    if sista_ar < forsta_ar:
        raise InputError(f"Planperioden kan inte sluta ({sista_ar}) före den börjar ({forsta_ar}).")
    if sista_ar - forsta_ar + 1 > MAX_PERIOD_YEARS:
        raise InputError(
            f"Planperioden {format_period(forsta_ar, sista_ar)} är för lång: "
            f"en plan gäller ett till {MAX_PERIOD_YEARS} år."
        )


def default_budget_columns(
    forsta_ar: int, sista_ar: int
) -> dict[BudgetTabell, list[tuple[KolumnSlag, int]]]:
    """The columns a new plan starts with: past outcomes, this year's budget, the plan years.

    A plan for 2027–2029 is written in 2026, when 2025 is the newest closed year:
    Bokslut 2024, Bokslut 2025, Budget 2026, Budget 2027, Plan 2028, Plan 2029.
    """
    plan_years = [(KolumnSlag.BUDGET, forsta_ar)] + [
        (KolumnSlag.PLAN, year) for year in range(forsta_ar + 1, sista_ar + 1)
    ]
    return {
        BudgetTabell.DRIFT: [
            (KolumnSlag.BOKSLUT, forsta_ar - 3),
            (KolumnSlag.BOKSLUT, forsta_ar - 2),
            (KolumnSlag.BUDGET, forsta_ar - 1),
            *plan_years,
        ],
        BudgetTabell.RESULTAT: [
            (KolumnSlag.BOKSLUT, forsta_ar - 2),
            (KolumnSlag.BUDGET, forsta_ar - 1),
            (KolumnSlag.PROGNOS, forsta_ar - 1),
            *plan_years,
        ],
    }


def write_risk_scale(session: Session, scale: RiskScale) -> None:
    """Replace the plan's risk scale with ``scale`` in ``session`` (checked by the caller)."""
    session.execute(delete(m.RiskEtikett))
    session.execute(delete(m.RiskBand))
    session.get_one(m.Plan, 1).riskskala = scale.storlek
    for axel, labels in (
        (RiskAxel.SANNOLIKHET, scale.sannolikhet),
        (RiskAxel.KONSEKVENS, scale.konsekvens),
    ):
        for level, label in enumerate(labels, start=1):
            session.add(m.RiskEtikett(axel=axel, niva=level, text=label))
    for number, band in enumerate(scale.band):
        session.add(
            m.RiskBand(
                ordning=number, till_och_med=band.till_och_med, farg=band.farg, namn=band.namn
            )
        )


def _scale_conflict(session: Session) -> ConflictError:
    """The conflict with whoever wrote the risk scale last (its rows are written anew)."""
    latest = None
    for model in (m.RiskEtikett, m.RiskBand):
        row = session.execute(
            select(model.andrad_av, model.andrad_tid).order_by(model.andrad_tid.desc()).limit(1)
        ).first()
        if row is not None and (latest is None or row.andrad_tid > latest.andrad_tid):
            latest = row
    if latest is None:
        return ConflictError("", None)
    return ConflictError(latest.andrad_av, local_time(latest.andrad_tid))


def _ensure_year_columns(session: Session, forsta_ar: int, sista_ar: int) -> None:
    """Give both budget tables a Budget column for the first year and a Plan column for each
    later plan year; existing columns are kept."""
    existing = {(c.tabell, c.slag, c.ar) for c in session.scalars(select(m.BudgetKolumn))}
    for tabell, columns in default_budget_columns(forsta_ar, sista_ar).items():
        for slag, year in columns:
            if year >= forsta_ar and (tabell, slag, year) not in existing:
                session.add(m.BudgetKolumn(tabell=tabell, slag=slag, ar=year, ordning=0))


@dataclass(frozen=True)
class NewPlan:
    """What the "Ny plan" dialog and ``vplan new`` ask for."""

    kommun: str
    namnd: str
    forsta_ar: int
    sista_ar: int
    titel: str = ""
    forvaltning: str = ""


def create_plan(path: Path | str, new: NewPlan) -> None:
    """Create a plan file with the front matter, the usual chapters, the default risk scale and
    the budget's year columns; ``path`` must not exist."""
    check_period(new.forsta_ar, new.sista_ar)
    titel = new.titel.strip() or f"Verksamhetsplan {format_period(new.forsta_ar, new.sista_ar)}"
    with PlanDocument.create(path) as doc, doc.transaction() as session:
        fields = kinds.KINDS[ItemKind.PLAN]
        values = {
            name: fields.fields[name](session, value)
            for name, value in (
                ("kommun", new.kommun),
                ("namnd", new.namnd),
                ("titel", titel),
                ("forvaltning", new.forvaltning),
            )
        }
        session.add(m.Plan(id=1, forsta_ar=new.forsta_ar, sista_ar=new.sista_ar, **values))
        session.flush()
        write_risk_scale(session, DEFAULT_SCALES[4])
        for number, (rubrik, flagged) in enumerate(DEFAULT_CHAPTERS):
            session.add(m.Kapitel(ordning=number, rubrik=rubrik, omvarldsanalys=flagged))
        for tabell, columns in default_budget_columns(new.forsta_ar, new.sista_ar).items():
            for number, (slag, year) in enumerate(columns):
                session.add(m.BudgetKolumn(tabell=tabell, slag=slag, ar=year, ordning=number))


def set_period(
    doc: PlanDocument, forsta_ar: int, sista_ar: int, *, seen: int | None = None
) -> Change:
    """Change the plan period; the budget gets columns for new plan years, nothing is removed.
    ``seen`` is the version of the plan's uppgifter its user saw (``items.update_item``)."""
    check_period(forsta_ar, sista_ar)
    with doc.transaction() as session:
        plan = session.get_one(m.Plan, 1)
        check_item(session, plan, seen)
        old = (plan.forsta_ar, plan.sista_ar)
        plan.forsta_ar, plan.sista_ar = forsta_ar, sista_ar
        _ensure_year_columns(session, forsta_ar, sista_ar)
        session.flush()
        version = int(plan.version)
    undo = partial(set_period, forsta_ar=old[0], sista_ar=old[1], seen=version)
    return Change(Section.UPPGIFTER, ItemKind.PLAN, 1, undo)


def check_risk_scale(scale: RiskScale) -> None:
    """Refuse a risk scale the risk matrix cannot show: raises ``InputError`` saying why."""
    size = scale.storlek
    if size not in DEFAULT_SCALES:
        raise InputError("Riskskalan har 4 eller 5 nivåer.")
    for name, labels in (("Sannolikhet", scale.sannolikhet), ("Konsekvens", scale.konsekvens)):
        if len(labels) != size or any(not label.strip() for label in labels):
            raise InputError(f"{name} behöver {size} namngivna nivåer.")
    limits = [band.till_och_med for band in scale.band]
    if not limits or limits != sorted(set(limits)) or limits[0] < 1:
        raise InputError("Färgbanden ska ha stigande gränser, från 1 och uppåt.")
    if limits[-1] != size * size:
        raise InputError(f"Det sista färgbandet ska gå till och med {size * size}.")
    for band in scale.band:
        if not (len(band.farg) == 7 and band.farg.startswith("#")):
            raise InputError(f"”{band.farg}” är ingen färg (skriv till exempel #cc0000).")


def set_risk_scale(doc: PlanDocument, scale: RiskScale, *, seen: RiskScale | None = None) -> Change:
    """Replace the risk scale: its size, level names and colour bands.

    Going from 5×5 to 4×4 is refused while some control still has a level 5. ``seen`` is the
    scale its user saw (None: not checked): a scale someone else has changed since is not
    replaced (``ConflictError``).
    """
    check_risk_scale(scale)
    with doc.transaction() as session:
        old = risk_scale(session)
        if seen is not None and old != seen:
            raise _scale_conflict(session)
        if scale.storlek < old.storlek:
            too_high: Any = session.scalars(
                select(m.Internkontroll.id).where(
                    (m.Internkontroll.sannolikhet > scale.storlek)
                    | (m.Internkontroll.konsekvens > scale.storlek)
                )
            ).first()
            if too_high is not None:
                raise InputError(
                    f"Några kontrollpunkter har nivå {old.storlek}; ändra dem innan skalan "
                    f"görs om till {scale.storlek}×{scale.storlek}."
                )
        write_risk_scale(session, scale)
    undo: Callable[[PlanDocument], Change] = partial(set_risk_scale, scale=old, seen=scale)
    return Change(Section.INTERNKONTROLL, ItemKind.RISKSKALA, None, undo)

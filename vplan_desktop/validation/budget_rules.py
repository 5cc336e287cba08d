"""Rules for the budget tables, the key figures and the internal control."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal

from vplan_desktop import budget as figures
from vplan_desktop import domain as d
from vplan_desktop.db.enums import BudgetTabell
from vplan_desktop.formatting import format_amount
from vplan_desktop.sections import ItemKind, Section
from vplan_desktop.validation.findings import Finding, Severity, _q, group_as, rule

# --- budget --------------------------------------------------------------------------------


@rule
def driftbudget(plan: d.PlanSnapshot) -> Iterator[Finding]:
    u = plan.uppgifter
    unit = u.enhet_drift.value
    names = {v.id: v.namn for v in plan.verksamheter}
    budget = figures.year_column(plan, u.forsta_ar)
    if not plan.driftbudget and (plan.resultatrakning or plan.kostnadsslag):
        return  # the plan budgets in its resultaträkning alone, as some nämnder do
    if not plan.driftbudget:
        yield Finding(
            Severity.FEL,
            "Driftbudgeten har inga rader. Lägg till verksamheterna.",
            Section.DRIFT,
            None,
            None,
            None,
            "drift.tom",
        )
        return
    if budget is None:
        yield Finding(
            Severity.FEL,
            f"Driftbudgeten saknar kolumnen Budget {u.forsta_ar}.",
            Section.DRIFT,
            None,
            None,
            None,
            "drift.budgetkolumn",
        )
    elif budget.angiven_summa is None or any(budget.id in row.belopp for row in plan.driftbudget):
        # (A column with only its printed total is a plan that knows the total alone.)
        for row in plan.driftbudget:
            if budget.id not in row.belopp:
                yield Finding(
                    Severity.FEL,
                    f"{_q(names.get(row.verksamhet_id, '?'))} saknar belopp för {budget.rubrik}.",
                    Section.DRIFT,
                    ItemKind.DRIFTBUDGET_RAD,
                    row.id,
                    f"kolumn:{budget.id}",
                    "drift.budgetar",
                    name=_q(names.get(row.verksamhet_id, "?")),
                )
    for ram in figures.driftbudget(plan).years:
        year, column = ram.year, ram.column
        if column is None:
            continue
        if ram.ram is None or ram.difference is None:
            yield Finding(
                Severity.VARNING,
                f"Ange KF:s ram för {year}.",
                Section.DRIFT,
                ItemKind.KF_RAM,
                year,
                f"kolumn:{column.id}",
                "drift.ram_saknas",
                name=str(year),
            )
            continue
        if ram.difference < 0:
            netto, kf, over = (
                format_amount(a, unit) for a in (ram.netto or 0, ram.ram, -ram.difference)
            )
            yield Finding(
                Severity.FEL,
                f"Nettokostnaden {year} ({netto} {unit}) överstiger KF:s ram ({kf} {unit}) "
                f"med {over} {unit}.",
                Section.DRIFT,
                ItemKind.KF_RAM,
                year,
                f"kolumn:{column.id}",
                "drift.over_ram",
                name=str(year),
            )


def _rounding(*amounts: Decimal | None) -> Decimal:
    """One unit of the last decimal the figures are written with (1 for whole amounts, 0,1
    for "48,9"): how far a printed sum of rounded figures may be from the sum of them."""
    decimals = 0
    for value in amounts:
        exponent = value.as_tuple().exponent if value is not None else 0
        if isinstance(exponent, int):
            decimals = max(decimals, -exponent)
    return Decimal(1).scaleb(-decimals)


@rule
def resultatrakning(plan: d.PlanSnapshot) -> Iterator[Finding]:
    names = {v.id: v.namn for v in plan.verksamheter}
    columns = {c.id: c for c in plan.kolumner(BudgetTabell.RESULTAT)}
    unit = plan.uppgifter.enhet_resultat.value
    for row in plan.resultatrakning:
        for column_id, cell in row.belopp.items():
            if cell.netto is None:
                continue
            # A netto typed without intäkter and kostnader is checked against 0 too. Printed
            # plans round each figure (1,82 + -50,753 = -48,933 is printed 1,8, -50,8 and
            # -48,9): one unit of the last decimal off is rounding, not an error.
            computed = figures.computed_netto(cell) or 0
            rounding = _rounding(cell.intakter, cell.kostnader, cell.netto)
            if abs(cell.netto - computed) > rounding:
                column = columns.get(column_id)
                where = (
                    f"{_q(names.get(row.verksamhet_id, '?'))}, {column.rubrik if column else ''}"
                )
                yield Finding(
                    Severity.FEL,
                    f"Nettot för {where} är {format_amount(cell.netto, unit)} "
                    "men intäkter "
                    f"+ kostnader är {format_amount(computed, unit)}.",
                    Section.RESULTAT,
                    ItemKind.RESULTAT_RAD,
                    row.id,
                    f"kolumn:{column_id}",
                    "resultat.netto",
                    name=where.rstrip(", "),
                )


def _given_totals(
    columns: Sequence[d.BudgetKolumn],
    sums: Sequence[figures.Amount],
    unit: str,
    section: Section,
    what: str,
) -> Iterator[Finding]:
    """A printed total that is not the sum of its rows, where the rows have amounts (a plan
    that only knows the total is fine)."""
    for column, rows_sum in zip(columns, sums, strict=True):
        given = column.angiven_summa
        if given is None or column.computed or rows_sum is None or given == rows_sum:
            continue
        yield Finding(
            Severity.VARNING,
            f"{what} {column.rubrik} är angiven till {format_amount(given, unit)} men raderna "
            f"summerar till {format_amount(rows_sum, unit)}.",
            section,
            ItemKind.BUDGETKOLUMN,
            column.id,
            f"kolumn:{column.id}",
            "budget.summa",
            name=column.rubrik,
        )


@rule
def given_totals(plan: d.PlanSnapshot) -> Iterator[Finding]:
    """The driftbudget's NETTOKOSTNAD and the resultaträkning's Summa netto as printed."""
    u = plan.uppgifter
    drift = figures.driftbudget(plan)
    yield from _given_totals(
        drift.columns, drift.sums, u.enhet_drift.value, Section.DRIFT, "Summan för"
    )
    result = figures.resultatrakning(plan)
    yield from _given_totals(
        result.columns,
        result.netto_sums,
        u.enhet_resultat.value,
        Section.RESULTAT,
        "Summa netto för",
    )


@rule
def investments(plan: d.PlanSnapshot) -> Iterator[Finding]:
    for number, row in enumerate(plan.investeringar, start=1):
        name = _q(row.projekt) if row.projekt.strip() else f"rad {number}"
        if not row.projekt.strip():
            yield Finding(
                Severity.FEL,
                "En investering saknar projektnamn.",
                Section.INVESTERINGAR,
                ItemKind.INVESTERING,
                row.id,
                "projekt",
                "investeringar.namn",
                name=name,
            )
        if not row.belopp and not row.utfall:
            yield Finding(
                Severity.VARNING,
                f"Investeringen {_q(row.projekt)} saknar belopp.",
                Section.INVESTERINGAR,
                ItemKind.INVESTERING,
                row.id,
                None,
                "investeringar.belopp",
                name=name,
            )


@rule
def key_figures(plan: d.PlanSnapshot) -> Iterator[Finding]:
    for table in plan.nyckeltal:
        for row in table.rader:
            filled = [k.id for k in table.kolumner if row.varden.get(k.id) is not None]
            if filled and len(filled) < len(table.kolumner):
                empty = [k.rubrik for k in table.kolumner if k.id not in filled]
                first_empty = next(k.id for k in table.kolumner if k.id not in filled)
                yield Finding(
                    Severity.VARNING,
                    f"Nyckeltalet {_q(row.namn)} i {_q(table.rubrik)} saknar värde för "
                    f"{', '.join(empty)}.",
                    Section.NYCKELTAL,
                    ItemKind.NYCKELTAL_RAD,
                    row.id,
                    f"kolumn:{first_empty}",
                    "nyckeltal.halvfylld",
                    name=_q(row.namn),
                )


# --- internal control ----------------------------------------------------------------------

CONTROL_FIELDS = [
    ("process", "process"),
    ("risk", "risk"),
    ("sannolikhet", "sannolikhet"),
    ("konsekvens", "konsekvens"),
    ("kontrollmoment", "kontrollmoment"),
    ("kontrollansvar", "kontrollansvar"),
    ("frekvens", "frekvens"),
    ("rapportering_till", "rapportering"),
]


@rule
def internal_control(plan: d.PlanSnapshot) -> Iterator[Finding]:
    if not plan.internkontroll:
        yield Finding(
            Severity.FEL,
            "Planen saknar internkontroll. Nämnden ska anta en plan för intern kontroll varje år.",
            Section.INTERNKONTROLL,
            None,
            None,
            None,
            "internkontroll.tom",
        )
        return
    scale = plan.riskskala
    top_band = scale.band[-1] if scale.band else None
    for number, row in enumerate(plan.internkontroll, start=1):
        label = _q(row.process) if row.process.strip() else f"rad {number}"
        missing = [
            (name, text)
            for name, text in CONTROL_FIELDS
            if getattr(row, name) in (None, "")
            or (isinstance(getattr(row, name), str) and not getattr(row, name).strip())
        ]
        if missing:
            yield Finding(
                Severity.VARNING,
                f"Kontrollpunkten {label} saknar {', '.join(text for _, text in missing)}.",
                Section.INTERNKONTROLL,
                ItemKind.INTERNKONTROLL,
                row.id,
                missing[0][0],
                "internkontroll.saknas",
                name=label,
            )
        value = row.riskvarde
        if (
            value is not None
            and top_band is not None
            and scale.band_for(value) == top_band
            and not row.kontrollmoment.strip()
        ):
            yield Finding(
                Severity.FEL,
                f"Risken i {label} har riskvärde {value} "
                f"({top_band.namn.lower() or 'högsta nivån'}) "
                "men inget kontrollmoment.",
                Section.INTERNKONTROLL,
                ItemKind.INTERNKONTROLL,
                row.id,
                "kontrollmoment",
                "internkontroll.hog_risk",
                name=label,
            )


# --- many items with the same gap ----------------------------------------------------------

group_as("drift.budgetar", "verksamhet", "saknar belopp i budgetkolumnen")
group_as("drift.ram_saknas", "år", "saknar KF:s ram")
group_as("drift.over_ram", "år", "har en nettokostnad över KF:s ram")
group_as("resultat.netto", "nettobelopp", "stämmer inte med intäkter + kostnader")
group_as("budget.summa", "nettobelopp", "är angivna men stämmer inte med radernas summa")
group_as("investeringar.namn", "investering", "saknar projektnamn")
group_as("investeringar.belopp", "investering", "saknar belopp")
group_as("nyckeltal.halvfylld", "nyckeltal", "saknar värden i några kolumner")
group_as("internkontroll.saknas", "kontrollpunkt", "saknar uppgifter")
group_as("internkontroll.hog_risk", "kontrollpunkt", "har hög risk men inget kontrollmoment")


# --- carried over from last year ------------------------------------------------------------


REVIEW_SECTIONS: list[tuple[Section, str, Callable[[d.PlanSnapshot], list[object]]]] = [
    (Section.MAL, "mål och indikatorer", lambda p: [*p.malomraden, *p.namndsmal, *p.indikatorer]),
    (Section.AKTIVITETER, "aktiviteter", lambda p: list(p.aktiviteter)),
    (Section.DRIFT, "driftbudgetrader", lambda p: list(p.driftbudget)),
    (Section.RESULTAT, "resultaträkningsrader", lambda p: list(p.resultatrakning)),
    (Section.INVESTERINGAR, "investeringar", lambda p: list(p.investeringar)),
    (Section.NYCKELTAL, "nyckeltalstabeller", lambda p: list(p.nyckeltal)),
    (Section.INTERNKONTROLL, "kontrollpunkter", lambda p: list(p.internkontroll)),
]


@rule
def carried_over(plan: d.PlanSnapshot) -> Iterator[Finding]:
    """Everything brought over from last year's plan must be looked at before adoption."""
    for chapter in plan.kapitel:
        if chapter.att_granska:
            yield Finding(
                Severity.VARNING,
                f"Kapitlet {_q(chapter.rubrik)} är överfört från förra årets plan. Läs "
                "igenom det och markera det som granskat.",
                Section.KAPITEL,
                ItemKind.KAPITEL,
                chapter.id,
                "att_granska",
                "granska.overfort",
            )
    for section, label, items in REVIEW_SECTIONS:
        waiting = [item for item in items(plan) if getattr(item, "att_granska", False)]
        if waiting:
            first = waiting[0]
            yield Finding(
                Severity.VARNING,
                f"{len(waiting)} {label} är överförda från förra årets plan och inte granskade.",
                section,
                None,
                getattr(first, "id", None),
                "att_granska",
                "granska.overfort",
            )

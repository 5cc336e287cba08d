"""Every figure derived from the budget tables, computed in one place from the plan snapshot.

The app's grids, the Word, PDF and Excel exports and validation all take their totals, netto,
KF's ram and the difference against it from here, so that no two of them can disagree. The
rules, in the words a nämnd uses:

- A **total** is the sum of the amounts given; a blank counts as nothing. A column where no
  amount is given at all has no total (blank, not 0): nothing is budgeted there yet.
- A resultaträkning **netto** is intäkter + kostnader (kostnader are negative), whenever either
  is given. A netto typed in by hand is kept as given; validation reports one that does not
  match.
- **KF's ram** for a plan year applies to one column of the driftbudget: the year's Budget
  column for the budget year (the plan's first year) and its Plan column for the later years;
  when that column is missing, the other of the two. The ram, and the **difference** ram −
  nettokostnad, are shown under that column only. No ram, no difference.
- A **deviation** (budget against prognos, the follow-up's avvikelse) is a − b, and that as a
  percentage of a. An avvikelse column shows it for its year: the Budget column's figure minus
  the Prognos column's (the Utfall column's when there is no prognos), row by row – in the
  driftbudget, whose nettokostnad is positive. In the resultaträkning, whose kostnader are
  negative, it is the Prognos column's figure minus the Budget column's, so that in both a
  negative avvikelse is worse than budget (``signed_table``).
- A **printed total** (``BudgetKolumn.angiven_summa``) is the column's total as the plan prints
  it: shown as given, even where the rows do not add up to it (validation warns), never
  recomputed.

Amounts are ``Decimal`` here (never float), so a figure is exact in every output.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from vplan_desktop import domain as d
from vplan_desktop.db.enums import BudgetTabell, KolumnSlag
from vplan_desktop.numbers import plain

Amount = Decimal | None
"""A figure in its table's unit (tkr or mnkr), or blank."""

RESULTAT_LINES = {"intakter": "intäkter", "kostnader": "kostnader", "netto": "netto"}
"""The three lines each verksamhet has in the resultaträkning, in order, and their names in
the tables ("Omsorg, intäkter", "Summa netto")."""


def amount(value: int | Decimal | None) -> Amount:
    """An amount from the snapshot as a ``Decimal``; a blank stays blank."""
    return None if value is None else Decimal(value)


def total(values: Iterable[int | Decimal | None]) -> Amount:
    """The sum of the amounts given; blank when none is."""
    given = [Decimal(v) for v in values if v is not None]
    return plain(sum(given, Decimal(0))) if given else None


def ram_difference(ram: Amount, netto: Amount) -> Amount:
    """ "Differens mot ram": KF's ram minus the nettokostnad (a blank one counts as 0); no ram,
    no difference. Negative means over the ram."""
    return None if ram is None else ram - (netto or 0)


def signed_table(columns: Sequence[d.BudgetKolumn]) -> bool:
    """Whether the columns are the resultaträkning's, whose kostnader are negative: there an
    avvikelse is prognos minus budget (a cost above budget is negative, as in the driftbudget,
    where it is budget minus prognos)."""
    return any(c.tabell is BudgetTabell.RESULTAT for c in columns)


def with_deviations(
    columns: Sequence[d.BudgetKolumn], figures: Sequence[Amount]
) -> tuple[Amount, ...]:
    """``figures`` (one per column) with each avvikelse column's figure computed: its year's
    budget minus its prognos (or utfall), the other way round in the resultaträkning
    (``signed_table``); blank when either is missing."""
    signed = signed_table(columns)
    index = {(c.slag, c.ar): n for n, c in enumerate(columns)}
    result = list(figures)
    for n, column in enumerate(columns):
        if column.slag is not KolumnSlag.AVVIKELSE:
            continue
        budget = index.get((KolumnSlag.BUDGET, column.ar))
        against = index.get(
            (KolumnSlag.PROGNOS, column.ar), index.get((KolumnSlag.UTFALL, column.ar))
        )
        found = None
        if budget is not None and against is not None:
            pair = (
                (figures[against], figures[budget])
                if signed
                else (figures[budget], figures[against])
            )
            found = deviation(*pair)
        result[n] = None if found is None else plain(found.amount)
    return tuple(result)


def given_totals(columns: Sequence[d.BudgetKolumn], sums: Sequence[Amount]) -> tuple[Amount, ...]:
    """Each column's printed total where the plan gives one, else the rows' sum."""
    return tuple(
        c.angiven_summa if c.angiven_summa is not None and not c.computed else s
        for c, s in zip(columns, sums, strict=True)
    )


# --- which column KF's ram applies to ----------------------------------------------------------


def year_column(plan: d.PlanSnapshot, year: int) -> d.BudgetKolumn | None:
    """The driftbudget column of a plan year that KF's ram applies to, or None."""
    if year not in plan.uppgifter.years:
        return None
    wanted = KolumnSlag.BUDGET if year == plan.uppgifter.forsta_ar else KolumnSlag.PLAN
    candidates = [
        c
        for c in plan.kolumner(BudgetTabell.DRIFT)
        if c.ar == year and c.slag in (KolumnSlag.BUDGET, KolumnSlag.PLAN)
    ]
    return next((c for c in candidates if c.slag is wanted), None) or next(iter(candidates), None)


def ram_applies(plan: d.PlanSnapshot, column: d.BudgetKolumn) -> bool:
    """Whether KF's ram is shown, typed and compared under ``column``."""
    selected = year_column(plan, column.ar)
    return selected is not None and selected.id == column.id


# --- driftbudget --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DriftLine:
    """A verksamhet's row: its amounts, one per column."""

    rad: d.DriftbudgetRad
    namn: str
    belopp: tuple[Amount, ...]


@dataclass(frozen=True, slots=True)
class RamYear:
    """A plan year against KF's ram: the nettokostnad of the ram's column and the difference."""

    year: int
    column: d.BudgetKolumn | None
    netto: Amount
    ram: Amount
    difference: Amount


@dataclass(frozen=True, slots=True)
class Driftbudget:
    """The driftbudget with its derived rows; every tuple runs over ``columns``."""

    columns: tuple[d.BudgetKolumn, ...]
    lines: tuple[DriftLine, ...]
    totals: tuple[Amount, ...]
    """NETTOKOSTNAD per column: the printed total where one is given, else the rows' sum."""
    sums: tuple[Amount, ...]
    """The rows' sum per column (what a printed total is checked against)."""
    ram_columns: tuple[bool, ...]
    """Whether KF's ram applies to each column (where it is typed, and shown)."""
    ram: tuple[Amount, ...]
    difference: tuple[Amount, ...]
    years: tuple[RamYear, ...]
    """Each plan year against its ram (for the chart and validation)."""

    def has_amounts(self) -> bool:
        """Whether any amount or ram is given: otherwise the table is left out of documents."""
        return any(a is not None for line in self.lines for a in line.belopp) or any(
            r is not None for r in self.ram
        )


def driftbudget(plan: d.PlanSnapshot) -> Driftbudget:
    """The driftbudget's amounts, NETTOKOSTNAD, KF's ram and the difference per column."""
    columns = tuple(plan.kolumner(BudgetTabell.DRIFT))
    names = {v.id: v.namn for v in plan.verksamheter}
    lines = tuple(
        DriftLine(
            r,
            names.get(r.verksamhet_id, "?"),
            with_deviations(columns, [amount(r.belopp.get(c.id)) for c in columns]),
        )
        for r in plan.driftbudget
    )
    sums = with_deviations(
        columns, [total(line.belopp[n] for line in lines) for n in range(len(columns))]
    )
    totals = with_deviations(columns, given_totals(columns, sums))
    ram_by_year = {r.ar: Decimal(r.belopp) for r in plan.kf_ram}
    applies = tuple(ram_applies(plan, c) for c in columns)
    ram = tuple(ram_by_year.get(c.ar) if a else None for c, a in zip(columns, applies, strict=True))
    years = []
    for year in plan.uppgifter.years:
        column = year_column(plan, year)
        netto = totals[columns.index(column)] if column is not None else None
        year_ram = ram_by_year.get(year)
        years.append(RamYear(year, column, netto, year_ram, ram_difference(year_ram, netto)))
    return Driftbudget(
        columns,
        lines,
        totals,
        sums,
        applies,
        ram,
        tuple(ram_difference(r, t) for r, t in zip(ram, totals, strict=True)),
        tuple(years),
    )


# --- resultaträkning ----------------------------------------------------------------------------


def computed_netto(cell: d.ResultatBelopp | None) -> Amount:
    """Intäkter + kostnader, when either is given."""
    if cell is None or (cell.intakter is None and cell.kostnader is None):
        return None
    return Decimal(cell.intakter or 0) + Decimal(cell.kostnader or 0)


def netto(cell: d.ResultatBelopp | None) -> Amount:
    """The netto shown: as typed when it was, else intäkter + kostnader."""
    if cell is not None and cell.netto is not None:
        return Decimal(cell.netto)
    return computed_netto(cell)


def netto_as_given(cell: d.ResultatBelopp | None) -> bool:
    """Whether the netto shown is a typed figure that is not intäkter + kostnader (a formula
    would show something else)."""
    return cell is not None and cell.netto is not None and cell.netto != computed_netto(cell)


@dataclass(frozen=True, slots=True)
class ResultatLine:
    """A verksamhet's three lines; every tuple runs over the resultaträkning's columns."""

    rad: d.ResultatRad
    namn: str
    intakter: tuple[Amount, ...]
    kostnader: tuple[Amount, ...]
    netto: tuple[Amount, ...]
    computed: tuple[bool, ...]
    """Whether each netto is intäkter + kostnader because none was typed."""

    def field(self, name: str) -> tuple[Amount, ...]:
        """One of the ``RESULTAT_LINES``."""
        values: tuple[Amount, ...] = getattr(self, name)
        return values


@dataclass(frozen=True, slots=True)
class Resultatrakning:
    """The resultaträkning per verksamhet, and the sums of each line."""

    columns: tuple[d.BudgetKolumn, ...]
    lines: tuple[ResultatLine, ...]
    intakter: tuple[Amount, ...]
    kostnader: tuple[Amount, ...]
    netto: tuple[Amount, ...]
    """Summa netto per column: the printed total where one is given, else the rows' sum."""
    netto_sums: tuple[Amount, ...] = ()
    """The rows' netto summed per column (what a printed total is checked against)."""
    summed: bool = True
    """The plan sums its resultaträkning: the Summa rows are shown and printed. When it does
    not (``FrontMatter.summa_resultat``), the sums above are still computed but shown nowhere."""

    def totals(self, name: str) -> tuple[Amount, ...]:
        """The sum of one of the ``RESULTAT_LINES`` per column."""
        values: tuple[Amount, ...] = getattr(self, name)
        return values


def resultatrakning(plan: d.PlanSnapshot) -> Resultatrakning:
    """Each verksamhet's intäkter, kostnader and netto per column, and their sums."""
    columns = tuple(plan.kolumner(BudgetTabell.RESULTAT))
    names = {v.id: v.namn for v in plan.verksamheter}
    lines = []
    for r in plan.resultatrakning:
        cells = [r.belopp.get(c.id) for c in columns]
        lines.append(
            ResultatLine(
                r,
                names.get(r.verksamhet_id, "?"),
                with_deviations(columns, [amount(c.intakter if c else None) for c in cells]),
                with_deviations(columns, [amount(c.kostnader if c else None) for c in cells]),
                with_deviations(columns, [netto(c) for c in cells]),
                tuple(
                    c is not None and c.netto is None and computed_netto(c) is not None
                    for c in cells
                ),
            )
        )

    def sums(name: str) -> tuple[Amount, ...]:
        found = [total(line.field(name)[n] for line in lines) for n in range(len(columns))]
        return with_deviations(columns, found)

    netto_sums = sums("netto")
    return Resultatrakning(
        columns,
        tuple(lines),
        sums("intakter"),
        sums("kostnader"),
        with_deviations(columns, given_totals(columns, netto_sums)),
        netto_sums,
        plan.uppgifter.summa_resultat,
    )


# --- resultaträkning by cost type ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CostTypeLine:
    """A cost type's amounts; the tuple runs over the resultaträkning's columns."""

    rad: d.KostnadsslagRad
    belopp: tuple[Amount, ...]


@dataclass(frozen=True, slots=True)
class Kostnadsslag:
    """The resultaträkning by cost type and its sum, the nettokostnad, per column."""

    columns: tuple[d.BudgetKolumn, ...]
    lines: tuple[CostTypeLine, ...]
    totals: tuple[Amount, ...]


def kostnadsslag(plan: d.PlanSnapshot) -> Kostnadsslag:
    """Each cost type's amount per column of the resultaträkning, and their sum."""
    columns = tuple(plan.kolumner(BudgetTabell.RESULTAT))
    lines = tuple(
        CostTypeLine(r, with_deviations(columns, [amount(r.belopp.get(c.id)) for c in columns]))
        for r in plan.kostnadsslag
    )
    totals = [total(line.belopp[n] for line in lines) for n in range(len(columns))]
    return Kostnadsslag(columns, lines, with_deviations(columns, totals))


# --- investeringar ------------------------------------------------------------------------------


def investment_years(plan: d.PlanSnapshot) -> tuple[int, ...]:
    """The years investments are shown for: any year before the plan that has a figure
    (history), then the budget year and the plan years an investment is budgeted for."""
    first = plan.uppgifter.forsta_ar
    history = sorted({y for i in plan.investeringar for y in (*i.belopp, *i.utfall) if y < first})
    return (*history, *range(first, first + d.MAX_INVESTMENT_YEARS))


@dataclass(frozen=True, slots=True)
class InvestmentLine:
    investering: d.Investering
    belopp: tuple[Amount, ...]
    utfall: tuple[Amount, ...] = ()
    """What the project cost per year (blank where not given)."""


@dataclass(frozen=True, slots=True)
class Investeringar:
    """The investments per year and SUMMA INVESTERINGAR; the tuples run over ``years``."""

    years: tuple[int, ...]
    lines: tuple[InvestmentLine, ...]
    totals: tuple[Amount, ...]
    utfall_totals: tuple[Amount, ...] = ()

    def has_utfall(self) -> bool:
        """Whether any project has an outcome: otherwise no outcome line is printed."""
        return any(a is not None for line in self.lines for a in line.utfall)


def investeringar(plan: d.PlanSnapshot) -> Investeringar:
    """Each project's amount and outcome per year, and the totals per year."""
    years = investment_years(plan)
    lines = tuple(
        InvestmentLine(
            i,
            tuple(amount(i.belopp.get(y)) for y in years),
            tuple(amount(i.utfall.get(y)) for y in years),
        )
        for i in plan.investeringar
    )
    totals = tuple(total(line.belopp[n] for line in lines) for n in range(len(years)))
    utfall = tuple(total(line.utfall[n] for line in lines) for n in range(len(years)))
    return Investeringar(years, lines, totals, utfall)


# --- comparisons --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Deviation:
    """How far b is from a: the amount a − b, and that as a percentage of a."""

    amount: Decimal
    percent: Decimal | None
    """None when a is 0 (no share of nothing)."""


def deviation(a: int | Decimal | None, b: int | Decimal | None) -> Deviation | None:
    """a − b and its share of a, e.g. the avvikelse of a budget (a) against its prognos (b); a
    blank on either side gives none."""
    if a is None or b is None:
        return None
    difference = Decimal(a) - Decimal(b)
    percent = None if a == 0 else difference * 100 / abs(Decimal(a))
    return Deviation(difference, percent)


def column_figures(
    columns: Sequence[d.BudgetKolumn], figures: Sequence[Amount]
) -> dict[int, Amount]:
    """Figures that run over ``columns`` keyed by column id (as the app's rows hold them)."""
    return {c.id: f for c, f in zip(columns, figures, strict=True)}

"""The budget tables as Word and the PDF print them: the driftbudget with its chart, the
resultaträkning (per verksamhet and by cost type) and the investments.

Each table says its unit in its caption ("Nettobelopp i tkr", "Belopp i mnkr") and prints
every amount in it with the table's one number of decimals (``budget_labels.table_decimals``:
mnkr with at least one) and the printed minus sign. The figures, printed totals and avvikelse
columns included, are ``vplan_desktop.budget``'s.
"""

from __future__ import annotations

from collections.abc import Iterable

from vplan_desktop import budget
from vplan_desktop import domain as d
from vplan_desktop.budget_labels import Table as UnitTable
from vplan_desktop.budget_labels import (
    cost_type_amounts,
    drift_amounts,
    investment_amounts,
    investment_heading,
    resultat_amounts,
    table_decimals,
    table_unit,
)
from vplan_desktop.exports.blocks import Cell, Chart, DocBlock, Table, right
from vplan_desktop.formatting import MINUS, format_amount, format_period
from vplan_desktop.markdown import Heading, Run


class _Printer:
    """Writes the amounts of one table in its unit, all with the table's decimals."""

    def __init__(
        self, plan: d.PlanSnapshot, table: UnitTable, amounts: Iterable[budget.Amount]
    ) -> None:
        self.unit = table_unit(plan.uppgifter, table).value
        self.decimals = table_decimals(amounts, self.unit)

    def amount(self, value: budget.Amount) -> str:
        """ "1 307", "−8 055" (a real minus sign), "12,3" in mnkr; blank for none."""
        return format_amount(value, self.unit, decimals=self.decimals, minus=MINUS)

    def figures(self, values: Iterable[budget.Amount], *, bold: bool = False) -> list[Cell]:
        return [right(self.amount(v), bold=bold) for v in values]

    def caption(self, what: str = "Belopp") -> str:
        return f"{what} i {self.unit}"


def _heading(level: int, text: str) -> Heading:
    return Heading(level, (Run(text),))


def column_label(column: d.BudgetKolumn) -> str:
    """ "Budget 2026", with its note on a line of its own: "(KF 2025-11-24 § 142)"."""
    return column.rubrik + (f"\n({column.anmarkning})" if column.anmarkning else "")


def _header(first: str, columns: Iterable[d.BudgetKolumn]) -> list[Cell]:
    return [Cell(first, bold=True), *[right(column_label(c), bold=True) for c in columns]]


def drift_blocks(plan: d.PlanSnapshot) -> list[DocBlock]:
    """The driftbudget and its chart, when it has columns and any amount."""
    drift = budget.driftbudget(plan)
    if not drift.columns or not drift.has_amounts():
        return []
    u = plan.uppgifter
    later = (
        f" samt plan {format_period(u.forsta_ar + 1, u.sista_ar)}"
        if u.sista_ar > u.forsta_ar
        else ""
    )
    printer = _Printer(plan, "drift", drift_amounts(drift))
    # A plan without any ram from KF prints no empty ram and difference rows.
    ram_rows = (
        [
            [Cell("KF:s ram"), *printer.figures(drift.ram)],
            [Cell("Differens mot ram"), *printer.figures(drift.difference)],
        ]
        if any(ram is not None for ram in drift.ram)
        else []
    )
    table = Table(
        caption=printer.caption("Nettobelopp"),
        header=_header("Verksamhet", drift.columns),
        rows=[[Cell(line.namn), *printer.figures(line.belopp)] for line in drift.lines]
        + [[Cell("NETTOKOSTNAD", bold=True), *printer.figures(drift.totals, bold=True)]]
        + ram_rows,
        widths=[3.2, *[1.2] * len(drift.columns)],
    )
    blocks: list[DocBlock] = [_heading(2, f"Driftbudget {u.forsta_ar}{later}"), table]
    chart = _chart(drift, printer)
    return blocks + ([chart] if chart else [])


def _chart(drift: budget.Driftbudget, printer: _Printer) -> Chart | None:
    """Net cost against KF's ram per plan year, when at least one of them has a figure."""
    years = [y.year for y in drift.years]
    netto = [y.netto for y in drift.years]
    ram_values = [y.ram for y in drift.years]
    if all(v is None for v in (*netto, *ram_values)):
        return None
    unit = printer.unit

    def said(value: budget.Amount) -> str:
        return "saknas" if value is None else f"{printer.amount(value)} {unit}"

    has_ram = any(r is not None for r in ram_values)
    alt = "; ".join(
        f"{y}: nettokostnad {said(n)}" + (f", ram {said(r)}" if has_ram else "")
        for y, n, r in zip(years, netto, ram_values, strict=True)
    )
    return Chart(
        f"Nettokostnad och KF:s ram per år ({unit})"
        if has_ram
        else f"Nettokostnad per år ({unit})",
        years,
        [_height(n) for n in netto],
        [_height(r) for r in ram_values],
        f"Stapeldiagram. {alt}.",
    )


def _height(value: budget.Amount) -> float | None:
    """A bar's height: the drawing libraries count in floats."""
    return None if value is None else float(value)


def resultat_blocks(plan: d.PlanSnapshot) -> list[DocBlock]:
    """The resultaträkning: each verksamhet's intäkter, kostnader and netto, then the sums of
    the three; then, when the plan has cost types, the resultaträkning by cost type."""
    result = budget.resultatrakning(plan)
    printer = _Printer(plan, "resultat", resultat_amounts(result))
    tables: list[DocBlock] = []
    if result.lines and result.columns:
        rows: list[list[Cell]] = []
        for line in result.lines:
            for field_name, label in budget.RESULTAT_LINES.items():
                bold = field_name == "netto"
                rows.append(
                    [
                        Cell(f"{line.namn}, {label}", bold=bold),
                        *printer.figures(line.field(field_name), bold=bold),
                    ]
                )
        for field_name, label in budget.RESULTAT_LINES.items() if result.summed else ():
            totals = result.totals(field_name)
            rows.append([Cell(f"Summa {label}", bold=True), *printer.figures(totals, bold=True)])
        tables.append(
            Table(
                caption=printer.caption(),
                header=_header("Resultaträkning", result.columns),
                rows=rows,
                widths=[3.2, *[1.2] * len(result.columns)],
            )
        )
    cost_types = budget.kostnadsslag(plan)
    if cost_types.lines and cost_types.columns:
        printer = _Printer(plan, "resultat", cost_type_amounts(cost_types))
        rows = [[Cell(line.rad.namn), *printer.figures(line.belopp)] for line in cost_types.lines]
        total = [Cell("Nettokostnad", bold=True), *printer.figures(cost_types.totals, bold=True)]
        tables.append(
            Table(
                caption=printer.caption(),
                title="Resultaträkning per kostnadsslag",
                header=_header("Kostnadsslag", cost_types.columns),
                rows=[*rows, total],
                widths=[3.2, *[1.2] * len(cost_types.columns)],
            )
        )
    return [_heading(2, "Resultaträkning"), *tables] if tables else []


def investment_blocks(plan: d.PlanSnapshot) -> list[DocBlock]:
    """Each project's amount per year (years before the plan that have figures first) and
    SUMMA INVESTERINGAR; when any project has outcomes, an "Utfall" line under each project
    that has one and their sum."""
    investments = budget.investeringar(plan)
    if not investments.lines:
        return []
    first, years = plan.uppgifter.forsta_ar, investments.years
    last = max(years[-1], first)
    printer = _Printer(plan, "investering", investment_amounts(investments))
    outcomes = investments.has_utfall()
    rows: list[list[Cell]] = []
    for line in investments.lines:
        rows.append(
            [
                Cell(line.investering.projekt),
                Cell(line.investering.projektnummer),
                *printer.figures(line.belopp),
            ]
        )
        if outcomes and any(a is not None for a in line.utfall):
            rows.append([Cell("Utfall", indent=1), Cell(""), *printer.figures(line.utfall)])
    rows.append(
        [
            Cell("SUMMA INVESTERINGAR", bold=True),
            Cell(""),
            *printer.figures(investments.totals, bold=True),
        ]
    )
    if outcomes:
        rows.append(
            [
                Cell("SUMMA UTFALL", bold=True),
                Cell(""),
                *printer.figures(investments.utfall_totals, bold=True),
            ]
        )
    return [
        _heading(2, f"Investeringsbudget {first} samt plan {format_period(first + 1, last)}"),
        Table(
            caption=printer.caption(),
            header=[
                Cell("Projekt", bold=True),
                Cell("Projektnr", bold=True),
                *[right(investment_heading(y, first), bold=True) for y in years],
            ],
            rows=rows,
            # The year columns share the room of five: history years do not squeeze the names.
            widths=[3.0, 1.2, *[5.25 / len(years)] * len(years)],
        ),
    ]

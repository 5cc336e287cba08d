"""The chapter "Ekonomi" of a follow-up: the driftredovisning (budget, utfall so far, prognos
for the year, avvikelse in the unit and in percent, Summa) with the comments on the rows under
it and a chart of budget against prognos; the resultaträkning and the investments alike.

Every figure is ``vplan_desktop.follow_up``'s (avvikelse = budget − prognos; in the
resultaträkning prognos − budget, so negative is always worse than budget), printed with the
table's one number of decimals and the printed minus sign, as the plan's budget tables.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from vplan_desktop import domain as d
from vplan_desktop import follow_up as fu
from vplan_desktop.budget import Amount
from vplan_desktop.budget_labels import Table as UnitTable
from vplan_desktop.budget_labels import table_decimals, table_unit
from vplan_desktop.exports.blocks import Cell, DocBlock, Table, right
from vplan_desktop.exports.follow_up_chart import amount_words, budget_chart
from vplan_desktop.follow_up_data import Uppfoljning
from vplan_desktop.formatting import MINUS, format_amount, format_number, format_percent
from vplan_desktop.markdown import Heading, Paragraph, Run

CHAPTER = "Ekonomi"
DRIFT = "Driftredovisning"
RESULT = "Resultaträkning"
INVESTMENTS = "Investeringar"


def figures(line: fu.BudgetLine) -> list[Amount]:
    """The amounts of a line in the order of the columns."""
    return [line.budget, line.utfall, line.prognos, line.avvikelse]


def percent_text(line: fu.BudgetLine) -> str:
    """ "−12,5 %"; "" without a budget to compare with."""
    if line.procent is None:
        return ""
    return format_percent(line.procent, decimals=1, minus=MINUS)


class _Printer:
    """One table's amounts in its unit, all with the table's decimals."""

    def __init__(self, plan: d.PlanSnapshot, table: UnitTable, lines: Iterable[fu.BudgetLine]):
        self.unit = table_unit(plan.uppgifter, table).value
        self.decimals = table_decimals((a for x in lines for a in figures(x)), self.unit)

    def cells(self, line: fu.BudgetLine, *, bold: bool = False) -> list[Cell]:
        amounts = [
            right(format_amount(a, self.unit, decimals=self.decimals, minus=MINUS), bold=bold)
            for a in figures(line)
        ]
        # A deviation beyond the plan's threshold stands out in bold.
        return [*amounts, right(percent_text(line), bold=bold or line.stor)]


def header(first: str, year: int, months: str) -> list[Cell]:
    """First column | Budget {år} | Utfall {jan–apr} | Prognos helår | Avvikelse | Avvikelse %."""
    return [
        Cell(first, bold=True),
        right(f"Budget {year}", bold=True),
        right(f"Utfall {months}".strip(), bold=True),
        right("Prognos helår", bold=True),
        right("Avvikelse", bold=True),
        right("Avvikelse %", bold=True),
    ]


WIDTHS = [3.4, 1.25, 1.25, 1.25, 1.25, 1.15]


def comment_notes(pairs: Iterable[tuple[str, str, bool]]) -> tuple[str, ...]:
    """The rows' comments, printed under the table: "Namn: kommentar"."""
    return tuple(f"{name}: {text.strip()}" for name, text, _ in pairs if text.strip())


def _drift(plan: d.PlanSnapshot, period: Uppfoljning, months: str) -> list[DocBlock]:
    lines = fu.drift_lines(plan, period)
    if not lines:
        return []
    total = fu.drift_total(plan, period)
    printer = _Printer(plan, "drift", [*lines, total])
    rows = [[Cell(x.namn), *printer.cells(x)] for x in lines]
    rows.append([Cell("Summa", bold=True), *printer.cells(total, bold=True)])
    unit = printer.unit
    chart = budget_chart(
        [(x.namn, x.budget, x.prognos) for x in lines],
        unit,
        f"Budget och prognos per verksamhet ({unit})",
        f"Stapeldiagram. Budget och prognos för helåret {period.ar} per verksamhet, {unit}: "
        + "; ".join(
            f"{x.namn} budget {amount_words(x.budget, unit)}, "
            f"prognos {amount_words(x.prognos, unit)}"
            for x in lines
        )
        + ".",
        f"Budget och prognos för helåret per verksamhet. Summa: budget "
        f"{amount_words(total.budget, unit)}, prognos {amount_words(total.prognos, unit)}, "
        f"avvikelse {amount_words(total.avvikelse, unit)}.",
    )
    return [
        Heading(2, (Run(DRIFT),)),
        Table(
            caption=f"Nettokostnad i {unit}",
            header=header("Verksamhet", period.ar, months),
            rows=rows,
            widths=WIDTHS,
            notes=comment_notes((x.namn, x.kommentar, x.stor) for x in lines),
        ),
        chart,
    ]


def _result(plan: d.PlanSnapshot, period: Uppfoljning, months: str) -> list[DocBlock]:
    lines = fu.result_lines(plan, period)
    if not lines:
        return []
    summed = plan.uppgifter.summa_resultat
    total = fu.result_total(plan, period) if summed else None
    every: list[fu.ResultLines] = [*lines, *([total] if total else [])]
    printer = _Printer(
        plan, "resultat", [x for r in every for x in (r.intakter, r.kostnader, r.netto)]
    )
    rows: list[list[Cell]] = []
    for result in every:
        is_total = result is total
        for line in (result.intakter, result.kostnader, result.netto):
            bold = is_total or line is result.netto
            # "Barn och familj, intäkter"; the sums "Summa intäkter", as in the plan.
            name = f"{result.namn}{'' if is_total else ','} {line.namn.lower()}"
            rows.append([Cell(name, bold=bold), *printer.cells(line, bold=bold)])
    return [
        Heading(2, (Run(RESULT),)),
        Table(
            caption=f"Belopp i {printer.unit}; kostnader med minustecken",
            header=header("Resultaträkning", period.ar, months),
            rows=rows,
            widths=WIDTHS,
            notes=comment_notes((r.namn, r.kommentar, r.netto.stor) for r in lines),
        ),
    ]


def _investments(plan: d.PlanSnapshot, period: Uppfoljning, months: str) -> list[DocBlock]:
    lines = fu.investment_lines(plan, period)
    if not lines:
        return []
    total = fu.investment_total(plan, period)
    printer = _Printer(plan, "investering", [*lines, total])
    return [
        Heading(2, (Run(INVESTMENTS),)),
        Table(
            caption=f"Belopp i {printer.unit}",
            header=header("Projekt", period.ar, months),
            rows=[
                *([Cell(x.namn), *printer.cells(x)] for x in lines),
                [Cell("Summa", bold=True), *printer.cells(total, bold=True)],
            ],
            widths=WIDTHS,
            notes=comment_notes((x.namn, x.kommentar, x.stor) for x in lines),
        ),
    ]


def _intro(plan: d.PlanSnapshot) -> Paragraph:
    limit = format_number(plan.uppgifter.avvikelsegrans, minus=MINUS)
    return Paragraph(
        (
            Run(
                "Avvikelse är årets budget minus prognosen för helåret; ett negativt belopp "
                "betyder att prognosen är sämre än budget. Utfallet hittills visas bredvid. "
                f"Avvikelser större än {limit}\u00a0% av budget står i fetstil och kommenteras "
                "under tabellen."
            ),
        )
    )


def economy_blocks(plan: d.PlanSnapshot, period: Uppfoljning, months: str) -> list[DocBlock]:
    """The chapter, or nothing for a plan without budget rows."""
    parts: Sequence[DocBlock] = [
        *_drift(plan, period, months),
        *_result(plan, period, months),
        *_investments(plan, period, months),
    ]
    if not parts:
        return []
    return [Heading(1, (Run(CHAPTER),)), _intro(plan), *parts]

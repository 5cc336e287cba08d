"""The budget sheets of the Excel workbook: driftbudget, resultaträkning, the resultaträkning by
cost type and investeringar, each in its table's unit.

Row 2 says the unit ("Nettobelopp i mnkr"; the budget import checks it). Amounts are numbers
with one format per table that shows them as the documents print them: every amount with the
table's decimals (``budget_labels.table_decimals``: the most any amount has, at least one in
mnkr), so that the decimal commas line up. Totals, the ram difference, the resultaträkning
netto and the avvikelse columns are live formulas that give the figures of
``vplan_desktop.budget`` (a total stays blank while its column is; an avvikelse is the same
row's budget minus its prognos, or utfall). What the plan gives as typed is written as a value
with a note where a formula would show something else: a netto that is not intäkter +
kostnader, and a printed total (NETTOKOSTNAD, Summa netto) that the rows do not add up to. A
column's note ("KF 2025-11-24 § 142") stands over its heading in row 3, so the heading stays
what the import looks for.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from openpyxl.cell.cell import Cell
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from vplan_desktop import budget
from vplan_desktop import domain as d
from vplan_desktop.budget_labels import (
    cost_type_amounts,
    drift_amounts,
    investment_amounts,
    investment_heading,
    resultat_amounts,
    table_decimals,
    table_unit,
)
from vplan_desktop.db.enums import BeloppEnhet, KolumnSlag
from vplan_desktop.exports.xlsx_sheet import FIRST_ROW, HEADER_ROW, Sheet
from vplan_desktop.formatting import format_amount

COST_TYPE_SHEET = "Resultat per kostnadsslag"
"""The sheet of the resultaträkning by cost type (a sheet name has at most 31 characters)."""
NOTE_ROW = HEADER_ROW - 1
NOTE_FONT = Font(italic=True, size=9)


def amount_format(decimals: int) -> str:
    """The number format of a table's amounts: "# ##0" without decimals, "# ##0,0" with one –
    as ``format_amount`` writes them with the table's decimals."""
    body = "#,##0" + ("." + "0" * decimals if decimals else "")
    return f"{body};-{body}"


def deviation_sources(columns: Sequence[d.BudgetKolumn]) -> dict[int, tuple[int, int]]:
    """Each avvikelse column (by position) with the positions of its year's Budget column and
    the Prognos column it is measured against (the Utfall column when there is no prognos),
    paired as ``budget.with_deviations`` pairs them – the minuend first, the prognos in the
    resultaträkning (``budget.signed_table``); one that lacks either has none."""
    signed = budget.signed_table(columns)
    index = {(c.slag, c.ar): n for n, c in enumerate(columns)}
    sources = {}
    for n, column in enumerate(columns):
        if column.slag is not KolumnSlag.AVVIKELSE:
            continue
        budgeted = index.get((KolumnSlag.BUDGET, column.ar))
        against = index.get(
            (KolumnSlag.PROGNOS, column.ar), index.get((KolumnSlag.UTFALL, column.ar))
        )
        if budgeted is not None and against is not None:
            sources[n] = (against, budgeted) if signed else (budgeted, against)
    return sources


def _cell(row: int, column: int) -> str:
    return f"{get_column_letter(column)}{row}"


def _range(column: int, first: int, last: int) -> str:
    letter = get_column_letter(column)
    return f"{letter}{first}:{letter}{last}"


def _total(column: int, first: int, last: int) -> str:
    """A column's total, blank while no amount is typed in it (``budget.total``)."""
    cells = _range(column, first, last)
    return f'=IF(COUNT({cells})=0,"",SUM({cells}))'


def _deviation(row: int, budgeted: int, against: int) -> str:
    """The first minus the second on ``row`` (budget minus prognos, or in the resultaträkning
    prognos minus budget: ``deviation_sources``), blank when either is (``budget.deviation``)."""
    a, b = _cell(row, budgeted), _cell(row, against)
    return f'=IF(AND(ISNUMBER({a}),ISNUMBER({b})),{a}-{b},"")'


class _Amounts:
    """Writes one table's amounts in ``unit``, all in the format of the table's decimals:
    figure ``n`` of a row goes to the sheet's column ``first + n``; a computed (avvikelse) one
    of ``columns`` is its formula."""

    def __init__(
        self,
        out: Sheet,
        unit: BeloppEnhet,
        first: int,
        columns: Sequence[d.BudgetKolumn],
        amounts: Iterable[budget.Amount],
    ) -> None:
        self.out = out
        self.unit = unit
        self.first = first
        self.columns = columns
        self.deviations = deviation_sources(columns)
        self.decimals = table_decimals(amounts, unit)
        self.format = amount_format(self.decimals)

    def value(self, row: int, n: int, value: budget.Amount, *, bold: bool = False) -> Cell:
        """An amount as given (a number, exact), shown with the table's decimals."""
        return self.out.number(row, self.first + n, value, self.format, bold=bold)

    def formula(self, row: int, n: int, formula: str, *, bold: bool = False) -> Cell:
        return self.out.number(row, self.first + n, formula, self.format, bold=bold)

    def deviation(self, row: int, n: int, *, bold: bool = False) -> bool:
        """Write column ``n``'s avvikelse formula if it is a computed column; whether it is
        (one without its year's budget or prognos stays blank, as in the plan)."""
        if n >= len(self.columns) or not self.columns[n].computed:
            return False
        pair = self.deviations.get(n)
        if pair is not None:
            budgeted, against = (self.first + p for p in pair)
            self.formula(row, n, _deviation(row, budgeted, against), bold=bold)
        return True

    def row(self, row: int, figures: Sequence[budget.Amount], *, bold: bool = False) -> None:
        """A row of typed amounts (an avvikelse column's figure is its formula)."""
        for n, value in enumerate(figures):
            if not self.deviation(row, n, bold=bold):
                self.value(row, n, value, bold=bold)

    def given_total(self, row: int, n: int, given: budget.Amount, rows_sum: budget.Amount) -> None:
        """A printed total as the plan gives it, with a note when the rows add up to another
        figure: the workbook shows what the plan prints."""
        cell = self.value(row, n, given, bold=True)
        if given != rows_sum:
            summed = (
                "raderna summerar till "
                f"{format_amount(rows_sum, self.unit.value, decimals=self.decimals)}"
                if rows_sum is not None
                else "raderna har inga belopp"
            )
            cell.comment = Comment(f"Angiven summa; {summed}.", "vplan")


def _notes(out: Sheet, columns: Sequence[d.BudgetKolumn], first: int) -> None:
    """Each column's note over its heading, wrapped within the heading's width."""
    for n, column in enumerate(columns):
        if not column.anmarkning:
            continue
        index = first + n
        width = out.widths.get(index)
        cell = out.text(NOTE_ROW, index, f"({column.anmarkning})")
        cell.font = NOTE_FONT
        cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="bottom")
        if width is None:
            out.widths.pop(index, None)
        else:
            out.widths[index] = width  # the note wraps; the heading sets the width


def drift(out: Sheet) -> None:
    """The driftbudget: a row per verksamhet, NETTOKOSTNAD, KF:s ram and the difference."""
    table = budget.driftbudget(out.plan)
    unit = table_unit(out.plan.uppgifter, "drift")
    columns = table.columns
    out.head("Driftbudget", f"Nettobelopp i {unit}", ["Verksamhet", *[c.rubrik for c in columns]])
    _notes(out, columns, 2)
    amounts = _Amounts(out, unit, 2, columns, drift_amounts(table))
    for offset, line in enumerate(table.lines):
        out.text(FIRST_ROW + offset, 1, line.namn)
        amounts.row(FIRST_ROW + offset, line.belopp)
    last = FIRST_ROW + len(table.lines) - 1
    total_row, ram_row, diff_row = last + 1, last + 2, last + 3
    out.text(total_row, 1, "NETTOKOSTNAD", bold=True)
    out.text(ram_row, 1, "KF:s ram")
    out.text(diff_row, 1, "Differens mot ram")
    for n in range(len(columns)):
        index = n + 2
        _drift_total(amounts, total_row, n, table)
        if table.ram_columns[n]:
            # The ekonom types KF's ram here; the difference follows (a blank total is 0).
            amounts.value(ram_row, n, table.ram[n])
            ram_cell, total_cell = _cell(ram_row, index), _cell(total_row, index)
            amounts.formula(diff_row, n, f'=IF(ISNUMBER({ram_cell}),{ram_cell}-N({total_cell}),"")')


def _drift_total(amounts: _Amounts, row: int, n: int, table: budget.Driftbudget) -> None:
    """NETTOKOSTNAD in column ``n``: an avvikelse's formula, the printed total as given, or the
    rows' sum (none without rows: the sum would be of its own cell, a circular reference)."""
    if amounts.deviation(row, n, bold=True):
        return
    if table.columns[n].angiven_summa is not None:
        amounts.given_total(row, n, table.totals[n], table.sums[n])
    elif table.lines:
        last = FIRST_ROW + len(table.lines) - 1
        amounts.formula(row, n, _total(n + 2, FIRST_ROW, last), bold=True)


def _netto_note(cell: d.ResultatBelopp | None, amounts: _Amounts) -> Comment:
    """Why a netto is a typed figure rather than intäkter + kostnader."""
    computed = budget.computed_netto(cell)
    text = (
        "Nettot är inskrivet: intäkter och kostnader saknas."
        if computed is None
        else "Nettot är inskrivet och är inte intäkter + kostnader "
        f"({format_amount(computed, amounts.unit.value, decimals=amounts.decimals)})."
    )
    return Comment(text, "vplan")


def _line_total(column: int, field: str, first: int, last: int) -> str:
    """The sum of one resultaträkning line over the verksamheter, found by the label's ending
    (", intäkter"); blank while none of them has an amount. Two COUNTIFS count the numbers
    (≥ 0 and < 0): a netto left blank is the text "" and counts as none."""
    labels, cells = f"$A${first}:$A${last}", _range(column, first, last)
    criterion = f'"*, {budget.RESULTAT_LINES[field]}"'
    count = "+".join(f'COUNTIFS({labels},{criterion},{cells},"{sign}")' for sign in (">=0", "<0"))
    return f'=IF({count}=0,"",SUMIF({labels},{criterion},{cells}))'


def resultat(out: Sheet) -> None:
    """The resultaträkning: each verksamhet's intäkter, kostnader and netto, then the sums."""
    result = budget.resultatrakning(out.plan)
    unit = table_unit(out.plan.uppgifter, "resultat")
    columns = result.columns
    headers = ["Resultaträkning", *[c.rubrik for c in columns]]
    out.head("Resultaträkning", f"Belopp i {unit}", headers)
    _notes(out, columns, 2)
    amounts = _Amounts(out, unit, 2, columns, resultat_amounts(result))
    row = FIRST_ROW
    for line in result.lines:
        out.text(row, 1, f"{line.namn}, intäkter")
        out.text(row + 1, 1, f"{line.namn}, kostnader")
        out.text(row + 2, 1, f"{line.namn}, netto", bold=True)
        for n, column in enumerate(columns):
            if amounts.deviation(row, n):
                amounts.deviation(row + 1, n)
                amounts.deviation(row + 2, n, bold=True)
                continue
            amounts.value(row, n, line.intakter[n])
            amounts.value(row + 1, n, line.kostnader[n])
            cell = line.rad.belopp.get(column.id)
            if budget.netto_as_given(cell):  # as typed, with a note saying so
                amounts.value(row + 2, n, line.netto[n], bold=True).comment = _netto_note(
                    cell, amounts
                )
            else:
                letter = get_column_letter(n + 2)
                parts = f"{letter}{row}:{letter}{row + 1}"
                formula = f'=IF(COUNT({parts})=0,"",{letter}{row}+{letter}{row + 1})'
                amounts.formula(row + 2, n, formula, bold=True)
        row += 3
    last = row - 1
    if not result.summed:
        return  # the plan prints each verksamhet on its own, with no total
    for offset, (field, label) in enumerate(budget.RESULTAT_LINES.items()):
        out.text(row + offset, 1, f"Summa {label}", bold=True)
        for n, column in enumerate(columns):
            if amounts.deviation(row + offset, n, bold=True):
                continue
            if field == "netto" and column.angiven_summa is not None:
                amounts.given_total(row + offset, n, result.netto[n], result.netto_sums[n])
            elif result.lines:
                formula = _line_total(n + 2, field, FIRST_ROW, last)
                amounts.formula(row + offset, n, formula, bold=True)


def cost_types(out: Sheet) -> None:
    """The resultaträkning by cost type: a row per cost type and their sum, Nettokostnad."""
    table = budget.kostnadsslag(out.plan)
    unit = table_unit(out.plan.uppgifter, "resultat")
    columns = table.columns
    out.head(
        "Resultaträkning per kostnadsslag",
        f"Belopp i {unit}",
        ["Kostnadsslag", *[c.rubrik for c in columns]],
    )
    _notes(out, columns, 2)
    amounts = _Amounts(out, unit, 2, columns, cost_type_amounts(table))
    for offset, line in enumerate(table.lines):
        out.text(FIRST_ROW + offset, 1, line.rad.namn)
        amounts.row(FIRST_ROW + offset, line.belopp)
    total_row = FIRST_ROW + len(table.lines)
    out.text(total_row, 1, "Nettokostnad", bold=True)
    for n in range(len(columns)):
        if not amounts.deviation(total_row, n, bold=True) and table.lines:
            amounts.formula(total_row, n, _total(n + 2, FIRST_ROW, total_row - 1), bold=True)


def outcome_years(investments: budget.Investeringar) -> list[int]:
    """The positions in ``investments.years`` of the years some project has an outcome for."""
    return [
        n
        for n in range(len(investments.years))
        if any(line.utfall[n] is not None for line in investments.lines)
    ]


def investments(out: Sheet) -> None:
    """The investments: a row per project, its amount per year (years before the plan first),
    then its outcomes ("Utfall 2025") where any project has one, and the sums."""
    table = budget.investeringar(out.plan)
    unit = table_unit(out.plan.uppgifter, "investering")
    first = out.plan.uppgifter.forsta_ar
    outcomes = outcome_years(table)
    out.head(
        "Investeringar",
        f"Belopp i {unit}",
        [
            "Projekt",
            "Projektnummer",
            *[investment_heading(y, first) for y in table.years],
            *[investment_heading(table.years[n], first, "utfall") for n in outcomes],
        ],
    )
    rows = [(*line.belopp, *[line.utfall[n] for n in outcomes]) for line in table.lines]
    width = len(table.years) + len(outcomes)
    amounts = _Amounts(out, unit, 3, (), investment_amounts(table))
    for offset, (line, figures) in enumerate(zip(table.lines, rows, strict=True)):
        out.text(FIRST_ROW + offset, 1, line.investering.projekt)
        out.text(FIRST_ROW + offset, 2, line.investering.projektnummer)
        amounts.row(FIRST_ROW + offset, figures)
    total = FIRST_ROW + len(table.lines)
    out.text(total, 1, "SUMMA INVESTERINGAR", bold=True)
    for n in range(width):
        formula = _total(n + 3, FIRST_ROW, max(total - 1, FIRST_ROW))
        amounts.formula(total, n, formula, bold=True)

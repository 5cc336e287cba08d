"""The ekonom's workbook for a follow-up period: utfall and prognos per driftbudget row,
resultaträkning row and investment, filled in from the ekonomisystem and read back by
``imports.follow_up_xlsx``.

Each sheet has vplan's layout (``xlsx_sheet``): the title with the period's name in row 1, the
unit in row 2, what to do in row 3, the headings in row 4 and a row per plan row from row 5.
The sheets are protected without a password: the headings, the budget and the id column are
locked, the cells to fill in (light yellow) are open and take numbers only. A row is known by
its id in the last column; when that column is gone the name in the first one is used.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from vplan_desktop import budget
from vplan_desktop import domain as d
from vplan_desktop.budget_labels import Table, table_decimals, table_unit
from vplan_desktop.db.enums import BudgetTabell
from vplan_desktop.db.files import replace_when_done
from vplan_desktop.errors import disk_full_as_error
from vplan_desktop.exports.xlsx_budget import amount_format
from vplan_desktop.exports.xlsx_sheet import FIRST_ROW, Sheet
from vplan_desktop.follow_up import budget_column
from vplan_desktop.follow_up_data import Uppfoljning
from vplan_desktop.numbers import LARGEST

TITLE = "Utfall och prognos, {namn}"
"""Row 1 begins with this: the import checks that the workbook is the period's."""
INSTRUCTION_ROW = 3
ID_HEADING = "Id (ändra inte)"
KOMMENTAR = "Kommentar"
INPUT_FILL = PatternFill("solid", fgColor="FFF6C8")
LOCKED_FILL = PatternFill("solid", fgColor="EEEEEE")
OPEN = Protection(locked=False)


@dataclass(frozen=True)
class SheetLayout:
    """A sheet of the workbook: its table, its first heading and the columns filled in."""

    name: str
    table: Table
    first_heading: str
    inputs: tuple[tuple[str, str], ...]
    """(heading, field of the follow-up row) of each column the ekonom fills in, in order."""
    unit_text: str


DRIFT = SheetLayout(
    "Driftbudget",
    "drift",
    "Verksamhet",
    (("Utfall", "utfall"), ("Prognos helår", "prognos")),
    "Nettokostnad i {unit}",
)
RESULTAT = SheetLayout(
    "Resultaträkning",
    "resultat",
    "Verksamhet",
    (
        ("Intäkter utfall", "utfall_intakter"),
        ("Intäkter prognos helår", "prognos_intakter"),
        ("Kostnader utfall", "utfall_kostnader"),
        ("Kostnader prognos helår", "prognos_kostnader"),
    ),
    "Belopp i {unit}, kostnader med minustecken",
)
INVESTERINGAR = SheetLayout(
    "Investeringar",
    "investering",
    "Projekt",
    (("Utfall", "utfall"), ("Prognos helår", "prognos")),
    "Belopp i {unit}",
)
LAYOUTS = (DRIFT, RESULTAT, INVESTERINGAR)

INSTRUCTION = (
    "Fyll i de gula cellerna: utfall hittills i år och prognos för helåret, i {unit}, och en "
    "kommentar vid stora avvikelser. Låt rubrikerna och kolumnen Id stå kvar; läs sedan in "
    "filen i vplan med ”Läs in utfall och prognos från Excel”."
)


@dataclass(frozen=True)
class _Row:
    """A plan row as the sheet shows it: id, name, budget figures and what the period holds."""

    item_id: int
    namn: str
    budget: tuple[budget.Amount, ...]
    held: tuple[Decimal | None, ...]
    kommentar: str


def _budget_headings(layout: SheetLayout, year: int) -> tuple[str, ...]:
    if layout is RESULTAT:
        return (f"Intäkter budget {year}", f"Kostnader budget {year}")
    return (f"Budget {year}",)


def headings(layout: SheetLayout, year: int) -> list[str]:
    """The sheet's headings in row 4, in order."""
    inputs = [h for h, _ in layout.inputs]
    budgets = _budget_headings(layout, year)
    if layout is RESULTAT:
        middle = [budgets[0], *inputs[:2], budgets[1], *inputs[2:]]
    else:
        middle = [budgets[0], *inputs, "Avvikelse"]
    return [layout.first_heading, *middle, KOMMENTAR, ID_HEADING]


def _rows(plan: d.PlanSnapshot, period: Uppfoljning, layout: SheetLayout) -> list[_Row]:
    names = {v.id: v.namn for v in plan.verksamheter}
    if layout is DRIFT:
        column = budget_column(plan, BudgetTabell.DRIFT, period.ar)
        return [
            _Row(
                r.id,
                names.get(r.verksamhet_id, "?"),
                (None if column is None else budget.amount(r.belopp.get(column.id)),),
                (period.drift_row(r.id).utfall, period.drift_row(r.id).prognos),
                period.drift_row(r.id).kommentar,
            )
            for r in plan.driftbudget
        ]
    if layout is RESULTAT:
        column = budget_column(plan, BudgetTabell.RESULTAT, period.ar)
        found = []
        for r in plan.resultatrakning:
            cell = None if column is None else r.belopp.get(column.id)
            held = period.resultat_row(r.id)
            found.append(
                _Row(
                    r.id,
                    names.get(r.verksamhet_id, "?"),
                    (
                        budget.amount(cell.intakter if cell else None),
                        budget.amount(cell.kostnader if cell else None),
                    ),
                    tuple(getattr(held, f) for _, f in layout.inputs),
                    held.kommentar,
                )
            )
        return found
    return [
        _Row(
            i.id,
            i.projekt,
            (budget.amount(i.belopp.get(period.ar)),),
            (period.investment(i.id).utfall, period.investment(i.id).prognos),
            period.investment(i.id).kommentar,
        )
        for i in plan.investeringar
    ]


def _sheet(out: Sheet, period: Uppfoljning, layout: SheetLayout) -> None:
    plan = out.plan
    unit = table_unit(plan.uppgifter, layout.table).value
    heads = headings(layout, period.ar)
    out.head(TITLE.format(namn=period.namn), layout.unit_text.format(unit=unit), heads)
    # vplan's own text, set without ``out.text`` so that column A keeps the names' width.
    instruction = out.sheet.cell(row=INSTRUCTION_ROW, column=1)
    instruction.value = INSTRUCTION.format(unit=unit)
    instruction.font = Font(italic=True, size=9)
    rows = _rows(plan, period, layout)
    amounts = [a for r in rows for a in (*r.budget, *r.held)]
    fmt = amount_format(table_decimals(amounts, unit))
    column = {h: n for n, h in enumerate(heads, start=1)}
    inputs = [h for h, _ in layout.inputs]
    budgets = _budget_headings(layout, period.ar)
    id_column = column[ID_HEADING]
    for offset, row in enumerate(rows):
        number = FIRST_ROW + offset
        out.text(number, 1, row.namn)
        for heading, value in zip(budgets, row.budget, strict=True):
            out.number(number, column[heading], value, fmt).fill = LOCKED_FILL
        for heading, value in zip(inputs, row.held, strict=True):
            cell = out.number(number, column[heading], value, fmt)
            cell.fill, cell.protection = INPUT_FILL, OPEN
        note = out.text(number, column[KOMMENTAR], row.kommentar)
        note.fill, note.protection = INPUT_FILL, OPEN
        note.alignment = Alignment(wrap_text=True, vertical="top")
        if "Avvikelse" in column:  # budget minus prognos, as follow_up.drift_lines has it
            b = f"{get_column_letter(column[budgets[0]])}{number}"
            p = f"{get_column_letter(column['Prognos helår'])}{number}"
            out.number(
                number,
                column["Avvikelse"],
                f'=IF(AND(ISNUMBER({b}),ISNUMBER({p})),{b}-{p},"")',
                fmt,
            ).fill = LOCKED_FILL
        ident = out.number(number, id_column, row.item_id, "0")
        ident.fill = LOCKED_FILL
        ident.font = Font(color="808080", size=9)
    out.widths[column[KOMMENTAR]] = 50  # wrapped: room to write, not the longest line
    if rows:
        last = FIRST_ROW + len(rows) - 1
        check = DataValidation(
            type="decimal",
            operator="between",
            formula1=str(-LARGEST),
            formula2=str(LARGEST),
            allow_blank=True,
            showErrorMessage=True,
            errorTitle="Belopp",
            error=f"Skriv ett belopp i {unit}.",
        )
        out.sheet.add_data_validation(check)
        for heading in inputs:
            letter = get_column_letter(column[heading])
            check.add(f"{letter}{FIRST_ROW}:{letter}{last}")
    out.sheet.protection.sheet = True  # no password: the ekonom may lift it, but not by mistake
    out.sheet.protection.formatColumns = False
    out.sheet.protection.formatRows = False


def _has(plan: d.PlanSnapshot, layout: SheetLayout) -> bool:
    """Whether the plan has rows for the sheet; the driftbudget sheet is always written (the
    import knows the workbook by it)."""
    if layout is RESULTAT:
        return bool(plan.resultatrakning)
    if layout is INVESTERINGAR:
        return bool(plan.investeringar)
    return True


def write_follow_up_workbook(plan: d.PlanSnapshot, period: Uppfoljning, path: Path) -> list[str]:
    """Write the period's workbook to ``path`` (replaced whole, or left as it was); returns
    notices (texts that had to be cut)."""
    notices: list[str] = []
    workbook = Workbook()
    workbook.remove(workbook.active)
    for layout in LAYOUTS:
        if _has(plan, layout):
            sheet = Sheet(workbook.create_sheet(layout.name), plan, notices)
            _sheet(sheet, period, layout)
            sheet.finish()
    u = plan.uppgifter
    workbook.properties.title = TITLE.format(namn=period.namn)
    workbook.properties.creator = u.namnd
    workbook.properties.subject = f"{u.titel}, {u.kommun}"
    workbook.properties.language = "sv-SE"
    with disk_full_as_error(path.name), replace_when_done(Path(path)) as temp:
        workbook.save(temp)
    return notices

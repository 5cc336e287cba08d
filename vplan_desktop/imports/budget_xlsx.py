"""The ekonom's budget workbook back into the plan.

Reads a workbook in the layout the Excel export writes (the unit in row 2, headings in row 4,
data from row 5: the driftbudget with KF's ram, the resultaträkning, the resultaträkning by cost
type, the investments with their outcomes and years before the plan) and lists every change –
sheet, cell, row, column, old → new – before anything is applied. A workbook in another layout
is refused with what was expected, and so is a sheet whose unit (tkr or mnkr) is not its
table's in the plan: its figures would be read a thousand times wrong. Amounts are read in the
table's unit, with up to three decimals; a number Excel saved with binary noise
(0,30000000000000004 from a formula) is read as Excel shows it, to 15 significant digits.
Formula cells are read by the value Excel saved with them; a formula without a saved value is
reported, never guessed. Avvikelse columns are computed and the total rows derived, so neither
is read. One bad cell stops the whole import: nothing is half applied. The changes are applied
through the same services as the editor, as one action that one undo step reverts.

The workbook is streamed once (``xlsx_cells``), keeping only the rows whose first cell names
something; a 200,000-row workbook is read in a few seconds.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any
from zipfile import BadZipFile

from lxml import etree
from openpyxl.utils import get_column_letter

from vplan_desktop import domain as d
from vplan_desktop.budget import ram_applies
from vplan_desktop.budget_labels import Table, investment_heading, table_unit
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import BudgetTabell
from vplan_desktop.errors import InputError, InterchangeError
from vplan_desktop.exports.xlsx_budget import COST_TYPE_SHEET
from vplan_desktop.exports.xlsx_writer import FIRST_ROW, HEADER_ROW
from vplan_desktop.formatting import format_amount
from vplan_desktop.imports.xlsx_cells import Cell, Workbook
from vplan_desktop.numbers import check_amount
from vplan_desktop.office_safety import check_office_zip, check_xml_parts
from vplan_desktop.services import values
from vplan_desktop.services.changes import Change, Edit, batch
from vplan_desktop.services.kinds import MIN_YEAR

SKIPPED_ROWS = {"NETTOKOSTNAD", "Nettokostnad", "Differens mot ram", "SUMMA INVESTERINGAR"}
"""The derived rows: their figures follow from the others (a printed total is typed in the
app)."""
MAX_PROBLEMS = 50
"""Bad cells listed one by one; the rest are counted."""

FIRST_COLUMN = {
    "Driftbudget": "Verksamhet",
    "Resultaträkning": "Resultaträkning",
    COST_TYPE_SHEET: "Kostnadsslag",
    "Investeringar": "Projekt",
}
UNIT_ROW = 2
"""The row under the title that says the sheet's unit ("Nettobelopp i mnkr")."""
TABLES: dict[str, tuple[Table, str]] = {
    "Driftbudget": ("drift", "driftbudget"),
    "Resultaträkning": ("resultat", "resultaträkning"),
    COST_TYPE_SHEET: ("resultat", "resultaträkning"),
    "Investeringar": ("investering", "investeringar"),
}
"""Each sheet's table and how a message names it ("planens driftbudget")."""
_UNIT = re.compile(r"\bi (tkr|mnkr)\b", re.IGNORECASE)
_YEAR_HEADING = re.compile(r"^(Budget|Plan|Utfall) (\d{4})$")
EXCEL_DIGITS = 15
"""The significant digits Excel shows and computes with; a saved double's further digits are
binary noise."""


@dataclass(frozen=True, slots=True)
class CellChange:
    """One cell that differs from the plan."""

    sheet: str
    cell: str
    row_label: str
    column_label: str
    old: Decimal | None
    new: Decimal | None
    target: tuple[Any, ...]
    """What to set: ("drift", rad_id, kolumn_id), ("ram", year, beslut),
    ("resultat", rad_id, kolumn_id, field), ("kostnadsslag", rad_id, kolumn_id) or
    ("investering", id, year, "belopp"|"utfall")."""
    unit: str = "tkr"
    """The unit of the table the cell belongs to (the figures are shown in it)."""

    @property
    def text(self) -> str:
        old = format_amount(self.old, self.unit) or "tomt"
        new = format_amount(self.new, self.unit) or "tomt"
        return f"{self.sheet} {self.cell} ({self.row_label}, {self.column_label}): {old} → {new}"


def _amount(value: Any) -> Decimal | None:
    """A cell's saved value as an amount in its table's unit; blank is a valid "no amount".
    Raises InputError (more than three decimals, not a number, out of bounds)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, float) and math.isfinite(value):
        value = Decimal(format(value, f".{EXCEL_DIGITS}g"))  # as Excel shows it
    return check_amount(value, "Beloppet")


def _letter(column: int) -> str:
    return str(get_column_letter(column))


@dataclass(slots=True)
class _Sheet:
    """One sheet's cells as saved: the headings and the labelled rows, by row number."""

    headers: dict[str, int]
    first_heading: str
    rows: dict[int, tuple[Cell | None, ...]]
    labels: list[tuple[int, str]]
    unit_text: str = ""
    """What row 2 says of the unit ("Nettobelopp i tkr")."""


class _Reader:
    def __init__(self, plan: d.PlanSnapshot, path: Path) -> None:
        self.plan = plan
        self.path = path
        self.problems: list[tuple[str, str]] = []
        self.changes: list[CellChange] = []
        self.sheets: dict[str, _Sheet] = {}

    def load(self) -> None:
        """Stream the sheets vplan reads, once; only rows that name something in the plan are
        decoded beyond their label."""
        names = {v.id: v.namn for v in self.plan.verksamheter}
        known = {
            "Driftbudget": {"KF:s ram", *names.values()},
            "Resultaträkning": {
                f"{names.get(r.verksamhet_id, '')}, {field}"
                for r in self.plan.resultatrakning
                for field in ("intäkter", "kostnader")
            },
            COST_TYPE_SHEET: {r.namn for r in self.plan.kostnadsslag},
            "Investeringar": {i.projekt for i in self.plan.investeringar},
        }
        with Workbook(self.path) as book:
            for name in FIRST_COLUMN:
                if name in book.sheetnames:
                    self.sheets[name] = self._read_sheet(book, name, known[name])

    @staticmethod
    def _read_sheet(book: Workbook, name: str, known: set[str]) -> _Sheet:
        rows: dict[int, tuple[Cell | None, ...]] = {}
        labels: list[tuple[int, str]] = []
        headers: dict[str, int] = {}
        first_heading = ""
        unit_text = ""
        width = 0
        for number, row in book.rows(name, first=UNIT_ROW):
            if number == UNIT_ROW:
                cell = row.get(1)
                unit_text = str(cell.value) if cell is not None and cell.value else ""
                continue
            if number == HEADER_ROW:
                width = row.width()
                for column in range(1, width + 1):
                    cell = row.get(column)
                    if cell is not None and cell.value not in (None, ""):
                        headers.setdefault(str(cell.value).strip(), column)
                first = row.get(1)
                first_heading = str(first.value).strip() if first and first.value else ""
                continue
            if number < FIRST_ROW:
                continue
            label = row.get(1)
            if label is None or label.value is None or not str(label.value).strip():
                continue
            text = str(label.value).strip()
            if text in known:
                rows[number] = tuple(row.get(column) for column in range(1, width + 1))
            labels.append((number, text))
        return _Sheet(headers, first_heading, rows, labels, unit_text)

    def check_layout(self) -> None:
        """Refuse a workbook that is not in the export's layout, saying what was expected."""
        drift = self.sheets.get("Driftbudget")
        rubriker = [c.rubrik for c in self.plan.kolumner(BudgetTabell.DRIFT)]
        expected = ", ".join(["Verksamhet", *rubriker[:3]]) + (" …" if len(rubriker) > 3 else "")
        advice = (
            "Exportera planen till Excel (Arkiv → Exportera → Excel), låt ekonomen fylla i "
            "den arbetsboken och läs in den."
        )
        if drift is None:
            raise InputError(
                f"”{self.path.name}” har inte vplans upplägg: bladet Driftbudget saknas. {advice}"
            )
        wrong = [
            name for name, sheet in self.sheets.items() if sheet.first_heading != FIRST_COLUMN[name]
        ]
        if wrong or not any(r in drift.headers for r in rubriker):
            sheet_name = wrong[0] if wrong else "Driftbudget"
            wanted = expected if sheet_name == "Driftbudget" else FIRST_COLUMN[sheet_name]
            raise InputError(
                f"”{self.path.name}” har inte vplans upplägg: på bladet {sheet_name} väntades "
                f"kolumnrubrikerna på rad {HEADER_ROW} ({wanted}). {advice}"
            )
        self.check_units()

    def unit(self, sheet_name: str) -> str:
        """The unit the plan writes a sheet's table in."""
        return table_unit(self.plan.uppgifter, TABLES[sheet_name][0]).value

    def check_units(self) -> None:
        """A sheet whose unit is not its table's in the plan is a problem: read in the plan's
        unit, 48 900 tkr would become 48 900 mnkr."""
        for name, sheet in self.sheets.items():
            found = _UNIT.search(sheet.unit_text)
            wanted = self.unit(name)
            if found is not None and found.group(1).lower() != wanted:
                self.problems.append(
                    (
                        f"{name}!A{UNIT_ROW}",
                        f"beloppen är i {found.group(1).lower()} men planens "
                        f"{TABLES[name][1]} är i {wanted}; exportera planen till Excel på nytt "
                        "och för över ändringarna dit",
                    )
                )

    def cell(
        self,
        sheet_name: str,
        row: int,
        column: int,
        row_label: str,
        column_label: str,
        old: Decimal | None,
        target: tuple[Any, ...],
    ) -> None:
        cells = self.sheets[sheet_name].rows[row]
        saved = cells[column - 1] if column - 1 < len(cells) else None
        ref = f"{_letter(column)}{row}"
        where = f"{sheet_name}!{ref}"
        if saved is not None and saved.formula and saved.value is None:
            self.problems.append(
                (where, "formeln saknar sparat värde; öppna och spara filen i Excel")
            )
            return
        try:
            amount = _amount(None if saved is None else saved.value)
        except InputError as error:
            self.problems.append((where, error.message))
            return
        if old != amount:
            unit = self.unit(sheet_name)
            self.changes.append(
                CellChange(sheet_name, ref, row_label, column_label, old, amount, target, unit)
            )

    def unique(self, sheet: str, labels: list[tuple[int, str]]) -> Iterator[tuple[int, str]]:
        """The labelled rows but the totals; a label given twice is a problem (which of the two
        rows would count?)."""
        seen: dict[str, int] = {}
        for row, label in labels:
            if label in SKIPPED_ROWS or label.endswith(", netto"):
                continue
            if label in seen:
                self.problems.append(
                    (f"{sheet}!A{row}", f"”{label}” står redan på rad {seen[label]}")
                )
                continue
            seen[label] = row
            yield row, label

    def drift(self) -> None:
        sheet = self.sheets["Driftbudget"]
        columns = self.plan.kolumner(BudgetTabell.DRIFT)
        names = {v.namn: v.id for v in self.plan.verksamheter}
        rows = {r.verksamhet_id: r for r in self.plan.driftbudget}
        ram = {r.ar: r for r in self.plan.kf_ram}
        for row, label in self.unique("Driftbudget", sheet.labels):
            if label == "KF:s ram":
                for column in columns:
                    index = sheet.headers.get(column.rubrik)
                    if index is None or not ram_applies(self.plan, column):
                        continue
                    given = ram.get(column.ar)
                    old = given.belopp if given else None
                    target: tuple[Any, ...] = ("ram", column.ar, given.beslut if given else "")
                    self.cell("Driftbudget", row, index, label, column.rubrik, old, target)
                continue
            plan_row = rows.get(names.get(label, -1))
            if plan_row is None:
                self.problems.append(
                    (f"Driftbudget!A{row}", f"verksamheten ”{label}” finns inte i planen")
                )
                continue
            for column in columns:
                index = sheet.headers.get(column.rubrik)
                if index is None or column.computed:
                    continue
                old = plan_row.belopp.get(column.id)
                self.cell(
                    "Driftbudget",
                    row,
                    index,
                    label,
                    column.rubrik,
                    old,
                    ("drift", plan_row.id, column.id),
                )

    def resultat(self) -> None:
        sheet = self.sheets.get("Resultaträkning")
        if sheet is None or not self.plan.resultatrakning:
            return
        columns = self.plan.kolumner(BudgetTabell.RESULTAT)
        names = {v.id: v.namn for v in self.plan.verksamheter}
        lines = {}
        for r in self.plan.resultatrakning:
            lines[f"{names.get(r.verksamhet_id, '')}, intäkter"] = (r, "intakter")
            lines[f"{names.get(r.verksamhet_id, '')}, kostnader"] = (r, "kostnader")
        for row, label in self.unique("Resultaträkning", sheet.labels):
            if label.endswith(", netto") or label not in lines:
                continue
            plan_row, field = lines[label]
            for column in columns:
                index = sheet.headers.get(column.rubrik)
                if index is None or column.computed:
                    continue
                cell = plan_row.belopp.get(column.id)
                old = getattr(cell, field) if cell else None
                target = ("resultat", plan_row.id, column.id, field)
                self.cell("Resultaträkning", row, index, label, column.rubrik, old, target)

    def cost_types(self) -> None:
        sheet = self.sheets.get(COST_TYPE_SHEET)
        if sheet is None:
            return
        columns = self.plan.kolumner(BudgetTabell.RESULTAT)
        lines = {r.namn: r for r in self.plan.kostnadsslag}
        for row, label in self.unique(COST_TYPE_SHEET, sheet.labels):
            line = lines.get(label)
            if line is None:
                self.problems.append(
                    (f"{COST_TYPE_SHEET}!A{row}", f"kostnadsslaget ”{label}” finns inte i planen")
                )
                continue
            for column in columns:
                index = sheet.headers.get(column.rubrik)
                if index is None or column.computed:
                    continue
                old = line.belopp.get(column.id)
                target = ("kostnadsslag", line.id, column.id)
                self.cell(COST_TYPE_SHEET, row, index, label, column.rubrik, old, target)

    def investments(self) -> None:
        sheet = self.sheets.get("Investeringar")
        if sheet is None:
            return
        columns = self.investment_columns(sheet)
        projects = {i.projekt: i for i in self.plan.investeringar}
        for row, label in self.unique("Investeringar", sheet.labels):
            investment = projects.get(label)
            if investment is None:
                self.problems.append(
                    (f"Investeringar!A{row}", f"projektet ”{label}” finns inte i planen")
                )
                continue
            for index, year, falt in columns:
                old = getattr(investment, falt).get(year)
                target = ("investering", investment.id, year, falt)
                shown = f"utfall {year}" if falt == "utfall" else str(year)
                self.cell("Investeringar", row, index, label, shown, old, target)

    def investment_columns(self, sheet: _Sheet) -> list[tuple[int, int, str]]:
        """The year columns of the Investeringar sheet, (column, year, "belopp"|"utfall"):
        "Budget 2027", "Plan 2028", "Utfall 2025", for the years an investment may have
        figures (before the plan too). A year heading that names the year wrongly ("Plan" for
        the budget year) is a problem rather than a column skipped without a word."""
        first = self.plan.uppgifter.forsta_ar
        last = first + d.MAX_INVESTMENT_YEARS - 1
        found = []
        for heading, index in sheet.headers.items():
            match = _YEAR_HEADING.match(heading)
            if match is None:
                continue
            year = int(match.group(2))
            falt = "utfall" if match.group(1) == "Utfall" else "belopp"
            expected = investment_heading(year, first, falt)
            where = f"Investeringar!{_letter(index)}{HEADER_ROW}"
            if not MIN_YEAR <= year <= last:
                self.problems.append(
                    (where, f"”{heading}”: investeringar anges för åren till och med {last}")
                )
            elif heading != expected:
                self.problems.append((where, f"rubriken ”{heading}” ska vara ”{expected}”"))
            else:
                found.append((index, year, falt))
        return sorted(found)


def _capped(problems: list[tuple[str, str]]) -> list[tuple[str, str]]:
    if len(problems) <= MAX_PROBLEMS:
        return problems
    rest = len(problems) - MAX_PROBLEMS
    return [*problems[:MAX_PROBLEMS], ("…", f"och {rest} till")]


def read_budget(plan: d.PlanSnapshot, path: Path) -> list[CellChange]:
    """Every change the workbook would make; raises with every bad cell, applying nothing."""
    check_office_zip(path, "Excel")
    check_xml_parts(path)
    reader = _Reader(plan, path)
    try:
        reader.load()
    except (KeyError, ValueError, OSError, BadZipFile, etree.LxmlError) as error:
        raise InputError(
            f"”{path.name}” går inte att läsa som Excel-arbetsbok ({error})."
        ) from None
    reader.check_layout()
    reader.drift()
    reader.resultat()
    reader.cost_types()
    reader.investments()
    if reader.problems:
        reader.problems.sort(key=_problem_order)
        raise InterchangeError(
            _capped(reader.problems), head="Budgetfilen kan inte läsas in; inget ändrades"
        )
    reader.changes.sort(key=_change_order)
    return reader.changes


_SHEET_ORDER = {"Driftbudget": 0, "Resultaträkning": 1, COST_TYPE_SHEET: 2, "Investeringar": 3}


def _split_ref(ref: str) -> tuple[int, str]:
    letters = ref.rstrip("0123456789")
    digits = ref[len(letters) :]
    return (int(digits) if digits else 0, letters.rjust(3))


def _problem_order(problem: tuple[str, str]) -> tuple[int, int, str]:
    place = problem[0]
    sheet, _, ref = place.partition("!")
    row, column = _split_ref(ref)
    return (_SHEET_ORDER.get(sheet, 9), row, column)


def _change_order(change: CellChange) -> tuple[int, int, str]:
    row, column = _split_ref(change.cell)
    return (_SHEET_ORDER.get(change.sheet, 9), row, column)


def _edit(change: CellChange) -> Edit:
    """The editor's own service call for one changed cell, based on the value the preview
    showed as the plan's (``old``): a cell someone else has set since refuses the import."""
    target, amount, seen = change.target, change.new, change.old
    kind = target[0]
    if kind == "drift":
        return partial(
            values.set_drift_amount,
            rad_id=target[1],
            kolumn_id=target[2],
            belopp=amount,
            seen=seen,
        )
    if kind == "ram":
        return partial(values.set_kf_ram, ar=target[1], belopp=amount, beslut=target[2], seen=seen)
    if kind == "investering":
        return partial(
            values.set_investment_amount,
            investering_id=target[1],
            ar=target[2],
            belopp=amount,
            falt=target[3],
            seen=seen,
        )
    if kind == "kostnadsslag":
        return partial(
            values.set_cost_type_amount,
            rad_id=target[1],
            kolumn_id=target[2],
            belopp=amount,
            seen=seen,
        )
    if kind == "resultat":
        return partial(
            values.set_resultat_amount,
            rad_id=target[1],
            kolumn_id=target[2],
            falt=target[3],
            belopp=amount,
            seen=seen,
        )
    raise ValueError(f"unknown budget target {kind}")


def edits(changes: list[CellChange]) -> Iterator[Edit]:
    """The service calls that apply ``changes``."""
    return (_edit(change) for change in changes)


def apply_budget(doc: PlanDocument, changes: list[CellChange]) -> Change:
    """Apply every change as one action (one transaction, all or nothing) through the editor's
    services; the returned change's undo puts every old value back in one step."""
    return batch(doc, list(edits(changes)))

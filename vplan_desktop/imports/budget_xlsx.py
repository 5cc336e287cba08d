"""The ekonom's budget workbook back into the plan.

Reads a workbook in the layout the Excel export writes (headings in row 4, data from row 5) and
lists every change – sheet, cell, row, column, old → new – before anything is applied. A
workbook in another layout is refused with what was expected. Formula cells are read by the
value Excel saved with them; a formula without a saved value is reported, never guessed. One bad
cell stops the whole import: nothing is half applied. The changes are applied through the same
services as the editor, as one action that one undo step reverts.

The workbook is streamed once (``xlsx_cells``), keeping only the rows whose first cell names
something; a 200,000-row workbook is read in a few seconds.
"""

from __future__ import annotations

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
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import BudgetTabell
from vplan_desktop.errors import InputError, InterchangeError
from vplan_desktop.exports.xlsx_writer import FIRST_ROW, HEADER_ROW
from vplan_desktop.formatting import format_amount
from vplan_desktop.imports.xlsx_cells import Cell, Workbook
from vplan_desktop.numbers import check_amount
from vplan_desktop.office_safety import check_office_zip, check_xml_parts
from vplan_desktop.services import values
from vplan_desktop.services.changes import Change, Edit, batch

SKIPPED_ROWS = {"NETTOKOSTNAD", "Differens mot ram", "SUMMA INVESTERINGAR"}
MAX_PROBLEMS = 50
"""Bad cells listed one by one; the rest are counted."""

FIRST_COLUMN = {"Driftbudget": "Verksamhet", "Resultaträkning": "Resultaträkning"}
FIRST_COLUMN["Investeringar"] = "Projekt"


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
    ("resultat", rad_id, kolumn_id, field) or ("investering", id, year)."""

    @property
    def text(self) -> str:
        old = format_amount(self.old) or "tomt"
        new = format_amount(self.new) or "tomt"
        return f"{self.sheet} {self.cell} ({self.row_label}, {self.column_label}): {old} → {new}"


def _amount(value: Any) -> Decimal | None:
    """A cell's saved value as an amount; blank is a valid "no amount". Raises InputError."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
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
        width = 0
        for number, row in book.rows(name, first=HEADER_ROW):
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
        return _Sheet(headers, first_heading, rows, labels)

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
            self.changes.append(
                CellChange(sheet_name, ref, row_label, column_label, old, amount, target)
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
                if index is None:
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
                if index is None:
                    continue
                cell = plan_row.belopp.get(column.id)
                old = getattr(cell, field) if cell else None
                target = ("resultat", plan_row.id, column.id, field)
                self.cell("Resultaträkning", row, index, label, column.rubrik, old, target)

    def investments(self) -> None:
        sheet = self.sheets.get("Investeringar")
        if sheet is None:
            return
        first = self.plan.uppgifter.forsta_ar
        projects = {i.projekt: i for i in self.plan.investeringar}
        for row, label in self.unique("Investeringar", sheet.labels):
            investment = projects.get(label)
            if investment is None:
                self.problems.append(
                    (f"Investeringar!A{row}", f"projektet ”{label}” finns inte i planen")
                )
                continue
            for year in range(first, first + d.MAX_INVESTMENT_YEARS):
                index = sheet.headers.get(("Budget " if year == first else "Plan ") + str(year))
                if index is None:
                    continue
                old = investment.belopp.get(year)
                target = ("investering", investment.id, year)
                self.cell("Investeringar", row, index, label, str(year), old, target)


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
    reader.investments()
    if reader.problems:
        reader.problems.sort(key=_problem_order)
        raise InterchangeError(
            _capped(reader.problems), head="Budgetfilen kan inte läsas in; inget ändrades"
        )
    reader.changes.sort(key=_change_order)
    return reader.changes


_SHEET_ORDER = {"Driftbudget": 0, "Resultaträkning": 1, "Investeringar": 2}


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
    """The editor's own service call for one changed cell."""
    target, amount = change.target, change.new
    kind = target[0]
    if kind == "drift":
        return partial(
            values.set_drift_amount, rad_id=target[1], kolumn_id=target[2], belopp=amount
        )
    if kind == "ram":
        return partial(values.set_kf_ram, ar=target[1], belopp=amount, beslut=target[2])
    if kind == "investering":
        return partial(
            values.set_investment_amount, investering_id=target[1], ar=target[2], belopp=amount
        )
    if kind == "resultat":
        return partial(
            values.set_resultat_amount,
            rad_id=target[1],
            kolumn_id=target[2],
            falt=target[3],
            belopp=amount,
        )
    raise ValueError(f"unknown budget target {kind}")


def edits(changes: list[CellChange]) -> Iterator[Edit]:
    """The service calls that apply ``changes``."""
    return (_edit(change) for change in changes)


def apply_budget(doc: PlanDocument, changes: list[CellChange]) -> Change:
    """Apply every change as one action (one transaction, all or nothing) through the editor's
    services; the returned change's undo puts every old value back in one step."""
    return batch(doc, list(edits(changes)))

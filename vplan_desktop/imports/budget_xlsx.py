"""The ekonom's budget workbook back into the plan.

Reads a workbook in the layout the Excel export writes (headings in row 4, data from row 5) and
lists every change – sheet, cell, row, column, old → new – before anything is applied. Formula
cells are read by the value Excel saved with them; a formula without a saved value is reported,
never guessed. One bad cell stops the whole import: nothing is half applied.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from vplan_desktop import domain as d
from vplan_desktop.db import models as m
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import BudgetTabell
from vplan_desktop.errors import InputError, InterchangeError
from vplan_desktop.exports.xlsx_writer import FIRST_ROW, HEADER_ROW
from vplan_desktop.formatting import format_amount, parse_amount
from vplan_desktop.imports.safety import check_office_zip, check_xml_parts
from vplan_desktop.services.changes import Change, Section
from vplan_desktop.services.values import _upsert

SKIPPED_ROWS = {"NETTOKOSTNAD", "Differens mot ram", "SUMMA INVESTERINGAR"}


@dataclass(frozen=True, slots=True)
class CellChange:
    """One cell that differs from the plan."""

    sheet: str
    cell: str
    row_label: str
    column_label: str
    old: int | None
    new: int | None
    target: tuple[str, ...]
    """What to set: ("drift", rad_id, kolumn_id), ("ram", year),
    ("resultat", rad_id, kolumn_id, field) or ("investering", id, year)."""

    @property
    def text(self) -> str:
        old = format_amount(self.old) or "tomt"
        new = format_amount(self.new) or "tomt"
        return f"{self.sheet} {self.cell} ({self.row_label}, {self.column_label}): {old} → {new}"


def _amount(value: Any, where: str, problems: list[tuple[str, str]]) -> tuple[bool, int | None]:
    """(ok, amount) of a cell's value; blank is a valid "no amount"."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return True, None
    if isinstance(value, bool):
        problems.append((where, "är inget belopp"))
        return False, None
    if isinstance(value, int):
        return True, value
    if isinstance(value, float):
        if value.is_integer():
            return True, int(value)
        problems.append((where, f"{value} är inte ett helt antal tkr"))
        return False, None
    try:
        return True, parse_amount(str(value))
    except InputError as error:
        problems.append((where, error.message))
        return False, None


class _Reader:
    def __init__(self, plan: d.PlanSnapshot, path: Path) -> None:
        self.plan = plan
        self.values = load_workbook(path, data_only=True, read_only=False)
        self.formulas = load_workbook(path, data_only=False, read_only=False)
        self.problems: list[tuple[str, str]] = []
        self.changes: list[CellChange] = []

    def sheet(self, name: str) -> tuple[Any, Any] | None:
        if name not in self.values.sheetnames:
            return None
        return self.values[name], self.formulas[name]

    def headers(self, sheet: Any) -> dict[str, int]:
        return {str(cell.value).strip(): cell.column for cell in sheet[HEADER_ROW] if cell.value}

    def read(self, sheet_name: str, row: int, column: int) -> tuple[bool, int | None, str]:
        values, formulas = self.sheet(sheet_name)  # type: ignore[misc]
        ref = values.cell(row=row, column=column).coordinate
        where = f"{sheet_name}!{ref}"
        raw = values.cell(row=row, column=column).value
        formula = formulas.cell(row=row, column=column).value
        if isinstance(formula, str) and formula.startswith("=") and raw is None:
            self.problems.append(
                (where, "formeln saknar sparat värde; öppna och spara filen i Excel")
            )
            return False, None, ref
        ok, amount = _amount(raw, where, self.problems)
        return ok, amount, ref

    def compare(
        self,
        sheet: str,
        ref: str,
        row_label: str,
        column_label: str,
        old: int | None,
        new: int | None,
        target: tuple[Any, ...],
    ) -> None:
        if old != new:
            self.changes.append(CellChange(sheet, ref, row_label, column_label, old, new, target))

    def rows(self, sheet: Any) -> list[tuple[int, str]]:
        result = []
        for row in range(FIRST_ROW, sheet.max_row + 1):
            label = sheet.cell(row=row, column=1).value
            if label is not None and str(label).strip():
                result.append((row, str(label).strip()))
        return result

    def drift(self) -> None:
        found = self.sheet("Driftbudget")
        if found is None:
            self.problems.append(("Driftbudget", "bladet saknas"))
            return
        sheet = found[0]
        headers = self.headers(sheet)
        columns = self.plan.kolumner(BudgetTabell.DRIFT)
        names = {v.namn: v.id for v in self.plan.verksamheter}
        rows = {r.verksamhet_id: r for r in self.plan.driftbudget}
        ram = {r.ar: r.belopp for r in self.plan.kf_ram}
        years = self.plan.uppgifter.years
        for row, label in self.rows(sheet):
            if label in SKIPPED_ROWS:
                continue
            for column in columns:
                index = headers.get(column.rubrik)
                if index is None:
                    continue
                if label == "KF:s ram":
                    if column.ar not in years or column.slag.value not in ("budget", "plan"):
                        continue
                    ok, amount, ref = self.read("Driftbudget", row, index)
                    if ok:
                        self.compare(
                            "Driftbudget",
                            ref,
                            label,
                            column.rubrik,
                            ram.get(column.ar),
                            amount,
                            ("ram", column.ar),
                        )
                    continue
                plan_row = rows.get(names.get(label, -1))
                if plan_row is None:
                    self.problems.append(
                        (f"Driftbudget!A{row}", f"verksamheten ”{label}” finns inte i planen")
                    )
                    break
                ok, amount, ref = self.read("Driftbudget", row, index)
                if ok:
                    self.compare(
                        "Driftbudget",
                        ref,
                        label,
                        column.rubrik,
                        plan_row.belopp.get(column.id),
                        amount,
                        ("drift", plan_row.id, column.id),
                    )

    def resultat(self) -> None:
        found = self.sheet("Resultaträkning")
        if found is None or not self.plan.resultatrakning:
            return
        sheet = found[0]
        headers = self.headers(sheet)
        columns = self.plan.kolumner(BudgetTabell.RESULTAT)
        names = {v.id: v.namn for v in self.plan.verksamheter}
        lines = {}
        for r in self.plan.resultatrakning:
            lines[f"{names.get(r.verksamhet_id, '')}, intäkter"] = (r, "intakter")
            lines[f"{names.get(r.verksamhet_id, '')}, kostnader"] = (r, "kostnader")
        for row, label in self.rows(sheet):
            if label.endswith(", netto") or label not in lines:
                continue
            plan_row, field = lines[label]
            for column in columns:
                index = headers.get(column.rubrik)
                if index is None:
                    continue
                ok, amount, ref = self.read("Resultaträkning", row, index)
                cell = plan_row.belopp.get(column.id)
                if ok:
                    self.compare(
                        "Resultaträkning",
                        ref,
                        label,
                        column.rubrik,
                        getattr(cell, field) if cell else None,
                        amount,
                        ("resultat", plan_row.id, column.id, field),
                    )

    def investments(self) -> None:
        found = self.sheet("Investeringar")
        if found is None:
            return
        sheet = found[0]
        headers = self.headers(sheet)
        first = self.plan.uppgifter.forsta_ar
        projects = {i.projekt: i for i in self.plan.investeringar}
        for row, label in self.rows(sheet):
            if label in SKIPPED_ROWS:
                continue
            investment = projects.get(label)
            if investment is None:
                self.problems.append(
                    (f"Investeringar!A{row}", f"projektet ”{label}” finns inte i planen")
                )
                continue
            for year in range(first, first + d.MAX_INVESTMENT_YEARS):
                index = headers.get(("Budget " if year == first else "Plan ") + str(year))
                if index is None:
                    continue
                ok, amount, ref = self.read("Investeringar", row, index)
                if ok:
                    self.compare(
                        "Investeringar",
                        ref,
                        label,
                        str(year),
                        investment.belopp.get(year),
                        amount,
                        ("investering", investment.id, year),
                    )


def read_budget(plan: d.PlanSnapshot, path: Path) -> list[CellChange]:
    """Every change the workbook would make; raises with every bad cell, applying nothing."""
    check_office_zip(path, "Excel")
    check_xml_parts(path)
    try:
        reader = _Reader(plan, path)
    except (KeyError, ValueError, OSError) as error:
        raise InputError(
            f"”{path.name}” går inte att läsa som Excel-arbetsbok ({error})."
        ) from None
    reader.drift()
    reader.resultat()
    reader.investments()
    if reader.problems:
        raise InterchangeError(
            reader.problems, head="Budgetfilen kan inte läsas in; inget ändrades"
        )
    return reader.changes


def _set(session: Any, target: tuple[Any, ...], amount: int | None) -> None:
    kind = target[0]
    if kind == "drift":
        _upsert(
            session,
            m.DriftbudgetBelopp,
            {"rad_id": target[1], "kolumn_id": target[2]},
            None if amount is None else {"belopp": amount},
        )
    elif kind == "ram":
        existing = session.get(m.KfRam, target[1])
        if amount is None:
            if existing is not None:
                session.delete(existing)
        elif existing is None:
            session.add(m.KfRam(ar=target[1], belopp=amount, beslut=""))
        else:
            existing.belopp = amount
    elif kind == "investering":
        _upsert(
            session,
            m.InvesteringBelopp,
            {"investering_id": target[1], "ar": target[2]},
            None if amount is None else {"belopp": amount},
        )
    elif kind == "resultat":
        key = {"rad_id": target[1], "kolumn_id": target[2]}
        row = session.get(m.ResultatBelopp, (target[1], target[2]))
        current: dict[str, int | None] = {
            f: getattr(row, f) if row else None for f in ("intakter", "kostnader", "netto")
        }
        current[target[3]] = amount
        empty = all(v is None for v in current.values())
        _upsert(session, m.ResultatBelopp, key, None if empty else current)


def apply_budget(doc: PlanDocument, changes: list[CellChange]) -> Change:
    """Apply every change in one transaction; undo puts every old value back."""
    with doc.transaction() as session:
        for change in changes:
            _set(session, change.target, change.new)
    reverse = [
        CellChange(c.sheet, c.cell, c.row_label, c.column_label, c.new, c.old, c.target)
        for c in changes
    ]
    return Change(Section.BUDGET, "budget", None, partial(apply_budget, changes=reverse))

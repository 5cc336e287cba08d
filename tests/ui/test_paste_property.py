"""Property-based: whatever text is pasted into the driftbudget grid, from whatever cell, the
paste is applied whole or refused with a message. Applied, every pasted cell holds in the plan
exactly the amount pasted into it, every other cell and every other part of the plan is as it
was, and one undo brings the plan back; refused, nothing changed."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from tests.ui.helpers import (
    column_of,
    context_of,
    edit_cell,
    editor_of,
    on_disk,
    shown_window,
)
from vplan_desktop import budget
from vplan_desktop.db.enums import BudgetTabell
from vplan_desktop.domain import PlanSnapshot
from vplan_desktop.formatting import parse_amount
from vplan_desktop.numbers import LARGEST
from vplan_desktop.sections import Section
from vplan_desktop.ui.editors.budget_grid import DriftbudgetEditor
from vplan_desktop.ui.main_window import MainWindow
from vplan_desktop.ui.spreadsheet import SpreadsheetView, parse_block

NBSP = "\u00a0"


def _grouped(number: int, space: str) -> str:
    return f"{number:,}".replace(",", space)


# An amount as Excel, LibreOffice or a hand puts it on the clipboard; all within the bound.
AMOUNT = st.integers(-LARGEST, LARGEST).flatmap(
    lambda n: st.sampled_from(
        [str(n), _grouped(n, " "), _grouped(n, NBSP), _grouped(n, " ").replace("-", "\u2212")]
    )
)
VALID_CELL = AMOUNT | st.sampled_from(["", " "])
CELL = st.one_of(
    st.integers(-(10**12), 10**12).map(str),
    st.integers(-999_999, 999_999).map(lambda n: _grouped(n, " ")),
    st.sampled_from(["", " ", "-", "1,5", "12 %", "x", "−1 200", "\u00a0300", "1e9", "∞"]),
    st.text(max_size=12),
)


def _blocks(cell: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    rows = st.lists(st.lists(cell, min_size=1, max_size=5), min_size=1, max_size=5)
    ending = st.sampled_from(["", "\n", "\r\n"])
    return st.tuples(rows, st.sampled_from(["\n", "\r\n"]), ending).map(
        lambda made: made[1].join("\t".join(row) for row in made[0]) + made[2]
    )


# Where the paste starts: a row and a column of the grid (the rows below the verksamheter,
# NETTOKOSTNAD, KF:s ram and Differens, included), as fractions of the grid's size.
START = st.tuples(st.floats(0, 1, exclude_max=True), st.floats(0, 1, exclude_max=True))


@pytest.fixture
def window(qtbot: QtBot, example_path: Path) -> MainWindow:
    """One window for all the examples of a run (hypothesis reuses function fixtures)."""
    main = shown_window(qtbot, example_path)
    main.show_section(Section.DRIFT)
    return main


def _view(window: MainWindow) -> SpreadsheetView:
    return editor_of(window, Section.DRIFT, DriftbudgetEditor).view


Cell = tuple[str, Any, Any]
"""A cell of the plan: ("drift", row id, column id), ("ram", year, None) or a column's printed
total ("summa", column id, None)."""


def _cells(plan: PlanSnapshot) -> dict[Cell, Decimal | None]:
    """Every driftbudget amount, printed total and KF ram of the plan, empty cells included."""
    columns = plan.kolumner(BudgetTabell.DRIFT)
    cells: dict[Cell, Decimal | None] = {
        ("drift", r.id, c.id): r.belopp.get(c.id) for r in plan.driftbudget for c in columns
    }
    cells |= {("summa", c.id, None): c.angiven_summa for c in columns}
    cells |= {("ram", r.ar, None): r.belopp for r in plan.kf_ram}
    return cells


def _rest(plan: PlanSnapshot) -> PlanSnapshot:
    """The plan without its amounts, printed totals and rams: what no paste into the
    driftbudget may change (the rows, their order, the columns, every other section)."""
    return dataclasses.replace(
        plan,
        driftbudget=tuple(dataclasses.replace(r, belopp={}) for r in plan.driftbudget),
        budgetkolumner=tuple(
            dataclasses.replace(c, angiven_summa=None) for c in plan.budgetkolumner
        ),
        kf_ram=(),
    )


def _decisions(plan: PlanSnapshot) -> dict[int, str]:
    """KF's decision behind each year's ram."""
    return {r.ar: r.beslut for r in plan.kf_ram}


def _target(plan: PlanSnapshot, row: int, column: int) -> Cell | None:
    """The plan cell shown at a row and column of the grid, or None (name, difference,
    outside the grid). The grid shows the verksamheter in the plan's order, then NETTOKOSTNAD
    (where a printed total is typed), KF:s ram and Differens mot ram; a column per driftbudget
    column after the names."""
    columns = plan.kolumner(BudgetTabell.DRIFT)
    if not 1 <= column <= len(columns):
        return None
    kolumn = columns[column - 1]
    if row < len(plan.driftbudget):
        return ("drift", plan.driftbudget[row].id, kolumn.id)
    if row == len(plan.driftbudget):
        return ("summa", kolumn.id, None)
    if row == len(plan.driftbudget) + 1:
        return ("ram", kolumn.ar, None)
    return None


def _start(window: MainWindow, start: tuple[float, float]) -> tuple[int, int]:
    """Make the start cell current (a row of the grid, a column after the names)."""
    view = _view(window)
    model = view.model()
    row = int(start[0] * model.rowCount())
    column = 1 + int(start[1] * (model.columnCount() - 1))
    view.setCurrentIndex(model.index(row, column))
    return row, column


def _landing(window: MainWindow, text: str, row: int, column: int) -> list[tuple[Cell, str]]:
    """The pasted texts that land on cells the user can type in, with the plan cell of each."""
    plan = context_of(window).plan
    model = _view(window).model()
    landing = []
    for r, cells in enumerate(parse_block(text)):
        for c, pasted in enumerate(cells):
            index = model.index(row + r, column + c)
            if model.flags(index) & Qt.ItemFlag.ItemIsEditable:
                target = _target(plan, row + r, column + c)
                assert target is not None, f"an editable cell the plan has no place for: {index}"
                landing.append((target, pasted))
    return landing


def _expected(before: PlanSnapshot, landing: list[tuple[Cell, str]]) -> dict[Cell, Decimal | None]:
    """The plan's amounts after a paste, worked out from the text: each pasted cell takes the
    pasted amount (an empty one, none; an emptied ram is no ram at all). A total pasted where
    none is given that is the rows' sum as they were (or empty) leaves the total to the rows."""
    expected = _cells(before)
    drift = budget.driftbudget(before)
    sums = budget.column_figures(drift.columns, drift.sums)
    for target, pasted in landing:
        amount = parse_amount(pasted) if pasted.strip() else None
        if target[0] == "summa" and expected[target] is None and amount == sums[target[1]]:
            continue
        expected[target] = amount
    return {k: v for k, v in expected.items() if k[0] != "ram" or v is not None}


def _check(window: MainWindow, text: str, start: tuple[float, float], must_apply: bool) -> None:
    context = context_of(window)
    before = context.plan
    steps = context.undo_stack.index()
    row, column = _start(window, start)
    landing = _landing(window, text, row, column)
    messages: list[str] = []
    context.failed.connect(messages.append)
    try:
        applied = _view(window).paste(text)
    finally:
        context.failed.disconnect(messages.append)
    event("applied" if applied else "refused" if landing else "nothing to paste into")
    if not applied:
        assert context.plan == before
        assert context.undo_stack.index() == steps
        if must_apply:
            assert landing == [], f"a paste of amounts was refused: {messages}"
        elif landing:
            assert messages and messages[-1].startswith("Inget klistrades in."), messages
        return
    assert context.undo_stack.index() == steps + 1  # the whole paste is one step
    try:
        after = context.plan
        assert _cells(after) == _expected(before, landing)
        assert _rest(after) == _rest(before)
        kept = _decisions(before)
        assert _decisions(after) == {year: kept.get(year, "") for year in _decisions(after)}
        assert messages == []
        # What the grid shows is what the plan holds: each pasted cell reads back as its amount
        # (a total left to the rows shows their sum).
        model = _view(window).model()
        expected = _expected(before, landing)
        for r, cells in enumerate(parse_block(text)):
            for c, pasted in enumerate(cells):
                index = model.index(row + r, column + c)
                target = _target(before, row + r, column + c)
                if not model.flags(index) & Qt.ItemFlag.ItemIsEditable or target is None:
                    continue
                if target[0] == "summa" and expected[target] is None:
                    continue
                shown = str(index.data(Qt.ItemDataRole.EditRole) or "")
                assert (parse_amount(shown) if shown.strip() else None) == (
                    parse_amount(pasted) if pasted.strip() else None
                )
    finally:
        context.undo_stack.undo()  # also after a failed check: the next example starts clean
    assert context.plan == before


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=_blocks(CELL) | st.text(max_size=60), start=START)
def test_any_paste_is_whole_or_refused(
    window: MainWindow, text: str, start: tuple[float, float]
) -> None:
    _check(window, text, start, must_apply=False)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=_blocks(VALID_CELL), start=START)
def test_a_paste_of_amounts_is_applied_exactly(
    window: MainWindow, text: str, start: tuple[float, float]
) -> None:
    """Amounts within the bound, in any of the clipboard's forms, are never refused: each
    lands in its cell (or on a cell nobody types in, and is left out)."""
    _check(window, text, start, must_apply=True)


def test_a_paste_refused_by_the_plan_changes_nothing(window: MainWindow) -> None:
    """A value that reads as a number but is out of bounds stops the whole paste, also the
    cells before it: one action, all or nothing."""
    view = _view(window)
    view.setCurrentIndex(view.model().index(0, 1))
    context = context_of(window)
    before = context.plan
    steps = context.undo_stack.index()
    messages: list[str] = []
    context.failed.connect(messages.append)
    assert not view.paste("5\t1000000000000\t7")
    assert context.plan == before
    assert context.undo_stack.index() == steps
    assert messages and messages[-1].startswith("Inget klistrades in.")


def test_a_new_ram_keeps_kfs_decision(qtbot: QtBot, window: MainWindow, example_path: Path) -> None:
    """Typing or pasting KF's ram changes the amount only: the decision it was given with
    ("KF 2026-06-15 § 87") stays with it. (It was emptied.)"""
    view = _view(window)
    ram_row = len(context_of(window).plan.driftbudget) + 1
    assert view.model().index(ram_row, 0).data() == "KF:s ram"
    edit_cell(qtbot, view, ram_row, column_of(view, "Budget 2027"), "131 500")
    view.setCurrentIndex(view.model().index(ram_row, column_of(view, "Plan 2028")))
    assert view.paste("133 000\t135 000")
    rams = {r.ar: (r.belopp, r.beslut) for r in on_disk(example_path).kf_ram}
    assert rams == {
        2027: (Decimal(131500), "KF 2026-06-15 § 87"),
        2028: (Decimal(133000), "KF 2026-06-15 § 87"),
        2029: (Decimal(135000), "KF 2026-06-15 § 87"),
    }

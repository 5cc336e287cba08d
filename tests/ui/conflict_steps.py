"""Two people editing the same cells: someone else ("hers", a document of her own on the same
plan) changes a budget cell, an activity's name and an indicator's target; the window's user,
whose snapshot still shows the old values, then types over each through the editors. Each of
her edits is refused with a message naming her, nothing is written, and the cell shows her
value. Shared by the tests on a plan file and on the server."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView

from tests.ui.helpers import column_of, context_of, editor_of, workspace_of
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import BudgetTabell, KolumnSlag, VardeSlag
from vplan_desktop.sections import ItemKind, Section
from vplan_desktop.services import items, values
from vplan_desktop.services.read import read_plan
from vplan_desktop.ui.editors.activities import ActivitiesEditor
from vplan_desktop.ui.editors.budget_grid import DriftbudgetEditor
from vplan_desktop.ui.editors.goals import GoalsEditor
from vplan_desktop.ui.main_window import MainWindow
from vplan_desktop.ui.models.table import ROW_ID_ROLE

Enter = Callable[[QAbstractItemView, int, int, str], None]
"""Types ``text`` into the cell (row, column) of a view, as the user would."""


def conflict_pattern(name: str) -> re.Pattern[str]:
    return re.compile(
        rf"^{re.escape(name)} ändrade detta kl\. \d\d\.\d\d – din ändring gjordes inte\.$"
    )


def _row_of(model: QAbstractItemModel, item_id: int) -> int:
    return next(
        r for r in range(model.rowCount()) if model.index(r, 0).data(ROW_ID_ROLE) == item_id
    )


def _refused(window: MainWindow, name: str, steps: int) -> None:
    message = workspace_of(window).message.text()
    assert conflict_pattern(name).match(message), message
    assert context_of(window).undo_stack.count() == steps  # nothing to undo: nothing was done


def budget_cell(
    qtbot: QtBot, window: MainWindow, hers: PlanDocument, name: str, enter: Enter
) -> None:
    window.show_section(Section.DRIFT.value)
    editor = editor_of(window, Section.DRIFT.value, DriftbudgetEditor)
    plan = context_of(window).plan
    line = plan.driftbudget[0]
    column = next(
        k
        for k in plan.kolumner(BudgetTabell.DRIFT)
        if k.slag is KolumnSlag.BUDGET and k.ar == plan.uppgifter.forsta_ar
    )
    steps = context_of(window).undo_stack.count()
    values.set_drift_amount(hers, line.id, column.id, Decimal(4711))
    view = editor.view
    row = _row_of(view.model(), line.id)
    enter(view, row, column_of(view, column.rubrik), "1 000")
    _refused(window, name, steps)
    assert read_plan(hers).driftbudget[0].belopp[column.id] == Decimal(4711)
    assert view.model().index(row, column_of(view, column.rubrik)).data() == "4\u00a0711"


def activity_name(
    qtbot: QtBot, window: MainWindow, hers: PlanDocument, name: str, enter: Enter
) -> None:
    window.show_section(Section.AKTIVITETER.value)
    editor = editor_of(window, Section.AKTIVITETER.value, ActivitiesEditor)
    activity = context_of(window).plan.aktiviteter[0]
    steps = context_of(window).undo_stack.count()
    items.update_item(hers, ItemKind.AKTIVITET, activity.id, {"namn": "Hennes namn"})
    view = editor.view
    enter(view, _row_of(view.model(), activity.id), column_of(view, "Aktivitet"), "Mitt namn")
    _refused(window, name, steps)
    assert read_plan(hers).aktiviteter[0].namn == "Hennes namn"
    row = _row_of(view.model(), activity.id)  # the row may have moved: it is sorted by name
    assert view.model().index(row, column_of(view, "Aktivitet")).data() == "Hennes namn"


def indicator_target(
    qtbot: QtBot, window: MainWindow, hers: PlanDocument, name: str, enter: Enter
) -> None:
    window.show_section(Section.MAL.value)
    goals = editor_of(window, Section.MAL.value, GoalsEditor)
    view = goals.indicators
    model = view.model()
    indicator_id = model.index(0, 0).data(ROW_ID_ROLE)
    year = context_of(window).plan.uppgifter.forsta_ar + 1
    steps = context_of(window).undo_stack.count()
    values.set_indicator_value(hers, indicator_id, VardeSlag.MALNIVA, year, Decimal(90))
    enter(view, 0, column_of(view, str(year)), "80 %")
    _refused(window, name, steps)
    ours = next(i for i in read_plan(hers).indikatorer if i.id == indicator_id)
    assert ours.malnivaer[year] == Decimal(90)
    assert model.index(0, column_of(view, str(year))).data() == "90\u00a0%"


Step = Callable[[QtBot, MainWindow, PlanDocument, str, Enter], None]

CELL_STEPS: list[Step] = [budget_cell, activity_name, indicator_target]
"""Each step, for ``pytest.mark.parametrize``: a budget cell, an activity's name and an
indicator's target."""

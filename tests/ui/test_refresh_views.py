"""One edit repaints what it changed: the models tell their views about the rows that differ,
never reset, and the models of other sections hear nothing."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt

from vplan_desktop.db.enums import BudgetTabell
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import items
from vplan_desktop.storage.working import EditSession
from vplan_desktop.ui.context import PlanContext
from vplan_desktop.ui.models.activities import ActivityModel
from vplan_desktop.ui.models.budget import DriftbudgetModel
from vplan_desktop.ui.models.goals import GoalTreeModel, IndicatorTableModel
from vplan_desktop.ui.models.internal_control import InternalControlModel
from vplan_desktop.ui.models.table import ROW_ID_ROLE


@pytest.fixture
def context(qapp: object, example_path: Path) -> Iterator[PlanContext]:
    session = EditSession.open(example_path)
    ctx = PlanContext(session)
    yield ctx
    ctx.forget_history()
    session.close()


class Heard:
    """What a model told its views: the rows of each dataChanged, and whether it reset."""

    def __init__(self, model: QAbstractItemModel) -> None:
        self.rows: list[int] = []
        self.columns: set[int] = set()
        self.resets = 0
        model.dataChanged.connect(self._changed)
        model.modelReset.connect(self._reset)
        model.layoutChanged.connect(self._reset)

    def _changed(self, top: QModelIndex, bottom: QModelIndex) -> None:
        self.rows.extend(range(top.row(), bottom.row() + 1))
        self.columns.update(range(top.column(), bottom.column() + 1))

    def _reset(self) -> None:
        self.resets += 1

    @property
    def anything(self) -> bool:
        return bool(self.rows or self.resets)


def test_a_budget_cell_repaints_its_row_and_the_totals_only(context: PlanContext) -> None:
    drift = DriftbudgetModel(context)
    others = [ActivityModel(context), GoalTreeModel(context), InternalControlModel(context)]
    heard, quiet = Heard(drift), [Heard(model) for model in others]
    budget = next(
        n
        for n, c in enumerate(context.plan.kolumner(BudgetTabell.DRIFT), start=1)
        if c.ar == context.plan.uppgifter.forsta_ar and c.slag.value == "budget"
    )
    assert drift.setData(drift.index(1, budget), "12 345", Qt.ItemDataRole.EditRole)
    assert drift.index(1, budget).data() == "12\u00a0345"
    names = [drift.index(row, 0).data() for row in sorted(set(heard.rows))]
    # KF:s ram did not change, so its row is not repainted.
    assert names == [drift.index(1, 0).data(), "NETTOKOSTNAD", "Differens mot ram"]
    assert heard.columns == {budget}  # and only the cells of the column typed in
    assert heard.resets == 0
    assert not any(q.anything for q in quiet)


def test_an_activity_name_repaints_one_row(context: PlanContext) -> None:
    activities = ActivityModel(context)
    drift, tree = DriftbudgetModel(context), GoalTreeModel(context)
    heard, quiet = Heard(activities), [Heard(drift), Heard(tree)]
    assert activities.setData(activities.index(2, 0), "Nytt namn på aktiviteten")
    assert activities.index(2, 0).data() == "Nytt namn på aktiviteten"
    assert (heard.rows, heard.columns, heard.resets) == ([2], {0}, 0)
    assert not any(q.anything for q in quiet)


def test_an_indicator_target_repaints_its_row_and_its_tree_item(context: PlanContext) -> None:
    goal = context.plan.namndsmal[1]
    table, tree = IndicatorTableModel(context), GoalTreeModel(context)
    table.set_goal(goal.id)
    activities = ActivityModel(context)
    heard, heard_tree, quiet = Heard(table), Heard(tree), Heard(activities)
    year = context.plan.uppgifter.forsta_ar
    column = next(n for n in range(table.columnCount()) if str(year) in table.column_at(n).header)
    assert table.setData(table.index(1, column), "61")
    assert table.index(1, column).data().startswith("61")
    assert (heard.rows, heard.resets) == ([1], 0)
    assert heard_tree.resets == 0 and len(heard_tree.rows) == 1
    assert not quiet.anything


def test_a_new_activity_resets_the_activities_only(context: PlanContext) -> None:
    activities, drift = ActivityModel(context), DriftbudgetModel(context)
    heard, quiet = Heard(activities), Heard(drift)
    count = activities.rowCount()
    context.edit("Ny", partial(items.add_item, kind_name=ItemKind.AKTIVITET, fields={"namn": "X"}))
    assert activities.rowCount() == count + 1
    assert heard.resets == 1
    assert not quiet.anything


def test_a_check_finishing_after_the_plan_closed_is_dropped_quietly(
    context: PlanContext, capfd: pytest.CaptureFixture[str]
) -> None:
    import shiboken6

    from vplan_desktop.ui.checker import _Job, _Relay

    relay = _Relay()
    job = _Job(1, context.plan, relay)
    shiboken6.delete(relay)  # the window closed while the check ran on its thread
    job.run()
    assert "Traceback" not in capfd.readouterr().err


def test_the_goal_tree_finds_every_item_where_a_walk_finds_it(context: PlanContext) -> None:
    from vplan_desktop.ui.models.goals import KIND_ROLE

    tree = GoalTreeModel(context)
    context.edit(  # a goal without målområde puts "Utan målområde" in the tree too
        "x",
        partial(
            items.update_item,
            kind_name=ItemKind.NAMNDSMAL,
            item_id=context.plan.namndsmal[1].id,
            fields={"malomrade_id": None},
        ),
    )
    walked = 0

    def walk(parent: QModelIndex) -> None:
        nonlocal walked
        for row in range(tree.rowCount(parent)):
            index = tree.index(row, 0, parent)
            kind, item_id = index.data(KIND_ROLE), index.data(ROW_ID_ROLE)
            assert tree.find(kind, item_id or 0) == index
            walked += 1
            walk(index)

    walk(QModelIndex())
    plan = context.plan
    assert walked == len(plan.malomraden) + 1 + len(plan.namndsmal) + len(plan.indikatorer)

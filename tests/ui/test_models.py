"""Every Qt model over the plan passes Qt's own model checks, before and after edits."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester

from PySide6.QtWidgets import QApplication

from vplan_desktop.sections import ItemKind
from vplan_desktop.services import items
from vplan_desktop.storage.working import EditSession
from vplan_desktop.ui.context import PlanContext
from vplan_desktop.ui.models.activities import ActivityFilter, ActivityModel
from vplan_desktop.ui.models.budget import DriftbudgetModel, InvesteringModel, ResultatModel
from vplan_desktop.ui.models.goals import GoalTreeModel, IndicatorTableModel
from vplan_desktop.ui.models.internal_control import InternalControlModel, RiskCellFilter
from vplan_desktop.ui.models.key_figures import NyckeltalModel


@pytest.fixture
def context(qapp: QApplication, example_path: Path) -> Iterator[PlanContext]:
    session = EditSession.open(example_path)
    ctx = PlanContext(session)
    yield ctx
    ctx.forget_history()
    session.close()


def _models(context: PlanContext) -> list[object]:
    indicators = IndicatorTableModel(context)
    indicators.set_goal(context.plan.namndsmal[1].id)
    activities = ActivityModel(context)
    activity_filter = ActivityFilter()
    activity_filter.setSourceModel(activities)
    controls = InternalControlModel(context)
    control_filter = RiskCellFilter()
    control_filter.setSourceModel(controls)
    control_filter.set_cell((3, 3))
    return [
        DriftbudgetModel(context),
        ResultatModel(context),
        InvesteringModel(context),
        NyckeltalModel(context, context.plan.nyckeltal[0].id),
        GoalTreeModel(context),
        indicators,
        activities,
        activity_filter,
        controls,
        control_filter,
    ]


def test_models_pass_qtmodeltester(qtmodeltester: ModelTester, context: PlanContext) -> None:
    for model in _models(context):
        qtmodeltester.check(model)


def test_models_stay_valid_through_structural_edits(
    qtmodeltester: ModelTester, context: PlanContext
) -> None:
    models = _models(context)
    area = context.plan.malomraden[0].id
    context.edit(
        "x",
        partial(
            items.add_item,
            kind_name=ItemKind.NAMNDSMAL,
            fields={"text": "Nytt", "malomrade_id": area},
        ),
    )
    context.edit(
        "x",
        partial(items.delete_items, items=[(ItemKind.AKTIVITET, 3), (ItemKind.INTERNKONTROLL, 2)]),
    )
    context.edit(
        "x", partial(items.add_item, kind_name=ItemKind.VERKSAMHET, fields={"namn": "Ny enhet"})
    )
    context.undo_stack.undo()
    context.undo_stack.undo()
    for model in models:
        qtmodeltester.check(model)


def test_tree_model_shape(context: PlanContext) -> None:
    tree = GoalTreeModel(context)
    assert tree.rowCount() == 4
    first_area = tree.index(0, 0)
    assert first_area.data() == "1 Kvalitet"
    assert tree.rowCount(first_area) == 2  # the KF goal and an uppdrag
    kf_goal = tree.index(0, 0, first_area)
    assert tree.rowCount(kf_goal) == 2
    goal = tree.index(0, 0, kf_goal)
    assert tree.rowCount(goal) == 4  # three indicators, then the förvaltning's goal under it
    assert tree.parent(tree.index(0, 0, goal)) == goal
    context.edit(
        "x",
        partial(
            items.update_item,
            kind_name=ItemKind.NAMNDSMAL,
            item_id=1,
            fields={"malomrade_id": None},
        ),
    )
    assert tree.index(tree.rowCount() - 1, 0).data() == "Utan målområde"

"""The app's budget grids show each table with one number of decimals: typing an amount with more
decimals than the others repaints every row of the table with them; typing starts from the
amount as stored."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester

from PySide6.QtCore import QModelIndex, Qt

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import BeloppEnhet, BudgetTabell
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import budget_units, items, values
from vplan_desktop.services.read import read_plan
from vplan_desktop.storage.working import EditSession
from vplan_desktop.ui.context import PlanContext
from vplan_desktop.ui.models.budget import DriftbudgetModel, InvesteringModel


@pytest.fixture
def context(qapp: object, plan_path: Path) -> Iterator[PlanContext]:
    """The empty plan with a driftbudget in mnkr (Budget 2026: 1,5 and 2; KF's ram 4) and
    investments in mnkr (12,3, 40 and 7,25 for 2026)."""
    with PlanDocument.open(plan_path) as doc:
        budget_units.set_budget_unit(doc, "drift", BeloppEnhet.MNKR)
        budget_units.set_budget_unit(doc, "investering", BeloppEnhet.MNKR)
        column = next(
            c.id for c in read_plan(doc).kolumner(BudgetTabell.DRIFT) if c.rubrik == "Budget 2026"
        )
        for name, amount in (("Bibliotek", "1.5"), ("Fritid", "2")):
            unit = items.add_item(doc, ItemKind.VERKSAMHET, {"namn": name}).item_id
            row = items.add_item(doc, ItemKind.DRIFTBUDGET_RAD, {"verksamhet_id": unit}).item_id
            assert row is not None
            values.set_drift_amount(doc, row, column, Decimal(amount))
        values.set_kf_ram(doc, 2026, Decimal(4))
        for name, amount in (("Förskola", "12.3"), ("Skolgård", "40"), ("Inventarier", "7.25")):
            project = items.add_item(doc, ItemKind.INVESTERING, {"projekt": name}).item_id
            assert project is not None
            values.set_investment_amount(doc, project, 2026, Decimal(amount))
    session = EditSession.open(plan_path)
    ctx = PlanContext(session)
    yield ctx
    ctx.forget_history()
    session.close()


def _column(model: DriftbudgetModel | InvesteringModel, heading: str) -> int:
    return next(n for n in range(model.columnCount()) if model.column_at(n).header == heading)


def _shown(model: DriftbudgetModel | InvesteringModel, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_more_decimals_typed_repaint_every_row_of_the_table(
    context: PlanContext, qtmodeltester: ModelTester
) -> None:
    model = DriftbudgetModel(context)
    qtmodeltester.check(model)
    column = _column(model, "Budget 2026")
    assert _shown(model, column) == ["1,5", "2,0", "3,5", "4,0", "0,5"]
    repainted: set[int] = set()

    def heard(top: QModelIndex, bottom: QModelIndex) -> None:
        repainted.update(range(top.row(), bottom.row() + 1))

    model.dataChanged.connect(heard)
    assert model.setData(model.index(0, column), "1,525", Qt.ItemDataRole.EditRole)
    assert _shown(model, column) == ["1,525", "2,000", "3,525", "4,000", "0,475"]
    assert repainted == set(range(5))  # Fritid and KF:s ram did not change, yet look new
    edit = model.index(1, column).data(Qt.ItemDataRole.EditRole)
    assert edit == "2,0"  # typing starts from the amount as stored
    # Back to one decimal when the amount with three is gone.
    assert model.setData(model.index(0, column), "1,5", Qt.ItemDataRole.EditRole)
    assert _shown(model, column) == ["1,5", "2,0", "3,5", "4,0", "0,5"]


def test_the_investments_show_the_tables_decimals(context: PlanContext) -> None:
    model = InvesteringModel(context)
    column = _column(model, "Budget 2026")
    assert _shown(model, column) == ["12,30", "40,00", "7,25", "59,55"]

"""The window as a user's right allows (``ui.rights_view``), with a plan file standing in for a
plan on the server: a läsare's window is read-only; a redaktör limited to one verksamhet edits
only its activities, budget rows and follow-up. The same against a real server:
``tests/ui/test_server_rights_window.py``."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from tests.ui.helpers import answer_next_dialog, editor_of, typed_answer, workspace_of
from vplan_desktop.domain import PlanStatus
from vplan_desktop.server.permissions import Permissions
from vplan_desktop.server.rights_sql import VERKSAMHET_OF
from vplan_desktop.storage.working import EditSession
from vplan_desktop.ui.editors.activities import ActivitiesEditor
from vplan_desktop.ui.editors.budget_grid import DriftbudgetEditor, InvesteringEditor
from vplan_desktop.ui.editors.follow_up_activities import FollowUpActivitiesEditor
from vplan_desktop.ui.editors.follow_up_goals import FollowUpGoalsEditor
from vplan_desktop.ui.main_window import MainWindow
from vplan_desktop.ui.models.table import ColumnTableModel
from vplan_desktop.ui.versions_dialog import VersionsDialog

BARN, VUXEN = "Barn och familj", "Vuxen och missbruk"


def _window(
    qtbot: QtBot, path: Path, permissions: Permissions, *, read_only: bool = False
) -> MainWindow:
    session = EditSession.open(path, read_only=read_only)
    session.permissions = permissions  # type: ignore[attr-defined]  # as a ServerSession has
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.show_session(session)
    return window


def _limited(path: Path, name: str = BARN) -> Permissions:
    from vplan_desktop.db.document import PlanDocument
    from vplan_desktop.services.read import read_plan

    with PlanDocument.open(path, read_only=True) as doc:
        plan = read_plan(doc)
    ids = frozenset(v.id for v in plan.verksamheter if v.namn == name)
    assert len(ids) == 1
    return Permissions(
        verksamheter=ids,
        tables=frozenset(VERKSAMHET_OF),
        adopts=False,
        roll="redaktör",
        names=(name,),
    )


def _editable(model: ColumnTableModel, row: int, column: int) -> bool:
    return bool(model.flags(model.index(row, column)) & Qt.ItemFlag.ItemIsEditable)


def _rows_by_verksamhet(window: MainWindow, model: ColumnTableModel) -> dict[str, int]:
    """A row of each verksamhet in a model whose rows carry ``verksamhet_id``."""
    assert window.context is not None
    names = {v.id: v.namn for v in window.context.plan.verksamheter}
    found: dict[str, int] = {}
    for row in range(model.rowCount()):
        item = model._rows[row]
        verksamhet = getattr(item, "verksamhet_id", None)
        if verksamhet is None and hasattr(item, "activity"):
            verksamhet = item.activity.verksamhet_id
        if verksamhet in names and getattr(item, "kind", "rad") == "rad":
            found.setdefault(names[verksamhet], row)
    assert {BARN, VUXEN} <= set(found), found
    return found


def test_a_lasare_sees_the_plan_read_only(qtbot: QtBot, example_path: Path) -> None:
    lasare = Permissions(writes=False, adopts=False, roll="läsare")
    window = _window(qtbot, example_path, lasare, read_only=True)
    workspace = workspace_of(window)
    assert not workspace.locked_bar.isHidden()
    assert workspace.locked_text.text() == "<b>Du kan läsa planen men inte ändra den (läsare).</b>"
    activities = editor_of(window, "aktiviteter", ActivitiesEditor)
    assert activities.add_button.isHidden() and activities.remove_button.isHidden()
    model = activities.model
    assert not any(
        _editable(model, row, column)
        for row in range(model.rowCount())
        for column in range(model.columnCount())
    )
    assert activities.view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    field = workspace.front_matter.fields["namnd"]
    assert isinstance(field, QLineEdit) and field.isReadOnly()
    for action in (window.import_budget_action, window.version_action, window.reopen_action):
        assert not action.isEnabled()


def test_a_redaktor_for_one_verksamhet_edits_only_its_rows(
    qtbot: QtBot, example_path: Path
) -> None:
    window = _window(qtbot, example_path, _limited(example_path))
    context = window.context
    assert context is not None
    workspace = workspace_of(window)
    assert not workspace.locked_bar.isHidden()
    assert f"”{BARN}”" in workspace.locked_text.text()
    # The plan as a whole is read-only: its uppgifter, and the whole-plan menu entries.
    field = workspace.front_matter.fields["namnd"]
    assert isinstance(field, QLineEdit) and field.isReadOnly()
    for action in (window.import_budget_action, window.version_action, window.reopen_action):
        assert not action.isEnabled()

    activities = editor_of(window, "aktiviteter", ActivitiesEditor)
    model = activities.model
    rows = _rows_by_verksamhet(window, model)
    name = model.column_for("namn")
    assert _editable(model, rows[BARN], name) and not _editable(model, rows[VUXEN], name)
    assert activities.view.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers
    barn_id = next(v.id for v in context.plan.verksamheter if v.namn == BARN)
    assert model.verksamhet_choices() == [(BARN, barn_id)]
    assert not activities.add_button.isHidden() and not activities.remove_button.isHidden()
    other = activities.proxy.mapFromSource(model.index(rows[VUXEN], name))
    activities.view.setCurrentIndex(other)
    assert not activities.remove_button.isEnabled()
    own = activities.proxy.mapFromSource(model.index(rows[BARN], name))
    activities.view.setCurrentIndex(own)
    assert activities.remove_button.isEnabled()
    # Her edit goes through; a new activity is hers.
    assert model.setData(model.index(rows[BARN], name), "Barnens egen aktivitet")
    assert not model.setData(model.index(rows[VUXEN], name), "Inte hennes")
    before = len(context.plan.aktiviteter)
    answer_next_dialog(qtbot, typed_answer(qtbot, "Ny för barnen"))
    activities.add_button.click()
    assert len(context.plan.aktiviteter) == before + 1
    added = next(a for a in context.plan.aktiviteter if a.namn == "Ny för barnen")
    assert added.verksamhet_id == barn_id

    drift = editor_of(window, "drift", DriftbudgetEditor)
    grid = drift.model
    rows = _rows_by_verksamhet(window, grid)
    assert _editable(grid, rows[BARN], 1) and not _editable(grid, rows[VUXEN], 1)
    assert not _editable(grid, rows[BARN], 0)  # the verksamhet's name is the plan's
    others = [r for r in range(grid.rowCount()) if grid._rows[r].kind != "rad"]
    assert others and not any(_editable(grid, r, 1) for r in others)  # totals, KF:s ram
    assert drift.add_button.isHidden() and drift.remove_button.isHidden()
    # A section with nothing of hers is read-only as a whole.
    investments = editor_of(window, "investeringar", InvesteringEditor)
    assert investments.view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers


def test_a_redaktor_for_one_verksamhet_follows_up_only_its_activities(
    qtbot: QtBot, followed_up_path: Path
) -> None:
    window = _window(qtbot, followed_up_path, _limited(followed_up_path))
    context = window.context
    assert context is not None and context.plan.uppfoljningar
    context.set_period(context.plan.uppfoljningar[0].id)
    page = editor_of(window, "aktiviteter", FollowUpActivitiesEditor)
    model = page.model
    rows = _rows_by_verksamhet(window, model)
    columns = [c for c in range(model.columnCount()) if _editable(model, rows[BARN], c)]
    assert columns and not any(_editable(model, rows[VUXEN], c) for c in columns)
    assert page.view.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers
    # The goals' follow-up is the plan's, not hers.
    goals = editor_of(window, "mal", FollowUpGoalsEditor)
    tree = goals.findChild(QAbstractItemView, "malUppfoljning")
    assert tree is not None
    assert tree.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    tree_model = tree.model()
    cells: list[QModelIndex] = []
    parents = [QModelIndex()]
    while parents:
        parent = parents.pop()
        for row in range(tree_model.rowCount(parent)):
            parents.append(tree_model.index(row, 0, parent))
            cells += [tree_model.index(row, c, parent) for c in range(tree_model.columnCount())]
    assert cells and not any(tree_model.flags(cell) & Qt.ItemFlag.ItemIsEditable for cell in cells)


def test_only_an_administrator_is_offered_to_adopt_or_restore(
    qtbot: QtBot, example_path: Path
) -> None:
    redaktor = Permissions(adopts=False, roll="redaktör")  # the whole plan, not adoption
    window = _window(qtbot, example_path, redaktor)
    context = window.context
    assert context is not None
    workspace = workspace_of(window)
    status = workspace.front_matter.status
    status.setCurrentIndex(status.findData(PlanStatus.ANTAGEN.value))
    status.activated.emit(status.currentIndex())
    assert workspace.message.text() == "Bara planens administratörer kan anta planen."
    assert context.plan.uppgifter.status is not PlanStatus.ANTAGEN
    assert status.currentData() != PlanStatus.ANTAGEN.value  # back to the saved status
    assert VersionsDialog(context, window).restore_button.isEnabled()  # hers: the whole plan
    window.close_plan()

    limited = _window(qtbot, example_path, _limited(example_path))
    assert limited.context is not None
    assert not VersionsDialog(limited.context, limited).restore_button.isEnabled()

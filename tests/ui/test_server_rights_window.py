"""The window as the user's right in a plan on the server allows, against a real throw-away
server (``tests/pg_cluster.py``) with real login roles: a läsare gets it read-only, a redaktör
for one verksamhet edits only its rows (and the server has her edits); the start page opens a
plan on the server, a link file opens with ``vplan FILE``, and next year's plan can be made
from a plan on the server."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QLineEdit, QWidget

from tests.pg_cluster import SUPERUSER, Cluster
from tests.server_setup import grant, login_roles, server_database
from tests.ui.helpers import (
    active_window,
    answer_next_dialog,
    editor_of,
    typed_answer,
    workspace_of,
)
from vplan_desktop.cli import main
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.services.read import read_plan
from vplan_desktop.ui.editors.activities import ActivitiesEditor
from vplan_desktop.ui.editors.budget_grid import DriftbudgetEditor
from vplan_desktop.ui.editors.follow_up_activities import FollowUpActivitiesEditor
from vplan_desktop.ui.main_window import MainWindow
from vplan_desktop.ui.models.table import ColumnTableModel
from vplan_desktop.ui.plan_session import place_text
from vplan_desktop.ui.rollover_dialog import RolloverDialog
from vplan_desktop.ui.server_dialog import ServerPlanDialog
from vplan_desktop.ui.server_opening import open_argument
from vplan_desktop.ui.start_page import StartPage

pytestmark = pytest.mark.slow

PLAN = "exempel"
BARN, VUXEN = "Barn och familj", "Vuxen och missbruk"
LASARE_TEXT = "Du kan läsa planen men inte ändra den (läsare)"


@pytest.fixture
def database(pg_cluster: Cluster, followed_up_path: Path) -> Iterator[str]:
    """A database with the example plan and its delår as ``exempel``; dropped after the test
    with the plan's roles."""
    with server_database(pg_cluster, (followed_up_path, PLAN)) as name:
        yield name


@pytest.fixture
def user(pg_cluster: Cluster) -> Iterator[Callable[[str], str]]:
    """Makes login roles as IT would (a unique name each), dropped after the test."""
    with login_roles(pg_cluster) as make:
        yield make


@pytest.fixture
def errors() -> list[str]:
    return []


@pytest.fixture
def window(qtbot: QtBot, errors: list[str]) -> MainWindow:
    return active_window(qtbot, errors)


def _grant(cluster: Cluster, database: str, login: str, *args: str) -> None:
    assert grant(cluster, database, PLAN, login, *args) == 0


def _one(cluster: Cluster, database: str, query: str, *params: Any) -> Any:
    with cluster.connect(database) as connection:
        connection.execute(f'SET search_path TO "plan_{PLAN}"')
        row = connection.execute(query, params).fetchone()
    assert row is not None
    return row[0]


def _editable(model: ColumnTableModel, row: int, column: int) -> bool:
    return bool(model.flags(model.index(row, column)) & Qt.ItemFlag.ItemIsEditable)


def _row_of(model: ColumnTableModel, verksamhet_id: int) -> int:
    """The first row of ``verksamhet_id`` in a model of activities or budget rows."""
    for row in range(model.rowCount()):
        item = model._rows[row]
        found = getattr(item, "verksamhet_id", None)
        if found is None and hasattr(item, "activity"):
            found = item.activity.verksamhet_id
        if found == verksamhet_id and getattr(item, "kind", "rad") == "rad":
            return row
    raise AssertionError(f"no row of verksamhet {verksamhet_id}")


def test_a_lasare_gets_the_plan_read_only_and_may_save_a_copy(
    window: MainWindow,
    pg_cluster: Cluster,
    database: str,
    user: Callable[[str], str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    errors: list[str],
) -> None:
    anna = user("anna")
    _grant(pg_cluster, database, anna, "--roll", "läsare")
    assert open_argument(window, pg_cluster.url(database, PLAN, user=anna)), errors
    context = window.context
    assert context is not None and context.session.read_only
    assert window.saved_label.text() == LASARE_TEXT
    workspace = workspace_of(window)
    assert workspace.locked_text.text() == f"<b>{LASARE_TEXT}.</b>"
    field = workspace.front_matter.fields["namnd"]
    assert isinstance(field, QLineEdit) and field.isReadOnly()
    activities = editor_of(window, "aktiviteter", ActivitiesEditor)
    assert activities.add_button.isHidden() and activities.remove_button.isHidden()
    assert activities.view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    model = activities.model
    assert not any(_editable(model, r, c) for r in range(3) for c in range(model.columnCount()))
    window.update_actions()
    for action in (window.import_budget_action, window.version_action, window.reopen_action):
        assert not action.isEnabled(), action.text()
    # Spara som… is hers: a plan file of what she may read.
    assert window.save_as_action.isEnabled()
    target = tmp_path / "annas kopia.vplan"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    assert window.file_actions.save_as(), errors
    with PlanDocument.open(target, read_only=True) as doc:
        assert read_plan(doc).aktiviteter == context.plan.aktiviteter
    assert errors == []


def test_a_redaktor_for_one_verksamhet_edits_its_rows_on_the_server_and_nothing_else(
    window: MainWindow,
    qtbot: QtBot,
    pg_cluster: Cluster,
    database: str,
    user: Callable[[str], str],
    errors: list[str],
) -> None:
    bo = user("bo")
    _grant(pg_cluster, database, bo, "--roll", "redaktör", "--verksamhet", BARN)
    assert open_argument(window, pg_cluster.url(database, PLAN, user=bo)), errors
    context = window.context
    assert context is not None and not context.session.read_only
    assert f"”{BARN}”" in window.saved_label.text()
    ids = {v.namn: v.id for v in context.plan.verksamheter}
    workspace = workspace_of(window)
    field = workspace.front_matter.fields["namnd"]
    assert isinstance(field, QLineEdit) and field.isReadOnly()
    window.update_actions()
    for action in (window.import_budget_action, window.version_action, window.reopen_action):
        assert not action.isEnabled(), action.text()

    activities = editor_of(window, "aktiviteter", ActivitiesEditor)
    model = activities.model
    name = model.column_for("namn")
    own, other = _row_of(model, ids[BARN]), _row_of(model, ids[VUXEN])
    assert _editable(model, own, name) and not _editable(model, other, name)
    own_id = model._rows[own].id
    assert model.setData(model.index(own, name), "Bo:s aktivitet"), workspace.message.text()
    assert _one(pg_cluster, database, "SELECT namn FROM aktivitet WHERE id = %s", own_id) == (
        "Bo:s aktivitet"
    )
    answer_next_dialog(qtbot, typed_answer(qtbot, "Ny för barnen"))
    activities.add_button.click()
    assert (
        _one(
            pg_cluster,
            database,
            "SELECT verksamhet_id FROM aktivitet WHERE namn = %s",
            "Ny för barnen",
        )
        == ids[BARN]
    )

    drift = editor_of(window, "drift", DriftbudgetEditor)
    grid = drift.model
    own, other = _row_of(grid, ids[BARN]), _row_of(grid, ids[VUXEN])
    assert _editable(grid, own, 1) and not _editable(grid, other, 1)
    assert not _editable(grid, own, 0)  # the verksamhet's name is the plan's
    assert drift.add_button.isHidden()
    assert grid.setData(grid.index(own, 1), "4 711"), workspace.message.text()
    rad = grid._rows[own].id
    assert (
        _one(
            pg_cluster,
            database,
            "SELECT count(*) FROM driftbudget_belopp WHERE rad_id = %s AND belopp = '4711'",
            rad,
        )
        == 1
    )

    # In the delår: her activities' follow-up, not the others'.
    context.set_period(context.plan.uppfoljningar[0].id)
    page = editor_of(window, "aktiviteter", FollowUpActivitiesEditor)
    follow_up = page.model
    own, other = _row_of(follow_up, ids[BARN]), _row_of(follow_up, ids[VUXEN])
    columns = [c for c in range(follow_up.columnCount()) if _editable(follow_up, own, c)]
    assert columns and not any(_editable(follow_up, other, c) for c in columns)
    assert page.view.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers
    assert errors == []


def test_the_start_page_opens_a_plan_on_the_server(
    window: MainWindow,
    qtbot: QtBot,
    pg_cluster: Cluster,
    database: str,
    monkeypatch: pytest.MonkeyPatch,
    errors: list[str],
) -> None:
    monkeypatch.setenv("PGUSER", SUPERUSER)
    page = window.centralWidget()
    assert isinstance(page, StartPage)

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ServerPlanDialog)
        dialog.server.setText(str(pg_cluster.socket_folder))
        dialog.port.setText(str(pg_cluster.port))
        dialog.database.setText(database)
        qtbot.mouseClick(dialog.list_button, Qt.MouseButton.LeftButton)
        dialog.plans.selectRow(0)
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)  # Öppna

    seen = answer_next_dialog(qtbot, fill)
    qtbot.mouseClick(page.server_button, Qt.MouseButton.LeftButton)
    assert seen == ["Öppna från server"]
    assert window.session is not None and window.session.address is not None, errors
    assert window.session.address.plan == PLAN


def test_vplan_opens_a_link_file(
    pg_cluster: Cluster, database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``vplan NAMN.vplan-server`` (what a double-click runs) opens the plan it points to:
    drawn with ``vplan screenshot`` so the test needs no event loop."""
    monkeypatch.setenv("PGUSER", SUPERUSER)
    link = tmp_path / "Socialnämndens plan.vplan-server"
    link.write_text(
        json.dumps(
            {
                "server": str(pg_cluster.socket_folder),
                "port": pg_cluster.port,
                "database": database,
                "plan": PLAN,
            }
        ),
        encoding="utf-8",
    )
    picture = tmp_path / "planen.png"
    assert main(["screenshot", str(link), "--section", "aktiviteter", "-o", str(picture)]) == 0
    assert picture.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_next_years_plan_from_a_plan_on_the_server_is_a_plan_file(
    window: MainWindow,
    qtbot: QtBot,
    pg_cluster: Cluster,
    database: str,
    tmp_path: Path,
    errors: list[str],
) -> None:
    url = pg_cluster.url(database, PLAN)
    assert open_argument(window, url), errors
    context = window.context
    assert context is not None and context.session.address is not None
    place = place_text(context.session.address)
    target = tmp_path / "nästa år.vplan"
    shown: dict[str, Any] = {}

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, RolloverDialog)
        shown.update(
            old=dialog.old.text(),
            note=dialog.server_note.isVisibleTo(dialog),
            copy=dialog.server_copy,
            first=dialog.first.value(),
            summary=dialog.summary.toPlainText(),
            suggested=dialog.new.text(),
        )
        dialog.new.setText(str(target))
        dialog.accept()

    seen = answer_next_dialog(qtbot, fill)
    window.new_from_last_year()
    assert seen == ["Ny plan från förra årets plan"], errors
    assert shown["old"] == place and shown["note"]
    assert shown["first"] == 2028 and "Period: 2027–2029 → 2028–2030" in shown["summary"]
    assert Path(shown["suggested"]).parent == Path.home()
    assert not shown["copy"].parent.exists()  # the copy went with the dialog
    # The new plan is the plan file, open in the window; the plan on the server is unchanged.
    assert window.session is not None and window.session.address is None
    assert window.session.plan == target.absolute()
    with PlanDocument.open(target, read_only=True) as doc:
        assert read_plan(doc).uppgifter.period == "2028–2030"
    assert _one(pg_cluster, database, "SELECT forsta_ar FROM plan") == 2027
    assert errors == []

"""Two people on one plan on the server (a real throw-away server, ``tests/pg_cluster.py``):
Anna Svensson changes a budget cell, an activity's name and an indicator's target; Erik Berg,
whose window still shows the old values, types over each. His edit is refused with "Anna
Svensson ändrade detta kl. HH.MM – din ändring gjordes inte" (her name as ``vplan server
grant … --namn`` gave it, not her login role), and his window shows her value."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from psycopg import sql
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QAbstractItemView, QApplication

from tests.pg_cluster import Cluster
from tests.server_setup import redaktorer, server_database
from tests.ui import conflict_steps
from tests.ui.helpers import context_of
from vplan_desktop.cli import main
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.errors import ConflictError
from vplan_desktop.sections import ItemKind
from vplan_desktop.server import transfer
from vplan_desktop.server.address import parse_address
from vplan_desktop.server.credentials import Credentials
from vplan_desktop.services import items
from vplan_desktop.services.read import read_plan
from vplan_desktop.ui.main_window import MainWindow
from vplan_desktop.ui.server_opening import open_argument

pytestmark = pytest.mark.slow

PLAN = "exempel"


class People:
    """The database with the example plan, and its users: login roles by first name."""

    def __init__(self, cluster: Cluster, database: str, roles: dict[str, str]) -> None:
        self.cluster, self.database, self.roles = cluster, database, roles

    def url(self, who: str) -> str:
        return self.cluster.url(self.database, PLAN, user=self.roles[who])

    def document(self, who: str) -> PlanDocument:
        """The plan as ``who`` has it open: a connection of her own."""
        return transfer.open_server_plan(parse_address(self.url(who)), Credentials())


@pytest.fixture
def people(pg_cluster: Cluster, example_path: Path) -> Iterator[People]:
    """Anna (named "Anna Svensson"), Erik (named "Erik Berg") and Olle (no name given), each
    a redaktör of the example plan."""
    with (
        server_database(pg_cluster, (example_path, PLAN)) as database,
        redaktorer(pg_cluster, database, PLAN) as redaktor,
    ):
        roles = {
            "anna": redaktor("anna", "Anna Svensson"),
            "erik": redaktor("erik", "Erik Berg"),
            "olle": redaktor("olle"),
        }
        yield People(pg_cluster, database, roles)


def test_a_conflict_on_the_server_names_the_person_not_her_login_role(people: People) -> None:
    with people.document("erik") as erik, people.document("anna") as anna:
        activity = read_plan(erik).aktiviteter[0]
        items.update_item(anna, ItemKind.AKTIVITET, activity.id, {"namn": "Annas namn"})
        with pytest.raises(ConflictError) as refused:
            items.update_item(
                erik, ItemKind.AKTIVITET, activity.id, {"namn": "Eriks"}, seen=activity.version
            )
        assert conflict_steps.conflict_pattern("Anna Svensson").match(refused.value.message)
        assert read_plan(erik).aktiviteter[0].namn == "Annas namn"
        # Whoever has no name given is named by her login role; the rows keep the role.
        with people.document("olle") as olle:
            shown = read_plan(erik).aktiviteter[0]
            items.update_item(olle, ItemKind.AKTIVITET, activity.id, {"namn": "Olles namn"})
            with pytest.raises(ConflictError) as refused:
                items.update_item(
                    erik, ItemKind.AKTIVITET, activity.id, {"namn": "Eriks"}, seen=shown.version
                )
        role = people.roles["olle"]
        assert conflict_steps.conflict_pattern(role).match(refused.value.message)
    with people.cluster.connect(people.database) as connection:
        stamp = connection.execute(
            sql.SQL("SELECT andrad_av FROM {}.aktivitet WHERE id = %s").format(
                sql.Identifier(f"plan_{PLAN}")
            ),
            [activity.id],
        ).fetchone()
    assert stamp == (role,)


def test_a_server_from_before_names_gets_them_with_the_first_name_given(
    people: People,
) -> None:
    with people.cluster.connect(people.database) as connection:
        connection.execute("DROP TABLE vplan.anvandare")
    url = people.cluster.url(people.database, PLAN)
    command = ["server", "grant", url, people.roles["erik"], "--roll", "redaktör"]
    assert main([*command, "--namn", "  Erik   Berg "]) == 0
    with people.document("anna") as anna, people.document("erik") as erik:
        activity = read_plan(anna).aktiviteter[0]
        items.update_item(erik, ItemKind.AKTIVITET, activity.id, {"namn": "Eriks namn"})
        with pytest.raises(ConflictError) as refused:
            items.update_item(
                anna, ItemKind.AKTIVITET, activity.id, {"namn": "Annas"}, seen=activity.version
            )
    assert conflict_steps.conflict_pattern("Erik Berg").match(refused.value.message)


@pytest.fixture
def window(qtbot: QtBot, people: People) -> Iterator[MainWindow]:
    """Erik's window on the plan."""
    errors: list[str] = []
    main_window = MainWindow(report_error=lambda _parent, _title, text: errors.append(text))
    qtbot.addWidget(main_window)
    main_window.resize(1280, 800)
    main_window.show()
    assert open_argument(main_window, people.url("erik")), errors
    yield main_window
    assert main_window.close_plan()
    assert errors == []


@pytest.mark.parametrize("step", conflict_steps.CELL_STEPS)
def test_an_edit_over_her_change_is_refused_naming_her_and_shows_her_value(
    qtbot: QtBot, window: MainWindow, people: People, step: conflict_steps.Step
) -> None:
    def enter(view: QAbstractItemView, row: int, column: int, text: str) -> None:
        # What the cell editor hands its model on Enter, at once: the window has not yet
        # heard of her change, so its snapshot still holds the old value.
        model = view.model()
        assert model.setData(model.index(row, column), text) is False

    with people.document("anna") as anna:
        QApplication.processEvents()
        step(qtbot, window, anna, "Anna Svensson", enter)
        # Erik's window reads the plan from the server again: her value is what it holds.
        assert context_of(window).plan == read_plan(anna)

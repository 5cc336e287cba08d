"""A plan on the server in the window, against a real throw-away server (``tests/pg_cluster.py``):
opened by its address, a link file, the dialog or the recent list; every edit is on the server
at once; a refused password is asked for once more; "Spara som…" writes an ordinary plan file."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QLineEdit, QWidget

from tests.pg_cluster import PASSWORD, PASSWORD_ROLE, SUPERUSER, Cluster
from tests.server_setup import server_database
from tests.ui.helpers import (
    active_window,
    answer_next_dialog,
    shown_cells,
    type_text,
    workspace_of,
)
from vplan_desktop.cli import main
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.domain import PlanSnapshot
from vplan_desktop.server import transfer
from vplan_desktop.server.address import PlanAddress, parse_address
from vplan_desktop.server.credentials import Credentials
from vplan_desktop.services.read import read_plan
from vplan_desktop.ui.main_window import MainWindow
from vplan_desktop.ui.plan_session import place_text
from vplan_desktop.ui.server_dialog import ServerPlanDialog
from vplan_desktop.ui.server_opening import open_argument
from vplan_desktop.ui.settings import recent_plans
from vplan_desktop.ui.start_page import StartPage

pytestmark = pytest.mark.slow


@pytest.fixture
def database(pg_cluster: Cluster, example_path: Path, plan_path: Path) -> Iterator[str]:
    """A database prepared for vplan with two plans: the example plan and an empty one."""
    with server_database(pg_cluster, (example_path, "exempel"), (plan_path, "tom")) as name:
        yield name


@pytest.fixture
def errors() -> list[str]:
    return []


@pytest.fixture
def window(qtbot: QtBot, errors: list[str]) -> MainWindow:
    return active_window(qtbot, errors)


def _on_server(address: PlanAddress) -> PlanSnapshot:
    """The plan as the server has it, read through a connection of its own."""
    with transfer.open_server_plan(address, Credentials()) as doc:
        return read_plan(doc)


def _namnd_in_database(cluster: Cluster, database: str, plan: str) -> str:
    with cluster.connect(database) as connection:
        row = connection.execute(f"SELECT namnd FROM plan_{plan}.plan").fetchone()
    assert row is not None
    return str(row[0])


def _type_namnd(qtbot: QtBot, window: MainWindow, text: str) -> None:
    field = workspace_of(window).front_matter.fields["namnd"]
    assert isinstance(field, QLineEdit)
    field.setFocus()
    field.selectAll()
    type_text(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_a_plan_on_the_server_opens_by_its_address_and_each_edit_is_on_the_server(
    window: MainWindow, qtbot: QtBot, pg_cluster: Cluster, database: str, errors: list[str]
) -> None:
    url = pg_cluster.url(database, "exempel")
    address = parse_address(url)
    assert open_argument(window, url), errors
    assert window.context is not None and window.context.plan.uppgifter.namnd == "Socialnämnden"
    place = place_text(address)
    assert window.saved_label.text() == f"Sparas direkt på servern ({place})"
    assert f"på servern {place}" in window.windowTitle()
    assert recent_plans()[0] == address

    _type_namnd(qtbot, window, "Kultur- och fritidsnämnden")
    assert _namnd_in_database(pg_cluster, database, "exempel") == "Kultur- och fritidsnämnden"
    assert _on_server(address).uppgifter.namnd == "Kultur- och fritidsnämnden"
    assert window.saved_label.text() == f"Sparas direkt på servern ({place})"
    assert not window.isWindowModified()
    window.undo()
    assert _namnd_in_database(pg_cluster, database, "exempel") == "Socialnämnden"
    window.file_actions.save_now()  # nothing to write; says where the plan is
    assert window.saved_label.text() == f"Sparas direkt på servern ({place})"
    # Opening it again is the plan already shown; closing lets go of the server.
    assert window.open_plan(address)
    assert window.close_plan()
    assert window.context is None and errors == []
    assert _namnd_in_database(pg_cluster, database, "exempel") == "Socialnämnden"


def test_a_link_file_opens_the_plan_it_points_to(
    window: MainWindow,
    qtbot: QtBot,
    pg_cluster: Cluster,
    database: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    errors: list[str],
) -> None:
    monkeypatch.setenv("PGUSER", SUPERUSER)  # a link file names no user: libpq's own choice
    link = tmp_path / "Socialnämndens plan.vplan-server"
    link.write_text(
        json.dumps(
            {
                "server": str(pg_cluster.socket_folder),
                "port": pg_cluster.port,
                "database": database,
                "plan": "exempel",
            }
        ),
        encoding="utf-8",
    )
    assert window.open_plan(link), errors
    assert window.session is not None and window.session.address is not None
    assert window.session.address.plan == "exempel"
    _type_namnd(qtbot, window, "Nämnden via länken")
    assert _namnd_in_database(pg_cluster, database, "exempel") == "Nämnden via länken"


def test_the_dialog_lists_the_plans_and_opens_one_and_the_recent_list_reopens_it(
    window: MainWindow,
    qtbot: QtBot,
    pg_cluster: Cluster,
    database: str,
    plan_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    errors: list[str],
) -> None:
    monkeypatch.setenv("PGUSER", SUPERUSER)
    listed: list[list[str]] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ServerPlanDialog)
        dialog.server.setText(str(pg_cluster.socket_folder))
        dialog.port.setText(str(pg_cluster.port))
        dialog.database.setText(database)
        qtbot.mouseClick(dialog.list_button, Qt.MouseButton.LeftButton)
        listed.extend(shown_cells(dialog.plans))
        dialog.plans.selectRow(1)
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)  # Öppna

    seen = answer_next_dialog(qtbot, fill)
    action = next(a for a in window.findChildren(QAction) if a.text() == "Öppna från se&rver…")
    action.trigger()
    assert seen == ["Öppna från server"]
    with PlanDocument.open(plan_path, read_only=True) as doc:
        empty = read_plan(doc).uppgifter
    assert listed == [
        ["exempel", "Socialnämnden", "2027–2029"],
        ["tom", empty.namnd, empty.period],
    ]
    assert window.session is not None and window.session.address is not None
    assert window.session.address.plan == "tom" and errors == []
    assert recent_plans()[0] == window.session.address

    # The start page lists it; chosen there, it opens again.
    assert window.close_plan()
    page = window.centralWidget()
    assert isinstance(page, StartPage)
    first = page.recent.item(0)
    assert first is not None and first.text().startswith("tom – på servern")
    page.recent.itemActivated.emit(first)
    assert window.session is not None and window.session.address == recent_plans()[0]
    assert window.close_plan()

    # A plan since taken off the server: the recent entry is explained, nothing opens.
    with pg_cluster.connect(database) as connection:
        connection.execute("DROP SCHEMA plan_tom CASCADE")
        connection.execute("DELETE FROM vplan.plan WHERE namn = 'tom'")
    assert not window.open_plan(recent_plans()[0])
    assert window.context is None
    assert errors == [
        f"Planen ”tom” finns inte i databasen ”{database}”. "
        "Se vilka planer som finns med: vplan server list ADRESS."
    ]


def _answer_passwords(qtbot: QtBot, answers: list[str], asked: list[str]) -> None:
    """Answer the password dialogs as they open, in turn; what each said is kept in ``asked``."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog) or dialog.objectName() != "losenord":
            QTimer.singleShot(20, answer)  # not open yet
            return
        asked.append(dialog.labelText())
        assert dialog.textEchoMode() is QLineEdit.EchoMode.Password
        given = answers.pop(0)
        if answers:
            QTimer.singleShot(20, answer)
        field = dialog.findChild(QLineEdit)
        assert field is not None
        field.setText(given)
        dialog.accept()

    QTimer.singleShot(0, answer)


def test_a_password_is_asked_for_and_a_wrong_one_once_more(
    window: MainWindow, qtbot: QtBot, pg_cluster: Cluster, database: str, errors: list[str]
) -> None:
    grant = ["server", "grant", pg_cluster.url(database, "exempel"), PASSWORD_ROLE, "--roll"]
    assert main([*grant, "läsare"]) == 0
    url = pg_cluster.url(database, "exempel", user=PASSWORD_ROLE)
    asked: list[str] = []
    _answer_passwords(qtbot, ["fel-lösen", PASSWORD], asked)
    assert open_argument(window, url), errors
    server = parse_address(url).server
    assert asked[0] == f"Lösenord för {PASSWORD_ROLE} på {server}:"
    assert asked[1].startswith(f"Servern {server} godtog inte lösenordet för {PASSWORD_ROLE}.")
    assert asked[1].endswith(asked[0])
    assert window.context is not None and window.context.plan.uppgifter.namnd == "Socialnämnden"
    assert all(PASSWORD not in str(entry) for entry in recent_plans())
    # A läsare's window is read-only (the server would refuse her edit): nothing changes.
    assert window.saved_label.text() == "Du kan läsa planen men inte ändra den (läsare)"
    _type_namnd(qtbot, window, "Läsarens nämnd")
    assert workspace_of(window).front_matter.fields["namnd"].isReadOnly()
    assert _namnd_in_database(pg_cluster, database, "exempel") == "Socialnämnden"
    assert window.context.plan.uppgifter.namnd == "Socialnämnden"
    assert window.close_plan()

    # Wrong twice: said in Swedish, and nothing opens.
    asked.clear()
    _answer_passwords(qtbot, ["fel", "fel igen"], asked)
    assert not open_argument(window, url)
    assert len(asked) == 2 and window.context is None
    assert errors == [
        f"Servern {server} godtog inte lösenordet för {PASSWORD_ROLE}. Kontrollera lösenordet "
        "och försök igen."
    ]


def test_save_as_writes_an_ordinary_plan_file_equal_to_the_plan_on_the_server(
    window: MainWindow,
    qtbot: QtBot,
    pg_cluster: Cluster,
    database: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    errors: list[str],
) -> None:
    address = parse_address(pg_cluster.url(database, "exempel"))
    assert window.open_plan(address), errors
    _type_namnd(qtbot, window, "Nämnden före kopian")
    target = tmp_path / "kopia.vplan"
    target.write_bytes(b"en gammal fil som skrivs over")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    assert window.file_actions.save_as(), errors
    with PlanDocument.open(target, read_only=True) as doc:
        copied = read_plan(doc)
    assert copied == _on_server(address)
    assert copied.uppgifter.namnd == "Nämnden före kopian"
    assert window.saved_label.text() == "En kopia av planen på servern är sparad i kopia.vplan"
    # The plan on the server is still the one open: the next edit goes there, not to the copy.
    assert window.session is not None and window.session.address == address
    _type_namnd(qtbot, window, "Nämnden efter kopian")
    assert _namnd_in_database(pg_cluster, database, "exempel") == "Nämnden efter kopian"
    with PlanDocument.open(target, read_only=True) as doc:
        assert read_plan(doc).uppgifter.namnd == "Nämnden före kopian"
    assert not list(tmp_path.glob(".vplan-hamtas-*"))


def test_a_certificate_for_another_name_is_explained_and_a_checked_one_opens(
    window: MainWindow, pg_cluster: Cluster, database: str, errors: list[str]
) -> None:
    if not pg_cluster.tls:
        pytest.skip("no openssl to make the test server's certificate")
    root = f"sslrootcert={pg_cluster.authority}"
    by_number = f"postgresql://{SUPERUSER}@127.0.0.1:{pg_cluster.port}/{database}?{root}#exempel"
    assert not open_argument(window, by_number)
    assert len(errors) == 1 and errors[0].startswith(
        "Serverns certifikat gäller inte för ”127.0.0.1”: det kan vara fel server"
    )
    assert window.context is None
    # Checking only who signed it, as the address may ask, opens the plan over TLS.
    assert open_argument(window, by_number.replace("#", "&sslmode=verify-ca#")), errors
    assert window.context is not None and window.context.plan.uppgifter.namnd == "Socialnämnden"


def test_the_dialog_lists_the_database_the_fields_name_when_they_change(
    qtbot: QtBot, pg_cluster: Cluster, database: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PGUSER", SUPERUSER)
    dialog = ServerPlanDialog()
    qtbot.addWidget(dialog)
    dialog.server.setText(str(pg_cluster.socket_folder))
    dialog.port.setText(str(pg_cluster.port))
    dialog.database.setText("postgres")
    assert not dialog.list_plans()
    assert dialog.error.text().startswith("Databasen ”postgres” är inte förberedd för vplan.")
    dialog.database.setText(database)
    dialog.accept()  # Öppna lists the plans first, and waits for one to be chosen
    assert dialog.result() == 0 and dialog.chosen is None
    assert [row[0] for row in shown_cells(dialog.plans)] == ["exempel", "tom"]
    dialog.plans.selectRow(0)
    dialog.accept()
    chosen = dialog.chosen
    assert chosen is not None
    assert (chosen.host, chosen.port, chosen.database, chosen.plan) == (
        str(pg_cluster.socket_folder),
        pg_cluster.port,
        database,
        "exempel",
    )
    assert dialog.result() == 1

"""Opening a plan on a server, without a server: the dialog's checks of what the user typed,
link files and addresses that are refused before anything is asked, the recent list and the
command line handing an address to the window."""

from __future__ import annotations

from pathlib import Path
from typing import cast

import pytest
from pytestqt.qtbot import QtBot

from vplan_desktop import cli
from vplan_desktop.errors import ServerError
from vplan_desktop.server.address import PlanAddress, parse_address
from vplan_desktop.ui.main_window import MainWindow
from vplan_desktop.ui.plan_session import PlanSession, opened_status, place_text, shows, title_place
from vplan_desktop.ui.server_dialog import ServerPlanDialog, address_from_fields
from vplan_desktop.ui.server_opening import open_argument
from vplan_desktop.ui.settings import forget_plan, recent_plans, remember_plan, settings
from vplan_desktop.ui.start_page import describe


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        (("", "", "", "vplan"), "Ange servern"),
        (("", "server.kommun.se", "", ""), "Ange databasen på servern"),
        (("", "server.kommun.se", "54x2", "vplan"), "Porten ”54x2” är inget portnummer"),
        (("", "server.kommun.se", "70000", "vplan"), "Porten ”70000” är inget portnummer"),
        (("", "server kommun", "", "vplan"), "Servernamnet ”server kommun” är inte ett giltigt"),
        (("postgresql://anna:hemligt@server/vplan", "", "", ""), "innehåller ett lösenord"),
        (("http://server/vplan", "", "", ""), "är ingen serveradress"),
    ],
)
def test_the_dialog_refuses_what_cannot_be_an_address(
    fields: tuple[str, str, str, str], message: str
) -> None:
    with pytest.raises(ServerError, match=message):
        address_from_fields(*fields)


def test_the_dialog_reads_the_fields_or_the_pasted_address() -> None:
    typed = address_from_fields("", " server.kommun.se ", "5433", "vplan")
    assert (typed.host, typed.port, typed.database, typed.plan) == (
        "server.kommun.se",
        5433,
        "vplan",
        None,
    )
    assert typed.sslmode == "verify-full"
    socket = address_from_fields("", "/run/postgresql", "", "planer")
    assert (socket.host, socket.port, socket.database) == ("/run/postgresql", None, "planer")
    pasted = address_from_fields("postgresql://server.kommun.se/vplan#soc-2026", "x", "", "")
    assert pasted.plan == "soc-2026" and pasted.host == "server.kommun.se"


def test_the_dialog_says_what_is_missing_and_stays_open(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = ServerPlanDialog()
    qtbot.addWidget(dialog)
    dialog.database.setText("vplan")
    dialog.accept()
    assert dialog.result() == 0 and dialog.chosen is None
    assert dialog.error.text().startswith("Ange servern")
    link = tmp_path / "plan.vplan-server"
    link.write_text(
        '{"server": "server.kommun.se", "database": "vplan", "plan": "x", "password": "hemligt"}',
        encoding="utf-8",
    )
    dialog.use_link(link)
    assert "innehåller ett lösenord" in dialog.error.text()
    assert dialog.plans.rowCount() == 0


@pytest.fixture
def errors() -> list[str]:
    return []


@pytest.fixture
def window(qtbot: QtBot, errors: list[str]) -> MainWindow:
    main = MainWindow(report_error=lambda _parent, _title, text: errors.append(text))
    qtbot.addWidget(main)
    return main


def test_a_bad_link_file_or_address_is_explained_and_nothing_opens(
    window: MainWindow, tmp_path: Path, errors: list[str]
) -> None:
    link = tmp_path / "plan.vplan-server"
    link.write_text('{"server": "server.kommun.se", "database": "vplan"}', encoding="utf-8")
    assert not window.open_plan(link)
    assert not window.open_plan(tmp_path / "saknas.vplan-server")
    assert not open_argument(window, "postgresql://server.kommun.se/vplan")
    assert not open_argument(window, "postgresql://server.kommun.se:99999/vplan#x")
    assert errors == [
        "Länkfilen ”plan.vplan-server” är inte en giltig vplan-länk: fältet ”plan” saknas.",
        "Länkfilen ”saknas.vplan-server” finns inte.",
        "Adressen säger inte vilken plan som avses: lägg till planens namn efter #, till "
        "exempel postgresql://server.kommun.se/vplan#socialnamnden-2026.",
        "Porten ”99999” är inget portnummer (1–65535).",
    ]
    assert window.context is None


def test_no_server_at_the_address_is_explained(
    window: MainWindow, tmp_path: Path, errors: list[str]
) -> None:
    empty = tmp_path / "ingen-server"
    empty.mkdir()
    quoted = str(empty).replace("/", "%2F")
    assert not open_argument(window, f"postgresql://{quoted}/vplan#plan")
    assert errors == [f"Ingen databasserver lyssnar i {empty}."]
    assert window.context is None


def test_a_plan_on_a_server_is_remembered_beside_files_and_described(tmp_path: Path) -> None:
    address = parse_address(
        "postgresql://anna@server.kommun.se:5433/vplan?sslrootcert=%2Fetc%2Fca.crt#soc-2026"
    )
    plan = tmp_path / "plan.vplan"
    remember_plan(plan)
    remember_plan(address)
    remember_plan(address)  # once in the list
    assert recent_plans() == [address, plan.resolve()]
    # An entry this vplan cannot read (written by hand, or by a later vplan) is passed over.
    settings().setValue("recent", [*settings().value("recent"), "postgresql://x/y#Fel Namn"])
    assert recent_plans() == [address, plan.resolve()]
    text, ok = describe(address)
    assert ok and text == "soc-2026 – på servern\nserver.kommun.se:5433/vplan#soc-2026"
    forget_plan(address)
    assert recent_plans() == [plan.resolve()]


class _Session:
    """Just enough of a session for the texts: a plan on a server, or a file."""

    def __init__(self, address: PlanAddress | None, plan: Path, read_only: bool = False):
        self.address = address
        self.plan = plan
        self.read_only = read_only


def test_the_window_says_where_a_plan_on_a_server_is(tmp_path: Path) -> None:
    address = parse_address("postgresql://server.kommun.se/vplan#soc-2026")
    on_server = cast(PlanSession, _Session(address, tmp_path / "soc-2026.vplan"))
    a_file = cast(PlanSession, _Session(None, tmp_path / "soc-2026.vplan"))
    assert place_text(address) == "server.kommun.se/vplan#soc-2026"
    assert opened_status(on_server) == "Sparas direkt på servern (server.kommun.se/vplan#soc-2026)"
    assert opened_status(a_file) == "Öppnad – ändringar sparas medan du arbetar"
    assert title_place(on_server) == " – på servern server.kommun.se/vplan#soc-2026"
    assert title_place(a_file) == ""
    # A file of the same name is not the plan on the server, nor the other way round.
    assert not shows(on_server, tmp_path / "soc-2026.vplan")
    assert shows(a_file, tmp_path / "soc-2026.vplan")
    assert shows(on_server, address) and not shows(a_file, address)


def test_the_command_line_hands_an_address_to_the_window_as_text(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    given: list[object] = []

    def starter(path: object, **_options: object) -> int:
        given.append(path)
        return 0

    monkeypatch.setattr(cli, "_find_gui", lambda: starter)
    url = "postgresql://server.kommun.se/vplan#soc-2026"
    link = tmp_path / "plan.vplan-server"
    assert cli.main([url]) == 0
    assert cli.main([str(link)]) == 0
    assert given == [url, link]

"""Plan files changed by hand or made to harm: refused when opened, never run, never written.

Each plan is made by vplan and then changed through sqlite3 as someone outside vplan could
change it: SQL that SQLite would run by itself (a trigger, a view), tables vplan did not make,
values no column of vplan's can hold. Opening it – in the core, with ``vplan``, in the window –
must end in a Swedish message, with the file's bytes as they were and nothing left beside it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from alembic import command
from alembic.config import Config
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, select, text

from vplan_desktop.cli import main
from vplan_desktop.db import document as document_module
from vplan_desktop.db import file_header, fingerprint
from vplan_desktop.db import models as m
from vplan_desktop.db.document import PlanDocument, check_file
from vplan_desktop.db.file_header import SCHEMA_VERSION, read_header
from vplan_desktop.errors import PlanFileError
from vplan_desktop.planning.versions import save_version
from vplan_desktop.services.adoption import log_event
from vplan_desktop.services.read import read_plan
from vplan_desktop.storage import locks
from vplan_desktop.storage.places import working_folder
from vplan_desktop.storage.working import EditSession

ALTERED = "är inte en vplan-plan eller ändrad utanför vplan"
DAMAGED = "är skadad och kan inte öppnas"
NOT_A_FILE = "är inte en vanlig fil"


def _tamper(path: Path, *statements: str) -> None:
    """Change the plan as a hand with sqlite3 would, CHECK constraints switched off."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA ignore_check_constraints = ON")
        for statement in statements:
            connection.execute(statement)
    finally:
        connection.close()


def _rewrite_schema(path: Path, table: str, old: str, new: str) -> None:
    """Replace ``old`` by ``new`` in the CREATE TABLE text SQLite keeps for ``table``."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        (sql,) = connection.execute(
            "SELECT sql FROM sqlite_master WHERE name = ?", (table,)
        ).fetchone()
        assert old in sql
        connection.execute("PRAGMA writable_schema = ON")
        connection.execute(
            "UPDATE sqlite_master SET sql = ? WHERE name = ?", (sql.replace(old, new), table)
        )
    finally:
        connection.close()


def _null_in_a_not_null_column(path: Path) -> None:
    _rewrite_schema(path, "kapitel", "rubrik TEXT NOT NULL", "rubrik TEXT")
    _tamper(path, "UPDATE kapitel SET rubrik = NULL")
    _rewrite_schema(path, "kapitel", "rubrik TEXT,", "rubrik TEXT NOT NULL,")


def _sql(*statements: str) -> Callable[[Path], None]:
    return lambda path: _tamper(path, *statements)


FIRST_COST = "(SELECT min(id) FROM aktivitet WHERE kostnad_tkr IS NOT NULL)"
HOSTILE: dict[str, tuple[Callable[[Path], None], str]] = {
    "trigger": (
        _sql("CREATE TRIGGER t AFTER UPDATE ON plan BEGIN DELETE FROM aktivitet; END"),
        f"{ALTERED}: den innehåller SQL-kod som vplan inte har skrivit (triggern ”t”)",
    ),
    "vy": (
        _sql("CREATE VIEW v AS SELECT * FROM aktivitet"),
        f"{ALTERED}: den innehåller SQL-kod som vplan inte har skrivit (vyn ”v”)",
    ),
    "extra-tabell": (
        _sql("CREATE TABLE extra (x TEXT)"),
        f"{ALTERED}: tabellen ”extra” hör inte till en vplan-plan",
    ),
    "extra-kolumn": (
        _sql("ALTER TABLE kapitel ADD COLUMN extra TEXT"),
        f"{ALTERED}: tabellen ”kapitel” är inte som vplan gör den",
    ),
    "annan-typ": (
        lambda p: _rewrite_schema(p, "kapitel", "rubrik TEXT", "rubrik BLOB"),
        f"{ALTERED}: tabellen ”kapitel”",
    ),
    "extra-index": (
        _sql("CREATE INDEX ix_extra ON aktivitet (namn)"),
        f"{ALTERED}: tabellen ”aktivitet”",
    ),
    "saknad-tabell": (_sql("DROP TABLE logg"), f"{ALTERED}: tabellen ”logg” saknas"),
    "inte-utf8": (
        _sql("UPDATE kapitel SET text = CAST(x'fffe41' AS TEXT)"),
        f"{DAMAGED}: ett värde i planen (kapitel.text) går inte att läsa",
    ),
    "okand-planstatus": (_sql("UPDATE plan SET status = 'kanske'"), "(plan.status)"),
    "okand-aktivitetsstatus": (
        _sql("UPDATE aktivitet SET status = 'snart'"),
        "(aktivitet.status)",
    ),
    "text-i-belopp": (
        _sql("UPDATE driftbudget_belopp SET belopp = 'abc'"),
        "(driftbudget_belopp.belopp)",
    ),
    "text-i-kostnad": (
        _sql(f"UPDATE aktivitet SET kostnad_tkr = 'mycket' WHERE id = {FIRST_COST}"),
        "(aktivitet.kostnad_tkr)",
    ),
    "inget-datum": (
        _sql("UPDATE aktivitet SET startdatum = '2027-02-30' WHERE startdatum IS NOT NULL"),
        "(aktivitet.startdatum)",
    ),
    "blob-i-text": (_sql("UPDATE plan SET namnd = x'00ff'"), "(plan.namnd)"),
    "text-i-ja-nej": (
        _sql("UPDATE kapitel SET omvarldsanalys = 'ja'"),
        "(kapitel.omvarldsanalys)",
    ),
    "null-i-not-null": (_null_in_a_not_null_column, DAMAGED),
}


def _count(path: Path, table: str) -> int:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        connection.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _assert_nothing_left(plan: Path) -> None:
    """No working copy, lock or temporary file beside the plan or in vplan's own folder."""
    assert list(plan.parent.iterdir()) == [plan]
    assert not locks.lock_path(plan).exists()
    assert not working_folder().exists() or list(working_folder().iterdir()) == []


@pytest.fixture
def own_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temporary folder of this test's own, so that a private copy left behind shows."""
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    monkeypatch.setenv("TMPDIR", str(folder))
    return folder


@pytest.fixture
def hostile_folder(example_path: Path) -> Path:
    """A folder holding nothing but the (not yet changed) example plan."""
    folder = example_path.parent / "planer"
    folder.mkdir()
    return Path(example_path.rename(folder / example_path.name))


@pytest.mark.parametrize(("damage", "message"), HOSTILE.values(), ids=list(HOSTILE))
def test_a_changed_plan_is_refused_everywhere(
    hostile_folder: Path,
    own_temp: Path,
    damage: Callable[[Path], None],
    message: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    plan = hostile_folder
    damage(plan)
    before = _digest(plan)
    openers: list[Callable[[], object]] = [
        lambda: PlanDocument.open(plan),
        lambda: PlanDocument.open(plan, read_only=True),
        lambda: EditSession.open(plan),
        lambda: EditSession.open(plan, read_only=True),
    ]
    for opener in openers:
        with pytest.raises(PlanFileError) as raised:
            opener()
        assert message in raised.value.message
        assert raised.value.message.startswith(f"”{plan.name}”")
        assert "\n" not in raised.value.message
    for args in (["info"], ["validate"], ["export", "--format", "json", "-o", "-"]):
        assert main([args[0], str(plan), *args[1:]]) == 2
        captured = capsys.readouterr()
        assert message in captured.err and "Traceback" not in captured.err
        assert captured.out == ""
    assert _digest(plan) == before
    _assert_nothing_left(plan)
    assert list(own_temp.iterdir()) == []


def test_a_trigger_never_runs_on_a_budget_import(
    hostile_folder: Path, own_temp: Path, tmp_path: Path
) -> None:
    """The import changes budget amounts; a trigger on them would empty the plan."""
    plan = hostile_folder
    activities = _count(plan, "aktivitet")
    assert activities > 0
    book = tmp_path / "budget.xlsx"
    assert main(["export", str(plan), "--format", "xlsx", "-o", str(book)]) == 0
    workbook = openpyxl.load_workbook(book)
    workbook["Driftbudget"]["E6"] = 49100
    workbook.save(book)
    _tamper(
        plan,
        "CREATE TRIGGER t AFTER UPDATE ON plan BEGIN DELETE FROM aktivitet; END",
        "CREATE TRIGGER tomt AFTER UPDATE ON driftbudget_belopp BEGIN DELETE FROM aktivitet; END",
    )
    before = _digest(plan)
    result = _run_vplan("import-budget", plan, book, "--verkstall", temp=own_temp)
    assert result.returncode == 2
    assert f"”{plan.name}” {ALTERED}" in result.stderr
    assert "Traceback" not in result.stderr and "genomförda" not in result.stdout
    assert _digest(plan) == before
    assert _count(plan, "aktivitet") == activities
    _assert_nothing_left(plan)
    assert list(own_temp.iterdir()) == []


def test_changed_plans_are_explained_in_the_window(hostile_folder: Path, qtbot: QtBot) -> None:
    from vplan_desktop.ui.main_window import MainWindow

    said: list[str] = []
    window = MainWindow(report_error=lambda parent, title, message: said.append(message))
    qtbot.addWidget(window)
    for name in ("trigger", "extra-tabell", "inte-utf8", "okand-planstatus", "text-i-belopp"):
        plan = hostile_folder.with_name(f"{name}.vplan")
        plan.write_bytes(hostile_folder.read_bytes())
        damage, message = HOSTILE[name]
        damage(plan)
        before = _digest(plan)
        assert not window.open_plan(plan)
        assert message in said[-1]
        assert _digest(plan) == before
        assert not locks.lock_path(plan).exists()
    assert window.context is None


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE kapitel SET text = CAST(x'fffe41' AS TEXT)",
        "UPDATE plan SET status = 'kanske'",
        "UPDATE aktivitet SET startdatum = '2027-02-30' WHERE startdatum IS NOT NULL",
        f"UPDATE aktivitet SET kostnad_tkr = 'mycket' WHERE id = {FIRST_COST}",
    ],
    ids=["inte-utf8", "okand-status", "inget-datum", "text-i-kostnad"],
)
def test_a_plan_changed_while_open_is_said_to_be_damaged(
    example_path: Path, statement: str
) -> None:
    """The second line: a value spoilt after the checks at opening still gives the message."""
    with PlanDocument.open(example_path, read_only=True) as doc:
        read_plan(doc)
        _tamper(example_path, statement)
        with pytest.raises(PlanFileError) as raised:
            read_plan(doc)
    assert raised.value.message == (
        f"”exempel.vplan” {DAMAGED}: ett värde i planen går inte att läsa. Öppna en säkerhetskopia."
    )


def test_every_kind_of_value_vplan_writes_passes_the_check(example_path: Path) -> None:
    """Numbers in exponent form, times with and without microseconds, a version's bytes."""
    with PlanDocument.open(example_path) as doc:
        save_version(doc, "Till arbetsutskottet")
        log_event(doc, "Prov", "åäö")
        with doc.transaction() as session:
            session.add(m.Logg(tid=dt.datetime(2026, 11, 24, 10, 0, 0, 123456), handelse="Prov"))
            costs = session.scalars(select(m.Aktivitet).order_by(m.Aktivitet.id)).all()
            costs[0].kostnad_tkr, costs[0].egen_tid = Decimal("1.5E+7"), False
            costs[1].kostnad_tkr, costs[1].egen_tid = Decimal("-0.0000001"), False
            session.get_one(m.Plan, 1).antagen_datum = dt.date(2028, 2, 29)
    assert main(["info", str(example_path)]) == 0
    with PlanDocument.open(example_path, read_only=True) as doc:
        assert read_plan(doc).aktiviteter[0].kostnad_tkr == Decimal("1.5E+7")


# --- the structure, not the SQL text ----------------------------------------------------------


def test_the_recorded_fingerprints_are_those_the_migrations_make() -> None:
    """A new migration without its fingerprint recorded fails here: run
    ``python -m vplan_desktop.db.fingerprint --write``."""
    built = fingerprint.built_fingerprints()
    assert set(built) == document_module.known_revisions()
    assert fingerprint.recorded() == built, "run python -m vplan_desktop.db.fingerprint --write"


def test_the_same_tables_written_differently_still_open(example_path: Path) -> None:
    """SQLite and migrations write the same table in other words; only the structure counts."""
    _rewrite_schema(example_path, "kapitel", "rubrik TEXT NOT NULL", "rubrik  text  NOT NULL")
    _tamper(example_path, "ANALYZE")  # SQLite's own statistics tables are not the plan's
    with PlanDocument.open(example_path, read_only=True) as doc:
        assert read_plan(doc).kapitel


def _plan_at(path: Path, revision: str) -> None:
    """A plan written by the vplan whose newest migration was ``revision``."""
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA application_id = {file_header.APPLICATION_ID}")
    connection.close()
    config = Config()
    config.set_main_option("script_location", str(document_module._MIGRATIONS))
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
        conn.execute(
            text(
                "INSERT INTO plan (id, kommun, namnd, forvaltning, titel, forsta_ar, sista_ar,"
                " ordforande, ordforande_parti, forvaltningschef, diarienummer, status,"
                " antagen_paragraf, riskskala) VALUES (1, 'K', 'Kulturnämnden', '', 'T', 2026,"
                " 2027, '', '', '', '', 'under_beredning', '', 4)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO kapitel (id, ordning, rubrik, text, omvarldsanalys)"
                " VALUES (1, 0, 'Inledning', 'Text med åäö.', 0)"
            )
        )
    engine.dispose()


@pytest.mark.parametrize("revision", ["0001", "0002"])
def test_plans_of_earlier_revisions_open_and_are_upgraded(tmp_path: Path, revision: str) -> None:
    path = tmp_path / "gammal.vplan"
    _plan_at(path, revision)
    assert check_file(path).user_version == int(revision)
    before = _digest(path)
    with PlanDocument.open(path, read_only=True) as doc:
        assert read_plan(doc).kapitel[0].text == "Text med åäö."
    assert _digest(path) == before
    session = EditSession.open(path)
    assert read_plan(session.document).uppgifter.namnd == "Kulturnämnden"
    session.close()
    with PlanDocument.open(path) as doc:
        assert read_plan(doc).kapitel[0].rubrik == "Inledning"
    assert check_file(path).user_version == SCHEMA_VERSION  # and built as the newest vplan does
    assert (tmp_path / f"gammal.vplan.format{int(revision)}.bak").exists()


@pytest.mark.parametrize("revision", ["0001", "0002"])
def test_an_older_plan_with_a_trigger_is_refused_before_it_is_upgraded(
    tmp_path: Path, revision: str
) -> None:
    path = tmp_path / "gammal.vplan"
    _plan_at(path, revision)
    _tamper(path, "CREATE TRIGGER t AFTER INSERT ON alembic_version BEGIN DELETE FROM kapitel; END")
    before = _digest(path)
    for read_only in (False, True):
        with pytest.raises(PlanFileError, match=ALTERED):
            PlanDocument.open(path, read_only=read_only)
    assert _digest(path) == before
    assert sorted(tmp_path.iterdir()) == [path]  # no backup taken, nothing migrated


# --- not a file at all ------------------------------------------------------------------------

posix_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")


def _finishes(action: Callable[[Path], object], path: Path) -> BaseException | None:
    """Run ``action(path)`` in a thread; the exception it raised, failing if it does not end."""
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            action(path)
            outcome.append(None)
        except BaseException as error:
            outcome.append(error)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(timeout=30)
    assert outcome, "opening did not return: it waits on the pipe"
    return outcome[0]


def _run_vplan(*args: str | Path, temp: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if temp is not None:
        env["TMPDIR"] = str(temp)
    return subprocess.run(
        [sys.executable, "-m", "vplan_desktop", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


@posix_only
def test_a_pipe_or_a_device_is_not_a_plan(tmp_path: Path) -> None:
    pipe = tmp_path / "ror.vplan"
    os.mkfifo(pipe)
    for path in (pipe, Path("/dev/zero"), Path("/dev/null")):
        for action in (
            read_header,
            lambda p: PlanDocument.open(p, read_only=True),
            EditSession.open,
        ):
            error = _finishes(action, path)
            assert isinstance(error, PlanFileError)
            assert error.message == (
                f"”{path.name}” {NOT_A_FILE} utan en pipe, en enhet eller liknande, och kan "
                "inte vara en plan."
            )
    assert sorted(tmp_path.iterdir()) == [pipe]


@posix_only
def test_vplan_info_on_a_pipe_ends_at_once(tmp_path: Path) -> None:
    pipe = tmp_path / "ror.vplan"
    os.mkfifo(pipe)
    result = _run_vplan("info", pipe)
    assert result.returncode == 2
    assert f"”ror.vplan” {NOT_A_FILE}" in result.stderr and "Traceback" not in result.stderr


@posix_only
def test_a_pipe_beside_a_plan_is_refused(example_path: Path) -> None:
    """SQLite would open a journal beside the plan to read it, and wait on a pipe forever."""
    journal = example_path.with_name(example_path.name + "-journal")
    os.mkfifo(journal)
    error = _finishes(lambda p: PlanDocument.open(p, read_only=True), example_path)
    assert isinstance(error, PlanFileError)
    assert "”exempel.vplan-journal”, som inte är en vanlig fil" in error.message


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links")
def test_a_link_to_a_plan_opens(example_path: Path, tmp_path: Path) -> None:
    link = tmp_path / "genväg.vplan"
    link.symlink_to(example_path)
    with PlanDocument.open(link, read_only=True) as doc:
        assert read_plan(doc).uppgifter.namnd == "Socialnämnden"

"""Plans on a PostgreSQL server, against a real throw-away server (``tests/pg_cluster.py``):
prepare a database, upload, list, download, and the messages when something is missing."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import socket
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import create_engine, select, text

from tests.pg_cluster import SUPERUSER, Cluster, find_bindir
from tests.server_setup import server_database
from vplan_desktop.cli import main
from vplan_desktop.compare import diff_plans, format_differences, load_side
from vplan_desktop.db import models as m
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.domain import PlanSnapshot
from vplan_desktop.errors import PlanFileError, ServerError
from vplan_desktop.server import transfer
from vplan_desktop.server.address import PlanAddress, parse_address
from vplan_desktop.server.credentials import Credentials
from vplan_desktop.services.read import read_plan

pytestmark = pytest.mark.slow


@pytest.fixture
def database(pg_cluster: Cluster) -> Iterator[str]:
    """A new empty database on the test server, dropped after the test."""
    with server_database(pg_cluster, init=False) as name:
        yield name


@pytest.fixture
def prepared(pg_cluster: Cluster, database: str) -> str:
    """A database made ready for vplan with ``vplan server init``."""
    assert main(["server", "init", pg_cluster.url(database)]) == 0
    return database


def _address(cluster: Cluster, database: str, plan: str | None = None) -> PlanAddress:
    return parse_address(cluster.url(database, plan))


def _file_plan(path: Path) -> PlanSnapshot:
    with PlanDocument.open(path, read_only=True) as doc:
        return read_plan(doc)


def _server_plan(address: PlanAddress) -> PlanSnapshot:
    with transfer.open_server_plan(address, Credentials()) as doc:
        return read_plan(doc)


def _rows(cluster: Cluster, database: str, query: str) -> list[tuple[Any, ...]]:
    with cluster.connect(database) as connection:
        return connection.execute(query).fetchall()


# --- init ------------------------------------------------------------------------------------


def test_init_prepares_the_database_once_and_again_changes_nothing(
    pg_cluster: Cluster, database: str, capsys: pytest.CaptureFixture[str], example_path: Path
) -> None:
    url = pg_cluster.url(database)
    assert main(["server", "init", url]) == 0
    assert "är förberedd för vplan" in capsys.readouterr().out
    tables = "SELECT table_name FROM information_schema.tables WHERE table_schema = 'vplan'"
    assert sorted(_rows(pg_cluster, database, tables)) == [("databas",), ("plan",)]
    assert main(["server", "upload", str(example_path), pg_cluster.url(database, "exempel")]) == 0
    before = _rows(pg_cluster, database, "SELECT * FROM vplan.plan")
    capsys.readouterr()
    assert main(["server", "init", url]) == 0
    assert "var redan förberedd" in capsys.readouterr().out
    assert _rows(pg_cluster, database, "SELECT * FROM vplan.plan") == before
    assert _rows(pg_cluster, database, "SELECT format FROM vplan.databas") == [(1,)]
    assert _server_plan(_address(pg_cluster, database, "exempel")) == _file_plan(example_path)


def test_the_migrations_make_the_models_tables_on_postgresql(
    pg_cluster: Cluster, prepared: str, plan_path: Path
) -> None:
    """The migrations written for SQLite give, in a plan's schema, exactly the tables,
    columns, constraints and indexes the models describe (apart from the defaults the
    migrations give columns they add)."""
    transfer.upload(plan_path, _address(pg_cluster, prepared, "tom"), Credentials())
    with pg_cluster.connect(prepared) as connection:
        connection.execute("CREATE SCHEMA modeller")
    engine = create_engine(
        "postgresql+psycopg://",
        creator=lambda: pg_cluster.connect(prepared, autocommit=False),
        pool_size=1,
    )
    try:
        with engine.begin() as connection:
            connection.execute(text("SET LOCAL search_path TO modeller"))
            m.Base.metadata.create_all(connection)
            migrated = _catalogue(connection, "plan_tom")
            modelled = _catalogue(connection, "modeller")
    finally:
        engine.dispose()
    assert len(modelled) > 300
    assert migrated - modelled == {
        ("column", "alembic_version", "version_num", "character varying", "NO"),
        ("constraint", "alembic_version", "alembic_version_pkc", "PRIMARY KEY (version_num)"),
        (
            "index",
            "alembic_version",
            "CREATE UNIQUE INDEX alembic_version_pkc ON alembic_version USING btree (version_num)",
        ),
    }
    assert modelled - migrated == set()


def _catalogue(connection: Any, schema: str) -> set[tuple[str, ...]]:
    found: set[tuple[str, ...]] = set()
    for row in connection.execute(
        text(
            "SELECT table_name, column_name, data_type, is_nullable FROM "
            "information_schema.columns WHERE table_schema = :s"
        ),
        {"s": schema},
    ):
        found.add(("column", *row))
    for table, name, definition in connection.execute(
        text(
            "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) "
            "FROM pg_constraint WHERE connamespace = cast(:s AS regnamespace)"
        ),
        {"s": schema},
    ):
        found.add(("constraint", table.split(".")[-1], name, definition.replace(f"{schema}.", "")))
    for table, definition in connection.execute(
        text("SELECT tablename, indexdef FROM pg_indexes WHERE schemaname = :s"), {"s": schema}
    ):
        found.add(("index", table, definition.replace(f"{schema}.", "")))
    return found


# --- upload, list, download ------------------------------------------------------------------


def test_upload_list_and_download_give_back_the_same_plan(
    pg_cluster: Cluster,
    prepared: str,
    followed_up_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url = pg_cluster.url(prepared, "socialnämnden-2027")
    assert main(["server", "upload", str(followed_up_path), url]) == 0
    assert "är uppladdad på servern" in capsys.readouterr().out

    assert main(["server", "list", pg_cluster.url(prepared)]) == 0
    listed = capsys.readouterr().out
    assert "socialnämnden-2027  Socialnämnden, Sjöbacka kommun 2027–2029" in listed
    assert "1 plan i databasen" in listed

    downloaded = tmp_path / "nedladdad.vplan"
    assert main(["server", "download", url, str(downloaded)]) == 0
    assert f"nedladdad till {downloaded}" in capsys.readouterr().out

    original = _file_plan(followed_up_path)
    assert _file_plan(downloaded) == original
    assert _server_plan(parse_address(url)) == original
    assert format_differences(diff_plans(load_side(followed_up_path), load_side(downloaded))) == (
        "Inga skillnader."
    )
    assert main(["diff", str(followed_up_path), str(downloaded)]) == 0
    assert capsys.readouterr().out.strip() == "Inga skillnader."
    # What the comparison stands on: the plan has images, Swedish text, decimals and dates,
    # and the server holds them as the file does, byte for byte.
    assert original.bilder and all(image.data for image in original.bilder)
    assert "ö" in original.uppgifter.kommun
    file_rows = _sqlite_rows(followed_up_path)
    server = f"plan_{'socialnämnden-2027'}"
    for table, column in CHECKED:
        on_server = _rows(pg_cluster, prepared, f'SELECT {column} FROM "{server}".{table}')
        assert sorted((_plain(v) for (v,) in on_server), key=repr) == file_rows[(table, column)]
    assert any("." in str(value) for value in file_rows[("kostnadsslag_belopp", "belopp")])
    assert any(value for value in file_rows[("aktivitet", "startdatum")])
    assert any("ä" in value for value in file_rows[("kapitel", "text")])


CHECKED = [
    ("bild", "data"),
    ("indikator", "nulage_tal"),
    ("kostnadsslag_belopp", "belopp"),
    ("aktivitet", "startdatum"),
    ("kapitel", "text"),
]
"""Columns compared value by value: images, decimals (kept as text), dates, Swedish text."""


def _sqlite_rows(path: Path) -> dict[tuple[str, str], list[Any]]:
    """The values of each ``CHECKED`` column of a plan file, in a fixed order."""
    connection = sqlite3.connect(path)
    try:
        return {
            (table, column): sorted(
                (value for (value,) in connection.execute(f"SELECT {column} FROM {table}")),
                key=repr,
            )
            for table, column in CHECKED
        }
    finally:
        connection.close()


def _plain(value: Any) -> Any:
    """A server value as SQLite keeps it: a date as ISO text, bytes as bytes."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, memoryview):
        return bytes(value)
    return value


def test_a_downloaded_plan_is_an_ordinary_plan_file(
    pg_cluster: Cluster, prepared: str, example_path: Path, tmp_path: Path
) -> None:
    address = _address(pg_cluster, prepared, "exempel")
    transfer.upload(example_path, address, Credentials())
    target = tmp_path / "kopia.vplan"
    transfer.download(address, target, Credentials())
    # It opens for editing, with every check a plan file gets.
    with PlanDocument.open(target) as doc, doc.transaction() as session:
        session.get_one(m.Plan, 1).titel = "Ändrad offline"
    assert _file_plan(target).uppgifter.titel == "Ändrad offline"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("~$")] == []
    with pytest.raises(PlanFileError, match="finns redan"):
        transfer.download(address, target, Credentials())
    assert _file_plan(target).uppgifter.titel == "Ändrad offline"


class _Terminal(io.StringIO):
    """Standard in as a terminal (where vplan asks before replacing a plan)."""

    def isatty(self) -> bool:
        return True


def test_uploading_over_a_plan_shows_the_difference_and_needs_a_yes(
    pg_cluster: Cluster,
    prepared: str,
    example_path: Path,
    plan_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url = pg_cluster.url(prepared, "plan")
    assert main(["server", "upload", str(example_path), url]) == 0
    uploaded = _rows(pg_cluster, prepared, "SELECT uppladdad FROM vplan.plan")
    capsys.readouterr()

    assert main(["server", "upload", str(plan_path), url]) == 2
    out, err = capsys.readouterr()
    assert "Planen ”plan” finns redan på servern" in out
    assert "Inga skillnader." not in out
    assert "Sjöbacka kommun" in out  # the difference is shown: the kommun is not the same
    assert "ersattes inte; inget ändrades. Ange --ja" in err
    assert _server_plan(parse_address(url)) == _file_plan(example_path)
    assert _rows(pg_cluster, prepared, "SELECT uppladdad FROM vplan.plan") == uploaded

    # At a terminal the question is asked; anything but "ja" changes nothing.
    answers: list[str] = []

    def answer(question: str) -> str:
        answers.append(question)
        return "nej"

    monkeypatch.setattr(sys, "stdin", _Terminal())
    monkeypatch.setattr("builtins.input", answer)
    assert main(["server", "upload", str(plan_path), url]) == 2
    assert answers == ["Ersätt planen ”plan” på servern med filen? Skriv ja för att ersätta: "]
    assert "ersattes inte" in capsys.readouterr().err
    with pytest.raises(ServerError, match="finns redan på servern"):
        transfer.upload(plan_path, parse_address(url), Credentials())
    assert _server_plan(parse_address(url)) == _file_plan(example_path)

    assert main(["server", "upload", "--ja", str(plan_path), url]) == 0
    assert "är ersatt på servern" in capsys.readouterr().out
    assert _server_plan(parse_address(url)) == _file_plan(plan_path)
    assert _rows(pg_cluster, prepared, "SELECT count(*) FROM vplan.plan") == [(1,)]


def test_two_plans_in_one_database_do_not_see_each_other(
    pg_cluster: Cluster, prepared: str, example_path: Path, plan_path: Path
) -> None:
    first = _address(pg_cluster, prepared, "socialnämnden")
    second = _address(pg_cluster, prepared, "kultur-och-fritid")
    transfer.upload(example_path, first, Credentials())
    transfer.upload(plan_path, second, Credentials())
    assert _server_plan(first) == _file_plan(example_path)
    assert _server_plan(second) == _file_plan(plan_path)

    with transfer.open_server_plan(second, Credentials()) as doc, doc.transaction() as session:
        session.get_one(m.Plan, 1).titel = "Bara i den andra planen"
        kapitel = session.scalars(select(m.Kapitel)).all()
        assert len(kapitel) == len(_file_plan(plan_path).kapitel)
        # New rows get ids after the copied ones (the sequences were moved on).
        next_id = session.execute(
            text("SELECT nextval(pg_get_serial_sequence('kapitel', 'id'))")
        ).scalar_one()
        assert next_id > max(k.id for k in kapitel)
    assert _server_plan(second).uppgifter.titel == "Bara i den andra planen"
    assert _server_plan(first) == _file_plan(example_path)
    assert [p.namn for p in transfer.list_plans(first, Credentials())] == [
        "kultur-och-fritid",
        "socialnämnden",
    ]


# --- what is missing, and the messages -------------------------------------------------------


def test_a_missing_plan_database_or_catalogue_is_said_in_swedish(
    pg_cluster: Cluster, database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "plan.vplan"
    assert main(["server", "download", pg_cluster.url(database, "plan"), str(target)]) == 2
    assert f"Databasen ”{database}” är inte förberedd för vplan" in capsys.readouterr().err
    assert main(["server", "init", pg_cluster.url(database)]) == 0
    capsys.readouterr()
    assert main(["server", "download", pg_cluster.url(database, "saknas"), str(target)]) == 2
    err = capsys.readouterr().err
    assert f"Planen ”saknas” finns inte i databasen ”{database}”" in err
    assert main(["server", "list", pg_cluster.url("finns_inte")]) == 2
    assert "vplan: Databasen ”finns_inte” finns inte på servern" in capsys.readouterr().err
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def test_a_plan_changed_outside_vplan_on_the_server_is_refused(
    pg_cluster: Cluster, prepared: str, plan_path: Path, tmp_path: Path
) -> None:
    address = _address(pg_cluster, prepared, "plan")
    transfer.upload(plan_path, address, Credentials())
    with pg_cluster.connect(prepared) as connection:
        connection.execute('ALTER TABLE "plan_plan".kapitel ADD COLUMN hemligt text')
    target = tmp_path / "nedladdad.vplan"
    with pytest.raises(ServerError, match=r"ändrats utanför vplan.*”kapitel”"):
        transfer.download(address, target, Credentials())
    assert not target.exists()


def test_a_password_is_asked_for_once_and_a_wrong_one_is_said(
    pg_cluster: Cluster, prepared: str
) -> None:
    from tests.pg_cluster import PASSWORD, PASSWORD_ROLE

    address = parse_address(pg_cluster.url(prepared, user=PASSWORD_ROLE))
    asked: list[str] = []

    def prompt(question: str) -> str:
        asked.append(question)
        return PASSWORD

    with pytest.raises(ServerError, match="Du saknar behörighet på servern att läsa listan"):
        transfer.list_plans(address, Credentials(prompt))
    with pg_cluster.connect(prepared) as connection:
        connection.execute(f"GRANT USAGE ON SCHEMA vplan TO {PASSWORD_ROLE}")
        connection.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA vplan TO {PASSWORD_ROLE}")
    asked.clear()
    assert transfer.list_plans(address, Credentials(prompt)) == []
    assert asked == [f"Lösenord för {PASSWORD_ROLE} på {address.server}: "]
    with pytest.raises(ServerError, match="godtog inte lösenordet för vplan_losen"):
        transfer.list_plans(address, Credentials(lambda _: "fel"))
    with pytest.raises(ServerError, match="kräver ett lösenord för vplan_losen"):
        transfer.list_plans(address, Credentials())
    with pytest.raises(ServerError, match="Inget lösenord angavs"):
        transfer.list_plans(address, Credentials(lambda _: ""))


def test_no_server_at_the_address_is_said_in_swedish(pg_cluster: Cluster, tmp_path: Path) -> None:
    empty = tmp_path / "ingen-server"
    empty.mkdir()
    quiet = parse_address(f"postgresql://{str(empty).replace('/', '%2F')}/vplan")
    with pytest.raises(ServerError, match=f"Ingen databasserver lyssnar i {empty}"):
        transfer.list_plans(quiet, Credentials())
    refused = parse_address(f"postgresql://127.0.0.1:{_closed_port()}/vplan")
    with pytest.raises(ServerError, match="tar inte emot anslutningar"):
        transfer.list_plans(refused, Credentials())


def _closed_port() -> int:
    """A port on 127.0.0.1 where nothing listens (it was free a moment ago)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


# --- TLS -------------------------------------------------------------------------------------


@pytest.fixture
def tls(pg_cluster: Cluster) -> Cluster:
    if not pg_cluster.tls:
        pytest.skip("no openssl to make the test server's certificate")
    return pg_cluster


def test_the_certificate_must_name_the_server_by_default(tls: Cluster, prepared: str) -> None:
    root = f"sslrootcert={tls.authority}"
    base = f"postgresql://vplan_admin@127.0.0.1:{tls.port}/{prepared}"
    # The certificate names localhost: by its address the server is not the one named.
    with pytest.raises(ServerError, match=r"certifikat gäller inte för ”127\.0\.0\.1”"):
        transfer.list_plans(parse_address(f"{base}?{root}"), Credentials())
    # Checking only who signed it, as the address may ask, connects over TLS.
    checked = parse_address(f"{base}?{root}&sslmode=verify-ca")
    assert transfer.list_plans(checked, Credentials()) == []
    params: dict[str, Any] = dict(checked.connect_params())
    with psycopg.connect(**params) as connection:
        assert connection.info.pgconn.ssl_in_use


def test_a_certificate_that_cannot_be_checked_is_refused(
    tls: Cluster, prepared: str, tmp_path: Path
) -> None:
    base = f"postgresql://vplan_admin@127.0.0.1:{tls.port}/{prepared}"
    missing = tmp_path / "saknas.crt"
    with pytest.raises(ServerError, match="rotcertifikatet att kontrollera det mot saknas"):
        transfer.list_plans(parse_address(f"{base}?sslrootcert={missing}"), Credentials())
    other = tmp_path / "annan.crt"
    shutil.copyfile(tls.folder / "server.crt", other)  # not the authority that signed it
    with pytest.raises(ServerError, match="kunde inte godkännas"):
        transfer.list_plans(
            parse_address(f"{base}?sslrootcert={other}&sslmode=verify-ca"), Credentials()
        )


# --- backup and restore, as README tells IT ------------------------------------------------


def _tool(name: str) -> str:
    bindir = find_bindir()
    assert bindir is not None
    return str(bindir / name)


def _client(cluster: Cluster, tool: str, database: str, *args: str) -> None:
    """Run ``pg_dump`` or ``pg_restore`` against the test server as README shows."""
    server = ["-h", str(cluster.socket_folder), "-p", str(cluster.port), "-U", SUPERUSER]
    done = subprocess.run(
        [_tool(tool), *server, "-d", database, *args], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr


def test_a_plan_is_backed_up_and_restored_with_pg_dump(
    pg_cluster: Cluster, prepared: str, example_path: Path, tmp_path: Path
) -> None:
    address = _address(pg_cluster, prepared, "exempel")
    transfer.upload(example_path, address, Credentials())
    transfer.upload(example_path, _address(pg_cluster, prepared, "annan"), Credentials())
    backup = tmp_path / "vplan.dump"
    _client(
        pg_cluster, "pg_dump", prepared, "-Fc", "-n", "vplan", "-n", "plan_*", "-f", str(backup)
    )
    with pg_cluster.connect(prepared) as connection:
        connection.execute("UPDATE plan_exempel.plan SET titel = 'Ändrad efter säkerhetskopian'")
        connection.execute("UPDATE plan_annan.plan SET titel = 'Ska inte återställas'")
    # One plan back to how it was: the others are left as they are.
    _client(
        pg_cluster,
        "pg_restore",
        prepared,
        "--clean",
        "--if-exists",
        "--single-transaction",
        "-n",
        "plan_exempel",
        str(backup),
    )
    assert _server_plan(address) == _file_plan(example_path)
    annan = _server_plan(_address(pg_cluster, prepared, "annan"))
    assert annan.uppgifter.titel == "Ska inte återställas"
    # A plan whose schema was lost altogether comes back the same way.
    with pg_cluster.connect(prepared) as connection:
        connection.execute("DROP SCHEMA plan_exempel CASCADE")
    with pytest.raises(ServerError, match="dess tabeller saknas på servern"):
        _server_plan(address)
    with pg_cluster.connect(prepared) as connection:
        connection.execute("CREATE SCHEMA plan_exempel")  # pg_restore -n does not make it
    _client(
        pg_cluster,
        "pg_restore",
        prepared,
        "--single-transaction",
        "-n",
        "plan_exempel",
        str(backup),
    )
    assert _server_plan(address) == _file_plan(example_path)
    assert main(["server", "list", pg_cluster.url(prepared)]) == 0

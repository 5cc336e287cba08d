"""``vplan server upgrade`` against a real throw-away server (``tests/pg_cluster.py``): plans at
an older revision are refused when opened until the server's administrator has run the
migrations on every plan of the database, one plan per transaction; a plan made by a newer
vplan is refused and left alone; only the owner of vplan's schemas may upgrade."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from psycopg import sql
from sqlalchemy import create_engine

from tests.pg_cluster import Cluster
from tests.server_setup import login_roles, server_database
from vplan_desktop.cli import main
from vplan_desktop.compare import diff_plans, format_differences, load_side, plan_state
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import PlanStatus
from vplan_desktop.db.file_header import SCHEMA_REVISION
from vplan_desktop.errors import ServerError
from vplan_desktop.sections import ItemKind
from vplan_desktop.server import catalog, transfer
from vplan_desktop.server.address import parse_address
from vplan_desktop.server.credentials import Credentials
from vplan_desktop.server.refusals import refused_writes
from vplan_desktop.services import adoption, items
from vplan_desktop.services.read import read_plan

pytestmark = pytest.mark.slow

OLDER = "0010"
"""The revision before this vplan's (``SCHEMA_REVISION``): what a plan uploaded by the vplan
before row versions is at."""


@pytest.fixture
def database(pg_cluster: Cluster) -> Iterator[str]:
    """A new database prepared for vplan; dropped after the test with the plans' roles."""
    with server_database(pg_cluster) as name:
        yield name


@pytest.fixture
def user(pg_cluster: Cluster) -> Iterator[str]:
    """A login role as IT makes one, dropped after the test."""
    with login_roles(pg_cluster) as login:
        yield login("cleo")


def _downgrade(cluster: Cluster, database: str, plan: str, revision: str) -> None:
    """Take the plan's schema back to ``revision`` with vplan's own migrations, as an older
    vplan would have left it (the rows stay; the columns of later revisions go)."""
    from alembic import command
    from alembic.config import Config

    engine = create_engine(
        "postgresql+psycopg://",
        creator=lambda: cluster.connect(database, autocommit=False),
    )
    try:
        with engine.begin() as connection:
            catalog.use_schema(connection, catalog.schema_of(plan))
            config = Config()
            config.set_main_option("script_location", str(catalog._MIGRATIONS))
            config.attributes["connection"] = connection
            command.downgrade(config, revision)
    finally:
        engine.dispose()


def _revision(cluster: Cluster, database: str, plan: str) -> str:
    with cluster.connect(database) as connection:
        row = connection.execute(
            sql.SQL("SELECT version_num FROM {}.alembic_version").format(
                sql.Identifier(catalog.schema_of(plan))
            )
        ).fetchone()
    assert row is not None
    return str(row[0])


def _triggers(cluster: Cluster, database: str, plan: str) -> int:
    with cluster.connect(database) as connection:
        row = connection.execute(
            "SELECT count(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = %s "
            "AND t.tgname LIKE 'vplan%%'",
            [catalog.schema_of(plan)],
        ).fetchone()
    assert row is not None
    return int(str(row[0]))


def _open(url: str) -> PlanDocument:
    return transfer.open_server_plan(parse_address(url), Credentials())


def test_an_older_plan_is_refused_until_the_administrator_upgrades_every_plan(
    pg_cluster: Cluster,
    database: str,
    user: str,
    followed_up_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    urls = {plan: pg_cluster.url(database, plan) for plan in ("barn", "vuxen", "aktuell")}
    for url in urls.values():
        assert main(["server", "upload", str(followed_up_path), url]) == 0
    assert main(["server", "grant", urls["barn"], user, "--roll", "redaktör"]) == 0
    with _open(urls["vuxen"]) as doc:  # an adopted plan is upgraded too, and stays frozen
        adoption.adopt(doc, dt.date(2026, 11, 20), "12")
    triggers = {plan: _triggers(pg_cluster, database, plan) for plan in urls}
    for plan in ("barn", "vuxen"):
        _downgrade(pg_cluster, database, plan, OLDER)
        assert _revision(pg_cluster, database, plan) == OLDER
    capsys.readouterr()

    with pytest.raises(ServerError) as refused:
        _open(urls["barn"])
    assert refused.value.message == (
        f"Planen ”barn” på servern har en äldre databasversion ({OLDER}) än den här vplan "
        f"({SCHEMA_REVISION}); be den som sköter servern köra: vplan server upgrade ADRESS."
    )
    with _open(urls["aktuell"]) as doc:  # a plan at this vplan's revision opens as before
        read_plan(doc)

    # A redaktör (no owner of the schemas) may not: nothing is changed.
    assert main(["server", "upgrade", pg_cluster.url(database, user=user)]) == 2
    said = capsys.readouterr()
    assert said.err.startswith(
        f"vplan: Du har inte behörighet att uppgradera planerna i databasen ”{database}”: det "
        "får bara serverns administratör"
    )
    assert "Traceback" not in said.err + said.out
    assert _revision(pg_cluster, database, "barn") == OLDER

    assert main(["server", "upgrade", pg_cluster.url(database)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        f"Planen ”aktuell” har redan databasversion {SCHEMA_REVISION}.",
        f"Planen ”barn” är uppgraderad från databasversion {OLDER} till {SCHEMA_REVISION}.",
        f"Planen ”vuxen” är uppgraderad från databasversion {OLDER} till {SCHEMA_REVISION}.",
        f"Databasen ”{database}”: 2 planer uppgraderade, 1 redan aktuell.",
    ]
    for plan, url in urls.items():
        assert _revision(pg_cluster, database, plan) == SCHEMA_REVISION
        assert _triggers(pg_cluster, database, plan) == triggers[plan]
        with _open(url) as doc:
            differences = diff_plans(load_side(followed_up_path), plan_state(doc))
            if plan == "vuxen":
                assert read_plan(doc).uppgifter.status is PlanStatus.ANTAGEN
            else:
                assert format_differences(differences) == "Inga skillnader."

    # The rights are the plan's as before: the redaktör writes, the adopted plan is frozen.
    address = parse_address(pg_cluster.url(database, "barn", user=user))
    with transfer.open_server_plan(address, Credentials()) as doc, refused_writes():
        first = read_plan(doc).aktiviteter[0]
        items.update_item(
            doc, ItemKind.AKTIVITET, first.id, {"namn": "Efter uppgraderingen"}, seen=first.version
        )
        assert read_plan(doc).aktiviteter[0].namn == "Efter uppgraderingen"
    with pg_cluster.connect(database) as connection, pytest.raises(psycopg.Error) as frozen:
        connection.execute('DELETE FROM "plan_vuxen".aktivitet')
    assert frozen.value.sqlstate == "VPL01"

    # Again: nothing to do.
    assert main(["server", "upgrade", pg_cluster.url(database)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == (
        f"Databasen ”{database}”: 0 planer uppgraderade, 3 redan aktuella."
    )


def test_a_plan_of_a_newer_vplan_is_refused_and_left_alone(
    pg_cluster: Cluster,
    database: str,
    example_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    urls = {plan: pg_cluster.url(database, plan) for plan in ("nyare", "äldre")}
    for url in urls.values():
        assert main(["server", "upload", str(example_path), url]) == 0
    _downgrade(pg_cluster, database, "äldre", OLDER)
    with pg_cluster.connect(database) as connection:
        connection.execute('UPDATE "plan_nyare".alembic_version SET version_num = %s', ["9001"])
    capsys.readouterr()

    with pytest.raises(ServerError) as refused:
        _open(urls["nyare"])
    assert refused.value.message == (
        "Planen ”nyare” på servern är skapad av en nyare vplan; uppdatera vplan för att öppna den."
    )
    # The others are upgraded all the same; the newer one is said and left as it was.
    assert main(["server", "upgrade", pg_cluster.url(database)]) == 2
    said = capsys.readouterr()
    assert said.out.splitlines() == [
        "Planen ”nyare” är skapad av en nyare vplan (databasversion 9001); den lämnades orörd. "
        "Uppdatera vplan.",
        f"Planen ”äldre” är uppgraderad från databasversion {OLDER} till {SCHEMA_REVISION}.",
        f"Databasen ”{database}”: 1 plan uppgraderad, 0 redan aktuella, 1 kunde inte uppgraderas.",
    ]
    assert _revision(pg_cluster, database, "nyare") == "9001"
    with _open(urls["äldre"]) as doc:
        read_plan(doc)

    # A catalogue of a newer vplan: nothing is touched.
    with pg_cluster.connect(database) as connection:
        connection.execute("UPDATE vplan.databas SET format = format + 1")
    assert main(["server", "upgrade", pg_cluster.url(database)]) == 2
    said = capsys.readouterr()
    assert said.err == (
        f"vplan: Databasen ”{database}” är förberedd av en nyare version av vplan. "
        "Uppdatera vplan.\n"
    )
    assert said.out == ""


def test_an_unprepared_database_is_said_in_swedish(
    pg_cluster: Cluster, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    with server_database(pg_cluster, init=False) as bare:
        assert main(["server", "upgrade", pg_cluster.url(bare)]) == 2
        assert capsys.readouterr().err == (
            f"vplan: Databasen ”{bare}” är inte förberedd för vplan. Den som sköter servern "
            "kör först: vplan server init ADRESS.\n"
        )

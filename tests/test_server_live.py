"""Others' edits and who else has the plan open (``server.live``, ``server.notify_sql``): the
parts without a server, then two people on one plan on a real throw-away server
(``tests/pg_cluster.py``)."""

from __future__ import annotations

import contextlib
import select
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

from tests.pg_cluster import Cluster
from tests.server_setup import grant, server_database
from vplan_desktop.cli import main
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.domain import VardeSlag
from vplan_desktop.sections import ItemKind
from vplan_desktop.server.address import parse_address
from vplan_desktop.server.connection import engine_for
from vplan_desktop.server.credentials import Credentials
from vplan_desktop.server.live import (
    MAX_ITEMS,
    Notice,
    PlanListener,
    application_name,
    parse,
    remote_change,
)
from vplan_desktop.server.notify_sql import WATCHED, has_notify
from vplan_desktop.server.session import ServerSession
from vplan_desktop.services import goal_tree, items, values
from vplan_desktop.services.read import read_change, read_plan

ANNA = "anna_svensson"
PER = "per_ek"


# --- without a server ----------------------------------------------------------------------


def test_a_payload_is_read_and_anything_else_is_left_out() -> None:
    assert parse("U aktivitet 12", 7) == Notice("U", "aktivitet", 12, 7)
    assert parse("M namndsmal 3", 7) == Notice("M", "namndsmal", 3, 7)
    assert parse("D kf_ram 2027", 7) == Notice("D", "kf_ram", 2027, 7)
    assert parse("I plan ", 7) == Notice("I", "plan", None, 7)
    for foreign in ("hej", "X aktivitet 1", "U aktivitet 1 2", ""):
        assert parse(foreign, 7) is None


def test_others_edits_become_the_change_the_window_reads() -> None:
    one = remote_change([Notice("U", "aktivitet", 4, 1)])
    assert one is not None
    assert (one.kind, one.item_id, one.in_place) == (ItemKind.AKTIVITET, 4, True)
    # An amount changed, added or removed: the driftbudget row is read again on its own.
    for op in ("I", "U", "D"):
        cell = remote_change([Notice(op, "driftbudget_belopp", 9, 1)])
        assert cell is not None
        assert (cell.kind, cell.item_id, cell.in_place) == (ItemKind.DRIFTBUDGET_RAD, 9, True)
    # An activity added, moved or removed: the parts its kind touches.
    for op in ("I", "M", "D"):
        whole = remote_change([Notice(op, "aktivitet", 4, 1)])
        assert whole is not None and not whole.in_place
    # Several, each once, in one change.
    many = remote_change([Notice("U", "aktivitet", 4, 1)] * 3 + [Notice("U", "indikator", 2, 1)])
    assert many is not None
    assert [(c.kind, c.item_id) for c in many.leaves()] == [
        (ItemKind.AKTIVITET, 4),
        (ItemKind.INDIKATOR, 2),
    ]
    # The whole plan: its own row, a table this vplan does not know, too many items.
    assert remote_change([Notice("U", "plan", 1, 1)]) is None
    assert remote_change([Notice("U", "en_ny_tabell", 1, 1)]) is None
    crowd = [Notice("U", "aktivitet", n, 1) for n in range(MAX_ITEMS + 1)]
    assert remote_change(crowd) is None
    assert remote_change(crowd[:MAX_ITEMS]) is not None


def test_the_application_name_fits_what_the_server_keeps() -> None:
    assert application_name("socialnamnden-2026") == "vplan socialnamnden-2026"
    long = "förskola-" + "ö" * 24  # 57 bytes: within a plan name's 58
    name = application_name(long)
    assert len(name.encode()) <= 63 and name.startswith("vplan förskola-")
    assert name != application_name(long[:-1] + "a")


# --- on a server ---------------------------------------------------------------------------


@pytest.fixture
def database(pg_cluster: Cluster, example_path: Path) -> Iterator[str]:
    """The example plan on a new database; Anna and Per Ek redaktörer in it (Per given his
    name with ``grant --namn``; his role's comment, another name, is not what vplan shows)."""
    with server_database(pg_cluster, (example_path, "plan")) as name:
        with pg_cluster.connect() as connection:
            for user in (ANNA, PER):
                with contextlib.suppress(psycopg.errors.DuplicateObject):  # an earlier test's
                    connection.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(user)))
            connection.execute(
                sql.SQL("COMMENT ON ROLE {} IS 'Kommentar'").format(sql.Identifier(PER))
            )
        for user in (ANNA, PER):
            named = ["--namn", "Per Ek"] if user == PER else []
            assert grant(pg_cluster, name, "plan", user, "--roll", "redaktör", *named) == 0
        yield name


def _session(cluster: Cluster, database: str, user: str) -> ServerSession:
    return ServerSession.open(
        parse_address(cluster.url(database, "plan", user=user)), Credentials()
    )


def _listen(session: ServerSession) -> PlanListener:
    session.listener = PlanListener.open(session.address, session.credentials, session.document)
    return session.listener


def _heard(listener: PlanListener, timeout: float = 2.0) -> list[Notice]:
    """What the listener has heard, waiting up to ``timeout`` for the first of it."""
    select.select([listener.fileno()], [], [], timeout)
    return listener.receive()


@pytest.mark.slow
def test_the_triggers_come_with_the_upload_and_init_gives_them_to_older_plans(
    pg_cluster: Cluster, database: str
) -> None:
    with pg_cluster.connect(database) as connection:
        count = connection.execute(
            "SELECT count(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "WHERE t.tgname = 'vplan_andring' AND c.relnamespace = 'plan_plan'::regnamespace"
        ).fetchone()
        assert count is not None and count[0] == len(WATCHED)
        # A plan from a vplan before the notifications: init gives it the triggers.
        for table in WATCHED:
            connection.execute(
                sql.SQL("DROP TRIGGER vplan_andring ON plan_plan.{}").format(sql.Identifier(table))
            )
    engine = engine_for(parse_address(pg_cluster.url(database)), Credentials())
    try:
        with engine.begin() as server:
            assert not has_notify(server, "plan_plan")
        assert main(["server", "init", pg_cluster.url(database)]) == 0
        with engine.begin() as server:
            assert has_notify(server, "plan_plan")
    finally:
        engine.dispose()


Edit = Callable[[PlanDocument], object]


@pytest.mark.slow
def test_each_edit_of_hers_brings_his_snapshot_up_to_date_and_his_own_are_left_out(
    pg_cluster: Cluster, database: str
) -> None:
    his = _session(pg_cluster, database, ANNA)
    hers = _session(pg_cluster, database, PER)
    try:
        listener = _listen(his)
        plan = read_plan(his.document)
        activity = plan.aktiviteter[0]
        drift = plan.driftbudget[0]
        column = plan.budgetkolumner[0]
        indicator = plan.indikatorer[0]
        goal = plan.namndsmal[0]
        edits: list[tuple[str, Edit]] = [
            (
                "rename",
                lambda doc: items.update_item(
                    doc, ItemKind.AKTIVITET, activity.id, {"namn": "Pers namn"}
                ),
            ),
            (
                "amount",
                lambda doc: values.set_drift_amount(doc, drift.id, column.id, Decimal("123.5")),
            ),
            (
                "target",
                lambda doc: values.set_indicator_value(
                    doc, indicator.id, VardeSlag.MALNIVA, plan.uppgifter.forsta_ar, Decimal(42)
                ),
            ),
            (
                "year text",
                lambda doc: goal_tree.set_year_text(
                    doc, goal.id, plan.uppgifter.forsta_ar, "En modell finns"
                ),
            ),
            (
                "add",
                lambda doc: items.add_item(
                    doc, ItemKind.AKTIVITET, {"namn": "Ny aktivitet", "namndsmal_id": goal.id}
                ),
            ),
            ("move", lambda doc: items.move_item(doc, ItemKind.AKTIVITET, activity.id, 2)),
            ("remove", lambda doc: items.delete_items(doc, [(ItemKind.AKTIVITET, activity.id)])),
        ]
        for name, edit in edits:
            edit(hers.document)
            heard = _heard(listener)
            assert heard, name
            change = remote_change(heard)
            plan = (
                read_plan(his.document)
                if change is None
                else read_change(his.document, plan, change)
            )
            assert plan == read_plan(his.document), name
        assert not any(a.id == activity.id for a in plan.aktiviteter)
        # His own edit: heard, and left out.
        own_before = listener.own_heard
        items.update_item(his.document, ItemKind.AKTIVITET, plan.aktiviteter[0].id, {"namn": "X"})
        assert _heard(listener, 0.5) == []
        assert listener.own_heard > own_before
    finally:
        his.close()
        hers.close()


@pytest.mark.slow
def test_who_else_has_the_plan_open_is_seen_by_a_user_without_special_rights(
    pg_cluster: Cluster, database: str
) -> None:
    anna = _session(pg_cluster, database, ANNA)
    per = _session(pg_cluster, database, PER)
    try:
        annas = _listen(anna)
        assert annas.others() == []
        _listen(per)
        assert annas.others() == ["Per Ek"]  # the name given him, not his role's comment
        assert per.listener is not None and per.listener.others() == [ANNA]
        # The name an administratör gave her (``vplan server grant … --namn``), once there.
        with pg_cluster.connect(database) as connection:
            connection.execute(
                "INSERT INTO vplan.anvandare (roll, namn) VALUES (%s, 'Anna Svensson')", [ANNA]
            )
        pers_second = PlanListener.open(  # names are looked up once per listener
            parse_address(pg_cluster.url(database, "plan", user=PER)), Credentials()
        )
        try:
            assert pers_second.others() == ["Anna Svensson"]
            assert annas.others() == ["Per Ek"]  # his two windows, named once
        finally:
            pers_second.close()
        # A superuser's own connections (psql, a plan file's upload) are nobody's window.
        with pg_cluster.connect(database):
            assert annas.others() == ["Per Ek"]
        per.close()
        assert per.listener is None
        for _ in range(50):
            if not annas.others():
                break
            select.select([], [], [], 0.02)
        assert annas.others() == []
    finally:
        anna.close()
        per.close()

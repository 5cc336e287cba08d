"""Who may do what in a plan on the server, enforced by the server: läsare, redaktör (also
limited to verksamheter) and administratör, and an adopted plan that nobody writes. The slow
tests run against a real throw-away server (``tests/pg_cluster.py``) with real login roles,
and write through vplan's own services as those users."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import sql
from sqlalchemy import create_engine, text

from tests.pg_cluster import SUPERUSER, Cluster
from tests.server_setup import login_roles, server_database, upload
from vplan_desktop.cli import main
from vplan_desktop.db import models as m
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.errors import AdoptedPlanError, ConflictError, RightsError, ServerError
from vplan_desktop.sections import ItemKind
from vplan_desktop.server import rights, transfer
from vplan_desktop.server.address import parse_address
from vplan_desktop.server.connection import engine_for
from vplan_desktop.server.credentials import Credentials
from vplan_desktop.server.refusals import refused_writes
from vplan_desktop.server.rights import Right, Roll, own_right, role_names
from vplan_desktop.services import adoption, items, values
from vplan_desktop.services import follow_up as follow_up_service
from vplan_desktop.services.read import read_plan

PLAN = "exempel"
BARN, VUXEN = "Barn och familj", "Vuxen och missbruk"


# --- against a real server ---------------------------------------------------------------------


@pytest.fixture
def database(pg_cluster: Cluster) -> Iterator[str]:
    """A new database, prepared for vplan; dropped after the test with the plans' roles."""
    with server_database(pg_cluster) as name:
        yield name


@pytest.fixture
def users(pg_cluster: Cluster) -> Iterator[Callable[[str], str]]:
    """Makes login roles as IT would (a unique name each), dropped after the test."""
    with login_roles(pg_cluster) as make:
        yield make


@pytest.fixture
def uploaded(pg_cluster: Cluster, database: str, followed_up_path: Path) -> str:
    """The example plan with its delår uploaded as ``exempel`` by the database's owner."""
    upload(pg_cluster, database, followed_up_path, PLAN)
    return database


def _url(cluster: Cluster, database: str, user: str) -> str:
    return cluster.url(database, PLAN, user=user)


def _as(cluster: Cluster, database: str, user: str, action: Callable[[PlanDocument], Any]) -> Any:
    """Run ``action`` on the plan through vplan's services, logged in as ``user``."""
    address = parse_address(_url(cluster, database, user))
    with transfer.open_server_plan(address, Credentials()) as doc, refused_writes():
        return action(doc)


def _one(cluster: Cluster, database: str, query: str, *params: Any) -> Any:
    with cluster.connect(database) as connection:
        connection.execute(f'SET search_path TO "plan_{PLAN}"')
        row = connection.execute(query, params).fetchone()
    assert row is not None
    return row[0]


def _ids(cluster: Cluster, database: str) -> dict[str, int]:
    """Ids in the example plan: an activity and a driftbudget row of each of two verksamheter,
    a driftbudget column and a chapter."""
    found = {}
    for key, name in (("barn", BARN), ("vuxen", VUXEN)):
        found[f"{key}_aktivitet"] = _one(
            cluster,
            database,
            "SELECT a.id FROM aktivitet a JOIN verksamhet v ON v.id = a.verksamhet_id "
            "WHERE v.namn = %s ORDER BY a.id LIMIT 1",
            name,
        )
        found[f"{key}_rad"] = _one(
            cluster,
            database,
            "SELECT r.id FROM driftbudget_rad r JOIN verksamhet v ON v.id = r.verksamhet_id "
            "WHERE v.namn = %s",
            name,
        )
        found[f"{key}_id"] = _one(
            cluster, database, "SELECT id FROM verksamhet WHERE namn = %s", name
        )
    found["kolumn"] = _one(
        cluster,
        database,
        "SELECT id FROM budgetkolumn WHERE tabell = 'drift' AND slag = 'budget' "
        "ORDER BY ar LIMIT 1",
    )
    found["kapitel"] = _one(cluster, database, "SELECT min(id) FROM kapitel")
    return found


def _rename(kind: ItemKind, item: int, name: str) -> Callable[[PlanDocument], Any]:
    field = "rubrik" if kind is ItemKind.KAPITEL else "namn"
    return lambda doc: items.update_item(doc, kind, item, {field: name})


def _grant(cluster: Cluster, database: str, user: str, *args: str, by: str | None = None) -> int:
    url = cluster.url(database, PLAN) if by is None else _url(cluster, database, by)
    return main(["server", "grant", url, user, *args])


@pytest.mark.slow
def test_the_upload_makes_the_plans_roles_and_rights_lists_who_has_what(
    pg_cluster: Cluster,
    uploaded: str,
    users: Callable[[str], str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    roles = role_names(uploaded, PLAN)
    with pg_cluster.connect(uploaded) as connection:
        made = connection.execute(
            "SELECT rolname, rolcanlogin FROM pg_roles WHERE rolname = ANY(%s)",
            [list(roles.values())],
        ).fetchall()
        secured = connection.execute(
            "SELECT count(*) FILTER (WHERE relrowsecurity), count(*) FROM pg_class "
            "WHERE relnamespace = %s::regnamespace AND relkind = 'r' "
            "AND relname <> 'alembic_version'",
            [f'"plan_{PLAN}"'],
        ).fetchone()
    assert sorted(made) == sorted((name, False) for name in roles.values())
    assert secured is not None and secured[0] == secured[1] == len(m.Base.metadata.tables)
    capsys.readouterr()
    assert main(["server", "rights", pg_cluster.url(uploaded, PLAN)]) == 0
    assert "Ingen har någon behörighet i planen ”exempel” ännu." in capsys.readouterr().out

    anna, bo, dora = users("anna"), users("bo"), users("dora")
    assert _grant(pg_cluster, uploaded, anna, "--roll", "läsare") == 0
    assert f"{anna} är läsare i planen ”exempel”." in capsys.readouterr().out
    assert (
        _grant(
            pg_cluster, uploaded, bo, "--roll", "redaktör", "--verksamhet", "barn OCH familj", VUXEN
        )
        == 0
    )
    assert f"{bo} är redaktör för ”{BARN}” och ”{VUXEN}”" in capsys.readouterr().out
    assert _grant(pg_cluster, uploaded, dora, "--roll", "administratör") == 0
    capsys.readouterr()
    # The right of a läsare, for the same user, replaces the one before.
    assert _grant(pg_cluster, uploaded, bo, "--roll", "redaktör", "--verksamhet", BARN) == 0
    capsys.readouterr()
    assert main(["server", "rights", _url(pg_cluster, uploaded, anna)]) == 0
    lines = capsys.readouterr().out.splitlines()
    expected = [
        f"{anna} läsare",
        f"{bo} redaktör (verksamheter: ”{BARN}”)",
        f"{dora} administratör",
    ]
    assert [" ".join(line.split()) for line in lines] == [
        *sorted(expected),
        "3 användare med behörighet i planen ”exempel”.",
    ]

    # What each of them (and the owner, and someone without a right) may do, for the window.
    stranger = users("okand")
    assert _own(pg_cluster, uploaded, anna) == Right(anna, Roll.LASARE)
    assert _own(pg_cluster, uploaded, bo) == Right(bo, Roll.REDAKTOR, (BARN,))
    assert _own(pg_cluster, uploaded, dora) == Right(dora, Roll.ADMIN)
    assert _own(pg_cluster, uploaded, SUPERUSER) == Right(SUPERUSER, Roll.ADMIN)
    assert _own(pg_cluster, uploaded, stranger) is None


def _own(cluster: Cluster, database: str, user: str) -> Right | None:
    engine = engine_for(parse_address(_url(cluster, database, user)), Credentials())
    try:
        with engine.begin() as connection:
            return own_right(connection, database, PLAN)
    finally:
        engine.dispose()


@pytest.mark.slow
def test_a_lasare_reads_the_plan_and_may_not_write_it(
    pg_cluster: Cluster,
    uploaded: str,
    users: Callable[[str], str],
    followed_up_path: Path,
    plan_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    anna = users("anna")
    assert _grant(pg_cluster, uploaded, anna, "--roll", "läsare") == 0
    # The list of plans shows her the plans she may read.
    assert main(["server", "upload", str(plan_path), pg_cluster.url(uploaded, "annan")]) == 0
    capsys.readouterr()
    assert main(["server", "list", pg_cluster.url(uploaded, user=anna)]) == 0
    listed = capsys.readouterr().out
    assert "exempel " in listed and "annan" not in listed and "1 plan i databasen" in listed
    ids = _ids(pg_cluster, uploaded)
    with PlanDocument.open(followed_up_path, read_only=True) as doc:
        expected = read_plan(doc)
    assert _as(pg_cluster, uploaded, anna, read_plan) == expected
    with pytest.raises(
        RightsError, match=r"^Du har inte behörighet att ändra aktiviteter i planen"
    ):
        _as(pg_cluster, uploaded, anna, _rename(ItemKind.AKTIVITET, ids["barn_aktivitet"], "Nytt"))
    with pytest.raises(RightsError, match="Du har inte behörighet att ändra driftbudgeten"):
        _as(
            pg_cluster,
            uploaded,
            anna,
            lambda doc: values.set_drift_amount(doc, ids["barn_rad"], ids["kolumn"], "1"),
        )
    # Someone who has no right in the plan at all does not even read it.
    stranger = users("okand")
    with pytest.raises(ServerError, match="Du saknar behörighet på servern att läsa planen"):
        _as(pg_cluster, uploaded, stranger, read_plan)


@pytest.mark.slow
def test_a_redaktor_for_one_verksamhet_writes_hers_and_nothing_else(
    pg_cluster: Cluster, uploaded: str, users: Callable[[str], str]
) -> None:
    bo = users("bo")
    assert _grant(pg_cluster, uploaded, bo, "--roll", "redaktör", "--verksamhet", BARN) == 0
    ids = _ids(pg_cluster, uploaded)

    _as(pg_cluster, uploaded, bo, _rename(ItemKind.AKTIVITET, ids["barn_aktivitet"], "Bo:s"))
    _as(
        pg_cluster,
        uploaded,
        bo,
        lambda doc: values.set_drift_amount(doc, ids["barn_rad"], ids["kolumn"], "4711"),
    )
    added = _as(
        pg_cluster,
        uploaded,
        bo,
        lambda doc: items.add_item(
            doc,
            ItemKind.AKTIVITET,
            {"namn": "Ny för barn", "verksamhet_id": ids["barn_id"]},
            index=0,
        ),
    )
    assert (
        _one(
            pg_cluster, uploaded, "SELECT namn FROM aktivitet WHERE id = %s", ids["barn_aktivitet"]
        )
        == "Bo:s"
    )
    assert (
        _one(
            pg_cluster,
            uploaded,
            "SELECT belopp FROM driftbudget_belopp WHERE rad_id = %s AND kolumn_id = %s",
            ids["barn_rad"],
            ids["kolumn"],
        )
        == "4711"
    )
    assert (
        _one(pg_cluster, uploaded, "SELECT count(*) FROM aktivitet WHERE id = %s", added.item_id)
        == 1
    )

    refused: list[Callable[[PlanDocument], Any]] = [
        _rename(ItemKind.AKTIVITET, ids["vuxen_aktivitet"], "Inte Bo:s"),
        lambda doc: values.set_drift_amount(doc, ids["vuxen_rad"], ids["kolumn"], "1"),
        lambda doc: items.add_item(
            doc, ItemKind.AKTIVITET, {"namn": "Ny för vuxna", "verksamhet_id": ids["vuxen_id"]}
        ),
        # Her own activity may not be given away to another verksamhet.
        lambda doc: items.update_item(
            doc, ItemKind.AKTIVITET, ids["barn_aktivitet"], {"verksamhet_id": ids["vuxen_id"]}
        ),
        lambda doc: items.delete_items(doc, [(ItemKind.AKTIVITET, ids["vuxen_aktivitet"])]),
    ]
    for action in refused:
        with pytest.raises(RightsError, match="som hör till en annan verksamhet än dina"):
            _as(pg_cluster, uploaded, bo, action)
    with pytest.raises(
        RightsError, match="Du har inte behörighet att ändra kapitel: du är redaktör bara"
    ):
        _as(pg_cluster, uploaded, bo, _rename(ItemKind.KAPITEL, ids["kapitel"], "Bo:s kapitel"))
    with pytest.raises(RightsError, match="ändra verksamheter"):
        _as(pg_cluster, uploaded, bo, _rename(ItemKind.VERKSAMHET, ids["vuxen_id"], "Bo:s"))
    assert (
        _one(
            pg_cluster, uploaded, "SELECT namn FROM aktivitet WHERE id = %s", ids["vuxen_aktivitet"]
        )
        != "Inte Bo:s"
    )
    assert (
        _one(
            pg_cluster,
            uploaded,
            "SELECT verksamhet_id FROM aktivitet WHERE id = %s",
            ids["barn_aktivitet"],
        )
        == ids["barn_id"]
    )

    # Another verksamhet's activity may move among hers (its place alone), a chapter not even so.
    move = f"UPDATE aktivitet SET ordning = ordning + 1 WHERE id = {ids['vuxen_aktivitet']}"
    _as(pg_cluster, uploaded, bo, lambda doc: _raw(doc, move))
    with pytest.raises(RightsError, match="ändra kapitel"):
        _as(pg_cluster, uploaded, bo, lambda doc: _raw(doc, "UPDATE kapitel SET ordning = ordning"))
    # Taking on the redaktör role itself does not shed the limits.
    with psycopg.connect(_address_params(pg_cluster, uploaded, bo)) as connection:
        connection.execute(
            sql.SQL("SET ROLE {}").format(sql.Identifier(role_names(uploaded, PLAN)[Roll.REDAKTOR]))
        )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute(
                f'UPDATE "plan_{PLAN}".aktivitet SET namn = %s WHERE id = %s',
                ["Via rollen", ids["vuxen_aktivitet"]],
            )
    # She follows up her activities, not the others'.
    period = _one(pg_cluster, uploaded, "SELECT min(id) FROM uppfoljning")

    def follow_up(activity: int) -> Callable[[PlanDocument], Any]:
        return lambda doc: follow_up_service.set_follow_up(
            doc, ItemKind.UPPFOLJNING_AKTIVITET, period, activity, {"kommentar": "Enligt plan."}
        )

    _as(pg_cluster, uploaded, bo, follow_up(ids["barn_aktivitet"]))
    with pytest.raises(RightsError, match="ändra uppföljningen som hör till en annan verksamhet"):
        _as(pg_cluster, uploaded, bo, follow_up(ids["vuxen_aktivitet"]))
    # Her own activity, deleted, takes its follow-up with it (a cascade the server allows).
    _as(
        pg_cluster,
        uploaded,
        bo,
        lambda doc: items.delete_items(
            doc, [(ItemKind.AKTIVITET, added.item_id), (ItemKind.AKTIVITET, ids["barn_aktivitet"])]
        ),
    )
    followed = "SELECT count(*) FROM uppfoljning_aktivitet WHERE aktivitet_id = %s"
    assert _one(pg_cluster, uploaded, followed, ids["barn_aktivitet"]) == 0
    assert _one(pg_cluster, uploaded, followed, ids["vuxen_aktivitet"]) == 1


def _address_params(cluster: Cluster, database: str, user: str) -> str:
    params = parse_address(_url(cluster, database, user)).connect_params()
    return " ".join(f"{key}='{value}'" for key, value in params.items())


@pytest.mark.slow
def test_an_unlimited_redaktor_writes_everything_but_the_adoption(
    pg_cluster: Cluster, uploaded: str, users: Callable[[str], str]
) -> None:
    cleo = users("cleo")
    assert _grant(pg_cluster, uploaded, cleo, "--roll", "redaktor") == 0
    ids = _ids(pg_cluster, uploaded)
    _as(pg_cluster, uploaded, cleo, _rename(ItemKind.AKTIVITET, ids["vuxen_aktivitet"], "Cleos"))
    _as(pg_cluster, uploaded, cleo, _rename(ItemKind.KAPITEL, ids["kapitel"], "Cleos kapitel"))
    _as(
        pg_cluster,
        uploaded,
        cleo,
        lambda doc: values.set_drift_amount(doc, ids["vuxen_rad"], ids["kolumn"], "2"),
    )
    assert (
        _one(pg_cluster, uploaded, "SELECT rubrik FROM kapitel WHERE id = %s", ids["kapitel"])
        == "Cleos kapitel"
    )
    with pytest.raises(
        RightsError, match="status till eller från Antagen: det får bara planens administratörer"
    ):
        _as(
            pg_cluster, uploaded, cleo, lambda doc: adoption.adopt(doc, dt.date(2026, 11, 20), "12")
        )
    assert _one(pg_cluster, uploaded, "SELECT status FROM plan") == "under_beredning"


@pytest.mark.slow
def test_an_adopted_plan_is_frozen_for_everyone_until_an_administrator_reopens_it(
    pg_cluster: Cluster, uploaded: str, users: Callable[[str], str]
) -> None:
    cleo, dora = users("cleo"), users("dora")
    assert _grant(pg_cluster, uploaded, cleo, "--roll", "redaktör") == 0
    assert _grant(pg_cluster, uploaded, dora, "--roll", "administratör") == 0
    ids = _ids(pg_cluster, uploaded)
    _as(pg_cluster, uploaded, dora, lambda doc: adoption.adopt(doc, dt.date(2026, 11, 20), "12"))
    assert _one(pg_cluster, uploaded, "SELECT status FROM plan") == "antagen"

    # Past vplan's own check of the status, as an older vplan or another program would write.
    for user in (cleo, dora):
        with pytest.raises(
            AdoptedPlanError, match=r"^Planen är antagen och kan inte ändras på servern"
        ):
            _as(
                pg_cluster, uploaded, user, lambda doc: _raw(doc, "UPDATE kapitel SET rubrik = 'x'")
            )
    with pg_cluster.connect(uploaded) as connection, pytest.raises(psycopg.Error) as raised:
        connection.execute(f'DELETE FROM "plan_{PLAN}".aktivitet')  # the owner too
    assert raised.value.sqlstate == "VPL01"
    # What vplan itself allows on an adopted plan stays open: the follow-up's setting.
    _as(pg_cluster, uploaded, cleo, lambda doc: _raw(doc, "UPDATE plan SET avvikelsegrans = '7'"))
    with pytest.raises(RightsError, match="det får bara planens administratörer"):
        _as(pg_cluster, uploaded, cleo, lambda doc: adoption.reopen(doc, "Rättelse"))

    _as(pg_cluster, uploaded, dora, lambda doc: adoption.reopen(doc, "Rättelse av en siffra"))
    assert _one(pg_cluster, uploaded, "SELECT status FROM plan") == "under_beredning"
    _as(pg_cluster, uploaded, cleo, _rename(ItemKind.KAPITEL, ids["kapitel"], "Efter öppningen"))
    assert (
        _one(pg_cluster, uploaded, "SELECT rubrik FROM kapitel WHERE id = %s", ids["kapitel"])
        == "Efter öppningen"
    )
    assert _one(pg_cluster, uploaded, "SELECT avvikelsegrans FROM plan") == "7"


def _raw(doc: PlanDocument, statement: str) -> None:
    """Write past vplan's own check of an adopted plan, as an older vplan or another program
    could: only the server stands in the way."""
    with doc.transaction(adopted_too=True) as session:
        session.execute(text(statement))


@pytest.mark.slow
def test_an_administrator_grants_and_revokes_and_others_may_not(
    pg_cluster: Cluster,
    uploaded: str,
    users: Callable[[str], str],
    followed_up_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    cleo, dora, erik = users("cleo"), users("dora"), users("erik")
    assert _grant(pg_cluster, uploaded, cleo, "--roll", "redaktör") == 0
    assert _grant(pg_cluster, uploaded, dora, "--roll", "administratör") == 0
    ids = _ids(pg_cluster, uploaded)
    capsys.readouterr()

    assert (
        _grant(pg_cluster, uploaded, erik, "--roll", "redaktör", "--verksamhet", VUXEN, by=dora)
        == 0
    )
    _as(pg_cluster, uploaded, erik, _rename(ItemKind.AKTIVITET, ids["vuxen_aktivitet"], "Eriks"))
    assert _grant(pg_cluster, uploaded, erik, "--roll", "administratör", by=dora) == 0
    # An administrator made by another hands the role on in turn.
    assert _grant(pg_cluster, uploaded, cleo, "--roll", "administratör", by=erik) == 0
    assert _grant(pg_cluster, uploaded, cleo, "--roll", "redaktör", by=erik) == 0
    capsys.readouterr()

    assert _grant(pg_cluster, uploaded, erik, "--roll", "redaktör", by=cleo) == 2
    assert (
        "Du har inte behörighet att ändra behörigheterna i planen ”exempel”"
        in capsys.readouterr().err
    )
    assert _grant(pg_cluster, uploaded, "ingen_sadan", "--roll", "läsare", by=dora) == 2
    assert "Användaren ”ingen_sadan” finns inte på servern" in capsys.readouterr().err
    group = role_names(uploaded, PLAN)[Roll.LASARE]
    assert _grant(pg_cluster, uploaded, group, "--roll", "läsare", by=dora) == 2
    assert "är ingen användare som kan logga in" in capsys.readouterr().err
    assert (
        _grant(pg_cluster, uploaded, cleo, "--roll", "redaktör", "--verksamhet", "Skolan", by=dora)
        == 2
    )
    err = capsys.readouterr().err
    assert "Verksamheten ”Skolan” finns inte i planen ”exempel”" in err and f"”{BARN}”" in err

    assert main(["server", "revoke", _url(pg_cluster, uploaded, dora), erik]) == 0
    assert f"{erik} har inte längre någon behörighet" in capsys.readouterr().out
    with pytest.raises(ServerError, match="Du saknar behörighet på servern att läsa planen"):
        _as(pg_cluster, uploaded, erik, read_plan)
    assert main(["server", "revoke", _url(pg_cluster, uploaded, dora), erik]) == 2
    assert f"Användaren ”{erik}” har ingen behörighet i planen" in capsys.readouterr().err

    # Uploading the plan anew keeps who has what: the roles stay, the rules are made again.
    assert (
        _grant(pg_cluster, uploaded, erik, "--roll", "redaktör", "--verksamhet", VUXEN, by=dora)
        == 0
    )
    assert (
        main(["server", "upload", str(followed_up_path), pg_cluster.url(uploaded, PLAN), "--ja"])
        == 0
    )
    with pytest.raises(RightsError, match="annan verksamhet"):
        _as(pg_cluster, uploaded, erik, _rename(ItemKind.AKTIVITET, ids["barn_aktivitet"], "Eriks"))
    _as(
        pg_cluster,
        uploaded,
        erik,
        _rename(ItemKind.AKTIVITET, ids["vuxen_aktivitet"], "Eriks igen"),
    )


@pytest.mark.slow
def test_a_refused_edit_of_a_row_is_never_taken_for_a_conflict(
    pg_cluster: Cluster, uploaded: str, users: Callable[[str], str]
) -> None:
    """The row the edit names is there, the server just will not let this user change it:
    the message says so, whatever version of the row the user saw."""
    bo = users("bo")
    assert _grant(pg_cluster, uploaded, bo, "--roll", "redaktör", "--verksamhet", BARN) == 0
    ids = _ids(pg_cluster, uploaded)
    seen = _one(
        pg_cluster, uploaded, "SELECT version FROM aktivitet WHERE id = %s", ids["vuxen_aktivitet"]
    )
    try:
        _as(
            pg_cluster,
            uploaded,
            bo,
            lambda doc: items.update_item(
                doc, ItemKind.AKTIVITET, ids["vuxen_aktivitet"], {"namn": "x"}, seen=seen
            ),
        )
    except ConflictError as error:  # pragma: no cover - the failure this test is for
        pytest.fail(f"taken for a conflict: {error.message}")
    except RightsError as error:
        assert error.message.startswith("Du har inte behörighet att ändra aktiviteter")
    else:  # pragma: no cover
        pytest.fail("the edit was not refused")
    assert (
        _one(
            pg_cluster,
            uploaded,
            "SELECT version FROM aktivitet WHERE id = %s",
            ids["vuxen_aktivitet"],
        )
        == seen
    )


@pytest.mark.slow
def test_a_plan_uploaded_before_rights_gets_them_with_its_first_grant(
    pg_cluster: Cluster,
    database: str,
    users: Callable[[str], str],
    followed_up_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with monkeypatch.context() as patched:  # as a vplan before rights uploaded it
        patched.setattr(rights, "protect", lambda *args: None)
        assert (
            main(["server", "upload", str(followed_up_path), pg_cluster.url(database, PLAN)]) == 0
        )
    capsys.readouterr()
    assert main(["server", "rights", pg_cluster.url(database, PLAN)]) == 0
    assert "Planen ”exempel” har inga behörigheter ännu" in capsys.readouterr().out
    anna = users("anna")
    # Only the owner may make them; anyone else does not even see the plan yet.
    assert _grant(pg_cluster, database, anna, "--roll", "läsare", by=anna) == 2
    assert "saknar behörighet på servern att ändra behörigheterna" in capsys.readouterr().err

    assert _grant(pg_cluster, database, anna, "--roll", "läsare") == 0
    downloaded = tmp_path / "anna.vplan"
    assert main(["server", "download", _url(pg_cluster, database, anna), str(downloaded)]) == 0
    with PlanDocument.open(followed_up_path, read_only=True) as doc:
        expected = read_plan(doc)
    with PlanDocument.open(downloaded, read_only=True) as doc:
        assert read_plan(doc) == expected
    with pytest.raises(RightsError, match="Du har inte behörighet att ändra kapitel i planen"):
        _as(pg_cluster, database, anna, _rename(ItemKind.KAPITEL, 1, "Annas"))
    # Made again over the ones there (a repair): nothing breaks, nothing changes.
    engine = create_engine(
        "postgresql+psycopg://", creator=lambda: pg_cluster.connect(database, autocommit=False)
    )
    try:
        with engine.begin() as connection:
            rights.protect(connection, database, PLAN, f"plan_{PLAN}")
    finally:
        engine.dispose()
    capsys.readouterr()
    assert main(["server", "rights", pg_cluster.url(database, PLAN)]) == 0
    assert f"{anna} läsare" in " ".join(capsys.readouterr().out.split())

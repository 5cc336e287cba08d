"""Rights in a plan on the server, without a server: the roles' names, the commands'
arguments, the Swedish messages for the server's refusals, and the tables the rules name
(the rules themselves are tried against a real server in ``test_server_rights``)."""

from __future__ import annotations

import pytest

from vplan_desktop.cli import main
from vplan_desktop.db import models as m
from vplan_desktop.errors import AdoptedPlanError, RightsError, ServerError
from vplan_desktop.server.refusals import refusal
from vplan_desktop.server.rights import Roll, parse_roll, role_names
from vplan_desktop.server.rights_sql import OPEN_WHEN_ADOPTED, VERKSAMHET_OF


def test_role_names_fit_postgresql_and_keep_databases_apart() -> None:
    long = "ö" * 29  # 58 bytes, the longest a plan's name may be
    for database, plan in (("vplan", "socialnämnden-2027"), ("x" * 63, long)):
        names = role_names(database, plan)
        assert set(names) == set(Roll)
        assert all(len(name.encode("utf-8")) <= 63 for name in names.values())
        assert len(set(names.values())) == 3
        assert names[Roll.REDAKTOR].endswith("_redaktor")
    assert role_names("vplan", "exempel") != role_names("vplan_test", "exempel")
    assert role_names("vplan", "exempel")[Roll.LASARE].startswith("vplan_exempel_")


def test_roles_are_read_in_swedish_spellings() -> None:
    assert parse_roll("Läsare") is Roll.LASARE
    assert parse_roll("redaktor") is Roll.REDAKTOR
    assert parse_roll("admin") is Roll.ADMIN
    assert parse_roll("administratör") is Roll.ADMIN
    with pytest.raises(ServerError, match="Rollen ”ägare” finns inte"):
        parse_roll("ägare")


def test_grant_arguments_are_checked_before_the_server_is_asked(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # A port nobody listens on: these must fail before connecting.
    url = "postgresql:///vplan?host=/nonexistent#plan"
    assert main(["server", "grant", url, "anna", "--roll", "ägare"]) == 2
    assert "Rollen ”ägare” finns inte" in capsys.readouterr().err
    assert main(["server", "grant", url, "anna"]) == 2
    assert "--roll" in capsys.readouterr().err
    assert main(["server", "grant", url, "anna", "--roll", "läsare", "--verksamhet", "A"]) == 2
    assert "Bara en redaktör kan begränsas" in capsys.readouterr().err
    assert main(["server", "grant", "postgresql:///vplan", "anna", "--roll", "läsare"]) == 2
    assert "Adressen säger inte vilken plan" in capsys.readouterr().err
    assert main(["server", "rights", "postgresql:///vplan"]) == 2
    assert "Adressen säger inte vilken plan" in capsys.readouterr().err


class _Diag:
    def __init__(self, message: str, table: str | None) -> None:
        self.message_primary = message
        self.table_name = table


class _Refused(Exception):
    def __init__(self, state: str, message: str, table: str | None = None) -> None:
        super().__init__(message)
        self.sqlstate = state
        self.diag = _Diag(message, table)


def test_refusals_become_swedish_messages_and_other_errors_stay() -> None:
    found = refusal(_Refused("42501", "permission denied for table kapitel"))
    assert isinstance(found, RightsError)
    assert found.message.startswith("Du har inte behörighet att ändra kapitel i planen.")
    found = refusal(
        _Refused("42501", 'new row violates row-level security policy for table "aktivitet"')
    )
    assert isinstance(found, RightsError)
    assert "aktiviteter som hör till en annan verksamhet" in found.message
    found = refusal(_Refused("42501", "vplan: begränsad redaktör", "kapitel"))
    assert isinstance(found, RightsError) and "kapitel: du är redaktör bara" in found.message
    found = refusal(_Refused("VPL01", "vplan: antagen plan", "aktivitet"))
    assert isinstance(found, AdoptedPlanError)
    assert found.message.startswith("Planen är antagen och kan inte ändras")
    assert refusal(_Refused("23505", "duplicate key")) is None
    assert refusal(ValueError("x")) is None


def test_every_table_named_in_the_rules_is_a_plan_table_with_those_columns() -> None:
    tables = m.Base.metadata.tables
    assert set(tables) >= OPEN_WHEN_ADOPTED
    assert "plan" not in OPEN_WHEN_ADOPTED and "aktivitet" not in OPEN_WHEN_ADOPTED
    for table, (parent, column) in VERKSAMHET_OF.items():
        assert column in tables[table].columns
        assert "verksamhet_id" in tables[parent or table].columns

"""Plan addresses and ``.vplan-server`` link files: what is accepted, and the Swedish
message for what is not. No server is needed."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from vplan_desktop.cli import main
from vplan_desktop.errors import ServerError
from vplan_desktop.server.address import (
    PlanAddress,
    address_from_argument,
    parse_address,
    read_link_file,
)


def test_a_full_address_is_read_and_requires_a_verified_certificate() -> None:
    address = parse_address("postgresql://anna@db.kommun.se:6543/vplan#socialnämnden-2026")
    assert address == PlanAddress("db.kommun.se", 6543, "vplan", "socialnämnden-2026", "anna")
    params = address.connect_params()
    assert params["sslmode"] == "verify-full"
    assert params["host"] == "db.kommun.se"
    assert params["port"] == 6543
    assert params["dbname"] == "vplan"
    assert params["user"] == "anna"
    assert "password" not in params


def test_the_address_may_lower_the_tls_requirement_and_name_a_root_certificate() -> None:
    address = parse_address(
        "postgres://db.kommun.se/vplan?sslmode=verify-ca&sslrootcert=/etc/ssl/kommun.crt#plan"
    )
    params = address.connect_params()
    assert params["sslmode"] == "verify-ca"
    assert params["sslrootcert"] == "/etc/ssl/kommun.crt"


def test_a_unix_socket_host_needs_no_tls() -> None:
    address = parse_address("postgresql://%2Fvar%2Frun%2Fpostgresql/vplan#plan")
    assert address.host == "/var/run/postgresql"
    assert address.on_socket
    assert "sslmode" not in address.connect_params()
    same = parse_address("postgresql:///vplan?host=/var/run/postgresql#plan")
    assert same.host == "/var/run/postgresql"
    assert "sslmode" not in same.connect_params()


def test_the_longest_plan_names_fit_a_postgresql_schema_name() -> None:
    for name in ("a" * 40, "ä" * 29):
        plan = parse_address(f"postgresql://db.kommun.se/vplan#{name}").plan
        assert plan == name
        assert len(f"plan_{name}".encode()) <= 63


def test_an_ipv6_address_and_an_address_without_a_plan() -> None:
    address = parse_address("postgresql://[::1]:5433/vplan")
    assert (address.host, address.port, address.plan) == ("::1", 5433, None)
    with pytest.raises(ServerError, match="säger inte vilken plan"):
        address.needs_plan()


def test_the_address_is_written_back_as_read() -> None:
    text = "postgresql://anna@db.kommun.se:6543/vplan?sslmode=require#barn-och-utbildning"
    assert str(parse_address(text)) == text
    assert parse_address(str(parse_address(text))) == parse_address(text)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("https://db.kommun.se/vplan#plan", "är ingen serveradress"),
        ("db.kommun.se/vplan", "är ingen serveradress"),
        ("postgresql://anna:hemligt@db.kommun.se/vplan#plan", "innehåller ett lösenord"),
        ("postgresql://db.kommun.se/vplan?password=x#plan", "innehåller ett lösenord"),
        ("postgresql://db.kommun.se#plan", "saknar databasens namn"),
        ("postgresql://db.kommun.se/#plan", "saknar databasens namn"),
        ("postgresql://db.kommun.se:99999/vplan#plan", "inget portnummer"),
        ("postgresql://db.kommun.se:abc/vplan#plan", "inget portnummer"),
        ("postgresql://db_kommun!.se/vplan#plan", "inte ett giltigt namn på en dator"),
        ("postgresql://db.kommun.se/vplan?sslmode=kanske#plan", "sslmode=”kanske” finns inte"),
        (
            "postgresql://db.kommun.se/vplan?options=-csearch_path%3Dx#plan",
            "som vplan inte känner till",
        ),
        ("postgresql://db.kommun.se/vplan?sslmode=require&sslmode=disable#p", "två gånger"),
        ("postgresql://db.kommun.se/vplan#Stora Planen", "går inte att använda"),
        ("postgresql://db.kommun.se/vplan#" + "a" * 41, "för långt"),
        ("postgresql://db.kommun.se/vplan#" + "ä" * 30, "för långt"),
        ("postgresql://db.kommun.se/vplan#-plan", "börja med en bokstav"),
        ("postgresql://db.kommun.se/a/b#plan", "får inte innehålla ”/”"),
        ("postgresql://db.kommun.se/vplan\n#plan", "otillåtna tecken"),
        ("postgresql://h.se/vplan?host=/tmp#plan", "servern två gånger"),
    ],
)
def test_a_bad_address_is_refused_in_swedish(text: str, message: str) -> None:
    with pytest.raises(ServerError, match=message):
        parse_address(text)


def _link(tmp_path: Path, content: object | str, name: str = "plan.vplan-server") -> Path:
    path = tmp_path / name
    text = content if isinstance(content, str) else json.dumps(content)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_link_file_names_server_database_and_plan(tmp_path: Path) -> None:
    path = _link(
        tmp_path,
        {"server": "db.kommun.se", "port": 5433, "database": "vplan", "plan": "socialnämnden"},
    )
    address = read_link_file(path)
    assert address == PlanAddress("db.kommun.se", 5433, "vplan", "socialnämnden")
    assert address.sslmode == "verify-full"
    assert address_from_argument(str(path)) == address


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            {"server": "db.se", "database": "v", "plan": "p", "password": "x"},
            "innehåller ett lösenord",
        ),
        (
            {"server": "db.se", "database": "v", "plan": "p", "Lösenord": "x"},
            "innehåller ett lösenord",
        ),
        ({"server": "db.se", "plan": "p"}, "fältet ”databas” saknas"),
        ({"server": "db.se", "database": "v", "plan": "p", "extra": 1}, "”extra” hör inte hemma"),
        ({"server": "db.se", "database": "v", "plan": "p", "port": "5432"}, "ska vara ett heltal"),
        ({"server": "db.se", "database": "v", "plan": "p", "port": 0}, "portnummer"),
        ({"server": "db.se", "database": "v", "plan": "p", "sslmode": "av"}, "något av"),
        ({"server": "db.se", "database": "", "plan": "p"}, "”databas” är tom"),
        ({"server": "db se", "database": "v", "plan": "p"}, "inte ett giltigt namn"),
        ({"server": "db.se", "database": "v", "plan": "Min Plan"}, "går inte att använda"),
        (["db.se", "v", "p"], "ett JSON-objekt"),
        ('{"server": "db.se", "server": "evil.se", "database": "v", "plan": "p"}', "två gånger"),
        ("server=db.se", "ingen giltig JSON"),
        ("[" * 50000 + "]" * 50000, "för stor"),
        ("[" * 30000 + "]" * 30000, "ingen giltig JSON|ett JSON-objekt"),
    ],
)
def test_a_bad_link_file_is_refused_in_swedish(
    tmp_path: Path, content: object | str, message: str
) -> None:
    with pytest.raises(ServerError, match=message) as raised:
        read_link_file(_link(tmp_path, content))
    assert "plan.vplan-server" in raised.value.message


def test_a_link_file_that_is_not_text_or_missing(tmp_path: Path) -> None:
    path = tmp_path / "binär.vplan-server"
    path.write_bytes(b"\xff\xfe\x00{")
    with pytest.raises(ServerError, match="inte text i UTF-8"):
        read_link_file(path)
    with pytest.raises(ServerError, match="finns inte"):
        read_link_file(tmp_path / "borta.vplan-server")
    with pytest.raises(ServerError, match="varken en serveradress"):
        address_from_argument(str(tmp_path / "borta.txt"))


def test_the_cli_says_what_is_wrong_with_an_address(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["server", "list", "postgresql://anna:hemligt@db.kommun.se/vplan"])
    assert code == 2
    err = capsys.readouterr().err
    assert err.startswith("vplan: Adressen innehåller ett lösenord")
    assert "Traceback" not in err
    assert main(["server", "download", "postgresql://db.kommun.se/vplan", "x.vplan"]) == 2
    assert "säger inte vilken plan" in capsys.readouterr().err


def test_a_server_name_that_is_not_found_is_said_in_swedish(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The name lookup fails as it does for a name no DNS knows (the tests never use the
    network); the connection goes through psycopg as any other."""
    from vplan_desktop.server import transfer
    from vplan_desktop.server.credentials import Credentials

    looked_up: list[str] = []

    def unknown(host: str, *args: object, **kwargs: object) -> object:
        looked_up.append(host)
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", unknown)
    address = parse_address("postgresql://vplan.kommun.invalid/vplan#plan")
    with pytest.raises(ServerError, match=r"Servern ”vplan\.kommun\.invalid” hittades inte"):
        transfer.list_plans(address, Credentials())
    assert looked_up == ["vplan.kommun.invalid"]

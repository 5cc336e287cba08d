"""Where a plan on a server is: ``postgresql://server[:port]/database?…#plan``, or the same
in a ``.vplan-server`` link file.

Both come from outside (typed, pasted, mailed), so both are read strictly: only the
connection settings vplan knows are accepted, a password never is, and every fault is
named in Swedish. The password comes from libpq (``.pgpass``, a service file, GSSAPI) or
is asked for; vplan never stores one.
"""

from __future__ import annotations

import json
import re
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vplan_desktop.errors import ServerError

LINK_SUFFIX = ".vplan-server"
DEFAULT_SSLMODE = "verify-full"
"""The server's certificate must be signed by a trusted authority and name the server."""
SSLMODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")

_OPTIONS = frozenset(
    (
        "sslmode",
        "sslrootcert",
        "sslcert",
        "sslkey",
        "sslcrl",
        "gssencmode",
        "krbsrvname",
        "service",
        "passfile",
        "connect_timeout",
        "application_name",
        "host",
        "port",
        "user",
    )
)
"""The libpq settings an address may carry; anything else is refused."""

_PLAN_NAME = re.compile(r"[a-z0-9åäö][a-z0-9åäö_-]*")
_PLAN_NAME_MAX = 40
_PLAN_NAME_BYTES = 58
_HOST_NAME = re.compile(
    r"[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*"
)
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_EXAMPLE = "postgresql://server.kommun.se/vplan#socialnamnden-2026"


def check_plan_name(name: str) -> str:
    """``name`` if it can name a plan on a server: small letters (a–ö), digits, ``-`` and
    ``_``, at most 40 characters (58 bytes, as ``plan_<name>`` must fit PostgreSQL's 63)."""
    if not name:
        raise ServerError("Planens namn saknas.")
    # The name goes into the schema's name, which PostgreSQL cuts at 63 bytes: å, ä and ö
    # take two.
    if len(name) > _PLAN_NAME_MAX or len(name.encode("utf-8")) > _PLAN_NAME_BYTES:
        raise ServerError(
            f"Planens namn ”{name[:50]}” är för långt: högst {_PLAN_NAME_MAX} tecken, där å, ä "
            "och ö räknas som två."
        )
    if not _PLAN_NAME.fullmatch(name):
        raise ServerError(
            f"Planens namn ”{name}” går inte att använda: bara små bokstäver (a–ö), siffror, "
            "bindestreck och understreck, och det ska börja med en bokstav eller siffra."
        )
    return name


def _check_database(name: str) -> str:
    if not name:
        raise ServerError(f"Adressen saknar databasens namn (till exempel {_EXAMPLE}).")
    if len(name.encode("utf-8")) > 63 or _CONTROL.search(name):
        raise ServerError(f"Databasens namn ”{name[:70]}” går inte att använda.")
    return name


def _check_host(host: str) -> str:
    if host.startswith("/"):
        if _CONTROL.search(host):
            raise ServerError("Sökvägen till serverns socket innehåller otillåtna tecken.")
        return host
    bare = host[1:-1] if host.startswith("[") and host.endswith("]") else host
    if ":" in bare and re.fullmatch(r"[0-9A-Fa-f:.]+", bare):
        return bare  # an IPv6 address
    if len(host) > 253 or not _HOST_NAME.fullmatch(host):
        raise ServerError(f"Servernamnet ”{host[:80]}” är inte ett giltigt namn på en dator.")
    return host


def _check_port(text: str) -> int:
    if not text.isascii() or not text.isdigit() or not 0 < int(text) < 65536:
        raise ServerError(f"Porten ”{text[:20]}” är inget portnummer (1–65535).")
    return int(text)


@dataclass(frozen=True)
class PlanAddress:
    """A database on a PostgreSQL server, and (where one is meant) a plan in it."""

    host: str | None
    port: int | None
    database: str
    plan: str | None = None
    user: str | None = None
    options: tuple[tuple[str, str], ...] = field(default=())
    """Further libpq settings from the address, by name (``sslmode``, ``sslrootcert``, …)."""

    @property
    def on_socket(self) -> bool:
        """Whether the server is reached through a Unix socket (where TLS does not apply)."""
        return self.host is not None and self.host.startswith("/")

    @property
    def sslmode(self) -> str | None:
        """The TLS requirement: ``verify-full`` unless the address says otherwise; None on a
        Unix socket, which libpq never encrypts."""
        said = dict(self.options).get("sslmode")
        if said is not None:
            return said
        return None if self.on_socket else DEFAULT_SSLMODE

    @property
    def server(self) -> str:
        """The server as a person would name it in a message."""
        where = self.host or dict(self.options).get("service") or "den lokala servern"
        return f"{where}:{self.port}" if self.port else where

    def with_plan(self, plan: str) -> PlanAddress:
        return PlanAddress(
            self.host, self.port, self.database, check_plan_name(plan), self.user, self.options
        )

    def needs_plan(self) -> str:
        """The plan's name; a clear error if the address names none."""
        if self.plan is None:
            raise ServerError(
                "Adressen säger inte vilken plan som avses: lägg till planens namn efter #, "
                f"till exempel {_EXAMPLE}."
            )
        return self.plan

    def connect_params(self) -> dict[str, str | int]:
        """The settings for libpq (never a password: libpq finds it, or vplan asks)."""
        params: dict[str, str | int] = {"dbname": self.database}
        if self.host is not None:
            params["host"] = self.host
        if self.port is not None:
            params["port"] = self.port
        if self.user is not None:
            params["user"] = self.user
        params.update((key, value) for key, value in self.options if key != "sslmode")
        if self.sslmode is not None:
            params["sslmode"] = self.sslmode
        params.setdefault("connect_timeout", 15)
        params.setdefault("application_name", "vplan")
        return params

    def __str__(self) -> str:
        host = self.host or ""
        if self.on_socket:
            host = urllib.parse.quote(host, safe="")
        if self.host and ":" in self.host and not self.on_socket:
            host = f"[{self.host}]"
        user = f"{urllib.parse.quote(self.user, safe='')}@" if self.user else ""
        port = f":{self.port}" if self.port else ""
        query = urllib.parse.urlencode(self.options)
        text = f"postgresql://{user}{host}{port}/{urllib.parse.quote(self.database, safe='')}"
        if query:
            text += f"?{query}"
        if self.plan:
            text += f"#{self.plan}"
        return text


def _split_netloc(netloc: str) -> tuple[str | None, str | None, int | None]:
    """(user, host, port) of ``user@host:port``; a password there is refused."""
    user = None
    if "@" in netloc:
        userinfo, _, netloc = netloc.rpartition("@")
        if ":" in userinfo:
            raise ServerError(
                "Adressen innehåller ett lösenord. vplan tar aldrig emot lösenord i adresser "
                "eller filer: ta bort det, så frågar vplan efter lösenordet när det behövs."
            )
        user = urllib.parse.unquote(userinfo) or None
    if netloc.startswith("["):
        end = netloc.find("]")
        if end < 0:
            raise ServerError("Adressens IPv6-adress saknar sin avslutande ”]”.")
        host, rest = netloc[1:end], netloc[end + 1 :]
        if rest and not rest.startswith(":"):
            raise ServerError(f"Adressens server ”{netloc[:80]}” går inte att läsa.")
        port = _check_port(rest[1:]) if rest else None
        return user, _check_host(f"[{host}]"), port
    host, colon, port_text = netloc.rpartition(":")
    if not colon:
        host, port_text = netloc, ""
    host = urllib.parse.unquote(host)
    port = _check_port(port_text) if colon else None
    return user, (_check_host(host) if host else None), port


def parse_address(text: str) -> PlanAddress:
    """Read a plan address; a Swedish ``ServerError`` says what is wrong with a bad one."""
    text = text.strip()
    if _CONTROL.search(text) or len(text) > 2000:
        raise ServerError("Adressen innehåller otillåtna tecken eller är för lång.")
    scheme, _, rest = text.partition("://")
    if scheme.lower() not in ("postgresql", "postgres") or not _:
        raise ServerError(
            f"”{text[:80]}” är ingen serveradress. En plan på servern skrivs {_EXAMPLE}."
        )
    rest, _, fragment = rest.partition("#")
    rest, _, query = rest.partition("?")
    netloc, slash, path = rest.partition("/")
    user, host, port = _split_netloc(netloc)
    if "/" in path:
        raise ServerError(f"Databasens namn ”{path[:70]}” får inte innehålla ”/”.")
    database = _check_database(urllib.parse.unquote(path) if slash else "")
    options: dict[str, str] = {}
    try:
        pairs = urllib.parse.parse_qsl(query, keep_blank_values=True, strict_parsing=bool(query))
    except ValueError:
        raise ServerError(f"Adressens inställningar ”{query[:80]}” går inte att läsa.") from None
    for key, value in pairs:
        _check_option(key, value)
        if key in options:
            raise ServerError(f"Inställningen ”{key}” står två gånger i adressen.")
        options[key] = value
    if "host" in options:
        if host is not None:
            raise ServerError("Adressen anger servern två gånger (före / och som host=).")
        host = _check_host(options.pop("host"))
    if "port" in options:
        if port is not None:
            raise ServerError("Adressen anger porten två gånger (efter : och som port=).")
        port = _check_port(options.pop("port"))
    if "user" in options:
        if user is not None:
            raise ServerError("Adressen anger användaren två gånger (före @ och som user=).")
        user = options.pop("user")
    plan = check_plan_name(urllib.parse.unquote(fragment)) if fragment else None
    return PlanAddress(host, port, database, plan, user, tuple(sorted(options.items())))


def _check_option(key: str, value: str) -> None:
    if key in ("password", "lösenord"):
        raise ServerError(
            "Adressen innehåller ett lösenord. vplan tar aldrig emot lösenord i adresser eller "
            "filer: ta bort det, så frågar vplan efter lösenordet när det behövs."
        )
    if key not in _OPTIONS:
        known = ", ".join(sorted(_OPTIONS))
        raise ServerError(
            f"Adressen har inställningen ”{key[:40]}”, som vplan inte känner till (kända: {known})."
        )
    if _CONTROL.search(value) or len(value) > 1000:
        raise ServerError(f"Inställningen ”{key}” har ett otillåtet värde.")
    if key == "sslmode" and value not in SSLMODES:
        raise ServerError(
            f"sslmode=”{value[:30]}” finns inte; välj något av {', '.join(SSLMODES)}."
        )


# --- the link file -----------------------------------------------------------------------

LINK_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["server", "database", "plan"],
    "additionalProperties": False,
    "properties": {
        "server": {"type": "string", "minLength": 1, "maxLength": 253},
        "port": {"type": "integer", "minimum": 1, "maximum": 65535},
        "database": {"type": "string", "minLength": 1, "maxLength": 63},
        "plan": {"type": "string", "minLength": 1, "maxLength": _PLAN_NAME_MAX},
        "sslmode": {"enum": list(SSLMODES)},
    },
}
_LINK_MAX_BYTES = 64 * 1024
_FIELD_NAMES = {
    "server": "server",
    "port": "port",
    "database": "databas",
    "plan": "plan",
    "sslmode": "sslmode",
}


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise ServerError(f"”{key[:40]}” står två gånger")
        seen[key] = value
    return seen


def read_link_file(path: Path) -> PlanAddress:
    """The plan a ``.vplan-server`` file points to (JSON: server, port, database, plan and
    optionally sslmode). A file that says anything else is refused, a password above all."""
    name = f"”{path.name}”"
    try:
        with path.open("rb") as handle:
            raw = handle.read(_LINK_MAX_BYTES + 1)
    except FileNotFoundError:
        raise ServerError(f"Länkfilen {name} finns inte.") from None
    except OSError as error:
        raise ServerError(f"Länkfilen {name} kunde inte läsas: {error.strerror}.") from None
    if len(raw) > _LINK_MAX_BYTES:
        raise ServerError(f"Länkfilen {name} är för stor för att vara en vplan-länk.")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ServerError(f"Länkfilen {name} är inte text i UTF-8.") from None
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicates)
    except ServerError as error:
        raise ServerError(f"Länkfilen {name} går inte att läsa: {error.message}.") from None
    except (ValueError, RecursionError):
        raise ServerError(f"Länkfilen {name} är inte en vplan-länk (ingen giltig JSON).") from None
    return _link_address(data, name)


def _link_address(data: Any, name: str) -> PlanAddress:
    import jsonschema  # deferred: slow to import, and only a link file needs it

    if isinstance(data, dict) and any(
        "password" in key.lower() or "lösen" in key.lower() for key in data
    ):
        raise ServerError(
            f"Länkfilen {name} innehåller ett lösenord. vplan läser aldrig lösenord ur filer: "
            "ta bort det ur filen, så frågar vplan efter lösenordet när det behövs."
        )
    errors = sorted(
        jsonschema.Draft202012Validator(LINK_SCHEMA).iter_errors(data), key=lambda e: e.path
    )
    if errors:
        raise ServerError(
            f"Länkfilen {name} är inte en giltig vplan-länk: {_link_problem(errors[0])}."
        )
    host = data["server"]
    if host.startswith("/") and not Path(host).is_absolute():
        raise ServerError(f"Länkfilen {name}: servern ”{host[:80]}” går inte att använda.")
    try:
        return PlanAddress(
            host=_check_host(host),
            port=data.get("port"),
            database=_check_database(data["database"]),
            plan=check_plan_name(data["plan"]),
            options=(("sslmode", data["sslmode"]),) if "sslmode" in data else (),
        )
    except ServerError as error:
        raise ServerError(f"Länkfilen {name}: {error.message}") from None


def _link_problem(error: Any) -> str:
    if error.validator == "additionalProperties":
        extra = sorted(set(error.instance) - set(LINK_SCHEMA["properties"]))
        return f"fältet ”{extra[0][:40] if extra else '?'}” hör inte hemma i en vplan-länk"
    if error.validator == "required":
        missing = [key for key in LINK_SCHEMA["required"] if key not in error.instance]
        return f"fältet ”{_FIELD_NAMES[missing[0]]}” saknas"
    if error.validator == "type" and not error.path:
        return "den ska innehålla ett JSON-objekt med server, database och plan"
    where = _FIELD_NAMES.get(str(error.path[0]), str(error.path[0])) if error.path else "filen"
    if error.validator == "enum":
        return f"”{where}” ska vara något av {', '.join(SSLMODES)}"
    if error.validator == "type":
        kind = "ett heltal" if where == "port" else "en text"
        return f"”{where}” ska vara {kind}"
    if error.validator in ("minimum", "maximum"):
        return f"”{where}” ska vara ett portnummer (1–65535)"
    if error.validator == "minLength":
        return f"”{where}” är tom"
    return f"”{where}” är för lång"


def address_from_argument(text: str) -> PlanAddress:
    """An address as given on the command line: a ``postgresql://`` address, or a
    ``.vplan-server`` link file."""
    if "://" in text:
        return parse_address(text)
    path = Path(text)
    if path.suffix == LINK_SUFFIX or path.is_file():
        return read_link_file(path)
    raise ServerError(
        f"”{text[:80]}” är varken en serveradress ({_EXAMPLE}) eller en länkfil ({LINK_SUFFIX})."
    )

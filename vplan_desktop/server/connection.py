"""Connecting to the server through psycopg (libpq), and what to tell the user when it fails.

libpq finds the password itself (``.pgpass``, a service file, Kerberos/GSSAPI); only when the
server asks for one that libpq does not have does vplan ask the user, once per command, and
keeps the answer in memory for that command alone.
"""

from __future__ import annotations

import getpass
from typing import Any

import psycopg
from sqlalchemy import Engine, create_engine, exc

from vplan_desktop.errors import ServerError, ServerUnreachable
from vplan_desktop.server.address import PlanAddress
from vplan_desktop.server.credentials import Credentials


class PasswordRefused(ServerError):
    """The server did not accept the password given: asking again may help."""


def quoted(name: str) -> str:
    """``name`` as a PostgreSQL identifier."""
    return '"' + name.replace('"', '""') + '"'


def _user(address: PlanAddress) -> str:
    if address.user:
        return address.user
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no user name in the environment (some services)
        return "din användare"


def _needs_password(error: psycopg.Error) -> bool:
    return "no password supplied" in str(error).lower()


def connect(
    address: PlanAddress,
    credentials: Credentials,
    *,
    search_path: str | None = None,
) -> psycopg.Connection[Any]:
    """A new connection to ``address``'s database (with ``search_path`` set, if given)."""
    params: dict[str, Any] = dict(address.connect_params())
    while True:
        if credentials.password is not None:
            params["password"] = credentials.password
        try:
            connection = psycopg.connect(**params)
            break
        except psycopg.OperationalError as error:
            if _needs_password(error) and credentials.password is None and credentials.prompt:
                answer = credentials.prompt(f"Lösenord för {_user(address)} på {address.server}: ")
                if not answer:
                    raise ServerError("Inget lösenord angavs; inget gjordes.") from None
                credentials.password = answer
                continue
            raise connection_error(error, address) from None
    if search_path is not None:
        connection.execute("SELECT set_config('search_path', %s, false)", [search_path])
        connection.commit()
    return connection


def engine_for(
    address: PlanAddress, credentials: Credentials, *, schema: str | None = None
) -> Engine:
    """An SQLAlchemy engine on ``address``'s database; with ``schema``, each of its
    connections sees that schema's tables (and nothing else) by their plain names, as the
    models and migrations name them."""
    path = None if schema is None else f"{quoted(schema)}, pg_temp"
    return create_engine(
        "postgresql+psycopg://",
        creator=lambda: connect(address, credentials, search_path=path),
        pool_size=2,
    )


def connection_error(error: psycopg.Error, address: PlanAddress) -> ServerError:
    """The Swedish message for a connection that failed."""
    text = str(error)
    low = text.lower()
    state = getattr(error, "sqlstate", None)
    where = address.server
    user = _user(address)
    host = address.host or where
    if state == "3D000" or ("database" in low and "does not exist" in low):
        return ServerError(f"Databasen ”{address.database}” finns inte på servern {where}.")
    if state == "28P01" or "password authentication failed" in low:
        return PasswordRefused(
            f"Servern {where} godtog inte lösenordet för {user}. Kontrollera lösenordet "
            "och försök igen."
        )
    if _needs_password(error):
        return ServerError(
            f"Servern {where} kräver ett lösenord för {user}, och inget fanns att ge den "
            "(varken i .pgpass eller inskrivet)."
        )
    if "role" in low and "does not exist" in low:
        return ServerError(f"Användaren ”{user}” finns inte på servern {where}.")
    if "no pg_hba.conf entry" in low or state == "28000":
        return ServerError(
            f"Servern {where} tar inte emot {user} härifrån. Be den som sköter servern "
            "om behörighet."
        )
    if "does not match host name" in low:
        return ServerError(
            f"Serverns certifikat gäller inte för ”{host}”: det kan vara fel server, så vplan "
            "avbröt anslutningen. Kontrollera adressen (servernamnet ska vara det som står i "
            "certifikatet) eller be den som sköter servern om rätt certifikat."
        )
    if "root certificate file" in low:
        return ServerError(
            "Serverns certifikat kan inte kontrolleras: rotcertifikatet att kontrollera det "
            "mot saknas. Be den som sköter servern om kommunens rotcertifikat och ange det i "
            "adressen med ?sslrootcert=SÖKVÄG."
        )
    if "does not support ssl" in low:
        return ServerError(
            f"Servern {where} erbjuder ingen krypterad anslutning, och vplan kräver en. "
            "Be den som sköter servern att slå på TLS."
        )
    if "certificate" in low or "ssl error" in low or "tls" in low:
        return ServerError(
            f"Serverns certifikat för {where} kunde inte godkännas, så vplan avbröt "
            f"anslutningen ({_first_line(text)})."
        )
    if "translate host name" in low or "failed to resolve host" in low:
        return ServerUnreachable(
            f"Servern ”{host}” hittades inte. Kontrollera namnet och att datorn är ansluten "
            "till kommunens nätverk."
        )
    if "connection refused" in low:
        return ServerUnreachable(
            f"Servern {where} tar inte emot anslutningar (anslutningen nekades). Kontrollera "
            "adressen och porten, och att databasservern är igång."
        )
    if address.on_socket and "no such file or directory" in low:
        return ServerUnreachable(f"Ingen databasserver lyssnar i {address.host}.")
    if "timeout" in low or "timed out" in low:
        return ServerUnreachable(f"Servern {where} svarade inte i tid.")
    if state in _DOWN_STATES or any(words in low for words in _DOWN_WORDS):
        return ServerUnreachable(
            f"Servern {where} går inte att nå just nu ({_first_line(text)}). Försök igen om "
            "en stund."
        )
    return ServerError(f"Det gick inte att ansluta till servern {where}: {_first_line(text)}.")


def _first_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1].rstrip(".") if lines else "okänt fel"


_DOWN_STATES = frozenset({"57P01", "57P02", "57P03"})
"""The server is shutting down, crashed or is starting up: it will be back."""
_DOWN_WORDS = (
    "network is unreachable",
    "no route to host",
    "connection reset",
    "server closed the connection",
    "could not receive data",
    "could not send data",
    "the database system is",
)

LOST_MESSAGE = (
    "Förbindelsen med servern bröts – dina ändringar sparas på den här datorn tills den är "
    "tillbaka."
)


def lost_connection(error: BaseException) -> ServerUnreachable | None:
    """The Swedish error for a connection to the server that broke while it was used (the
    network or the server went away); None for any other error.

    SQLAlchemy marks an error after which the connection is unusable
    (``connection_invalidated``); the SQLSTATE class 08 (connection exception) and the
    server's own shutdown and restart (57P01–57P03) say the same.
    """
    if isinstance(error, ServerUnreachable):
        return error
    original = error.orig if isinstance(error, exc.DBAPIError) else error
    invalidated = isinstance(error, exc.DBAPIError) and error.connection_invalidated
    state = getattr(original, "sqlstate", None) or ""
    broken = isinstance(original, psycopg.OperationalError) and (
        state.startswith("08")
        or state in _DOWN_STATES
        or (not state and any(words in str(original).lower() for words in _DOWN_WORDS))
        or "connection is closed" in str(original).lower()
    )
    if invalidated or broken:
        return ServerUnreachable(LOST_MESSAGE)
    return None

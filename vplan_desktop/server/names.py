"""The names people are known by, for the server's users: "Anna Svensson" for the login role
``anna_s``.

A plan's rows keep who changed them last as the server knows her (``andrad_av``: the login
role, ``db.row_versions``). A message that names her ("Anna Svensson ändrade detta kl. 10.42 –
din ändring gjordes inte") looks the role up in ``vplan.anvandare``; a role without a name
there is named as it is. Every name vplan shows for a server user (a conflict, who else has
the plan open, who writes a chapter) is read here, nowhere else. The name is given with
``vplan server grant … --namn "Anna Svensson"`` by an administratör of a plan; every user of a
plan may read the names.
"""

from __future__ import annotations

from typing import Any

import psycopg
from sqlalchemy import Connection, exc, text
from sqlalchemy.orm import Session

from vplan_desktop.errors import ServerError
from vplan_desktop.server.connection import quoted

NAMES = "vplan.anvandare"
"""The table of names: ``roll`` (the login role), ``namn`` (as people know her)."""

MAX_NAME = 200

CREATE = f"""CREATE TABLE IF NOT EXISTS {NAMES} (
    roll text PRIMARY KEY,
    namn text NOT NULL CHECK (length(namn) BETWEEN 1 AND {MAX_NAME})
)"""


def grants(lasare: str, admin: str) -> list[str]:
    """The statements letting a plan's users read the names and its administratörer set
    them (a plan's ``rights.protect``)."""
    return [
        CREATE,
        f"GRANT SELECT ON {NAMES} TO {quoted(lasare)}",
        f"GRANT INSERT, UPDATE ON {NAMES} TO {quoted(admin)}",
    ]


def checked_name(name: str) -> str:
    """A name as given on the command line, tidied; refused when empty or too long."""
    tidy = " ".join(name.split())
    if not tidy:
        raise ServerError("Namnet är tomt; skriv användarens namn, t.ex. --namn ”Anna Svensson”.")
    if len(tidy) > MAX_NAME:
        raise ServerError(f"Namnet är för långt (högst {MAX_NAME} tecken).")
    return tidy


def set_name(
    connection: Connection, role: str, name: str, plan_roles: tuple[str, str] | None = None
) -> None:
    """Give the login role ``role`` the name ``name`` (inside the caller's transaction).

    On a server whose plans were given their rights before vplan kept names, the table and
    the grants to the plan's ``plan_roles`` (läsare, administratör) are made here, by whoever
    may (the owner of the catalogue)."""
    tidy = checked_name(name)
    if connection.execute(text(f"SELECT to_regclass('{NAMES}')")).scalar() is None:
        try:
            with connection.begin_nested():
                for statement in grants(*plan_roles) if plan_roles else [CREATE]:
                    connection.execute(text(statement))
        except exc.DBAPIError:
            raise ServerError(
                "Servern har ännu ingen lista över användarnas namn. Den som förberedde "
                "databasen ger namnet (vplan server grant … --namn), eller laddar upp planen "
                "på nytt."
            ) from None
    connection.execute(
        text(
            f"INSERT INTO {NAMES} (roll, namn) VALUES (:roll, :namn) "
            "ON CONFLICT (roll) DO UPDATE SET namn = excluded.namn"
        ),
        {"roll": role, "namn": tidy},
    )


def name_of(session: Session, role: str) -> str | None:
    """The name ``role`` is known by, None where there is none (or the names cannot be read:
    a plan from before vplan kept names, a user without a right in the plan). Read in a
    savepoint: a refusal must not end the caller's transaction."""
    if not role:
        return None
    connection = session.connection()
    try:
        with connection.begin_nested():
            found = connection.execute(
                text(f"SELECT namn FROM {NAMES} WHERE roll = :roll"), {"roll": role}
            ).scalar()
    except exc.DBAPIError:
        return None
    return None if found is None else str(found)


def names_of(connection: psycopg.Connection[Any], roles: list[str]) -> dict[str, str]:
    """The names the login roles ``roles`` are known by, read on a plain connection in
    autocommit mode (a window's listener, its chapter holds). A role without a name is left
    out, and so are all when the names cannot be read (a database from before vplan kept
    names, a user with no right in the plan): the caller shows the role's own name."""
    wanted = sorted({role for role in roles if role})
    if not wanted:
        return {}
    try:
        rows = connection.execute(
            f"SELECT roll, namn FROM {NAMES} WHERE roll = ANY(%s)", [wanted]
        ).fetchall()
    except (psycopg.errors.UndefinedTable, psycopg.errors.InsufficientPrivilege):
        return {}
    return {str(role): str(name) for role, name in rows if isinstance(name, str) and name}

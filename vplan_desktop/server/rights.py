"""Who may do what in a plan on the server: läsare, redaktör and administratör, enforced by
the server itself (``rights_sql``), never by vplan.

The roles are group roles (NOLOGIN) of the plan, ``role_names``; a user is a login role IT
made, and a right is membership in one of them. They are made when the plan is uploaded, in
the same transaction, so a plan is never on the server unprotected (an upload that replaces a
plan drops its schema, and with it every grant, policy and trigger: they are made again, and
the roles with their members stay). A plan uploaded before vplan had rights gets them with
its first ``grant``.

A redaktör limited to verksamheter is kept in ``vplan.verksamhetsbehorighet`` by plan, user
and verksamhet (its name, and its id in the plan): the id is what the server checks, the name
finds the verksamhet again in a plan uploaded anew.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import Connection, text

from vplan_desktop.errors import RightsError, ServerError
from vplan_desktop.server import catalog, names
from vplan_desktop.server.address import PlanAddress
from vplan_desktop.server.connection import engine_for, quoted
from vplan_desktop.server.credentials import Credentials
from vplan_desktop.server.notify_sql import install_notify
from vplan_desktop.server.rights_sql import LIMITS, functions, literal, table_rules


class Roll(StrEnum):
    LASARE = "läsare"
    REDAKTOR = "redaktör"
    ADMIN = "administratör"


_SUFFIX = {Roll.LASARE: "lasare", Roll.REDAKTOR: "redaktor", Roll.ADMIN: "admin"}
_MAX_IDENTIFIER = 63
_TAG = 6

_CATALOG = (
    f"""CREATE TABLE IF NOT EXISTS {LIMITS} (
        plan text NOT NULL,
        anvandare text NOT NULL,
        verksamhet text NOT NULL,
        verksamhet_id integer,
        PRIMARY KEY (plan, anvandare, verksamhet)
    )""",
    f"ALTER TABLE {LIMITS} ENABLE ROW LEVEL SECURITY",
)


def parse_roll(text_: str) -> Roll:
    """The role a user typed (``läsare``, ``redaktör``, ``administratör``; also without å, ä
    and ö, and ``admin``)."""
    plain = text_.strip().lower()
    spelled = {
        "läsare": Roll.LASARE,
        "lasare": Roll.LASARE,
        "redaktör": Roll.REDAKTOR,
        "redaktor": Roll.REDAKTOR,
        "administratör": Roll.ADMIN,
        "administrator": Roll.ADMIN,
        "admin": Roll.ADMIN,
    }
    if plain not in spelled:
        raise ServerError(
            f"Rollen ”{text_[:40]}” finns inte; välj läsare, redaktör eller administratör."
        )
    return spelled[plain]


def role_names(database: str, plan: str) -> dict[Roll, str]:
    """The plan's group roles. Roles belong to the whole server, plans to one database: a
    short hash of both keeps two databases' plans of one name apart, and the plan's name is
    cut to keep each name within PostgreSQL's 63 bytes."""
    tag = hashlib.sha256(f"{database}\0{plan}".encode()).hexdigest()[:_TAG]
    room = (
        _MAX_IDENTIFIER
        - len("vplan_")
        - len(f"_{tag}")
        - max(len(f"_{s}") for s in _SUFFIX.values())
    )
    short = plan.encode("utf-8")[:room].decode("utf-8", errors="ignore")
    return {roll: f"vplan_{short}_{tag}_{suffix}" for roll, suffix in _SUFFIX.items()}


def _comment(roll: Roll, database: str, plan: str) -> str:
    return f"vplan: {roll.value} i planen {plan} i databasen {database}"


# --- making the rules --------------------------------------------------------------------------


def has_rules(connection: Connection, schema: str) -> bool:
    """Whether the plan's schema has its rights (its functions are made with them)."""
    found = connection.execute(
        text(
            "SELECT 1 FROM pg_proc WHERE proname = 'vplan_behorighet' "
            "AND pronamespace = cast(:s AS regnamespace)"
        ),
        {"s": quoted(schema)},
    ).first()
    return found is not None


def protect(connection: Connection, database: str, plan: str, schema: str) -> None:
    """Give the plan in ``schema`` its roles, grants, row-level security and triggers (inside
    the caller's transaction, once its rows are in: the triggers would refuse copying an
    adopted plan). Needs the right to create roles, unless the roles are there already."""
    roles = role_names(database, plan)
    _check_owner(connection, schema)
    for statement in _CATALOG:
        connection.execute(text(statement))
    for roll, name in roles.items():
        _make_role(connection, roll, name, database, plan)
    lasare, redaktor, admin = roles[Roll.LASARE], roles[Roll.REDAKTOR], roles[Roll.ADMIN]
    q_lasare, q_admin = quoted(lasare), quoted(admin)
    # Only where missing: granting one role to another needs CREATEROLE, which whoever
    # uploads the plan again need not have.
    for role, member, admin_option in (
        (lasare, redaktor, False),
        (lasare, admin, True),
        (redaktor, admin, True),
    ):
        _make_member(connection, role, member, admin_option=admin_option)
    statements = [
        f"GRANT USAGE ON SCHEMA {catalog.CATALOG} TO {q_lasare}",
        f"GRANT SELECT ON {catalog.CATALOG}.databas, {catalog.CATALOG}.plan, {LIMITS} "
        f"TO {q_lasare}",
        f"GRANT INSERT, UPDATE, DELETE ON {LIMITS} TO {q_admin}",
        f"DROP POLICY IF EXISTS lasa ON {LIMITS}",
        f"CREATE POLICY lasa ON {LIMITS} FOR SELECT USING (true)",
        f"DROP POLICY IF EXISTS {q_admin} ON {LIMITS}",
        f"CREATE POLICY {q_admin} ON {LIMITS} FOR ALL TO {q_admin} "
        f"USING (plan = {literal(plan)}) WITH CHECK (plan = {literal(plan)})",
        *functions(schema, plan, admin),
        *table_rules(schema, lasare, redaktor),
        *names.grants(lasare, admin),  # the names people are known by (``server.names``)
    ]
    for statement in statements:
        connection.execute(text(statement))
    install_notify(connection, schema)  # open windows hear of every change (``notify_sql``)
    # A plan uploaded anew may have other ids: the limits follow the verksamheter by name,
    # and one no longer there limits to nothing (never to everything).
    connection.execute(
        text(
            f"UPDATE {LIMITS} l SET verksamhet_id = (SELECT v.id FROM "
            f"{quoted(schema)}.verksamhet v WHERE v.namn = l.verksamhet) WHERE l.plan = :plan"
        ),
        {"plan": plan},
    )


def _make_member(connection: Connection, role: str, member: str, *, admin_option: bool) -> None:
    found = connection.execute(
        text(
            "SELECT a.admin_option FROM pg_auth_members a JOIN pg_roles r ON r.oid = a.roleid "
            "JOIN pg_roles u ON u.oid = a.member WHERE r.rolname = :role AND u.rolname = :member"
        ),
        {"role": role, "member": member},
    ).scalar()
    if found is None or (admin_option and not found):
        option = " WITH ADMIN OPTION" if admin_option else ""
        connection.execute(text(f"GRANT {quoted(role)} TO {quoted(member)}{option}"))


def _check_owner(connection: Connection, schema: str) -> None:
    """Refuse where grants would be ignored with a mere warning: by someone who does not own
    the catalogue and the plan (PostgreSQL grants only what the granter may give)."""
    owners = connection.execute(
        text(
            "SELECT n.nspname FROM pg_namespace n WHERE n.nspname IN (:catalog, :schema) "
            "AND NOT pg_has_role(current_user, n.nspowner, 'USAGE')"
        ),
        {"catalog": catalog.CATALOG, "schema": schema},
    ).scalars()
    foreign = list(owners)
    if foreign:
        raise RightsError(
            "Bara den som förberedde databasen och laddade upp planen kan skapa planens "
            f"behörigheter (schemat ”{foreign[0]}” är inte ditt)."
        )


def _make_role(connection: Connection, roll: Roll, name: str, database: str, plan: str) -> None:
    comment = _comment(roll, database, plan)
    found = connection.execute(
        text(
            "SELECT r.rolcanlogin, shobj_description(r.oid, 'pg_authid') FROM pg_roles r "
            "WHERE r.rolname = :name"
        ),
        {"name": name},
    ).first()
    if found is None:
        may = connection.execute(
            text("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user")
        ).scalar()
        if not may:
            raise RightsError(
                "Planens roller finns inte på servern, och du har inte behörighet att skapa "
                "roller (CREATEROLE). Be den som sköter servern att ladda upp planen eller ge "
                "dig den behörigheten."
            )
        connection.execute(text(f"CREATE ROLE {quoted(name)} NOLOGIN"))
        connection.execute(text(f"COMMENT ON ROLE {quoted(name)} IS {literal(comment)}"))
        return
    if found[0] or found[1] != comment:
        raise ServerError(
            f"Servern har redan en roll ”{name}” som inte är vplans roll för planen ”{plan}”; "
            "planens behörigheter skapades inte. Be den som sköter servern att se över rollen."
        )


# --- granting ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Right:
    """A user's right in a plan, as ``vplan server rights`` shows it."""

    anvandare: str
    roll: Roll
    verksamheter: tuple[str, ...] = ()
    """The verksamheter a limited redaktör writes (names); empty: all of the plan."""


def _enter(connection: Connection, address: PlanAddress) -> tuple[str, str]:
    plan = address.needs_plan()
    catalog.lock(connection)
    catalog.require_catalog(connection, address.database)
    schema = catalog.plan_schema(connection, plan)
    if schema is None:
        raise catalog.missing_plan(plan, address.database)
    return plan, schema


def _is_admin(connection: Connection, admin: str) -> bool:
    return bool(
        connection.execute(
            text(
                "SELECT rolsuper OR pg_has_role(current_user, :admin, 'USAGE') "
                "FROM pg_roles WHERE rolname = current_user"
            ),
            {"admin": admin},
        ).scalar()
    )


def _check_user(connection: Connection, user: str, roles: dict[Roll, str]) -> None:
    login = connection.execute(
        text("SELECT rolcanlogin FROM pg_roles WHERE rolname = :u"), {"u": user}
    ).scalar()
    if login is None:
        raise ServerError(
            f"Användaren ”{user}” finns inte på servern. Användare (inloggningsroller) skapas av "
            "den som sköter servern; vplan ger dem sedan behörighet i planer."
        )
    if not login or user in roles.values():
        raise ServerError(
            f"”{user}” är ingen användare som kan logga in, utan en grupproll; vplan ger "
            "behörighet till användare."
        )


def _verksamheter(
    connection: Connection, schema: str, plan: str, names: list[str]
) -> dict[str, int]:
    known: dict[str, int] = {
        namn: id_
        for namn, id_ in connection.execute(
            text(f"SELECT namn, id FROM {quoted(schema)}.verksamhet ORDER BY ordning, id")
        )
    }
    chosen: dict[str, int] = {}
    for name in names:
        match = [known_name for known_name in known if known_name.lower() == name.strip().lower()]
        if not match:
            listed = ", ".join(f"”{n}”" for n in known) or "inga"
            raise ServerError(
                f"Verksamheten ”{name.strip()}” finns inte i planen ”{plan}”. Planens "
                f"verksamheter: {listed}."
            )
        chosen[match[0]] = known[match[0]]
    return chosen


def _require_admin(connection: Connection, plan: str, roles: dict[Roll, str]) -> None:
    if not _is_admin(connection, roles[Roll.ADMIN]):
        raise RightsError(
            f"Du har inte behörighet att ändra behörigheterna i planen ”{plan}”: det får bara "
            "planens administratörer."
        )


def _prepare(connection: Connection, address: PlanAddress) -> tuple[str, str, dict[Roll, str]]:
    plan, schema = _enter(connection, address)
    roles = role_names(address.database, plan)
    if not has_rules(connection, schema):
        protect(connection, address.database, plan, schema)
    _require_admin(connection, plan, roles)
    return plan, schema, roles


def _drop_rights(connection: Connection, plan: str, user: str, roles: dict[Roll, str]) -> bool:
    """Take the user's rights in the plan away; whether there were any."""
    held = connection.execute(
        text(
            "SELECT r.rolname FROM pg_auth_members a JOIN pg_roles r ON r.oid = a.roleid "
            "JOIN pg_roles u ON u.oid = a.member WHERE u.rolname = :u AND r.rolname = ANY(:roles)"
        ),
        {"u": user, "roles": list(roles.values())},
    ).scalars()
    names = list(held)
    for name in names:
        connection.execute(text(f"REVOKE {quoted(name)} FROM {quoted(user)}"))
    limits = connection.execute(
        text(f"DELETE FROM {LIMITS} WHERE plan = :plan AND anvandare = :u"),
        {"plan": plan, "u": user},
    )
    return bool(names) or bool(limits.rowcount)


def grant(
    address: PlanAddress,
    credentials: Credentials,
    user: str,
    roll: Roll,
    verksamheter: list[str] | None = None,
    namn: str | None = None,
) -> Right:
    """Give ``user`` the role ``roll`` in the plan, in place of what the user had there; a
    redaktör with ``verksamheter`` writes only theirs. ``namn`` is the name people know the
    user by ("Anna Svensson"), shown where vplan names who changed something
    (``server.names``)."""
    if verksamheter and roll is not Roll.REDAKTOR:
        raise ServerError("Bara en redaktör kan begränsas till verksamheter (--verksamhet).")
    engine = engine_for(address, credentials)
    try:
        with catalog.statements("ändra behörigheterna i planen"), engine.begin() as connection:
            plan, schema, roles = _prepare(connection, address)
            _check_user(connection, user, roles)
            chosen = _verksamheter(connection, schema, plan, verksamheter or [])
            _drop_rights(connection, plan, user, roles)
            admin_option = " WITH ADMIN OPTION" if roll is Roll.ADMIN else ""
            connection.execute(text(f"GRANT {quoted(roles[roll])} TO {quoted(user)}{admin_option}"))
            for name, verksamhet_id in chosen.items():
                connection.execute(
                    text(
                        f"INSERT INTO {LIMITS} (plan, anvandare, verksamhet, verksamhet_id) "
                        "VALUES (:plan, :u, :namn, :id)"
                    ),
                    {"plan": plan, "u": user, "namn": name, "id": verksamhet_id},
                )
            if namn is not None:
                names.set_name(connection, user, namn, (roles[Roll.LASARE], roles[Roll.ADMIN]))
    finally:
        engine.dispose()
    return Right(user, roll, tuple(chosen))


def revoke(address: PlanAddress, credentials: Credentials, user: str) -> None:
    """Take away every right ``user`` has in the plan."""
    engine = engine_for(address, credentials)
    try:
        with catalog.statements("ändra behörigheterna i planen"), engine.begin() as connection:
            plan, _schema, roles = _prepare(connection, address)
            if not _drop_rights(connection, plan, user, roles):
                raise ServerError(f"Användaren ”{user}” har ingen behörighet i planen ”{plan}”.")
    finally:
        engine.dispose()


def rights(address: PlanAddress, credentials: Credentials) -> list[Right] | None:
    """Who has what in the plan, by user; None for a plan without rights yet."""
    engine = engine_for(address, credentials)
    try:
        with catalog.statements("läsa behörigheterna i planen"), engine.begin() as connection:
            plan = address.needs_plan()
            catalog.require_catalog(connection, address.database)
            schema = catalog.plan_schema(connection, plan)
            if schema is None:
                raise catalog.missing_plan(plan, address.database)
            if not has_rules(connection, schema):
                return None
            return _listed(connection, plan, role_names(address.database, plan))
    finally:
        engine.dispose()


def _listed(connection: Connection, plan: str, roles: dict[Roll, str]) -> list[Right]:
    by_name = {name: roll for roll, name in roles.items()}
    members = connection.execute(
        text(
            "SELECT u.rolname, r.rolname FROM pg_auth_members a "
            "JOIN pg_roles r ON r.oid = a.roleid JOIN pg_roles u ON u.oid = a.member "
            "WHERE r.rolname = ANY(:roles) AND u.rolcanlogin ORDER BY u.rolname"
        ),
        {"roles": list(roles.values())},
    ).all()
    limits: dict[str, list[str]] = {}
    for user, name, present in connection.execute(
        text(
            f"SELECT anvandare, verksamhet, verksamhet_id IS NOT NULL FROM {LIMITS} "
            "WHERE plan = :plan ORDER BY anvandare, verksamhet"
        ),
        {"plan": plan},
    ):
        limits.setdefault(user, []).append(name if present else f"{name} (finns inte längre)")
    order = list(Roll)
    best: dict[str, Roll] = {}
    for user, name in members:
        roll = by_name[name]
        if user not in best or order.index(roll) > order.index(best[user]):
            best[user] = roll
    return [
        Right(user, roll, tuple(limits.get(user, ())) if roll is Roll.REDAKTOR else ())
        for user, roll in sorted(best.items())
    ]


def own_right(connection: Connection, database: str, plan: str) -> Right | None:
    """The logged-in user's own right in the plan, for a window to show what she may do (the
    server decides all the same); the plan's owner counts as its administratör, None: no
    right at all (or a plan without rights, which only its owner writes)."""
    visible = connection.execute(
        text("SELECT has_schema_privilege(:catalog, 'USAGE')"), {"catalog": catalog.CATALOG}
    ).scalar()
    schema = catalog.plan_schema(connection, plan) if visible else None
    if schema is None or not has_rules(connection, schema):
        return None
    roles = role_names(database, plan)
    user = str(connection.execute(text("SELECT session_user")).scalar_one())
    owner = connection.execute(
        text(
            "SELECT pg_has_role(session_user, nspowner, 'USAGE') FROM pg_namespace "
            "WHERE nspname = :schema"
        ),
        {"schema": schema},
    ).scalar()
    for roll in (Roll.ADMIN, Roll.REDAKTOR, Roll.LASARE):
        held = connection.execute(
            text("SELECT pg_has_role(session_user, :role, 'USAGE')"), {"role": roles[roll]}
        ).scalar()
        if owner or held:
            break
    else:
        return None
    roll = Roll.ADMIN if owner else roll
    limits = connection.execute(
        text(
            f"SELECT verksamhet FROM {LIMITS} WHERE plan = :plan AND anvandare = :u "
            "ORDER BY verksamhet"
        ),
        {"plan": plan, "u": user},
    ).scalars()
    return Right(user, roll, tuple(limits) if roll is Roll.REDAKTOR else ())

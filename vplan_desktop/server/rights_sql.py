"""The SQL that makes the server itself enforce who may do what in a plan.

Each plan has three group roles (``rights.role_names``): läsare may read, redaktör may also
write, administratör may also adopt the plan, reopen it and hand out rights. A redaktör may be
limited to some verksamheter (the table ``vplan.verksamhetsbehorighet``): she then writes only
the activities, driftbudget and resultaträkning rows of hers and their follow-up, and nothing
else of the plan.

Row-level security gives every plan table its policies: everyone with a role reads, a
redaktör adds only rows she may have. An update or delete of a row she may not touch is
refused by a row trigger, not left out by a policy: a policy's USING silently skips a row,
and vplan would take an edit that found no row for a conflict with someone else's. An adopted
plan is frozen by a statement trigger with its own SQLSTATE (``ADOPTED_STATE``).

The table owner (who uploads the plan) bypasses row-level security but not the triggers.
"""

from __future__ import annotations

from vplan_desktop.db import models as m
from vplan_desktop.db.enums import PlanStatus
from vplan_desktop.db.row_versions import KEEPS_VERSION
from vplan_desktop.server.connection import quoted

LIMITS = "vplan.verksamhetsbehorighet"
"""Which verksamheter of a plan a limited redaktör may write: a user with rows here for a
plan is limited to them; one without is not."""

ADOPTED_STATE = "VPL01"
"""The SQLSTATE of a write refused because the plan is adopted."""
REFUSED_STATE = "42501"
"""The SQLSTATE of a write refused for rights (PostgreSQL's insufficient_privilege)."""
TAG_VERKSAMHET = "vplan: annan verksamhet"
TAG_LIMITED = "vplan: begränsad redaktör"
TAG_ADOPTION = "vplan: antagande"
TAG_ADOPTED = "vplan: antagen plan"

VERKSAMHET_OF: dict[str, tuple[str | None, str]] = {
    "aktivitet": (None, "verksamhet_id"),
    "driftbudget_rad": (None, "verksamhet_id"),
    "resultat_rad": (None, "verksamhet_id"),
    "driftbudget_belopp": ("driftbudget_rad", "rad_id"),
    "resultat_belopp": ("resultat_rad", "rad_id"),
    "uppfoljning_aktivitet": ("aktivitet", "aktivitet_id"),
    "uppfoljning_drift": ("driftbudget_rad", "rad_id"),
    "uppfoljning_resultat": ("resultat_rad", "rad_id"),
}
"""The tables a limited redaktör may write, and how a row finds its verksamhet: its own column,
or (table, column) of the row it belongs to. Every other table is for unlimited redaktörer."""

OPEN_WHEN_ADOPTED = frozenset(
    {
        "logg",
        "sparad_version",
        "bedomningsniva",
        "uppfoljning",
        "uppfoljning_mal",
        "uppfoljning_indikator",
        "uppfoljning_aktivitet",
        "uppfoljning_drift",
        "uppfoljning_resultat",
        "uppfoljning_investering",
        "uppfoljning_kontroll",
    }
)
"""What vplan itself lets change in an adopted plan: its follow-up, its log and its named
versions (the actions ``PlanDocument.transaction(adopted_too=True)`` is for)."""

PLAN_OPEN_COLUMNS = ("avvikelsegrans",)
"""The one setting of the plan row that belongs to its follow-up, so open while adopted."""


def literal(value: str) -> str:
    """``value`` as an SQL string literal (standard_conforming_strings, PostgreSQL's default)."""
    return "'" + value.replace("'", "''") + "'"


def _array(names: tuple[str, ...] | frozenset[str]) -> str:
    return "ARRAY[" + ", ".join(literal(name) for name in sorted(names)) + "]::text[]"


def functions(schema: str, plan: str, admin: str) -> list[str]:
    """The plan's own functions, in its schema (so they go with it)."""
    s = quoted(schema)
    p = literal(plan)
    adopted = literal(PlanStatus.ANTAGEN.value)
    place_only = _array(frozenset(KEEPS_VERSION))
    plan_open = _array(frozenset((*KEEPS_VERSION, *PLAN_OPEN_COLUMNS)))
    return [
        # Whether the logged-in user writes without limits: not limited to verksamheter, or
        # an administratör. session_user, not current_user: SET ROLE to the redaktör role
        # must not shed the limits.
        f"""CREATE OR REPLACE FUNCTION {s}.vplan_obegransad() RETURNS boolean
        LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $vplan$
            SELECT pg_has_role(session_user, {literal(admin)}, 'MEMBER')
                OR NOT EXISTS (SELECT 1 FROM {LIMITS} WHERE plan = {p} AND anvandare = session_user)
        $vplan$""",
        f"""CREATE OR REPLACE FUNCTION {s}.vplan_far_andra(verksamhet integer) RETURNS boolean
        LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $vplan$
            SELECT {s}.vplan_obegransad() OR EXISTS (
                SELECT 1 FROM {LIMITS}
                WHERE plan = {p} AND anvandare = session_user AND verksamhet_id = $1)
        $vplan$""",
        f"""CREATE OR REPLACE FUNCTION {s}.vplan_verksamhet_av(tabell text, kolumn text, rad jsonb)
        RETURNS integer LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp
        AS $vplan$
        DECLARE found integer;
        BEGIN
            IF tabell = '' THEN
                RETURN (rad ->> kolumn)::integer;
            END IF;
            EXECUTE format('SELECT verksamhet_id FROM %I.%I WHERE id = $1', {literal(schema)},
                           tabell)
                INTO found USING (rad ->> kolumn)::integer;
            RETURN found;
        END
        $vplan$""",
        # Row trigger: an update or delete by a limited redaktör of a row not hers. In the
        # tables of her verksamheter a change of place alone (ordning, moved by her adding or
        # removing a sibling) is allowed; a cascade from a statement already checked
        # (pg_trigger_depth() > 1) is too.
        f"""CREATE OR REPLACE FUNCTION {s}.vplan_behorighet() RETURNS trigger
        LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $vplan$
        DECLARE
            old_row jsonb := to_jsonb(OLD);
            new_row jsonb;
        BEGIN
            IF pg_trigger_depth() > 1 OR {s}.vplan_obegransad() THEN
                RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
            END IF;
            IF TG_NARGS = 0 THEN
                RAISE EXCEPTION USING ERRCODE = '{REFUSED_STATE}',
                    MESSAGE = '{TAG_LIMITED}', TABLE = TG_TABLE_NAME,
                    DETAIL = 'En redaktör för vissa verksamheter ändrar bara deras rader.';
            END IF;
            IF TG_OP = 'UPDATE' THEN
                new_row := to_jsonb(NEW);
                IF old_row - {place_only} = new_row - {place_only} THEN
                    RETURN NEW;
                END IF;
            END IF;
            IF NOT {s}.vplan_far_andra(
                    {s}.vplan_verksamhet_av(TG_ARGV[0], TG_ARGV[1], old_row))
                OR (TG_OP = 'UPDATE' AND NOT {s}.vplan_far_andra(
                    {s}.vplan_verksamhet_av(TG_ARGV[0], TG_ARGV[1], new_row))) THEN
                RAISE EXCEPTION USING ERRCODE = '{REFUSED_STATE}',
                    MESSAGE = '{TAG_VERKSAMHET}', TABLE = TG_TABLE_NAME;
            END IF;
            RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
        END
        $vplan$""",
        # Statement trigger on every table frozen while the plan is adopted.
        f"""CREATE OR REPLACE FUNCTION {s}.vplan_antagen() RETURNS trigger
        LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $vplan$
        BEGIN
            IF EXISTS (SELECT 1 FROM {s}.plan WHERE status = {adopted}) THEN
                RAISE EXCEPTION USING ERRCODE = '{ADOPTED_STATE}',
                    MESSAGE = '{TAG_ADOPTED}', TABLE = TG_TABLE_NAME;
            END IF;
            RETURN NULL;
        END
        $vplan$""",
        # Row trigger on the plan row: adopting and reopening are the administratörer's;
        # while adopted, only reopening and the follow-up's own setting change it.
        f"""CREATE OR REPLACE FUNCTION {s}.vplan_planrad() RETURNS trigger
        LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $vplan$
        DECLARE
            admin boolean := pg_has_role(current_user, {literal(admin)}, 'USAGE')
                OR pg_has_role(current_user,
                               (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'USAGE');
        BEGIN
            IF TG_OP = 'DELETE' THEN
                IF OLD.status = {adopted} THEN
                    RAISE EXCEPTION USING ERRCODE = '{ADOPTED_STATE}',
                        MESSAGE = '{TAG_ADOPTED}', TABLE = TG_TABLE_NAME;
                END IF;
                RETURN OLD;
            END IF;
            IF TG_OP = 'UPDATE' AND OLD.status IS DISTINCT FROM NEW.status
                AND {adopted} IN (OLD.status, NEW.status) THEN
                IF NOT admin THEN
                    RAISE EXCEPTION USING ERRCODE = '{REFUSED_STATE}',
                        MESSAGE = '{TAG_ADOPTION}', TABLE = TG_TABLE_NAME;
                END IF;
                RETURN NEW;
            END IF;
            IF TG_OP = 'UPDATE' AND OLD.status = {adopted}
                AND to_jsonb(OLD) - {plan_open} <> to_jsonb(NEW) - {plan_open} THEN
                RAISE EXCEPTION USING ERRCODE = '{ADOPTED_STATE}',
                    MESSAGE = '{TAG_ADOPTED}', TABLE = TG_TABLE_NAME;
            END IF;
            RETURN NEW;
        END
        $vplan$""",
    ]


_POLICIES = ("lasa", "lagga_till", "andra", "ta_bort")
_TRIGGERS = ("vplan_behorighet", "vplan_planrad", "vplan_antagen")
RIGHTS_TRIGGERS = _TRIGGERS
"""The triggers of a plan's rights: dropped while ``vplan server upgrade`` migrates the plan
(one could refuse a migration's writes), made anew by ``table_rules`` after."""


def _insert_check(schema: str, table: str) -> str:
    s = quoted(schema)
    how = VERKSAMHET_OF.get(table)
    if how is None:
        return f"{s}.vplan_obegransad()"
    parent, column = how
    if parent is None:
        return f"{s}.vplan_far_andra({quoted(column)})"
    return (
        f"{s}.vplan_far_andra((SELECT p.verksamhet_id FROM {s}.{quoted(parent)} p "
        f"WHERE p.id = {quoted(column)}))"
    )


def table_rules(schema: str, lasare: str, redaktor: str) -> list[str]:
    """Grants, row-level security, policies and triggers on every table of the plan."""
    s = quoted(schema)
    r, red = quoted(lasare), quoted(redaktor)
    statements = [
        f"GRANT USAGE ON SCHEMA {s} TO {r}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA {s} TO {r}",
        f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA {s} TO {red}",
    ]
    for table in m.Base.metadata.sorted_tables:
        t = f"{s}.{quoted(table.name)}"
        # Made anew each time (by ``rights.protect``): after the old ones are dropped.
        statements += [
            *(f"DROP POLICY IF EXISTS {name} ON {t}" for name in _POLICIES),
            *(f"DROP TRIGGER IF EXISTS {name} ON {t}" for name in _TRIGGERS),
            f"GRANT INSERT, UPDATE, DELETE ON {t} TO {red}",
            f"ALTER TABLE {t} ENABLE ROW LEVEL SECURITY",
            f"CREATE POLICY lasa ON {t} FOR SELECT TO {r} USING (true)",
            f"CREATE POLICY lagga_till ON {t} FOR INSERT TO {red} "
            f"WITH CHECK ({_insert_check(schema, table.name)})",
            # Open here, checked by the trigger, which refuses where USING would skip.
            f"CREATE POLICY andra ON {t} FOR UPDATE TO {red} USING (true) WITH CHECK (true)",
            f"CREATE POLICY ta_bort ON {t} FOR DELETE TO {red} USING (true)",
        ]
        how = VERKSAMHET_OF.get(table.name)
        arguments = "" if how is None else f"{literal(how[0] or '')}, {literal(how[1])}"
        statements.append(
            f"CREATE TRIGGER vplan_behorighet BEFORE UPDATE OR DELETE ON {t} "
            f"FOR EACH ROW EXECUTE FUNCTION {s}.vplan_behorighet({arguments})"
        )
        if table.name == "plan":
            statements.append(
                f"CREATE TRIGGER vplan_planrad BEFORE INSERT OR UPDATE OR DELETE ON {t} "
                f"FOR EACH ROW EXECUTE FUNCTION {s}.vplan_planrad()"
            )
        elif table.name not in OPEN_WHEN_ADOPTED:
            statements.append(
                f"CREATE TRIGGER vplan_antagen BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE "
                f"ON {t} FOR EACH STATEMENT EXECUTE FUNCTION {s}.vplan_antagen()"
            )
    return statements

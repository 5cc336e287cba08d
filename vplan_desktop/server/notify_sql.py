"""The server tells every open window of a plan when someone changes it: NOTIFY from triggers.

Each plan table has a row trigger ``vplan_andring`` (AFTER INSERT, UPDATE or DELETE) that
sends one notification on the plan's channel, the name of its schema. The payload names what
changed: ``"U aktivitet 12"`` is an update of the activity 12; ``I`` is a new row, ``D`` a row
removed and ``M`` an update that moved the row (its place among its siblings or the row it
belongs to changed). A row of values (a driftbudget amount, an indicator's value for a year,
a follow-up's row) names the item it belongs to: ``"U driftbudget_belopp 7"`` is an amount of
the driftbudget row 7. PostgreSQL delivers the notifications when the writing transaction
commits, none from one rolled back, each with the writer's backend pid, so a window can tell
its own edits from others' (``server.live``).

The triggers are made with the plan's rights (``rights.protect``: on upload and whenever the
rights are made again, as ``vplan server upgrade`` does) and by ``vplan server init`` for the
plans already in the database; ``install_notify`` can run any number of times.
"""

from __future__ import annotations

from sqlalchemy import Connection, Table, text

from vplan_desktop.db import models as m
from vplan_desktop.sections import ItemKind
from vplan_desktop.server.catalog import CATALOG
from vplan_desktop.server.connection import quoted

TRIGGER = "vplan_andring"

WATCHED: dict[str, tuple[ItemKind, str]] = {
    "plan": (ItemKind.PLAN, "id"),
    "riskskala_etikett": (ItemKind.RISKSKALA, "id"),
    "riskband": (ItemKind.RISKSKALA, "id"),
    "kapitel": (ItemKind.KAPITEL, "id"),
    "bild": (ItemKind.BILD, "id"),
    "verksamhet": (ItemKind.VERKSAMHET, "id"),
    "malomrade": (ItemKind.MALOMRADE, "id"),
    "namndsmal": (ItemKind.NAMNDSMAL, "id"),
    "mal_arstext": (ItemKind.NAMNDSMAL, "namndsmal_id"),
    "indikator": (ItemKind.INDIKATOR, "id"),
    "indikatorvarde": (ItemKind.INDIKATOR, "indikator_id"),
    "aktivitet": (ItemKind.AKTIVITET, "id"),
    "budgetkolumn": (ItemKind.BUDGETKOLUMN, "id"),
    "driftbudget_rad": (ItemKind.DRIFTBUDGET_RAD, "id"),
    "driftbudget_belopp": (ItemKind.DRIFTBUDGET_RAD, "rad_id"),
    "kf_ram": (ItemKind.KF_RAM, "ar"),
    "resultat_rad": (ItemKind.RESULTAT_RAD, "id"),
    "resultat_belopp": (ItemKind.RESULTAT_RAD, "rad_id"),
    "kostnadsslag_rad": (ItemKind.KOSTNADSSLAG_RAD, "id"),
    "kostnadsslag_belopp": (ItemKind.KOSTNADSSLAG_RAD, "rad_id"),
    "investering": (ItemKind.INVESTERING, "id"),
    "investering_belopp": (ItemKind.INVESTERING, "investering_id"),
    "nyckeltal_tabell": (ItemKind.NYCKELTAL_TABELL, "id"),
    "nyckeltal_kolumn": (ItemKind.NYCKELTAL_KOLUMN, "id"),
    "nyckeltal_rad": (ItemKind.NYCKELTAL_RAD, "id"),
    "nyckeltal_varde": (ItemKind.NYCKELTAL_RAD, "rad_id"),
    "internkontroll": (ItemKind.INTERNKONTROLL, "id"),
    "bedomningsniva": (ItemKind.BEDOMNINGSSKALA, "id"),
    "uppfoljning": (ItemKind.UPPFOLJNING, "id"),
    "uppfoljning_mal": (ItemKind.UPPFOLJNING_MAL, "uppfoljning_id"),
    "uppfoljning_indikator": (ItemKind.UPPFOLJNING_INDIKATOR, "uppfoljning_id"),
    "uppfoljning_aktivitet": (ItemKind.UPPFOLJNING_AKTIVITET, "uppfoljning_id"),
    "uppfoljning_drift": (ItemKind.UPPFOLJNING_DRIFT, "uppfoljning_id"),
    "uppfoljning_resultat": (ItemKind.UPPFOLJNING_RESULTAT, "uppfoljning_id"),
    "uppfoljning_investering": (ItemKind.UPPFOLJNING_INVESTERING, "uppfoljning_id"),
    "uppfoljning_kontroll": (ItemKind.UPPFOLJNING_KONTROLL, "uppfoljning_id"),
}
"""Every plan table the window shows, with the kind of item a change of a row is a change of
and the column that holds that item's id. The plan's log and its named versions are not in
the window's snapshot: they send nothing."""


def _place_columns(table: Table) -> list[str]:
    """The columns that give a row its place: its order among siblings and the rows it
    belongs to (an update of these moves the row, not only its values)."""
    names = ["ordning"] if "ordning" in table.c else []
    names += sorted(fk.parent.name for fk in table.foreign_keys)
    return names


def _function(schema: str, table: Table) -> tuple[str, str]:
    """The trigger function of ``table`` (its name and the statement that makes it)."""
    _kind, column = WATCHED[table.name]
    name = f"{quoted(schema)}.{quoted(f'{TRIGGER}_{table.name}')}"
    label = table.name.replace("'", "''")
    place = [] if column != "id" else _place_columns(table)
    if place:
        old = ", ".join(f"OLD.{quoted(c)}" for c in place)
        new = ", ".join(f"NEW.{quoted(c)}" for c in place)
        # A row constructor of one column is no row: compare lists of two or more as rows.
        moved = (
            f"({old}) IS DISTINCT FROM ({new})"
            if len(place) > 1
            else f"{old} IS DISTINCT FROM {new}"
        )
        update = f"CASE WHEN {moved} THEN 'M' ELSE 'U' END"
    else:
        update = "'U'"
    item = quoted(column)
    statement = f"""CREATE OR REPLACE FUNCTION {name}() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $vplan$
    BEGIN
        IF TG_OP = 'DELETE' THEN
            PERFORM pg_notify(TG_TABLE_SCHEMA, 'D {label} ' || coalesce(OLD.{item}::text, ''));
        ELSIF TG_OP = 'INSERT' THEN
            PERFORM pg_notify(TG_TABLE_SCHEMA, 'I {label} ' || coalesce(NEW.{item}::text, ''));
        ELSE
            PERFORM pg_notify(TG_TABLE_SCHEMA,
                {update} || ' {label} ' || coalesce(NEW.{item}::text, ''));
        END IF;
        RETURN NULL;
    END
    $vplan$"""
    return name, statement


def notify_statements(schema: str) -> list[str]:
    """The functions and triggers that make every plan table in ``schema`` notify."""
    statements: list[str] = []
    for table in m.Base.metadata.sorted_tables:
        if table.name not in WATCHED:
            continue
        function, make = _function(schema, table)
        target = f"{quoted(schema)}.{quoted(table.name)}"
        statements += [
            make,
            f"DROP TRIGGER IF EXISTS {TRIGGER} ON {target}",
            f"CREATE TRIGGER {TRIGGER} AFTER INSERT OR UPDATE OR DELETE ON {target} "
            f"FOR EACH ROW EXECUTE FUNCTION {function}()",
        ]
    return statements


def install_notify(connection: Connection, schema: str) -> None:
    """Make the plan in ``schema`` tell open windows of every change (inside the caller's
    transaction; by the tables' owner). Running it again makes the same triggers anew."""
    for statement in notify_statements(schema):
        connection.execute(text(statement))


def has_notify(connection: Connection, schema: str) -> bool:
    """Whether the plan in ``schema`` has the triggers (all of them, on every table)."""
    found = connection.execute(
        text(
            "SELECT count(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "WHERE t.tgname = :name AND c.relnamespace = cast(:s AS regnamespace)"
        ),
        {"name": TRIGGER, "s": quoted(schema)},
    ).scalar()
    present = {t.name for t in m.Base.metadata.sorted_tables} & set(WATCHED)
    return found == len(present)


def install_where_missing(connection: Connection) -> list[str]:
    """Give the triggers to every plan of the database that lacks them and whose tables the
    user owns (``vplan server init`` run again on a database with plans from an older vplan);
    returns the names of the plans given them."""
    rows = connection.execute(
        text(
            f"SELECT p.namn, p.schema_namn FROM {CATALOG}.plan p "
            "JOIN pg_namespace n ON n.nspname = p.schema_namn "
            "WHERE pg_has_role(current_user, n.nspowner, 'USAGE') AND NOT EXISTS ("
            "SELECT 1 FROM pg_class c WHERE c.relnamespace = n.oid AND c.relkind = 'r' "
            "AND NOT pg_has_role(current_user, c.relowner, 'USAGE')) ORDER BY p.namn"
        )
    ).all()
    given: list[str] = []
    for plan, schema in rows:
        if not has_notify(connection, str(schema)):
            install_notify(connection, str(schema))
            given.append(str(plan))
    return given

"""The structure of a plan file, compared with what vplan's own migrations make.

A plan may come from anywhere, and SQLite runs SQL kept in a file's schema (a trigger fires on
an UPDATE). So a plan is opened only if its schema holds nothing but plain tables and indexes,
exactly those the migrations build at the file's Alembic revision. The structure is read through
SQLite's pragmas (columns, indexes, foreign keys), not from the SQL text, which migrations and
SQLite versions write differently for the same tables.

The fingerprint of every revision is kept in ``schema_fingerprints.json``, written by
``python -m vplan_desktop.db.fingerprint --write`` and checked by the tests against files built
through the migrations.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine

FINGERPRINTS = Path(__file__).resolve().parent / "schema_fingerprints.json"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
INTERNAL_TABLES = frozenset(
    {"sqlite_sequence", "sqlite_stat1", "sqlite_stat2", "sqlite_stat3", "sqlite_stat4"}
)
"""Tables SQLite makes itself (AUTOINCREMENT, ANALYZE); they hold no SQL and are tolerated."""

Fingerprint = dict[str, dict[str, list[Any]]]
"""Table name → its "columns", "indexes" and "foreign_keys", as JSON-ready lists."""


_CODE = {"trigger": "triggern", "view": "vyn", "table": "den virtuella tabellen"}


def foreign_code(connection: sqlite3.Connection) -> str | None:
    """The first trigger, view or virtual table in the file ("triggern ”t”"), or None.

    Triggers and views are SQL that SQLite runs by itself; a virtual table is code from a
    module. vplan makes none of them.
    """
    rows = connection.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
    for kind, name, sql in rows:
        virtual = kind == "table" and str(sql or "").lstrip().upper().startswith("CREATE VIRTUAL")
        if kind in ("trigger", "view") or virtual:
            return f"{_CODE[kind]} ”{name}”"
    return None


def read_fingerprint(connection: sqlite3.Connection) -> Fingerprint:
    """The structure of every table in the file (SQLite's internal tables left out)."""
    tables = "SELECT name FROM sqlite_master WHERE type = 'table'"
    found: Fingerprint = {
        str(name): {"columns": [], "indexes": [], "foreign_keys": []}
        for (name,) in connection.execute(tables)
        if name not in INTERNAL_TABLES
    }
    # One query per pragma for all tables at once (a query per table costs several times more).
    for table, name, declared, notnull, default, pk, hidden in connection.execute(
        'SELECT t.name, c.name, c.type, c."notnull", c.dflt_value, c.pk, c.hidden'
        f" FROM ({tables}) AS t, pragma_table_xinfo(t.name) AS c ORDER BY t.name, c.cid"
    ):
        if table in found:
            found[table]["columns"].append(
                [name, str(declared).upper(), notnull, default, pk, hidden]
            )
    indexes: dict[tuple[str, str], list[Any]] = {}
    for table, name, unique, origin, partial, column, desc, collation in connection.execute(
        "SELECT t.name, i.name, i.[unique], i.origin, i.partial, k.name, k.[desc], k.coll"
        f" FROM ({tables}) AS t, pragma_index_list(t.name) AS i, pragma_index_xinfo(i.name) AS k"
        " WHERE k.key ORDER BY t.name, i.name, k.seqno"
    ):
        # SQLite names the indexes of UNIQUE and PRIMARY KEY constraints itself; their
        # columns say all there is to say about them.
        index = indexes.setdefault(
            (table, name), [table, [name if origin == "c" else None, unique, origin, partial, []]]
        )
        index[1][4].append([column, desc, collation])
    for table, index in indexes.values():
        if table in found:
            found[table]["indexes"].append(index)
    keys: dict[tuple[str, int], list[Any]] = {}
    for table, key_id, referred, local, remote, on_update, on_delete, match in connection.execute(
        'SELECT t.name, f.id, f."table", f."from", f."to", f.on_update, f.on_delete, f.match'
        f" FROM ({tables}) AS t, pragma_foreign_key_list(t.name) AS f ORDER BY t.name, f.id, f.seq"
    ):
        key = keys.setdefault(
            (table, key_id), [table, [referred, [], [], on_update, on_delete, match]]
        )
        key[1][1].append(local)
        key[1][2].append(remote)
    for table, key in keys.values():
        if table in found:
            found[table]["foreign_keys"].append(key)
    for parts in found.values():
        parts["indexes"].sort(key=json.dumps)
        parts["foreign_keys"].sort(key=json.dumps)
    return found


@cache
def recorded() -> dict[str, Fingerprint]:
    """The fingerprint of each Alembic revision, as shipped with this vplan."""
    data: dict[str, Fingerprint] = json.loads(FINGERPRINTS.read_text(encoding="utf-8"))
    return data


def first_difference(found: Fingerprint, expected: Fingerprint) -> str | None:
    """The first table that is extra, missing or built differently ("tabellen ”x” saknas"),
    said in Swedish; None if the file is built exactly as expected."""
    for table in sorted(found.keys() | expected.keys()):
        if table not in expected:
            return f"tabellen ”{table}” hör inte till en vplan-plan"
        if table not in found:
            return f"tabellen ”{table}” saknas"
        if found[table] != expected[table]:
            return f"tabellen ”{table}” är inte som vplan gör den"
    return None


# --- recording the fingerprints (development) -----------------------------------------------


def revisions() -> list[str]:
    """The Alembic revisions shipped with this vplan, oldest first."""
    # Alembic takes about 0.2 s to import; only development and a schema upgrade need it.
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def _alembic_config() -> Any:
    from alembic.config import Config  # deferred, as above: about 0.2 s to import

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def built_fingerprint(revision: str) -> Fingerprint:
    """The fingerprint of a new, empty file migrated to ``revision``."""
    from alembic import command  # deferred, as above: about 0.2 s to import

    with tempfile.TemporaryDirectory(prefix="vplan-fingerprint-") as folder:
        path = Path(folder) / "plan.vplan"
        engine = create_engine(f"sqlite:///{path}")
        try:
            with engine.begin() as connection:
                config = _alembic_config()
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
        finally:
            engine.dispose()
        reader = sqlite3.connect(path)
        try:
            return read_fingerprint(reader)
        finally:
            reader.close()


def built_fingerprints() -> dict[str, Fingerprint]:
    """The fingerprint of every revision, from files built through the migrations."""
    return {revision: built_fingerprint(revision) for revision in revisions()}


def _json_text(fingerprints: dict[str, Fingerprint]) -> str:
    """The record as JSON with one column, index or foreign key a line, for readable diffs."""

    def block(items: list[str], indent: str, opening: str, closing: str) -> str:
        if not items:
            return opening + closing
        return f"{opening}\n{indent}" + f",\n{indent}".join(items) + f"\n{indent[2:]}{closing}"

    revisions = []
    for revision, tables in fingerprints.items():
        parts_of_tables = []
        for table, parts in sorted(tables.items()):
            lists = [
                block(
                    [json.dumps(item, ensure_ascii=False) for item in items],
                    " " * 8,
                    f"{json.dumps(part)}: [",
                    "]",
                )
                for part, items in parts.items()
            ]
            parts_of_tables.append(block(lists, " " * 6, f"{json.dumps(table)}: {{", "}"))
        revisions.append(block(parts_of_tables, " " * 4, f"{json.dumps(revision)}: {{", "}"))
    return block(revisions, "  ", "{", "}") + "\n"


def main(argv: list[str] | None = None) -> int:
    """``python -m vplan_desktop.db.fingerprint [--write]``: check or rewrite the record."""
    parser = argparse.ArgumentParser(prog="python -m vplan_desktop.db.fingerprint")
    parser.add_argument("--write", action="store_true", help=f"rewrite {FINGERPRINTS.name}")
    args = parser.parse_args(argv)
    built = built_fingerprints()
    if args.write:
        FINGERPRINTS.write_text(_json_text(built), encoding="utf-8")
        print(f"Wrote {FINGERPRINTS} ({', '.join(built)})")
        return 0
    stale = [r for r in built if recorded().get(r) != built[r]] + sorted(
        recorded().keys() - built.keys()
    )
    if stale:
        print(f"{FINGERPRINTS.name} is out of date for {', '.join(stale)}: run with --write")
        return 1
    print(f"{FINGERPRINTS.name} matches the migrations ({', '.join(built)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

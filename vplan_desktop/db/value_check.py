"""Checking that every value in a plan file is one vplan can read, before the plan is read.

A plan edited outside vplan can hold a value its column cannot: text in an amount, a status
vplan does not know, bytes that are not UTF-8. Read through the models, such a value is an
exception in the middle of reading the plan. It is found here instead, when the file is opened:
one SQL scan per table checks ``typeof()``, the enum values and the date formats; a second joins
the free texts so that Python decodes them as UTF-8 at once, which is what reading them would
do; numbers kept as text that are not plain digits are parsed as ``Decimal``.
"""

from __future__ import annotations

import sqlite3
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Enum, Integer, LargeBinary
from sqlalchemy.types import TypeEngine

from vplan_desktop.db.fingerprint import Fingerprint
from vplan_desktop.db.models import Base, DecimalText

_DATE = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"
_TIME = "[0-9][0-9]:[0-9][0-9]:[0-9][0-9]"
_DATETIME = f"{_DATE} {_TIME}"
_MICROSECONDS = "." + "[0-9]" * 6


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _kind(model_type: TypeEngine[Any] | None, declared: str) -> str:
    """What a column holds, from the model (or, for a column no model has, its declared type)."""
    if isinstance(model_type, Enum):
        return "enum"
    if isinstance(model_type, DecimalText):
        return "decimal"
    for cls, kind in (
        (Boolean, "boolean"),
        (Integer, "integer"),
        (DateTime, "datetime"),
        (Date, "date"),
        (LargeBinary, "blob"),
    ):
        if isinstance(model_type, cls):
            return kind
    if model_type is not None:
        return "text"
    by_declared_type = {
        "INTEGER": "integer",
        "BOOLEAN": "boolean",
        "DATE": "date",
        "DATETIME": "datetime",
        "BLOB": "blob",
    }
    return by_declared_type.get(declared, "text")


def _unreadable(column: str, kind: str, model_type: TypeEngine[Any] | None) -> str:
    """SQL that is true for a non-NULL value of ``column`` that vplan cannot read."""
    q = _quote(column)
    if kind == "integer":
        return f"typeof({q}) <> 'integer'"
    if kind == "boolean":
        return f"typeof({q}) <> 'integer' OR {q} NOT IN (0, 1)"
    if kind == "enum":
        assert isinstance(model_type, Enum)
        values = ", ".join(_literal(value) for value in model_type.enums)
        return f"typeof({q}) <> 'text' OR {q} NOT IN ({values})"
    if kind == "date":
        return f"typeof({q}) <> 'text' OR {q} NOT GLOB '{_DATE}' OR {_not_a_day(q)}"
    if kind == "datetime":
        return (
            f"typeof({q}) <> 'text'"
            f" OR ({q} NOT GLOB '{_DATETIME}' AND {q} NOT GLOB '{_DATETIME}{_MICROSECONDS}')"
            f" OR {_not_a_day(q)}"
            f" OR substr({q}, 12, 2) > '23' OR substr({q}, 15, 2) > '59'"
            f" OR substr({q}, 18, 2) > '59'"
        )
    if kind == "blob":
        return f"typeof({q}) <> 'blob'"
    return f"typeof({q}) <> 'text'"  # text and decimal: the rest is looked at in Python


def _not_a_day(q: str) -> str:
    """SQL true if the "YYYY-MM-DD" that ``q`` starts with is no day of the calendar."""
    day = f"substr({q}, 1, 10)"
    # date() with a modifier rolls a day that does not exist (30 February) into the next
    # month, so such a day comes back different; it is asked only about days after the 28th.
    return (
        f"{q} < '0001' OR substr({q}, 6, 2) NOT BETWEEN '01' AND '12'"
        f" OR substr({q}, 9, 2) NOT BETWEEN '01' AND '31'"
        f" OR (substr({q}, 9, 2) > '28' AND date({day}, '+0 days') IS NOT {day})"
    )


def _plain_decimal(column: str) -> str:
    """SQL true for a plain number ("1450", "-3.5"): valid without asking Python."""
    q = _quote(column)
    return (
        f"({q} GLOB '[0-9]*' OR {q} GLOB '-[0-9]*') AND substr({q}, 2) NOT GLOB '*[^0-9.]*'"
        f" AND {q} NOT GLOB '*.*.*'"
    )


def _is_decimal(value: object) -> bool:
    if not isinstance(value, bytes):
        return False
    try:
        return Decimal(value.decode("utf-8")).is_finite()
    except (UnicodeDecodeError, InvalidOperation):
        return False


def first_bad_value(connection: sqlite3.Connection, fingerprint: Fingerprint) -> str | None:
    """``table.column`` of the first value vplan could not read, or None if all are readable.

    ``fingerprint`` is the file's own, already found to be one vplan's migrations make.
    """
    old_factory = connection.text_factory
    connection.text_factory = bytes  # so that text that is not UTF-8 can be looked at
    try:
        for table, parts in sorted(fingerprint.items()):
            model = Base.metadata.tables.get(table)
            if model is None:
                continue  # alembic_version: read and checked on its own
            bad = _bad_in_table(connection, table, model, parts["columns"])
            if bad is not None:
                return f"{table}.{bad}"
    finally:
        connection.text_factory = old_factory
    return None


def _bad_in_table(
    connection: sqlite3.Connection, table: str, model: Any, columns: list[list[Any]]
) -> str | None:
    checks: list[tuple[str, str]] = []
    texts: list[str] = []
    decimals: list[str] = []
    for name, declared, notnull, *_ in columns:
        model_type = model.c[name].type if name in model.c else None
        kind = _kind(model_type, declared)
        if kind == "decimal" and declared == "INTEGER":
            # A whole amount of a file from before format 6: read as its declared type says,
            # and made a decimal by the upgrade.
            kind = _kind(None, declared)
        condition = _unreadable(name, kind, model_type)
        if not notnull:
            condition = f"{_quote(name)} IS NOT NULL AND ({condition})"
        checks.append((name, condition))
        if kind == "text":
            texts.append(name)
        elif kind == "decimal":
            decimals.append(name)
    source = _quote(table)
    cases = " ".join(f"WHEN {condition} THEN {_literal(name)}" for name, condition in checks)
    where = " OR ".join(f"({condition})" for _, condition in checks)
    row = connection.execute(
        f"SELECT CASE {cases} END FROM {source} WHERE {where} LIMIT 1"
    ).fetchone()
    if row is not None:
        return bytes(row[0]).decode()
    for name in decimals:
        q = _quote(name)
        for (value,) in connection.execute(
            f"SELECT {q} FROM {source} WHERE {q} IS NOT NULL AND NOT ({_plain_decimal(name)})"
        ):
            if not _is_decimal(value):
                return str(name)
    if texts and not _utf8(connection, source, texts):
        return next(name for name in texts if not _utf8(connection, source, [name]))
    return None


def _utf8(connection: sqlite3.Connection, source: str, columns: list[str]) -> bool:
    """Whether every text in ``columns`` is UTF-8: all of them are joined in SQLite (an ASCII
    line break between any two, so that no two broken halves make a whole character) and
    decoded at once."""
    joined = " || char(10) || ".join(f"ifnull({_quote(name)}, '')" for name in columns)
    (everything,) = connection.execute(
        f"SELECT group_concat({joined}, char(10)) FROM {source}"
    ).fetchone()
    try:
        (everything or b"").decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True

"""A first look at a plan file without the database layer: its front matter and its chapters'
titles, read with the standard library's sqlite3.

The window paints its first frame from this while SQLAlchemy, the plan's models and the editors
load (most of a cold start). The file may come from anyone, so the look is careful: nothing
may lie beside it (a journal, or a named pipe in a journal's name), the header must be a vplan
plan of this schema, the file is opened read-only, ``plan`` and ``kapitel`` must be ordinary
tables of stored columns, every value must have its column's type and length, and a statement
that runs too long is stopped. Anything unexpected gives None, and the window then simply
opens as before: the plan's real checks (``db/document.py``) decide about the file, not this.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from vplan_desktop.db.file_header import APPLICATION_ID, SCHEMA_VERSION, read_header
from vplan_desktop.errors import PlanFileError

FRONT_COLUMNS = (
    "kommun",
    "namnd",
    "forvaltning",
    "titel",
    "ordforande",
    "ordforande_parti",
    "forvaltningschef",
    "diarienummer",
    "antagen_paragraf",
)
"""The front matter's text columns the first frame shows (table ``plan``, row 1)."""

MOST_CHAPTERS = 1000
"""More chapters than any plan has: a file with more is not glanced at."""
MOST_TEXT = 2000
"""The longest title or name glanced at."""
MOST_STEPS = 200
"""SQLite's progress calls (every 1 000 virtual-machine steps) before a statement is stopped:
reading a real plan's front matter and chapter titles takes a few."""
MOST_BYTES = 1_000_000
"""The longest value SQLite may make while glancing."""
BESIDE = ("-journal", "-wal", "-shm")
"""The files SQLite keeps beside a database: with any of them there, no glance (an
unfinished write is the full opening's to roll back)."""


@dataclass(frozen=True)
class Glance:
    """What the first frame shows of a plan: its front matter and its chapters' titles."""

    texts: dict[str, str]
    """Each of ``FRONT_COLUMNS`` with its text."""
    forsta_ar: int
    sista_ar: int
    status: str
    """The plan status's stored value ("utkast", "under_beredning"); "" for none."""
    antagen_datum: str
    """ISO date or ""."""
    chapters: tuple[tuple[int, str], ...]
    """(id, rubrik) of each chapter, in the plan's order."""


def glance(path: Path) -> Glance | None:
    """The front matter and chapter titles of the plan file at ``path``; None for anything that
    is not plainly a plan of this vplan's schema, or cannot be read at once."""
    if any(_exists(path.with_name(path.name + suffix)) for suffix in BESIDE):
        return None  # (SQLite would open it: a named pipe there would hang the start)
    try:
        header = read_header(path)
    except PlanFileError:
        return None
    if header.application_id != APPLICATION_ID or header.user_version != SCHEMA_VERSION:
        return None
    if header.write_version != 1:
        return None  # a plan in WAL mode (vplan never writes one) would get files beside it
    try:
        connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True, timeout=0)
    except (sqlite3.Error, ValueError):
        return None
    try:
        return _read(connection)
    except (sqlite3.Error, ValueError, TypeError, OverflowError):
        return None
    finally:
        connection.close()


def _exists(path: Path) -> bool:
    try:
        path.lstat()
    except OSError:
        return False
    return True


def _plain_table(connection: sqlite3.Connection, name: str) -> bool:
    """Whether ``name`` is an ordinary table with only stored columns: a view, a virtual
    table or a generated column runs code of the file's making at every read."""
    found = connection.execute(
        "SELECT type, sql FROM sqlite_schema WHERE name = ?", (name,)
    ).fetchall()
    if len(found) != 1 or found[0][0] != "table":
        return False
    sql = found[0][1]
    if not isinstance(sql, str) or not sql.lstrip().upper().startswith("CREATE TABLE"):
        return False
    columns = connection.execute(f"PRAGMA table_xinfo({name})").fetchall()
    return bool(columns) and all(column[6] == 0 for column in columns)


def _read(connection: sqlite3.Connection) -> Glance | None:
    steps = 0

    def stop_when_long() -> int:
        nonlocal steps
        steps += 1
        return 1 if steps > MOST_STEPS else 0

    connection.set_progress_handler(stop_when_long, 1000)
    connection.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MOST_BYTES)
    connection.execute("PRAGMA query_only = ON")
    connection.execute("PRAGMA trusted_schema = OFF")
    connection.execute("PRAGMA cell_size_check = ON")
    if not (_plain_table(connection, "plan") and _plain_table(connection, "kapitel")):
        return None
    columns = ", ".join(FRONT_COLUMNS)
    row = connection.execute(
        f"SELECT {columns}, forsta_ar, sista_ar, status, antagen_datum FROM plan WHERE id = 1"
    ).fetchone()
    if row is None:
        return None
    *texts, first, last, status, adopted = row
    if not all(_text(value) for value in (*texts, status or "", adopted or "")):
        return None
    if not (isinstance(first, int) and isinstance(last, int) and 0 <= last - first < 4):
        return None
    chapters = connection.execute(
        "SELECT id, rubrik FROM kapitel ORDER BY ordning, id LIMIT ?", (MOST_CHAPTERS + 1,)
    ).fetchall()
    if len(chapters) > MOST_CHAPTERS:
        return None
    if not all(isinstance(key, int) and _text(title) for key, title in chapters):
        return None
    return Glance(
        texts=dict(zip(FRONT_COLUMNS, texts, strict=True)),
        forsta_ar=first,
        sista_ar=last,
        status=status or "",
        antagen_datum=adopted or "",
        chapters=tuple((key, title) for key, title in chapters),
    )


def _text(value: object) -> bool:
    return isinstance(value, str) and len(value) <= MOST_TEXT

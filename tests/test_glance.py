"""A glance at a plan file (the window's first frame) reads what the full read reads, and gives
nothing at all for any file that is not plainly a plan of this schema, without changing it."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import struct
import subprocess
import sys
import time
from pathlib import Path

import pytest

from vplan_desktop import glance as glance_module
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.file_header import APPLICATION_ID, SCHEMA_VERSION
from vplan_desktop.glance import FRONT_COLUMNS, MOST_CHAPTERS, glance
from vplan_desktop.services.read import read_plan


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _altered(source: Path, tmp_path: Path, *statements: str) -> Path:
    """A copy of ``source`` changed by raw SQL, as someone else's program could."""
    target = tmp_path / "ändrad.vplan"
    shutil.copyfile(source, target)
    connection = sqlite3.connect(target)
    try:
        for statement in statements:
            connection.execute(statement)
        connection.commit()
    finally:
        connection.close()
    return target


def test_the_glance_reads_what_the_full_read_reads(example_path: Path) -> None:
    seen = glance(example_path)
    with PlanDocument.open(example_path) as doc:
        plan = read_plan(doc)
    assert seen is not None
    front = plan.uppgifter
    assert seen.texts == {name: getattr(front, name) for name in FRONT_COLUMNS}
    assert (seen.forsta_ar, seen.sista_ar) == (front.forsta_ar, front.sista_ar)
    assert seen.status == (front.status.value if front.status else "")
    expected_date = front.antagen_datum.isoformat() if front.antagen_datum else ""
    assert seen.antagen_datum == expected_date
    assert seen.chapters == tuple((k.id, k.rubrik) for k in plan.kapitel)
    assert len(seen.chapters) > 3


def test_a_glance_changes_nothing_and_leaves_no_file_beside_the_plan(example_path: Path) -> None:
    before = _digest(example_path)
    beside = set(example_path.parent.iterdir())
    assert glance(example_path) is not None
    assert _digest(example_path) == before
    assert set(example_path.parent.iterdir()) == beside


def test_anything_but_a_plan_gets_no_glance(tmp_path: Path) -> None:
    text = tmp_path / "anteckning.vplan"
    text.write_text("Det här är ingen plan.\n" * 50, encoding="utf-8")
    other = tmp_path / "annat.vplan"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE plan (id INTEGER)")
    connection.commit()
    connection.close()
    empty = tmp_path / "tom.vplan"
    empty.write_bytes(b"")
    folder = tmp_path / "mapp.vplan"
    folder.mkdir()
    for path in (text, other, empty, folder, tmp_path / "finns-inte.vplan"):
        assert glance(path) is None, path.name


def test_a_plan_of_another_schema_or_program_gets_no_glance(example_path: Path) -> None:
    header = bytearray(example_path.read_bytes())
    for offset, value in ((60, SCHEMA_VERSION + 1), (60, SCHEMA_VERSION - 1), (68, 0x12345678)):
        changed = bytearray(header)
        changed[offset : offset + 4] = struct.pack(">I", value)
        example_path.write_bytes(bytes(changed))
        assert glance(example_path) is None, (offset, value)
    example_path.write_bytes(bytes(header))
    assert struct.unpack(">I", header[68:72])[0] == APPLICATION_ID
    assert glance(example_path) is not None


def test_a_plan_table_that_is_a_view_gets_no_glance(example_path: Path, tmp_path: Path) -> None:
    # A view can run any query: one that never ends must not hang the start.
    hostile = _altered(
        example_path,
        tmp_path,
        "PRAGMA foreign_keys = OFF",
        "ALTER TABLE kapitel RENAME TO kapitel_gammal",
        "CREATE VIEW kapitel AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
        "SELECT i AS id, 'x' AS rubrik, i AS ordning FROM n",
    )
    started = time.monotonic()
    assert glance(hostile) is None
    assert time.monotonic() - started < 5


def test_values_of_the_wrong_kind_get_no_glance(example_path: Path, tmp_path: Path) -> None:
    cases = [
        "UPDATE plan SET kommun = x'41'",
        "UPDATE plan SET forsta_ar = 'tjugo'",
        "UPDATE plan SET namnd = x'00ff'",
        f"UPDATE plan SET titel = '{'x' * 3000}'",
        "UPDATE kapitel SET rubrik = x'00' WHERE id = (SELECT min(id) FROM kapitel)",
        "DELETE FROM plan",
    ]
    for number, statement in enumerate(cases):
        folder = tmp_path / str(number)
        folder.mkdir()
        hostile = _altered(example_path, folder, "PRAGMA ignore_check_constraints = ON", statement)
        assert glance(hostile) is None, statement


def test_more_chapters_than_any_plan_has_get_no_glance(example_path: Path, tmp_path: Path) -> None:
    many = _altered(
        example_path,
        tmp_path,
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n LIMIT "
        f"{MOST_CHAPTERS + 1}) INSERT INTO kapitel (ordning, rubrik, text, att_granska, "
        "omvarldsanalys, version) SELECT 1000 + i, 'Kapitel ' || i, '', 0, 0, 1 FROM n",
    )
    assert glance(many) is None


GLANCE_IN_A_PROCESS = """
import sys
from pathlib import Path
from vplan_desktop.glance import glance
print("ingen" if glance(Path(sys.argv[1])) is None else "titt", flush=True)
"""


def test_a_named_pipe_beside_the_plan_gets_no_glance_and_no_hang(
    example_path: Path, tmp_path: Path
) -> None:
    # SQLite opens the journal beside a database it reads: a pipe there would wait forever.
    pipe = example_path.with_name(example_path.name + "-journal")
    os.mkfifo(pipe)
    result = subprocess.run(
        [sys.executable, "-c", GLANCE_IN_A_PROCESS, str(example_path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.stdout.strip() == "ingen", result.stderr[-2000:]


def test_a_journal_beside_the_plan_gets_no_glance(example_path: Path) -> None:
    for suffix in ("-journal", "-wal", "-shm"):
        beside = example_path.with_name(example_path.name + suffix)
        beside.write_bytes(b"")
        assert glance(example_path) is None, suffix
        beside.unlink()
    assert glance(example_path) is not None


def test_a_generated_column_or_a_virtual_table_gets_no_glance(
    example_path: Path, tmp_path: Path
) -> None:
    # A generated column runs the file's own expression at every read: one making a huge
    # text would take seconds and gigabytes before any check of its value.
    generated = _altered(
        example_path,
        tmp_path,
        "PRAGMA foreign_keys = OFF",
        "ALTER TABLE kapitel RENAME TO kapitel_gammal",
        "CREATE TABLE kapitel (id INTEGER PRIMARY KEY, ordning INTEGER, "
        "rubrik TEXT GENERATED ALWAYS AS (printf('%.*c', 900000000, 'x')))",
        "INSERT INTO kapitel (id, ordning) VALUES (1, 1)",
    )
    started = time.monotonic()
    assert glance(generated) is None
    assert time.monotonic() - started < 2
    folder = tmp_path / "virtuell"
    folder.mkdir()
    virtual = _altered(
        example_path,
        folder,
        "PRAGMA foreign_keys = OFF",
        "ALTER TABLE kapitel RENAME TO kapitel_gammal",
        "CREATE VIRTUAL TABLE kapitel USING fts5(id, ordning, rubrik)",
    )
    assert glance(virtual) is None


def test_a_statement_that_runs_long_is_stopped(
    example_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # With ordinary tables of stored columns no read here can run long without more chapters
    # than a plan has; the guard stays for what the other checks miss. Nine hundred chapters
    # are read within it, and stopped when no steps are allowed.
    many = _altered(
        example_path,
        tmp_path,
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n LIMIT 900) "
        "INSERT INTO kapitel (ordning, rubrik, text, att_granska, omvarldsanalys, version) "
        "SELECT 1000 - i, 'Kapitel ' || i, '', 0, 0, 1 FROM n",
    )
    seen = glance(many)
    assert seen is not None and len(seen.chapters) > 900
    monkeypatch.setattr(glance_module, "MOST_STEPS", 0)
    assert glance(many) is None


def test_a_plan_in_wal_mode_gets_no_glance_and_no_files_beside_it(
    example_path: Path,
) -> None:
    data = bytearray(example_path.read_bytes())
    data[18:20] = bytes([2, 2])  # the header of a database in write-ahead logging
    example_path.write_bytes(bytes(data))
    beside = set(example_path.parent.iterdir())
    assert glance(example_path) is None
    assert set(example_path.parent.iterdir()) == beside

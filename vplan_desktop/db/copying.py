"""Copying a plan file consistently, whatever else is happening to it.

A plan is never copied byte by byte: a copy taken in the middle of a transaction is corrupt.
SQLite's backup API copies a consistent state of the source, which is opened read-only.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

from vplan_desktop.errors import PlanFileError


def sqlite_uri(path: Path, mode: str) -> str:
    """A SQLite URI for ``path``; ``Path.as_uri`` escapes ``#``, ``?``, ``%`` and non-ASCII."""
    return f"{path.absolute().as_uri()}?mode={mode}"


def copy_plan_file(source: Path, target: Path, *, sync: bool = True, check: bool = True) -> None:
    """Copy the database ``source`` into ``target`` (created or overwritten) and, with
    ``sync``, flush it to the disk and (unless not ``check``: the caller checks the copy in
    full next) check it before returning.

    ``OSError`` and ``sqlite3.Error`` reach the caller, which knows what the copy was for.
    """
    src = sqlite3.connect(sqlite_uri(source, "ro"), uri=True)
    try:
        dst = sqlite3.connect(sqlite_uri(target, "rwc"), uri=True)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    if sync:
        with target.open("rb+") as written:
            os.fsync(written.fileno())
        if check:
            check_copy(target)


def check_copy(path: Path) -> None:
    """Raise ``PlanFileError`` unless ``path`` passes SQLite's ``quick_check``."""
    connection = sqlite3.connect(sqlite_uri(path, "ro"), uri=True)
    try:
        result = connection.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError:
        result = []
    finally:
        connection.close()
    if result != [("ok",)]:
        raise PlanFileError(f"Kopian ”{path.name}” blev inte hel; inget skrevs över.")


def settle(path: Path) -> None:
    """Let SQLite finish what a killed process left: a hot journal beside one of vplan's own
    files (a working copy) is rolled back, so the file is whole again. Never used on a user's
    plan, which vplan does not write in place."""
    if not path.with_name(path.name + "-journal").exists():
        return
    connection = sqlite3.connect(sqlite_uri(path, "rw"), uri=True)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
    except sqlite3.DatabaseError:
        pass  # the checks that follow report a damaged file
    finally:
        connection.close()


_JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")


def stale_journal(path: Path) -> Path | None:
    """A rollback journal left beside ``path`` by a program that stopped in the middle of a
    change (SQLite calls it hot). vplan never writes a plan in place, so it is not vplan's."""
    journal = path.with_name(path.name + "-journal")
    try:
        with journal.open("rb") as handle:
            return journal if handle.read(8) == _JOURNAL_MAGIC else None
    except OSError:
        return None


def rolled_back_copy(path: Path, journal: Path) -> Path:
    """A private copy of ``path`` with the interrupted change rolled back, as SQLite would do
    it, while the plan and its journal stay exactly as they are. Remove it with
    ``remove_private_copy``."""
    folder = Path(tempfile.mkdtemp(prefix="vplan-journal-"))
    copy = folder / "plan.vplan"
    shutil.copyfile(path, copy)
    shutil.copyfile(journal, folder / "plan.vplan-journal")
    settle(copy)
    return copy


def remove_private_copy(copy: Path) -> None:
    shutil.rmtree(copy.parent, ignore_errors=True)


def change_counter(path: Path) -> int:
    """SQLite's file change counter (header bytes 24–27): it grows with every commit."""
    with path.open("rb") as handle:
        handle.seek(24)
        return int.from_bytes(handle.read(4), "big")


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX); a no-op where folders cannot be opened."""
    if os.name != "posix":
        return
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)

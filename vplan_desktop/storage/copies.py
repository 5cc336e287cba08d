"""Working copies in the per-user data folder: each belongs to one running vplan.

A vplan editing a plan has a working copy of its own, ``<pid>-<random>.vplan``, with a note
beside it (``.json``: the plan, the process, what was last written back) and an owner file
(``.lock``) on which it holds an OS lock as long as it runs. No other vplan ever writes,
reuses or removes a working copy whose owner file is locked, so two vplans on one plan (which
happens where no lock file can be written beside it) never touch each other's edits. When a
vplan dies the OS lets go of the lock, and recovery knows the copy is left behind.

Working copies of vplans before this one (``<plan key>.vplan`` without an owner file) are
still found; whether their process runs is told by its id, as it was then.
"""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import Iterator
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vplan_desktop.storage.locks import process_alive
from vplan_desktop.storage.oslock import FileLock, LockUnsupportedError, held_elsewhere
from vplan_desktop.storage.places import computer_name, plan_key, working_folder


@dataclass(frozen=True)
class CopyFiles:
    """The files of one working copy."""

    working: Path

    @property
    def note(self) -> Path:
        return self.working.with_suffix(".json")

    @property
    def owner(self) -> Path:
        return self.working.with_suffix(".lock")

    def all(self) -> tuple[Path, ...]:
        return (
            self.working,
            self.working.with_name(self.working.name + "-journal"),
            self.note,
            self.note.with_suffix(".json.tmp"),
        )


def remove_files(*paths: Path) -> None:
    """Remove what can be removed (a file another program holds open on Windows stays)."""
    for path in paths:
        with suppress(OSError):
            path.unlink()


class CopyInUseError(Exception):
    """Another running vplan holds the working copy."""


def claim_new() -> tuple[CopyFiles, FileLock | None]:
    """Names for a new working copy, and the OS lock that makes it this process's.

    The lock is None where the data folder cannot lock files; the note's process id then
    tells whether the owner runs. Raises ``OSError`` if the data folder cannot be written.
    """
    folder = working_folder()
    folder.mkdir(parents=True, exist_ok=True)
    while True:
        files = CopyFiles(folder / f"{os.getpid()}-{secrets.token_hex(4)}.vplan")
        if not files.note.exists() and not files.working.exists():
            break
    try:
        owner = FileLock.try_take(files.owner)
    except LockUnsupportedError:
        return files, None
    if owner is None:  # nobody else has this random name
        raise FileExistsError(files.owner)
    return files, owner


def take_over(files: CopyFiles) -> FileLock | None:
    """The OS lock of a left-behind working copy, for the vplan going on with it.

    Raises ``CopyInUseError`` when another running vplan holds it (it is going on with the
    same copy); returns None where the owner file cannot be locked.
    """
    try:
        lock = FileLock.try_take(files.owner)
    except OSError:
        return None
    if lock is None:
        raise CopyInUseError(files.owner)
    return lock


def read_note(note: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(note.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def write_note(files: CopyFiles, note: dict[str, Any]) -> None:
    """Replace the note in one step; a note that cannot be written is not worth failing for
    (the working copy itself holds the edits)."""
    temp = files.note.with_suffix(".json.tmp")
    with suppress(OSError):
        temp.write_text(json.dumps(note, ensure_ascii=False), encoding="utf-8")
        os.replace(temp, files.note)


def owner_running(files: CopyFiles, note: dict[str, Any]) -> bool:
    """Whether the vplan that owns the working copy still runs (and has not let it go)."""
    if note.get("lamnad"):
        return False
    held = held_elsewhere(files.owner)
    if held is not None:
        return held
    try:
        pid = int(note.get("pid", 0))
    except (TypeError, ValueError):
        return False
    return note.get("dator") == computer_name() and process_alive(pid)


def all_copies() -> Iterator[tuple[CopyFiles, dict[str, Any]]]:
    """Every working copy with a readable note, oldest name first."""
    with suppress(OSError):
        for note in sorted(working_folder().glob("*.json")):
            data = read_note(note)
            if data is not None and isinstance(data.get("plan"), str):
                yield CopyFiles(note.with_suffix(".vplan")), data


def is_of(note: dict[str, Any], plan: Path) -> bool:
    """Whether the note is about ``plan`` (however its path was written)."""
    return plan_key(Path(note["plan"])) == plan_key(plan)

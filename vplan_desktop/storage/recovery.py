"""Edits a vplan left behind: a working copy whose process stopped before writing it back.

Beside each working copy lies a note (JSON) naming the plan, the process and computer, and the
working copy's change counter when it was last written back (``copies``). A working copy whose
vplan no longer runs, and that has changed since, holds unsaved edits; the next start offers
them ("Återställ osparade ändringar").

A write-back replaces the plan file and then updates the note. A vplan killed between the two
left a note that is one write-back behind, so the note also names the write-back under way
("vantande": the new file's stamp and counter, written before the plan is replaced). If the plan
file is that new file, the write-back happened.
"""

from __future__ import annotations

import sqlite3
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vplan_desktop.db.copying import change_counter, settle
from vplan_desktop.errors import PlanFileError
from vplan_desktop.storage import backups
from vplan_desktop.storage.copies import (
    CopyFiles,
    CopyInUseError,
    all_copies,
    is_of,
    owner_running,
    read_note,
    remove_files,
    take_over,
)
from vplan_desktop.storage.oslock import FileLock
from vplan_desktop.storage.places import working_folder

__all__ = [
    "Unsaved",
    "UnsavedEditsError",
    "find_unsaved",
    "note_path",
    "read_note",
    "remove_files",
    "unsaved_for",
    "written_back",
]

Stamp = tuple[int, int]


@dataclass(frozen=True)
class Unsaved:
    """A working copy left behind by a vplan that stopped before writing the plan back."""

    plan: Path
    working: Path
    note: Path
    since: str
    """When the plan was opened (ISO), as the note says."""
    stamp: Stamp | None = None
    """The plan file's (mtime_ns, size) as this working copy last wrote it."""

    def discard(self) -> None:
        """Drop the unsaved edits; the working copy is kept as a backup, so nothing is lost.

        Raises ``PlanFileError`` if another vplan has just gone on with these edits.
        """
        files = CopyFiles(self.working)
        owner = _claim(files, self.plan)
        with suppress(PlanFileError):
            backups.take_backup(self.working, self.plan)
        remove_files(*files.all())
        if owner is not None:
            owner.release(remove=True)


def _claim(files: CopyFiles, plan: Path) -> FileLock | None:
    """The left-behind copy's OS lock for this process (None where nothing can lock)."""
    try:
        return take_over(files)
    except CopyInUseError:
        raise PlanFileError(
            f"De osparade ändringarna i ”{plan.name}” har just öppnats av en annan vplan."
        ) from None


def note_path(working: Path) -> Path:
    return CopyFiles(working).note


def _stamp(value: object) -> Stamp | None:
    if isinstance(value, list) and len(value) == 2 and all(isinstance(v, int) for v in value):
        return (value[0], value[1])
    return None


def written_back(note: dict[str, Any], plan: Path) -> tuple[int | None, Stamp | None]:
    """The working copy's change counter and the plan file's stamp at its last write-back,
    counting one cut short between replacing the plan and updating the note."""
    counter, stamp = note.get("sparad_raknare"), _stamp(note.get("stampel"))
    pending = note.get("vantande")
    if not isinstance(pending, dict):
        return counter, stamp
    new = _stamp(pending.get("stampel"))
    try:
        now = plan.stat()
    except OSError:
        return counter, stamp
    if new is None or (now.st_mtime_ns, now.st_size) != new:
        return counter, stamp  # the plan was not replaced (or changed since)
    # On a file system with coarse times the old and the new file may look alike; then only
    # the file's identity tells, and where there is none the old state is the safe answer
    # (the edits are offered again rather than dropped).
    if new == stamp and not (pending.get("inod") and pending.get("inod") == now.st_ino):
        return counter, stamp
    return pending.get("sparad_raknare"), new


def _unsaved_from(files: CopyFiles, note: dict[str, Any]) -> Unsaved | None:
    """The working copy, if its vplan is gone and it holds edits not written back."""
    if owner_running(files, note):
        return None  # a running vplan is editing it
    plan = Path(note["plan"])
    if not files.working.exists():
        _remove_left(files, plan)  # a vplan that died before its working copy was made
        return None
    try:
        settle(files.working)
        counter, stamp = written_back(note, plan)
        if change_counter(files.working) == counter:
            _remove_left(files, plan)  # everything was written back; nothing to recover
            return None
    except (OSError, sqlite3.Error):
        return None
    return Unsaved(plan, files.working, files.note, str(note.get("oppnad", "")), stamp)


def _remove_left(files: CopyFiles, plan: Path) -> None:
    """Remove a working copy nobody owns (holding its lock, so no vplan takes it meanwhile)."""
    try:
        owner = _claim(files, plan)
    except PlanFileError:
        return
    remove_files(*files.all())
    if owner is not None:
        owner.release(remove=True)
    else:
        remove_files(files.owner)


def find_unsaved() -> list[Unsaved]:
    """Working copies whose edits were never written back, for the recovery question."""
    found = []
    for files, note in all_copies():
        unsaved = _unsaved_from(files, note)
        if unsaved is not None:
            found.append(unsaved)
    _remove_lone_owner_files()
    return found


def _remove_lone_owner_files() -> None:
    """Owner files a vplan left without a note (killed while opening or closing)."""
    with suppress(OSError):
        for owner in working_folder().glob("*.lock"):
            if owner.with_suffix(".json").exists():
                continue
            with suppress(OSError):
                lock = FileLock.try_take(owner, create=False)
                if lock is not None:
                    lock.release(remove=True)


def unsaved_for(plan: Path) -> Unsaved | None:
    """Edits left behind for ``plan`` (the first, if vplan died on it more than once)."""
    for files, note in all_copies():
        if is_of(note, plan):
            unsaved = _unsaved_from(files, note)
            if unsaved is not None:
                return unsaved
    return None


class UnsavedEditsError(PlanFileError):
    """Opening a plan that has unsaved edits from an earlier run: recover or discard first."""

    def __init__(self, unsaved: Unsaved) -> None:
        super().__init__(
            f"”{unsaved.plan.name}” har osparade ändringar från ett tidigare tillfälle då vplan "
            "avslutades oväntat. Öppna planen i vplan för att återställa eller kasta dem."
        )
        self.unsaved = unsaved

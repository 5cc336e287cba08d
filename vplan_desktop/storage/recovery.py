"""Edits a vplan left behind: a working copy whose process stopped before writing it back.

Beside each working copy lies a note (JSON) naming the plan, the process and computer, and the
working copy's change counter when it was last written back. A note whose process no longer
runs on this computer, with a working copy that has changed since, holds unsaved edits; the
next start offers them ("Återställ osparade ändringar").
"""

from __future__ import annotations

import json
import os
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vplan_desktop.db.copying import change_counter, settle
from vplan_desktop.errors import PlanFileError
from vplan_desktop.storage import backups
from vplan_desktop.storage.locks import process_alive
from vplan_desktop.storage.places import computer_name, plan_key, working_folder


@dataclass(frozen=True)
class Unsaved:
    """A working copy left behind by a vplan that stopped before writing the plan back."""

    plan: Path
    working: Path
    note: Path
    since: str
    """When the plan was opened (ISO), as the note says."""

    def discard(self) -> None:
        """Drop the unsaved edits; the working copy is kept as a backup, so nothing is lost."""
        with suppress(PlanFileError):
            backups.take_backup(self.working, self.plan)
        remove_files(self.working, self.note)


def remove_files(*paths: Path) -> None:
    for path in paths:
        with suppress(FileNotFoundError):
            path.unlink()


def note_path(working: Path) -> Path:
    return working.with_suffix(".json")


def read_note(note: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(note.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _unsaved_from(note: Path, *, own_too: bool = False) -> Unsaved | None:
    """The note's working copy, if its vplan is gone and it holds edits not written back."""
    data = read_note(note)
    working = note.with_suffix(".vplan")
    if data is None or not working.exists():
        return None
    alive = data.get("dator") == computer_name() and process_alive(int(data.get("pid", 0)))
    if alive and not data.get("lamnad") and not (own_too and data.get("pid") == os.getpid()):
        return None  # a running vplan is editing it
    try:
        settle(working)
        if change_counter(working) == data.get("sparad_raknare"):
            remove_files(working, note)  # everything was written back; nothing to recover
            return None
    except OSError:
        return None
    return Unsaved(Path(data["plan"]), working, note, str(data.get("oppnad", "")))


def find_unsaved() -> list[Unsaved]:
    """Working copies whose edits were never written back, for the recovery question."""
    found = []
    with suppress(OSError):
        for note in sorted(working_folder().glob("*.json")):
            unsaved = _unsaved_from(note)
            if unsaved is not None:
                found.append(unsaved)
    return found


def unsaved_for(plan: Path) -> Unsaved | None:
    note = working_folder() / f"{plan_key(plan)}.json"
    return _unsaved_from(note) if note.exists() else None


class UnsavedEditsError(PlanFileError):
    """Opening a plan that has unsaved edits from an earlier run: recover or discard first."""

    def __init__(self, unsaved: Unsaved) -> None:
        super().__init__(
            f"”{unsaved.plan.name}” har osparade ändringar från ett tidigare tillfälle då vplan "
            "avslutades oväntat. Öppna planen i vplan för att återställa eller kasta dem."
        )
        self.unsaved = unsaved

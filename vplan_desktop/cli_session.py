"""The working copy a command-line import edits the plan in, as the window does: the plan is
changed in a working copy and written back whole, and a plan someone has open in vplan is
refused with who has it. Unlike the window, a command that fails changes nothing and leaves
nothing behind: the working copy and the lock go on every way out, and the messages give
advice that works here (no "Spara som…")."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from vplan_desktop.errors import PlanFileError

if TYPE_CHECKING:
    from vplan_desktop.storage.working import EditSession


@contextmanager
def command_session(path: Path, *, writes: bool) -> Iterator[EditSession]:
    """The plan at ``path`` open in a working copy (read-only unless the command ``writes``),
    discarded when the command ends; the plan's own file changes only by ``write_back``."""
    # Deferred for start-up time: the window imports the command line and needs none of these.
    from vplan_desktop.storage.locks import PlanInUseError
    from vplan_desktop.storage.working import EditSession, UnsavedEditsError

    name = f"”{path.name}”"
    try:
        session = EditSession.open(path, read_only=not writes)
    except PlanInUseError as error:
        raise PlanFileError(
            f"{name} är redan öppnad av {error.holder.describe()}. Stäng den där och kör "
            "kommandot igen."
        ) from None
    except UnsavedEditsError:
        raise PlanFileError(
            f"{name} har osparade ändringar från ett tidigare tillfälle då vplan avslutades "
            f"oväntat. Öppna planen i vplan (vplan {path}) och återställ eller kasta dem först."
        ) from None
    try:
        yield session
    finally:
        session.discard()


def write_back(session: EditSession, path: Path) -> None:
    """The working copy's changes written back to the plan at ``path``, or a message saying
    the plan is unchanged."""
    # Deferred for start-up time, as in ``command_session``.
    from vplan_desktop.storage.working import WriteBackError

    try:
        session.save()
    except WriteBackError as error:
        raise PlanFileError(
            f"”{path.name}” kunde inte sparas: {error.reason}. Planen är oförändrad."
        ) from None

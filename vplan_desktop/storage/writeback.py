"""Writing a plan back whole, and clearing away what a write-back cut short left.

The working copy is written into a temporary file in the plan's own folder (SQLite's backup
API), synced to disk and checked, then renamed over the plan: a share or a sync client only
ever sees a complete old file or a complete new one. A vplan killed in the middle leaves its
temporary file; the next vplan that opens a plan in that folder removes it.
"""

from __future__ import annotations

import errno
import os
import re
import time
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

from vplan_desktop.db.copying import copy_plan_file, sync_folder
from vplan_desktop.db.files import computer_tag, make_temp, temp_owner
from vplan_desktop.errors import PlanFileError
from vplan_desktop.storage.locks import process_alive

LEFT_OVER_AGE = 10 * 60
"""Seconds after which any temporary file of vplan's is left over: no write-back takes that
long, whichever computer it runs on."""


class WriteBackError(PlanFileError):
    """The plan could not be written back; the edits are safe in the working copy.

    ``retry`` says whether trying again later may help (a share that is away) or whether the
    user must choose another place ("Spara som…"). ``reason`` is the cause alone, for callers
    that give their own advice (the command line has no "Spara som…").
    """

    def __init__(self, message: str, *, retry: bool, reason: str = "") -> None:
        super().__init__(message)
        self.retry = retry
        self.reason = reason or message


class PlanChangedOnDiskError(WriteBackError):
    """Someone else wrote the plan file since vplan last did; it is not overwritten."""


_KEPT = "Dina ändringar finns kvar i vplans arbetskopia."


def write_error(plan: Path, error: OSError) -> WriteBackError:
    """What to tell the user when writing ``plan`` failed with ``error``."""
    name = f"”{plan.name}”"
    code = error.errno
    if code == errno.ENOSPC:
        reason = "disken är full"
        advice = "Frigör utrymme eller välj Spara som… för att spara planen någon annanstans."
        retry = True
    elif code in (errno.EACCES, errno.EPERM, errno.EROFS):
        reason = "filen eller mappen är skrivskyddad eller så saknar du behörighet"
        advice = "Välj Spara som… för att spara planen någon annanstans."
        retry = False
    elif code == errno.ENAMETOOLONG or getattr(error, "winerror", None) == 206:
        reason = "sökvägen är för lång"
        advice = "Välj Spara som… och en kortare sökväg."
        retry = False
    elif code in (errno.ENOENT, errno.ENOTDIR, errno.EIO, errno.ESTALE, errno.EHOSTDOWN):
        reason = f"mappen {plan.parent} går inte att nå (är nätverket borta?)"
        advice = "vplan försöker igen; du kan också välja Spara som…"
        retry = True
    else:
        reason = str(error.strerror or error)
        advice = "Välj Spara som… för att spara planen någon annanstans."
        retry = True
    return WriteBackError(
        f"{name} kunde inte sparas: {reason}. {_KEPT} {advice}", retry=retry, reason=reason
    )


def write_plan_file(
    source: Path,
    target: Path,
    *,
    before_replace: Callable[[tuple[int, int], int], None] | None = None,
) -> tuple[int, int]:
    """Write the database ``source`` over ``target`` whole; return the new file's
    (mtime_ns, size). The target folder only ever holds the old file or the new one.

    ``before_replace`` is told the new file's (mtime_ns, size) and inode just before it
    replaces the plan (a rename keeps both), so that a note can say what is under way.
    """
    folder = target.parent
    temp = make_temp(folder)
    try:
        copy_plan_file(source, temp)  # backup API, fsync, quick_check
        with suppress(OSError):
            temp.chmod(target.stat().st_mode & 0o777 if target.exists() else 0o644)
        if before_replace is not None:
            new = temp.stat()
            before_replace((new.st_mtime_ns, new.st_size), new.st_ino)
        os.replace(temp, target)
    finally:
        for left in (temp, temp.with_name(temp.name + "-journal")):
            with suppress(FileNotFoundError):
                left.unlink()
    sync_folder(folder)
    stat = target.stat()
    return stat.st_mtime_ns, stat.st_size


def _old_names(plan: Path) -> re.Pattern[str]:
    """Temporary names that vplans before this one used beside ``plan``."""
    random = r"[a-z0-9_]{8}"
    return re.compile(
        rf"\.~{re.escape(plan.stem[:40])}-{random}\.tmp"  # a write-back
        rf"|\.{re.escape(plan.name)}-{random}\.tmp"  # a new plan, an export
        rf"|~\${re.escape(plan.name)}\.\d+\.tmp"  # a lock being taken over
    )


def remove_left_over_temps(folder: Path, plan: Path | None = None) -> list[Path]:
    """Remove vplan's temporary files in ``folder`` that no running vplan is writing: those
    of a process gone from this computer, and any older than ``LEFT_OVER_AGE`` (those of
    another computer, and the names older vplans used beside ``plan``). Never fails."""
    here, now = computer_tag(), time.time()
    old = _old_names(plan) if plan is not None else None
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    for entry in entries:
        owner = temp_owner(entry.name)
        if owner is None and not (old is not None and old.fullmatch(entry.name)):
            continue
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            age = now - entry.stat(follow_symlinks=False).st_mtime
        except OSError:
            continue
        gone = owner is not None and owner[0] == here and not process_alive(owner[1])
        if gone or age > LEFT_OVER_AGE:
            with suppress(OSError):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
    return removed

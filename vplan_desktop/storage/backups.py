"""Snapshots of a plan in the backup folder, thinned as they age.

A snapshot is taken when a plan is opened and every ten minutes while it is edited. The newest
ones are all kept, then one a day for a month, then one a week: enough to go back to any week
of the planning year without filling the disk.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from vplan_desktop.db.copying import copy_plan_file
from vplan_desktop.db.files import replace_when_done
from vplan_desktop.errors import PlanFileError
from vplan_desktop.storage.places import backup_root, plan_key
from vplan_desktop.storage.writeback import remove_left_over_temps

KEEP_NEWEST = 10
DAILY_FOR = dt.timedelta(days=30)
INTERVAL = dt.timedelta(minutes=10)
"""How often a plan being edited is snapshotted."""

_STAMP = "%Y-%m-%d_%H%M%S"


@dataclass(frozen=True)
class Backup:
    path: Path
    tid: dt.datetime
    storlek: int
    """Size in bytes."""


def backup_folder(plan: Path) -> Path:
    return backup_root() / plan_key(plan)


def list_backups(plan: Path) -> list[Backup]:
    """The snapshots of ``plan``, newest first."""
    found = []
    with suppress(OSError):
        for path in backup_folder(plan).glob("*.vplan"):
            try:
                when = dt.datetime.strptime(path.stem[: len("2026-01-01_120000")], _STAMP)
                size = path.stat().st_size
            except (ValueError, OSError):
                continue
            found.append(Backup(path, when, size))
    return sorted(found, key=lambda b: (b.tid, _sequence(b.path)), reverse=True)


def _sequence(path: Path) -> int:
    """Two snapshots in the same second are "…_120000.vplan" and "…_120000-2.vplan"."""
    rest = path.stem[len("2026-01-01_120000") :].removeprefix("-")
    return int(rest) if rest.isdigit() else 1


def take_backup(source: Path, plan: Path, *, now: dt.datetime | None = None) -> Backup:
    """Snapshot the database ``source`` (the working copy of ``plan``) and thin the old ones."""
    now = (now or dt.datetime.now()).replace(microsecond=0)
    folder = backup_folder(plan)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "plan.txt").write_text(f"{plan.absolute()}\n", encoding="utf-8")
        target = folder / f"{now.strftime(_STAMP)}.vplan"
        number = 2
        while target.exists():
            target = folder / f"{now.strftime(_STAMP)}-{number}.vplan"
            number += 1
        with replace_when_done(target, overwrite=False) as temp:
            copy_plan_file(source, temp)
        size = target.stat().st_size
    except (OSError, sqlite3.Error, PlanFileError) as error:
        reason = error.message if isinstance(error, PlanFileError) else str(error)
        raise PlanFileError(
            f"Säkerhetskopian av ”{plan.name}” kunde inte sparas: {reason}"
        ) from None
    prune(plan, now)
    remove_left_over_temps(folder)  # of a snapshot cut short
    return Backup(target, now, size)


def to_keep(times: Iterable[dt.datetime], now: dt.datetime) -> set[dt.datetime]:
    """Which snapshot times survive thinning: the newest few, then the newest of each day for
    a month, then the newest of each week."""
    ordered = sorted(set(times), reverse=True)
    keep = set(ordered[:KEEP_NEWEST])
    seen: set[tuple[int, ...]] = set()
    for when in ordered:
        if now - when <= DAILY_FOR:
            bucket: tuple[int, ...] = (when.year, when.month, when.day)
        else:
            iso = when.isocalendar()
            bucket = (iso.year, iso.week)
        if bucket not in seen:
            seen.add(bucket)
            keep.add(when)
    return keep


def prune(plan: Path, now: dt.datetime) -> None:
    backups = list_backups(plan)
    keep = to_keep((b.tid for b in backups), now)
    for backup in backups:
        if backup.tid not in keep:
            with suppress(OSError):
                backup.path.unlink()

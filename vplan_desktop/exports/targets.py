"""Where an export may be written: never over the plan it is made from, the files that belong to
that plan (its lock, journal, backups, vplan's working copy) or the Word template it is made
with. The CLI and the window's export both ask ``check_export_target`` before writing, and
"Spara som…" asks it whether the place is one of vplan's own.

Paths are compared resolved (symbolic links, ``..``, case on Windows) and, when both exist, as
the same file on disk (a hard link is the same file under another name).
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterator
from pathlib import Path

from vplan_desktop.errors import InputError
from vplan_desktop.storage.locks import lock_path
from vplan_desktop.storage.places import data_folder

SQLITE_SIDECARS = ("-journal", "-wal", "-shm")


def _real(path: Path) -> str | None:
    try:
        return os.path.normcase(os.path.realpath(path))
    except (OSError, ValueError):
        return None


def _same(a: Path, b: Path) -> bool:
    """Whether ``a`` and ``b`` name the same file, or would once ``a`` is written."""
    real_a, real_b = _real(a), _real(b)
    if real_a is not None and real_a == real_b:
        return True
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return False


def _inside(path: Path, folder: Path) -> bool:
    real, root = _real(path), _real(folder)
    if real is None or root is None:
        return False
    try:
        return os.path.commonpath([real, root]) == root
    except ValueError:  # another drive
        return False


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except (OSError, ValueError):
        return None
    return (stat.st_dev, stat.st_ino) if stat.st_ino else None


def _files_under(folder: Path) -> Iterator[Path]:
    try:
        yield from (p for p in folder.rglob("*") if p.is_file())
    except OSError:
        return


def _plans_own_files(plan: Path) -> Iterator[Path]:
    """The files beside a plan that belong to it: its lock, SQLite's journal, and the copy
    kept when an older plan's format was upgraded (``Plan.vplan.format3.bak``)."""
    yield lock_path(plan)
    for suffix in SQLITE_SIDECARS:
        yield plan.with_name(plan.name + suffix)
    pattern = os.path.join(glob.escape(str(plan.parent)), glob.escape(plan.name) + ".format*.bak")
    yield from (Path(name) for name in glob.glob(pattern))


def check_export_target(
    out: Path,
    *,
    plan: Path | None = None,
    working: Path | None = None,
    template: Path | None = None,
    what: str = "Exporten",
) -> None:
    """Refuse ``out`` if writing it would replace ``plan``, one of its own files, vplan's
    working copy (``working``) or backups, or the Word ``template``.

    ``what`` names what is being saved, at the start of the message.
    """

    def refuse(why: str, advice: str = "Välj ett annat filnamn") -> InputError:
        return InputError(f"{what} kan inte sparas som ”{out.name}”: {why}. {advice}.")

    if out.is_dir():
        raise refuse("det är en mapp", "Ange ett filnamn")
    if template is not None and _same(out, template):
        raise refuse("det är Word-mallen som exporten görs med, och den skulle skrivas över")
    if plan is not None:
        if _same(out, plan):
            raise refuse("det är planen som exporteras, och den skulle skrivas över")
        if any(_same(out, own) for own in _plans_own_files(plan)):
            raise refuse(f"filen hör till planen ”{plan.name}”")
    own = "det är en av vplans egna filer (arbetskopior och säkerhetskopior av planer)"
    # vplan's per-user folder holds only its own files: working copies, backups, locks, logs.
    if (working is not None and _same(out, working)) or _inside(out, data_folder()):
        raise refuse(own, "Välj en annan mapp")
    identity = _identity(out)  # a hard link elsewhere to a working copy or a backup:
    if identity is not None and any(_identity(p) == identity for p in _files_under(data_folder())):
        raise refuse(own, "Välj ett annat filnamn")

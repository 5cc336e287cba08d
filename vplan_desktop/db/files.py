"""Writing files so that nobody ever sees half of one."""

from __future__ import annotations

import hashlib
import os
import platform
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from vplan_desktop.errors import PlanFileError, os_reason

# vplan's own temporary files beside a user's file are named "~$vplan-<computer>-<pid>-<random>.tmp"
# (and SQLite's journal of one "…tmp-journal"), for two reasons:
# - Sync clients leave them alone, so a half-written file is never uploaded. Names starting
#   with "~$" (Office's owner files) are on OneDrive's list of names it does not sync, and
#   ".tmp" files are not uploaded to OneDrive for Business either; Nextcloud, ownCloud and
#   OpenCloud exclude "~$*" in their default exclude lists; Dropbox is documented (by others;
#   its own list was not at hand) to skip Office's "~$…" and "~….tmp" files. Google Drive
#   has no such rule that we know of: there only the clean-up below helps.
#   The "~$" start also covers SQLite's "…tmp-journal" beside a temporary plan.
# - The next vplan can tell whose they are: one from a process that is gone on this computer, or
#   older than any write-back, is left over and removed (``storage.writeback``).
TEMP_PREFIX = "~$vplan-"
TEMP_SUFFIX = ".tmp"
_TEMP_NAME = re.compile(r"~\$vplan-([0-9a-f]{6})-(\d+)-[A-Za-z0-9_]+\.tmp(?:-journal)?")


def computer_tag() -> str:
    """A short tag for this computer in temporary file names."""
    return hashlib.sha256(platform.node().encode("utf-8", "surrogatepass")).hexdigest()[:6]


def temp_owner(name: str) -> tuple[str, int] | None:
    """The (computer tag, pid) of vplan's temporary file ``name``, None if it is not one."""
    match = _TEMP_NAME.fullmatch(name)
    return (match[1], int(match[2])) if match else None


def make_temp(folder: Path) -> Path:
    """Create an empty temporary file of vplan's in ``folder`` (only this process can read it)."""
    handle, name = tempfile.mkstemp(
        prefix=f"{TEMP_PREFIX}{computer_tag()}-{os.getpid()}-", suffix=TEMP_SUFFIX, dir=folder
    )
    os.close(handle)
    return Path(name)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _refuse_existing(path: Path) -> None:
    if path.exists():
        raise PlanFileError(f"”{path.name}” finns redan. Välj ett annat filnamn.")


@contextmanager
def replace_when_done(path: Path, *, overwrite: bool = True) -> Iterator[Path]:
    """Yield a temporary file in ``path``'s folder; when the block succeeds it is synced to
    disk and renamed to ``path`` in one step, otherwise it is removed.

    With ``overwrite`` false an existing ``path`` is refused, both before and after the block.
    """
    if not overwrite:
        _refuse_existing(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise PlanFileError(f"Mappen {folder} finns inte.")
    try:
        temp = make_temp(folder)
    except OSError as error:
        raise PlanFileError(f"”{path.name}” kunde inte skrivas: {os_reason(error)}.") from None
    try:
        yield temp
        if not overwrite:
            _refuse_existing(path)
        temp.chmod(0o666 & ~_umask())  # mkstemp makes the file private; a plan is not
        with temp.open("rb+") as written:
            os.fsync(written.fileno())
        os.replace(temp, path)
    except OSError as error:
        raise PlanFileError(f"”{path.name}” kunde inte skrivas: {os_reason(error)}.") from None
    finally:
        for left in (temp, temp.with_name(temp.name + "-journal")):
            with suppress(FileNotFoundError):
                left.unlink()

"""Writing files so that nobody ever sees half of one."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from vplan_desktop.errors import PlanFileError


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
        handle, name = tempfile.mkstemp(prefix=f".{path.name}-", suffix=".tmp", dir=folder)
    except OSError as error:
        raise PlanFileError(f"”{path.name}” kunde inte skrivas: {error.strerror}.") from None
    os.close(handle)
    temp = Path(name)
    try:
        yield temp
        if not overwrite:
            _refuse_existing(path)
        temp.chmod(0o666 & ~_umask())  # mkstemp makes the file private; a plan is not
        with temp.open("rb+") as written:
            os.fsync(written.fileno())
        os.replace(temp, path)
    except OSError as error:
        raise PlanFileError(f"”{path.name}” kunde inte skrivas: {error.strerror}.") from None
    finally:
        with suppress(FileNotFoundError):
            temp.unlink()

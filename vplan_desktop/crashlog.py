"""The log of unexpected errors, in the per-user log folder.

An error vplan did not expect (a bug) never reaches the user as a traceback: the user gets a
short Swedish message, and the details go here, where support can ask for them.
"""

from __future__ import annotations

import datetime as dt
import platform
import sys
import traceback
from contextlib import suppress
from pathlib import Path
from types import TracebackType

from vplan_desktop import __version__
from vplan_desktop.storage.places import log_folder

LOG_NAME = "vplan.log"
MAX_BYTES = 1_000_000


def details(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> str:
    """What went wrong, with the program and machine: for the log and "Kopiera detaljer"."""
    lines = traceback.format_exception(kind, error, trace)
    head = (
        f"vplan {__version__}, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}\n"
        f"{dt.datetime.now().isoformat(timespec='seconds')}\n"
    )
    return head + "".join(lines)


def write_log(text: str) -> Path | None:
    """Append ``text`` to the log (the previous log is kept as vplan.log.1 when it grows
    large); the log's path, or None if it could not be written."""
    folder = log_folder()
    path = folder / LOG_NAME
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.stat().st_size > MAX_BYTES:
            path.replace(path.with_name(LOG_NAME + ".1"))
        with path.open("a", encoding="utf-8") as log:
            log.write(text.rstrip("\n") + "\n\n")
    except OSError:
        return None
    return path


def log_exception(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> tuple[str, Path | None]:
    text = details(kind, error, trace)
    return text, write_log(text)


def log_current() -> Path | None:
    """Log the exception being handled (inside ``except``)."""
    kind, error, trace = sys.exc_info()
    if kind is None or error is None:
        return None
    with suppress(Exception):
        return log_exception(kind, error, trace)[1]
    return None

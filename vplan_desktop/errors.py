"""The exceptions that carry a Swedish message to the user.

Anything a user can cause (a bad file, a bad value) raises a ``VplanError``; the CLI prints
its message and the GUI shows it. Any other exception is a bug.

A full disk gets one message wherever it happens (``disk_full_error``); ``is_disk_full``
recognises it behind whichever library reported it.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager


class VplanError(Exception):
    """An error with a message meant for the user, in Swedish."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class PlanFileError(VplanError):
    """A plan file cannot be opened, created or written."""


class AdoptedPlanError(VplanError):
    """An edit was refused because the plan is adopted (status Antagen) and so frozen."""


class InputError(VplanError, ValueError):
    """A value typed or imported by the user is not acceptable."""


class NotFoundError(VplanError):
    """An edit names an item that is no longer in the plan."""


class ConflictError(VplanError):
    """An edit was based on an item that someone else has changed since it was read; nothing
    of the edit was written. ``who`` and ``when`` (local time) say whose change it met, as far
    as the plan knows (an empty name, or None for a time, where it does not)."""

    def __init__(self, who: str, when: dt.datetime | None, *, today: dt.date | None = None) -> None:
        self.who = who
        self.when = when
        super().__init__(conflict_message(who, when, today=today))


def conflict_message(who: str, when: dt.datetime | None, *, today: dt.date | None = None) -> str:
    """ "Anna Svensson ändrade detta kl. 10.42 – din ändring gjordes inte", with the date
    ("2026-11-28 kl. 10.42") when the change was not made today."""
    name = who.strip() or "Någon annan"
    if when is None:
        return f"{name} har ändrat detta – din ändring gjordes inte."
    day = today if today is not None else dt.date.today()
    clock = f"kl. {when.hour:02d}.{when.minute:02d}"
    moment = clock if when.date() == day else f"{when.date().isoformat()} {clock}"
    return f"{name} ändrade detta {moment} – din ändring gjordes inte."


class ServerError(VplanError):
    """A plan on a PostgreSQL server cannot be reached, read or written, or its address is
    not one vplan can use."""


class ServerUnreachable(ServerError):
    """The server cannot be reached now (the network or the server is down): trying again
    later may help. An edit that meets it is kept on this computer (``server.journal``)."""


class RightsError(ServerError):
    """The server refused a write for the user's rights in the plan ("Du har inte behörighet
    att ändra …"): not a conflict with someone else's edit, and not to be tried again."""


class InterchangeError(VplanError):
    """A JSON plan does not follow the interchange format.

    ``problems`` lists each bad field as (JSON path, Swedish message).
    """

    def __init__(
        self, problems: list[tuple[str, str]], head: str = "JSON-filen följer inte vplans format"
    ) -> None:
        problems = list(dict.fromkeys(problems))  # the schema can report one fault twice
        lines = [f"{path}: {text}" for path, text in problems]
        super().__init__(f"{head}:\n" + "\n".join(f"  {line}" for line in lines))
        self.problems = problems


# --- a full disk ---------------------------------------------------------------------------

_DISK_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_DISK_FULL_WINERRORS = {39, 112}  # ERROR_HANDLE_DISK_FULL, ERROR_DISK_FULL
_DISK_FULL_TEXTS = (
    "database or disk is full",  # SQLITE_FULL
    "no space left on device",
    "disk quota exceeded",
    os.strerror(errno.ENOSPC).lower(),
)


def disk_full_error(name: str | None = None) -> PlanFileError:
    """The one message for a file that could not be written because the disk is full."""
    what = f"”{name}”" if name else "filen"
    return PlanFileError(
        f"Disken är full: {what} kunde inte sparas. Frigör utrymme och försök igen."
    )


def _causes(error: BaseException) -> Iterator[BaseException]:
    """``error`` and everything it was raised from or while handling, once each.

    Libraries wrap the ``OSError`` of a full disk: SQLAlchemy keeps SQLite's error as
    ``orig``, zipfile and openpyxl fail again while cleaning up, and ``raise … from None``
    still keeps the original as ``__context__``.
    """
    seen: set[int] = set()
    pending: list[BaseException] = [error]
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        for linked in (current.__cause__, current.__context__, getattr(current, "orig", None)):
            if isinstance(linked, BaseException):
                pending.append(linked)


def is_disk_full(error: BaseException) -> bool:
    """Whether ``error`` comes from a full disk (or a used-up disk quota)."""
    for cause in _causes(error):
        if isinstance(cause, OSError) and (
            cause.errno in _DISK_FULL_ERRNOS
            or getattr(cause, "winerror", None) in _DISK_FULL_WINERRORS
        ):
            return True
        if isinstance(cause, sqlite3.Error) and (
            getattr(cause, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL
        ):
            return True
        if not isinstance(cause, VplanError):
            # Libraries in C (SQLite through SQLAlchemy, qpdf through pikepdf) say it in text.
            text = str(cause).lower()
            if any(phrase in text for phrase in _DISK_FULL_TEXTS):
                return True
    return False


@contextmanager
def disk_full_as_error(name: str) -> Iterator[None]:
    """Turn a full disk anywhere in the block into ``disk_full_error(name)``."""
    try:
        yield
    except Exception as error:
        if is_disk_full(error):
            raise disk_full_error(name) from None
        raise


def os_reason(error: OSError) -> str:
    """Why a file could not be read or written, in Swedish, for the errors people meet; the
    system's own text (often English) only for the rare rest."""
    code = error.errno
    if code in _DISK_FULL_ERRNOS or getattr(error, "winerror", None) in _DISK_FULL_WINERRORS:
        return "disken är full"
    if code in (errno.EACCES, errno.EPERM):
        return "du saknar behörighet, eller filen är skrivskyddad eller öppen i ett annat program"
    if code == errno.EROFS:
        return "disken är skrivskyddad"
    if code == errno.ENAMETOOLONG or getattr(error, "winerror", None) == 206:
        return "sökvägen är för lång"
    if code in (errno.ENOENT, errno.ENOTDIR):
        return "mappen finns inte"
    if code in (errno.EIO, errno.ESTALE, errno.EHOSTDOWN, errno.ENETUNREACH):
        return "disken eller nätverket svarar inte"
    if code == errno.EISDIR:
        return "det är en mapp"
    return str(error.strerror or error)

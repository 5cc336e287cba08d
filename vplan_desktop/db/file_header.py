"""The first 100 bytes of a plan file: how vplan recognises one before SQLite opens it (the
SQLite magic, vplan's ``application_id`` and the schema number in ``user_version``).

Only the standard library: the window's first frame (``vplan_desktop.glance``) checks a file
with it before the database layer is loaded. ``db/document.py`` does the full checks.
"""

from __future__ import annotations

import stat
import struct
from dataclasses import dataclass
from pathlib import Path

from vplan_desktop.errors import PlanFileError, os_reason

FILE_SUFFIX = ".vplan"
APPLICATION_ID = 0x76706C6E
"""``PRAGMA application_id`` of every plan file: the bytes "vpln"."""
SCHEMA_VERSION = 11
"""``PRAGMA user_version`` at the newest migration (each migration sets its own number)."""
SCHEMA_REVISION = "0011"
"""The Alembic head revision that matches ``SCHEMA_VERSION``."""

_SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class FileHeader:
    """What the first 100 bytes of a SQLite file say about it."""

    page_size: int
    page_count: int
    page_count_valid: bool
    user_version: int
    application_id: int
    write_version: int = 1
    """1 for a rollback journal (every plan vplan writes), 2 for write-ahead logging."""


def display_name(path: Path) -> str:
    return f"”{path.name}”"


def folder_text(path: Path) -> str:
    """ " i mappen …" for a file named with its folder; nothing for one in the current folder
    (whose folder would show as a bare ".")."""
    folder = path.parent
    if folder == Path() or folder.resolve() == Path.cwd().resolve():
        return " i den här mappen"
    return f" i mappen {folder}"


def read_header(path: Path) -> FileHeader:
    """Read and check the header of ``path`` without opening it as a database."""
    name = display_name(path)
    try:
        info = path.stat()  # follows a symbolic link: one to a plan is a plan
    except (FileNotFoundError, NotADirectoryError):
        raise PlanFileError(f"Filen {name} finns inte{folder_text(path)}.") from None
    except PermissionError:
        raise PlanFileError(f"Du saknar behörighet att läsa {name}.") from None
    except OSError as error:
        raise PlanFileError(f"{name} kunde inte läsas: {os_reason(error)}.") from None
    if stat.S_ISDIR(info.st_mode):
        raise PlanFileError(f"{name} är en mapp, inte en planfil.")
    if not stat.S_ISREG(info.st_mode):
        # Reading a named pipe waits for a writer forever, and a device never ends.
        raise PlanFileError(
            f"{name} är inte en vanlig fil utan en pipe, en enhet eller liknande, och kan inte "
            "vara en plan."
        )
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except PermissionError:
        raise PlanFileError(f"Du saknar behörighet att läsa {name}.") from None
    except OSError as error:
        raise PlanFileError(f"{name} kunde inte läsas: {os_reason(error)}.") from None
    if not header:
        raise PlanFileError(f"{name} är tom (0 byte) och innehåller ingen plan.")
    if len(header) < 100 or not header.startswith(_SQLITE_MAGIC):
        raise PlanFileError(f"{name} är inte en vplan-fil.")
    (page_size,) = struct.unpack(">H", header[16:18])
    change_counter, page_count = struct.unpack(">II", header[24:32])
    (valid_for,) = struct.unpack(">I", header[92:96])
    (user_version,) = struct.unpack(">I", header[60:64])
    (application_id,) = struct.unpack(">I", header[68:72])
    return FileHeader(
        page_size=65536 if page_size == 1 else page_size,
        page_count=page_count,
        page_count_valid=page_count > 0 and valid_for == change_counter,
        user_version=user_version,
        application_id=application_id,
        write_version=header[18],
    )

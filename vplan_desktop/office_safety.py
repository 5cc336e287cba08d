"""Checks on an Office file (a zip package) before any parser sees it.

The Word and Excel imports check what they read with these, and the Word export checks its
template: both use this module, so it sits below both.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path
from typing import BinaryIO, NoReturn
from xml.parsers import expat

from vplan_desktop.errors import InputError

MAX_MEMBERS = 5_000
MAX_TOTAL_BYTES = 300 * 1024 * 1024
MAX_RATIO = 200
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

Package = Path | BinaryIO


def check_office_zip(path: Path, kind: str) -> None:
    """Refuse what is not a sound Office package: not a file, an encrypted (password) file, a
    broken or truncated zip, or a zip bomb (too many members, too large, too compressed)."""
    name = f"”{path.name}”"
    if not path.is_file():
        raise InputError(f"Filen {name} finns inte.")
    with path.open("rb") as handle:
        head = handle.read(8)
    _check_package(path, head, name, kind)


def check_xml_parts(path: Path) -> None:
    """Refuse XML with entity declarations (a "billion laughs" bomb) before any parser runs."""
    _check_xml(path, f"”{path.name}”")


def read_office_file(path: Path, kind: str, subject: str) -> bytes:
    """The bytes of the Office file ``path``, after every check above has passed on exactly
    these bytes (the file is read once: what the parser gets is what was checked).

    ``subject`` names the file at the start of a message, e.g. "Filen".
    """
    try:
        if path.stat().st_size > MAX_TOTAL_BYTES:
            raise InputError(f"{subject} är orimligt stor och läses inte in.")
        data = path.read_bytes()
    except (FileNotFoundError, NotADirectoryError):
        raise InputError(f"{subject} finns inte.") from None
    except IsADirectoryError:
        raise InputError(f"{subject} är en mapp.") from None
    except PermissionError:
        raise InputError(f"{subject} får inte läsas (behörighet saknas).") from None
    except OSError:
        raise InputError(f"{subject} kunde inte läsas.") from None
    _check_package(io.BytesIO(data), data[:8], subject, kind)
    _check_xml(io.BytesIO(data), subject)
    return data


def check_office_bytes(data: bytes, kind: str, subject: str) -> None:
    """The checks of ``read_office_file`` on a package already in memory (an Office file
    embedded in another)."""
    _check_package(io.BytesIO(data), data[:8], subject, kind)
    _check_xml(io.BytesIO(data), subject)


def _check_package(source: Package, head: bytes, name: str, kind: str) -> None:
    if head == OLE_MAGIC:
        raise InputError(
            f"{name} är lösenordsskyddad eller i det gamla Office-formatet. "
            f"Spara den som {kind} utan lösenord och försök igen."
        )
    if not zipfile.is_zipfile(source):
        raise InputError(f"{name} är ingen {kind}-fil.")
    try:
        with zipfile.ZipFile(source) as package:
            members = package.infolist()
            if len(members) > MAX_MEMBERS:
                raise InputError(f"{name} innehåller orimligt många delar och läses inte in.")
            total = sum(member.file_size for member in members)
            if total > MAX_TOTAL_BYTES:
                raise InputError(f"{name} packas upp till orimligt mycket data och läses inte in.")
            for member in members:
                if member.flag_bits & 0x1:
                    raise InputError(f"{name} är krypterad och kan inte läsas.")
                if (
                    member.compress_size
                    and member.file_size / member.compress_size > MAX_RATIO
                    and member.file_size > 1024 * 1024
                ):
                    raise InputError(f"{name} är misstänkt hårt packad och läses inte in.")
            broken = package.testzip()
            if broken is not None:
                raise InputError(f"{name} är skadad (delen {broken} går inte att läsa).")
    except InputError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, OverflowError):
        raise InputError(f"{name} är skadad eller avkortad.") from None
    except NotImplementedError:  # a compression method or zip feature Python cannot read
        raise InputError(f"{name} är packad på ett sätt som vplan inte kan läsa.") from None


class _Forbidden(Exception):
    """An entity declaration or an external entity: what XML bombs are made of."""


def _refuse(*_args: object) -> NoReturn:
    raise _Forbidden


def _check_xml(source: Package, name: str) -> None:
    """Stream each XML part through expat (C, no tree built: a 60 MB sheet takes a second) and
    refuse entity declarations and external entities before any are expanded; a part that
    is not well-formed XML is reported as damage."""
    with zipfile.ZipFile(source) as package:
        for part in package.namelist():
            if not part.endswith((".xml", ".rels")):
                continue
            parser = expat.ParserCreate()
            parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
            parser.EntityDeclHandler = _refuse
            parser.UnparsedEntityDeclHandler = _refuse
            parser.ExternalEntityRefHandler = _refuse
            try:
                with package.open(part) as stream:
                    while chunk := stream.read(1 << 20):
                        parser.Parse(chunk, False)
                parser.Parse(b"", True)
            except _Forbidden:
                raise InputError(
                    f"{name} innehåller otillåtna XML-konstruktioner och läses inte in."
                ) from None
            except (expat.ExpatError, zipfile.BadZipFile, zlib.error, EOFError):
                raise InputError(f"{name} är skadad ({part} går inte att läsa).") from None

"""Checks on an Office file (a zip package) before any parser sees it."""

from __future__ import annotations

import zipfile
from pathlib import Path

import defusedxml.ElementTree as safe_xml
from defusedxml import DefusedXmlException

from vplan_desktop.errors import InputError

MAX_MEMBERS = 5_000
MAX_TOTAL_BYTES = 300 * 1024 * 1024
MAX_RATIO = 200
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def check_office_zip(path: Path, kind: str) -> None:
    """Refuse what is not a sound Office package: not a file, an encrypted (password) file, a
    broken or truncated zip, or a zip bomb (too many members, too large, too compressed)."""
    name = f"”{path.name}”"
    if not path.is_file():
        raise InputError(f"Filen {name} finns inte.")
    with path.open("rb") as handle:
        head = handle.read(8)
    if head == OLE_MAGIC:
        raise InputError(
            f"{name} är lösenordsskyddad eller i det gamla Office-formatet. "
            f"Spara den som {kind} utan lösenord och försök igen."
        )
    if not zipfile.is_zipfile(path):
        raise InputError(f"{name} är ingen {kind}-fil.")
    try:
        with zipfile.ZipFile(path) as package:
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
    except zipfile.BadZipFile:
        raise InputError(f"{name} är skadad eller avkortad.") from None


def check_xml_parts(path: Path) -> None:
    """Refuse XML with entity declarations (a "billion laughs" bomb) before any parser runs."""
    with zipfile.ZipFile(path) as package:
        for name in package.namelist():
            if not name.endswith((".xml", ".rels")):
                continue
            try:
                safe_xml.fromstring(package.read(name))
            except DefusedXmlException:
                raise InputError(
                    f"”{path.name}” innehåller otillåtna XML-konstruktioner och läses inte in."
                ) from None
            except safe_xml.ParseError:
                raise InputError(f"”{path.name}” är skadad ({name} går inte att läsa).") from None

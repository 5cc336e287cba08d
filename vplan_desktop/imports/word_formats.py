"""Which documents the Word import reads: a .docx (or an OpenDocument text, .odt). Anything else
– the old .doc, RTF, a PDF, a workbook or a plain text renamed – is refused by what it is (its
first bytes and the parts of its package, not its name), with a message saying how to make a
.docx of it."""

from __future__ import annotations

import codecs
import zipfile
import zlib
from enum import StrEnum
from pathlib import Path

from vplan_desktop.errors import InputError
from vplan_desktop.office_safety import OLE_MAGIC

SAVE_AS_DOCX = (
    "Öppna filen i Word och välj Arkiv → Spara som → Word-dokument (*.docx), eller i "
    "LibreOffice Arkiv → Spara som → Word 2007–365 (.docx), och importera den filen."
)
FROM_PDF = (
    "Öppna PDF-filen i Word (Arkiv → Öppna), som gör om den till ett redigerbart dokument, och "
    "spara den som .docx."
)
ODF_TEXT = {
    b"application/vnd.oasis.opendocument.text",
    b"application/vnd.oasis.opendocument.text-template",
}
ODF_OTHER = {
    "spreadsheet": "ett kalkylark (.ods)",
    "presentation": "en presentation (.odp)",
    "graphics": "en teckning (.odg)",
    "formula": "en formel (.odf)",
    "chart": "ett diagram (.odc)",
    "text-master": "ett samlingsdokument (.odm)",
}
WORD_MAIN = (
    b"wordprocessingml.document.main+xml",
    b"wordprocessingml.template.main+xml",
    b"ms-word.document.macroEnabled.main+xml",
    b"ms-word.template.macroEnabledTemplate.main+xml",
)
"""The content type of a Word package's main part (.docx, .dotx, .docm, .dotm). A workbook
may mention Word's types for a document embedded in it: only the main part says what it is."""
OTHER_OFFICE = (
    (
        (b"spreadsheetml.sheet.main", b"spreadsheetml.template.main", b"ms-excel."),
        "en Excel-arbetsbok",
    ),
    ((b"presentationml.", b"ms-powerpoint."), "en PowerPoint-presentation"),
)
OLE_KINDS = (
    ("EncryptedPackage", ""),
    ("WordDocument", "ett Word-dokument i det gamla formatet (.doc)"),
    ("Workbook", "en Excel-arbetsbok i det gamla formatet (.xls)"),
    ("PowerPoint Document", "en PowerPoint-presentation i det gamla formatet (.ppt)"),
)
"""Streams of an old Office file (a compound file) that say what it holds; their names stand
in the file's directory in UTF-16."""
ENCRYPTED = (
    "är lösenordsskyddad. Öppna den i Word, ta bort lösenordet (Arkiv → Information → Skydda "
    "dokument → Kryptera med lösenord, töm rutan) och spara den, och importera den sedan."
)
TEXT_SUFFIXES = {".txt", ".text", ".md", ".csv", ".tsv"}
_HEAD = 4096
_SCAN = 32 * 1024 * 1024


class Format(StrEnum):
    """A document the Word import reads."""

    DOCX = "docx"
    ODT = "odt"


def refuse_other_formats(path: Path) -> None:
    """Refuse what is neither a .docx nor an .odt, by its content, with a way forward."""
    document_format(path)


def document_format(path: Path) -> Format:
    """What ``path`` is, by its content: a .docx or an .odt (whatever its name says); anything
    else is refused with a message saying how to make a .docx of it."""
    name = f"”{path.name}”"
    try:
        with path.open("rb") as stream:
            head = stream.read(_HEAD)
    except FileNotFoundError:
        raise InputError(f"{name} finns inte.") from None
    except IsADirectoryError:
        raise InputError(f"{name} är en mapp.") from None
    except PermissionError:
        raise InputError(f"{name} får inte läsas (behörighet saknas).") from None
    except OSError:
        raise InputError(f"{name} kunde inte läsas.") from None
    if not head:
        raise InputError(f"{name} är tom.")
    if head.startswith(b"PK"):
        return _package(path, name)
    raise InputError(f"{name} {_not_a_package(path, head)}")


def _not_a_package(path: Path, head: bytes) -> str:
    """What a file that is no zip package is, and how to get a .docx of it."""
    if b"%PDF-" in head[:1024]:  # a PDF may have a few bytes before its header
        return f"är en PDF-fil, ingen Word-fil. {FROM_PDF}"
    if head[:8] == OLE_MAGIC:
        return _old_office(path)
    text = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    if text.startswith(b"{\\rtf"):
        return f"är i RTF-format, inget Word-dokument (.docx). {SAVE_AS_DOCX}"
    if text.startswith(b"<"):
        lower = text.lower()
        if b"w:worddocument" in lower or b"word.document" in lower:
            return f"är ett Word-dokument sparat som XML (Word 2003), inget .docx. {SAVE_AS_DOCX}"
        if b"office:document" in lower:
            return f"är ett OpenDocument sparat som en enda XML-fil (.fodt). {SAVE_AS_DOCX}"
        if b"<html" in lower or b"<!doctype html" in lower:
            return f"är en webbsida (HTML), inget Word-dokument. {SAVE_AS_DOCX}"
        return f"är en XML-fil, inget Word-dokument. {SAVE_AS_DOCX}"
    if path.suffix.lower() in TEXT_SUFFIXES or _looks_like_text(head):
        return f"är en textfil, inget Word-dokument. {SAVE_AS_DOCX}"
    return f"är inget Word-dokument. {SAVE_AS_DOCX}"


def _looks_like_text(head: bytes) -> bool:
    """The first bytes of a file are text (UTF-8, UTF-16 with its mark, or Windows-1252)."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16-le" if head.startswith(b"\xff\xfe") else "utf-16-be"
        text = head[2:].decode(encoding, errors="replace")
    else:
        try:  # incremental: a character cut at the end of the bytes read is no error
            text = codecs.getincrementaldecoder("utf-8")().decode(head)
        except UnicodeDecodeError:
            text = head.decode("cp1252", errors="replace")
    return all(c.isprintable() or c in "\r\n\t\f" for c in text)


def _old_office(path: Path) -> str:
    """An old Office file (a compound file: .doc, .xls, .ppt, or a password-protected .docx,
    which Office wraps in one): which it is, from the names of its streams."""
    try:
        size = path.stat().st_size
        with path.open("rb") as stream:
            data = stream.read(_SCAN)
            if size > _SCAN:  # the directory may stand at the end of a large file
                stream.seek(max(_SCAN, size - _SCAN))
                data += stream.read(_SCAN)
    except OSError:
        data = b""
    for stream_name, kind in OLE_KINDS:
        if stream_name.encode("utf-16-le") in data:
            if not kind:
                return ENCRYPTED
            if stream_name == "WordDocument":
                return f"är {kind}. {SAVE_AS_DOCX}"
            return f"är {kind}, inget Word-dokument."
    return (
        "är lösenordsskyddad eller ett Word-dokument i det gamla formatet (.doc). Ta bort "
        f"lösenordet i Word om den har ett. {SAVE_AS_DOCX}"
    )


def _package(path: Path, name: str) -> Format:
    """A zip package: a .docx or an .odt, or refused by what its parts say it is."""
    try:
        with zipfile.ZipFile(path) as package:
            names = set(package.namelist())
            if "mimetype" in names:
                with package.open("mimetype") as stream:
                    kind = stream.read(200).strip()
                if kind in ODF_TEXT:
                    return Format.ODT
                other = ODF_OTHER.get(
                    kind.decode("ascii", "replace").removeprefix(
                        "application/vnd.oasis.opendocument."
                    )
                )
                if other is not None:
                    raise InputError(f"{name} är {other}, inget textdokument.")
            if "[Content_Types].xml" in names:
                info = package.getinfo("[Content_Types].xml")
                with package.open(info) as stream:
                    types = stream.read(1024 * 1024)
                if any(main in types for main in WORD_MAIN):
                    return Format.DOCX
                for markers, kind_name in OTHER_OFFICE:
                    if any(marker in types for marker in markers):
                        raise InputError(f"{name} är {kind_name}, inget Word-dokument.")
            if "[Content_Types].xml" in names or any(n.startswith("word/") for n in names):
                # Neither a workbook nor a presentation: the .docx reader's checks (a zip bomb,
                # an entity bomb, a package without a document) say what is wrong with it.
                return Format.DOCX
            if "content.xml" in names:
                return Format.ODT  # an OpenDocument without its mimetype: its body says which
            if "Index/Document.iwa" in names or path.suffix.lower() == ".pages":
                raise InputError(
                    f"{name} är ett Pages-dokument. Exportera det i Pages (Arkiv → Exportera "
                    "till → Word) och importera den filen."
                )
    except InputError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, KeyError, ValueError):
        raise InputError(f"{name} är skadad eller avkortad.") from None
    except NotImplementedError:
        raise InputError(f"{name} är packad på ett sätt som vplan inte kan läsa.") from None
    raise InputError(f"{name} är ett zip-arkiv, inget Word-dokument. {SAVE_AS_DOCX}")

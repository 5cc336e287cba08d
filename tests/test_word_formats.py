"""The Word import knows a document by what it is, not by its name: a .docx or an .odt is read,
anything else is refused in Swedish with the way to make a .docx of it."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document
from openpyxl import Workbook

from tests.odt_builder import p, write_odt, x
from vplan_desktop.errors import InputError
from vplan_desktop.imports.word import read_source
from vplan_desktop.imports.word_formats import Format, document_format, refuse_other_formats

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
WORD_SAVE_AS = "Öppna filen i Word och välj Arkiv → Spara som → Word-dokument (*.docx)"
LIBREOFFICE_SAVE_AS = "Spara som → Word 2007–365 (.docx)"
FROM_PDF = (
    "Öppna PDF-filen i Word (Arkiv → Öppna), som gör om den till ett redigerbart dokument, och "
    "spara den som .docx."
)


def _ole(*streams: str) -> bytes:
    """The start of an old Office file: the compound file's header, then a directory naming
    ``streams`` (in UTF-16, as the format stores them)."""
    directory = b"".join(name.encode("utf-16-le").ljust(64, b"\0") + bytes(64) for name in streams)
    return OLE + bytes(504) + "Root Entry".encode("utf-16-le").ljust(128, b"\0") + directory


def _docx(path: Path) -> Path:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2026")
    doc.save(str(path))
    return path


def _xlsx(path: Path) -> Path:
    book = Workbook()
    book.active.append(["Verksamhet", "Budget 2026"])
    book.save(path)
    return path


def _zip(path: Path, parts: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as package:
        for name, data in parts.items():
            package.writestr(name, data)
    return path


CASES: list[tuple[str, Callable[[Path], object], list[str]]] = [
    (
        "doc",
        lambda f: f.write_bytes(_ole("WordDocument", "1Table")),
        ["är ett Word-dokument i det gamla formatet (.doc)", WORD_SAVE_AS, LIBREOFFICE_SAVE_AS],
    ),
    (
        "lösenord",
        lambda f: f.write_bytes(_ole("EncryptedInfo", "EncryptedPackage")),
        ["är lösenordsskyddad", "Arkiv → Information → Skydda dokument"],
    ),
    (
        "okänd-ole",
        lambda f: f.write_bytes(OLE + bytes(600)),
        ["är lösenordsskyddad eller ett Word-dokument i det gamla formatet (.doc)", WORD_SAVE_AS],
    ),
    (
        "xls",
        lambda f: f.write_bytes(_ole("Workbook")),
        ["är en Excel-arbetsbok i det gamla formatet (.xls), inget Word-dokument"],
    ),
    (
        "pdf",
        lambda f: f.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"),
        ["är en PDF-fil, ingen Word-fil", FROM_PDF],
    ),
    (
        "rtf",
        lambda f: f.write_bytes(b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} Plan}"),
        ["är i RTF-format", WORD_SAVE_AS, LIBREOFFICE_SAVE_AS],
    ),
    ("xlsx", _xlsx, ["är en Excel-arbetsbok, inget Word-dokument"]),
    (
        "text",
        lambda f: f.write_text("Verksamhetsplan 2026\nMål 1: Fler läser.\n"),
        ["är en textfil, inget Word-dokument", WORD_SAVE_AS],
    ),
    (
        "text-utf16",
        lambda f: f.write_text("Verksamhetsplan 2026 för nämnden", "utf-16"),
        ["är en textfil"],
    ),
    (
        "html",
        lambda f: f.write_text("<!DOCTYPE html><html><body>Plan</body></html>"),
        ["är en webbsida (HTML)", WORD_SAVE_AS],
    ),
    (
        "word-2003-xml",
        lambda f: f.write_text(
            '<?xml version="1.0"?><?mso-application progid="Word.Document"?><w:wordDocument/>'
        ),
        ["är ett Word-dokument sparat som XML (Word 2003)", WORD_SAVE_AS],
    ),
    (
        "ods",
        lambda f: write_odt(f, mimetype="application/vnd.oasis.opendocument.spreadsheet"),
        ["är ett kalkylark (.ods), inget textdokument"],
    ),
    (
        "odp",
        lambda f: write_odt(f, mimetype="application/vnd.oasis.opendocument.presentation"),
        ["är en presentation (.odp), inget textdokument"],
    ),
    ("zip", lambda f: _zip(f, {"plan.txt": b"Plan"}), ["är ett zip-arkiv, inget Word-dokument"]),
    (
        "avkortad",
        lambda f: f.write_bytes(_docx(f).read_bytes()[:3000]),
        ["är skadad eller avkortad"],
    ),
    ("tom", lambda f: f.write_bytes(b""), ["är tom"]),
    (
        "binär",
        lambda f: f.write_bytes(bytes(range(256)) * 4),
        ["är inget Word-dokument", WORD_SAVE_AS],
    ),
    ("saknas", lambda f: None, ["finns inte"]),
    ("mapp", lambda f: f.mkdir(), ["är en mapp"]),
]


@pytest.mark.parametrize(("make", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_other_formats_are_refused_with_a_way_forward(
    tmp_path: Path, make: Callable[[Path], object], expected: list[str]
) -> None:
    path = tmp_path / "plan.docx"
    make(path)
    with pytest.raises(InputError) as caught:
        refuse_other_formats(path)
    message = str(caught.value)
    assert message.startswith("”plan.docx” ")
    for part in expected:
        assert part in message


def test_docx_and_odt_are_known_by_content_not_name(tmp_path: Path) -> None:
    docx = _docx(tmp_path / "plan.docx")
    odt = write_odt(tmp_path / "plan.odt", p(x("Plan")))
    assert document_format(docx) is Format.DOCX
    assert document_format(odt) is Format.ODT
    renamed_docx, renamed_odt = tmp_path / "a.odt", tmp_path / "b.docx"
    renamed_docx.write_bytes(docx.read_bytes())
    renamed_odt.write_bytes(odt.read_bytes())
    assert document_format(renamed_docx) is Format.DOCX
    assert document_format(renamed_odt) is Format.ODT
    assert document_format(write_odt(tmp_path / "c.odt", mimetype=None)) is Format.ODT
    refuse_other_formats(docx)  # returns: a .docx is read


def test_a_workbook_that_embeds_a_document_is_still_a_workbook(tmp_path: Path) -> None:
    """Only the main part's type says what a package is: a workbook may list Word's types
    for a document embedded in it, and a document Excel's for an embedded chart's data."""
    types = (
        b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        b'content-types"><Default Extension="docx" ContentType="application/vnd.'
        b'openxmlformats-officedocument.wordprocessingml.document"/>'
        b'<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
        b'officedocument.spreadsheetml.sheet.main+xml"/></Types>'
    )
    book = _zip(tmp_path / "plan.docx", {"[Content_Types].xml": types})
    with pytest.raises(InputError, match="är en Excel-arbetsbok, inget Word-dokument"):
        refuse_other_formats(book)
    chart = _zip(
        tmp_path / "diagram.docx",
        {
            "[Content_Types].xml": types.replace(b"/xl/workbook.xml", b"/word/document.xml")
            .replace(b"spreadsheetml.sheet.main", b"wordprocessingml.document.main")
            .replace(b'Extension="docx"', b'Extension="xlsx"')
            .replace(b'wordprocessingml.document"', b'spreadsheetml.sheet"')
        },
    )
    assert document_format(chart) is Format.DOCX


def test_a_broken_word_package_is_left_to_the_readers_checks(tmp_path: Path) -> None:
    """A package that names no kind of its own (a zip bomb's, a damaged one's) goes to the
    .docx reader, whose safety checks say what is wrong with it."""
    bomb = _zip(tmp_path / "bomb.docx", {"[Content_Types].xml": b"<Types/>"})
    with zipfile.ZipFile(bomb, "a", zipfile.ZIP_DEFLATED) as package:
        package.writestr("word/document.xml", bytes(50 * 1024 * 1024))
    assert document_format(bomb) is Format.DOCX
    with pytest.raises(InputError, match="misstänkt hårt packad"):
        read_source(bomb)


def test_the_word_import_refuses_a_pdf_with_the_way_to_a_docx(tmp_path: Path) -> None:
    pdf = tmp_path / "plan.pdf"
    pdf.write_bytes(b"%PDF-1.7\n")
    with pytest.raises(InputError) as caught:
        read_source(pdf)
    assert FROM_PDF in str(caught.value)

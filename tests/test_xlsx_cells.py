"""The streaming cell reader the budget import uses, on workbooks shaped as other programs
write them."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest

from vplan_desktop.imports.xlsx_cells import Workbook, column_number

CONTENT_TYPES = (
    b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    b'content-types"/>'
)
ROOT_RELS = (
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
WORKBOOK = (
    b'<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    b'<sheets><sheet name="Driftbudget" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'relationships/worksheet" Target="worksheets/blad.xml"/>'
    b'<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'relationships/sharedStrings" Target="strangar.xml"/></Relationships>'
)
STRINGS = (
    b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    b"<si><t>Barn och familj</t></si>"
    b"<si><r><t>Vuxen </t></r><r><t>och missbruk</t></r><rPh><t>fonetik</t></rPh></si></sst>"
)
SHEET = (
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    # No r attributes at all: rows and cells count on from the previous one.
    b'<row><c t="s"><v>0</v></c><c><v>1307</v></c><c><f>B1*2</f></c></row>'
    b'<row r="5"><c r="A5" t="s"><v>1</v></c><c r="C5"><f>B5</f><v>-2.5</v></c>'
    b'<c r="D5" t="inlineStr"><is><t>text</t></is></c><c r="E5" t="b"><v>1</v></c></row>'
    b"</sheetData></worksheet>"
)


def _book(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("[Content_Types].xml", CONTENT_TYPES)
        package.writestr("_rels/.rels", ROOT_RELS)
        package.writestr("xl/workbook.xml", WORKBOOK)
        package.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        package.writestr("xl/strangar.xml", STRINGS)
        package.writestr("xl/worksheets/blad.xml", SHEET)
    return path


def test_cells_rows_and_strings_as_other_programs_write_them(tmp_path: Path) -> None:
    with Workbook(_book(tmp_path / "b.xlsx")) as book:
        assert book.sheetnames == ["Driftbudget"]
        rows = []
        for number, row in book.rows("Driftbudget"):
            rows.append((number, [row.get(c) for c in range(1, row.width() + 1)]))
    (first, cells1), (fifth, cells5) = rows
    assert first == 1 and fifth == 5
    assert [(c.value, c.formula) for c in cells1 if c] == [
        ("Barn och familj", False),
        (1307, False),
        (None, True),  # a formula nobody calculated
    ]
    assert cells5[0] is not None and cells5[0].value == "Vuxen och missbruk"
    assert cells5[1] is None
    assert [(c.value, c.formula) for c in cells5[2:] if c] == [
        (-2.5, True),
        ("text", False),
        (True, False),
    ]


def test_the_reader_agrees_with_openpyxl_on_an_exported_workbook(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Driftbudget"
    sheet.append(["Verksamhet", "Budget 2027", "Plan 2028"])
    sheet.append(["Äldreomsorg", 1200, -300.5])
    sheet.append(["Summa", "=SUM(B2:B2)", None])
    path = tmp_path / "o.xlsx"
    book.save(path)
    with Workbook(path) as streamed:
        got = [
            [(c.value if c else None) for c in (row.get(1), row.get(2), row.get(3))]
            for _, row in streamed.rows("Driftbudget")
        ]
    assert got == [
        ["Verksamhet", "Budget 2027", "Plan 2028"],
        ["Äldreomsorg", 1200, -300.5],
        ["Summa", None, None],
    ]


@pytest.mark.parametrize("reference", ["A0X", "", "ABCD1", "XFE1", "A1048577", "Å1"])
def test_references_outside_a_sheet_are_refused(reference: str) -> None:
    with pytest.raises(ValueError):
        column_number(reference)

"""Tables pasted from Excel: header words broken by hand with a hyphen and a soft line break
are joined ("Bok-⏎slut⏎2025" is "Bokslut 2025"), a first column of row numbers ("Nr") does
not name a key figure's row, Excel's error values ("#SAKNAS!", "#DIV/0!") are no value, and a
line in small print under a key-figure table is its note."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document
from docx.shared import Pt

from vplan_desktop.imports.word import read_source, read_word
from vplan_desktop.imports.word_excel_errors import drop_excel_errors, excel_error
from vplan_desktop.imports.word_row_numbers import row_number_column


def _broken(cell: Any, text: str) -> None:
    """The cell's text, each "\\n" a soft line break (Excel's Alt+Enter)."""
    paragraph = cell.paragraphs[0]
    lines = text.split("\n")
    for n, line in enumerate(lines):
        run = paragraph.add_run(line)
        if n < len(lines) - 1:
            run.add_break()


def _table(doc: Any, rows: list[list[str]]) -> Any:
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, values in enumerate(rows):
        for c, text in enumerate(values):
            _broken(table.rows[r].cells[c], text)
    return table


def _cells(path: Path) -> list[str]:
    table = next(b for b in read_source(path).blocks if b.rows)
    return [cell.text for cell in table.rows[0]]


def test_a_hyphen_before_a_soft_break_in_a_cell_joins_the_word(tmp_path: Path) -> None:
    doc = Document()
    _table(doc, [["Bok-\nslut\n2025", "Ut-\ngångs-\nvärde\n2025", "Mål-\nvärde"], ["1", "2", "3"]])
    path = tmp_path / "a.docx"
    doc.save(str(path))
    assert _cells(path) == ["Bokslut 2025", "Utgångsvärde 2025", "Målvärde"]


def test_a_hyphen_before_a_conjunction_or_a_capital_stays(tmp_path: Path) -> None:
    doc = Document()
    _table(doc, [["Gång-\noch cykelvägar", "LED-\narmaturer", "Kvinnor-\nMän"], ["1", "2", "3"]])
    path = tmp_path / "a.docx"
    doc.save(str(path))
    assert _cells(path) == ["Gång- och cykelvägar", "LED- armaturer", "Kvinnor- Män"]


def test_a_body_paragraph_keeps_its_hyphen_and_break(tmp_path: Path) -> None:
    doc = Document()
    run = doc.add_paragraph().add_run("Bok-")
    run.add_break()
    doc.paragraphs[-1].add_run("slut")
    path = tmp_path / "a.docx"
    doc.save(str(path))
    texts = [b.text for b in read_source(path).blocks]
    assert "Bokslut" not in " ".join(texts)


def test_row_number_column() -> None:
    assert row_number_column(["Nr", "Nyckeltal", "2023", "2024"])
    assert row_number_column(["#", "Nyckeltal", "2023"])
    assert not row_number_column(["Nr", "2023", "2024"])  # the numbers name the rows
    assert not row_number_column(["Nyckeltal", "2023", "2024"])
    assert not row_number_column(["Nr", "Nyckeltal"])


def test_excel_error() -> None:
    for text in ("#SAKNAS!", "#N/A", "#DIVISION/0!", "#DIV/0!", "#VÄRDEFEL!", " #REF! ", "#NAMN?"):
        assert excel_error(text), text
    for other in ("", "#1", "12", "#SAKNAS! 2025", "N/A", "saknas", None):
        assert not excel_error(other), other


def test_excel_errors_leave_values_empty_and_are_reported() -> None:
    data: dict[str, Any] = {
        "namndsmal": [
            {
                "indikatorer": [
                    {
                        "namn": "Förnyelsetakt",
                        "nulage": {"ar": 2025, "varde": "#SAKNAS!"},
                        "malnivaer": {"2027": "#N/A", "2028": "1"},
                    }
                ]
            }
        ],
        "nyckeltal": [
            {
                "rubrik": "Nyckeltal",
                "rader": [{"namn": "Kostnad", "varden": {"1": "31.40", "2": "#DIV/0!"}}],
            }
        ],
    }
    report: list[str] = []
    drop_excel_errors(data, report)
    indicator = data["namndsmal"][0]["indikatorer"][0]
    assert indicator["nulage"] is None
    assert indicator["malnivaer"] == {"2028": "1"}
    assert data["nyckeltal"][0]["rader"][0]["varden"] == {"1": "31.40"}
    assert len(report) == 3
    assert all("felvärde från Excel" in line for line in report)


def _key_document(path: Path, note_size: float | None) -> None:
    doc = Document()
    doc.add_heading("Inledning", 1)
    doc.add_paragraph("Planen beskriver nämndens verksamhet under året.")
    doc.add_heading("Nyckeltal", 1)
    doc.add_paragraph().add_run("Nyckeltal för verksamheten").bold = True
    _table(
        doc,
        [
            ["Nr", "Nyckeltal", "Ut-\nfall\n2023", "Ut-\nfall\n2024"],
            ["1", "Kostnad per invånare, kr", "1 164", "#DIVISION/0!"],
            ["2", "Andel sorterat matavfall", "38%", "41%"],
        ],
    )
    run = doc.add_paragraph().add_run("Kostnaden för 2024 saknas eftersom systemet byttes.")
    if note_size is not None:
        run.font.size = Pt(note_size)
    doc.save(str(path))


def test_a_key_figure_table_from_excel(tmp_path: Path) -> None:
    path = tmp_path / "a.docx"
    _key_document(path, 8)
    result = read_word(path)
    (table,) = result.data["nyckeltal"]
    assert [c["rubrik"] for c in table["kolumner"]] == ["Utfall 2023", "Utfall 2024"]
    names = [row["namn"] for row in table["rader"]]
    assert names == ["Kostnad per invånare, kr", "Andel sorterat matavfall"]
    assert [str(v) for v in table["rader"][0]["varden"].values()] == ["1164"]
    assert table["fotnoter"] == "Kostnaden för 2024 saknas eftersom systemet byttes."
    assert any("#DIVISION/0!" in line for line in result.report)


def test_a_line_in_body_size_under_a_key_table_is_no_note(tmp_path: Path) -> None:
    path = tmp_path / "a.docx"
    _key_document(path, 11)
    (table,) = read_word(path).data["nyckeltal"]
    assert table["fotnoter"] == ""

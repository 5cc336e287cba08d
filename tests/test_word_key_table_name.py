"""A key-figure table's name: its caption, its title row, else the heading it stands under. Two
tables under one heading ("Personalnyckeltal" over the staff figures and then the pension
forecast) are not both named by it: the second is named by the heading of its name column
("Pensionsavgångar/-prognos"), when that column has one."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from vplan_desktop.imports.word import interpret, read_source


def _names(tmp_path: Path, second_header: str) -> list[str]:
    doc = Document()
    for text in ("Exempelby kommun", "Medborgarnämnden", "Verksamhetsplan 2017–2019"):
        doc.add_paragraph(text)
    doc.add_heading("Verksamhetsbeskrivning", 1)
    doc.add_paragraph("Förvaltningen har fyra sektioner och en gemensam stab.")
    doc.add_heading("Personalnyckeltal", 2)
    tables = [
        [["", "Bokslut 2014", "Bokslut 2015"], ["Antal årsarbetare", "151", "174"]],
        [[second_header, "2016", "2017", "2018"], ["Antal", "2", "5", "4"]],
    ]
    for rows in tables:
        table = doc.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
        doc.add_paragraph("")
    doc.save(str(tmp_path / "plan.docx"))
    return [t["rubrik"] for t in interpret(read_source(tmp_path / "plan.docx")).data["nyckeltal"]]


def test_a_second_table_under_a_heading_is_named_by_its_name_column(tmp_path: Path) -> None:
    names = _names(tmp_path, "Pensionsavgångar/-prognos")
    assert names == ["Personalnyckeltal", "Pensionsavgångar/-prognos"]


@pytest.mark.parametrize("header", ["", "2015"])
def test_without_a_name_heading_the_heading_names_both(tmp_path: Path, header: str) -> None:
    assert _names(tmp_path, header) == ["Personalnyckeltal", "Personalnyckeltal"]

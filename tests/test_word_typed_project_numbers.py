"""Project numbers typed before the project's name in one cell ("91034 Ombyggnad av Storgatan,
etapp 2"): in an investment table with no column of its own for the number, when most of its
projects are written so, the leading code is the project's number and the rest its name. A
name that starts with a figure among names that do not ("300 nya träd i bostadsområden") is a
name, and a code followed by a lower-case word ("2026 års beläggning") is none."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document

from vplan_desktop.imports.word import read_word


def _read(tmp_path: Path, names: list[str]) -> Any:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2026–2028")
    doc.add_heading("Investeringar", 1)
    rows = [["Projekt", "Budget 2026", "Plan 2027"]]
    rows += [[name, f"{1 + i} 000", "500"] for i, name in enumerate(names)]
    table = doc.add_table(rows=len(rows), cols=3)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    doc.save(str(tmp_path / "plan.docx"))
    return read_word(tmp_path / "plan.docx")


def _numbers(result: Any) -> list[tuple[str, str]]:
    return [(p["projektnummer"], p["projekt"]) for p in result.data["investeringar"]]


def test_numbers_typed_before_the_names(tmp_path: Path) -> None:
    result = _read(
        tmp_path,
        [
            "91034 Ombyggnad av Storgatan, etapp 2",
            "92011 Ny lekplats i Östra parken",
            "4012-3 Ny förskola i Norrby",
        ],
    )
    assert _numbers(result) == [
        ("91034", "Ombyggnad av Storgatan, etapp 2"),
        ("92011", "Ny lekplats i Östra parken"),
        ("4012-3", "Ny förskola i Norrby"),
    ]


def test_a_name_starting_with_a_figure_is_a_name(tmp_path: Path) -> None:
    result = _read(
        tmp_path,
        ["300 nya träd i bostadsområden", "Beläggningsprogram", "Ny lekplats i Östra parken"],
    )
    assert _numbers(result) == [
        ("", "300 nya träd i bostadsområden"),
        ("", "Beläggningsprogram"),
        ("", "Ny lekplats i Östra parken"),
    ]


def test_a_figure_before_a_lower_case_word_is_no_number(tmp_path: Path) -> None:
    result = _read(tmp_path, ["2026 års beläggning", "2027 års beläggning"])
    assert _numbers(result) == [("", "2026 års beläggning"), ("", "2027 års beläggning")]

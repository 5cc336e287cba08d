"""A "Internbudget" chapter's tables per avdelning are the budget's verksamheter (not key
figures), an internkontroll "Kontrollområde" column is the process checked (not the check),
and a group row of an indicator table that names no goal leaves the indicators to the goal
above."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from vplan_desktop.imports.word import read_word
from vplan_desktop.imports.word_build import TableContext
from vplan_desktop.imports.word_control_table import roles


def _table(doc: Document, rows: list[list[str]]) -> None:  # type: ignore[valid-type]
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))  # type: ignore[attr-defined]
    for r, row in enumerate(rows):
        if len(set(row)) == 1 and len(row) > 1:
            table.cell(r, 0).merge(table.cell(r, len(row) - 1)).text = row[0]
            continue
        for c, text in enumerate(row):
            table.cell(r, c).text = text


def test_a_kontrollområde_is_the_process() -> None:
    headers = ["Kontrollområde", "Kontrollmoment", "Metod", "Ansvarig"]
    assert roles(headers, TableContext())[:2] == ["process", "kontrollmoment"]
    headers = ["Process", "Kontrollmoment", "Granskat område"]
    assert roles(headers, TableContext())[:2] == ["process", "kontrollmoment"]
    assert roles(["Kontroll", "Ansvarig"], TableContext())[0] == "kontrollmoment"


def _plan(path: Path, chapter: str, column: str) -> None:
    doc = Document()
    doc.add_paragraph().add_run("Verksamhetsplan 2027").bold = True
    doc.add_heading("Mål", 1)
    doc.add_heading("Mål 1: Alla elever ska nå målen.", 2)
    _table(
        doc,
        [
            ["Indikator", "Nuläge 2025", "Målvärde 2027"],
            ["Grundskola"] * 3,
            ["Andel behöriga elever", "84", "88"],
        ],
    )
    doc.add_heading(chapter, 1)
    doc.add_paragraph().add_run("Grundskola").bold = True
    _table(
        doc,
        [
            ["Enhet", "Budget 2026", column],
            ["Ekbackeskolan", "78 300", "80 500"],
            ["Vallaskolan", "69 800", "71 900"],
            ["Summa grundskola", "148 100", "152 400"],
        ],
    )
    doc.save(str(path))


def test_internbudget_tables_are_verksamheter(tmp_path: Path) -> None:
    _plan(tmp_path / "plan.docx", "Internbudget 2027", "Internbudget 2027")
    data = read_word(tmp_path / "plan.docx").data
    assert [v["namn"] for v in data["verksamheter"]] == ["Ekbackeskolan", "Vallaskolan"]
    assert data["nyckeltal"] == []
    (goal,) = data["namndsmal"]  # the group row "Grundskola" is no goal
    assert goal["text"] == "Alla elever ska nå målen."
    assert [i["namn"] for i in goal["indikatorer"]] == ["Andel behöriga elever"]


def test_figures_per_enhet_elsewhere_stay_key_figures(tmp_path: Path) -> None:
    _plan(tmp_path / "plan.docx", "Skolorna i siffror", "Budget 2027")
    data = read_word(tmp_path / "plan.docx").data
    assert data["verksamheter"] == []
    assert [r["namn"] for r in data["nyckeltal"][0]["rader"]][:2] == [
        "Ekbackeskolan",
        "Vallaskolan",
    ]

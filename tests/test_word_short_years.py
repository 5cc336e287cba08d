"""Rule: column headers in economists' shorthand ("Bokslut 25", "Prognos T2 26", "Mål -27",
"U2025", "Bu27", "P28") are read as the full headings they stand for, when they clearly name a
kind of column, at least two cells of the row are in shorthand and the year lies near the
years the document names in full; any other number stays as printed."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from docx import Document

from vplan_desktop.imports.word import interpret, read_source
from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell, Source
from vplan_desktop.imports.word_short_years import full_header_years, full_year_header

YEARS = (2020, 2034)


@pytest.mark.parametrize(
    ("text", "full"),
    [
        ("Bokslut 25", "Bokslut 2025"),
        ("Budget 26", "Budget 2026"),
        ("Prognos T2 26", "Prognos T2 2026"),
        ("Plan 28", "Plan 2028"),
        ("Utfall -24", "Utfall 2024"),
        ("Mål -27", "Mål 2027"),
        ("Mål –29", "Mål 2029"),
        ("U2025", "Utfall 2025"),
        ("B2026", "Budget 2026"),
        ("Bu27", "Budget 2027"),
        ("P28", "Plan 2028"),
    ],
)
def test_shorthand_headers_are_read_in_full(text: str, full: str) -> None:
    assert full_year_header(text, YEARS) == full


@pytest.mark.parametrize(
    "text",
    ["Mål 12", "Plan 3", "B52", "Bu99", "Budget 2027", "Platser 2025", "Antal 27", "Q2 27", "X27"],
)
def test_other_headers_stay(text: str) -> None:
    assert full_year_header(text, YEARS) is None


def _table(rows: list[list[str]], index: int = 1) -> Block:
    return Block(index, BlockKind.TABLE, rows=tuple(tuple(Cell(t) for t in r) for r in rows))


def _headers(rows: list[list[str]], line: str = "Verksamhetsplan 2027–2029") -> list[str]:
    source = Source("x", [Block(0, BlockKind.PARAGRAPH, text=line), _table(rows)])
    return [c.text for c in full_header_years(source).blocks[1].rows[0]]


def test_a_row_in_shorthand_is_read_in_full() -> None:
    rows = [["Investeringar, tkr", "Bu27", "P28", "P29"], ["Lyftar", "650", "650", "650"]]
    assert _headers(rows) == ["Investeringar, tkr", "Budget 2027", "Plan 2028", "Plan 2029"]


def test_a_lone_shorthand_cell_or_a_far_year_stays() -> None:
    lone = [["Enhet", "Platser 2025", "Platser 2026", "Bu27"], ["Björkhagen", "54", "54", "54"]]
    assert _headers(lone) == lone[0]
    far = [["Objekt", "B52", "P53"], ["Lyftar", "650", "650"]]
    assert _headers(far) == far[0]
    # a document naming no year of its own gives no span to read two digits in
    assert _headers([["Objekt", "Bu27", "P28"], ["Lyftar", "1", "2"]], "Inga årtal") == [
        "Objekt",
        "Bu27",
        "P28",
    ]


def _read(tmp_path: Path, headings: list[tuple[str, int]], rows: list[list[str]]) -> Any:
    doc = Document()
    for text in ("Exempelby kommun", "Vård- och omsorgsnämnden", "Verksamhetsplan 2027–2029"):
        doc.add_paragraph(text)
    doc.add_heading("Inledning", 1)
    doc.add_paragraph("Planen gäller 2027–2029.")
    for text, level in headings:
        doc.add_heading(text, level)
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    doc.save(str(tmp_path / "plan.docx"))
    return interpret(read_source(tmp_path / "plan.docx")).data


def test_an_investment_table_in_shorthand(tmp_path: Path) -> None:
    data = _read(
        tmp_path,
        [("Ekonomi", 1)],
        [
            ["Investeringar, tkr", "Bu27", "P28", "P29"],
            ["Digitala trygghetslarm", "1 200", "800", "600"],
            ["Taklyftar", "650", "650", "650"],
            ["Summa investeringar", "1 850", "1 450", "1 250"],
        ],
    )
    assert [(i["projekt"], i["belopp"]) for i in data["investeringar"]] == [
        ("Digitala trygghetslarm", {"2027": 1200, "2028": 800, "2029": 600}),
        ("Taklyftar", {"2027": 650, "2028": 650, "2029": 650}),
    ]


def test_a_driftbudget_in_shorthand(tmp_path: Path) -> None:
    data = _read(
        tmp_path,
        [("Ekonomi", 1)],
        [
            ["Verksamhet", "Bokslut 25", "Budget 26", "Prognos T2 26", "Budget 27", "Plan 28"],
            ["Hemtjänst", "78 412", "80 300", "83 960", "83 100", "85 200"],
            ["Daglig verksamhet", "28 641", "29 400", "29 050", "30 400", "31 200"],
            ["Totalt nämnden", "107 053", "109 700", "113 010", "113 500", "116 400"],
        ],
    )
    units = {u["id"]: u["namn"] for u in data["verksamheter"]}
    rows = {units[r["verksamhet_id"]]: r["belopp"] for r in data["driftbudget"]["rader"]}
    assert set(rows) == {"Hemtjänst", "Daglig verksamhet"}
    assert {k: Decimal(v) for k, v in rows["Hemtjänst"].items()} == {
        "bokslut-2025": Decimal(78412),
        "budget-2026": Decimal(80300),
        "prognos-2026": Decimal(83960),
        "budget-2027": Decimal(83100),
        "plan-2028": Decimal(85200),
    }


def test_an_indicator_table_with_dashed_years(tmp_path: Path) -> None:
    data = _read(
        tmp_path,
        [("Mål och indikatorer", 1), ("Nämndmål 1.1 Äldre känner sig trygga", 2)],
        [
            ["Indikator", "Utfall -24", "Utfall -25", "Mål -27", "Mål -28"],
            ["Andel brukare som känner sig trygga", "84 %", "86 %", "90 %", "92 %"],
        ],
    )
    (goal,) = data["namndsmal"]
    (indicator,) = goal["indikatorer"]
    assert {y: Decimal(str(v)) for y, v in indicator["malnivaer"].items()} == {
        "2027": Decimal(90),
        "2028": Decimal(92),
    }

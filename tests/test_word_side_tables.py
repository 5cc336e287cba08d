"""A table too wide for the page is printed as two tables one under the other, each with the
first column again and the other columns shared between them ("Verksamhet | Budget 2026 |
Budget 2027" and then "Verksamhet | Plan 2028 | Plan 2029"), with nothing between them or
only a line saying the table goes on ("Tabellen fortsätter.", "Indikatorer för mål 1
(forts.)"). A table whose first column repeats the first column of the table just before it
(the same names in the same rows) and whose other columns are new is the rest of that table,
for any kind of table: the two are read as one, and the line between them is kept. Tables
with a heading between them, or whose columns repeat the earlier table's, stay apart."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_BREAK

from vplan_desktop.imports.word import read_source, read_word
from vplan_desktop.imports.word_blocks import BlockKind
from vplan_desktop.imports.word_result import Became

DRIFT_FIRST = [
    ["Verksamhet", "Budget 2026", "Budget 2027"],
    ["Förskola", "−226 300", "−231 700"],
    ["Grundskola", "−428 500", "−440 200"],
    ["Summa nettokostnad", "−654 800", "−671 900"],
]
DRIFT_SECOND = [
    ["Verksamhet", "Plan 2028", "Plan 2029"],
    ["Förskola", "−236 900", "−240 200"],
    ["Grundskola", "−449 800", "−458 300"],
    ["Summa nettokostnad", "−686 700", "−698 500"],
]
NAMES = ["Andel behöriga elever i åk 9", "Andel elever som känner sig trygga"]


def _table(doc: DocxDocument, rows: list[list[str]]) -> None:
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text


def _budget_plan(path: Path, between: str | None, second: list[list[str]]) -> Path:
    doc = Document()
    doc.add_paragraph().add_run("Verksamhetsplan 2027–2029").bold = True
    doc.add_heading("Ekonomi", 1)
    doc.add_heading("Driftbudget per verksamhet (tkr)", 3)
    _table(doc, DRIFT_FIRST)
    if between is not None:
        doc.add_paragraph().add_run(between).italic = True
    _table(doc, second)
    doc.save(str(path))
    return path


def _amounts(path: Path) -> dict[str, dict[str, Decimal]]:
    data = read_word(path).data
    names = {v["id"]: v["namn"] for v in data["verksamheter"]}
    return {names[r["verksamhet_id"]]: r["belopp"] for r in data["driftbudget"]["rader"]}


def test_a_driftbudget_split_sideways_is_one_table(tmp_path: Path) -> None:
    path = _budget_plan(tmp_path / "plan.docx", "Tabellen fortsätter.", DRIFT_SECOND)
    assert _amounts(path) == {
        "Förskola": {
            "budget-2026": Decimal(-226300),
            "budget-2027": Decimal(-231700),
            "plan-2028": Decimal(-236900),
            "plan-2029": Decimal(-240200),
        },
        "Grundskola": {
            "budget-2026": Decimal(-428500),
            "budget-2027": Decimal(-440200),
            "plan-2028": Decimal(-449800),
            "plan-2029": Decimal(-458300),
        },
    }
    blocks = read_source(path).blocks
    (table,) = [b for b in blocks if b.kind is BlockKind.TABLE]
    assert [c.text for c in table.rows[0]] == [*DRIFT_FIRST[0], "Plan 2028", "Plan 2029"]
    assert [c.text for c in table.rows[3]] == [*DRIFT_FIRST[3], "−686 700", "−698 500"]
    # the line between the parts is kept, after the joined table, read as structure
    assert blocks[table.index + 1].text == "Tabellen fortsätter."
    outcome = read_word(path).outcomes[table.index + 1]
    assert outcome.became is Became.STRUKTUR


def test_parts_with_nothing_between_are_one_table(tmp_path: Path) -> None:
    path = _budget_plan(tmp_path / "plan.docx", None, DRIFT_SECOND)
    assert set(_amounts(path)["Grundskola"]) == {
        "budget-2026",
        "budget-2027",
        "plan-2028",
        "plan-2029",
    }


def test_other_names_or_repeated_columns_stay_apart(tmp_path: Path) -> None:
    other = [DRIFT_SECOND[0], ["Fritidshem", "−54 000", "−55 100"], *DRIFT_SECOND[2:]]
    path = _budget_plan(tmp_path / "a.docx", "Tabellen fortsätter.", other)
    assert len([b for b in read_source(path).blocks if b.kind is BlockKind.TABLE]) == 2
    same = [DRIFT_FIRST[0], *DRIFT_SECOND[1:]]  # the same columns again: another table
    path = _budget_plan(tmp_path / "b.docx", "Tabellen fortsätter.", same)
    assert len([b for b in read_source(path).blocks if b.kind is BlockKind.TABLE]) == 2
    # a line that is not the table going on parts them
    path = _budget_plan(
        tmp_path / "c.docx", "Planåren bygger på befolkningsprognosen.", DRIFT_SECOND
    )
    assert len([b for b in read_source(path).blocks if b.kind is BlockKind.TABLE]) == 2


@pytest.mark.parametrize(
    "between", ["Indikatorer för nämndsmål 1 (forts.)", "Tabellen fortsätter."]
)
def test_an_indicator_table_split_sideways_over_a_page(tmp_path: Path, between: str) -> None:
    doc = Document()
    doc.add_paragraph().add_run("Verksamhetsplan 2027–2029").bold = True
    doc.add_heading("Mål och indikatorer", 1)
    doc.add_heading("Nämndsmål 1: Alla elever når kunskapsmålen.", 2)
    _table(
        doc,
        [
            ["Indikator", "Utfall 2023", "Utfall 2024"],
            [NAMES[0], "83,5 %", "81,9 %"],
            [NAMES[1], "79 %", "80 %"],
        ],
    )
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_paragraph().add_run(between).bold = True
    _table(
        doc,
        [
            ["Indikator", "Utfall 2025", "Mål 2027", "Mål 2028"],
            [NAMES[0], "84,6 %", "87 %", "88 %"],
            [NAMES[1], "81 %", "85 %", "86 %"],
        ],
    )
    doc.save(str(tmp_path / "plan.docx"))
    tables = [b for b in read_source(tmp_path / "plan.docx").blocks if b.kind is BlockKind.TABLE]
    assert len(tables) == 1 and tables[0].width == 6
    (goal,) = read_word(tmp_path / "plan.docx").data["namndsmal"]
    assert between not in str(goal)  # the line is no part of the goal's description
    assert [i["namn"] for i in goal["indikatorer"]] == NAMES
    first = goal["indikatorer"][0]
    assert first["utfall"] == {
        "2023": Decimal("83.5"),
        "2024": Decimal("81.9"),
        "2025": Decimal("84.6"),
    }
    assert first["malnivaer"] == {"2027": Decimal(87), "2028": Decimal(88)}


def _card(doc: DocxDocument, area: str, names: list[str]) -> None:
    """A goal card: labels in the first column, "Så mäter vi" merged down beside its rows."""
    rows = [["Målområde", area, "", ""], ["Så mäter vi", "Indikator", "Nuläge 2025", "Mål 2027"]]
    rows += [["Så mäter vi", name, "80 %", "85 %"] for name in names]
    table = doc.add_table(rows=len(rows), cols=4)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    table.cell(0, 1).merge(table.cell(0, 3)).text = area
    table.cell(1, 0).merge(table.cell(len(rows) - 1, 0)).text = "Så mäter vi"


def test_cards_with_the_same_labels_stay_apart(tmp_path: Path) -> None:
    doc = Document()
    _card(doc, "Dricksvatten", ["Andel godkända prover", "Antal avbrott"])
    _card(doc, "Avlopp", ["Fosforhalt i utgående vatten", "Antal bräddningar"])
    doc.save(str(tmp_path / "plan.docx"))
    blocks = read_source(tmp_path / "plan.docx").blocks
    assert len([b for b in blocks if b.kind is BlockKind.TABLE]) == 2

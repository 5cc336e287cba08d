"""The issue's goal table as plans type it without merging: "Nämndsmål 1:" (or "Nämndsmål :"
with no number) alone in the first cell, the goal's sentence in the second, the other cells
empty, over "Mätmetod/Indikator | Nuläge: | Målnivåer:" and a row of years whose first cell
is empty. It reads as the same table with the sentence's cell merged across: one goal with
its indicators, their nuläge and their targets – not a key-figure table, and not the header
and the indicators as goals of their own."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from docx import Document

from vplan_desktop.imports.word import interpret, read_source
from vplan_desktop.imports.word_blocks import Cell
from vplan_desktop.imports.word_goal_row_across import spread_goal_row

GOAL = "En hållbar livssituation som ger trygghet för dem vi möter."
ROWS = [
    ["Mätmetod/Indikator", "Nuläge:", "Målnivåer:", "", "", ""],
    ["", "2015", "2016", "2017", "2018", "2019"],
    ["Nöjd medborgarindex, stöd till utsatta", "54", "55", "56", "57", "58"],
    [
        "Barn 0–12 år som inte återkommer inom ett år, andel (%)",
        "67 %",
        "69 %",
        "71 %",
        "73 %",
        "75 %",
    ],
    ["Medarbetarenkät, mål och uppföljning", "3,7", "", "3,9", "", "4,2"],
    ["Nämndsmål avseende medborgardialoger"] + ["Brukarenkäter genomförs kontinuerligt"] * 5,
]


def _read(tmp_path: Path, label: str, *, merged: bool) -> dict[str, Any]:
    doc = Document()
    for text in ("Exempelby kommun", "Medborgarnämnden", "Verksamhetsplan 2017–2019"):
        doc.add_paragraph(text)
    doc.add_heading("Trygghet", 1)
    doc.add_paragraph("Nämnden arbetar för att fler ska känna sig trygga.")
    rows = [[label, GOAL, "", "", "", ""], *ROWS]
    table = doc.add_table(rows=len(rows), cols=6)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    if merged:
        table.cell(0, 1).merge(table.cell(0, 5)).text = GOAL
    doc.save(str(tmp_path / "plan.docx"))
    return interpret(read_source(tmp_path / "plan.docx")).data


@pytest.mark.parametrize("label", ["Nämndsmål 1:", "Nämndsmål :", "Mål 2", "Nämndmål"])
@pytest.mark.parametrize("merged", [False, True])
def test_a_goal_row_typed_without_merging_reads_as_merged(
    tmp_path: Path, label: str, *, merged: bool
) -> None:
    data = _read(tmp_path, label, merged=merged)
    assert [g["text"] for g in data["namndsmal"]] == [GOAL]
    assert not data.get("nyckeltal")
    indicators = {i["namn"]: i for i in data["namndsmal"][0]["indikatorer"]}
    assert list(indicators) == [row[0] for row in ROWS[2:]]
    children = indicators["Barn 0–12 år som inte återkommer inom ett år, andel (%)"]
    assert children["enhet"] == "%"
    assert children["nulage"]["ar"] == 2015 and children["nulage"]["varde"] == Decimal("67")
    assert children["malnivaer"] == {
        str(y): Decimal(v) for y, v in zip(range(2016, 2020), ["69", "71", "73", "75"], strict=True)
    }
    survey = indicators["Medarbetarenkät, mål och uppföljning"]
    assert survey["malnivaer"] == {"2017": Decimal("3.9"), "2019": Decimal("4.2")}


def _row(*texts: str) -> tuple[Cell, ...]:
    return tuple(Cell(text) for text in texts)


def test_only_a_label_sentence_and_empty_cells_are_spread() -> None:
    row = _row("Nämndsmål 1:", GOAL, "", "")
    assert spread_goal_row(row) == (row[0], row[1], row[1], row[1])
    for kept in [
        _row("Nämndsmål 1:", GOAL, "", "2027"),  # a figure of its own: no goal row
        _row("Nämndsmål avseende dialog", GOAL, "", ""),  # more than a label
        _row("Nämndsmål 1:", "Ja", "", ""),  # no sentence
        _row("Nämndsmål 1:", GOAL),  # two columns: nothing to spread
        _row("", GOAL, "", ""),
    ]:
        assert spread_goal_row(kept) is kept

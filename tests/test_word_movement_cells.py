"""A kommunstyrelse's goals as bold "KS n <goal>" lines over their tables, indicators whose
baseline and target share a cell ("58 % → 65 %", "65 % (58 %)", "NKI 68"), and a budget given in
two tables for the same verksamheter (the year's netto, then the plan years')."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from docx import Document

from vplan_desktop.imports.word import read_word
from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell
from vplan_desktop.imports.word_movement_cells import label_figure, split_table
from vplan_desktop.imports.word_typed_goals import typed_number


def _table(rows: list[list[str]]) -> Block:
    cells = tuple(tuple(Cell(text) for text in row) for row in rows)
    return Block(index=0, kind=BlockKind.TABLE, text=" | ".join(rows[0]), rows=cells)


def _texts(block: Block) -> list[list[str]]:
    return [[cell.text for cell in row] for row in block.rows]


def test_a_movement_column_is_read_as_baseline_and_target() -> None:
    block = _table(
        [
            ["Indikator", "Förflyttning 2025 → 2027", "Målvärde 2029"],
            ["Andel fossilfria fordon", "58 % → 65 %", "80 %"],
            ["Andel som förvärvsarbetar", "från 77,8 % till 80 %", "82 %"],
            ["Ranking", "Plats 164 → Topp 100", "Topp 75"],
        ]
    )
    assert _texts(split_table(block)) == [
        ["Indikator", "Nuläge 2025", "Mål 2027", "Målvärde 2029"],
        ["Andel fossilfria fordon", "58 %", "65 %", "80 %"],
        ["Andel som förvärvsarbetar", "77,8 %", "80 %", "82 %"],
        ["Ranking", "Plats 164", "Topp 100", "Topp 75"],
    ]


def test_a_target_with_its_baseline_in_brackets_is_read_as_two() -> None:
    block = _table(
        [
            ["Indikator", "Mål 2027 (utfall 2025)", "Mål 2029"],
            ["Andel svar inom en dag", "90 % (81 %)", "95 %"],
            ["Invånarnas betyg på bemötandet", "Betyg 3,8 av 5 (3,5)", "Betyg 4,0 av 5"],
        ]
    )
    assert _texts(split_table(block)) == [
        ["Indikator", "Utfall 2025", "Mål 2027", "Mål 2029"],
        ["Andel svar inom en dag", "81 %", "90 %", "95 %"],
        ["Invånarnas betyg på bemötandet", "3,5", "3,8 av 5", "4,0 av 5"],
    ]


def test_a_table_without_a_movement_column_is_left_as_it_is() -> None:
    block = _table([["Indikator", "Nuläge 2025", "Mål 2027"], ["Andel", "21 % (2025)", "NKI 70"]])
    assert split_table(block) is block


def test_an_abbreviation_before_a_figure_becomes_the_unit_column() -> None:
    block = _table(
        [
            ["Indikator", "Förflyttning 2025 → 2027"],
            ["Företagens helhetsbedömning (Insikt)", "NKI 68 → NKI minst 72"],
        ]
    )
    assert _texts(split_table(block))[1] == [
        "Företagens helhetsbedömning (Insikt)",
        "68",
        "minst 72",
        "NKI",
    ]
    assert label_figure("Plats 120", "Ranking av företagsklimatet") is None
    assert label_figure("Nivå 3", "Kvalitet") is None
    assert label_figure("Betyg 4,0 av 5", "Invånarnas betyg") == ("", "4,0 av 5")


def test_a_coded_bold_line_is_a_typed_goal() -> None:
    line = Block(
        index=0, kind=BlockKind.PARAGRAPH, text="KS 1 Fler företag startar här.", bold=True
    )
    assert typed_number(line) == ("KS 1", "Fler företag startar här.")
    plain = Block(index=0, kind=BlockKind.PARAGRAPH, text="KS 1 Fler företag startar här.")
    assert typed_number(plain) is None


def _plan(tmp_path: Path) -> Path:
    doc = Document()
    doc.add_paragraph().add_run("Verksamhetsplan 2027–2029").bold = True
    doc.add_heading("Inledning", 1)
    doc.add_paragraph("Planen beskriver åren.")
    doc.add_heading("Mål och indikatorer", 1)
    doc.add_heading("Attraktiv kommun", 2)
    for code, goal, indicator, cell in (
        ("KS 1", "Fler företag startar i kommunen.", "Nyregistrerade företag", "3,4 → 4,0"),
        ("KS 2", "Fler invånare har ett arbete.", "Andel i arbete", "78 % → 80 %"),
    ):
        doc.add_paragraph().add_run(f"{code} {goal}").bold = True
        table = doc.add_table(rows=2, cols=3)
        for row, texts in enumerate(
            (["Indikator", "Förflyttning 2025 → 2027", "Målvärde 2029"], [indicator, cell, "5"])
        ):
            for column, text in enumerate(texts):
                table.cell(row, column).text = text
    doc.add_heading("Aktiviteter", 1)
    table = doc.add_table(rows=2, cols=3)
    for row, texts in enumerate(
        (["Aktivitet", "Mål", "Ansvarig"], ["Företagslots", "KS 1", "Chef"])
    ):
        for column, text in enumerate(texts):
            table.cell(row, column).text = text
    doc.add_heading("Ekonomi", 1)
    for rows in (
        [["Verksamhet", "Intäkter", "Kostnader", "Netto"], ["Kansli", "100", "900", "800"],
         ["Ekonomi", "50", "650", "600"]],
        [["Verksamhet", "Plan 2028", "Plan 2029"], ["Kansli", "820", "840"],
         ["Ekonomi", "610", "620"]],
    ):  # fmt: skip
        doc.add_paragraph("Tabellen visar beloppen i tkr.")
        table = doc.add_table(rows=len(rows), cols=len(rows[0]))
        for row, texts in enumerate(rows):
            for column, text in enumerate(texts):
                table.cell(row, column).text = text
    doc.save(str(tmp_path / "plan.docx"))
    return tmp_path / "plan.docx"


def test_coded_goals_over_their_tables_under_a_målområde(tmp_path: Path) -> None:
    data = read_word(_plan(tmp_path)).data
    assert [a["namn"] for a in data["malomraden"]] == ["Attraktiv kommun"]
    goals = data["namndsmal"]
    assert [(g["kod"], g["text"]) for g in goals] == [
        ("KS 1", "Fler företag startar i kommunen."),
        ("KS 2", "Fler invånare har ett arbete."),
    ]
    first = goals[0]["indikatorer"][0]
    assert first["nulage"]["ar"] == 2025 and first["nulage"]["varde"] == Decimal("3.4")
    assert first["malnivaer"]["2027"] == Decimal("4.0")
    (activity,) = data["aktiviteter"]
    assert activity["namndsmal_id"] == goals[0]["id"]


def test_the_plan_years_table_joins_the_years_budget_by_name(tmp_path: Path) -> None:
    data = read_word(_plan(tmp_path)).data
    names = {v["id"]: v["namn"] for v in data["verksamheter"]}
    rows = {names[r["verksamhet_id"]]: r["belopp"] for r in data["driftbudget"]["rader"]}
    assert set(rows) == {"Kansli", "Ekonomi"}
    assert len(rows["Kansli"]) == 3

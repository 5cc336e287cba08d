"""A plan converted from a PDF may merge two narrow columns into one: the header cell names
both with their years ("Nuläge 2025 Mål 2027", "2024 2025") and each cell below holds both
figures ("142 136", "47 % 55 %", "7 010 7 080"). Such a column is split in two again, each
figure under its own year (never read as the one amount 142136); where spaces both group
digits and part the figures, the parting into two figures of one size is taken. A header
naming two years over cells of one figure, or over text, keeps its column whole."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from docx import Document

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word, read_source
from vplan_desktop.imports.word_blocks import BlockKind
from vplan_desktop.imports.word_merged_columns import two_figures
from vplan_desktop.services.read import read_plan


def _plan(path: Path, goal_rows: list[list[str]], key_rows: list[list[str]]) -> Path:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2027–2029")
    doc.add_heading("Mål och indikatorer", 1)
    doc.add_paragraph().add_run(
        "Nämndsmål 1: Kommunens verksamhet minskar sin klimatpåverkan."
    ).bold = True
    for rows in (goal_rows, key_rows):
        if rows is key_rows:
            doc.add_heading("Nyckeltal", 1)
            doc.add_paragraph("Tabell 2. Nyckeltal för tekniska nämnden")
        table = doc.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
    doc.save(str(path))
    return path


GOALS = [
    ["Indikator", "Nuläge 2025 Mål 2027", "Mål 2028", "Mål 2029"],
    ["Energianvändning i fastigheterna, kWh per kvadratmeter", "142 136", "130", "125"],
    ["Andel fossilfria fordon", "47 % 55 %", "65 %", "75 %"],
]
KEYS = [
    ["Nyckeltal", "2023", "2024 2025"],
    ["Kommunala gator, km", "186", "188 190"],
    ["Ljuspunkter i gatubelysningen, antal", "6 940", "7 010 7 080"],
    ["Lokalyta i egna fastigheter, kvadratmeter", "118 500", "121 300 121 300"],
]


def test_two_merged_columns_are_read_as_two(tmp_path: Path) -> None:
    path = _plan(tmp_path / "plan.docx", GOALS, KEYS)
    tables = [b for b in read_source(path).blocks if b.kind is BlockKind.TABLE]
    assert [c.text for c in tables[0].rows[0]] == [
        "Indikator", "Nuläge 2025", "Mål 2027", "Mål 2028", "Mål 2029"
    ]  # fmt: skip
    assert [c.text for c in tables[1].rows[3]] == [
        "Lokalyta i egna fastigheter, kvadratmeter", "118 500", "121 300", "121 300"
    ]  # fmt: skip
    import_word(path, tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        plan = read_plan(opened)
    found = {i.namn: i for i in plan.indikatorer}
    energy = found["Energianvändning i fastigheterna, kWh per kvadratmeter"]
    assert (energy.nulage_ar, energy.nulage) == (2025, Decimal(142))
    assert energy.malnivaer == {2027: Decimal(136), 2028: Decimal(130), 2029: Decimal(125)}
    assert found["Andel fossilfria fordon"].nulage == Decimal(47)
    [table] = plan.nyckeltal
    columns = {c.id: c.rubrik for c in table.kolumner}
    rows = {r.namn: {columns[k]: v for k, v in r.varden.items()} for r in table.rader}
    assert rows["Kommunala gator, km"] == {
        "2023": Decimal(186), "2024": Decimal(188), "2025": Decimal(190)
    }  # fmt: skip
    assert rows["Ljuspunkter i gatubelysningen, antal"]["2024"] == Decimal(7010)


def test_a_column_of_single_figures_under_two_years_stays_whole(tmp_path: Path) -> None:
    keys = [["Nyckeltal", "2024 2025"], ["Kommunala gator, km", "188"], ["Parker, antal", "12"]]
    path = _plan(tmp_path / "plan.docx", [*GOALS[:1], ["Andel nöjda", "58 60", "62", "64"]], keys)
    tables = [b for b in read_source(path).blocks if b.kind is BlockKind.TABLE]
    assert len(tables[0].rows[0]) == 5  # the goal table's merged column split
    assert [c.text for c in tables[1].rows[0]] == ["Nyckeltal", "2024 2025"]
    assert [c.text for c in tables[1].rows[1]] == ["Kommunala gator, km", "188"]


def test_parting_two_figures() -> None:
    assert two_figures("142 136") == ("142", "136")
    assert two_figures("7 010 7 080") == ("7 010", "7 080")
    assert two_figures("121 300 121 300") == ("121 300", "121 300")
    assert two_figures("Högst 6,0 % Högst 5,5 %") == ("Högst 6,0 %", "Högst 5,5 %")
    assert two_figures("100 200 300") is None  # "100 200 | 300" or "100 | 200 300": unknown
    assert two_figures("188") is None
    assert two_figures("Öka Öka") is None

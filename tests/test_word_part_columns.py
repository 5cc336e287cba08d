"""An indicator table whose nuläge is given per part in a column group: "Indikator | Nuläge
2025 (merged over) Norrby | Söderby | Samtliga | Mål 2027", as a gemensam nämnd reports to
each member kommun. The total column ("Samtliga", "Totalt", "Hela nämnden") is the indicator's
nuläge, with the target; each part with a figure is an indicator "<name> – <part>" with that
nuläge and no target; a part's "–" or "*" gives none. A sub-header naming years or kinds of
figure, or a table not naming its first column an indicator, is read as before."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path
from typing import Any

from docx import Document
from docx.document import Document as DocxDocument

from vplan_desktop.imports.word import read_word
from vplan_desktop.imports.word_docx import read_docx
from vplan_desktop.imports.word_sex_columns import sex_column_groups

NAME = "Andel ärenden avgjorda inom fyra veckor"
WHOLE = "Antal utbildningstillfällen"


def _plan(parts: tuple[str, ...], rows: list[list[str]], first: str = "Indikator") -> DocxDocument:
    doc = Document()
    doc.add_paragraph().add_run("Verksamhetsplan 2027").bold = True
    doc.add_heading("Mål och indikatorer", 1)
    doc.add_paragraph().add_run("Mål 1. Ärendena handläggs snabbt och rättssäkert.").bold = True
    top = [first, "Nuläge 2025", *[""] * (len(parts) - 1), "Mål 2027"]
    grid = [top, ["", *parts, ""], *rows]
    table = doc.add_table(rows=len(grid), cols=len(top))
    for r, row in enumerate(grid):
        for c, text in enumerate(row):
            if text:
                table.cell(r, c).text = text
    table.cell(0, 0).merge(table.cell(1, 0))
    table.cell(0, 1).merge(table.cell(0, len(parts)))
    table.cell(0, len(top) - 1).merge(table.cell(1, len(top) - 1))
    return doc


def _save(doc: DocxDocument, tmp_path: Path) -> Path:
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    return path


def _indicators(doc: DocxDocument, tmp_path: Path) -> dict[str, dict[str, Any]]:
    goals = read_word(_save(doc, tmp_path)).data["namndsmal"]
    return {i["namn"]: i for g in goals for i in g["indikatorer"]}


def _table(doc: DocxDocument, tmp_path: Path) -> Any:
    return next(b for b in read_docx(_save(doc, tmp_path)).blocks if b.rows)


ROWS = [
    [NAME, "72 %", "*", "64 %", "70 %", "85 %"],
    [WHOLE, "–", "–", "–", "4", "6"],
]


def test_the_total_is_the_nulage_and_each_part_an_indicator(tmp_path: Path) -> None:
    found = _indicators(_plan(("Norrby", "Söderby", "Österby", "Samtliga"), ROWS), tmp_path)
    assert list(found) == [NAME, f"{NAME} – Norrby", f"{NAME} – Österby", WHOLE]
    total = found[NAME]
    assert total["nulage"]["ar"] == 2025 and total["nulage"]["varde"] == D(70)
    assert total["malnivaer"] == {"2027": D(85)}
    part = found[f"{NAME} – Norrby"]
    assert part["nulage"]["varde"] == D(72) and part["malnivaer"] == {}
    assert found[f"{NAME} – Österby"]["nulage"]["varde"] == D(64)
    assert found[WHOLE]["nulage"]["varde"] == D(4)  # "–" in every part: the total alone
    assert found[WHOLE]["malnivaer"] == {"2027": D(6)}


def test_the_whole_named_hela_namnden_is_the_total(tmp_path: Path) -> None:
    rows = [[NAME, "80 %", "60 %", "75 %", "90 %"]]
    found = _indicators(_plan(("Hela nämnden", "Norrby", "Söderby"), rows), tmp_path)
    assert list(found) == [NAME, f"{NAME} – Norrby", f"{NAME} – Söderby"]
    assert found[NAME]["nulage"]["varde"] == D(80)
    assert found[f"{NAME} – Söderby"]["nulage"]["varde"] == D(75)


def test_other_sub_headers_and_tables_are_no_part_groups(tmp_path: Path) -> None:
    rows = [[NAME, "70 %", "72 %", "75 %", "85 %"]]
    assert sex_column_groups(_table(_plan(("Norrby", "Söderby", "Samtliga"), rows), tmp_path))
    # no total among the parts: the group is no breakdown of one figure
    assert (
        sex_column_groups(_table(_plan(("Norrby", "Söderby", "Österby"), rows), tmp_path)) is None
    )
    # years or kinds of figure under the merged header
    for parts in (("2024", "2025", "Totalt"), ("Utfall", "Mål", "Totalt")):
        assert sex_column_groups(_table(_plan(parts, rows), tmp_path)) is None
    # a key-figure table: its first column names no indicator
    doc = _plan(("Norrby", "Söderby", "Samtliga"), rows, first="Ärendeslag")
    assert sex_column_groups(_table(doc, tmp_path)) is None

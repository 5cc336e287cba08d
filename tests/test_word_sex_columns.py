"""An indicator table reporting its figures by sex in column groups: each year's or kind's
header cell ("Utfall 2024", "Mål 2027") merged over the columns "Flickor | Pojkar | Totalt"
(or "Kvinnor | Män | Totalt") in the header row under it, the name's column merged down both
header rows. The Totalt column is the indicator under its own name, each sex with a figure an
indicator "<name> – flickor" of its own with that sex's figures (the way figures by sex in rows
are read); a sex whose cells are all "–" or blank is no indicator. A table whose sub-header
names anything besides sexes is read as before."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path
from typing import Any

from docx import Document
from docx.document import Document as DocxDocument

from vplan_desktop.imports.word import read_word
from vplan_desktop.imports.word_docx import read_docx
from vplan_desktop.imports.word_sex_columns import sex_column_groups

NAME = "Andel barn som inte återkommer inom ett år"
ONLY_TOTAL = "Antal utredningar"


def _plan(sexes: tuple[str, str, str], rows: list[list[str]]) -> DocxDocument:
    doc = Document()
    doc.add_paragraph().add_run("Verksamhetsplan 2027–2028").bold = True
    doc.add_heading("Mål och indikatorer", 1)
    doc.add_paragraph().add_run("Nämndsmål 1. Barn och unga får stöd tidigt.").bold = True
    first = ["Indikator", "Utfall 2024", "", "", "Utfall 2025", "", "", "Mål 2027", "", ""]
    grid = [first, ["", *sexes * 3], *rows]
    table = doc.add_table(rows=len(grid), cols=len(first))
    for r, row in enumerate(grid):
        for c, text in enumerate(row):
            if text:
                table.cell(r, c).text = text
    table.cell(0, 0).merge(table.cell(1, 0))
    for start in (1, 4, 7):
        table.cell(0, start).merge(table.cell(0, start + 2))
    return doc


def _save(doc: DocxDocument, tmp_path: Path) -> Path:
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    return path


def _indicators(doc: DocxDocument, tmp_path: Path) -> dict[str, dict[str, Any]]:
    (goal,) = read_word(_save(doc, tmp_path)).data["namndsmal"]
    return {i["namn"]: i for i in goal["indikatorer"]}


ROWS = [
    [NAME, "80 %", "72 %", "76 %", "82 %", "74 %", "78 %", "–", "–", "85 %"],
    [ONLY_TOTAL, "–", "–", "310", "", "", "298", "–", "–", "280"],
]


def test_the_total_column_is_the_indicator_and_each_sex_one_of_its_own(tmp_path: Path) -> None:
    found = _indicators(_plan(("Flickor", "Pojkar", "Totalt"), ROWS), tmp_path)
    assert list(found) == [NAME, f"{NAME} – flickor", f"{NAME} – pojkar", ONLY_TOTAL]
    total, girls, boys = found[NAME], found[f"{NAME} – flickor"], found[f"{NAME} – pojkar"]
    assert total["utfall"] == {"2024": D(76), "2025": D(78)}
    assert total["malnivaer"] == {"2027": D(85)}
    assert girls["utfall"] == {"2024": D(80), "2025": D(82)} and girls["malnivaer"] == {}
    assert girls["nulage"]["varde"] == D(82)
    assert boys["utfall"] == {"2024": D(72), "2025": D(74)}
    assert found[ONLY_TOTAL]["utfall"] == {"2024": D(310), "2025": D(298)}
    assert found[ONLY_TOTAL]["malnivaer"] == {"2027": D(280)}


def test_kvinnor_and_man_with_the_total_first(tmp_path: Path) -> None:
    rows = [[NAME, "39 %", "38 %", "40 %", "36 %", "35 %", "37 %", "42 %", "41 %", "43 %"]]
    found = _indicators(_plan(("Totalt", "Kvinnor", "Män"), rows), tmp_path)
    assert list(found) == [NAME, f"{NAME} – kvinnor", f"{NAME} – män"]
    assert found[NAME]["utfall"] == {"2024": D(39), "2025": D(36)}
    assert found[NAME]["malnivaer"] == {"2027": D(42)}
    assert found[f"{NAME} – kvinnor"]["malnivaer"] == {"2027": D(41)}
    assert found[f"{NAME} – män"]["utfall"] == {"2024": D(40), "2025": D(37)}


def test_a_sub_header_naming_anything_else_is_no_sex_group(tmp_path: Path) -> None:
    doc = _plan(("Kommunen", "Riket", "Länet"), [[NAME, *["50 %"] * 9]])
    table = next(b for b in read_docx(_save(doc, tmp_path)).blocks if b.rows)
    assert sex_column_groups(table) is None
    doc = _plan(("Flickor", "Pojkar", "Totalt"), [[NAME, *["50 %"] * 9]])
    table = next(b for b in read_docx(_save(doc, tmp_path)).blocks if b.rows)
    assert sex_column_groups(table) is not None

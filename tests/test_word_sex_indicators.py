"""Figures about people reported by sex. In a table of indicators the total's row is the
indicator, under its own name, and every row of one sex is an indicator of its own named
"<name> – kvinnor" ("– män", "– flickor", "– pojkar") with that row's figures: the sex written
in a column of its own beside the name ("Totalt", "Flickor", "Pojkar", the name on the total's
row only or merged down over the rows) or in the name cell ("– varav kvinnor", "Män"). A line
"<name> (kvinnor/män/totalt) 72/65/68 % (2025). Mål 2027: 75 %." is the three indicators, the
one target the total's, as many targets as figures each one's. In a key-figure table a row
"– varav kvinnor" (any "varav"/"därav" row) or "Kvinnor"/"Män" under a main row is its sub-row,
named as printed. A column that names anything besides sexes is left as it is."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path
from typing import Any

from docx import Document
from docx.document import Document as DocxDocument

from vplan_desktop.imports.word import read_word
from vplan_desktop.imports.word_sex_lines import sex_split_line


def _table(doc: DocxDocument, rows: list[list[str]]) -> Any:
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    return table


def _plan(rows: list[list[str]] | None = None, lines: tuple[str, ...] = ()) -> DocxDocument:
    doc = Document()
    doc.add_paragraph().add_run("Verksamhetsplan 2027–2028").bold = True
    doc.add_heading("Mål och indikatorer", 1)
    doc.add_paragraph().add_run("Nämndsmål 1. Barn och unga får stöd tidigt.").bold = True
    if rows is not None:
        _table(doc, rows)
    if lines:
        doc.add_paragraph().add_run("Indikatorer").bold = True
        for line in lines:
            doc.add_paragraph(line, style="List Bullet")
    return doc


def _indicators(doc: DocxDocument, tmp_path: Path) -> dict[str, dict[str, Any]]:
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    (goal,) = read_word(path).data["namndsmal"]
    return {i["namn"]: i for i in goal["indikatorer"]}


HEADER = ["Indikator", "", "Utfall 2024", "Utfall 2025", "Mål 2027"]
NAME = "Andel barn som inte återkommer inom ett år"


def test_a_sex_column_beside_the_name_makes_an_indicator_per_sex(tmp_path: Path) -> None:
    rows = [
        HEADER,
        [NAME, "Totalt", "76 %", "78 %", "82 %"],
        ["", "Flickor", "–", "80 %", "84 %"],
        ["", "Pojkar", "73 %", "76 %", ""],
        ["Andel orosanmälningar som leder till utredning", "", "31 %", "34 %", "35 %"],
    ]
    found = _indicators(_plan(rows), tmp_path)
    assert list(found) == [
        NAME,
        f"{NAME} – flickor",
        f"{NAME} – pojkar",
        "Andel orosanmälningar som leder till utredning",
    ]
    total, girls, boys = found[NAME], found[f"{NAME} – flickor"], found[f"{NAME} – pojkar"]
    assert total["utfall"] == {"2024": D(76), "2025": D(78)}
    assert total["malnivaer"] == {"2027": D(82)}
    assert girls["utfall"] == {"2025": D(80)}  # "–": no outcome that year
    assert girls["nulage"]["varde"] == D(80) and girls["malnivaer"] == {"2027": D(84)}
    assert boys["utfall"] == {"2024": D(73), "2025": D(76)} and boys["malnivaer"] == {}


def test_a_name_merged_down_over_kvinnor_and_man(tmp_path: Path) -> None:
    doc = _plan()
    table = _table(
        doc,
        [
            HEADER,
            ["Andel som känner sig tryggare", "Totalt", "81 %", "83 %", "88 %"],
            ["", "Kvinnor", "82 %", "85 %", ""],
            ["", "Män", "76 %", "74 %", ""],
        ],
    )
    table.cell(1, 0).merge(table.cell(3, 0))
    table.cell(1, 0).text = "Andel som känner sig tryggare"
    found = _indicators(doc, tmp_path)
    name = "Andel som känner sig tryggare"
    assert list(found) == [name, f"{name} – kvinnor", f"{name} – män"]
    assert found[f"{name} – män"]["nulage"]["varde"] == D(74)
    assert found[name]["malnivaer"] == {"2027": D(88)}


def test_varav_rows_in_the_name_column(tmp_path: Path) -> None:
    name = "Antal personer med långvarigt ekonomiskt bistånd"
    rows = [
        ["Indikator", "Utfall 2024", "Utfall 2025", "Mål 2027"],
        [name, "246", "231", "200"],
        ["– varav kvinnor", "118", "112", ""],
        ["– varav män", "128", "119", ""],
    ]
    found = _indicators(_plan(rows), tmp_path)
    assert list(found) == [name, f"{name} – kvinnor", f"{name} – män"]
    assert found[f"{name} – kvinnor"]["utfall"] == {"2024": D(118), "2025": D(112)}


def test_a_column_naming_other_things_than_sexes_is_kept(tmp_path: Path) -> None:
    rows = [
        ["Indikator", "Målgrupp", "Utfall 2025", "Mål 2027"],
        ["Andel nöjda besökare", "Totalt", "81 %", "85 %"],
        ["Andel unga som deltar", "Unga", "40 %", "45 %"],
        ["Andel som fullföljer", "Kvinnor", "61 %", "65 %"],
    ]
    found = _indicators(_plan(rows), tmp_path)
    assert list(found) == ["Andel nöjda besökare", "Andel unga som deltar", "Andel som fullföljer"]


def test_a_line_of_figures_by_sex() -> None:
    name = "Andel klienter som fullföljer påbörjad öppenvårdsbehandling"
    found = sex_split_line(f"{name} (kvinnor/män/totalt) 72/65/68 % (2025). Mål 2027: 75 %.")
    assert found is not None
    assert [(i["namn"], i["nulage"]["varde"], i["malnivaer"]) for i in found] == [
        (name, D(68), {"2027": D(75)}),
        (f"{name} – kvinnor", D(72), {}),
        (f"{name} – män", D(65), {}),
    ]
    assert all(i["enhet"] == "%" and i["nulage"]["ar"] == 2025 for i in found)
    each = sex_split_line(
        "Andel med SIP (flickor/pojkar/totalt) 2025: 58/49/52 %. Mål 2027: 70/65/67 %"
    )
    assert each is not None
    assert [i["malnivaer"] for i in each] == [{"2027": D(67)}, {"2027": D(70)}, {"2027": D(65)}]
    at_most = sex_split_line(
        "Personalomsättning (kvinnor/män/totalt) 17/22/18 % (2025). Mål 2027: högst 12 %."
    )
    assert at_most is not None and at_most[0]["jamforare"] == {"2027": "hogst"}
    assert sex_split_line("Antal besök (fysiska/digitala) 1 200/3 400 (2025).") is None
    assert sex_split_line("Andel (kvinnor/män) 72/65 % (2025).") is None  # no total


def test_lines_of_figures_by_sex_under_indikatorer(tmp_path: Path) -> None:
    line = "Personalomsättning (kvinnor/män/totalt) 17/22/18 % (2025). Mål 2027: högst 12 %."
    found = _indicators(_plan(lines=(line,)), tmp_path)
    assert sorted(found) == [
        "Personalomsättning",
        "Personalomsättning – kvinnor",
        "Personalomsättning – män",
    ]
    assert found["Personalomsättning"]["malnivaer"] == {"2027": D(12)}


def test_key_figure_rows_by_sex_are_sub_rows(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph().add_run("Verksamhetsplan 2027–2028").bold = True
    doc.add_heading("Nyckeltal", 1)
    _table(
        doc,
        [
            ["Nyckeltal", "Utfall 2024", "Utfall 2025"],
            ["Kvinnor", "5", "6"],  # no main row above: rows of their own
            ["Män", "7", "8"],
            ["Antal anställda", "412", "425"],
            ["– varav kvinnor", "349", "358"],
            ["därav i egen regi", "300", "310"],
            ["Sjukfrånvaro, %", "8,4", "8,1"],
            ["Kvinnor", "9,1", "8,8"],
            ["Män", "4,6", "4,5"],
            ["Vårddygn", "7 420", "6 890"],
        ],
    )
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    (table,) = read_word(path).data["nyckeltal"]
    assert [(r["namn"], r["niva"]) for r in table["rader"]] == [
        ("Kvinnor", 0),
        ("Män", 0),
        ("Antal anställda", 0),
        ("– varav kvinnor", 1),
        ("därav i egen regi", 1),
        ("Sjukfrånvaro, %", 0),
        ("Kvinnor", 1),
        ("Män", 1),
        ("Vårddygn", 0),
    ]

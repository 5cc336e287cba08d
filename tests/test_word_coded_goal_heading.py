"""A technical nämnd's plan in parts by financing: each verksamhet a heading in a narrative
chapter ("4.1 Gator och parker"), its goals headings opening with the verksamhet's code ("GP1
Gång- och …") over their indicator tables, activities linking the goals by that code, a
"Projnr | Projekt | …" investment table, and a one-year cover beside an investment plan that
runs on (``word_coded_goal_heading``, ``word_heading_codes``, ``word_investment_table``,
``word_front_matter``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document

from vplan_desktop.imports.word import read_word
from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell, HeadingBy
from vplan_desktop.imports.word_build import Builder, TableContext
from vplan_desktop.imports.word_coded_goal_heading import coded_goal_heading, indicator_table
from vplan_desktop.imports.word_front_matter import _extend_period
from vplan_desktop.imports.word_heading_codes import coded_heading
from vplan_desktop.imports.word_investment_table import roles
from vplan_desktop.imports.word_result import WordImport

INDICATORS = [["Indikator", "Enhet", "Nuläge 2025", "Mål 2027"], ["Andel nöjda", "%", "71", "75"]]


def _heading(index: int, text: str, level: int = 3) -> Block:
    return Block(index, BlockKind.HEADING, text=text, level=level, heading_by=HeadingBy.STYLE)


def _table(index: int, rows: list[list[str]]) -> Block:
    return Block(index, BlockKind.TABLE, rows=tuple(tuple(Cell(t) for t in r) for r in rows))


def _blocks(first: str, second: str, table: list[list[str]]) -> list[Block]:
    return [
        _heading(0, "4.1 Gator och parker", 2),
        _heading(1, first),
        Block(2, BlockKind.PARAGRAPH, text="Fler ska kunna gå och cykla till skolan."),
        _table(3, table),
        _heading(4, second),
        _table(5, INDICATORS),
    ]


def test_a_coded_heading_over_an_indicator_table_is_a_goal() -> None:
    levels = {0: 2, 1: 3, 4: 3}
    blocks = _blocks(
        "GP1 Gång- och cykelvägarna ska vara trygga", "GP2 Parker för alla", INDICATORS
    )
    assert coded_goal_heading(blocks, levels, 1)
    assert coded_goal_heading(blocks, levels, 4)
    assert not coded_goal_heading(blocks, levels, 0)  # the verksamhet's heading
    assert not coded_goal_heading(blocks, {0: 2, 1: 3, 4: 2}, 1)  # its level codes no other
    assert not coded_goal_heading(blocks, {0: 1, 1: 1, 4: 1}, 1)  # a chapter, not a goal
    # a table of activities (or none before the next heading) measures no goal
    activities = [["Aktivitet", "Ansvarig", "Klart"], ["Bygga en cykelväg", "Gatuchef", "2027"]]
    assert not indicator_table(_table(3, activities))
    assert not coded_goal_heading(
        _blocks("GP1 Gator ska vara säkra", "GP2 Parker för alla", activities), levels, 1
    )
    between = _blocks("GP1 Gator ska vara säkra", "GP2 Parker för alla", INDICATORS)
    between[2] = _heading(2, "Bakgrund", 4)
    assert not coded_goal_heading(between, {**levels, 2: 4}, 1)
    # a year or a code without a sentence is no goal code
    for text in ("EU2030 Klimatneutral kommun", "2030 Klimatneutral kommun", "GP1"):
        assert not coded_goal_heading(_blocks(text, "GP2 Parker för alla", INDICATORS), levels, 1)


def test_a_sentence_opening_with_a_hyphenated_word_follows_its_code() -> None:
    blocks = [
        _heading(0, "GP1 Gång- och cykelvägar ska vara säkra"),
        _heading(1, "GP2 Parker för alla"),
    ]
    assert coded_heading(blocks, {0: 3, 1: 3}, 0) == ("GP1", "Gång- och cykelvägar ska vara säkra")


def test_a_project_number_column_shortened_is_the_projects_number() -> None:
    ctx = TableContext(first_year=2027, last_year=2027)
    for number in ("Projnr", "Proj. nr", "Projektnr"):
        headers = [number, "Projekt", "Budget 2027", "Plan 2028"]
        assert roles(headers, ctx) == ["projektnummer", "namn", "budget:2027", "budget:2028"]


def test_an_investment_plan_does_not_lengthen_a_one_year_plan() -> None:
    result = WordImport(forsta_ar=2027, sista_ar=2027)
    b = Builder(result)
    b.investments.append({"belopp": {"2027": 1, "2028": 1, "2029": 1}})
    _extend_period(result, b)
    assert result.sista_ar == 2027  # "Nämndplan med internbudget 2027": the year's plan


def _add_table(doc: Any, rows: list[list[str]]) -> None:
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text


def test_a_plan_in_parts_by_financing(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph().add_run("Nämndplan med internbudget 2027").bold = True
    doc.add_heading("1 Inledning", 1)
    doc.add_paragraph("Nämnden ansvarar för gator, parker och kommunens lokaler.")
    doc.add_heading("4 Skattefinansierad verksamhet", 1)
    doc.add_paragraph("Den skattefinansierade verksamheten omfattar gator och lokaler.")
    goals = {
        "4.1 Gator och parker": [
            ("GP1", "Gång- och cykelvägarna ska vara trafiksäkra"),
            ("GP2", "Parkerna ska vara trygga"),
        ],
        "4.2 Lokalförsörjning": [("LO1", "Lokalerna ska vara energieffektiva")],
    }
    for verksamhet, coded in goals.items():
        doc.add_heading(verksamhet, 2)
        for code, goal in coded:
            doc.add_heading(f"{code} {goal}", 3)
            doc.add_paragraph("Målet följs upp varje år.")
            _add_table(doc, [INDICATORS[0], [f"Mått för {code}", "%", "70", "≥ 75"]])
        acts = [[f"Aktivitet för {code}", code, "Chef", "Kv 3 2027"] for code, _ in coded]
        _add_table(doc, [["Aktivitet", "Mål", "Ansvarig", "Klart"], *reversed(acts)])
    doc.add_heading("6 Investeringar", 1)
    header = ["Projnr", "Projekt", "Budget 2027", "Plan 2028", "Plan 2029"]
    _add_table(doc, [header, ["9101", "Reinvestering gator", "8 500", "8 500", "9 000"]])
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    result = read_word(path)
    data = result.data

    areas = {a["id"]: a["namn"] for a in data["malomraden"]}
    read = [(g["kod"], g["text"], areas[g["malomrade_id"]]) for g in data["namndsmal"]]
    assert read == [
        (code, goal, verksamhet.split(" ", 1)[1])
        for verksamhet, coded in goals.items()
        for code, goal in coded
    ]
    codes = {g["id"]: g["kod"] for g in data["namndsmal"]}
    assert {g["kod"]: [i["namn"] for i in g["indikatorer"]] for g in data["namndsmal"]} == {
        code: [f"Mått för {code}"] for code in ("GP1", "GP2", "LO1")
    }
    assert {a["namn"]: codes[a["namndsmal_id"]] for a in data["aktiviteter"]} == {
        f"Aktivitet för {code}": code for code in ("GP1", "GP2", "LO1")
    }
    assert all(a["slutdatum"] == "2027-09-30" for a in data["aktiviteter"])
    ((project),) = data["investeringar"]
    assert (project["projektnummer"], project["projekt"]) == ("9101", "Reinvestering gator")
    assert (result.forsta_ar, result.sista_ar) == (2027, 2027)

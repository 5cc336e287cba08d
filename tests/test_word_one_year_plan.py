"""A small nämnd's one-year plan: goals as one Word-numbered list, each item over its own
indicator table, under the verksamheter's headings (``word_tabled_goals``); activity tables
"Aktivitet | Vem | När" (``word_activity_questions``) dated without a year ("Våren", "1
januari", ``word_month_dates``); investments as bullets "Name, 250 tkr" under a line naming
the year (``word_investment_lines``); and an internkontroll table whose process is typed only
on its group's first row (``word_control_table``)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from docx import Document

from vplan_desktop.imports.word import interpret, read_source
from vplan_desktop.imports.word_activity_questions import asks_questions
from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell
from vplan_desktop.imports.word_investment_lines import investment_line
from vplan_desktop.imports.word_month_dates import named_end
from vplan_desktop.imports.word_short_dates import short_end
from vplan_desktop.imports.word_tabled_goals import tabled_goal


def _table(doc: Any, rows: list[list[str]]) -> None:
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text


def _read(tmp_path: Path, build: Any) -> Any:
    doc = Document()
    for text in ("Exempelby kommun", "Miljönämnden", "Verksamhetsplan 2027"):
        doc.add_paragraph(text)
    build(doc)
    doc.save(str(tmp_path / "plan.docx"))
    return interpret(read_source(tmp_path / "plan.docx"))


def _goals(doc: Any, second: bool = True) -> None:
    doc.add_heading("Mål och uppföljning", 1)
    doc.add_heading("Bygglov", 2)
    doc.add_paragraph("Den som söker bygglov ska få ett snabbt beslut.", style="List Number")
    _table(doc, [["Så mäter vi", "Nuläge", "Mål 2027"], ["Handläggningstid, veckor", "5", "4"]])
    if second:
        doc.add_heading("Miljötillsyn", 2)
        doc.add_paragraph("Tillsynen ska följa tillsynsplanen.", style="List Number")
        _table(doc, [["Så mäter vi", "Nuläge", "Mål 2027"], ["Andel besök, %", "81 %", "100 %"]])


def test_numbered_goals_over_their_tables_are_goals_under_their_headings(tmp_path: Path) -> None:
    result = _read(tmp_path, _goals)
    goals = {g["text"]: g for g in result.data["namndsmal"]}
    assert set(goals) == {
        "Den som söker bygglov ska få ett snabbt beslut.",
        "Tillsynen ska följa tillsynsplanen.",
    }
    names = [i["namn"] for i in goals["Tillsynen ska följa tillsynsplanen."]["indikatorer"]]
    assert names == ["Andel besök, %"]
    assert {a["namn"] for a in result.data["malomraden"]} == {"Bygglov", "Miljötillsyn"}


def test_a_lone_numbered_line_over_a_table_is_no_goal_series() -> None:
    item = Block(1, BlockKind.LIST_ITEM, "Tillsynen ska följa planen.", numbered=True, number="1.")
    header = tuple(Cell(t) for t in ("Så mäter vi", "Nuläge", "Mål 2027"))
    table = Block(2, BlockKind.TABLE, "Så mäter vi | Nuläge | Mål 2027", rows=(header,))
    heading = Block(0, BlockKind.HEADING, "Mål", level=1)
    blocks = [heading, item, table]
    assert tabled_goal(blocks, {0: 1}, item) is None
    second = Block(3, BlockKind.LIST_ITEM, "Maten ska vara säker.", numbered=True, number="2.")
    more = [*blocks, second, Block(4, BlockKind.TABLE, table.text, rows=(header,))]
    assert tabled_goal(more, {0: 1}, item) == ("1", "Tillsynen ska följa planen.")
    bullet = Block(1, BlockKind.LIST_ITEM, item.text)  # not numbered by Word
    assert tabled_goal([heading, bullet, *more[2:]], {0: 1}, bullet) is None


def test_months_seasons_and_days_without_a_year_end_in_the_plans_year() -> None:
    assert named_end("Oktober", 2027) == dt.date(2027, 10, 31)
    assert named_end("Senast 30 april", 2027) == dt.date(2027, 4, 30)
    assert named_end("1 januari", 2027) == dt.date(2027, 1, 1)
    assert named_end("Juni–september", 2027) == dt.date(2027, 9, 30)
    assert named_end("Våren", 2027) == dt.date(2027, 6, 30)
    assert named_end("Hösten", 2027) == dt.date(2027, 12, 31)
    assert named_end("Under året", 2027) == dt.date(2027, 12, 31)
    assert named_end("31 april", 2027) is None
    assert named_end("Löpande", 2027) is None
    assert named_end("Kvällen", 2027) is None
    assert short_end("Senast i maj", 2028) == dt.date(2028, 5, 31)


def test_an_activity_column_beside_who_and_when_asks_the_questions() -> None:
    assert asks_questions(["Aktivitet", "Vem", "När"])
    assert not asks_questions(["Aktivitet", "Vem"])
    assert not asks_questions(["Indikator", "Vem", "När"])


def test_activities_get_vem_as_ansvarig_and_a_month_as_their_end(tmp_path: Path) -> None:
    def build(doc: Any) -> None:
        doc.add_heading("Aktiviteter", 1)
        _table(
            doc,
            [
                ["Aktivitet", "Vem", "När"],
                ["Införa e-tjänst för bygglov", "Bygglovsenheten", "Senast 30 april"],
                ["Starta klimatrådgivning", "Klimatrådgivaren", "Under året"],
            ],
        )

    activities = _read(tmp_path, build).data["aktiviteter"]
    found = {a["namn"]: (a["ansvarig"], a["slutdatum"]) for a in activities}
    assert found == {
        "Införa e-tjänst för bygglov": ("Bygglovsenheten", "2027-04-30"),
        "Starta klimatrådgivning": ("Klimatrådgivaren", "2027-12-31"),
    }


def test_a_bare_investment_bullet_is_an_amount_without_a_year() -> None:
    assert investment_line("E-arkiv för bygglovsakter, etapp 2, 400 tkr") == (
        "E-arkiv för bygglovsakter, etapp 2",
        "tkr",
        {-1: "400"},
        False,
    )
    assert investment_line("Vi köper in mer, och snabbare") is None


def _investments(lead: str) -> Any:
    def build(doc: Any) -> None:
        doc.add_heading("Ekonomi", 1)
        doc.add_paragraph(lead)
        doc.add_paragraph("GNSS-mottagare, 250 tkr", style="List Bullet")
        doc.add_paragraph("E-arkiv, etapp 2, 1 400 tkr", style="List Bullet")

    return build


def test_investment_bullets_are_in_the_year_the_line_above_names(tmp_path: Path) -> None:
    result = _read(tmp_path, _investments("Investeringsbudgeten för 2027 används till:"))
    found = {i["projekt"]: i["belopp"] for i in result.data["investeringar"]}
    assert set(found) == {"GNSS-mottagare", "E-arkiv, etapp 2"}
    assert {y: str(v) for y, v in found["E-arkiv, etapp 2"].items()} == {"2027": "1400"}


def test_investment_bullets_under_no_single_year_stay_text(tmp_path: Path) -> None:
    for lead in ("Investeringarna 2027 och 2028 är:", "Nämnden planerar investeringar:"):
        result = _read(tmp_path, _investments(lead))
        assert not result.data.get("investeringar")


def test_a_control_whose_process_cell_is_empty_takes_the_process_above(tmp_path: Path) -> None:
    def build(doc: Any) -> None:
        doc.add_heading("Internkontroll", 1)
        _table(
            doc,
            [
                ["Process", "Kontrollmoment", "Vem"],
                ["Bygglov", "Att beslut fattas i tid", "Bygglovschef"],
                ["", "Att avgift tas ut enligt taxa", "Bygglovschef"],
                ["Tillsyn", "Att tillsynsplanen följs", "Miljöchef"],
            ],
        )

    controls = _read(tmp_path, build).data["internkontroll"]
    found = [(c["process"], c["kontrollmoment"]) for c in controls]
    assert found == [
        ("Bygglov", "Att beslut fattas i tid"),
        ("Bygglov", "Att avgift tas ut enligt taxa"),
        ("Tillsyn", "Att tillsynsplanen följs"),
    ]

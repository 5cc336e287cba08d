"""Rules for a plan typed by many hands, each writing figures and dates its own way: a lead-in
giving the nuläge's year ("Nuläge avser utfall 2025 om inget annat anges") over every goal's
table in its chapter; "61 procent" as 61 in per cent; a point between the thousands
("150.900") read by the size of the row's other figures; "senast juni -27" and "Q3" (the plan's
first year) as an activity's end; and, in the corpus rate, a day typed "1/6 2027" held by the
plan as that date is no text lost."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

import pytest
from docx import Document

from tests.word_rate_dates import typed_day
from tests.word_rate_texts import lost_texts
from tests.word_shapes_model import Expected, Front
from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell, Source
from vplan_desktop.imports.word_dot_magnitude import row_thousands, undotted_rows
from vplan_desktop.imports.word_indicator_unit import indicator_unit, strip_unit
from vplan_desktop.imports.word_short_dates import short_end
from vplan_desktop.imports.word_target_year_line import stated_target_years, stated_years
from vplan_desktop.services.read import read_plan

LEAD = "Under varje mål finns indikatorerna. Nuläge avser utfall 2025 om inget annat anges."


def _table(index: int, rows: list[list[str]]) -> Block:
    cells = tuple(tuple(Cell(t, (t,)) for t in row) for row in rows)
    return Block(index, BlockKind.TABLE, rows=cells)


def _para(index: int, text: str, *, bold: bool = False) -> Block:
    return Block(index, BlockKind.PARAGRAPH, text=text, bold=bold)


def _goal_table(index: int) -> Block:
    return _table(index, [["Indikator", "Nuläge", "Mål 2027"], ["Andel nöjda", "88 %", "90 %"]])


# --- the nuläge's year from a chapter's lead-in ------------------------------------------------


def test_a_clause_may_name_what_the_year_is_of() -> None:
    assert stated_years(_para(0, LEAD)) == {"base": 2025}
    assert stated_years(_para(0, "Nuläget avser mätningen hösten 2025.")) == {"base": 2025}


def test_a_lead_in_heads_every_goal_table_of_its_chapter_and_no_further() -> None:
    blocks = [
        Block(0, BlockKind.HEADING, text="Nämndens mål", level=1),
        _para(1, LEAD),
        _para(2, "Mål 1 Äldre känner sig trygga.", bold=True),
        _goal_table(3),
        _para(4, "Mål 2 Äldre har en meningsfull vardag.", bold=True),
        _goal_table(5),
        Block(6, BlockKind.HEADING, text="Uppföljning", level=1),
        _goal_table(7),
    ]
    read = stated_target_years(Source("x", blocks)).blocks
    assert [read[i].rows[0][1].text for i in (3, 5, 7)] == ["Nuläge 2025", "Nuläge 2025", "Nuläge"]


def test_a_later_line_stating_years_heads_its_own_tables() -> None:
    blocks = [
        _para(0, LEAD),
        _goal_table(1),
        _para(2, "Nuläget avser 2024."),
        _goal_table(3),
    ]
    read = stated_target_years(Source("x", blocks)).blocks
    assert [read[i].rows[0][1].text for i in (1, 3)] == ["Nuläge 2025", "Nuläge 2024"]


def test_a_line_right_beside_a_table_speaks_of_that_table_only() -> None:
    def table(index: int) -> Block:
        return _table(index, [["Indikator", "2025", "Målvärde"], ["Andel nöjda", "88 %", "90 %"]])

    blocks = [
        _para(0, "Mål 1 Äldre känner sig trygga.", bold=True),
        table(1),
        _para(2, "Målvärdena avser 2027."),
        _para(3, "Mål 2 Äldre har en meningsfull vardag.", bold=True),
        table(4),
        _para(5, "Målvärde = värdet vi vill nå 2028"),
    ]
    read = stated_target_years(Source("x", blocks)).blocks
    assert [read[i].rows[0][2].text for i in (1, 4)] == ["Målvärde 2027", "Målvärde 2028"]


# --- "61 procent" -------------------------------------------------------------------------------


def test_a_share_written_out_is_in_per_cent() -> None:
    assert indicator_unit("Andel nöjda", "", ["65 procent", "70 procent"], "61 procent") == "%"
    assert strip_unit("61 procent", "%") == "61 %"
    assert strip_unit("minst 95 procent", "%") == "minst 95 %"
    assert strip_unit("61 procent (2024)", "%") == "61 % (2024)"
    assert strip_unit("+2 procentenheter", "%") == "+2 procentenheter"
    assert indicator_unit("Antal besök", "", ["+2 procentenheter"], "40") == ""


# --- a point between the thousands --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "row", "read"),
    [
        ("150.900", ["Kostnad, kr", "150.900", "152\u2009000", "155\u2009000"], "150 900"),
        ("198.400", ["Timmar", "198.400", "204 100", "211 900"], "198 400"),
        ("−1.250", ["Avvikelse", "−1.250", "−1 300"], "−1 250"),
        ("3.7", ["Timmar per vecka", "3.7", "4,0", "4,5"], None),  # a decimal point
        ("10.9 %", ["Andel", "11,2%", "10.9 %", "10,6 %"], None),
        ("1.250", ["Kostnad, mnkr", "1.250", "1,3"], None),  # of the size of 1,3
        ("14.820", ["Korttidsvård", "14.820", "14.200"], None),  # no plain figure beside it
        ("1.500", ["Antal", "1.500", "Ökning"], None),
    ],
)
def test_a_dotted_figure_is_read_by_its_rows_sizes(
    text: str, row: list[str], read: str | None
) -> None:
    assert row_thousands(text, row) == read


def test_the_tables_dotted_figures_are_written_with_spaces() -> None:
    table = _table(0, [["Nyckeltal", "2023", "2024"], ["Timmar", "198.400", "204 100"]])
    (read,) = undotted_rows(Source("x", [table])).blocks
    assert [c.text for c in read.rows[1]] == ["Timmar", "198 400", "204 100"]
    assert read.rows[0] == table.rows[0]
    plain = Source("x", [_table(0, [["Timmar", "3.7", "4,0"]])])
    assert undotted_rows(plain) is plain


# --- an activity's end --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("senast juni -27", dt.date(2027, 6, 30)),
        ("dec '28", dt.date(2028, 12, 31)),
        ("Q3", dt.date(2027, 9, 30)),
        ("kv. 1", dt.date(2027, 3, 31)),
        ("juni 27", None),  # a day as well as a year
        ("Löpande", None),
    ],
)
def test_a_month_with_a_short_year_and_a_quarter_alone(text: str, day: dt.date | None) -> None:
    assert short_end(text, 2027) == day


# --- the whole import on a small document -------------------------------------------------------


def _plan(tmp_path: Path) -> d.PlanSnapshot:
    doc = Document()
    for text in ("Exempelby kommun", "Äldrenämnden", "Verksamhetsplan 2027–2028"):
        doc.add_paragraph(text)
    doc.add_heading("Nämndens mål", 1)
    doc.add_paragraph(LEAD)
    for goal, row in (
        ("Mål 1 Äldre känner sig trygga i sitt hem.", ["Andel trygga", "61 procent", "65 procent"]),
        ("Mål 2 Resurserna används effektivt.", ["Kostnad per brukare, kr", "150.900", "152 000"]),
    ):
        doc.add_paragraph().add_run(goal).bold = True
        table = doc.add_table(rows=2, cols=3)
        for c, (top, cell) in enumerate(zip(["Indikator", "Nuläge", "Mål 2027"], row, strict=True)):
            table.cell(0, c).text, table.cell(1, c).text = top, cell
    doc.add_heading("Aktiviteter", 1)
    table = doc.add_table(rows=3, cols=3)
    for r, row in enumerate(
        (["Aktivitet", "Ansvarig", "Klart"], ["Utbilda personalen", "MAS", "senast juni -27"],
         ["Införa läkemedelsrobotar", "MAS", "Q3"])
    ):  # fmt: skip
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    doc.save(str(tmp_path / "plan.docx"))
    import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        return read_plan(opened)


def test_a_plan_typed_by_many_hands(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    read = {i.namn: (i.enhet, i.nulage_ar, i.nulage, i.malnivaer) for i in plan.indikatorer}
    assert read == {
        "Andel trygga": ("%", 2025, D(61), {2027: D(65)}),
        "Kostnad per brukare, kr": ("kr", 2025, D(150900), {2027: D(152000)}),
    }
    ends = {a.namn: a.slutdatum for a in plan.aktiviteter}
    assert ends == {
        "Utbilda personalen": dt.date(2027, 6, 30),
        "Införa läkemedelsrobotar": dt.date(2027, 9, 30),
    }


# --- the corpus rate's lost texts ---------------------------------------------------------------


def test_a_typed_day_is_read_day_before_month() -> None:
    assert typed_day("1/6 2027") == dt.date(2027, 6, 1)
    assert typed_day("31 dec 2027") == dt.date(2027, 12, 31)
    assert typed_day("1 mars 2028") == dt.date(2028, 3, 1)
    assert typed_day("31/2 2027") is None
    assert typed_day("Q3 2027") is None


def test_a_typed_day_is_kept_only_when_the_plan_holds_that_date() -> None:
    expected = Expected("t", Front("Nämnden", "Kommunen", 2027, 2027))
    plan = " ¶ ".join(["Införa nattillsyn", "2027-06-01", "2027-12-31"])
    sources = ["1/6 2027", "31 dec 2027", "6/1 2027", "1 mars 2028"]
    assert lost_texts(sources, plan, expected) == ["6/1 2027", "1 mars 2028"]

"""School years: a plan for förskola and skola counts in läsår, vplan in calendar years. A
school year ("Läsår 2024/25", "Mål 2026/27", "2024/2025") is read as the calendar year it ends
in, both for outcomes and targets (läsår 2024/25 is 2025); an activity due "läsår 2027/28" is
due when its spring term ends, 2028-06-30; a table whose columns are school years is no budget
(a kommun's räkenskapsår is the calendar year) but key figures, its headings kept as printed.
A diarienummer ("BUN 2026/212") or two years apart ("2026/2028") are no school year."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from docx import Document

from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_dates import period_end
from vplan_desktop.imports.word_indicator_cells import dated_value
from vplan_desktop.imports.word_list_lines import bracketed_indicator
from vplan_desktop.imports.word_school_year import is_school_year, school_year_end, year_in
from vplan_desktop.imports.word_table import column_kind_year, is_year_header
from vplan_desktop.services.read import read_plan


def _plan(tmp_path: Path, parts: list[tuple[str, str, list[list[str]]]]) -> d.PlanSnapshot:
    """A plan 2027–2028: per part a heading, a line above its table, and the table."""
    doc = Document()
    for text in ("Exempelby kommun", "Barn- och utbildningsnämnden", "Verksamhetsplan 2027–2028"):
        doc.add_paragraph(text)
    for heading, line, rows in parts:
        doc.add_heading(heading, 1)
        if line:
            doc.add_paragraph().add_run(line).bold = True
        table = doc.add_table(rows=len(rows), cols=len(rows[0]))
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                table.cell(r, c).text = text
        doc.add_paragraph("")
    doc.save(str(tmp_path / "plan.docx"))
    import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        return read_plan(opened)


def test_a_school_year_is_the_year_it_ends_in() -> None:
    assert year_in("Läsår 2024/25") == 2025
    assert year_in("Mål 2026/27") == 2027
    assert year_in("Prognos 2027/2028") == 2028
    assert year_in("lå 24/25") == 2025
    assert year_in("Budget 2027") == 2027
    assert year_in("BUN 2026/212") == 2026  # a diarienummer: the year it was registered
    assert not is_school_year("BUN 2026/212")
    assert not is_school_year("2026/2028")
    assert not is_school_year("2026/29")
    assert is_school_year("Läsår 2025/26")


def test_a_column_of_a_school_year_is_keyed_by_the_year_it_ends_in() -> None:
    assert is_year_header("Läsår 2024/25")
    assert column_kind_year("Läsår 2024/25") == ("", 2025)
    assert column_kind_year("Prognos 2027/28") == ("prognos", 2028)
    assert column_kind_year("Budget 2027") == ("budget", 2027)


def test_an_activity_due_in_a_school_year_is_due_when_its_spring_term_ends() -> None:
    assert school_year_end("läsår 2027/28") == dt.date(2028, 6, 30)
    assert school_year_end("Klart läsåret 2026/27") == dt.date(2027, 6, 30)
    assert school_year_end("2027/28") == dt.date(2028, 6, 30)
    assert school_year_end("Dnr 2027/212") is None
    assert school_year_end("2026/27 och 2027/28") is None
    assert period_end("Läsår 2027/28") == (dt.date(2028, 6, 30), False)
    assert period_end("ht 2027") == (dt.date(2027, 12, 31), False)


def test_an_indicator_line_by_school_year() -> None:
    found = bracketed_indicator("Andel behöriga (läsår 2025/26: 87 %, mål 2026/27: 90 %)")
    assert found is not None
    assert found["nulage"]["ar"] == 2026
    assert found["malnivaer"] == {"2027": Decimal(90)}
    assert bracketed_indicator("Andel behöriga (2025/2027: 87 %, mål 2027: 90 %)") is None


def test_a_nulage_cell_naming_its_school_year() -> None:
    assert dated_value("87 % (läsår 2024/25)") == (2025, "87 %")
    assert dated_value("2024/25: 87 %") == (2025, "87 %")
    assert dated_value("87 % (2024/2026)") == (None, "87 % (2024/2026)")


def test_indicators_by_school_year(tmp_path: Path) -> None:
    rows = [
        ["Indikator", "Läsår 2024/25", "Läsår 2025/26", "Mål 2026/27", "Mål 2027/28"],
        ["Andel elever med gymnasieexamen inom fyra år", "74 %", "76 %", "79 %", "82 %"],
        ["Genomsnittligt meritvärde i årskurs 9", "224,0", "228,5", "232,0", "235,0"],
    ]
    goal = "Mål 1: Fler elever tar examen från gymnasiet inom fyra år."
    plan = _plan(tmp_path, [("Mål och indikatorer", goal, rows)])
    assert [g.text for g in plan.namndsmal] == [
        "Fler elever tar examen från gymnasiet inom fyra år."
    ]
    got = {i.namn: i for i in plan.indikatorer}
    share = got["Andel elever med gymnasieexamen inom fyra år"]
    assert share.enhet == "%"
    assert dict(share.utfall) == {2025: Decimal(74), 2026: Decimal(76)}
    assert (share.nulage_ar, share.nulage) == (2026, Decimal(76))
    assert {y: v for y, v in share.malnivaer.items() if v is not None} == {
        2027: Decimal(79),
        2028: Decimal(82),
    }
    merit = got["Genomsnittligt meritvärde i årskurs 9"]
    assert (merit.nulage_ar, merit.nulage) == (2026, Decimal("228.5"))
    assert merit.malnivaer[2028] == Decimal("235.0")


def test_figures_per_school_year_are_key_figures_not_a_budget(tmp_path: Path) -> None:
    header = ["Skolform", "Läsår 2024/25", "Läsår 2025/26", "Prognos 2026/27", "Prognos 2027/28"]
    rows = [
        header,
        ["Barn i förskola", "2 118", "2 087", "2 060", "2 045"],
        ["Elever i grundskola", "4 731", "4 752", "4 760", "4 741"],
        ["Elever i fritidshem", "1 902", "1 889", "1 870", "1 850"],
    ]
    plan = _plan(tmp_path, [("Ekonomi", "Elevantal per läsår", rows)])
    assert not plan.driftbudget
    assert len(plan.nyckeltal) == 1
    table = plan.nyckeltal[0]
    assert [k.rubrik for k in table.kolumner] == header[1:]
    columns = {k.id: k.rubrik for k in table.kolumner}
    row = next(r for r in table.rader if r.namn == "Elever i grundskola")
    assert {columns[c]: v for c, v in row.varden.items()} == {
        "Läsår 2024/25": Decimal(4731),
        "Läsår 2025/26": Decimal(4752),
        "Prognos 2026/27": Decimal(4760),
        "Prognos 2027/28": Decimal(4741),
    }


def test_a_budget_by_calendar_year_stays_a_budget(tmp_path: Path) -> None:
    rows = [
        ["Verksamhet", "Bokslut 2025", "Budget 2026", "Budget 2027", "Plan 2028"],
        ["Förskola", "-298,7", "-309,5", "-316,8", "-321,4"],
        ["Grundskola", "-412,6", "-425,3", "-438,9", "-447,2"],
    ]
    plan = _plan(tmp_path, [("Ekonomi", "Driftbudget per verksamhet, mnkr", rows)])
    assert len(plan.driftbudget) == 2
    assert not plan.nyckeltal

"""The planperiod of a cover naming one year. A cover line naming the plan years right after
the title's year ("Verksamhetsplan med budget 2027" over "Plan för 2028–2029") makes the plan
run to the plan's last year. Without such a line a plan whose goals set targets for its first
year alone is one year long, the budget's plan columns the fullmäktige budget's outlook; a
target set beyond the budget's last year ("Mål 2030" beside "Mål 2027") is a long-term
horizon, no plan year, and targets within the budget's years lengthen the plan."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from vplan_desktop.imports.word import read_word
from vplan_desktop.imports.word_build import Builder
from vplan_desktop.imports.word_cover_plan_years import cover_plan_years
from vplan_desktop.imports.word_front_matter import _extend_period
from vplan_desktop.imports.word_result import WordImport


def test_plan_years_right_after_the_title_year_end_the_period() -> None:
    assert cover_plan_years(2027, 2027, ["Kommunstyrelsen", "Plan för 2028–2029"]) == 2029
    assert cover_plan_years(2027, 2027, ["med plan för åren 2028-29"]) == 2029
    assert cover_plan_years(2027, 2027, ["Ekonomisk plan 2028 – 2030"]) == 2030


def test_other_years_on_the_cover_leave_the_title_year() -> None:
    for line in (
        "Vision 2035",
        "Mål 2028–2035",  # no plan years
        "Plan för 2029–2030",  # not right after the title's year
        "Plan för 2028–2035",  # longer than a plan can be
        "Planen antogs 2026-11-23",
    ):
        assert cover_plan_years(2027, 2027, [line]) == 2027, line
    assert cover_plan_years(2027, 2028, ["Plan för 2028–2029"]) == 2028  # the title's period
    assert cover_plan_years(None, None, ["Plan för 2028–2029"]) is None


def _extended(drift: dict[str, int], targets: list[int]) -> int | None:
    result = WordImport(forsta_ar=2027, sista_ar=2027)
    b = Builder(result)
    for kind, year in drift.items():
        b.drift_columns[kind] = {"ar": year, "slag": kind.split(":")[0]}
    b.goals.append({"indikatorer": [{"malnivaer": {str(y): 1 for y in targets}}]})
    _extend_period(result, b)
    return result.sista_ar


def test_a_budgets_outlook_or_a_long_term_target_keeps_one_year() -> None:
    budget = {"budget:2027": 2027, "plan:2028": 2028, "plan:2029": 2029}
    assert _extended(budget, [2027]) == 2027  # the budget's plan years: an outlook
    assert _extended(budget, [2027, 2030]) == 2027  # "Mål 2030" beyond the budget
    assert _extended({"budget:2027": 2027, "plan:2028": 2028}, [2027, 2028]) == 2028
    assert _extended({}, [2027, 2029]) == 2029  # no budget: the targets' years
    assert _extended(budget, []) == 2029  # no targets: the budget's plan years tell


def _cover_plan(path: Path, plan_line: bool) -> Path:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan med budget 2027")
    if plan_line:
        doc.add_paragraph("Plan för 2028–2029")
    doc.add_paragraph("Socialnämnden")
    doc.add_heading("Mål", 1)
    doc.add_paragraph("Fler äldre ska känna sig trygga.")
    goal = [["Indikator", "Nuläge 2025", "Mål 2027"], ["Andel trygga", "70 %", "75 %"]]
    indicators = doc.add_table(rows=2, cols=3)
    for r, cells in enumerate(goal):
        for c, text in enumerate(cells):
            indicators.cell(r, c).text = text
    doc.add_heading("Ekonomi", 1)
    rows = [["Verksamhet", "Budget 2027", "Plan 2028", "Plan 2029"], ["Stöd", "10", "11", "12"]]
    table = doc.add_table(rows=2, cols=4)
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    doc.save(str(path))
    return path


def test_the_cover_decides_whether_the_budgets_plan_years_are_the_plans(tmp_path: Path) -> None:
    named = read_word(_cover_plan(tmp_path / "named.docx", plan_line=True))
    assert (named.forsta_ar, named.sista_ar) == (2027, 2029)
    alone = read_word(_cover_plan(tmp_path / "alone.docx", plan_line=False))
    assert (alone.forsta_ar, alone.sista_ar) == (2027, 2027)

"""A goal table "Nr | Mål | Indikatorer | Målvärden" whose goal column stands right after the
number column, its indicators a numbered list in one cell and its targets a matching list
naming their years in brackets ("Minst 85 % (2027), 90 % (2028)"; a yearless "Öka" for every
year of the plan); the baselines in a table "Nr | Indikator | Utgångsvärde | År" whose År
column is the nuläge's year ("Nytt mått" with "–": none); activities with a "Tid" column of
terms and school years; and a budget whose last column is a cost per pupil in kr, which does
not rescale the amounts in tkr."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

from docx import Document

from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import Jamforare
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_activity_when import when_header
from vplan_desktop.imports.word_bracket_targets import bracket_years
from vplan_desktop.services.read import read_plan

GOALS = ("Alla elever når kunskapskraven i grundskolan.", "Barn känner sig trygga i förskolan.")
FIRST = ["Andel behöriga elever till yrkesprogram", "Andel elever med godkänt i matematik"]
SECOND = ["Andel trygga barn enligt vårdnadshavare", "Andel barn i språkstöd"]


def _plan(source: Path) -> d.PlanSnapshot:
    import_word(source, source.with_suffix(".vplan"))
    with PlanDocument.open(source.with_suffix(".vplan"), read_only=True) as opened:
        return read_plan(opened)


def _list(cell: Any, lines: list[str]) -> None:
    """``lines`` as the cell's numbered paragraphs."""
    for n, line in enumerate(lines):
        paragraph = cell.paragraphs[0] if n == 0 else cell.add_paragraph()
        paragraph.style = "List Number"
        paragraph.add_run(line)


def _table(doc: Any, rows: list[list[str]]) -> Any:
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    return table


def _document(path: Path) -> Path:
    doc = Document()
    for text in ("Ekby kommun", "Barn- och utbildningsnämnden", "Verksamhetsplan 2027–2028"):
        doc.add_paragraph(text)
    doc.add_heading("Mål och indikatorer", 1)
    doc.add_paragraph("Nämnden har två mål. Målvärdena står i samma ordning som indikatorerna.")
    table = _table(doc, [["Nr", "Mål", "Indikatorer", "Målvärden"], ["1", GOALS[0], "", ""],
                         ["2", GOALS[1], "", ""]])  # fmt: skip
    _list(table.cell(1, 2), FIRST)
    _list(table.cell(1, 3), ["Minst 85 % (2027), 90 % (2028)", "Öka"])
    _list(table.cell(2, 2), SECOND)
    _list(table.cell(2, 3), ["Högst 3 % (2027)", "Minst 75 % (2028)"])
    doc.add_paragraph("Utgångsvärden")
    _table(
        doc,
        [
            ["Nr", "Indikator", "Utgångsvärde", "År"],
            ["1.1", FIRST[0], "81,4 %", "2025"],
            ["1.2", FIRST[1], "84 %", "2024"],
            ["2.1", SECOND[0], "4 %", "2025"],
            ["2.2", SECOND[1], "Nytt mått", "–"],
        ],
    )
    doc.add_heading("Aktiviteter", 1)
    _table(
        doc,
        [
            ["Aktivitet", "Koppling till mål", "Ansvar", "Tid"],
            ["Inför en modell för tidiga insatser", "1", "Rektorer", "Läsåret 2027/28"],
            ["Genomför trygghetsvandringar", "2", "Rektorer", "HT 2027"],
            ["Ta fram en rutin för frånvaro", "1, 2", "Elevhälsan", "VT 2028"],
        ],
    )
    doc.add_heading("Ekonomi", 1)
    doc.add_paragraph("Tabellen visar nettokostnad per skolform i tkr.")
    _table(
        doc,
        [
            ["Skolform", "Elever 2027", "Budget 2026", "Budget 2027", "Kostnad per elev 2027, kr"],
            ["Förskola", "612", "88 410", "90 950", "148 600"],
            ["Grundskola", "1 164", "126 300", "130 860", "112 400"],
            ["Summa", "1 776", "214 710", "221 810", ""],
        ],
    )
    doc.save(str(path))
    return path


def test_bracketed_years_carry_the_comparison() -> None:
    assert bracket_years("Minst 85 % (2027), 90 % (2028)") == {
        "2027": "Minst 85 %",
        "2028": "Minst 90 %",
    }
    assert bracket_years("Högst 3,0 (2027)") == {"2027": "Högst 3,0"}
    assert bracket_years("120 (2027) och 130 (2028)") == {"2027": "120", "2028": "130"}
    assert bracket_years("Öka") == {}
    assert bracket_years("90 % (2028), 85 % (2027)") == {}  # the years must rise
    assert bracket_years("Andel nöjda (2025)") == {"2025": "Andel nöjda"}  # words stay words


def test_tid_names_when() -> None:
    assert when_header("Tid")
    assert not when_header("Tidsåtgång")


def test_goals_beside_their_number_with_listed_indicators(tmp_path: Path) -> None:
    plan = _plan(_document(tmp_path / "plan.docx"))
    goals = {g.text: g for g in plan.namndsmal}
    assert set(goals) == set(GOALS)
    assert [goals[t].kod for t in GOALS] == ["1", "2"]
    by_name = {i.namn: i for i in plan.indikatorer}
    assert set(by_name) == {*FIRST, *SECOND}
    for text, names in zip(GOALS, (FIRST, SECOND), strict=True):
        assert {by_name[n].namndsmal_id for n in names} == {goals[text].id}


def test_bracketed_targets_and_yearless_words(tmp_path: Path) -> None:
    plan = _plan(_document(tmp_path / "plan.docx"))
    by_name = {i.namn: i for i in plan.indikatorer}
    first = by_name[FIRST[0]]
    assert first.malnivaer == {2027: Decimal(85), 2028: Decimal(90)}
    assert first.jamforare == {2027: Jamforare.MINST, 2028: Jamforare.MINST}
    assert by_name[FIRST[1]].malnivaer == {2027: "Öka", 2028: "Öka"}  # every plan year
    assert by_name[SECOND[0]].malnivaer == {2027: Decimal(3)}
    assert by_name[SECOND[0]].jamforare == {2027: Jamforare.HOGST}
    assert by_name[SECOND[1]].malnivaer == {2028: Decimal(75)}


def test_year_column_dates_the_baseline(tmp_path: Path) -> None:
    plan = _plan(_document(tmp_path / "plan.docx"))
    by_name = {i.namn: i for i in plan.indikatorer}
    assert (by_name[FIRST[0]].nulage, by_name[FIRST[0]].nulage_ar) == (Decimal("81.4"), 2025)
    assert (by_name[FIRST[1]].nulage, by_name[FIRST[1]].nulage_ar) == (Decimal(84), 2024)
    assert by_name[SECOND[1]].nulage is None  # "Nytt mått": no baseline yet
    goal_words = " ".join(g.beskrivning for g in plan.namndsmal)
    assert "År:" not in goal_words  # the year is the baseline's, no words of the row


def test_tid_column_gives_the_end(tmp_path: Path) -> None:
    plan = _plan(_document(tmp_path / "plan.docx"))
    ends = {a.namn: a.slutdatum for a in plan.aktiviteter}
    assert ends == {
        "Inför en modell för tidiga insatser": dt.date(2028, 6, 30),
        "Genomför trygghetsvandringar": dt.date(2027, 12, 31),
        "Ta fram en rutin för frånvaro": dt.date(2028, 6, 30),
    }
    goals = {g.id: g.text for g in plan.namndsmal}
    groups = {a.namn: goals.get(a.namndsmal_id or 0) for a in plan.aktiviteter}
    assert groups["Genomför trygghetsvandringar"] == GOALS[1]


def test_cost_per_pupil_in_kr_does_not_rescale_the_budget(tmp_path: Path) -> None:
    plan = _plan(_document(tmp_path / "plan.docx"))
    units = {u.id: u.namn for u in plan.verksamheter}
    amounts = {units[r.verksamhet_id]: sorted(r.belopp.values()) for r in plan.driftbudget}
    assert amounts == {
        "Förskola": [Decimal(88_410), Decimal(90_950)],
        "Grundskola": [Decimal(126_300), Decimal(130_860)],
    }
    assert not plan.nyckeltal  # the pupils stay with the budget, a table in its chapter
    chapter = next(k for k in plan.kapitel if k.rubrik == "Ekonomi")
    assert "Kostnad per elev 2027, kr" in str(chapter) and "148 600" in str(chapter)

"""All indicators in one table after the goals ("Så följer vi upp målen"): "Mål | Indikator |
Källa | Utfall 2025 | Målvärde 2027", the Mål column merged down over each goal's indicators
and naming the goal by a short form of its sentence ("Kulturskola utan kö" for "Vi ska ha en
kulturskola utan kö."). A goal column naming a goal the plan already has – by the words they
share, in any form or as the first part of a compound, the goal sharing most – ties the
indicators to that goal; a new goal is made only when no goal read before matches. The
"Källa" column is each indicator's source, not text for the goal's description."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document

from vplan_desktop.imports.word import read_word
from vplan_desktop.imports.word_goal_match import goal_named

GOALS = [
    "Vi ska få fler barn och unga att läsa på fritiden.",
    "Vi ska sprida kulturutbudet till alla kommundelar.",
    "Vi ska ha en kulturskola utan kö.",
]


def _read(doc: Any, tmp_path: Path) -> Any:
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    return read_word(path)


def test_a_short_form_names_the_goal_sharing_most_words() -> None:
    goals = [{"text": t} for t in GOALS]
    assert goal_named("Barns och ungas läsning", goals) is goals[0]
    assert goal_named("Kultur i hela kommunen", goals) is goals[1]  # compounds
    assert goal_named("Kulturskola utan kö", goals) is goals[2]
    assert goal_named(GOALS[2], goals) is goals[2]
    assert goal_named("Trygg och säker vård", goals) is None
    assert goal_named("Kultur", goals) is None  # as much the one as the other


def _table(doc: Any, rows: list[list[str]], merges: list[tuple[int, int]]) -> None:
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    for top, bottom in merges:
        table.cell(top, 0).merge(table.cell(bottom, 0)).text = rows[top][0]


def test_one_indicator_table_names_the_goals_read_before_it(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2027")
    doc.add_heading("Nämndens mål 2027", 1)
    doc.add_heading("Fokusområde 1: Läsning och kultur", 2)
    for goal in GOALS:
        doc.add_paragraph().add_run(goal).bold = True
        doc.add_paragraph("Så här tänker nämnden om målet.")
    doc.add_heading("Så följer vi upp målen", 1)
    rows = [
        ["Mål", "Indikator", "Källa", "Utfall 2025", "Målvärde 2027"],
        ["Barns och ungas läsning", "Antal utlån per invånare 0–17 år", "Bibliotekssystemet",
         "8,1", "9,0"],
        ["", "Andel elever som läser på fritiden", "Elevenkäten", "51 %", "58 %"],
        ["Kultur i hela kommunen", "Antal arrangemang utanför centralorten",
         "Evenemangskalendern", "41", "50"],
        ["Kulturskola utan kö", "Antal barn i kö till kulturskolan", "Elevregistret", "186",
         "100"],
        ["Fler besökare i simhallen", "Antal besök i simhallen", "Kassasystemet", "52 000",
         "55 000"],
    ]  # fmt: skip
    _table(doc, rows, [(1, 2)])
    result = _read(doc, tmp_path)
    goals = result.data["namndsmal"]
    assert [g["text"] for g in goals] == [*GOALS, "Fler besökare i simhallen"]
    names = [[i["namn"] for i in g["indikatorer"]] for g in goals]
    assert names == [
        ["Antal utlån per invånare 0–17 år", "Andel elever som läser på fritiden"],
        ["Antal arrangemang utanför centralorten"],
        ["Antal barn i kö till kulturskolan"],
        ["Antal besök i simhallen"],  # named no goal read before: a goal of its own
    ]
    assert [i["kalla"] for i in goals[0]["indikatorer"]] == ["Bibliotekssystemet", "Elevenkäten"]
    assert "Källa" not in goals[0]["beskrivning"]
    assert all(g["beskrivning"] == "Så här tänker nämnden om målet." for g in goals[:3])

"""Goals headed by their label alone ("Nämndmål 1" as a Heading 3) with the goal's sentence in
bold under the heading, over an indicator table "Indikator | Senaste mätning | Mätår | Målvärde
2027": the sentence is the goal (the label its number and level); "Ny indikator" is no
nuläge. A goal sentence over a table whose goal a heading already names is the goal's
description, never dropped."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document

from vplan_desktop.imports.word import interpret, read_source
from vplan_desktop.imports.word_result import Became

HEADER = ["Indikator", "Senaste mätning", "Mätår", "Målvärde 2027"]


def _table(doc: Any, rows: list[list[str]]) -> None:
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text


def _plan(tmp_path: Path, heading: str, sentence: str, rows: list[list[str]]) -> Any:
    doc = Document()
    for text in ("Exempelby kommun", "Kulturnämnden", "Verksamhetsplan 2027"):
        doc.add_paragraph(text)
    doc.add_heading("Mål och indikatorer", 1)
    doc.add_paragraph("Nämndens mål följs upp med indikatorer.")
    doc.add_heading(heading, 3)
    doc.add_paragraph().add_run(sentence).bold = True
    _table(doc, [HEADER, *rows])
    doc.add_heading("Ekonomi", 1)
    doc.add_paragraph("Nämndens ram är oförändrad.")
    doc.save(str(tmp_path / "plan.docx"))
    return interpret(read_source(tmp_path / "plan.docx"))


ROWS = [
    ["Antal utlån per invånare", "4,9", "2024", "5,1"],
    ["Antal unga ledare", "Ny indikator", "–", "40"],
]


def test_the_sentence_under_a_label_heading_is_the_goal(tmp_path: Path) -> None:
    result = _plan(tmp_path, "Nämndmål 2", "Biblioteken är levande mötesplatser.", ROWS)
    goals = result.data["namndsmal"]
    assert [(g["text"], g["kod"], g["niva"]) for g in goals] == [
        ("Biblioteken är levande mötesplatser.", "2", "namnd")
    ]
    assert len(goals[0]["indikatorer"]) == 2


def test_a_label_heading_over_a_table_keeps_its_reading(tmp_path: Path) -> None:
    """Negative: with no sentence under it (a lead-in ending in ":"), the label heading is
    still the goal and the lead-in no goal."""
    result = _plan(tmp_path, "Nämndmål 2", "Så här följer vi upp målet:", ROWS)
    assert [g["text"] for g in result.data["namndsmal"]] != ["Så här följer vi upp målet:"]


def test_a_new_indicator_has_no_nulage(tmp_path: Path) -> None:
    """ "Ny indikator" in the nuläge column is no figure: the indicator has no nuläge."""
    result = _plan(tmp_path, "Nämndmål 2", "Biblioteken är levande mötesplatser.", ROWS)
    indicators = {i["namn"]: i for i in result.data["namndsmal"][0]["indikatorer"]}
    assert indicators["Antal utlån per invånare"]["nulage"]["varde"] is not None
    assert indicators["Antal unga ledare"].get("nulage") is None


def test_a_goal_sentence_under_a_named_goal_is_its_description(tmp_path: Path) -> None:
    result = _plan(
        tmp_path,
        "Mål 1: Läsning",
        "Alla barn ska läsa minst en bok i veckan.",
        [["Antal utlån per invånare", "4,9", "2024", "5,1"]],
    )
    goal = result.data["namndsmal"][0]
    assert goal["text"] == "Läsning"
    assert "Alla barn ska läsa minst en bok i veckan." in goal["beskrivning"]
    caption = next(b for b in result.source.blocks if b.text.startswith("Alla barn"))
    assert result.outcomes[caption.index].became is Became.TEXT

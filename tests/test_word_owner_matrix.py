"""A förvaltningsplan answering the nämnd's goals with the förvaltning's åtaganden and the
avdelningar's contributions: "Nämndmål 1: …" headings over "Åtagande 1.1 Vi …" headings,
each over its indicators ("Indikator | Utfall 2025 | Målvärde 2027", a new measure's "Nytt
mått"), and a matrix with the avdelningar as columns and the åtaganden by number as rows,
each cell the avdelning's activities with their deadlines ("Klart: mars 2027", "Löpande",
"(klart oktober 2027)" typed in the sentence), "–" for none. An åtagande under a nämndmål is
the förvaltning's goal; each activity goes under the åtagande its row names, with its
column's avdelning as ansvarig and its deadline's last day; the new measure's words are kept.
The corpus measure reads "Åtagande 1.1" as a label and "(klart …)" as a deadline's label."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from docx import Document

from tests.word_rate_texts import lost_texts
from tests.word_shapes_model import Expected, Front
from vplan_desktop.db.enums import MalNiva
from vplan_desktop.imports.word import read_word
from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell
from vplan_desktop.imports.word_commitment_goals import commitment_level
from vplan_desktop.imports.word_owner_matrix import contributions, deadline, is_owner_matrix


def _cell(*lines: str) -> Cell:
    return Cell(" ".join(lines), lines=lines)


def _block(*rows: tuple[Cell, ...]) -> Block:
    return Block(0, BlockKind.TABLE, rows=tuple(rows))


HEAD = (_cell("Åtagande"), _cell("Barn och unga"), _cell("Vuxen"), _cell("Försörjning"))


def test_a_matrix_gives_each_activity_its_owner_goal_and_deadline() -> None:
    matrix = _block(
        HEAD,
        (
            _cell("1.1"),
            _cell("Inför en mottagningsgrupp", "Klart: mars 2027"),
            _cell("–"),
            _cell("Ta fram en rutin", "Q2 2027", "Utbilda handläggarna", "Löpande"),
        ),
        (
            _cell("1.2"),
            _cell(""),
            _cell("Erbjud arbetsträning (klart oktober 2027)"),
            _cell("Begränsa antalet ärenden"),
        ),
    )
    assert contributions(matrix) == [
        ["Inför en mottagningsgrupp", "1.1", "Barn och unga", "mars 2027"],
        ["Ta fram en rutin", "1.1", "Försörjning", "Q2 2027"],
        ["Utbilda handläggarna", "1.1", "Försörjning", "Löpande"],
        ["Erbjud arbetsträning", "1.2", "Vuxen", "oktober 2027"],
        ["Begränsa antalet ärenden", "1.2", "Försörjning", ""],
    ]


@pytest.mark.parametrize(
    ("line", "when"),
    [
        ("Klart: mars 2027", "mars 2027"),
        ("Klart senast 2027-06-30", "2027-06-30"),
        ("Q2 2027", "Q2 2027"),
        ("2027", "2027"),
        ("Löpande", "Löpande"),
        ("Klart: efter upphandlingen", "efter upphandlingen"),
        ("Inför en mottagningsgrupp", None),
        ("När barnet fyller 18 år ska planen vara klar", None),
    ],
)
def test_a_cells_deadline_line(line: str, when: str | None) -> None:
    assert deadline(line) == when


@pytest.mark.parametrize(
    "rows",
    [
        # an ordinary activity table numbering its rows: its headers name its fields
        [("Nr", "Aktivitet", "Ansvarig", "Klart"), ("1", "Inför en grupp", "Vuxen", "2027")],
        # key figures by number: figures, no activities
        [("Nr", "Barn och unga", "Vuxen"), ("1.1", "412", "398")],
        # rows that are no goals' numbers
        [("", "Barn och unga", "Vuxen"), ("Ekonomi", "Inför en grupp", "Starta en mottagning")],
        # a deadline with no activity over it
        [("Mål", "Barn och unga", "Vuxen"), ("1.1", "Klart: mars 2027", "–")],
        # owners whose columns are years
        [("Mål", "2026", "2027"), ("1.1", "Inför en grupp", "Starta en mottagning")],
    ],
)
def test_other_tables_are_no_matrix(rows: list[tuple[str, ...]]) -> None:
    assert not is_owner_matrix(_block(*(tuple(_cell(t) for t in row) for row in rows)))


def test_an_atagande_under_a_namnd_goal_is_the_forvaltnings() -> None:
    namnd = {"niva": MalNiva.NAMND.value}
    kf = {"niva": MalNiva.KF.value}
    text = "Åtagande 1.1 Vi kortar tiden"
    assert commitment_level(text, MalNiva.NAMND, namnd) is MalNiva.FORVALTNING
    assert commitment_level(text, MalNiva.NAMND, None) is MalNiva.NAMND  # a goal standing alone
    assert commitment_level(text, MalNiva.NAMND, kf) is MalNiva.NAMND  # the nämnd's under KF's
    assert commitment_level("Mål 1.1 Fler barn", MalNiva.NAMND, namnd) is MalNiva.NAMND


def _table(doc: Any, rows: list[list[str]]) -> Any:
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    return table


def _plan(tmp_path: Path) -> dict[str, Any]:
    doc = Document()
    doc.add_paragraph("Ekby kommun")
    doc.add_paragraph("Socialnämnden")
    doc.add_paragraph("Förvaltningsplan 2027")
    doc.add_heading("Inledning", 1)
    doc.add_paragraph("Planen visar förvaltningens åtaganden.")
    doc.add_heading("Nämndens mål och förvaltningens åtaganden", 1)
    doc.add_heading("Nämndmål 1: Barn får stöd tidigt.", 2)
    doc.add_paragraph("Anmälningarna ökar.")
    for nr, goal, indicator, base in [
        ("1.1", "Vi kortar utredningstiden.", "Utredningstid (dagar)", "118"),
        ("1.2", "Fler barn bor i familjehem nära.", "Andel med hälsoundersökning", "Nytt mått"),
    ]:
        doc.add_heading(f"Åtagande {nr} {goal}", 3)
        _table(doc, [["Indikator", "Utfall 2025", "Målvärde 2027"], [indicator, base, "90"]])
    doc.add_paragraph().add_run("Avdelningarnas bidrag till nämndmål 1").bold = True
    table = _table(
        doc,
        [["Åtagande", "Barn och unga", "Vuxen", "Försörjning"], ["1.1", "", "–", ""], ["1.2"] * 4],
    )
    for cell, lines in [
        (table.cell(1, 1), ["Inför en mottagningsgrupp", "Klart: mars 2027"]),
        (table.cell(1, 3), ["Ta fram en rutin för anmälan", "Q2 2027"]),
        (table.cell(2, 1), ["Utöka stödet till familjehemmen", "Löpande"]),
        (table.cell(2, 2), ["Erbjud arbetsträning (klart oktober 2027)"]),
        (table.cell(2, 3), ["Rekrytera familjehem", "Klart: 2027"]),
    ]:
        cell.paragraphs[0].text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph().add_run(line).italic = True
    doc.add_heading("Ekonomi", 1)
    doc.add_paragraph("Budgeten är i balans.")
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    return read_word(path).data


def test_a_forvaltningsplan_with_ataganden_and_contributions(tmp_path: Path) -> None:
    data = _plan(tmp_path)
    goals = {g["id"]: g for g in data["namndsmal"]}
    levels = {g["text"]: (g["niva"], g["kod"]) for g in goals.values()}
    assert levels == {
        "Barn får stöd tidigt.": ("namnd", "1"),
        "Vi kortar utredningstiden.": ("forvaltning", "1.1"),
        "Fler barn bor i familjehem nära.": ("forvaltning", "1.2"),
    }
    read = {
        a["namn"]: (a.get("ansvarig"), a.get("slutdatum"), goals[a["namndsmal_id"]]["kod"])
        for a in data["aktiviteter"]
    }
    assert read == {
        "Inför en mottagningsgrupp": ("Barn och unga", "2027-03-31", "1.1"),
        "Ta fram en rutin för anmälan": ("Försörjning", "2027-06-30", "1.1"),
        "Utöka stödet till familjehemmen": ("Barn och unga", None, "1.2"),
        "Erbjud arbetsträning": ("Vuxen", "2027-10-31", "1.2"),
        "Rekrytera familjehem": ("Försörjning", "2027-12-31", "1.2"),
    }
    new = next(g for g in goals.values() if g["kod"] == "1.2")
    assert "Nytt mått" in new["beskrivning"]  # the new measure's words, kept with its goal
    (measured,) = new["indikatorer"]
    assert measured.get("nulage") is None
    assert new["overordnat_id"] == next(g["id"] for g in goals.values() if g["kod"] == "1")


def test_the_measure_reads_an_atagandes_label_and_a_deadlines() -> None:
    expected = Expected("t", Front("Nämnden", "Kommunen", 2027, 2027))
    heading = "Åtagande 1.1 Vi kortar utredningstiden."
    assert lost_texts([heading], "1.1 ¶ Vi kortar utredningstiden.", expected) == []
    assert lost_texts([heading], "1.1 ¶ Vi kortar tiden.", expected) == [heading]
    assert lost_texts([heading], "Vi kortar utredningstiden.", expected) == [heading]
    line = "Erbjud arbetsträning (klart oktober 2027)"
    assert lost_texts([line], "Erbjud arbetsträning ¶ Klart: oktober 2027", expected) == []
    assert lost_texts([line], "Erbjud arbetsträning ¶ Klart: mars 2027", expected) == [line]

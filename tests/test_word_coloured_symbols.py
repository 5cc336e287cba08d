"""Assessments given by a coloured symbol: a cell holding only a "●" in a coloured font takes
the grade its colour stands for. A legend line of coloured symbols each followed by its words
("● Uppfyllt ● Delvis uppfyllt ● Ej uppfyllt") defines the colours for the tables of the
document (whatever colours it picks, for goals and activities alike); without a legend the
traffic-light colours hold (green uppfyllt, yellow delvis, red ej uppfyllt). The reader keeps
each run's font colour for this."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document
from docx.shared import RGBColor

from vplan_desktop.imports.word import read_source, read_word
from vplan_desktop.imports.word_blocks import Block, BlockKind
from vplan_desktop.imports.word_symbols import legend

DOT = "●"


def _legend(doc: Any, *entries: tuple[str, str], label: str = "") -> None:
    line = doc.add_paragraph(label)
    for colour, words in entries:
        line.add_run(DOT).font.color.rgb = RGBColor.from_string(colour)
        line.add_run(f" {words}   ")


def _table(doc: Any, rows: list[list[str]], colours: dict[tuple[int, int], str]) -> None:
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    for (r, c), colour in colours.items():
        table.cell(r, c).paragraphs[0].runs[0].font.color.rgb = RGBColor.from_string(colour)


def _report(tmp_path: Path, body: Any) -> dict[str, Any]:
    doc = Document()
    doc.add_paragraph("Verksamhetsberättelse 2026")
    doc.add_paragraph("Kulturnämnden")
    doc.add_heading("Måluppfyllelse", 1)
    body(doc)
    doc.save(str(tmp_path / "b.docx"))
    return read_word(tmp_path / "b.docx").data


GOALS = [
    ["Nr", "Nämndsmål", "Bedömning"],
    ["1", "Fler besöker biblioteken.", DOT],
    ["2", "Barn och unga har en meningsfull fritid.", DOT],
    ["3", "Lokalerna används effektivt.", DOT],
]


def _grades(data: dict[str, Any]) -> list[int | None]:
    names = {g["id"]: g["text"] for g in data["namndsmal"]}
    (period,) = data["uppfoljningar"]
    held = {names[m["namndsmal_id"]]: m["bedomningsniva_id"] for m in period["mal"]}
    return [held.get(row[1]) for row in GOALS[1:]]


def test_the_reader_keeps_a_runs_font_colour(tmp_path: Path) -> None:
    doc = Document()
    _legend(doc, ("00B050", "Uppfyllt"), ("FF0000", "Ej uppfyllt"))
    _table(doc, [["Mål", "Bedömning"], ["A", DOT]], {(1, 1): "FFC000"})
    doc.save(str(tmp_path / "c.docx"))
    line, table = read_source(tmp_path / "c.docx").blocks
    assert (line.tints[0], line.tints[2]) == ((DOT, "00B050"), (DOT, "FF0000"))
    assert table.rows[1][1].tints == ((DOT, "FFC000"),)


def test_a_legend_defines_the_colours_of_the_symbols(tmp_path: Path) -> None:
    def body(doc: Any) -> None:  # colours no traffic light uses: only the legend says
        _legend(
            doc,
            ("0070C0", "Uppfyllt"),
            ("7030A0", "Delvis uppfyllt"),
            ("000000", "Ej uppfyllt"),
            label="Teckenförklaring:",
        )
        colours = {(1, 2): "7030A0", (2, 2): "0070C0", (3, 2): "000000"}
        _table(doc, GOALS, colours)

    assert _grades(_report(tmp_path, body)) == [2, 1, 3]


def test_without_a_legend_a_symbol_has_its_traffic_light_colour(tmp_path: Path) -> None:
    def body(doc: Any) -> None:
        _table(doc, GOALS, {(1, 2): "00B050", (2, 2): "FFC000", (3, 2): "FF0000"})

    assert _grades(_report(tmp_path, body)) == [1, 2, 3]


def test_a_legend_of_statuses_gives_the_activities_theirs(tmp_path: Path) -> None:
    def body(doc: Any) -> None:
        _legend(doc, ("00B050", "Genomförd"), ("FFC000", "Pågår"), ("FF0000", "Ej påbörjad"))
        doc.add_heading("Aktiviteter", 2)
        rows = [["Aktivitet", "Status"], ["Ny webbplats", DOT], ["Läsfrämjande", DOT]]
        _table(doc, rows, {(1, 1): "FFC000", (2, 1): "00B050"})

    data = _report(tmp_path, body)
    names = {a["id"]: a["namn"] for a in data["aktiviteter"]}
    (period,) = data["uppfoljningar"]
    statuses = {names[a["aktivitet_id"]]: a["status"] for a in period["aktiviteter"]}
    assert statuses == {"Ny webbplats": "pagar", "Läsfrämjande": "klar"}


def _line(text: str) -> Block:
    return Block(index=0, kind=BlockKind.PARAGRAPH, text=text)


def test_only_symbols_each_followed_by_assessment_words_are_a_legend() -> None:
    assert [e.words for e in legend(_line("■ Uppfyllt ▲ Delvis uppfyllt ◆ Ej uppfyllt"))] == [
        "Uppfyllt",
        "Delvis uppfyllt",
        "Ej uppfyllt",
    ]
    assert legend(_line("● Biblioteket ● Kulturskolan")) == []  # no assessment words
    assert legend(_line("● Uppfyllt")) == []  # one symbol explains nothing
    assert legend(_line("Målen följs upp så här ● Uppfyllt ● Ej uppfyllt")) == []

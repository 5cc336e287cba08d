"""A grid of cards is layout: a borderless table whose cells each hold one nested table and no
text of their own (an unused cell empty) is replaced by the tables it holds, in reading order.
Cards that each describe one indicator – its name merged across the top, rows of labels
("Utfall 2024", "Målvärde 2027", "Trend") each over a row of figures, perhaps a line merged
across the bottom ("Källa: Kolada (N15419)") – are joined into one indicator table, a row per
card, read as an indicator table anywhere: the outcomes per year ("–" no value, the newest the
nuläge), the targets per year, the source line the indicator's source.

And whatever a table turns out to be, its text is kept: a table guessed to be a goal table that
has no column naming indicators (the figures of cards read as one table's cells) is kept in its
chapter as it stands rather than read into nothing."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from docx import Document
from docx.document import Document as DocxDocument

from vplan_desktop.imports.word import interpret, read_source
from vplan_desktop.imports.word_blocks import BlockKind

Card = tuple[str, list[str], list[str], str]
"""A card: name, three outcomes (2023–2025), two targets (2027, 2028) and a trend, source."""

CARDS: list[Card] = [
    ("Besök på folkbiblioteken per invånare", ["4,1", "4,3", "4,6"], ["5,0", "5,2", "↑"],
     "Kolada (U09401)"),
    ("Andel nöjda med kulturutbudet", ["58 %", "–", "61 %"], ["65 %", "67 %", "→"],
     "Medborgarundersökningen"),
    ("Besök i simhallen, antal", ["94 200", "101 500", "–"], ["110 000", "112 000", "–"],
     "Kassasystemet"),
]  # fmt: skip


def _card(host: Any, card: Card, *, own_line: str = "") -> None:
    name, outcomes, targets, source = card
    if own_line:
        host.paragraphs[0].text = own_line
    table = host.add_table(rows=6, cols=3)
    table.cell(0, 0).merge(table.cell(0, 2)).text = name
    for c, year in enumerate((2023, 2024, 2025)):
        table.cell(1, c).text = f"Utfall {year}"
        table.cell(2, c).text = outcomes[c]
    for c, label in enumerate(("Målvärde 2027", "Målvärde 2028", "Trend")):
        table.cell(3, c).text = label
        table.cell(4, c).text = targets[c]
    table.cell(5, 0).merge(table.cell(5, 2)).text = f"Källa: {source}"


def _grid(doc: DocxDocument, cards: list[Card], columns: int, *, own_lines: bool = False) -> None:
    layout = doc.add_table(rows=-(-len(cards) // columns), cols=columns)
    for index, card in enumerate(cards):
        host = layout.cell(index // columns, index % columns)
        _card(host, card, own_line=f"Indikator {index + 1}" if own_lines else "")
        if not own_lines:  # the card alone in its cell, as Word writes it
            host._tc.remove(host.paragraphs[0]._p)


def _plan(tmp_path: Path, *, own_lines: bool = False) -> Path:
    doc = Document()
    doc.add_paragraph("Exempelby kommun")
    doc.add_paragraph("Kultur- och fritidsnämnden")
    doc.add_paragraph("Verksamhetsplan 2027–2028")
    doc.add_heading("Mål och indikatorer", 1)
    doc.add_heading("Målområde: Ett levande kulturliv", 2)
    doc.add_heading("Fler invånare tar del av kultur i hela kommunen.", 3)
    _grid(doc, CARDS, 2, own_lines=own_lines)
    doc.add_paragraph("")
    doc.add_heading("Nämnden har engagerade medarbetare.", 3)
    _grid(doc, [("Medarbetarengagemang, index", ["79", "–", "81"], ["83", "83", "↑"],
                 "Medarbetarenkäten")], 2, own_lines=own_lines)  # fmt: skip
    doc.add_heading("Ekonomi", 1)
    doc.add_paragraph("Nämndens ram för 2027 är 97 400 tkr.")
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    return path


def test_a_grid_of_indicator_cards_is_read_as_the_goals_indicators(tmp_path: Path) -> None:
    result = interpret(read_source(_plan(tmp_path)))
    first, second = result.data["namndsmal"]
    assert first["text"] == "Fler invånare tar del av kultur i hela kommunen."
    assert second["text"] == "Nämnden har engagerade medarbetare."
    visits, content, swim = first["indikatorer"]
    assert visits["namn"] == "Besök på folkbiblioteken per invånare"
    assert (visits["kalla"], visits["kolada_id"]) == ("Kolada (U09401)", "U09401")
    assert visits["utfall"] == {"2023": Decimal("4.1"), "2024": Decimal("4.3"),
                                "2025": Decimal("4.6")}  # fmt: skip
    assert (visits["nulage"]["ar"], visits["nulage"]["varde"]) == (2025, Decimal("4.6"))
    assert visits["malnivaer"] == {"2027": Decimal("5.0"), "2028": Decimal("5.2")}
    assert content["utfall"] == {"2023": Decimal(58), "2025": Decimal(61)}
    assert content["kalla"] == "Medborgarundersökningen"
    assert (swim["nulage"]["ar"], swim["nulage"]["varde"]) == (2024, Decimal(101500))
    (staff,) = second["indikatorer"]
    assert staff["namn"] == "Medarbetarengagemang, index"
    assert staff["malnivaer"] == {"2027": Decimal(83), "2028": Decimal(83)}


def test_the_grid_gives_way_to_the_tables_it_holds(tmp_path: Path) -> None:
    source = read_source(_plan(tmp_path))
    tables = [b for b in source.blocks if b.kind is BlockKind.TABLE]
    assert [len(t.rows) for t in tables] == [4, 2]  # the cards joined: a row per card
    assert tables[0].spread_texts(0)[:3] == ["Indikator", "Utfall 2023", "Utfall 2024"]
    assert tables[0].rows[1][0].lines == (
        "Besök på folkbiblioteken per invånare",
        "Källa: Kolada (U09401)",
    )


def test_nested_tables_that_are_no_cards_are_read_as_tables(tmp_path: Path) -> None:
    doc = Document()
    doc.add_heading("Nyckeltal", 1)
    layout = doc.add_table(rows=1, cols=2)
    for c, (name, figure) in enumerate((("Elever, antal", "1 034"), ("Lån, antal", "9 812"))):
        host = layout.cell(0, c)
        inner = host.add_table(rows=2, cols=2)
        for r, texts in enumerate((["Nyckeltal", "2025"], [name, figure])):
            for k, text in enumerate(texts):
                inner.cell(r, k).text = text
        host._tc.remove(host.paragraphs[0]._p)
    doc.save(str(tmp_path / "plan.docx"))
    tables = [b for b in read_source(tmp_path / "plan.docx").blocks if b.kind is BlockKind.TABLE]
    assert [t.spread_texts(1) for t in tables] == [["Elever, antal", "1 034"],
                                                  ["Lån, antal", "9 812"]]  # fmt: skip


def test_a_grid_that_is_more_than_layout_keeps_every_text(tmp_path: Path) -> None:
    """Cells with a line of their own over the card are no mere layout: whatever the table is
    read as, every name, figure and source line stays in the plan."""
    result = interpret(read_source(_plan(tmp_path, own_lines=True)))
    kept = json.dumps(result.data, ensure_ascii=False, default=str)
    for name, outcomes, targets, source in CARDS:
        for text in (name, *outcomes, *targets[:2], f"Källa: {source}"):
            assert text in kept, text

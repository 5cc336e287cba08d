"""An indicator table with the indicators as columns under label rows – "Nämndsmål | 1.1 | 1.2",
"Indikator | <name> | <name>", "Enhet | % | st" – over rows of figures named by their kind and
year ("Utfall 2025", "Mål 2027") is turned so that each indicator is a row, as when the corner
over the indicators is empty. Label rows need a label naming the indicators (or an empty corner),
two year rows at least under them, and no year in a label."""

from __future__ import annotations

from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell
from vplan_desktop.imports.word_transpose import turned, years_down


def _block(rows: list[list[str]]) -> Block:
    return Block(0, BlockKind.TABLE, rows=tuple(tuple(Cell(t) for t in row) for row in rows))


FIGURES = [["Utfall 2025", "74", "6,1"], ["Mål 2027", "78", "7"], ["Mål 2028", "80", "8"]]


def test_label_rows_naming_the_indicators_over_year_rows_are_turned() -> None:
    table = _block(
        [["Nämndsmål", "1.1", "1.2"], ["Indikator", "Andel godkända", "Lån per elev"],
         ["Enhet", "%", "st"], *FIGURES]
    )  # fmt: skip
    assert years_down(table)
    rows = [[c.text for c in row] for row in turned(table).rows]
    assert rows[0] == ["Nämndsmål", "Indikator", "Enhet", "Utfall 2025", "Mål 2027", "Mål 2028"]
    assert rows[2] == ["1.2", "Lån per elev", "st", "6,1", "7", "8"]
    # the names across an empty corner, a unit row under them
    assert years_down(
        _block([["", "Andel godkända", "Lån per elev"], ["Enhet", "%", "st"], *FIGURES])
    )


def test_other_label_rows_are_not_turned() -> None:
    # no label naming indicators under a corner that has words: a table of another kind
    table = [["Verksamhet", "Bibliotek", "Kulturskola"], ["Ansvarig", "Eva", "Per"], *FIGURES]
    assert not years_down(_block(table))
    # one year row under the labels
    one = [["Indikator", "Andel godkända", "Lån per elev"], ["Enhet", "%", "st"], FIGURES[0]]
    assert not years_down(_block(one))
    # a year in a label: a row of figures, not a label
    dated = [["Indikator", "Andel godkända", "Lån"], ["Läsår 2025/26", "%", "st"], *FIGURES]
    assert not years_down(_block(dated))
    # an indicator without a name
    blank = [["Indikator", "Andel godkända", ""], ["Enhet", "%", "st"], *FIGURES]
    assert not years_down(_block(blank))

"""Rule: an indicator printed as its name (a heading or a wholly bold line) right over a small
table of its own figures by year – "Period | Utfall | Målvärde | Status" with a row per year,
or the years across with a row per kind – is one indicator of the goal above it: the years'
values are its outcomes (the latest its nuläge), a target its target for that year. A column
with nothing in it (a status shown only as a picture) is left out; other words are kept. A
table of figures by year under no such name, or naming kinds the rule does not know ("Budget"),
is no indicator's table."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from tests.word_shapes_docx import Writer
from tests.word_shapes_model import Front
from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell, Source
from vplan_desktop.imports.word_named_figures import figures_by_year, unfold_named_figures
from vplan_desktop.services.read import read_plan


def _plan(source: Path) -> d.PlanSnapshot:
    import_word(source, source.with_suffix(".vplan"))
    with PlanDocument.open(source.with_suffix(".vplan"), read_only=True) as opened:
        return read_plan(opened)


def _table(rows: list[list[str]], index: int = 0) -> Block:
    cells = tuple(tuple(Cell(t) for t in row) for row in rows)
    return Block(index, BlockKind.TABLE, rows=cells)


def test_only_a_measures_figures_by_year_are_read() -> None:
    down = _table([["Period", "Utfall", "Målvärde"], ["2024", "61 %", ""], ["2027", "", "70 %"]])
    assert figures_by_year(down) == ([("Utfall", 2024, "61 %"), ("Mål", 2027, "70 %")], {})
    across = _table([["År", "2025", "2027 (mål)"], ["Värde", "16", "10"]])
    assert figures_by_year(across) == ([("Utfall", 2025, "16"), ("Mål", 2027, "10")], {})
    # a budget by year: no kind of an indicator's figure
    assert figures_by_year(_table([["År", "Budget", "Utfall"], ["2025", "5", "6"]])) is None
    assert figures_by_year(_table([["År", "Budget"], ["2025", "5"]])) is None
    # a column the rule does not know makes it some other table
    assert figures_by_year(_table([["År", "Utfall", "Antal"], ["2025", "5", "6"]])) is None
    # a year twice, or no figure at all
    assert figures_by_year(_table([["År", "Utfall"], ["2025", "5"], ["2025", "6"]])) is None
    assert figures_by_year(_table([["År", "Utfall", "Status"], ["2025", "", "Grön"]])) is None
    # indicators across (word_transpose's), not one measure's kinds
    assert figures_by_year(_table([["År", "Andel", "Antal"], ["2024", "5", "6"]])) is None


def test_a_table_under_no_name_stays() -> None:
    rows = [["Period", "Utfall", "Målvärde"], ["2024", "61 %", ""], ["2027", "", "70 %"]]
    for before in (
        Block(0, BlockKind.PARAGRAPH, text="Tabellen visar utfallet de senaste åren."),
        Block(0, BlockKind.PARAGRAPH, text="Indikatorer", bold=True),
        Block(0, BlockKind.PARAGRAPH, text="Tabell 3. Utfall per år", bold=True),
        Block(0, BlockKind.HEADING, text="Ekonomiskt resultat", level=1),  # a chapter's
        Block(0, BlockKind.PARAGRAPH, text="Nämndmål: Fler i arbete.", bold=True),  # a goal's
    ):
        source = Source("x", [before, _table(rows, 1)])
        assert [b.kind for b in unfold_named_figures(source).blocks] == [
            before.kind,
            BlockKind.TABLE,
        ]
    chapter = Block(0, BlockKind.HEADING, text="Mål", level=1)
    name = Block(1, BlockKind.HEADING, text="Andel nöjda", level=2)
    folded = unfold_named_figures(Source("x", [chapter, name, _table(rows, 2)])).blocks
    assert [b.text for b in folded[1].rows[1]] == ["Andel nöjda", "61 %", "70 %"]


def test_names_over_their_figures_are_the_goals_indicators(tmp_path: Path) -> None:
    w = Writer("namngivna tabeller", Front("Socialnämnden", "Hedeby kommun", 2027, 2027))
    w.para("Hedeby kommun")
    w.para("Socialnämnden")
    w.para("Verksamhetsplan 2027")
    w.heading("Inledning", 1)
    w.para("Planen beskriver nämndens mål.")
    w.heading("Perspektiv: Invånare", 1)
    w.heading("Nämndmål: Fler vuxna kommer i arbete.", 2)
    w.para(("b", "Indikatorer"))
    w.heading("Andel hushåll med långvarigt ekonomiskt bistånd", 3)
    w.table(
        [
            ["Period", "Utfall", "Målvärde", "Status"],
            ["2024", "41,2 %", "", ""],
            ["2025", "42,8 %", "", ""],
            ["2027", "", "38 %", ""],
        ]
    )
    w.para(("b", "Antal deltagare i jobbspår"))
    w.table([["Period", "2024", "2025", "2027"], ["Utfall", "37", "44", ""],
             ["Målvärde", "", "", "60"], ["Kommentar", "", "Ny mätning", ""]])  # fmt: skip
    source = tmp_path / "namn.docx"
    w.save(source)
    plan = _plan(source)

    assert [g.text for g in plan.namndsmal] == ["Fler vuxna kommer i arbete."]
    found = {i.namn: i for i in plan.indikatorer}
    assert list(found) == [
        "Andel hushåll med långvarigt ekonomiskt bistånd",
        "Antal deltagare i jobbspår",
    ]
    assert all(i.namndsmal_id == plan.namndsmal[0].id for i in plan.indikatorer)
    share = found["Andel hushåll med långvarigt ekonomiskt bistånd"]
    assert share.utfall == {2024: Decimal("41.2"), 2025: Decimal("42.8")}
    assert (share.nulage_ar, share.nulage) == (2025, Decimal("42.8"))
    assert share.malnivaer == {2027: Decimal(38)}
    assert share.enhet == "%"
    jobs = found["Antal deltagare i jobbspår"]
    assert jobs.utfall == {2024: Decimal(37), 2025: Decimal(44)}
    assert jobs.malnivaer == {2027: Decimal(60)}
    texts = " ".join(k.text for k in plan.kapitel)
    assert "Andel hushåll med långvarigt" not in texts  # the name is no heading of the text

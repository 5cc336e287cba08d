"""Rule: a table of indicators with their years as rows ("Mål | Indikator | År | Värde |
Målvärde"), each indicator over a row per year with its name merged down them, is read as one
indicator per name with a value per year: the years' values are its outcomes (the latest its
nuläge in a plan), a target on a year's row of its own is that year's target, a target merged
down the indicator's rows the target of the last year it covers, and a target "minst 80 %
årligen" the target of every year of the plan; "–" is no value."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from tests.word_shapes_docx import Writer
from tests.word_shapes_model import Front
from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import Jamforare
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell
from vplan_desktop.imports.word_indicator_cells import every_year
from vplan_desktop.imports.word_year_rows import folded, year_rows
from vplan_desktop.services.read import read_plan


def _plan(source: Path) -> d.PlanSnapshot:
    import_word(source, source.with_suffix(".vplan"))
    with PlanDocument.open(source.with_suffix(".vplan"), read_only=True) as opened:
        return read_plan(opened)


def _table(rows: list[list[str]]) -> Block:
    return Block(0, BlockKind.TABLE, rows=tuple(tuple(Cell(t) for t in row) for row in rows))


def test_only_indicators_over_a_row_per_year_are_folded() -> None:
    written_once = _table(
        [
            ["Indikator", "År", "Utfall", "Mål"],
            ["Andel nöjda", "2024", "71 %", ""],
            ["", "2025", "74 %", ""],
            ["", "2027", "", "80 %"],
        ]
    )
    assert year_rows(written_once)
    top = [c.text for c in folded(written_once).rows[0]]
    assert top == ["Indikator", "Utfall 2024", "Utfall 2025", "Mål 2027"]
    assert [c.text for c in folded(written_once).rows[1]] == ["Andel nöjda", "71 %", "74 %", "80 %"]
    # the years down the first column, indicators across: word_transpose's, not this
    across = _table([["År", "Andel", "Antal"], ["2024", "5", "6"], ["2025", "7", "8"]])
    assert not year_rows(across)
    # no column of values or targets beside the years
    plain = _table(
        [["Indikator", "År", "Kommentar"], ["Andel", "2024", "Bra"], ["", "2025", "Sämre"]]
    )
    assert not year_rows(plain)
    # a year twice for one indicator: not a year per row
    twice = _table([["Indikator", "År", "Värde"], ["Andel", "2024", "5"], ["", "2024", "6"]])
    assert not year_rows(twice)


def test_a_target_for_every_year() -> None:
    assert every_year("minst 80 % årligen") == "minst 80 %"
    assert every_year("≥ 95 % varje år") == "≥ 95 %"
    assert every_year("Föreningsträff två gånger årligen") is None  # no figure: words
    assert every_year("50–55 %") is None


def test_indicators_with_their_years_as_rows(tmp_path: Path) -> None:
    w = Writer("år som rader", Front("Miljönämnden", "", 2027, 2030))
    w.para("Sjöbacka kommun")
    w.para("Miljönämnden")
    w.para("Verksamhetsplan 2027–2030")
    w.heading("Inledning", 1)
    w.para("Planen beskriver nämndens arbete.")
    w.heading("Mål och indikatorer", 1)
    w.para("Värdena för 2024 och 2025 är utfall, raden 2030 målvärdet.")
    rows = [
        ["Mål", "Indikator", "År", "Värde", "Målvärde"],
        ["Utsläppen från transporter minskar varje år.", "Andel resor med cykel", "2024",
         "38 %", "50–55 %"],
        ["", "", "2025", "41 %", ""],
        ["", "", "2030", "", ""],
        ["", "Antal laddpunkter", "2024", "–", ""],
        ["", "", "2025", "2,6", ""],
        ["", "", "2030", "", "≥ 6"],
        ["", "Andel besök som genomförts", "2024", "84 %", "minst 80 % årligen"],
        ["", "", "2025", "89 %", ""],
        ["", "", "2030", "", ""],
    ]  # fmt: skip
    merges = [(1, 1, 3, 1), (1, 4, 3, 4), (4, 1, 6, 1), (7, 1, 9, 1), (7, 4, 9, 4), (1, 0, 9, 0)]
    w.table(rows, merges=merges)
    source = tmp_path / "år.docx"
    w.save(source)
    plan = _plan(source)

    assert [g.text for g in plan.namndsmal] == ["Utsläppen från transporter minskar varje år."]
    found = {i.namn: i for i in plan.indikatorer}
    assert list(found) == [
        "Andel resor med cykel",
        "Antal laddpunkter",
        "Andel besök som genomförts",
    ]
    bike = found["Andel resor med cykel"]
    assert bike.utfall == {2024: Decimal(38), 2025: Decimal(41)}
    assert (bike.nulage_ar, bike.nulage) == (2025, Decimal(41))
    assert bike.malnivaer == {2030: "50–55 %"}
    charge = found["Antal laddpunkter"]
    assert charge.utfall == {2025: Decimal("2.6")}  # "–" is no value
    assert charge.malnivaer == {2030: Decimal(6)}
    assert charge.jamforare == {2030: Jamforare.MINST}
    visits = found["Andel besök som genomförts"]
    assert visits.malnivaer == dict.fromkeys(range(2027, 2031), Decimal(80))
    assert visits.jamforare == dict.fromkeys(range(2027, 2031), Jamforare.MINST)

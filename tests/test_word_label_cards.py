"""An "uppdragskort" per goal, its labels merged down the first column ("Målområde", "Mål",
"Så mäter vi" over an indicator sub-header and rows, "Det här gör vi" over an activity
sub-header and rows); a table of figures printed with their units ("18 000 pe") under a
numbered caption in plain type ("Tabell 2. …")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.word_shapes_docx import Writer
from tests.word_shapes_model import Front
from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell
from vplan_desktop.imports.word_label_cards import is_label_card
from vplan_desktop.imports.word_unit_figures import is_figure
from vplan_desktop.services.read import read_plan

AREA = "Dricksvatten"
GOAL = "Alla abonnenter får ett dricksvatten av god kvalitet."


def _plan(source: Path) -> d.PlanSnapshot:
    import_word(source, source.with_suffix(".vplan"))
    with PlanDocument.open(source.with_suffix(".vplan"), read_only=True) as opened:
        return read_plan(opened)


def test_figures_with_a_unit_word() -> None:
    assert is_figure("18 000 pe") and is_figure("4 350 m³/dygn") and is_figure("91 700 besök")
    assert is_figure("1 234") and is_figure("12,5 %")
    assert not is_figure("Ljungsjö reningsverk") and not is_figure("2 gånger per år")


def test_a_card_needs_its_goal_and_merged_labels() -> None:
    label, goal = Cell("Så mäter vi"), Cell(GOAL)
    rows = [
        (Cell("Mål"), goal, goal),
        (label, Cell("Indikator"), Cell("Mål 2027")),
        (label, Cell("Andel prover utan anmärkning"), Cell("99 %")),
        (label, Cell("Antal avbrott"), Cell("0")),
    ]
    assert is_label_card(Block(0, BlockKind.TABLE, rows=tuple(rows)))
    unmerged = [*rows[:3], (Cell("Övrigt"), Cell("Antal avbrott"), Cell("0"))]
    assert not is_label_card(Block(0, BlockKind.TABLE, rows=tuple(unmerged)))
    no_goal = rows[1:]
    assert not is_label_card(Block(0, BlockKind.TABLE, rows=tuple(no_goal)))


def test_an_uppdragskort_and_a_table_of_figures_with_units(tmp_path: Path) -> None:
    w = Writer("uppdragskort", Front("Vatten- och avfallsnämnden", "", 2027, 2028))
    w.para("Ljungsjö kommun")
    w.para("Vatten- och avfallsnämnden")
    w.para("Verksamhetsplan 2027–2028")
    w.heading("Uppdragskort", 1)
    rows = [
        ["Målområde", AREA, "", "", ""],
        ["Mål", GOAL, "", "", ""],
        ["Så mäter vi", "Indikator", "Nuläge 2025", "Mål 2027", "Mål 2028"],
        ["", "Andel provtagningar utan anmärkning", "97 %", "98–99 %", "Bibehålla"],
        ["", "Antal oplanerade avbrott", "7", "5", "4"],
        ["Det här gör vi", "Aktivitet", "Ansvarig", "Klart", ""],
        ["", "Förnya vattenledningen på Kyrkogatan", "VA-ingenjör", "december 2027", ""],
    ]
    merges = [(0, 1, 0, 4), (1, 1, 1, 4), (2, 0, 4, 0), (5, 3, 5, 4), (6, 3, 6, 4), (5, 0, 6, 0)]
    w.table(rows, header_rows=0, merges=merges)
    w.heading("Ekonomi", 1)
    w.para("Tabell 2. Anläggningar och belastning")
    w.table(
        [
            ["Anläggning", "Kapacitet", "Belastning 2025"],
            ["Ljungsjö reningsverk", "18 000 pe", "15 100 pe"],
            ["Ljungsjö vattenverk", "6 200 m³/dygn", "4 420 m³/dygn"],
        ]
    )
    w.save(tmp_path / "plan.docx")

    plan = _plan(tmp_path / "plan.docx")
    assert [a.namn for a in plan.malomraden] == [AREA]
    assert [g.text for g in plan.namndsmal] == [GOAL]
    goal_id = plan.namndsmal[0].id
    found = {i.namn: (i.namndsmal_id, str(i.nulage), dict(i.malnivaer)) for i in plan.indikatorer}
    assert found["Antal oplanerade avbrott"] == (goal_id, "7", found["Antal oplanerade avbrott"][2])
    assert {y: str(v) for y, v in found["Antal oplanerade avbrott"][2].items()} == {
        2027: "5",
        2028: "4",
    }
    targets = found["Andel provtagningar utan anmärkning"][2]
    assert (targets[2027], targets[2028]) == ("98–99 %", "Bibehålla")
    assert [(a.namn, a.ansvarig, a.slutdatum, a.namndsmal_id) for a in plan.aktiviteter] == [
        ("Förnya vattenledningen på Kyrkogatan", "VA-ingenjör", dt.date(2027, 12, 31), goal_id)
    ]
    (table,) = plan.nyckeltal
    assert table.rubrik == "Tabell 2. Anläggningar och belastning"
    assert [r.namn for r in table.rader] == ["Ljungsjö reningsverk", "Ljungsjö vattenverk"]
    columns = {k.id: k.rubrik for k in table.kolumner}
    first = {columns[c]: v for c, v in table.rader[0].varden.items()}
    assert first == {"Kapacitet": "18 000 pe", "Belastning 2025": "15 100 pe"}

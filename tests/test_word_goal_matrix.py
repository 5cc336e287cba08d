"""A goal matrix – the målområden as the columns of a table, each cell listing its målområde's
goals as paragraphs that open with the goal's number ("1.1 Alla elever …") – is read as the
målområden with their goals, each keeping its number, so that an indicator table with the
indicators as columns under a "Nämndsmål" row naming each goal by number, and an activity table
with a "Mål" column of numbers, put their rows under those goals. A table whose cells are not all
numbered goal lines is no goal matrix."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from tests.word_shapes_docx import Writer
from tests.word_shapes_model import Front
from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell, Source
from vplan_desktop.imports.word_goal_matrix import is_goal_matrix, unfold_goal_matrices
from vplan_desktop.services.read import read_plan

AREAS = {
    "Lärande": [("1.1", "Alla elever når kunskapskraven."), ("1.2", "Fler läser på fritiden.")],
    "Trygghet": [("2.1", "Eleverna känner sig trygga i skolan.")],
}


def _plan(source: Path) -> d.PlanSnapshot:
    import_word(source, source.with_suffix(".vplan"))
    with PlanDocument.open(source.with_suffix(".vplan"), read_only=True) as opened:
        return read_plan(opened)


def _block(rows: list[list[str]]) -> Block:
    return Block(0, BlockKind.TABLE, rows=tuple(tuple(Cell(t) for t in row) for row in rows))


def test_only_numbered_goal_lines_under_short_names_make_a_matrix() -> None:
    assert is_goal_matrix(
        _block([["Lärande", "Trygghet"], ["1.1 Alla når målen", "2 Alla är trygga"]])
    )
    # a cell of prose, or a column without a goal: no matrix
    assert not is_goal_matrix(_block([["Lärande", "Trygghet"], ["1.1 Alla når målen", "Text"]]))
    assert not is_goal_matrix(_block([["Lärande", "Trygghet"], ["1.1 Alla når målen", ""]]))
    # the same number twice is a list of something else, not the plan's goals
    assert not is_goal_matrix(_block([["A", "B"], ["1 Alla når målen", "1 Alla är trygga"]]))
    # numbered header cells: a table of numbered items, not målområden
    assert not is_goal_matrix(_block([["1 Lärande", "2 Trygghet"], ["1.1 Alla når", "2.1 Alla"]]))


def test_a_matrix_of_activities_stays_a_table() -> None:
    rows = [
        ["Lärande", "Trygghet"],
        ["1.1 Läxhjälp på biblioteket", "2.1 Trygghetsvandringar varje termin"],
    ]
    for above in ("Aktiviteter per målområde", "Nämndens mål per målområde"):
        blocks = [Block(0, BlockKind.PARAGRAPH, text=above), replace(_block(rows), index=1)]
        kinds = [b.kind for b in unfold_goal_matrices(Source("plan", blocks)).blocks]
        goals = above.startswith("Nämndens")
        assert (BlockKind.TABLE not in kinds) is goals


def test_goal_matrix_with_indicators_and_activities_by_number(tmp_path: Path) -> None:
    w = Writer("målmatris", Front("Barn- och utbildningsnämnden", "", 2027, 2028))
    w.para("Ekby kommun")
    w.para("Barn- och utbildningsnämnden")
    w.para("Verksamhetsplan 2027–2028")
    w.heading("Mål för 2027–2028", 1)
    w.para("Nämndens mål per målområde")
    table = w.table([list(AREAS), ["", ""]])
    for column, goals in enumerate(AREAS.values()):
        cell = table.cell(1, column)
        for n, (number, text) in enumerate(goals):
            paragraph = cell.paragraphs[0] if n == 0 else cell.add_paragraph()
            paragraph.style = w.doc.styles["List Bullet"]
            paragraph.add_run(f"{number} {text}")
    w.heading("Indikatorer", 1)
    w.table(
        [
            ["Nämndsmål", "1.1", "1.2", "2.1"],
            ["Indikator", "Andel med godkända betyg", "Lånade böcker per elev", "Andel trygga"],
            ["Enhet", "%", "st", "%"],
            ["Utfall 2025", "74", "6,1", "–"],
            ["Mål 2027", "78", "7", "90"],
            ["Mål 2028", "80", "8", "92"],
        ],
        header_rows=2,
    )
    w.heading("Aktiviteter", 1)
    w.table(
        [
            ["Aktivitet", "Mål", "Ansvarig", "Klart"],
            ["Läxhjälp på biblioteket", "1.1", "Rektor", "ht 2027"],
            ["Trygghetsvandringar", "2.1", "Elevhälsochef", "vt 2028"],
        ]
    )
    w.save(tmp_path / "plan.docx")

    plan = _plan(tmp_path / "plan.docx")
    areas = {a.id: a.namn for a in plan.malomraden}
    wanted = {text: (area, number) for area, listed in AREAS.items() for number, text in listed}
    assert {g.text: (areas[g.malomrade_id or 0], g.kod) for g in plan.namndsmal} == wanted
    by_id = {g.id: g.text for g in plan.namndsmal}
    indicators = {i.namn: i for i in plan.indikatorer}
    assert {n: by_id[i.namndsmal_id] for n, i in indicators.items()} == {
        "Andel med godkända betyg": "Alla elever når kunskapskraven.",
        "Lånade böcker per elev": "Fler läser på fritiden.",
        "Andel trygga": "Eleverna känner sig trygga i skolan.",
    }
    assert (indicators["Lånade böcker per elev"].enhet, indicators["Andel trygga"].enhet) == (
        "st",
        "%",
    )
    assert indicators["Andel trygga"].utfall == {}  # "–": not measured
    assert set(indicators["Andel med godkända betyg"].malnivaer) == {2027, 2028}
    activities = {a.namn: by_id[a.namndsmal_id or 0] for a in plan.aktiviteter}
    assert activities == {
        "Läxhjälp på biblioteket": "Alla elever når kunskapskraven.",
        "Trygghetsvandringar": "Eleverna känner sig trygga i skolan.",
    }

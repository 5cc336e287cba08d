"""A table in sections: rows merged across the whole table label what the rows under them are.
A goal's row ("Mål 1: …") opens the goal; an "Indikatorer" row over its own sub-header holds
the goal's indicators, an "Åtaganden" (or "Aktiviteter", "Insatser") row over another
sub-header its activities; the next goal's row in the same table opens the next goal. Each
section is read by its own sub-header (a column merged over two in a section is one column)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from tests.word_shapes_docx import Writer
from tests.word_shapes_model import Front
from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell
from vplan_desktop.imports.word_section_table import is_section_table
from vplan_desktop.services.read import read_plan

SAFE = "Äldre som har hemtjänst känner sig trygga hemma."
WORK = "Fler unga vuxna går från ekonomiskt bistånd till arbete."
STAY = "Medarbetarna vill stanna och utvecklas."


def _plan(source: Path) -> d.PlanSnapshot:
    import_word(source, source.with_suffix(".vplan"))
    with PlanDocument.open(source.with_suffix(".vplan"), read_only=True) as opened:
        return read_plan(opened)


def _across(text: str) -> list[str]:
    return [text, "", "", ""]


def test_a_table_in_sections_gives_each_goal_its_indicators_and_activities(
    tmp_path: Path,
) -> None:
    w = Writer("sektioner", Front("Socialnämnden", "", 2027, 2027))
    w.para("Exempelby kommun")
    w.para("Socialnämnden")
    w.para("Verksamhetsplan 2027")
    w.heading("Mål och åtaganden", 1)
    w.heading("Målområde: Ett gott liv", 2)
    rows = [
        _across(f"Mål 1: {SAFE}"),
        _across("Indikatorer"),
        ["Indikator", "Utgångsläge 2025", "Målvärde 2027", "Källa"],
        ["Andel brukare som känner sig trygga", "84 % (2024)", "Minst 88 %", "Enkät"],
        ["Handläggningstid, dagar", "19", "Högst 14", "Lifecare"],
        _across("Åtaganden"),
        ["Åtagande", "", "Ansvarig", "Tidsplan"],
        ["Mindre arbetslag i hemtjänsten", "", "Enhetschef hemtjänst", "Q2 2027"],
        _across(f"Mål 2: {WORK}"),
        _across("Åtaganden"),
        ["Åtagande", "", "Ansvarig", "Tidsplan"],
        ["Mottagningsteam för unga vuxna", "", "Enhetschef bistånd", "Augusti 2027"],
        _across(f"Mål 3: {STAY}"),
        _across("Åtaganden"),  # before the indicators: still the goal's
        ["Åtagande", "", "Ansvarig", "Tidsplan"],
        ["Karriärtrappa för socialsekreterare", "", "HR-strateg", "Hela 2027"],
        _across("Indikatorer"),
        ["Indikator", "Utgångsläge 2025", "Målvärde 2027", "Källa"],
        ["Sjukfrånvaro", "8,9 %", "Högst 7,5 %", "Personalsystemet"],
    ]
    merged = [r for r, row in enumerate(rows) if not any(row[1:])]
    two = [r for r, row in enumerate(rows) if row[0] and not row[1] and any(row[2:])]
    merges = [(r, 0, r, 3) for r in merged] + [(r, 0, r, 1) for r in two]
    w.table(rows, header_rows=0, merges=merges)
    w.save(tmp_path / "plan.docx")

    plan = _plan(tmp_path / "plan.docx")
    assert [(g.kod, g.text) for g in plan.namndsmal] == [("1", SAFE), ("2", WORK), ("3", STAY)]
    goal = {g.id: g.text for g in plan.namndsmal}
    found = {
        i.namn: (goal[i.namndsmal_id], i.nulage_ar, i.nulage, dict(i.malnivaer))
        for i in plan.indikatorer
    }
    assert set(found) == {
        "Andel brukare som känner sig trygga",
        "Handläggningstid, dagar",
        "Sjukfrånvaro",
    }
    assert found["Andel brukare som känner sig trygga"][:3] == (SAFE, 2024, Decimal(84))
    assert found["Handläggningstid, dagar"][:3] == (SAFE, 2025, Decimal(19))
    assert found["Sjukfrånvaro"][:3] == (STAY, 2025, Decimal("8.9"))
    assert set(found["Sjukfrånvaro"][3]) == {2027}
    got = {
        (a.namn, goal.get(a.namndsmal_id or 0), a.ansvarig, a.slutdatum) for a in plan.aktiviteter
    }
    assert got == {
        ("Mindre arbetslag i hemtjänsten", SAFE, "Enhetschef hemtjänst", dt.date(2027, 6, 30)),
        ("Mottagningsteam för unga vuxna", WORK, "Enhetschef bistånd", dt.date(2027, 8, 31)),
        ("Karriärtrappa för socialsekreterare", STAY, "HR-strateg", dt.date(2027, 12, 31)),
    }


def test_a_goal_row_over_sub_headers_without_labels(tmp_path: Path) -> None:
    w = Writer("sektioner", Front("Socialnämnden", "", 2027, 2027))
    w.para("Exempelby kommun")
    w.para("Socialnämnden")
    w.para("Verksamhetsplan 2027")
    w.heading("Nämndens mål", 1)
    rows = [
        _across(SAFE),
        ["Indikator", "Nuläge 2025", "Mål 2027", "Källa"],
        ["Andel brukare som känner sig trygga", "84 %", "88 %", "Enkät"],
        ["Aktivitet", "Ansvarig", "Klart", ""],
        ["Trygghetsringning", "Enhetschef hemtjänst", "2027-05-31", ""],
        _across(STAY),
        ["Indikator", "Nuläge 2025", "Mål 2027", "Källa"],
        ["Sjukfrånvaro", "8,9 %", "7,5 %", "Personalsystemet"],
    ]
    merged = [r for r, row in enumerate(rows) if not any(row[1:])]
    w.table(rows, header_rows=0, merges=[(r, 0, r, 3) for r in merged])
    w.save(tmp_path / "plan.docx")

    plan = _plan(tmp_path / "plan.docx")
    assert [g.text for g in plan.namndsmal] == [SAFE, STAY]
    goal = {g.id: g.text for g in plan.namndsmal}
    assert sorted((i.namn, goal[i.namndsmal_id]) for i in plan.indikatorer) == [
        ("Andel brukare som känner sig trygga", SAFE),
        ("Sjukfrånvaro", STAY),
    ]
    assert [(a.namn, goal.get(a.namndsmal_id or 0), a.slutdatum) for a in plan.aktiviteter] == [
        ("Trygghetsringning", SAFE, dt.date(2027, 5, 31))
    ]


def test_labelled_sections_under_a_goal_heading_are_that_goals(tmp_path: Path) -> None:
    w = Writer("sektioner", Front("Socialnämnden", "", 2027, 2027))
    w.para("Exempelby kommun")
    w.para("Socialnämnden")
    w.para("Verksamhetsplan 2027")
    w.heading("Mål", 1)
    w.heading(f"Nämndsmål 1: {SAFE}", 2)
    rows = [
        _across("Mått"),
        ["Mått", "Nuläge 2025", "Mål 2027", "Källa"],
        ["Andel brukare som känner sig trygga", "84 %", "88 %", "Enkät"],
        _across("Insatser"),
        ["Insats", "Ansvarig", "Klart", ""],
        ["Trygghetsringning", "Enhetschef hemtjänst", "Q3 2027", ""],
    ]
    merged = [r for r, row in enumerate(rows) if not any(row[1:])]
    w.table(rows, header_rows=0, merges=[(r, 0, r, 3) for r in merged])
    w.save(tmp_path / "plan.docx")

    plan = _plan(tmp_path / "plan.docx")
    assert [g.text for g in plan.namndsmal] == [SAFE]
    goal_id = plan.namndsmal[0].id
    assert [(i.namn, i.namndsmal_id) for i in plan.indikatorer] == [
        ("Andel brukare som känner sig trygga", goal_id)
    ]
    assert [(a.namn, a.namndsmal_id, a.slutdatum) for a in plan.aktiviteter] == [
        ("Trygghetsringning", goal_id, dt.date(2027, 9, 30))
    ]


def _block(rows: list[tuple[Cell, ...]]) -> Block:
    return Block(0, BlockKind.TABLE, rows=tuple(rows))


def _row(*texts: str) -> tuple[Cell, ...]:
    return tuple(Cell(t) for t in texts)


def _merged(text: str, width: int = 4) -> tuple[Cell, ...]:
    cell = Cell(text)
    return (cell,) * width


def test_only_labelled_sections_make_a_table_in_sections() -> None:
    sections = [
        _merged("Mål 1: Tryggt"),
        _merged("Indikatorer"),
        _row("Indikator", "Nuläge", "Mål 2027", "Källa"),
        _row("Andel trygga", "84 %", "88 %", "Enkät"),
        _merged("Aktiviteter"),
        _row("Aktivitet", "Ansvarig", "Klart", ""),
        _row("Trygghetsringning", "Enhetschef", "Q2 2027", ""),
    ]
    assert is_section_table(_block(sections))
    # merged rows that group the rows under them (a budget by verksamhet) are no sections
    groups = [
        _row("Verksamhet", "Intäkter", "Kostnader", "Netto"),
        _merged("Äldreomsorg"),
        _row("Hemtjänst", "9 420", "88 310", "78 890"),
        _merged("Individ- och familjeomsorg"),
        _row("Barn och unga", "3 210", "48 760", "45 550"),
    ]
    assert not is_section_table(_block(groups))
    # one label over a table of its own is its title: read as that table
    alone = [*sections[4:], _row("Bokbuss", "Bibliotekschef", "2027", "")]
    assert not is_section_table(_block(alone))
    # a label needs a sub-header to read its rows by
    no_header = [sections[0], sections[1], sections[3], sections[4], sections[6]]
    assert not is_section_table(_block(no_header))
    # a goal over its one table of indicators is that table's title
    titled = [sections[0], *sections[2:4], _row("Antal larm", "12", "10", "Larmsystemet")]
    assert not is_section_table(_block(titled))
    # sub-headers repeated down a table without merged rows are the table's own header
    repeated = [*sections[2:4], *sections[5:7], _row("Bokbuss", "Bibliotekschef", "2027", "")]
    assert not is_section_table(_block(repeated))

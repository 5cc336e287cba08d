"""Rule: a plan filled in a form template – two-column tables of a short label beside its
content – is read as the goals, indicators, activities and controls its forms stand for. A
goal form ("Mål 1 | <goal>", then "Indikator | …", "Nuläge 2025 | …", "Målvärde 2027 | …" per
indicator, "Kommentar | …") is the goal with its indicators, its comment the goal's
description; a form repeating "Aktivitet | … / Ansvarig | … / Klart | …" is an activity table
(never a table whose first row is its header; a table whose first row heads its columns,
"Aktivitet | Status" over names, stays one), and one repeating "Process | … /
Kontrollmoment | … / …" an internkontroll table. A cover form or a form of facts stays."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from tests.word_shapes_docx import Writer
from tests.word_shapes_model import Front
from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell, Source
from vplan_desktop.imports.word_form_tables import goal_form, record_form, unfold_form_tables
from vplan_desktop.services.read import read_plan


def _plan(source: Path) -> d.PlanSnapshot:
    import_word(source, source.with_suffix(".vplan"))
    with PlanDocument.open(source.with_suffix(".vplan"), read_only=True) as opened:
        return read_plan(opened)


def _form(rows: list[list[str]], index: int = 0) -> Block:
    cells = tuple(tuple(Cell(t, (t,) if t else ()) for t in row) for row in rows)
    return Block(index, BlockKind.TABLE, rows=cells)


GOAL_FORM = [
    ["Mål 3", "Alla elever känner sig trygga i skolan."],
    ["Indikator", "Andel elever i årskurs 5 som känner sig trygga"],
    ["Nuläge 2025", "91 %"],
    ["Målvärde 2027", "95 %"],
    ["Indikator", "Andel elever i årskurs 8 som känner sig trygga"],
    ["Nuläge 2024", "79 %"],
    ["Målvärde 2027", "83 %"],
    ["Kommentar", "Enkäten görs vartannat år."],
]

ACTIVITY_FORM = [
    ["Aktivitet", "Genomför trygghetsvandringar"],
    ["Ansvarig", "Rektorer"],
    ["Klart", "2027-06-30"],
    ["Aktivitet", "Inför ett digitalt anmälningssystem"],
    ["Ansvarig", ""],
    ["Klart", "december 2027"],
]

CONTROL_FORM = [
    ["Process", "Inköp"],
    ["Kontrollmoment", "Stickprov på avtalstrohet"],
    ["Ansvarig", "Controller"],
    ["Frekvens", "Två gånger per år"],
    ["Process", "Rekrytering"],
    ["Kontrollmoment", "Kontroll av utdrag ur belastningsregistret"],
    ["Ansvarig", "HR-specialist"],
    ["Frekvens", "En gång per år"],
]


def test_which_forms_are_read() -> None:
    assert goal_form(_form(GOAL_FORM))
    assert record_form(_form(ACTIVITY_FORM))
    assert record_form(_form(CONTROL_FORM))
    assert record_form(_form(ACTIVITY_FORM[:3]))  # one activity's form
    # a table whose first row heads its columns lists names, not an activity's fields
    assert not record_form(_form([["Aktivitet", "Ansvarig"], ["Starta grupper", ""]]))
    assert not record_form(_form([["Aktivitet", "Status"], ["Ny webbplats", "●"]]))
    # one control's card is word_control_cards'; a cover form or facts are no records
    assert not record_form(_form(CONTROL_FORM[:4]))
    cover = [["Kommun", "Hedeby kommun"], ["Nämnd", "Socialnämnden"], ["Period", "2027"]]
    assert not record_form(_form(cover)) and not goal_form(_form(cover))
    # groups of labels that do not repeat alike; a goal with no indicator's figures
    assert not record_form(_form([*ACTIVITY_FORM[:3], ["Aktivitet", "Läxhjälp"]]))
    assert not goal_form(_form([GOAL_FORM[0], ["Kommentar", "Text"]]))
    assert not goal_form(_form([GOAL_FORM[0], GOAL_FORM[1], GOAL_FORM[-1]]))
    # three columns are no form
    assert not record_form(_form([[*row, ""] for row in ACTIVITY_FORM]))


def test_a_goal_form_becomes_its_goal_table_and_comment() -> None:
    blocks = unfold_form_tables(Source("x", [_form(GOAL_FORM)])).blocks
    table, comment = blocks
    assert [c.text for c in table.rows[0]] == ["Nämndsmål", "Indikator", "Nuläge", "Målvärde 2027"]
    assert table.header_rows == 1
    # indicators measured in different years share the nuläge column, each dated in its cell
    assert [[c.text for c in row[1:]] for row in table.rows[1:]] == [
        ["Andel elever i årskurs 5 som känner sig trygga", "91 % (2025)", "95 %"],
        ["Andel elever i årskurs 8 som känner sig trygga", "79 % (2024)", "83 %"],
    ]
    assert {row[0].text for row in table.rows[1:]} == {"Alla elever känner sig trygga i skolan."}
    assert comment.kind is BlockKind.PARAGRAPH
    assert comment.text == "Kommentar: Enkäten görs vartannat år."
    # one year for all: the label keeps it
    same = [["Nuläge 2025", v] if label == "Nuläge 2024" else [label, v] for label, v in GOAL_FORM]
    table = unfold_form_tables(Source("x", [_form(same)])).blocks[0]
    assert table.rows[0][2].text == "Nuläge 2025" and table.rows[2][2].text == "79 %"


def test_a_record_form_becomes_a_table_of_its_items() -> None:
    blocks = unfold_form_tables(Source("x", [_form(ACTIVITY_FORM)])).blocks
    assert len(blocks) == 1
    table = blocks[0]
    assert table.header_rows == 1
    assert [[c.text for c in row] for row in table.rows] == [
        ["Aktivitet", "Ansvarig", "Klart"],
        ["Genomför trygghetsvandringar", "Rektorer", "2027-06-30"],
        ["Inför ett digitalt anmälningssystem", "", "december 2027"],
    ]


def test_a_plan_in_forms_is_read(tmp_path: Path) -> None:
    w = Writer("formulär", Front("Barn- och utbildningsnämnden", "Hedeby kommun", 2027, 2027))
    w.para("Hedeby kommun")
    w.para("Barn- och utbildningsnämnden")
    w.para("Verksamhetsplan 2027")
    w.heading("Inledning", 1)
    w.para("Planen beskriver nämndens mål.")
    w.heading("Mål och aktiviteter", 1)
    w.heading("Målområde: Trygghet", 2)
    w.table(GOAL_FORM, header_rows=0)
    w.para(("b", "Aktiviteter kopplade till mål 3"))
    w.table(ACTIVITY_FORM, header_rows=0)
    w.heading("Internkontroll", 1)
    w.table(CONTROL_FORM, header_rows=0)
    source = tmp_path / "formular.docx"
    w.save(source)
    plan = _plan(source)

    (goal,) = plan.namndsmal
    assert goal.text == "Alla elever känner sig trygga i skolan."
    assert "Enkäten görs vartannat år." in goal.beskrivning
    found = {i.namn: i for i in plan.indikatorer}
    assert all(i.namndsmal_id == goal.id for i in found.values())
    eight = found["Andel elever i årskurs 8 som känner sig trygga"]
    assert (eight.nulage_ar, eight.nulage, eight.malnivaer) == (
        2024,
        Decimal(79),
        {2027: Decimal(83)},
    )
    activities = {a.namn: a for a in plan.aktiviteter}
    assert list(activities) == [
        "Genomför trygghetsvandringar",
        "Inför ett digitalt anmälningssystem",
    ]
    assert all(a.namndsmal_id == goal.id for a in activities.values())
    assert activities["Genomför trygghetsvandringar"].ansvarig == "Rektorer"
    assert activities["Inför ett digitalt anmälningssystem"].slutdatum == dt.date(2027, 12, 31)
    controls = {c.kontrollmoment: c.process for c in plan.internkontroll}
    assert controls == {
        "Stickprov på avtalstrohet": "Inköp",
        "Kontroll av utdrag ur belastningsregistret": "Rekrytering",
    }

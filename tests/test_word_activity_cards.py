"""Rule: an activity printed as its name (a heading or a wholly bold line) right over a card of
two columns, its fields' labels on the left ("Startdatum", "Slutdatum", "Ansvarig", "Status")
and their values on the right, is one activity of the goal above it, with its dates, who is
responsible and its status. A two-column table is such a card only when its labels are an
activity's (its dates or who is responsible among them); a kontrollkort or an indicator's card
is not, nor is a card under a label of the plan's parts ("Aktiviteter") rather than a name."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.word_shapes_docx import Writer
from tests.word_shapes_model import Front
from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import AktivitetStatus
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_activity_cards import is_activity_card, unfold_activity_cards
from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell, Source
from vplan_desktop.services.read import read_plan


def _plan(source: Path) -> d.PlanSnapshot:
    import_word(source, source.with_suffix(".vplan"))
    with PlanDocument.open(source.with_suffix(".vplan"), read_only=True) as opened:
        return read_plan(opened)


def _card(rows: list[list[str]], index: int = 0) -> Block:
    cells = tuple(tuple(Cell(t) for t in row) for row in rows)
    return Block(index, BlockKind.TABLE, rows=cells)


def test_only_an_activitys_fields_make_a_card() -> None:
    assert is_activity_card(_card([["Slutdatum", "2027-06-30"], ["Ansvarig", "Rektor"]]))
    assert is_activity_card(_card([["Ansvarig:", "Rektor"], ["Status:", "Pågår"]]))
    # a kontrollkort, an indicator's card, facts beside their labels
    control = [["Kontrollmoment", "Stickprov"], ["Ansvarig", "Controller"], ["Frekvens", "År"]]
    assert not is_activity_card(_card(control))
    assert not is_activity_card(_card([["Nuläge", "64 %"], ["Ansvarig", "Rektor"]]))
    assert not is_activity_card(_card([["Invånare", "12 400"], ["Yta", "512 km²"]]))
    # one field only, or only fields without a date or someone responsible
    assert not is_activity_card(_card([["Ansvarig", "Rektor"]]))
    assert not is_activity_card(_card([["Status", "Pågår"], ["Beskrivning", "Ett arbete"]]))
    # a label twice: a list, not a card
    assert not is_activity_card(_card([["Ansvarig", "Rektor"], ["Ansvarig", "Kurator"]]))


def test_a_card_under_no_name_stays() -> None:
    card = [["Slutdatum", "2027-06-30"], ["Ansvarig", "Rektor"]]
    for before in (
        Block(0, BlockKind.PARAGRAPH, text="Arbetet följs upp varje tertial."),
        Block(0, BlockKind.PARAGRAPH, text="Aktiviteter", bold=True),
        Block(0, BlockKind.HEADING, text="Ansvar och tider", level=1),  # a chapter's
    ):
        source = Source("x", [before, _card(card, 1)])
        kept = unfold_activity_cards(source).blocks
        assert [b.kind for b in kept] == [before.kind, BlockKind.TABLE]


def test_names_over_their_cards_are_the_goals_activities(tmp_path: Path) -> None:
    w = Writer("aktivitetskort", Front("Socialnämnden", "Hedeby kommun", 2027, 2027))
    w.para("Hedeby kommun")
    w.para("Socialnämnden")
    w.para("Verksamhetsplan 2027")
    w.heading("Inledning", 1)
    w.para("Planen beskriver nämndens mål.")
    w.heading("Mål och aktiviteter", 1)
    w.heading("Nämndmål: Handläggningen är rättssäker.", 2)
    w.para(("b", "Aktiviteter"))
    w.para(("b", "Granska tio akter per kvartal"))
    first = [["Startdatum", "2027-01-01"], ["Slutdatum", "2027-12-31"]]
    w.table([*first, ["Ansvarig", "Kvalitetsutvecklare"], ["Status", "Ej påbörjad"]], header_rows=0)
    w.heading("Byta verksamhetssystem", 3)
    second = [["Slutdatum", "2027-04-30"], ["Ansvarig", "IT-samordnare"], ["Status", "Pågår"]]
    w.table(second, header_rows=0)
    source = tmp_path / "kort.docx"
    w.save(source)
    plan = _plan(source)

    assert [g.text for g in plan.namndsmal] == ["Handläggningen är rättssäker."]
    found = {a.namn: a for a in plan.aktiviteter}
    assert list(found) == ["Granska tio akter per kvartal", "Byta verksamhetssystem"]
    assert all(a.namndsmal_id == plan.namndsmal[0].id for a in found.values())
    check = found["Granska tio akter per kvartal"]
    assert (check.ansvarig, check.startdatum, check.slutdatum, check.status) == (
        "Kvalitetsutvecklare",
        dt.date(2027, 1, 1),
        dt.date(2027, 12, 31),
        AktivitetStatus.EJ_PABORJAD,
    )
    system = found["Byta verksamhetssystem"]
    assert (system.ansvarig, system.slutdatum, system.status) == (
        "IT-samordnare",
        dt.date(2027, 4, 30),
        AktivitetStatus.PAGAR,
    )

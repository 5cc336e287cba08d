"""An activity's status in a follow-up as kommuner word it: "Ej startad" / "Inte påbörjad" is not
started (ej_paborjad), "Påbörjad" is under way (pagar), and a status that puts the activity off
("Skjuts upp till 2027", "Uppskjuten", "Flyttas till 2027") is postponed (senarelagd), its
words kept as the comment (they say to when)."""

from __future__ import annotations

from pathlib import Path

from tests.word_shapes_docx import Writer
from tests.word_shapes_model import Front
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import UppfoljningStatus
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_activity_table import status_of
from vplan_desktop.imports.word_unfinished_status import postponed
from vplan_desktop.services.read import read_plan

ROWS = [
    ("Språkombud på varje enhet", "Ej startad", UppfoljningStatus.EJ_PABORJAD),
    ("Digital nattillsyn", "Påbörjad", UppfoljningStatus.PAGAR),
    ("Översyn av biståndsbedömningen", "Skjuts upp till 2027", UppfoljningStatus.SENARELAGD),
    ("Mindre arbetslag", "Klar", UppfoljningStatus.KLAR),
]


def test_the_status_words() -> None:
    assert status_of("Ej startad") == "ej_paborjad"
    assert status_of("Inte påbörjad") == "ej_paborjad"
    assert postponed("Skjuts upp till 2027")
    assert postponed("Uppskjuten")
    assert postponed("Flyttas till 2027")
    assert not postponed("Pågår")
    assert not postponed("Klar, skjutsas av hemtjänsten")


def test_the_statuses_of_a_follow_up(tmp_path: Path) -> None:
    w = Writer("statusar", Front("Vård- och omsorgsnämnden", "", 2026, 2026))
    w.para("Exempelby kommun")
    w.para("Vård- och omsorgsnämnden")
    w.para("Delårsrapport januari–augusti 2026")
    w.heading("Aktiviteter", 1)
    w.table([["Aktivitet", "Status aug", "Kommentar"], *([n, s, ""] for n, s, _ in ROWS)])
    source = tmp_path / "delar.docx"
    w.save(source)
    import_word(source, source.with_suffix(".vplan"))
    with PlanDocument.open(source.with_suffix(".vplan"), read_only=True) as opened:
        plan = read_plan(opened)
    [period] = plan.uppfoljningar
    held = {a.namn: period.activity(a.id) for a in plan.aktiviteter}
    assert {n: h.status for n, h in held.items()} == {n: s for n, _, s in ROWS}
    assert held["Översyn av biståndsbedömningen"].kommentar == "Skjuts upp till 2027"

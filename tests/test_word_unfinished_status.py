"""An activity's status at a year-end follow-up in words that say how far it came: "Delvis
genomförd" is under way (pagar), its words kept as the comment; "Ej genomförd" is postponed
(senarelagd) unless the row's comment says plainly that the work has not been started ("Har
inte påbörjats …"): then it is not started (ej_paborjad)."""

from __future__ import annotations

from pathlib import Path

from tests.word_shapes_docx import Writer
from tests.word_shapes_model import Front
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import UppfoljningStatus
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_activity_table import status_of
from vplan_desktop.imports.word_percent_status import percent_status
from vplan_desktop.imports.word_unfinished_status import postponed, unstarted
from vplan_desktop.services.read import read_plan

ROWS = [
    ("Läsfrämjande kväll", "Delvis genomförd", "Två av fyra träffar hölls.", "PAGAR"),
    ("Ny rutin för frånvaro", "Ej genomförd", "Har inte påbörjats. Startar i mars.", "EJ_PABORJAD"),
    ("Översyn av skolskjutsen", "Ej genomförd", "Avvaktar nytt avtal.", "SENARELAGD"),
    (
        "Gemensam plattform",
        "Ej genomförd",
        "Inte påbörjad, skjuts upp.",
        "SENARELAGD",
    ),
    ("Mentorsprogram", "Genomförd", "", "KLAR"),
]


def test_partly_done_is_under_way() -> None:
    assert percent_status("Delvis genomförd") == "pagar"
    assert percent_status("Delvis klar") == "pagar"
    assert percent_status("Till viss del genomfört") == "pagar"
    assert percent_status("Delvis") is None
    assert status_of("Delvis genomförd") == "pagar"
    assert status_of("Ej genomförd") == "ej_klart"


def test_a_comment_saying_the_work_has_not_started() -> None:
    assert unstarted("ej_klart", "Har inte påbörjats på grund av vakanser.") == "ej_paborjad"
    assert unstarted("ej_klart", "Vakanser. Arbetet har ännu inte startat.") == "ej_paborjad"
    assert unstarted("ej_klart", "Ej påbörjad") == "ej_paborjad"
    # not plainly: partly begun, put off, or no such sentence
    assert unstarted("ej_klart", "Har inte påbörjats fullt ut.") is None
    assert unstarted("ej_klart", "Har inte påbörjats och skjuts upp till 2028.") is None
    assert unstarted("ej_klart", "Utbildningen som inte påbörjats hålls 2027.") is None
    assert unstarted("ej_klart", "Avvaktar beslut.") is None
    assert unstarted("ej_klart", "") is None
    # only a status saying the work is not done is decided by its comment
    assert unstarted("pagar", "Har inte påbörjats på alla skolor.") is None
    assert unstarted(None, "Har inte påbörjats.") is None
    assert postponed("Skjuts upp till 2027")
    assert not postponed("Har inte påbörjats.")


def test_the_statuses_of_a_year_end_follow_up(tmp_path: Path) -> None:
    w = Writer("statusar", Front("Barn- och utbildningsnämnden", "", 2026, 2026))
    w.para("Exempelby kommun")
    w.para("Barn- och utbildningsnämnden")
    w.para("Verksamhetsberättelse 2026")
    w.heading("Aktiviteter", 1)
    w.table([["Aktivitet", "Status", "Kommentar"], *([n, s, c] for n, s, c, _ in ROWS)])
    source = tmp_path / "berattelse.docx"
    w.save(source)
    import_word(source, source.with_suffix(".vplan"))
    with PlanDocument.open(source.with_suffix(".vplan"), read_only=True) as opened:
        plan = read_plan(opened)
    [period] = plan.uppfoljningar
    held = {a.namn: period.activity(a.id) for a in plan.aktiviteter}
    assert {n: h.status for n, h in held.items()} == {
        n: UppfoljningStatus[s] for n, _, _, s in ROWS
    }
    partly = held["Läsfrämjande kväll"].kommentar
    assert "Delvis genomförd" in partly and "Två av fyra träffar hölls." in partly
    assert held["Ny rutin för frånvaro"].kommentar == "Har inte påbörjats. Startar i mars."

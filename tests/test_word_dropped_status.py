"""An activity's status saying it was dropped ("Utgår", "Stryks", perhaps with why after it):
the follow-up's "avbruten", the why kept as the comment; in a plan the activity is
"avslutat". A status merely starting with such letters ("Utgår från skolplanen") is none."""

from __future__ import annotations

from pathlib import Path

from tests.word_shapes_docx import Writer
from tests.word_shapes_model import Front
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import UppfoljningStatus
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_activity_table import status_of
from vplan_desktop.imports.word_dropped_status import dropped, dropped_word
from vplan_desktop.services.read import read_plan


def test_the_dropped_words() -> None:
    assert dropped("Utgår") and dropped_word("Utgår")
    assert dropped("Utgår – ersätts av en nationell regel") and not dropped_word("Utgår – x")
    assert dropped("Stryks (ingen budget)")
    assert not dropped("Utgår från skolplanen")
    assert not dropped("Pågår")
    assert status_of("Utgår") == "avslutat"
    assert status_of("Utgår – ersätts") is None  # the words are kept, not a bare status


def test_dropped_activities_in_a_follow_up(tmp_path: Path) -> None:
    w = Writer("utgår", Front("Barn- och utbildningsnämnden", "", 2026, 2026))
    w.para("Exempelby kommun")
    w.para("Barn- och utbildningsnämnden")
    w.para("Verksamhetsberättelse 2026")
    w.heading("Aktiviteter", 1)
    rows = [
        ["Aktivitet", "Ansvarig", "Status", "Kommentar"],
        ["Mobilfria lektioner", "Rektor", "Utgår", "Ersätts av en nationell regel."],
        ["Ny lärplattform", "IT-chef", "Stryks – ingen budget", ""],
        ["Läsombud", "Rektor", "Genomförd", ""],
    ]
    w.table(rows)
    source = tmp_path / "berättelse.docx"
    w.save(source)
    import_word(source, source.with_suffix(".vplan"))
    with PlanDocument.open(source.with_suffix(".vplan"), read_only=True) as opened:
        plan = read_plan(opened)
    [period] = plan.uppfoljningar
    held = {a.namn: period.activity(a.id) for a in plan.aktiviteter}
    assert held["Mobilfria lektioner"].status == UppfoljningStatus.AVBRUTEN
    assert held["Mobilfria lektioner"].kommentar == "Ersätts av en nationell regel."
    assert held["Ny lärplattform"].status == UppfoljningStatus.AVBRUTEN
    assert held["Ny lärplattform"].kommentar == "Stryks – ingen budget"
    assert held["Läsombud"].status == UppfoljningStatus.KLAR

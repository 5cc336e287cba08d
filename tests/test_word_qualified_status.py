"""An activity's status word with a qualifier after it ("Pågår (försenat)", "Klart – med
avvikelser") is that status, and the words are kept in the activity's description; words
before a qualifier that are no status give no status."""

from __future__ import annotations

from pathlib import Path

from tests.word_shapes_docx import Writer
from tests.word_shapes_model import Front
from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import AktivitetStatus
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_activity_table import status_of
from vplan_desktop.imports.word_qualified_status import qualified_status, says_more
from vplan_desktop.imports.word_text import STATUS
from vplan_desktop.services.read import read_plan


def _plan(source: Path) -> d.PlanSnapshot:
    import_word(source, source.with_suffix(".vplan"))
    with PlanDocument.open(source.with_suffix(".vplan"), read_only=True) as opened:
        return read_plan(opened)


def test_a_status_word_with_a_qualifier() -> None:
    assert qualified_status("Pågår (försenat)", STATUS.get) == "pagar"
    assert qualified_status("Klart – med avvikelser", STATUS.get) == "klart"
    assert qualified_status("Ej påbörjad, väntar på beslut", STATUS.get) == "ej_paborjad"
    assert qualified_status("Beslut (juni)", STATUS.get) is None
    assert qualified_status("Pågår", STATUS.get) is None  # no qualifier: the word alone
    assert status_of("Pågår (försenat)") == "pagar"
    assert status_of("Ej startad (resurser saknas)") == "ej_paborjad"
    assert says_more("Pågår (försenat)", STATUS.get)
    assert says_more("75 % klart", STATUS.get)
    assert not says_more("Pågår", STATUS.get)


def test_a_qualified_status_in_an_uppdrag_table(tmp_path: Path) -> None:
    w = Writer("kvalificerad status", Front("Miljö- och byggnämnden", "", 2027, 2029))
    w.para("Exempelby kommun")
    w.para("Miljö- och byggnämnden")
    w.para("Verksamhetsplan 2027–2029")
    w.heading("Uppdrag från kommunfullmäktige", 1)
    w.table(
        [
            ["Nämndens uppdrag från kommunfullmäktige", "Status", "Kommentar"],
            ["Se över taxan", "Pågår (försenat)", "Förslaget skjuts till juni."],
            ["Införa en e-tjänst", "Pågår", "Driftstart i mars."],
        ]
    )
    w.save(tmp_path / "plan.docx")

    found = {a.namn: a for a in _plan(tmp_path / "plan.docx").aktiviteter}
    late = found["Se över taxan"]
    assert late.status == AktivitetStatus.PAGAR
    assert "Pågår (försenat)" in late.beskrivning
    plain = found["Införa en e-tjänst"]
    assert plain.status == AktivitetStatus.PAGAR
    assert "Status:" not in plain.beskrivning

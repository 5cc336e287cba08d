"""Rule: a goal's status and trend printed as symbols on a line of their own under the goal
("Status: ● Trend: ↗", the symbols small pictures) are the last follow-up's judgement, not a
part of the new plan: neither the line nor its pictures go into the goal's description or a
chapter, and the report names them with what their alt texts say (a picture without one as a
symbol without text). The same labels with no picture after them, or a labels' line under no
goal, are read as any other line."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from docx.shared import Cm
from PIL import Image

from tests.word_shapes_docx import Writer
from tests.word_shapes_model import Front
from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.services.read import read_plan


def _icon(paragraph: Any, alt: str) -> None:
    out = io.BytesIO()
    Image.new("RGB", (12, 12), "#2e9e44").save(out, "PNG")
    inline = paragraph.add_run().add_picture(io.BytesIO(out.getvalue()), width=Cm(0.32))._inline
    if alt:
        inline.docPr.set("descr", alt)


def test_a_goals_status_symbols_are_named_not_kept(tmp_path: Path) -> None:
    w = Writer("statussymboler", Front("Socialnämnden", "Hedeby kommun", 2027, 2027))
    w.para("Hedeby kommun")
    w.para("Socialnämnden")
    w.para("Verksamhetsplan 2027")
    w.heading("Inledning", 1)
    w.para("Status: se bilagan.")  # words after the label: text
    w.heading("Mål", 1)
    w.heading("Nämndmål: Handläggningen är rättssäker.", 2)
    line = w.para("Status: ")
    _icon(line, "Grön")
    line.add_run("  Trend: ")
    _icon(line, "")
    w.para("Utredningar görs inom lagstadgad tid.")
    w.heading("Nämndmål: Fler kommer i arbete.", 2)
    w.para("Status:")  # no picture after it: a line as any other
    w.para("Arbetet pågår.")
    source = tmp_path / "status.docx"
    w.save(source)
    result = import_word(source, source.with_suffix(".vplan"))
    with PlanDocument.open(source.with_suffix(".vplan"), read_only=True) as opened:
        plan: d.PlanSnapshot = read_plan(opened)

    goals = {g.text: g.beskrivning for g in plan.namndsmal}
    assert goals["Handläggningen är rättssäker."] == "Utredningar görs inom lagstadgad tid."
    assert "Status:" in goals["Fler kommer i arbete."]
    assert plan.bilder == ()
    assert "Status: se bilagan." in plan.kapitel[0].text
    named = [line for line in result.report if "symboler" in line]
    assert len(named) == 1
    assert "”Grön”" in named[0] and "en symbol utan text" in named[0]
    assert "Handläggningen är rättssäker." in named[0]

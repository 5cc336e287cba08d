"""Rule: in an internal control table with no column for the process ("Kontrollmoment |
Resultat | Åtgärd"), a kontrollmoment cell whose first line is bold and whose lines under it
are in regular type names the process in bold over the control: the bold line is the
control's process, the rest its kontrollmoment. A cell in one type stays one kontrollmoment,
and so does a cell whose bold line is a label ending in a colon."""

from __future__ import annotations

from pathlib import Path

from tests.word_shapes_docx import Writer
from tests.word_shapes_model import Front
from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.services.read import read_plan


def _plan(source: Path) -> d.PlanSnapshot:
    import_word(source, source.with_suffix(".vplan"))
    with PlanDocument.open(source.with_suffix(".vplan"), read_only=True) as opened:
        return read_plan(opened)


def test_bold_line_over_the_control_is_its_process(tmp_path: Path) -> None:
    w = Writer("kontroll", Front("Socialnämnden", "Hedeby kommun", 2025, 2025))
    w.para("Hedeby kommun")
    w.para(("b", "Socialnämnden"))
    w.para(("b", "Verksamhetsberättelse 2025"))
    w.heading("Inledning", 1)
    w.para("Nämndens år i korthet.")
    w.heading("Uppföljning av intern kontroll", 1)
    w.para("Kontrollerna i internkontrollplanen har genomförts.")
    rows = [
        ["Kontrollmoment", "Resultat", "Åtgärd"],
        ["Ekonomiskt bistånd", "Två av tio saknade kontroll.", "Rutinen har förtydligats."],
        ["Inköp", "Tre av tolv saknade motivering.", "En mall används från januari."],
        ["Kontroll:", "Inga avvikelser.", ""],
        ["Avstämning av attestlistor", "Inga avvikelser.", ""],
    ]
    controls = {
        1: "Stickprov på tio utbetalningar mot beslut",
        2: "Granskning av köpta placeringar utanför ramavtal",
        3: "Kontroll av behörigheter i verksamhetssystemet",
    }
    table = w.table(rows)
    for r, moment in controls.items():
        cell = table.cell(r, 0)
        cell.paragraphs[0].runs[0].bold = True
        cell.add_paragraph().add_run(moment)
    source = tmp_path / "kontroll.docx"
    w.save(source)
    plan = _plan(source)

    assert [(k.process, k.kontrollmoment) for k in plan.internkontroll] == [
        ("Ekonomiskt bistånd", "Stickprov på tio utbetalningar mot beslut"),
        ("Inköp", "Granskning av köpta placeringar utanför ramavtal"),
        ("", "Kontroll: Kontroll av behörigheter i verksamhetssystemet"),
        ("", "Avstämning av attestlistor"),
    ]

"""Internkontroll written as lines under a bold process line: a typed list number on the
process line ("1. Ekonomiskt bistånd") numbers the controls and is no part of the process's
name."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.services.read import read_plan


def test_a_process_lines_typed_number_is_not_its_name(tmp_path: Path) -> None:
    doc = Document()
    for text in ("Hällesby kommun", "Socialnämnden", "Verksamhetsplan 2027–2028"):
        doc.add_paragraph(text)
    doc.add_heading("Intern kontroll", 1)
    for number, process, moment in [
        ("1.", "Ekonomiskt bistånd", "Att utbetalningarna stämmer med besluten"),
        ("2)", "Rekrytering", "Att utdrag ur belastningsregistret begärs"),
    ]:
        doc.add_paragraph().add_run(f"{number} {process}").bold = True
        doc.add_paragraph(f"Kontrollmoment:\t{moment}")
        doc.add_paragraph("Frekvens:\tÅrligen")
    doc.save(str(tmp_path / "plan.docx"))
    import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        plan = read_plan(opened)
    assert [(c.process, c.kontrollmoment, c.frekvens) for c in plan.internkontroll] == [
        ("Ekonomiskt bistånd", "Att utbetalningarna stämmer med besluten", "Årligen"),
        ("Rekrytering", "Att utdrag ur belastningsregistret begärs", "Årligen"),
    ]

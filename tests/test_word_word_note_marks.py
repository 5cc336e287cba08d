"""A superscript note number right after a word ("Andel nöjda brukare¹", "Index (AMI)¹"), as
a planning system marks the indicators fullmäktige decided, refers to a note line under the
table: it is no part of the name. After a unit ("m²", "km²") the digit is the unit's power
and stays."""

from __future__ import annotations

from pathlib import Path

from tests.word_shapes_docx import Writer
from tests.word_shapes_model import Front
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.services.read import read_plan

NAMES = ["Andel brukare som är nöjda med hemtjänsten", "Aktivt medskapandeindex (AMI)", "Yta m"]


def test_note_marks_after_words(tmp_path: Path) -> None:
    w = Writer("marks", Front("Äldrenämnden", "Ekby kommun", 2027, 2028))
    w.para("Ekby kommun")
    w.para("Äldrenämnden")
    w.para("Verksamhetsplan 2027–2028")
    w.heading("Mål", 1)
    w.heading("Nämndmål: Äldre får en trygg omsorg", 2)
    table = w.table([["Indikator", "Mål 2027"], *([n, "90"] for n in NAMES)])
    for row in (1, 2, 3):
        mark = table.cell(row, 0).paragraphs[0].add_run("2" if row == 3 else "1")
        mark.font.superscript = True
    w.para(("i", "1) Indikatorn är beslutad av kommunfullmäktige."), size=8)
    path = tmp_path / "plan.docx"
    w.save(path)
    import_word(path, path.with_suffix(".vplan"))
    with PlanDocument.open(path.with_suffix(".vplan"), read_only=True) as opened:
        plan = read_plan(opened)
    assert [i.namn for i in plan.indikatorer] == [*NAMES[:2], "Yta m2"]

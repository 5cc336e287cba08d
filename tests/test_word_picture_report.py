"""A picture the import keeps with a warning (one without alternative text, such as a table
pasted from Excel a second time "as a picture") goes into its chapter, and the warning is in
what ``vplan import-docx`` prints, as the review dialog lists it: the report, then every
warning it does not hold already."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from docx import Document
from docx.shared import Cm
from PIL import Image

from vplan_desktop.cli import main
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_review import report_lines
from vplan_desktop.services.read import read_plan

NO_ALT = "Bilden saknar alternativtext: skriv en i kapitlet."


def _plan(path: Path) -> Path:
    doc = Document()
    for text in ("Exempelby kommun", "Vård- och omsorgsnämnden", "Verksamhetsplan 2027–2028"):
        doc.add_paragraph(text)
    doc.add_heading("Nyckeltal", 1)
    doc.add_paragraph("Nyckeltalen visar volymer i verksamheten.")
    table = doc.add_table(rows=2, cols=3)
    for c, (head, value) in enumerate(
        zip(["Nyckeltal", "Utfall 2025", "Budget 2027"], ["Platser", "310", "298"], strict=True)
    ):
        table.cell(0, c).text, table.cell(1, c).text = head, value
    picture = io.BytesIO()
    Image.new("RGB", (120, 40), "white").save(picture, "PNG")
    doc.add_paragraph().add_run().add_picture(io.BytesIO(picture.getvalue()), width=Cm(12))
    doc.save(str(path))
    return path


def test_a_picture_without_alt_text_is_kept_and_said(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _plan(tmp_path / "plan.docx")
    result = import_word(source, tmp_path / "a.vplan")
    assert NO_ALT in report_lines(result)
    assert report_lines(result)[: len(result.report)] == result.report
    with PlanDocument.open(tmp_path / "a.vplan", read_only=True) as opened:
        plan = read_plan(opened)
    (chapter,) = [k for k in plan.kapitel if k.rubrik == "Nyckeltal"]
    assert "![](bild:" in chapter.text
    assert main(["import-docx", str(source), str(tmp_path / "b.vplan")]) == 0
    assert f"  {NO_ALT}" in capsys.readouterr().out.splitlines()

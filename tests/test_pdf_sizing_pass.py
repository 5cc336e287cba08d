"""The PDF's first pass lays the pages out without drawing them (its canvas is thrown away);
the pass that is kept draws everything."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas

from tests.pdf_reading import page_lines
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.exports import pdf_writer
from vplan_desktop.exports.export import export_plan
from vplan_desktop.exports.pdf_layout import Table
from vplan_desktop.exports.pdf_paragraph import Paragraph
from vplan_desktop.exports.pdf_tagging import SizingCanvas
from vplan_desktop.services.read import read_plan


def _drawn(canvas: Canvas) -> list[str]:
    return list(canvas._code)


def test_a_sizing_canvas_gets_no_text_or_table_drawn() -> None:
    style = ParagraphStyle("Brödtext", fontName="Helvetica", fontSize=10, leading=12)
    for canvas_class, drawn in ((SizingCanvas, False), (Canvas, True)):
        canvas = canvas_class(io.BytesIO())
        paragraph = Paragraph("Nämnden satsar på läsning.", style)
        paragraph.wrap(200, 100)
        paragraph.drawOn(canvas, 10, 10)
        table = Table([["Verksamhet", "Budget 2027"], ["Bibliotek", "1 307"]])
        table.wrap(300, 100)
        table.drawOn(canvas, 10, 50)
        assert bool(_drawn(canvas)) is drawn, canvas_class.__name__


def test_the_kept_pass_draws_every_page(example_doc: PlanDocument, tmp_path: Path) -> None:
    example_plan = read_plan(example_doc)
    passes: list[str] = []
    real_build = pdf_writer._PlanDoc.build

    def build(self: pdf_writer._PlanDoc, *args: Any, **kwargs: Any) -> None:
        real_build(self, *args, **kwargs)
        passes.append(type(self.canv).__name__)

    pdf_writer._PlanDoc.build = build  # type: ignore[method-assign]
    try:
        out = tmp_path / "plan.pdf"
        export_plan(example_plan, "pdf", out)
    finally:
        pdf_writer._PlanDoc.build = real_build  # type: ignore[method-assign]
    assert passes[0] == "SizingCanvas" and passes[-1] == "TaggingCanvas"
    from pypdf import PdfReader

    reader = PdfReader(out)
    assert all(page_lines(page) for page in reader.pages)
    assert any(example_plan.kapitel[0].rubrik in page_lines(p) for p in reader.pages[2:])

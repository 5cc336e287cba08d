"""A picture in a table cell whose alt text says something (an Agenda 2030 icon "Globalt mål 4:
God utbildning för alla", a status icon "Uppnått") is the cell's content: its alt text is read
as the cell's text. An alt text that only names the file or the picture ("status_gron_1.png",
"Bild 3"), or one Word wrote by itself, says nothing; one the cell's text already holds (an
icon beside its word) is not read twice."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from docx import Document
from docx.shared import Cm
from PIL import Image

from vplan_desktop.imports.word import read_source
from vplan_desktop.imports.word_blocks import BlockKind
from vplan_desktop.imports.word_cell_pictures import says_something


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (12, 12), "#C5192D").save(out, "PNG")
    return out.getvalue()


def _picture(paragraph: Any, alt: str) -> None:
    inline = paragraph.add_run().add_picture(io.BytesIO(_png()), width=Cm(0.6))._inline
    inline.docPr.set("descr", alt)


def test_alt_texts_of_pictures_in_cells_are_the_cells_text(tmp_path: Path) -> None:
    doc = Document()
    doc.add_heading("Mål", 1)
    table = doc.add_table(rows=5, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Agenda 2030", "Status"
    icons = table.cell(1, 0).paragraphs[0]
    _picture(icons, "Globalt mål 4: God utbildning för alla")
    _picture(icons, "Globalt mål 10: Minskad ojämlikhet")
    status = table.cell(1, 1).paragraphs[0]
    _picture(status, "Uppnått")
    status.add_run(" Uppnått")
    _picture(table.cell(2, 0).paragraphs[0], "status_gron_1.png")
    _picture(table.cell(2, 1).paragraphs[0], "Bild 3")
    _picture(
        table.cell(3, 0).paragraphs[0], "En bild som visar text. Automatiskt genererad beskrivning"
    )
    table.cell(3, 1).text = "Ej uppnått"
    table.cell(4, 0).text, table.cell(4, 1).text = "Globalt mål 3", "Delvis"
    doc.save(str(tmp_path / "plan.docx"))
    (block,) = [b for b in read_source(tmp_path / "plan.docx").blocks if b.kind is BlockKind.TABLE]
    assert block.rows[1][0].lines == (
        "Globalt mål 4: God utbildning för alla",
        "Globalt mål 10: Minskad ojämlikhet",
    )
    assert block.rows[1][0].text == (
        "Globalt mål 4: God utbildning för alla Globalt mål 10: Minskad ojämlikhet"
    )
    assert block.rows[1][1].text == "Uppnått"
    assert [c.text for c in block.rows[2]] == ["", ""]
    assert [c.text for c in block.rows[3]] == ["", "Ej uppnått"]


def test_what_an_alt_text_says() -> None:
    assert says_something("Globalt mål 16: Fredliga och inkluderande samhällen")
    assert says_something("Grön")
    for name in ("image1.png", "Bild 3", "Picture 12", "Grafik 2", "logo.JPG", " "):
        assert not says_something(name)

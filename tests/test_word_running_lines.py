"""A plan converted from a PDF keeps each page's printed header and footer as body text, and
makes each page a section: a line at the edge of two or more sections (its figures may
differ, as page numbers do) or a lone page number there is set aside as a page header or
footer; the same line inside a section's text, or in a document of one section, is kept."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION

from vplan_desktop.imports.word import read_source, read_word

HEADER = "Björkvalla kommun – Kulturnämnden – Verksamhetsplan 2027"


def _pages(path: Path, bodies: list[list[str]], sections: bool = True) -> Path:
    doc = Document()
    for page, body in enumerate(bodies, start=1):
        if page > 1 and sections:
            doc.add_section(WD_SECTION.NEW_PAGE)
        doc.add_paragraph(HEADER)
        for text in body:
            doc.add_paragraph(text)
        doc.add_paragraph(f"Sida {page} av {len(bodies)}")
    doc.save(str(path))
    return path


BODIES = [
    ["Kulturnämnden", "Verksamhetsplan 2027"],
    ["Inledning", "Nämnden ansvarar för biblioteken och kulturskolan i hela kommunen."],
    ["Ekonomi", f"Ramen för 2027 är 84 miljoner kronor. {HEADER} står på varje sida."],
]


def test_page_headers_and_footers_at_section_edges_are_set_aside(tmp_path: Path) -> None:
    source = read_source(_pages(tmp_path / "plan.docx", BODIES))
    texts = [b.text for b in source.blocks]
    assert HEADER not in texts
    assert not any(t.startswith("Sida ") for t in texts)
    assert texts == [t for body in BODIES for t in body]
    assert HEADER in source.set_aside and "Sida 2 av 3" in source.set_aside
    found = read_word(tmp_path / "plan.docx")
    assert "Sidhuvuden och sidfötter hoppades över." in found.report


def test_one_section_keeps_its_lines(tmp_path: Path) -> None:
    source = read_source(_pages(tmp_path / "plan.docx", BODIES, sections=False))
    texts = [b.text for b in source.blocks]
    assert texts.count(HEADER) == 3
    assert "Sida 3 av 3" in texts

"""Headings formatted by hand in a plan that has heading styles too (a plan written together in
Google Docs): some chapters are Heading 1, others Normal paragraphs in direct bold at a larger
size, and the table of contents (built from the styles) does not name them. When the bold lines
make two levels of their own – two or more lines in each of two sizes above the body's, the
larger at least 13 pt – the larger size is the chapters' and the smaller the sections', whatever
size the heading styles have. Bold lines in one size alone, and a bold line right above a
table, stay as they are."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from tests.word_shapes_xml import append, p, r
from vplan_desktop.imports.word import read_word

_BODY = "Nämnden ansvarar för bibliotek, kulturskola och fritidsgårdar i hela kommunen."


def _plan(path: Path, chapter_size: int, section_size: int) -> Path:
    doc = Document()
    append(doc, p(r("Verksamhetsplan 2027", size=26), style="Title"))
    append(doc, p(r("Sjöbacka kommun", bold=True, size=12)))
    doc.add_heading("Inledning", 1)
    append(doc, p(r(_BODY, size=11)))
    append(doc, p(r("Vision och värdegrund", bold=True, size=chapter_size)))
    append(doc, p(r("Ett Sjöbacka där alla kan skapa och mötas.", size=11)))
    doc.add_heading("Omvärldsanalys", 1)
    append(doc, p(r(_BODY, size=11)))
    for section in ("Befolkning", "Lokaler och anläggningar"):
        append(doc, p(r(section, bold=True, size=section_size)))
        append(doc, p(r(_BODY, size=11)))
    append(doc, p(r("Ekonomi", bold=True, size=chapter_size)))
    append(doc, p(r("Ramen för 2027 är 79 490 tkr.", size=11)))
    doc.add_heading("Driftbudget", 2)
    append(doc, p(r(_BODY, size=11)))
    doc.add_heading("Internkontroll", 1)
    append(doc, p(r(_BODY, size=11)))
    doc.save(str(path))
    return path


def _chapters(path: Path) -> dict[str, str]:
    return {c["rubrik"]: c["text"] for c in read_word(path).data["kapitel"]}


def test_bold_lines_in_the_larger_of_two_sizes_are_chapters(tmp_path: Path) -> None:
    chapters = _chapters(_plan(tmp_path / "plan.docx", 16, 14))
    assert list(chapters) == [
        "Inledning",
        "Vision och värdegrund",
        "Omvärldsanalys",
        "Ekonomi",
        "Internkontroll",
    ]
    assert "Ett Sjöbacka där alla kan skapa" in chapters["Vision och värdegrund"]
    assert "Ett Sjöbacka" not in chapters["Inledning"]
    assert "79 490 tkr" in chapters["Ekonomi"]
    assert "Driftbudget" in chapters["Ekonomi"]  # the styled section under the bold chapter
    assert "\n# Befolkning\n" in chapters["Omvärldsanalys"]  # a section of the chapter


def test_bold_lines_in_one_size_alone_are_no_chapters(tmp_path: Path) -> None:
    """Negative: with the sections in the chapters' size there is one size, which may as well
    be sections under the styled chapters; no bold line becomes a chapter."""
    chapters = _chapters(_plan(tmp_path / "plan.docx", 14, 14))
    assert list(chapters) == ["Inledning", "Omvärldsanalys", "Internkontroll"]
    assert "Vision och värdegrund" in chapters["Inledning"]


def test_a_bold_line_above_a_table_names_the_table(tmp_path: Path) -> None:
    """Negative: a bold line in the chapters' size right above a table is its caption."""
    path = _plan(tmp_path / "plan.docx", 16, 14)
    doc = Document(str(path))
    caption = doc.add_paragraph()
    caption.add_run("Nyckeltal per år").bold = True
    caption.runs[0].font.size = 16 * 12700
    table = doc.add_table(rows=2, cols=2)
    for cell, text in zip(table._cells, ("Nyckeltal", "2025", "Besök", "46 210"), strict=True):
        cell.text = text
    doc.save(str(path))
    chapters = _chapters(path)
    assert "Nyckeltal per år" not in chapters
    assert list(chapters)[-1] == "Internkontroll"

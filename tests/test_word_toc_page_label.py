"""Rule: a table of contents typed by hand whose first line also labels the page column
("Innehållsförteckning<TAB>Sidnr", "Innehåll<TAB>Sida") is a table of contents as one under a
bare "Innehåll" line is: its "<entry><TAB><page>" lines are set aside, never plan text."""

from __future__ import annotations

from pathlib import Path

from docx.shared import Cm

from tests.word_shapes_docx import Writer
from tests.word_shapes_model import Front
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_structure import TOC_HEADING
from vplan_desktop.services.read import read_plan


def test_a_toc_line_may_label_its_page_column() -> None:
    for text in ("Innehållsförteckning Sidnr", "Innehåll Sida", "Innehållsförteckning: Sid."):
        assert TOC_HEADING.match(text)
    assert TOC_HEADING.match("Innehåll")
    assert not TOC_HEADING.match("Innehållsförteckning saknas")
    assert not TOC_HEADING.match("Innehåll och syfte")


def test_typed_toc_lines_under_a_labelled_toc_line_are_no_text(tmp_path: Path) -> None:
    w = Writer("innehåll", Front("Medborgarnämnden", "Hedeby kommun", 2027, 2027))
    w.para("Hedeby kommun")
    w.para("Medborgarnämnden")
    w.para("Verksamhetsplan 2027")
    w.page_break()
    w.para(("b", "Innehållsförteckning\tSidnr"))
    for text, page in (("Inledning", 2), ("Mål och uppföljning", 3), ("Trygghet", 3)):
        line = w.para(f"{text}\t{page}")
        line.paragraph_format.tab_stops.add_tab_stop(Cm(16))
    w.heading("Inledning", 1)
    w.para("Planen beskriver nämndens arbete under året.")
    w.heading("Mål och uppföljning", 1)
    w.para("Nämnden följer upp sina mål i delårsrapporten.")
    source = tmp_path / "innehall.docx"
    w.save(source)
    import_word(source, source.with_suffix(".vplan"))
    with PlanDocument.open(source.with_suffix(".vplan"), read_only=True) as opened:
        plan = read_plan(opened)

    texts = "\n".join(f"{k.rubrik}\n{k.text}" for k in plan.kapitel)
    assert "Inledning 2" not in texts and "Trygghet 3" not in texts
    assert "Sidnr" not in texts
    assert [k.rubrik for k in plan.kapitel] == ["Inledning", "Mål och uppföljning"]

"""A running page header or footer differs from page to page in its page number alone, a bare
whole number of at most three digits: the same sentence at the end of several pages with other
amounts in it ("Nettokostnaden ökar med 5 200 tkr …", "… med 10 800 tkr …") is each chapter's
own text and is kept, while "Sida 2 av 3" at the same pages' edges is still set aside."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION

from vplan_desktop.imports.word import read_source

AREAS = [("Förskola", "5 200"), ("Grundskola", "10 800"), ("Elevhälsa", "1 700")]


def _sentence(amount: str) -> str:
    return (
        f"Nettokostnaden ökar med {amount} tkr mellan 2026 och 2027, främst genom "
        "löneökningar och högre hyror."
    )


def _plan(path: Path, *, footer: bool) -> Path:
    doc = Document()
    for page, (area, amount) in enumerate(AREAS, start=1):
        if page > 1:
            doc.add_section(WD_SECTION.NEW_PAGE)
        doc.add_heading(area, 1)
        doc.add_paragraph(f"{area} har ett eget uppdrag från nämnden.")
        doc.add_paragraph(_sentence(amount))
        if footer:
            doc.add_paragraph(f"Sida {page} av {len(AREAS)}")
    doc.save(str(path))
    return path


def test_the_same_sentence_with_other_amounts_at_page_ends_is_kept(tmp_path: Path) -> None:
    source = read_source(_plan(tmp_path / "plan.docx", footer=False))
    texts = [b.text for b in source.blocks]
    for _, amount in AREAS:
        assert _sentence(amount) in texts
    assert not source.set_aside


def test_page_numbers_beside_the_sentences_are_still_set_aside(tmp_path: Path) -> None:
    source = read_source(_plan(tmp_path / "plan.docx", footer=True))
    texts = [b.text for b in source.blocks]
    assert [t for t in texts if t.startswith("Nettokostnaden")] == [_sentence(a) for _, a in AREAS]
    assert not any(t.startswith("Sida ") for t in texts)
    assert "Sida 1 av 3" in source.set_aside

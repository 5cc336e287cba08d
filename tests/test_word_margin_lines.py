"""Margin headings of a two-column page converted from a PDF: each line is the margin's
words, a tab and the text column's words, so a bold heading broken over two margin lines is
interleaved with the text. A paragraph with explicit sizes that opens with a bold run before
a tab, whose bold runs all stand before a tab and whose plain runs span two or more tabs, is a
margin heading (its bold runs) over the text (the rest); a bold label ending with a colon
("Ordförande:" ⇥ name) is no margin heading."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from tests.word_shapes_xml import append, p, r
from vplan_desktop.imports.word import read_source
from vplan_desktop.imports.word_blocks import BlockKind


def _texts(path: Path) -> list[tuple[str, bool]]:
    return [(b.text, b.bold) for b in read_source(path).blocks if b.kind is BlockKind.PARAGRAPH]


def test_a_margin_heading_is_a_line_over_the_text(tmp_path: Path) -> None:
    path = tmp_path / "plan.docx"
    doc = Document()
    append(
        doc,
        p(
            r("Kommunstyrelsens \t", bold=True, size=11),
            r("Kommunstyrelsen leder och samordnar kommunens ", size=11),
            r("uppdrag \t", bold=True, size=11),
            r("verksamhet och har uppsikt över nämnderna \t", size=11),
            r("och de kommunala bolagen.", size=11),
        ),
    )
    doc.save(str(path))
    assert _texts(path) == [
        ("Kommunstyrelsens uppdrag", True),
        (
            "Kommunstyrelsen leder och samordnar kommunens verksamhet och har uppsikt över "
            "nämnderna och de kommunala bolagen.",
            False,
        ),
    ]


def test_a_bold_label_before_a_tab_stays_in_its_line(tmp_path: Path) -> None:
    """Negative: a label with a colon before a tab is a line of a cover or signature."""
    path = tmp_path / "plan.docx"
    doc = Document()
    append(
        doc,
        p(
            r("Ordförande:\t", bold=True, size=11),
            r("Per-Olof Sandberg (C)\t", size=11),
            r("Kommunchef\t", size=11),
            r("Annika Holm", size=11),
        ),
    )
    doc.save(str(path))
    assert [t for t, _ in _texts(path)] == [
        "Ordförande: Per-Olof Sandberg (C) Kommunchef Annika Holm"
    ]

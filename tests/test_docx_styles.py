"""Paragraph styles set by the id the document gives them, as python-docx sets them by name."""

from __future__ import annotations

import pytest
from docx import Document

from vplan_desktop.exports.docx_styles import add_heading, add_styled


def test_a_style_is_set_by_the_id_the_template_gives_it() -> None:
    document = Document()
    document.styles["Heading 1"].style_id = "Rubrik1"  # as a Swedish Word saves it
    heading = add_heading(document, 1)
    again = add_heading(document, 1)
    assert heading._p.style == again._p.style == "Rubrik1"
    assert heading.style is not None and heading.style.name == "Heading 1"
    caption = add_styled(document, "Tabell 1. Driftbudget", "Caption")
    assert caption.style is not None
    assert (caption.text, caption.style.name) == ("Tabell 1. Driftbudget", "Caption")


def test_the_default_style_is_left_unnamed_and_a_missing_one_refused() -> None:
    document = Document()
    body = add_styled(document, "Brödtext", "Normal")
    assert body._p.style is None
    assert body.style is not None and body.style.name == "Normal"
    with pytest.raises(KeyError):
        add_styled(document, "x", "Finns inte")

"""Reading vplan's Word files back as a reader sees them."""

from __future__ import annotations

from docx.text.paragraph import Paragraph


def style_name(paragraph: Paragraph) -> str:
    """The name of the paragraph's style: every paragraph has one (python-docx types it
    optional because the style can be set to None, which means the default style)."""
    assert paragraph.style is not None
    return str(paragraph.style.name)

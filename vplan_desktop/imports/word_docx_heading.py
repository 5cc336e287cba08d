"""The look of a heading in a plan without heading styles: a numbered line ("3.2 Mål"), a short
bold line, a short line in capitals. The .docx and .odt readers mark such lines as candidate
headings; the structure decides."""

from __future__ import annotations

import re

from vplan_desktop.imports.word_blocks import HeadingBy

NUMBERED = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)[.)]?\s+\S")
_YEAR = re.compile(r"(19|20)\d\d")


def looks_like_heading(text: str, bold: bool) -> tuple[int | None, HeadingBy | None]:
    """The level a line would have as a heading in a plan without heading styles: a numbered
    line ("3.2 Mål"), a short bold line, a short line in capitals. A bold line under a number of
    two or more levels ("4.1.1 Det ska vara enkelt att bygga.") is a heading even as a
    sentence: a goal written as a numbered heading."""
    numbered = NUMBERED.match(text)
    outline = bold and numbered is not None and "." in numbered.group(1)
    if not text or len(text) > 90 or text.endswith((":", ",", ";")):
        return None, None
    if text.endswith(".") and not outline:
        return None, None
    if numbered and not _YEAR.fullmatch(numbered.group(1)) and len(text.split()) <= 12:
        return numbered.group(1).count(".") + 1, HeadingBy.NUMBER
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 4 and all(c.isupper() for c in letters) and len(text.split()) <= 8:
        return 1, HeadingBy.CAPS
    if bold and len(text.split()) <= 10:
        return 1, HeadingBy.BOLD
    return None, None

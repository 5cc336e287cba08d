"""The complex fields a paragraph's runs open and close (``w:fldChar`` begin, separate and
end around their ``w:instrText``), as the reader meets them: an instruction is never text, a
field's result is – except an unmerged merge field's «Namn», which only names the column a mail
merge would fill in. Such a name is left out of the plan and the report says so."""

from __future__ import annotations

import re

from lxml import etree

from vplan_desktop.imports.word_docx_styles import w

_FLD_CHAR = w("fldChar")
_INSTRUCTION = w("instrText")
_TEXT = w("t")
_UNMERGED = re.compile(r"«[^«»]{1,60}»")


class Fields:
    """The open fields' instructions, outermost first (a TOC field spans many paragraphs);
    warnings about unmerged merge fields go to ``warnings``."""

    def __init__(self, warnings: list[str]) -> None:
        self.open: list[str] = []
        self.in_instruction = False
        self.warnings = warnings
        self._unmerged: set[str] = set()

    def in_toc(self) -> bool:
        return any(f.startswith("TOC") for f in self.open)

    def hides(self, child: etree._Element) -> bool:
        """Whether a run's ``child`` is field markup, an instruction or an unmerged merge
        field's name rather than text of the document (taking note of the fields it opens and
        closes)."""
        tag = child.tag
        if tag == _FLD_CHAR:
            kind = child.get(w("fldCharType"))
            if kind == "begin":
                self.open.append("")
                self.in_instruction = True
            elif kind == "separate":
                self.in_instruction = False
            elif kind == "end" and self.open:
                self.open.pop()
                self.in_instruction = False
            return True
        if tag == _INSTRUCTION:
            if self.open and self.in_instruction:
                self.open[-1] += (child.text or "").strip().upper()
            return True
        if self.in_instruction:
            return True
        text = (child.text or "").strip()
        merging = tag == _TEXT and self.open and self.open[-1].startswith("MERGEFIELD")
        if not merging or not _UNMERGED.fullmatch(text):
            return False
        if text not in self._unmerged:
            self._unmerged.add(text)
            self.warnings.append(
                f"Kopplingsfältet {text} är inte ifyllt: namnet lästes inte in i planen."
            )
        return True

"""A choice a form offers as a row of checkboxes, the ticked one marked: "☐ Ej påbörjad
☒ Pågår ☐ Klar" (Word's legacy checkbox fields read as "☒"/"☐", ``word_docx_form_fields``,
or the symbols typed). The cell says the label after the ticked box – here "Pågår" – and
nothing when no box is ticked; the labels not ticked are the form's, not a value."""

from __future__ import annotations

import re

__all__ = ["ticked_label"]

_TICKED = "☒☑✔✓■"
_BOX = f"[☐□{_TICKED}]"
_CHOICE = re.compile(rf"({_BOX})\s*([^☐□{_TICKED}]+)")
_CHOICES = re.compile(rf"^\s*(?:{_BOX}\s*[^☐□{_TICKED}]+?\s*){{2,}}$")


def ticked_label(text: str) -> str:
    """The ticked labels of a row of two or more checkboxes each followed by its label
    ("☐ Ej påbörjad ☒ Pågår ☐ Klar" → "Pågår"; "" when none is ticked); any other
    ``text`` as it stands."""
    if not _CHOICES.match(text) or not any(box in text for box in "☐□"):
        return text
    ticked = [" ".join(label.split()) for box, label in _CHOICE.findall(text) if box in _TICKED]
    return ", ".join(ticked)

"""A heading numbered with a Roman numeral ("II. OMVÄRLD", "IV) Aktiviteter", "VII Nyckeltal"),
as an older plan or one typed on a typewriter numbers its chapters: the numeral is the
chapter's number, not part of its name. Only a well-formed numeral of two or more letters up
to XXXIX is read so ("I." and "V." are read as letters by ``strip_letter``), and only before
a word that starts with a capital, so a line starting "CV " or "Vi ser …" keeps its words."""

from __future__ import annotations

import re

_ROMAN = re.compile(
    r"^(?P<kod>X{0,3}(?:IX|IV|V?I{0,3}))(?:[.):]\s*|\s+)(?=[A-ZÅÄÖ])(?P<rest>.+)$",
    re.DOTALL,
)


def strip_roman(text: str) -> tuple[str, str]:
    """("II", "OMVÄRLD") for "II. OMVÄRLD"; ("", text) for a line not numbered so."""
    found = _ROMAN.match(text.strip())
    if found is None or len(found.group("kod")) < 2:
        return "", text
    return found.group("kod"), found.group("rest").strip()

"""A plain line right under a table of key figures that qualifies its figures: "Uppgifterna för
2025 är preliminära.", "Siffrorna avser helår.", "Värdena för 2024 är hämtade från Kolada.",
"Avser kalenderår." Set in the body text's own font, with no "*", "Källa:" or "Anm." to mark
it, it is still the table's note, for it speaks of the figures (what they are, where they come
from, how certain they are) and not of the work. A line that comments on what the figures show
("Nyckeltalen visar att kostnaden ökar.") or on the work ("Prognosen bygger på september.")
stays text: the line must name the figures and say something of their standing, or open with
that (“Avser …”, "Preliminära uppgifter …"), and be short."""

from __future__ import annotations

import re

__all__ = ["qualifies_figures"]

_FIGURES = re.compile(
    r"\b(?:uppgift(?:en|er|erna)?|siffr(?:a|an|or|orna)|värde(?:t|n|na)|talen|"
    r"nyckeltal(?:et|en)?|beloppen|måtten|data|statistiken)\b",
    re.IGNORECASE,
)
"""Words naming the table's figures."""
_STANDING = re.compile(
    r"\b(?:preliminär\w*|avser(?!\s+att\b)|avses|källa|källor|hämta(?:d|de|t|ts)\b|"
    r"uppskatta(?:d|de|t)\b|beräkna(?:d|de|t)\b|skatta(?:d|de|t)\b|fastställ(?:d|da|t)\b|"
    r"reviderad\w*|ofullständig\w*|saknas|prognos\w*)",
    re.IGNORECASE,
)
"""Words saying what the figures are, where they come from or how certain they are."""
_OPENS = re.compile(r"^(?:avser\b(?!\s+att\b)|preliminär\w*\s)", re.IGNORECASE)
"""A note that opens with the figures' standing ("Avser kalenderår.", "Preliminära uppgifter
för 2025.")."""
LIMIT = 160
"""Characters: a longer line is a paragraph of its own, not a note."""
_SENTENCE_END = re.compile(r"[.!?]\s+[A-ZÅÄÖ]")


def qualifies_figures(text: str) -> bool:
    """Whether ``text`` (a plain line under a table of key figures) is a short note on the
    table's figures (see the module)."""
    line = " ".join(text.split())
    if not line or len(line) > LIMIT or len(_SENTENCE_END.findall(line)) > 1:
        return False
    if _OPENS.match(line):
        return True
    return bool(_FIGURES.search(line) and _STANDING.search(line))

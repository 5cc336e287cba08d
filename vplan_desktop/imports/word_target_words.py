"""The words a plan heads its indicators' target columns with besides "Mål" and "Målvärde": an
expected result ("Förväntat resultat 2027", "Önskat läge 2028") and a level of ambition
("Ambitionsnivå 2029") are what the nämnd sets out to reach that year, a target, though
"resultat" in them is elsewhere an outcome's word ("Resultat 2025")."""

from __future__ import annotations

import re

TARGET_WORDS = re.compile(
    r"målnivå|målvärde|måltal|mål 20|förväntat\s+resultat|förväntad\s+nivå|"
    r"önskat\s+(?:läge|resultat)|ambitionsnivå",
    re.IGNORECASE,
)
"""Words heading a column of targets."""
_EXPECTED = re.compile(r"förväntat|förväntad|önskat|ambition", re.IGNORECASE)
_OUTCOME = re.compile(r"utfall|bokslut|resultat|redovisat|uppnått", re.IGNORECASE)


def target_header(text: str) -> bool:
    """The header names a column of targets ("Målvärde 2027", "Ambitionsnivå 2029")."""
    return TARGET_WORDS.search(text) is not None


def outcome_header(text: str) -> bool:
    """The header names a column of outcomes ("Utfall 2025", "Resultat 2025"), not of an
    expected result ("Förväntat resultat 2027")."""
    return _OUTCOME.search(text) is not None and _EXPECTED.search(text) is None

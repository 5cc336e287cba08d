"""Targets that compare: "≥ 95", "minst 4", "mer än 95 %", "högst 2" – read from a cell and
written back the Swedish way.

A target is a value (a number, a text or blank) and, for a number, how the outcome is to
compare with it (``Jamforare``). A text such as "Mer än hälften" stays a text: only a number
after the words or the sign makes a comparison.
"""

from __future__ import annotations

import re

from vplan_desktop.db.enums import Jamforare
from vplan_desktop.db.models import clean_text
from vplan_desktop.errors import InputError
from vplan_desktop.formatting import Value, format_value, parse_number, parse_value

SIGNS = {
    Jamforare.MINST: "≥",
    Jamforare.HOGST: "≤",
    Jamforare.MER_AN: ">",
    Jamforare.MINDRE_AN: "<",
    Jamforare.LIKA_MED: "=",
}
"""How a comparison is written before its value ("≥ 95 %")."""

_WORDS = [
    (r"≥|>=|=>|minst|lägst|inte under|åtminstone", Jamforare.MINST),
    (r"≤|<=|=<|högst|max(?:imalt)?|inte över|som mest", Jamforare.HOGST),
    (r">|mer än|fler än|över|större än|högre än", Jamforare.MER_AN),
    (r"<|mindre än|färre än|under|lägre än", Jamforare.MINDRE_AN),
    (r"=|exakt|lika med", Jamforare.LIKA_MED),
]
_LEADING = re.compile(
    r"^\s*(" + "|".join(f"(?P<w{n}>{words})" for n, (words, _) in enumerate(_WORDS)) + r")\s*",
    re.IGNORECASE,
)


def parse_target(text: str) -> tuple[Value, Jamforare | None]:
    """Read a target cell: "≥ 95" → (95, MINST); "75" → (75, None); "Öka" → ("Öka", None)."""
    text = clean_text(text)  # a control character would make "≥ 95\a" a text that looks alike
    found = _LEADING.match(text)
    if found:
        rest = text[found.end() :].strip()
        try:
            number = parse_number(rest)
        except InputError:
            pass
        else:
            for n, (_, jamforare) in enumerate(_WORDS):
                if found.group(f"w{n}"):
                    return number, jamforare
    return parse_value(text), None


def format_target(
    value: Value, jamforare: Jamforare | None, unit: str = "", *, minus: str = "-"
) -> str:
    """ "≥ 95 %", "75 %", "Öka" or "" – a comparison only before a number."""
    written = format_value(value, unit, minus=minus)
    if jamforare is None or value is None or isinstance(value, str):
        return written
    return f"{SIGNS[jamforare]}\u00a0{written}"

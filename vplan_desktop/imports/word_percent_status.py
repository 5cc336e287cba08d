"""An activity's status written as how far the work has come: "75 % klart", "40 % klar",
"Klart till 50 %", "Genomfört till 25 procent", "30 %", or in words: "Delvis genomförd", "Delvis
klar". Part of the work done is the status "pågår"; all of it ("100 % klart") is "klart"; none
("0 % klart") is "ej påbörjad". The words themselves say more than the status (how far), so they
are kept beside it as its comment."""

from __future__ import annotations

import re

__all__ = ["percent_status"]

_DONE = r"(?:klar[t]?|genomför[dt]?|färdig[t]?|slutför[dt]?|utför[dt]?)"
_SHARE = r"(?P<share>\d{1,3}(?:[,.]\d+)?)\s*(?:%|procent)"
_FORMS = (
    re.compile(rf"^(?:ca\s+|cirka\s+)?{_SHARE}(?:\s+{_DONE})?$"),  # "75 % klart", "30 %"
    re.compile(rf"^{_DONE}\s+till\s+(?:ca\s+|cirka\s+)?{_SHARE}$"),  # "Klart till 50 %"
)
_PARTLY = re.compile(rf"^(?:delvis|till\s+(?:viss\s+)?del)\s+{_DONE}$")  # "Delvis genomförd"


def percent_status(text: str) -> str | None:
    """The status of an activity whose cell states the share of the work done ("75 % klart"
    → "pagar", "100 % klart" → "klart", "0 % klart" → "ej_paborjad"), or says part of it is
    done ("Delvis genomförd" → "pagar"); None for other words."""
    lower = " ".join(text.lower().split()).rstrip(".")
    if _PARTLY.match(lower):
        return "pagar"
    for form in _FORMS:
        if found := form.match(lower):
            share = float(found.group("share").replace(",", "."))
            if share > 100:
                return None
            return "klart" if share == 100 else "ej_paborjad" if share == 0 else "pagar"
    return None

"""A plan read from a Word document that vplan cannot write (a period too long, a text too long
for its field) is refused in the Word import's own words: the user gave a Word document, not a
JSON file, so each problem names the part of the plan and the item it was read as (the goal,
the chapter, the field on the cover), never the interchange format's JSON path."""

from __future__ import annotations

import re
from typing import Any

from vplan_desktop.errors import InputError, InterchangeError

_PARTS = {
    "uppgifter": "Uppgifter",
    "kapitel": "kapitlet",
    "verksamheter": "verksamheten",
    "malomraden": "målområdet",
    "namndsmal": "målet",
    "indikatorer": "indikatorn",
    "aktiviteter": "aktiviteten",
    "driftbudget": "driftbudgeten",
    "resultatrakning": "resultaträkningen",
    "investeringar": "investeringen",
    "nyckeltal": "nyckeltalstabellen",
    "internkontroll": "kontrollen",
    "bilder": "bilden",
    "rader": "raden",
    "kolumner": "kolumnen",
}
_FIELDS = {
    "forsta_ar": "planperiodens första år",
    "sista_ar": "planperiodens sista år",
    "titel": "titel",
    "namnd": "nämnd",
    "kommun": "kommun",
    "ordforande": "ordförande",
    "forvaltningschef": "förvaltningschef",
    "diarienummer": "diarienummer",
    "rubrik": "rubrik",
    "namn": "namn",
    "text": "text",
}
_NAMES = ("rubrik", "namn", "text", "kontrollmoment", "benamning")
_STEP = re.compile(r"\.(\w+)|\[(\d+)\]")


def _place(data: Any, path: str) -> str:
    """Where the JSON path ``path`` points in the plan read from Word, in words: "målet
    ”Valen ska …”, indikatorn ”Andel …”, namn"."""
    words: list[str] = []
    here: Any = data
    part = ""
    for key, index in _STEP.findall(path):
        if key:
            part = key
            here = here.get(key) if isinstance(here, dict) else None
            if key in _FIELDS and not isinstance(here, (dict, list)):
                words.append(_FIELDS[key])
            elif key in _PARTS and not isinstance(here, list):
                words.append(_PARTS[key])
            continue
        item = here[int(index)] if isinstance(here, list) and int(index) < len(here) else None
        name = next((str(item[n]) for n in _NAMES if isinstance(item, dict) and item.get(n)), "")
        noun = _PARTS.get(part, "raden")
        words.append(f"{noun} ”{name[:60]}”" if name else f"{noun} nr {int(index) + 1}")
        here = item
    return ", ".join(words) or "planen"


def word_refusal(error: InterchangeError, data: Any) -> InputError:
    """``error`` (the plan format refusing the plan built from a Word document) said for the
    Word import."""
    lines = []
    for path, message in error.problems:
        place = _place(data, path)
        lines.append(f"  {place[:1].upper()}{place[1:]}: {message}")
    return InputError(
        "Planen som lästes ur Word-dokumentet kunde inte skapas:\n"
        + "\n".join(lines)
        + "\nRätta det i importfönstret (planperioden med --fran och --till i "
        "vplan import-docx) och försök igen."
    )

"""A target given as a styrkort's colour scale: the bands of green, yellow and red in one cell
("Grön: ≥ 90 %, Gul: 80–89 %, Röd: < 80 %", the bands on lines of their own, or written after
their values: "≥ 90 % grönt, 80–89 % gult, < 80 % rött"). The target is the green band, where
the goal is met; the yellow and red bands are the scale's, no target of the plan. (A scale in
three columns "Grönt | Gult | Rött" under "Målvärde 2026" gives the green column as the
year's target already: the first column under a merged heading.)"""

from __future__ import annotations

import re

__all__ = ["green_band"]

_LABEL = re.compile(
    r"\b(?P<colour>grön|grönt|gul|gult|röd|rött)(?:\s+(?:nivå|gräns|zon))?\b\s*[:=]?",
    re.IGNORECASE,
)
_SEPARATORS = " \t\n,;/|–-"


def green_band(text: str) -> str:
    """The green band of a colour scale ("≥ 90 %" of "Grön: ≥ 90 %, Gul: 80–89 %, Röd: < 80
    %"); "" for a text that is no scale of green and another colour."""
    labels = list(_LABEL.finditer(text))
    colours = [m.group("colour").lower()[:3] for m in labels]
    if "grö" not in colours or len(set(colours)) < 2 or len(colours) != len(set(colours)):
        return ""
    green = colours.index("grö")
    if not text[: labels[0].start()].strip(_SEPARATORS):  # "Grön: ≥ 90 %, Gul: …"
        end = labels[green + 1].start() if green + 1 < len(labels) else len(text)
        band = text[labels[green].end() : end]
    elif not text[labels[-1].end() :].strip(_SEPARATORS):  # "≥ 90 % grönt, …"
        start = labels[green - 1].end() if green else 0
        band = text[start : labels[green].start()]
    else:
        return ""
    return " ".join(band.split()).strip(_SEPARATORS.replace("-", "").replace("–", ""))

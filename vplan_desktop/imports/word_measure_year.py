"""An indicator's target cell that announces a measurement in its own column's year: a new
measure without a nuläge whose first target column says "Mäts 2026" under "2026" (the year's
target is that the measure is taken, the figures follow in later years). That cell is the
year's target in words, kept as text; a cell naming another year ("Mäts 2028" under "Mål
2027") or no year ("Mäts i oktober") still gives no figure for its column
(``word_indicator_cells.no_figure``)."""

from __future__ import annotations

import re

from vplan_desktop.imports.word_indicator_cells import no_figure

_MEASURED = re.compile(
    r"^mäts\s+(?:först\s+|första\s+gången\s+|under\s+|i\s+|från\s+)?(?:år\s+)?"
    r"(?P<year>(?:19|20)\d\d)\.?$",
    re.IGNORECASE,
)


def measured_that_year(text: str, role: str) -> bool:
    """``text`` in the column of ``role`` ("mal:2026") announces the measurement in that same
    year ("Mäts 2026", "Mäts första gången 2026"): the year's target in words."""
    kind, _, year = role.partition(":")
    found = _MEASURED.match(" ".join(text.split()))
    return kind == "mal" and found is not None and found.group("year") == year


def no_figure_in(text: str, role: str) -> bool:
    """The cell of an indicator's figure column ``role`` ("mal:2027", "utfall:2025") gives
    nothing to enter: it is empty or gives no figure ("–", "Saknas", "Mäts 2028"), unless it
    is a target column's measurement in its own year (``measured_that_year``)."""
    if not text.strip():
        return True
    return no_figure(text) and not measured_that_year(text, role)

"""A target column that names no year ("Årsmål", "Målvärde", "Nämndens årsmål") in a plan for
one year: the targets for that year, as a plan exported from a planning system prints them
with the year in the title only. Beside it a column of kommunfullmäktige's targets for the
same indicators ("KF:s årsmål") is the upper level's, kept as the row's words: the nämnd's
own column is its plan's target. With more than one such column left, or in a plan of several
years, no column is given a year."""

from __future__ import annotations

import re

from vplan_desktop.imports.word_target_words import target_header

__all__ = ["yearless_target"]

_TARGET = re.compile(r"årsmål\s*:?$", re.IGNORECASE)
"""A header naming the year's target ("Årsmål", "Nämndens årsmål")."""
_UPPER = re.compile(
    r"^(?:kommunfullmäktiges|fullmäktiges|kf:?s|kf-|kommunstyrelsens|ks:?s|stadens|kommunens)",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?:19|20)\d\d")


def yearless_target(headers: list[str], roles: list[str], first: int, last: int) -> None:
    """Gives the one yearless target column that is not the upper level's the role of the
    plan year's target (``roles`` changed in place), when the plan is for one year."""
    if first != last or any(r.startswith("mal:") for r in roles):
        return
    found = [
        i
        for i, header in enumerate(headers)
        if roles[i] == "ovrigt"
        and not _YEAR.search(header)
        and (target_header(header) or _TARGET.search(" ".join(header.split())))
    ]
    own = [i for i in found if not _UPPER.match(headers[i].strip())]
    if len(own) == 1:
        roles[own[0]] = f"mal:{first}"

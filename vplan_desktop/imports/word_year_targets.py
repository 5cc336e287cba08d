"""A target cell covering several years' target columns that names each year's target in turn
("2027: 45 %, 2028: 48 %"): each year's column takes its own target ("45 %" under Målvärde 2027,
"48 %" under Målvärde 2028). A cell with anything besides such year-labelled parts is left
whole."""

from __future__ import annotations

import re

_PART = re.compile(r"((?:19|20)\d\d)\s*:\s*(\S.*?)\s*(?:[,;]\s*(?=(?:19|20)\d\d\s*:)|$)", re.DOTALL)


def year_targets(text: str) -> dict[str, str]:
    """The targets by year of a cell written "2027: 45 %, 2028: 48 %" (two years or more);
    {} for any other text."""
    out: dict[str, str] = {}
    at = 0
    text = text.strip()
    while at < len(text):
        match = _PART.match(text, at)
        if match is None or match.group(1) in out:
            return {}
        out[match.group(1)] = match.group(2)
        at = match.end()
    return out if len(out) > 1 else {}


def split_year_targets(roles: list[str], cells: list[str], lines: list[tuple[str, ...]]) -> None:
    """Each target column ("mal:2027") whose cell names every year's target takes its year's."""
    for c, role in enumerate(roles[: len(cells)]):
        if role.startswith("mal:") and cells[c]:
            value = year_targets(cells[c]).get(role[4:])
            if value:
                cells[c] = value
                if c < len(lines):
                    lines[c] = (value,)

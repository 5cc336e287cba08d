"""The conventions of Swedish official statistics in a plan's figure cells. SCB, Socialstyrelsen
and Kolada print ".." where a figure is missing, "x" where it is protected (too few answers to
publish) and "." where none can occur: such a cell holds no figure. A figure may carry a note
marker ("88 %*", "2 064**", "121 900¹") pointing at a note under the table, and an estimate may
be written "ca 45 %" or "cirka 45 %": the figure is the number, the marker and the "ca" are no
part of it (the note stays as the table's text; an indicator's estimate is also kept in words,
and an amount written "ca 1 200" is left as it stands rather than losing its "ca")."""

from __future__ import annotations

import re

_NO_VALUE = re.compile(r"^(?:\.\.?|…|x)$", re.IGNORECASE)
_FIGURE = r"[-−+]?\d[\d  ]*(?:[,.]\d+)?(?:\s*%)?"
_MARKED = re.compile(
    rf"^(?:(?:ca\.?|c:a|cirka|ungefär|~)\s*)?(?P<figure>{_FIGURE})\s*(?:\*{{1,3}}|[¹²³⁴⁵])?$",
    re.IGNORECASE,
)
_ESTIMATE = re.compile(r"^(?:ca\.?|c:a|cirka|ungefär|~)\s*\d", re.IGNORECASE)


def no_value_symbol(text: str) -> bool:
    """The cell holds one of official statistics' symbols for no figure: "..", "x", "."."""
    return _NO_VALUE.match(text.strip()) is not None


def unmarked(text: str) -> str:
    """The figure of a cell without its note marker ("121 900*" → "121 900"); any other cell,
    an estimate ("ca 1 200") too, as it is."""
    found = _MARKED.match(" ".join(text.split()))
    return found.group("figure") if found and not _ESTIMATE.match(found.group(0)) else text


def plain_figures(cells: list[str], roles: list[str]) -> list[str]:
    """The row's cells with each figure column's (nuläge, a year's target or outcome) without
    its note marker or its "ca"."""
    return [
        plain_figure(c) if i < len(roles) and (roles[i] == "nulage" or ":" in roles[i]) else c
        for i, c in enumerate(cells)
    ]


def plain_figure(text: str) -> str:
    """The figure of a cell without its note marker or its "ca" ("88 %*" → "88 %", "ca 45 %"
    → "45 %", "121 900*" → "121 900"); any other cell as it is."""
    found = _MARKED.match(" ".join(text.split()))
    return found.group("figure") if found else text


def estimates(headers: list[str], roles: list[str], cells: list[str]) -> str:
    """The figure cells of an indicator's row that give an estimate ("ca 45 %"), each named by
    its column ("Nuläge 2025: ca 45 %"): the figure is entered as the number, and these words
    keep with the plan that it is an estimate; "" when no cell is one."""
    return "\n".join(
        f"{headers[i]}: {cell}" if i < len(headers) and headers[i] else cell
        for i, (cell, role) in enumerate(zip(cells, roles, strict=False))
        if (role == "nulage" or ":" in role) and _ESTIMATE.match(cell.strip())
    )

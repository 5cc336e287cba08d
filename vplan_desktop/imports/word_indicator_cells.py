"""What an indicator's cells say besides the figure: a name cell that ends in its source
("Andel … ¶ Källa: Kolada U33400": the source and the Kolada id, not part of the name) and a
nuläge cell that carries its own year ("2024: 71", "71 (2024)")."""

from __future__ import annotations

import re

_SOURCE = re.compile(r"\s+(?:data)?källa\s*:\s*(?P<source>\S.{0,200})$", re.IGNORECASE)
_KOLADA = re.compile(r"\b(?P<id>[NU]\d{5})\b")
_YEAR_FIRST = re.compile(r"^\s*(?P<year>(?:19|20)\d\d)\s*:\s*(?P<value>\S.*)$")
_YEAR_AFTER = re.compile(r"\(\s*(?P<year>(?:19|20)\d\d)\s*\)")


def name_and_source(text: str) -> tuple[str, str, str]:
    """(name, source, Kolada id) of an indicator's name cell: "Andel … Källa: Kolada U33400"
    gives ("Andel …", "Kolada U33400", "U33400"); a cell without a source line gives the text
    as the name and "" for the rest."""
    found = _SOURCE.search(text)
    if found is None or found.start() == 0:
        return text, "", ""
    source = found.group("source").strip().rstrip(".")
    kolada = _KOLADA.search(source) if "kolada" in source.lower() else None
    return text[: found.start()].strip(), source, kolada.group("id") if kolada else ""


def dated_value(text: str) -> tuple[int | None, str]:
    """(year, figure) of a nuläge cell naming its year: "2024: 71" and "71 % (2024)" give
    (2024, the figure); any other cell gives (None, the text)."""
    if found := _YEAR_FIRST.match(text):
        return int(found.group("year")), found.group("value").strip()
    if found := _YEAR_AFTER.search(text):
        return int(found.group("year")), (text[: found.start()] + text[found.end() :]).strip()
    return None, text


def no_figure(text: str) -> bool:
    """A cell holding only a dash ("–", "-", "—"): no figure given for that year."""
    return text.strip() in ("-", "–", "—", "−")

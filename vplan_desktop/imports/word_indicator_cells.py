"""What an indicator's cells say besides the figure: a name cell that ends in its source
("Andel … ¶ Källa: Kolada U33400": the source and the Kolada id, not part of the name), a
nuläge cell that carries its own year ("2024: 71", "71 (2024)"), a column of the latest outcome
("Senaste utfall"), a nuläge column that is also a year's outcome ("Utfall 2025 (nuläge)" under
"Utfall" beside the earlier years), a cell saying that there is no figure ("-", "Saknas") or
not yet ("Mäts i oktober"; in a nuläge cell such words, "Nytt mått" say more than "no figure"
and are kept as the indicator's note) and a target set for every year ("minst 80 % årligen")."""

from __future__ import annotations

import re

from vplan_desktop.imports.word_kolada_name import kolada_in_name
from vplan_desktop.imports.word_school_year import is_school_year, year_in
from vplan_desktop.imports.word_stat_symbols import no_value_symbol

_SOURCE = re.compile(r"\s+(?:data)?källa\s*:\s*(?P<source>\S.{0,200})$", re.IGNORECASE)
_KOLADA = re.compile(r"\b(?P<id>[NU]\d{5})\b")
_YEAR = r"(?P<year>(?:19|20)\d\d(?:\s*/\s*\d\d(?:\d\d)?)?)"
"""A year, or a school year ("2024/25", read as the year it ends in)."""
_YEAR_FIRST = re.compile(rf"^\s*(?:läsår\s+)?{_YEAR}\s*:\s*(?P<value>\S.*)$", re.IGNORECASE)
_YEAR_AFTER = re.compile(rf"\(\s*(?:läsår\s+)?{_YEAR}\s*\)", re.IGNORECASE)


def name_and_source(text: str) -> tuple[str, str, str]:
    """(name, source, Kolada id) of an indicator's name cell: "Andel … Källa: Kolada U33400"
    gives ("Andel …", "Kolada U33400", "U33400"); a cell without a source line gives the text
    as the name and "" for the rest; a name carrying its Kolada id ("Besök … (N09410)") gives
    the name without it, "" and the id."""
    found = _SOURCE.search(text)
    if found is None or found.start() == 0:
        name, given = kolada_in_name(text)
        return name, "", given
    source = found.group("source").strip().rstrip(".")
    kolada = _KOLADA.search(source) if "kolada" in source.lower() else None
    name, given = kolada_in_name(text[: found.start()].strip())
    return name, source, kolada.group("id") if kolada else given


def dated_value(text: str) -> tuple[int | None, str]:
    """(year, figure) of a nuläge cell naming its year: "2024: 71" and "71 % (2024)" give
    (2024, the figure), "71 % (läsår 2024/25)" (2025, the figure); any other cell gives (None,
    the text)."""
    if (found := _YEAR_FIRST.match(text)) and (year := _year(found.group("year"))):
        return year, found.group("value").strip()
    if (found := _YEAR_AFTER.search(text)) and (year := _year(found.group("year"))):
        return year, (text[: found.start()] + text[found.end() :]).strip()
    return None, text


def _year(text: str) -> int | None:
    """The year ``text`` names; a school year's ("2024/25") the year it ends in; None for two
    years that are no school year ("2024/2026")."""
    return year_in(text) if "/" not in text or is_school_year(text) else None


_LATEST = re.compile(
    r"^(?:senaste|senast\s+kända|aktuellt|nuvarande)\s+(?:utfall|värde|mätvärde|mätning|resultat)"
    r"(?:\s*\((?:år|årtal|mätår)\))?$|^senast\s+(?:uppmätt|mätt)(?:\s+värde)?$",
    re.IGNORECASE,
)
_OUTCOME = re.compile(r"\b(?:utfall|bokslut|resultat|redovisat|uppmätt)\b", re.IGNORECASE)


def nulage_outcome_year(header: str) -> int | None:
    """The year whose outcome a nuläge column also is: "Utfall 2025 (nuläge)" (the nuläge
    column under an "Utfall" header over the outcome years) is 2025's outcome as well as the
    indicator's nuläge; None for a column that is only the nuläge ("Nuläge 2025")."""
    if _OUTCOME.search(header) is None:
        return None
    return year_in(header.lower())


_MISSING = re.compile(
    r"^(?:[-–—−]|saknas|uppgift\s+saknas|(?:värde|data|mätning)\s+saknas|ej\s+mätt|mäts\s+ej|"
    r"ingen\s+uppgift|ej\s+tillgänglig|n/a|ny\s+(?:indikator|mätning|i\s+år)|"
    r"nytt\s+(?:mått|nyckeltal)|"
    r"(?:mäts|redovisas|rapporteras|publiceras|kommer)\s+(?:senare|först|i|under|efter|vid|"
    r"hösten|våren)\b[^\d]*(?:(?:19|20)\d\d)?"
    r"|(?:mäts|redovisas)\s+(?:från\s+)?(?:19|20)\d\d)\.?$",
    re.IGNORECASE,
)
"""No figure given, or not yet: "Mäts i oktober", "Redovisas i bokslutet 2026", "Mäts 2028",
"Ny indikator", "Nytt mått" (an indicator not measured before)."""


def latest_outcome(header: str) -> bool:
    """A column of the latest known outcome without a year ("Senaste utfall", "Aktuellt
    värde", "Senaste utfall (år)"): in a plan, where each indicator stands now, its cells
    naming their own year ("54 % (2025)", "2025: 142,5")."""
    return _LATEST.match(" ".join(header.split())) is not None


def no_figure(text: str) -> bool:
    """A cell holding only a dash ("–", "-", "—") or saying that the figure is missing
    ("Saknas", "Uppgift saknas", "Ej mätt") or comes later ("Mäts i oktober", "Mäts 2028"), or
    one of official statistics' symbols for no figure ("..", "x"): no figure given."""
    return _MISSING.match(" ".join(text.split())) is not None or no_value_symbol(text)


_EVERY_YEAR = re.compile(r"^(?P<target>.*\d.*?)[\s,]+(?:årligen|varje år|alla år)\.?$", re.I)


def every_year(text: str) -> str | None:
    """The target of a cell setting it for every year ("minst 80 % årligen", "≥ 95 % varje
    år" give "minst 80 %", "≥ 95 %"); None for any other cell (a figure is needed: "Två
    träffar årligen" in words is the target's text as it stands)."""
    found = _EVERY_YEAR.match(" ".join(text.split()))
    return found.group("target").strip() if found else None


_BARE_GAP = re.compile(
    r"^(?:saknas|uppgift\s+saknas|(?:värde|data|mätning)\s+saknas|ej\s+mätt|mäts\s+ej|"
    r"ingen\s+uppgift|ej\s+tillgänglig|n/a)\.?$",
    re.IGNORECASE,
)


def gap_words(headers: list[str], column: int | None, cells: list[str]) -> str:
    """The words of a row's nuläge cell (``column``) that gives no figure but says why ("Nytt
    mått", "Ny indikator", "Mäts i oktober"), labelled by its header ("Utgångsvärde (år): Nytt
    mått"), for the indicator's note; "" for a figure, a dash or symbol, or a bare "Saknas"."""
    if column is None or column >= len(cells):
        return ""
    words = " ".join(cells[column].split())
    if not no_figure(words) or not re.search(r"[a-zåäö]{2}", words, re.IGNORECASE):
        return ""
    if _BARE_GAP.match(words):
        return ""
    label = " ".join(headers[column].split()).rstrip(":") if column < len(headers) else ""
    return f"{label}: {words}" if label else words

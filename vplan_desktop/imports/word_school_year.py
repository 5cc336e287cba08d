"""School years. Plans for förskola and skola count in läsår ("Läsår 2024/25", "2024/2025",
"lå 24/25") where vplan counts in calendar years: a school year is read as the calendar year
it ends in, since its results are known and its targets reached when the spring term ends in
June (läsår 2024/25 is 2025, "Mål 2026/27" the target for 2027), and an activity due
"läsår 2027/28" is due 2028-06-30. A kommun's budget never follows the school year (its
räkenskapsår is the calendar year), so a table by school year is no budget. A diarienummer
("BUN 2026/212") or two years apart ("2026/2028") are no school year."""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["is_school_year", "school_year_end", "year_in"]

_SCHOOL_YEAR = re.compile(
    r"(?<![\d/])(?P<start>(?:19|20)\d\d)\s*/\s*(?P<end>\d\d(?:\d\d)?)(?![\d/])"
    r"|\b(?:läsår(?:et)?|lå)\s*(?P<short>\d\d)\s*/\s*(?P<short_end>\d\d)(?![\d/])",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_BY = re.compile(
    r"^(?:(?:klart|klar|färdig|senast|till|under|före|vid\s+slutet\s+av|"
    r"(?:före\s+)?utgången\s+av)\s+)*"
)
_NAMED = re.compile(r"(?:(?:läsår(?:et)?|lå)\s*)?")


def _ending(found: re.Match[str]) -> int | None:
    """The calendar year the school year ``found`` ends in; None when its two years do not
    follow each other."""
    if found.group("start"):
        start, end = int(found.group("start")), found.group("end")
    else:
        start, end = 2000 + int(found.group("short")), found.group("short_end")
    following = start + 1
    if len(end) == 2:
        return following if int(end) == following % 100 else None
    return following if int(end) == following else None


def _school_years(text: str) -> list[tuple[int, int, int]]:
    """(start, end, year it ends in) of each school year in ``text``."""
    out = []
    for found in _SCHOOL_YEAR.finditer(text):
        year = _ending(found)
        if year is not None:
            out.append((found.start(), found.end(), year))
    return out


def is_school_year(text: str) -> bool:
    """``text`` names a school year ("Läsår 2024/25", "Mål 2026/27")."""
    return bool(_school_years(text))


def year_in(text: str) -> int | None:
    """The first year ``text`` names as vplan counts years: a school year as the year it ends
    in ("Läsår 2024/25" → 2025), else the calendar year ("Budget 2027" → 2027); None for
    none."""
    school = _school_years(text)
    plain = _YEAR.search(text)
    if school and (plain is None or school[0][0] <= plain.start()):
        return school[0][2]
    return int(plain.group(1)) if plain else None


def school_year_end(text: str) -> dt.date | None:
    """The last day of the school year ``text`` names as an activity's end ("läsår 2027/28",
    "läsåret 2027/28", "2027/28", "klart läsår 2027/28" → 2028-06-30, when the spring term
    ends); None for any other text."""
    clean = _BY.sub("", " ".join(text.lower().split()).rstrip("."))
    school = _school_years(clean)
    if (
        len(school) != 1
        or school[0][1] != len(clean)
        or not _NAMED.fullmatch(clean[: school[0][0]])
    ):
        return None
    return dt.date(school[0][2], 6, 30)

"""Outcome columns of a part of a year in a plan's indicator table: "Utfall T1 2026", "Utfall
kv 2 2026", "Utfall jan–aug 2026", "Delår 2026" beside a whole year's outcome ("Helår 2025",
"Utfall 2025"). A part of a year is not the year's value (an annual count, a turnover or a share
of the year's cases is not comparable with the months so far), so where the table gives a whole
year the newest whole year is the indicator's nuläge and the part-year figures are kept as
words, for the follow-up to report. A table whose only outcome is a part of a year ("Utfall
jan–okt 2026 | Målnivå 2027") keeps it as its nuläge, and a follow-up reports the year so far
as the year's outcome (its columns are read as they were)."""

from __future__ import annotations

import re

_MONTH = r"(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-zåäö]*\.?"
_PART = re.compile(
    r"\b(?:t|tertial)\s*[12]\b"  # tertial 3 closes the year: the year's outcome
    r"|\b(?:q|kv\.?|kvartal)\s*[1-4]\b|\b[1-4]\s*:?\s*(?:a|e)?\s+kvartalet\b"
    r"|\bdelår|\bhalvår|\bförsta\s+halvåret\b"
    rf"|\b{_MONTH}\s*[–—-]\s*(?!dec){_MONTH}"  # "jan–aug", not "jan–dec"
    rf"|\b(?:t\.?\s?o\.?\s?m\.?|till\s+och\s+med|per)\s+(?!dec){_MONTH}"
    rf"|\b(?:utfall|bokslut|resultat)\s+(?!dec){_MONTH}\s+(?:19|20)\d\d",  # "Utfall aug 2026"
    re.IGNORECASE,
)
_OUTCOME_ROLE = ("utfall:", "bokslut:")


def part_of_year(header: str) -> bool:
    """The column's header names a period shorter than a year: a tertial before the last ("T1
    2026", "tertial 2"), a quarter ("Kv 3 2026", "Q1"), a delår or halvår, months up to one
    before december ("jan–aug 2026", "t.o.m. augusti", "Utfall aug 2026")."""
    return _PART.search(" ".join(header.split())) is not None


def part_year_columns(headers: list[str], roles: list[str], follow_up: bool) -> None:
    """Turn a plan's outcome columns of a part of a year into words ("ovrigt") when the table
    also gives a whole year's outcome or nuläge (see the module); ``roles`` is changed in
    place."""
    if follow_up:
        return
    outcomes = [i for i, r in enumerate(roles) if r.startswith(_OUTCOME_ROLE)]
    parts = [i for i in outcomes if i < len(headers) and part_of_year(headers[i])]
    whole = [
        i
        for i, r in enumerate(roles)
        if (r.startswith(_OUTCOME_ROLE) or (r == "nulage" and _dated(headers[i])))
        and i < len(headers)
        and not part_of_year(headers[i])
    ]  # "Helår 2025", "Utfall 2025", "Nuläge 2025"
    if not parts or not whole:
        return
    for index in parts:
        roles[index] = "ovrigt"


def outcome_columns(headers: list[str], roles: list[str]) -> list[int]:
    """The table's outcome columns: those read as a year's outcome and those of a part of a
    year kept as words (a table of "Helår 2025 | Utfall T1 2026" gives a series of outcomes,
    not a single figure that is only the nuläge)."""
    return [
        i
        for i, r in enumerate(roles)
        if r.startswith(_OUTCOME_ROLE)
        or (r == "ovrigt" and i < len(headers) and part_of_year(headers[i]) and _dated(headers[i]))
    ]


def _dated(header: str) -> bool:
    return re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", header) is not None

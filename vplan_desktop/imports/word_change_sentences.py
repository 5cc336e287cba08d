"""An indicator written as one sentence with its figures in words, as a bullet under a line
such as "Så vet vi att vi lyckas": "Andelen bygglov som beslutas inom tio veckor ökar från
81 % (2025) till 95 % 2027", "Antal nya bostäder i detaljplan: minst 400 per år (2025: 310)",
"NKI för bygglov ska vara minst 70 år 2027 och 2028 (2024: 64)". The subject before "ökar
från" / "minskar från", "ska vara" or the colon is the indicator's name, kept as printed; the
figure "från X (år)" or "(år: X)" its nuläge; each "<figure> [år] <year>" after "till" (or after
"ska vara" / the colon) a target of that year – a bare year after "och" takes the figure
before it – and "<figure> per år" / "varje år" / "årligen" that target in each year of the
plan. "minst" / "högst" are kept as the target's comparison; the unit is the nuläge's
("%", "hektar", "veckor") or else the target's."""

from __future__ import annotations

import re
from typing import Any

from vplan_desktop.imports.word_text import cell_target, cell_value

__all__ = ["change_indicator"]

_YEAR = r"(?:19|20)\d\d"
_FROM = re.compile(
    r"^(?P<name>\S.{2,250}?)\s+(?:ökar|minskar|sjunker|stiger|höjs|sänks)\s+från\s+"
    rf"(?P<base>[^()]+?)\s*\((?P<year>{_YEAR})\)\s+till\s+(?P<targets>[^()]+?)\.?$",
    re.IGNORECASE,
)
_SHALL = re.compile(
    r"^(?P<name>\S.{2,250}?)(?:\s+ska\s+(?:vara|uppgå\s+till)\s+|:\s+)(?P<targets>[^():]+?)"
    rf"\s*\((?P<year>{_YEAR})\s*:\s*(?P<base>[^()]+?)\)\.?$",
    re.IGNORECASE,
)
_EACH_YEAR = re.compile(r"^(?P<value>.+?)\s+(?:per\s+år|varje\s+år|årligen)$", re.IGNORECASE)
_PART = re.compile(rf"^(?:(?P<value>.+?)\s+)?(?:år\s+)?(?P<year>{_YEAR})$", re.IGNORECASE)
_FIGURE = re.compile(
    r"^(?P<cmp>(?:minst|högst|lägst|max|maximalt|under|över)\s+)?"
    r"(?P<number>\d{1,3}(?:\s\d{3})*(?:,\d+)?|\d+(?:,\d+)?)\s*(?P<unit>%|[^\W\d]{1,15})?$",
    re.IGNORECASE,
)


def _figure(text: str) -> tuple[str, str, str] | None:
    """(comparison word, number, unit) of "minst 90 %", "4,0 veckor", "400"."""
    found = _FIGURE.match(text.strip())
    if found is None or (found["unit"] or "").lower() == "år":
        return None
    return (found["cmp"] or "").strip(), found["number"], (found["unit"] or "").strip()


def _targets(text: str, years: tuple[int, int]) -> dict[int, tuple[str, str, str]] | None:
    """The targets by year of "75 % 2027 och 85 % 2029", "minst 70 år 2027 och 2028",
    "högst 10 % per år"; None when a part is no figure with its year."""
    text = " ".join(text.split())
    if each := _EACH_YEAR.match(text):
        figure = _figure(each["value"])
        if figure is None:
            return None
        return dict.fromkeys(range(years[0], years[1] + 1), figure)
    out: dict[int, tuple[str, str, str]] = {}
    figure = None
    for part in re.split(r",\s+|\s+och\s+", text):  # not the decimal comma of "4,0"
        found = _PART.match(part.strip())
        if found is None:
            return None
        if found["value"] is not None:
            figure = _figure(found["value"])
        if figure is None:
            return None
        out[int(found["year"])] = figure
    return out or None


def change_indicator(text: str, first_year: int, last_year: int) -> dict[str, Any] | None:
    """An indicator of the plan's JSON from a sentence giving its nuläge and targets (see the
    module); None for any other line."""
    text = " ".join(text.split())
    found = _FROM.match(text) or _SHALL.match(text)
    if found is None:
        return None
    base = _figure(found["base"])
    targets = _targets(found["targets"], (first_year, max(first_year, last_year)))
    if base is None or base[0] or targets is None:
        return None
    units = [base[2]] + [f[2] for f in targets.values()]
    indicator: dict[str, Any] = {
        "namn": found["name"].strip()[:300],
        "att_granska": True,
        "malnivaer": {},
        "utfall": {},
        "enhet": next((u for u in units if u), "")[:40],
        "nulage": {"ar": int(found["year"]), "varde": cell_value(base[1]), "ar_malniva": False},
    }
    for year, (compared, number, _unit) in targets.items():
        value, jamforare = cell_target(f"{compared} {number}".strip())
        indicator["malnivaer"][str(year)] = value
        if jamforare is not None:
            indicator.setdefault("jamforare", {})[str(year)] = jamforare.value
    return indicator

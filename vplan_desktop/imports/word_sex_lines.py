"""An indicator line giving its figures by sex in one go, the way plans write figures about
people in running text: "Andel klienter som fullföljer behandlingen (kvinnor/män/totalt)
72/65/68 % (2025). Mål 2027: 75 %." The bracket names the figures' order, the figures follow
in that order, split by slashes, with their year in brackets (or before them, "2025:
72/65/68 %"); a target "Mål 2027: …" is the total's when it is one figure, each one's when it
is as many figures as the bracket names ("Mål 2027: 75/72/73 %").

Such a line is an indicator per figure: the total under the line's name, each sex as "<name> –
kvinnor" ("– män", "– flickor", "– pojkar"), each with its figure as nuläge (the year given)
and its target."""

from __future__ import annotations

import re
from typing import Any

from vplan_desktop.imports.word_sex_rows import sex_label
from vplan_desktop.imports.word_text import cell_target, cell_value

__all__ = ["sex_split_line"]

_YEAR = r"(?:19|20)\d\d"
_FIGURE = r"[-−–+]?\s?\d[\d\u00a0 ]*(?:,\d+)?"
_LINE = re.compile(
    rf"^(?P<name>\S.*?)\s*\((?P<labels>[^()/]+(?:/[^()/]+)+)\)\s*:?\s*"
    rf"(?:(?P<before>{_YEAR})\s*:\s*)?"
    rf"(?P<figures>{_FIGURE}(?:\s*/\s*{_FIGURE})+)\s*(?P<unit>%|procent\b)?\s*"
    rf"(?:\(\s*(?:år\s+)?(?P<after>{_YEAR})\s*\)|(?:år\s+)?(?P<bare>{_YEAR}))?\s*[.,;]?\s*"
    rf"(?:(?:mål(?:värde|nivå)?|målet)\s+(?P<target_year>{_YEAR})\s*:?\s*(?P<targets>.+?))?"
    r"\s*\.?$",
    re.IGNORECASE,
)


def sex_split_line(text: str) -> list[dict[str, Any]] | None:
    """The indicators of the plan's JSON a line of figures by sex gives, the total's first;
    None for any other line."""
    found = _LINE.match(" ".join(text.split()))
    if found is None:
        return None
    labels = [sex_label(label) for label in found.group("labels").split("/")]
    figures = [f.strip() for f in found.group("figures").split("/")]
    if None in labels or len(labels) != len(figures) or "" not in labels:
        return None  # a bracket that names no sexes with a total, or figures not one each
    if len(set(labels)) != len(labels):
        return None
    unit = "%" if found.group("unit") else ""
    year_text = found.group("before") or found.group("after") or found.group("bare")
    targets = _targets(found.group("targets") or "", len(labels), labels.index(""))
    name = found.group("name").strip().rstrip(":")
    out = []
    for label, figure, target in zip(labels, figures, targets, strict=True):
        indicator: dict[str, Any] = {
            "namn": (f"{name} – {label}" if label else name)[:300],
            "att_granska": True,
            "enhet": unit,
            "nulage": {
                "ar": int(year_text) if year_text else None,
                "varde": cell_value(figure),
                "ar_malniva": False,
            },
            "malnivaer": {},
            "utfall": {},
        }
        if target:
            value, jamforare = cell_target(target)
            year = found.group("target_year")
            if value is not None:
                indicator["malnivaer"][year] = value
            if jamforare is not None:
                indicator["jamforare"] = {year: jamforare.value}
        out.append(indicator)
    return sorted(out, key=lambda i: i["namn"] != name)


def _targets(text: str, count: int, total: int) -> list[str]:
    """Each figure's target: one per figure, or one target the total's alone."""
    text = text.strip().rstrip(".")
    parts = [p.strip() for p in text.split("/")] if text else []
    if len(parts) == count:
        unit = "%" if text.endswith("%") else ""
        return [p if p.endswith("%") or not unit else f"{p} %" for p in parts]
    return ["" if n != total else text for n in range(count)]

"""An indicator typed as one line of sentences under a goal, its figures' labels run in after
its name: "–<TAB>Andel nöjda invånare. Utgångsläge 58 % (2025). Mål 2027: 62 %, 2028: 65 %."
The baseline names its year in brackets after the value ("Utgångsläge 58 % (2025)") or before
it ("Nuläge 2025: 58 %"); one "Mål" label opens the targets, listed by year after a comma
("Mål 2027: 62 %, 2028: 65 %"). A typed list mark (a dash or bullet and a tab or space) is no
part of the name."""

from __future__ import annotations

import re
from typing import Any

from vplan_desktop.imports.word_indicator_cells import no_figure
from vplan_desktop.imports.word_text import cell_target, cell_value

__all__ = ["runin_indicator"]

_MARK = re.compile(r"^[–—\-•▪◦·*]\s+")
_YEAR = r"(?:19|20)\d\d"
_BASE = re.compile(
    r"(?:^|(?<=\.\s))(?:utgångsläge|utgångsvärde|nuläge|basvärde|utfall)\s*"
    rf"(?:(?P<year1>{_YEAR})\s*:\s*(?P<value1>[^()]+?)|:?\s*(?P<value2>[^():]+?)\s*"
    rf"\((?:år\s+)?(?P<year2>{_YEAR})\))\s*(?:\.\s+|\.?$)",
    re.IGNORECASE,
)
_TARGETS = re.compile(
    rf"(?:^|(?<=\.\s))(?:mål|målvärde|målnivå)\s+(?P<list>{_YEAR}\s*:.+?)\s*\.?$", re.IGNORECASE
)
_TARGET = re.compile(rf"(?:^|,\s*)(?P<year>{_YEAR})\s*:\s*(?P<value>.+?)\s*(?=,\s*{_YEAR}\s*:|$)")


def runin_indicator(text: str) -> dict[str, Any] | None:
    """An indicator of the plan's JSON from "<name>. Utgångsläge <value> (<year>). Mål <year>:
    <value>, <year>: <value>."; None for a line that is not wholly a name, a baseline and its
    targets in that order."""
    line = _MARK.sub("", " ".join(text.split()))
    base = _BASE.search(line)
    targets = _TARGETS.search(line)
    if base is None or targets is None or base.end() != targets.start():
        return None
    name = line[: base.start()].strip().rstrip(".").strip()
    if not name or len(name) > 300 or not line[: base.start()].rstrip().endswith("."):
        return None
    listed = targets.group("list")
    pairs = list(_TARGET.finditer(listed))
    if not pairs or "".join(p.group(0) for p in pairs) != listed:
        return None
    base_text = (base.group("value1") or base.group("value2") or "").strip()
    indicator: dict[str, Any] = {
        "namn": name,
        "att_granska": True,
        "malnivaer": {},
        "utfall": {},
        "enhet": "%" if "%" in base_text + listed else "",
        "nulage": {
            "ar": int(base.group("year1") or base.group("year2")),
            "varde": cell_value(base_text),
            "ar_malniva": False,
        },
    }
    for pair in pairs:
        value_text = pair.group("value").strip()
        if no_figure(value_text):
            continue  # "2029: –": no target that year
        value, jamforare = cell_target(value_text)
        if value is not None:
            indicator["malnivaer"][pair.group("year")] = value
        if jamforare is not None:
            indicator.setdefault("jamforare", {})[pair.group("year")] = jamforare.value
    return indicator

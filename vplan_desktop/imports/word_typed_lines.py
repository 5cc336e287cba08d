"""Goals, indicators and activities typed as lines in the prose under a målområde: a bold
numbered goal "1.1 Fler företag startar …", its indicators as indented lines "– Indikator: …
Nuläge 2025: 3,9. Målvärde 2027: 4,5.", and a checklist of activities "☐ <name> (mål 1.1,
ansvarig kanslichef, klart 2027-05-31)", "☑" marking one done. An "Indikator: …" line may
have its figures on the lines under it, one a line ("Utgångsvärde 2025: 34 %", "Målvärde 2027:
Öka med 5 procentenheter", "Utgångsläge: 82 procent (2026)"), as a goal card's cell holds them."""

from __future__ import annotations

import re
from typing import Any

from vplan_desktop.imports.word_activity_lines import end_of
from vplan_desktop.imports.word_blocks import Block, BlockKind
from vplan_desktop.imports.word_indicator_cells import no_figure
from vplan_desktop.imports.word_text import cell_target, cell_value

_NUMBERED_GOAL = re.compile(r"^(?P<kod>\d{1,2}(?:\.\d{1,2})+)\.?\s+(?P<text>\S.{4,300})$")
_INDICATOR = re.compile(
    r"^[–—-]?\s*(?:indikator|mått|mätetal|nyckeltal|styrtal)\s*:\s*(?P<rest>\S.*)$", re.I
)
_FIGURE = (
    r"(?P<what>nuläge|utfall|utgångsläge|utgångsvärde|basvärde|målvärde|målnivå|mål)\s+"
    r"(?P<year>(?:19|20)\d\d)\s*:\s*"
)
"""A figure's label: what it is and its year ("Målvärde 2027:")."""
_MARK = re.compile(rf"(?:^|(?<=[\s.])){_FIGURE}", re.IGNORECASE)
_FIGURE_LINE = re.compile(rf"^{_FIGURE}\S", re.IGNORECASE)
"""A line holding one figure of the indicator above it: "Målvärde 2027: 40 %"."""
_YEAR_AFTER = re.compile(
    r"^(?P<what>nuläge|utfall|utgångsläge|utgångsvärde|basvärde)\s*:\s*(?P<value>\S.*?)\s*"
    r"\((?:år\s+)?(?P<year>(?:19|20)\d\d)\)\.?$",
    re.IGNORECASE,
)
"""A figure line with its year in brackets after the value: "Utgångsläge: 82 procent (2026)"."""
_PERCENT = re.compile(r"(?<=\d)\s*procent\b", re.IGNORECASE)
_CHECK = re.compile(r"^(?P<box>[☐☑☒□✓✔])\s*(?P<name>\S.*?)\s*\((?P<info>[^()]*)\)\s*\.?$")
DONE = "☑☒✓✔"


def numbered_goal(block: Block) -> tuple[str, str] | None:
    """("1.1", "Fler företag …") for a bold line of a number with a point and a goal's
    words; None for any other line."""
    if block.kind is not BlockKind.PARAGRAPH or not block.bold:
        return None
    found = _NUMBERED_GOAL.match(" ".join(block.text.split()))
    return (found.group("kod"), found.group("text").strip()) if found else None


def indicator_sentences(text: str) -> dict[str, Any] | None:
    """An indicator of the plan's JSON from "– Indikator: <name>. Nuläge 2025: 3,9 %.
    Målvärde 2027: 4,5 %."; None for a line not labelled "Indikator:"."""
    found = _INDICATOR.match(" ".join(text.split()))
    if found is None:
        return None
    rest = found.group("rest")
    marks = list(_MARK.finditer(rest))
    name = (rest[: marks[0].start()] if marks else rest).strip().rstrip(".").strip()
    indicator: dict[str, Any] = {
        "namn": name[:300],
        "att_granska": True,
        "malnivaer": {},
        "utfall": {},
        "enhet": "",
    }
    for number, mark in enumerate(marks):
        end = marks[number + 1].start() if number + 1 < len(marks) else len(rest)
        value_text = rest[mark.end() : end].strip().rstrip(".").strip()
        year = int(mark.group("year"))
        if "%" in value_text:
            indicator["enhet"] = "%"
        if mark.group("what").lower().startswith("mål"):
            if no_figure(value_text):
                continue  # "Målvärde 2027: –": no target that year
            value, jamforare = cell_target(value_text)
            if value is not None:
                indicator["malnivaer"][str(year)] = value
            if jamforare is not None:
                indicator.setdefault("jamforare", {})[str(year)] = jamforare.value
        else:
            indicator["nulage"] = {
                "ar": year,
                "varde": cell_value(value_text),
                "ar_malniva": False,
            }
    return indicator


def indicator_with_lines(blocks: list[Block], at: int) -> tuple[dict[str, Any], list[int]] | None:
    """The indicator of the "Indikator: <name>" line at ``at`` with the figures' lines right
    under it ("Utgångsvärde 2025: 34 %", "Målvärde 2027: 40 %"), and those lines' indices; a
    line carrying its own figures takes none. None for a line not labelled "Indikator:"."""
    text = " ".join(blocks[at].text.split())
    found = _INDICATOR.match(text)
    if found is None:
        return None
    taken: list[int] = []
    if not _MARK.search(found.group("rest")):
        for block in blocks[at + 1 :]:
            line = " ".join(block.text.split())
            typed = block.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
            line = figure_line(line)
            if not typed or not _FIGURE_LINE.match(line):
                break
            taken.append(block.index)
            text = f"{text.rstrip('.')}. {line}"
    indicator = indicator_sentences(text)
    return (indicator, taken) if indicator is not None else None


def figure_line(line: str) -> str:
    """A figure's line in the "Nuläge 2026: 82 %" form: "Utgångsläge: 82 procent (2026)"
    names its year after the value, and "procent" after a number is the unit "%"."""
    if found := _YEAR_AFTER.match(line):
        line = f"{found.group('what')} {found.group('year')}: {found.group('value')}"
    return _PERCENT.sub(" %", line) if _FIGURE_LINE.match(line) else line


def typed_indicator_line(text: str) -> bool:
    """A line labelled "Indikator: …", or one holding an indicator's figure ("Målvärde 2027:
    …")."""
    text = " ".join(text.split())
    return bool(_INDICATOR.match(text) or _FIGURE_LINE.match(figure_line(text)))


def checklist_activity(text: str) -> tuple[dict[str, Any], str] | None:
    """(activity, goal number) from a checklist line "☐ <name> (mål 1.1, ansvarig …, klart
    2027-05-31)"; "☑" gives the status Klart. None for any other line."""
    found = _CHECK.match(" ".join(text.split()))
    if found is None:
        return None
    activity: dict[str, Any] = {"namn": found.group("name").strip()[:300], "att_granska": True}
    if found.group("box") in DONE:
        activity["status"] = "klart"
    goal = ""
    rest: list[str] = []
    for part in (p.strip() for p in found.group("info").split(",")):
        label, _, value = part.partition(" ")
        lower = label.lower().rstrip(":")
        if lower in ("mål", "målet") and value:
            goal = value.strip()
        elif lower in ("ansvarig", "ansvar") and value:
            who = value.strip().lstrip(":").strip()
            activity["ansvarig"] = (who[:1].upper() + who[1:])[:200]
        elif part:
            rest.append(part)
    if rest:
        activity.update(end_of(", ".join(rest)))
    return activity, goal

"""Word's paragraphs and cells as the Word import reads them: headings by style or by the
numbered and all-bold lines of plans without heading styles, lists, bold and italic as
Markdown, a goal's level and number where a heading or a line states them ("KF:s mål 1.1 –
…"), a cell's value and a budget column's kind and year."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from docx.text.paragraph import Paragraph

from vplan_desktop import domain as d
from vplan_desktop.db.enums import Jamforare, MalNiva
from vplan_desktop.errors import InputError
from vplan_desktop.formatting import parse_value
from vplan_desktop.imports.word_colour_scale import green_band
from vplan_desktop.numbers import check_value
from vplan_desktop.targets import parse_target

YEAR = re.compile(r"(19|20)\d\d")
PERIOD = re.compile(r"((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)")
NUMBERED = re.compile(r"^(\d+(?:\.\d+)*)[.)]?\s+\S")
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_WORD = r"[a-zåäö]+(?:-[a-zåäö]+)*"
QUALIFIER = rf"(?:\s+(?:för|inom)\s+{_WORD}(?:\s+{_WORD}){{0,2}}(?=\s*:))?"
"""What a goal level's name may say it is for before the goal ("Kommunfullmäktiges mål för
verksamhetsområdet: …", "Nämndens mål inom äldreomsorgen: …"): part of the label, not the goal."""

LEVEL_WORDS: dict[str, MalNiva] = {
    **{label.lower(): level for level, label in d.MALNIVA_LABELS.items()},
    "kommunfullmäktiges mål": MalNiva.KF,
    "kommunstyrelsens mål": MalNiva.KS,
    "förvaltningsmål": MalNiva.FORVALTNING,
}
"""The names a document gives a goal level: vplan's own and the spelled-out ones."""
_LEVELS = "|".join(re.escape(word) for word in sorted(LEVEL_WORDS, key=len, reverse=True))
_GOAL_HEADING = re.compile(
    rf"^(?P<level>{_LEVELS})(?:\s+(?P<kod>[^–-]+?))?\s+[–-]\s+(?P<text>\S.*)$", re.IGNORECASE
)
"""A goal's heading as vplan's export writes it: "KF:s mål 1.1 – Text", "Uppdrag – Text"."""
_KF_LINE = re.compile(
    r"^(?:kommunfullmäktiges|fullmäktiges|kf:s)\s+(?:inriktningsmål|strategiska mål|mål)"
    rf"{QUALIFIER}\s*:\s*"
    r"(?P<text>\S.*)$",
    re.IGNORECASE,
)
"""KF's goal as a line under a målområde's heading: "Kommunfullmäktiges mål: Text"."""


def goal_heading(text: str) -> tuple[MalNiva, str, str] | None:
    """(level, number, text) of a heading that names its goal's level; None otherwise."""
    found = _GOAL_HEADING.match(text.strip())
    if found is None:
        return None
    level = LEVEL_WORDS[found.group("level").lower()]
    kod = (found.group("kod") or "").strip()
    if kod and " " in kod:  # a kommun's longer name for the level: "… kommunfullmäktige KF 2026:3"
        numbered = re.search(r"(?:[A-ZÅÄÖ]{1,4}\s)?\S*\d\S*$", kod)
        kod = numbered.group(0) if numbered else ""
    return level, kod, found.group("text").strip()


_LABEL = re.compile(
    r"^(?:(?:kommunfullmäktiges|fullmäktiges|kommunstyrelsens|nämndens|förvaltningens|kf:s|ks:s)"
    r"\s+(?:mål|inriktningsmål|strategiska\s+mål|prioriterade\s+mål)"
    r"|nämndsmål|nämndmål|förvaltningsmål|verksamhetsmål|kf-mål|ks-mål|strategiskt\s+mål"
    rf"|inriktningsmål|effektmål|prioritering){QUALIFIER}"
    r"(?:\s+\d+(?:[.:]\d+)*[a-z]?)?\s*[:–-]\s+\S",
    re.IGNORECASE,
)
"""A goal level's name, perhaps a number, then the goal: "Nämndmål: …", "KF-mål 2 – …"."""


def labelled_goal(text: str) -> bool:
    """The heading names its goal's level before the goal ("Kommunfullmäktiges mål: Text",
    "Nämndmål: Text"), as a goal-management system exports it: a goal wherever it stands."""
    return len(text) <= 400 and _LABEL.match(" ".join(text.split())) is not None


def kf_line(text: str) -> str | None:
    """The goal of a "Kommunfullmäktiges mål: …" line; None for any other line."""
    found = _KF_LINE.match(text.strip())
    return None if found is None else found.group("text").strip()


STATUS = {
    "ej påbörjad": "ej_paborjad",
    "pågår": "pagar",
    "klart": "klart",
    "klar": "klart",
    "ej klart": "ej_klart",
    "avslutat": "avslutat",
    "avslutad": "avslutat",
}
"""An activity's status as a cell writes it, and the status it is."""


def end_dates(text: str) -> dict[str, Any]:
    """An activity's end as its cell states it: "2027-09-30", "2027-09-30 reviderat till
    2027-12-15" (the revised date too), or "Under 2028" (planned by year, no dates)."""
    found: dict[str, Any] = {}
    if first := DATE.match(text):
        found["slutdatum"] = first.group(0)
    if revised := re.search(rf"reviderat till ({DATE.pattern})", text, re.IGNORECASE):
        found["slutdatum_reviderat"] = revised.group(1)
    if by_year := re.fullmatch(r"under ((?:19|20)\d\d)", text.strip(), re.IGNORECASE):
        found["ar"] = int(by_year.group(1))
    return found


def cell_text(cell: Any) -> str:
    return " ".join(cell.text.split())


def cell_value(text: str) -> Any:
    """A cell's value as an indicator or key figure holds it: a number, or the text."""
    value = parse_value(text.replace("%", " %").replace("  ", " ")) if text.strip() else None
    try:
        return check_value(value, "Värdet") if isinstance(value, Decimal) else value
    except InputError:
        return text.strip()  # not a number a plan can hold: kept as the text it is


def cell_target(text: str) -> tuple[Any, Jamforare | None]:
    """A target's cell: "≥ 95 %" → (95, MINST), a colour scale's green band ("Grön: ≥ 95 %,
    Gul: …") likewise; any other as ``cell_value`` reads it."""
    text = green_band(text) or text
    value, jamforare = parse_target(text) if text.strip() else (None, None)
    if jamforare is None:
        return cell_value(text), None
    try:
        return check_value(value, "Värdet"), jamforare
    except InputError:
        return text.strip(), None


KIND_WORDS = {
    "bokslut": "bokslut",
    "redovisat": "bokslut",
    "utfall": "bokslut",
    "budget": "budget",
    "prognos": "prognos",
    "plan": "plan",
}
"""The words of a budget column's heading, by the kind of column they make."""


def column_kind(header: str) -> tuple[str, int] | None:
    """("budget", 2027) for "Budget 2027", "Plan 2028", "Bokslut 2015" …"""
    lower = header.lower()
    year = YEAR.search(lower)
    if not year:
        return None
    for word, kind in KIND_WORDS.items():
        if word in lower:
            return kind, int(year.group(0))
    return None


def markdown(paragraph: Paragraph) -> str:
    parts = []
    for run in paragraph.runs:
        text = run.text
        if not text:
            continue
        if run.bold and run.italic:
            text = f"***{text.strip()}*** " if text.endswith(" ") else f"***{text}***"
        elif run.bold:
            text = f"**{text.strip()}** " if text.endswith(" ") else f"**{text}**"
        elif run.italic:
            text = f"*{text.strip()}* " if text.endswith(" ") else f"*{text}*"
        parts.append(text)
    return "".join(parts).strip()


def heading_level(paragraph: Paragraph, styled: bool) -> int | None:
    """A heading's level by style; in a document without heading styles, by the numbered or
    all-bold short lines such plans use instead."""
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    match = re.match(r"(?:Heading|Rubrik)\s*(\d)", style)
    if match:
        return int(match.group(1))
    if style == "Title" or styled:
        return None
    text = paragraph.text.strip()
    if not text or len(text) > 90 or text.endswith((".", ":", ",")):
        return None
    numbered = NUMBERED.match(text)
    if numbered and not YEAR.fullmatch(numbered.group(1)):
        return numbered.group(1).count(".") + 1
    runs = [r for r in paragraph.runs if r.text.strip()]
    if runs and all(r.bold for r in runs) and len(text.split()) <= 10:
        return 1
    return None


def is_list(paragraph: Paragraph) -> tuple[bool, bool]:
    """(is a list item, is numbered)."""
    style = (paragraph.style.name if paragraph.style is not None else "").lower()
    numbered = "number" in style or "numrerad" in style
    if "list" in style or (paragraph._p.pPr is not None and paragraph._p.pPr.numPr is not None):
        return True, numbered
    return False, False


def tidy_markdown(text: str) -> str:
    """Blank lines between blocks; list items of one list stay together."""
    out: list[str] = []
    for line in text.split("\n"):
        is_item = bool(re.match(r"^(- |\d+\. )", line))
        previous_item = bool(out) and bool(re.match(r"^(- |\d+\. )", out[-1]))
        if out and out[-1] != "" and not (is_item and previous_item):
            out.append("")
        if line.strip():
            out.append(line.strip())
    return "\n".join(out).strip() + "\n"

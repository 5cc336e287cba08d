"""Goal tables: a goal's indicators with their nuläge, targets per year and outcomes ("Mätmetod/
Indikator | Nuläge: | Målnivåer:" over a row of years, under a row naming the goal), or goals
in a column of their own with their indicators beside them (and perhaps activity columns,
``word_goal_activities``); a table of indicators the plan already has gives them their figures
(``word_known_indicators``); in a follow-up document the assessment of each goal ("Uppfyllt",
"Delvis uppfyllt"). A caption over a table names the table, a goal only when labelled so.
Here the goal words, the table's score and its columns' roles; the table is read by
``word_goal_read``, its indicator rows by ``word_goal_indicators``."""

from __future__ import annotations

import re

from vplan_desktop.db.enums import MalNiva
from vplan_desktop.imports.word_blocks import Block
from vplan_desktop.imports.word_build import TableContext
from vplan_desktop.imports.word_comparison_column import comparison_column
from vplan_desktop.imports.word_goal_activities import activity_columns
from vplan_desktop.imports.word_goal_levels import level_columns
from vplan_desktop.imports.word_goal_status import assessment_column
from vplan_desktop.imports.word_indicator_cells import latest_outcome
from vplan_desktop.imports.word_indicator_words import NAME_WORDS
from vplan_desktop.imports.word_part_year import part_year_columns
from vplan_desktop.imports.word_school_year import year_in
from vplan_desktop.imports.word_table import YEAR
from vplan_desktop.imports.word_target_words import outcome_header, target_header
from vplan_desktop.imports.word_text import LEVEL_WORDS, goal_heading
from vplan_desktop.imports.word_text import QUALIFIER as FOR_WHAT
from vplan_desktop.imports.word_yearless_target import yearless_target

_GOAL_TITLE = re.compile(
    r"^(?P<level>nämndsmål|nämndmål|nämndens mål|förvaltningsmål|verksamhetsmål|kf-mål|kf:s mål|"
    r"kommunfullmäktiges mål|ks:s mål|strategiskt mål|inriktningsmål|effektmål|"
    rf"prioriterat mål|prioriterade mål|prioritering|resultatmål|åtagande|mål){FOR_WHAT}"
    r"(?:\s+(?!(?:19|20)\d\d\b)(?P<nr>\d+(?:\.\d+)*)\s+"
    r"|\s*(?P<kod>(?:[A-ZÅÄÖ]{1,3}(?=\d))?\d+(?:[.:]\d+)*[a-z]?)?\s*[:.–-]\s*)"  # "Mål N1: …"
    r"(?!\d+(?:[.:]\d+)*[a-z]?\s*$)(?P<text>[^\s–—-].*)$",  # "Mål 2.1" alone: no text
    re.IGNORECASE,
)
GOAL_WORDS = re.compile(
    r"^(?:nämndsmål|nämndmål|nämndens mål|mål\s*\d|kf[-:]s? ?mål|kommunfullmäktiges mål|"
    r"förvaltningsmål|verksamhetsmål|strategiskt mål|inriktningsmål|effektmål|"
    r"prioriterat mål\s*[\d:]|prioriterade mål\s*[\d:]|resultatmål\s*[\d:]|åtagande\s*:)",
    re.IGNORECASE,
)
"""The start of a line that names a goal ("Nämndsmål 1: …", "Prioriterat mål 2 – …")."""
_LEVELS = {
    "kf-mål": MalNiva.KF,
    "kf:s mål": MalNiva.KF,
    "kommunfullmäktiges mål": MalNiva.KF,
    "ks:s mål": MalNiva.KS,
    "förvaltningsmål": MalNiva.FORVALTNING,
    "verksamhetsmål": MalNiva.FORVALTNING,
}


NUMBER_COLUMN = re.compile(r"^(?:nr|nr\.|nummer|#|id|kod|målnr|mål\s*nr)$", re.IGNORECASE)
"""A first column numbering the goals ("Nr"): their codes, which other tables link by."""
SOURCE_COLUMN = re.compile(r"^(?:data)?(?:källa|källor)$", re.IGNORECASE)
"""A column naming each indicator's source ("Källa"): the indicator's källa."""
AGENDA_2030 = re.compile(r"\bagenda\s*2030\b|\bglobala?\s+mål", re.IGNORECASE)
"""A column naming the global goals of Agenda 2030 a goal serves: no year's figures."""
KF_COLUMN = re.compile(
    r"^(?:kommunfullmäktiges|fullmäktiges|kf:?s?)\s*(?:inriktnings|strategiska\s+)?mål|"
    r"^inriktningsmål|^kf-mål",
    re.IGNORECASE,
)
"""A column of KF's goals, the nämnd's goals under each in the next column."""


def goal_line(text: str) -> tuple[MalNiva, str, str] | None:
    """A line naming a goal by its label ("Strategiskt mål: …", "Mål 2: …"); None for a line
    without one."""
    if len(text) > 400 or not _GOAL_TITLE.match(text.strip()):
        return None
    return parse_goal(text)


def parse_goal(text: str) -> tuple[MalNiva, str, str]:
    """(level, number, text) of a goal as a document names it: "Nämndsmål 1: Text",
    "KF:s mål 1.1 – Text", or the text alone (a nämndsmål)."""
    if found := goal_heading(text):
        return found
    if found_title := _GOAL_TITLE.match(text.strip()):
        level = found_title.group("level").lower()
        niva = _LEVELS.get(level, LEVEL_WORDS.get(level, MalNiva.NAMND))
        kod = found_title.group("kod") or found_title.group("nr") or ""
        return niva, kod.strip(), found_title.group("text").strip()
    return MalNiva.NAMND, "", text.strip()


def score(headers: list[str], titles: list[str], block: Block, ctx: TableContext) -> float:
    words = " ".join(headers).lower()
    found = 0.0
    if any(w in words for w in NAME_WORDS):
        found += 3
    if target_header(words):  # "Målvärde 2027", "Förväntat resultat 2027", "Ambitionsnivå"
        found += 2
    if any(w in words for w in ("nuläge", "utgångsläge", "utgångsvärde", "basvärde")):
        found += 1
    if titles and _GOAL_TITLE.match(titles[0]):
        found += 2
    elif ctx.caption and _GOAL_TITLE.match(ctx.caption):
        found += 2  # "Mål 1: …" over the table names the goal it measures
    if any(YEAR.search(h) and re.search(r"\bmål\b", h, re.I) for h in headers):
        found += 2  # "2027 (mål)"
    if any(w in words for w in ("bedömning", "måluppfyllelse")):
        found += 1
    if ctx.part == "mal" or ctx.under_goal:
        found += 1
    plain = [h for h in headers if not NUMBER_COLUMN.match(h) and not _AREA_COLUMN.match(h)]
    first = (plain or headers or [""])[0]  # also after "Målområde | Nr |"
    if _GOAL_COLUMN.match(first.strip(": ")):  # also "Kommunstyrelsens mål"
        found += 2  # "Nämndsmål | …", also after a number column ("Nr | Nämndsmål | …")
    if "måluppfyllelse" in ctx.words():
        found += 1
    return found


def roles(headers: list[str], ctx: TableContext) -> list[str]:
    out: list[str] = []
    for index, header in enumerate(headers):
        lower = header.lower()
        year = year_in(lower)  # a school year ("Läsår 2024/25") as the year it ends in
        if AGENDA_2030.search(lower):
            year = None  # the global goal the row serves ("Globalt mål 4"), not a year's
        if comparison_column(lower):
            role = "ovrigt"  # "Riket 2025": another body's figures, kept as the row's words
        elif any(w in lower for w in ("nuläge", "utgångsläge", "utgångsvärde", "basvärde")):
            role = "nulage"
        elif not year and not ctx.follow_up and latest_outcome(lower):
            role = "nulage"  # a plan's "Senaste utfall": each cell names its own year
        elif "långsiktig" in lower:
            role = "langsiktigt"
        elif lower.strip(": ") == "enhet":
            role = "enhet"
        elif SOURCE_COLUMN.match(lower.strip(": ")) and "kalla" not in out:
            role = "kalla"  # "Källa": where the indicator's figures come from
        elif NUMBER_COLUMN.match(lower) and all(r in ("grupp", "ovrigt") for r in out):
            role = "kod"  # also "Målområde | Nr | Nämndsmål", "Agenda 2030 | Nr | Nämndsmål"
        elif assessment_column(lower, ctx.follow_up):  # also a follow-up's "Status"
            role = "bedomning"
        elif any(w in lower for w in ("kommentar", "analys")):
            role = "kommentar"
        elif year and "prognos" in lower and "mål" not in lower:
            role = "ovrigt"  # a forecast ("Prognos helår 2026") is no target: kept as words
        elif year:
            y = year
            if outcome_header(lower):  # "Utfall 2025", not "Förväntat resultat 2027"
                role = f"utfall:{y}"
            elif "mål" in lower:
                role = f"mal:{y}"
            elif ctx.follow_up or y < ctx.first_year:
                role = f"utfall:{y}"
            else:
                role = f"mal:{y}"
        elif any(w in lower for w in NAME_WORDS) and "namn" not in out:
            role = "namn"
        elif KF_COLUMN.match(lower) and "kf" not in out and index < len(headers) - 1:
            role = "kf"
        elif (
            all(r == "kod" for r in out)  # the first column, or right after "Nr"
            and re.match(r"^(?:nämnds?|prestations)?mål|^målområde|^område|^fokus", lower)
        ) or (re.match(r"^(?:nämnds?mål|nämndens mål)", lower) and "grupp" not in out):
            role = "grupp"
        else:
            role = "ovrigt"
        out.append(role)
    _area_column(headers, out)
    part_year_columns(headers, out, ctx.follow_up)  # "Utfall T1 2026" beside "Helår 2025"
    level_columns(headers, out)
    activity_columns(headers, out)
    yearless_target(headers, out, ctx.first_year, ctx.last_year)  # "Nämndens årsmål"
    if "namn" not in out:
        free = [i for i, r in enumerate(out) if r in ("ovrigt", "grupp")]
        if free:
            out[free[-1] if out[free[0]] == "grupp" and len(free) > 1 else free[0]] = "namn"
    return out


_AREA_COLUMN = re.compile(r"^(?:målområde|område|fokusområde|perspektiv)\b", re.IGNORECASE)
_GOAL_COLUMN = re.compile(r"^(?:nämnds?mål|\w*(?:nämndens|styrelsens) mål|mål)$", re.I)


def _area_column(headers: list[str], out: list[str]) -> None:
    """ "Målområde | Nämndsmål | Indikator | …": the first column is the goals' målområde, the
    nämndsmål column groups the indicators (both often merged down their rows)."""
    if not out or out[0] != "grupp" or not _AREA_COLUMN.match(headers[0].strip()):
        return
    goal = next(
        (
            i
            for i in range(1, len(headers))
            if out[i] == "ovrigt" and _GOAL_COLUMN.match(headers[i].strip(" :"))
        ),
        None,
    )
    if goal is not None and any(r == "namn" for r in out):
        out[0], out[goal] = "malomrade", "grupp"


def lists_goals(block: Block) -> bool:
    """A table listing several goals, one a row, under a "Nämndsmål" header (after a number
    column perhaps), or goals with their indicators beside them when the table names two
    goals or more or labels them ("Mål 3: …"): the heading over it is their målområde."""
    if len(block.rows) < 2:
        return False
    headers = [c.text.lower().strip(": ") for c in block.rows[0]]
    column = 1 if len(headers) > 1 and NUMBER_COLUMN.match(headers[0]) else 0
    if not _GOAL_COLUMN.match(headers[column]):  # also "Kommunstyrelsens mål"
        return False
    if not any(w in h for h in headers for w in NAME_WORDS):
        return len(block.rows) >= 3
    goals = {" ".join(row[column].text.split()) for row in block.rows[1:]} - {""}
    return len(goals) >= 2 or any(GOAL_WORDS.match(goal) for goal in goals)

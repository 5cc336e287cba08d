"""Goal tables: a goal's indicators with their nuläge, targets per year and outcomes ("Mätmetod/
Indikator | Nuläge: | Målnivåer:" over a row of years, under a row naming the goal), or goals
in a column of their own with their indicators beside them (and perhaps activity columns,
``word_goal_activities``); a table of indicators the plan already has gives them their figures
(``word_known_indicators``); in a follow-up document the assessment of each goal ("Uppfyllt",
"Delvis uppfyllt"). A caption over a table names the table, a goal only when labelled so."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from vplan_desktop.db.enums import MalNiva
from vplan_desktop.imports.word_blocks import Block
from vplan_desktop.imports.word_breakdown_rows import name_breakdowns
from vplan_desktop.imports.word_build import Builder, TableContext, TableView
from vplan_desktop.imports.word_comparison_column import comparison_column
from vplan_desktop.imports.word_dash_legend import zero_dashes
from vplan_desktop.imports.word_goal_activities import ROLES as ACTIVITY_ROLES
from vplan_desktop.imports.word_goal_activities import activity_columns, row_activities
from vplan_desktop.imports.word_goal_area_rows import area_over
from vplan_desktop.imports.word_goal_assess import assess, reported_in, shaded_words
from vplan_desktop.imports.word_goal_caption import goal_sentence
from vplan_desktop.imports.word_goal_caption_kept import keep_goal_caption
from vplan_desktop.imports.word_goal_levels import goal_and_number, level_columns
from vplan_desktop.imports.word_goal_line_cells import figures_from_line, indicator_line
from vplan_desktop.imports.word_goal_link import read_linked
from vplan_desktop.imports.word_goal_match import goal_named
from vplan_desktop.imports.word_goal_nearest import nearest_goal
from vplan_desktop.imports.word_goal_restated import place_indicator, summary_goals
from vplan_desktop.imports.word_goal_status import assessment_column, goal_row_status
from vplan_desktop.imports.word_goal_wide import goal_wide
from vplan_desktop.imports.word_group_goal import goals_by_group
from vplan_desktop.imports.word_indicator_cells import (
    dated_value,
    every_year,
    gap_words,
    latest_outcome,
    name_and_source,
    no_figure,
    nulage_outcome_year,
)
from vplan_desktop.imports.word_indicator_twins import earlier_indicator
from vplan_desktop.imports.word_indicator_unit import indicator_unit, strip_unit
from vplan_desktop.imports.word_indicator_words import NAME_WORDS
from vplan_desktop.imports.word_known_indicators import known_indicators
from vplan_desktop.imports.word_matrix_cells import (
    GOAL_ROLES,
    Unpaired,
    put_target,
    row_value_lines,
    year_cell_targets,
)
from vplan_desktop.imports.word_measure_year import no_figure_in
from vplan_desktop.imports.word_nulage_year import with_nulage_year
from vplan_desktop.imports.word_part_year import outcome_columns, part_year_columns
from vplan_desktop.imports.word_result import Became
from vplan_desktop.imports.word_row_types import read_typed_rows
from vplan_desktop.imports.word_school_year import year_in
from vplan_desktop.imports.word_stat_symbols import estimates, plain_figures
from vplan_desktop.imports.word_table import YEAR, Row
from vplan_desktop.imports.word_target_words import outcome_header, target_header
from vplan_desktop.imports.word_text import LEVEL_WORDS, cell_target, cell_value, goal_heading
from vplan_desktop.imports.word_text import QUALIFIER as FOR_WHAT
from vplan_desktop.imports.word_verdict_row import read_verdict_rows
from vplan_desktop.imports.word_yearless_target import yearless_target
from vplan_desktop.wording import clipped
from vplan_desktop.wording import count as count_of

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
IN_WORDS = re.compile(r"^(?:målet|mål|målnivå(?:n|er)?)\s+i\s+ord\b", re.IGNORECASE)
"""A row naming the goal's target in words per year, not an indicator."""
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


def _area_name(path: list[str]) -> str:
    """The målområde for a goal table outside any: the nearest heading over it that does not
    name a goal itself ("Mål 1: Fler barn …" is the goal, not its målområde), else "Mål"."""
    return next((h for h in reversed(path) if not GOAL_WORDS.match(h)), "Mål")


def read(view: TableView, b: Builder) -> None:
    """The goal(s) and indicators of a goal table."""
    if read_linked(view, b, _one_per_line, _indicator):  # "Bidrar till mål: Mål 2 och 3"
        return
    if read_typed_rows(view, b, _indicator):  # "Typ | Nr | Text | …": KF, NM, I, A rows
        return
    name_breakdowns(view)  # rows per programme indented under the indicator's own row
    ctx = view.context
    area = b.current_area or b.loose_area(_area_name(ctx.path))
    if _goal_list(view):
        _goals(view, b, area)
        return
    goals: dict[str, dict[str, Any]] = {}
    titled = view.titles[0] if view.titles else ""
    if not titled and ctx.caption and GOAL_WORDS.match(ctx.caption):
        titled = ctx.caption  # "Mål 1: …" over the table; any other caption names the table
    own_goal = b.named_goal is not None or ctx.heading in b.by_heading
    if not titled and not own_goal and ctx.caption and goal_sentence(ctx.caption, ctx.lead):
        titled = ctx.caption  # a goal's sentence on the line over its table
    default_goal: dict[str, Any] | None = None
    # Goals as rows merged across the table ("Mål 1 <goal>") over their indicators.
    goal_rows = any(r.group and _GOAL_TITLE.match(r.group) for r in view.rows.rows)
    given = (
        b.named_goal
        or nearest_goal(b, b.by_heading.get(ctx.heading))  # also "Nämndmål: …" under it
        or (b.current_goal if ctx.part == "mal" else None)
    )
    ungrouped = not goal_rows and (
        view.col("grupp") is None or not any(r.group for r in view.rows.rows)
    )
    known = None  # indicators the plan has, their figures given apart: no goal of its own
    if ungrouped and not titled:
        known = known_indicators(view.rows.rows, view.col("namn"), b.goals, given)
    if ungrouped and known is None:
        if b.named_goal is not None:  # "Indikatorer: <goal>" above the table
            area = next((a for a in b.areas if a["id"] == b.named_goal["malomrade_id"]), area)
        if titled and (given is None or parse_goal(titled)[2] != given["text"]):
            niva, kod, text = parse_goal(titled)
            default_goal = b.goal(area, niva, kod, text)
        elif given is not None:
            default_goal = given
            keep_goal_caption(view, b, given)  # a goal sentence over the table: not dropped
        else:
            niva, kod, text = parse_goal(ctx.heading or "Nämndsmål")
            default_goal = b.goal(area, niva, kod, text)
            b.by_heading.setdefault(ctx.heading, default_goal)
    made: set[int] = set()
    activities = 0
    earlier = list(b.goals)  # the goals read before the table
    kf_col = view.col("kf")
    numbered = goals_by_group((r.group for r in view.rows.rows), b.goals) if default_goal else {}
    last_kf = ""  # a KF goal written once over the rows under it, not merged down them
    for row in view.rows.rows:
        if kf_col is not None and row.cells[kf_col]:
            last_kf = row.cells[kf_col]
        goal = numbered.get(row.group, default_goal)  # "… – Mål 2": the goal of that number
        if known is not None:
            goal = known.get(id(row))
        elif goal is None:
            key = row.group or ctx.heading or "Nämndsmål"
            coded = [g for g in b.goals if g["kod"] and g["kod"] == key.strip()]
            if key not in goals and coded:  # "ME1": the goal numbered so in a table above
                goals[key] = coded[-1]
            if key not in goals and (by_words := goal_named(parse_goal(key)[2], earlier)):
                goals[key] = by_words  # "Kulturskola utan kö": a goal above by its words
            if key not in goals:
                niva, kod, text = goal_and_number(*parse_goal(key))
                kod = kod or view.cell(row.cells, "kod")
                kf = last_kf
                named = view.cell(row.cells, "malomrade")
                home = b.area(named) if named else area_over(view, b, row, GOAL_WORDS) or area
                upper = goal_and_number(*parse_goal(kf))[1:]
                parent = b.goal(home, MalNiva.KF, *upper)["id"] if kf else None
                goals[key] = b.goal(home, niva, kod, text, parent)
            goal_row_status(view, b, goals[key], key, assess)  # "Mål 1.1 … | Uppfyllt"
            goal = goals[key]
        for cells in _one_per_line(view, goal_wide(view, goal, row)):  # once for the goal
            _indicator(view, b, goal, cells, made)
        activities += row_activities(view, b, goal, row)  # an activity column beside them
    b.summarised |= summary_goals(list(goals.values()), earlier)  # perhaps given in full later
    if default_goal is not None and ctx.part == "mal":
        # the goal the table measures: its activities and description may follow
        b.current_area, b.current_goal = area, default_goal
    all_goals = [default_goal] if default_goal is not None else list(goals.values())
    if known is not None:
        all_goals = list({id(g): g for g in known.values()}.values())
    if numbered:  # the goals the group rows named, and the default for rows under none
        rest = [default_goal] if any(r.group not in numbered for r in view.rows.rows) else []
        all_goals = list({id(g): g for g in [*numbered.values(), *rest]}.values())
    b.table_goal = (view.parts[-1][0].index, all_goals[0]) if len(all_goals) == 1 else None
    read_verdict_rows(view, b, all_goals, assess)  # a last row "Måluppfyllelse: Uppfyllt"
    indicators = sum(len(g["indikatorer"]) for g in all_goals)
    names = ", ".join(f"”{clipped(g['text'], 50)}”" for g in all_goals[:3])
    noun = "Målet" if len(all_goals) == 1 else "Målen"
    text = f"{noun} {names} med {count_of(indicators, 'indikator')}"
    if activities:
        text += f" och {count_of(activities, 'aktivitet')}"
    b.became(view.block.index, Became.MAL, text)
    for part, _skip in view.parts[1:]:
        b.became(part.index, Became.MAL, f"Fortsättning: {text}")
    b.report(text)


def _one_per_line(view: TableView, row: Row) -> list[list[str]]:
    """The row's cells; a name cell holding several indicators, one per paragraph ("Andel
    nöjda … ¶ Antal möten …"), gives one row each, with the values of columns that have as
    many values (paragraphs, soft-broken lines, year groups: ``word_matrix_cells``)."""
    name = view.col("namn")
    lines = row.lines[name] if name is not None and name < len(row.lines) else ()
    values = [
        i
        for i, role in enumerate(view.roles)
        if i != name and role not in ("grupp", *GOAL_ROLES, *ACTIVITY_ROLES)
    ]
    filled = [i for i in values if i < len(row.cells) and row.cells[i]]
    own = row_value_lines(view, row, filled, len(lines))  # "2027: 76 %" lines per indicator
    alike = all(len(own[i]) == len(lines) for i in filled)
    plain = all(len(t) <= 150 and t[:1].isupper() and not t.endswith(":") for t in lines)
    if name is None or len(lines) < 2 or not plain:
        return [row.cells]
    if filled and not alike:  # values not one per indicator: kept as the row's words
        return [Unpaired(row.cells, lines)]
    out = []
    for n, line in enumerate(lines):
        cells = ["" if i in filled else c for i, c in enumerate(row.cells)]
        cells[name] = line
        for i in filled:
            cells[i] = own[i][n]
        out.append(cells)
    return out


def _indicator(
    view: TableView,
    b: Builder,
    goal: dict[str, Any] | None,
    cells: list[str],
    made: set[int],
) -> None:
    """An indicator of ``goal`` from one row; one named alike in an earlier table (a summary
    before the goals' own tables) is the same indicator, ``made`` are this table's own."""
    if goal is None:
        return
    if isinstance(cells, Unpaired):  # values not one per indicator: the report says so
        b.report(cells.report())
    name, source, kolada = name_and_source(view.cell(cells, "namn"))
    if not name:
        return
    roles = view.roles[: len(cells)]
    cells, yearly = year_cell_targets(view, with_nulage_year(view, cells))  # "… | År"
    figured = bool(yearly) or any(
        c for c, r in zip(cells, roles, strict=False) if ":" in r or r == "nulage"
    )
    lined = None if figured else indicator_line(name)  # "Andel … (2025: 86 %, mål 2027: 90 %)"
    name = lined["namn"] if lined is not None else name
    if IN_WORDS.match(name):  # "Målet i ord": the goal's target in words per year
        for index, role in enumerate(view.roles):
            if role.startswith("mal:") and index < len(cells) and cells[index]:
                goal["arstexter"][role[4:]] = cells[index][:2000]
        return
    same = earlier_indicator(goal, name, made, view, cells)  # or another verksamhet's
    indicator: dict[str, Any] = same or {
        "id": b.next_id(),
        "namn": name,
        "att_granska": True,
        "malnivaer": {},
        "utfall": {},
    }
    if source:  # "Källa: …" under the name: the indicator's source
        indicator["kalla"], indicator["kolada_id"] = source[:300], kolada
    elif column_source := view.cell(cells, "kalla"):
        indicator["kalla"] = column_source[:300]
    if kolada and not source:  # "Besök … (N09410)": a Kolada key figure
        indicator["kolada_id"] = kolada
        indicator["kalla"] = indicator.get("kalla") or "Kolada"
    estimated = estimates(view.headers, view.roles, cells)  # "ca 45 %": kept in words too
    gap = gap_words(view.headers, view.col("nulage"), cells)  # "Nytt mått": why no nuläge
    cells = plain_figures(cells, view.roles)  # "88 %*", "ca 45 %": the figure alone
    cells = zero_dashes(cells, view.roles) if b.dash_zero else cells
    values = [c for i, c in enumerate(cells) if i < len(view.roles) and ":" in view.roles[i]]
    values += yearly.values()
    unit = indicator_unit(name, view.cell(cells, "enhet"), values, view.cell(cells, "nulage"))
    cells = [strip_unit(c, unit) for c in cells]  # "31 dagar": the figure without its unit
    indicator["enhet"] = unit[:40] or indicator.get("enhet", "")
    if (nulage := view.cell(cells, "nulage")) and not no_figure(nulage):
        column = view.col("nulage")
        found = year_in(view.headers[column]) if column is not None else None
        given, nulage = dated_value(nulage)  # "21 % (2025)", "2024: 71"
        year_text = str(given) if given else str(found) if found else ""
        indicator["nulage"] = {
            "ar": int(year_text) if year_text else None,
            "varde": cell_value(nulage),
            "ar_malniva": False,
        }
        if column is not None and (seen := nulage_outcome_year(view.headers[column])):
            indicator["utfall"].setdefault(str(seen), indicator["nulage"]["varde"])
    for index, role in enumerate(view.roles):
        if ":" not in role or index >= len(cells) or no_figure_in(cells[index], role):
            continue
        kind, year = role.split(":")
        if kind == "mal":
            target = every_year(cells[index])  # "minst 80 % årligen": each year of the plan
            value, jamforare = cell_target(target or cells[index])
            first, last = view.context.first_year, view.context.last_year
            spread = [str(y) for y in range(first, last + 1)] if target else []
            for at in [*(y for y in spread if y not in indicator["malnivaer"]), year]:
                put_target(indicator, at, value, jamforare)
        elif kind in ("utfall", "bokslut"):
            indicator["utfall"][year] = cell_value(cells[index])
    for year, text in yearly.items():  # a "Målvärden" cell's "2027: 76 %" lines
        put_target(indicator, year, *cell_target(strip_unit(text, unit)))
    if "nulage" not in indicator and not view.context.follow_up and indicator["utfall"]:
        # a plan's "Utfall 2025" before the plan's years: where the indicator stands now
        latest = max(indicator["utfall"])
        if int(latest) < view.context.first_year:
            indicator["nulage"] = {
                "ar": int(latest),
                "varde": indicator["utfall"][latest],
                "ar_malniva": False,
            }
            outcomes = outcome_columns(view.headers, view.roles)
            if len(outcomes) == 1:  # the table's one figure before the plan: its nuläge
                indicator["utfall"] = {}
    if long_term := view.cell(cells, "langsiktigt"):
        value, jamforare = cell_target(long_term)
        indicator["langsiktigt"] = value
        indicator["langsiktigt_jamforare"] = None if jamforare is None else jamforare.value
    if lined is not None:
        figures_from_line(indicator, lined)
    if same is None:
        place_indicator(goal, indicator, b.summarised)
        made.add(indicator["id"])
    notes = "\n".join(
        t for t in (view.cell(cells, "kommentar"), view.others(cells), estimated, gap) if t
    )
    assessment = view.cell(cells, "bedomning")
    if view.context.follow_up and (assessment or notes or indicator["utfall"]):
        period = b.follow_up()
        year = str(period["ar"])
        if year in indicator["utfall"] and isinstance(indicator["utfall"][year], Decimal | str):
            period["indikatorer"].append(
                {
                    "indikator_id": indicator["id"],
                    "varde": indicator["utfall"][year],
                    "kommentar": notes,
                }
            )
            notes = ""
        if assessment:  # one differing from the goal's own is the indicator's: named so
            held = next((m for m in period["mal"] if m["namndsmal_id"] == goal["id"]), None)
            other = held is not None and assessment not in held["bedomning"]
            assess(period, goal, f"{name}: {assessment}" if other else assessment)
    elif assessment:  # an assessment in a plan: kept with the goal's description
        notes = "\n".join(t for t in (notes, f"Bedömning: {assessment}") if t)
    if notes:
        goal["beskrivning"] = "\n\n".join(t for t in (goal["beskrivning"], f"{name}: {notes}") if t)


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


def _goal_list(view: TableView) -> bool:
    """A table of goals, one per row ("Nämndsmål | Bedömning | Kommentar"), no indicators."""
    name = view.col("namn")
    header = view.headers[name].lower().strip(": ") if name is not None else ""
    return bool(
        re.match(r"^(?:nämnds)?mål(?:en)?$|^\w*(?:nämnd|styrels)ens mål|^mål(?:form\w*)?\b", header)
    ) and not any(w in h.lower() for h in view.headers for w in NAME_WORDS)


def _goals(view: TableView, b: Builder, area: dict[str, Any]) -> None:
    """The goals of a table of goals, with their assessment in a follow-up document."""
    count = 0
    for row in view.rows.rows:
        name = view.cell(row.cells, "namn")
        if not name:
            continue
        niva, kod, text = parse_goal(name)
        kod = kod or view.cell(row.cells, "kod")[:20]
        goal = b.goal(b.area(row.group) if row.group else area, niva, kod, text)
        count += 1
        notes = "\n".join(
            t for t in (view.cell(row.cells, "kommentar"), view.others(row.cells)) if t
        )
        assessment = shaded_words(view, row) or view.cell(row.cells, "bedomning")
        reported = reported_in(view, b) if assessment else None
        if assessment and (view.context.follow_up or reported):
            period = b.follow_up()
            assess(period, goal, assessment)
            held = next(m for m in period["mal"] if m["namndsmal_id"] == goal["id"])
            if notes and notes not in held["bedomning"]:
                held["bedomning"] = "\n".join(t for t in (held["bedomning"], notes) if t)
            notes = ""
        elif assessment:
            notes = "\n".join(t for t in (notes, f"Bedömning: {assessment}") if t)
        for year_role, value in zip(view.roles, row.cells, strict=False):
            if year_role.startswith("mal:") and value:
                goal["arstexter"][year_role[4:]] = value[:2000]
        if notes:
            goal["beskrivning"] = "\n\n".join(t for t in (goal["beskrivning"], notes) if t)
    text = f"{count_of(count, 'mål').capitalize()} i en tabell över målen"
    b.became(view.block.index, Became.MAL, text)
    for part, _skip in view.parts[1:]:
        b.became(part.index, Became.MAL, f"Fortsättning: {text}")
    b.report(text)

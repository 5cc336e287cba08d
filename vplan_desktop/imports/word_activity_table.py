"""Activity tables in the kommun's own words: "Aktivitet | Beskrivning | Slutdatum | Ansvarig |
Status", "Projekt – genomförande | Beskrivning | Tillhör verksamhet | Ev. beräknad kostnad",
grouped under a målområde in the first column; in a follow-up document each activity's status
at the period. An activity table right under the table of one goal's indicators (at most a
caption line between) holds that goal's activities, as a plan laying out each goal as its
indicators and then its activities does."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from vplan_desktop.errors import InputError
from vplan_desktop.formatting import parse_date
from vplan_desktop.imports.word_activity_area import named_area
from vplan_desktop.imports.word_activity_lines import goal_named_by_line
from vplan_desktop.imports.word_activity_months import is_month, month_span
from vplan_desktop.imports.word_activity_quarters import is_quarter, quarter_span
from vplan_desktop.imports.word_activity_questions import asks_questions, question_role
from vplan_desktop.imports.word_activity_when import schedule_column, when_header
from vplan_desktop.imports.word_blocks import Block
from vplan_desktop.imports.word_build import Builder, TableContext, TableView
from vplan_desktop.imports.word_cost_cell import cost_tkr, is_estimate
from vplan_desktop.imports.word_date_range import PERIOD_HEADER, date_range
from vplan_desktop.imports.word_dates import period_end
from vplan_desktop.imports.word_dropped_status import dropped, dropped_word
from vplan_desktop.imports.word_goal_links import linked_goal
from vplan_desktop.imports.word_goal_nearest import nearest_goal
from vplan_desktop.imports.word_goal_table import GOAL_WORDS, parse_goal
from vplan_desktop.imports.word_group_goal import goal_of_group
from vplan_desktop.imports.word_indent_rows import fold_indent_groups
from vplan_desktop.imports.word_owner_legend import owner_legend, written_out
from vplan_desktop.imports.word_percent_status import percent_status
from vplan_desktop.imports.word_period_groups import period_group
from vplan_desktop.imports.word_qualified_status import qualified_status, says_more
from vplan_desktop.imports.word_report_back import reported_end
from vplan_desktop.imports.word_result import Became
from vplan_desktop.imports.word_short_dates import short_end
from vplan_desktop.imports.word_status_groups import group_status
from vplan_desktop.imports.word_table import column_kind_year
from vplan_desktop.imports.word_text import DATE, STATUS, end_dates
from vplan_desktop.imports.word_ticked_choice import ticked_label
from vplan_desktop.imports.word_unfinished_status import postponed, unstarted
from vplan_desktop.imports.word_unit_column import unit_header
from vplan_desktop.wording import clipped
from vplan_desktop.wording import count as count_of

NAME_WORDS = (
    "aktivitet",
    "åtgärd",
    "åtagande",
    "insats",
    "projekt",
    "uppdrag",
    "utvecklingsområde",
)
OTHER_WORDS = (
    "ansvar",
    "slutdatum",
    "klart",
    "klar senast",
    "status",
    "beskrivning",
    "tidplan",
    "tidsplan",
    "återrapport",
    "redovisas",
    "kostnad",
    "verksamhet",
    "start",
    "när",
    "deadline",
    "genomför",
)
_STATUS_WORDS = {
    **STATUS,
    "påbörjad": "pagar",
    "pågående": "pagar",
    "ej startad": "ej_paborjad",
    "ej startat": "ej_paborjad",
    "inte startad": "ej_paborjad",
    "inte påbörjad": "ej_paborjad",
    "genomförd": "klart",
    "genomfört": "klart",
    "slutförd": "klart",
    "ej genomförd": "ej_klart",
    "ej klar": "ej_klart",
    "avbruten": "avslutat",
    "avbrutet": "avslutat",
}
_FOLLOW_UP_STATUS = {
    "ej_paborjad": "ej_paborjad",
    "pagar": "pagar",
    "klart": "klar",
    "ej_klart": "senarelagd",
    "avslutat": "klar",
}


def score(headers: list[str], titles: list[str], block: Block, ctx: TableContext) -> float:
    lower = [h.lower() for h in headers]
    found = 0.0
    if any(any(w in h for w in NAME_WORDS) for h in lower) or asks_questions(headers):
        found += 2
    found += min(3, sum(1 for h in lower if any(w in h for w in OTHER_WORDS)))
    if sum(1 for h in headers if column_kind_year(h)) >= 2:
        found -= 3  # amounts per year: a budget or investments
    if ctx.part == "aktiviteter":
        found += 1.5
    return found


def roles(headers: list[str], ctx: TableContext) -> list[str]:
    out: list[str] = []
    asked = asks_questions(headers)
    for index, header in enumerate(headers):
        lower = header.lower()
        if asked and question_role(header) and question_role(header) not in out:
            role = question_role(header)  # "Vad | Hur | Vem | När"
        elif any(w in lower for w in NAME_WORDS) and "namn" not in out and "beskriv" not in lower:
            role = "namn"
        elif "beskriv" in lower or "innehåll" in lower or "syfte" in lower:
            role = "beskrivning"
        elif re.match(
            r"^(?:(?:koppling|kopplat|kopplad|kopplas|bidrar) till|hör till|tillhör)\s+"
            r"(?:nämnds?)?mål"
            r"|^målkoppling",
            lower,
        ):
            role = "malkoppling"
        elif index > 0 and re.fullmatch(
            r"(?:kopplat|kopplad|kopplas|koppling|bidrar) till", lower.strip()
        ):
            role = "malkoppling"  # "Kopplat till", "Bidrar till": the goal it names ("Mål 2")
        elif index > 0 and re.fullmatch(
            r"(?:nämnds?|inriktnings|effekt|prestations|verksamhets|förvaltnings|strategiskt "
            r"|kf-?)?mål(?:\s*(?:nr|nummer))?",
            lower.strip(" :."),
        ):
            role = "malkoppling"  # "Aktivitet | Mål | Ansvarig": the goal's number or words
        elif re.fullmatch(r"nämnds?mål|nämndens mål", lower.strip(" :.")):
            role = "malkoppling"  # "Nämndsmål | Aktivitet | …": the goal each row serves
        elif "ansvar" in lower:
            role = "ansvarig"
        elif is_quarter(header):
            role = "kvartal"  # a Gantt chart's quarter, marked "X" when the work runs
        elif is_month(header):
            role = "manad"  # a Gantt chart's month, marked or shaded when the work runs
        elif "start" in lower or "påbörja" in lower:
            role = "startdatum"
        elif PERIOD_HEADER.match(lower.strip(" :.")) or when_header(header):
            role = "slutdatum"  # "Period": "2027-02-01 – 2027-06-30" ends on its last day
        elif re.search(r"(?<!be)slut", lower) or any(  # "Beslut" is the decision, no end
            w in lower
            for w in (
                "klart",
                "klar senast",
                "tidplan",
                "tidsplan",
                "deadline",
                "när",
                "datum",
                "redovisas",  # an uppdrag: when it is reported back
                "återrapport",
            )
        ):
            role = "slutdatum"
        elif "status" in lower or "bedömning" in lower or "läge" in lower:
            role = "status"
        elif "kostnad" in lower or "tkr" in lower:
            role = "kostnad"
        elif "verksamhet" in lower or "tillhör" in lower or unit_header(header):
            role = "verksamhet"
        elif "kommentar" in lower or "uppföljning" in lower:
            role = "kommentar"
        elif index == 0 and re.match(r"^(?:mål|område|fokus|perspektiv|strategi)", lower):
            role = "grupp"
        else:
            role = "ovrigt"
        out.append(role)
    if "namn" not in out:
        free = [i for i, r in enumerate(out) if r in ("ovrigt", "grupp")]
        if free:
            out[free[-1] if out[free[0]] == "grupp" and len(free) > 1 else free[0]] = "namn"
    return out


def _linked_goal(b: Builder, link: str) -> dict[str, Any] | None:
    """The goal a "Koppling till mål" cell names: by its number ("Nämndsmål 2", "Mål 1.2")
    or its words; a code as the goal table gives it ("ME1") names that goal."""
    key = "".join(link.lower().split())  # "KFN 1" is the heading's code "KFN1"
    coded = [g for g in b.goals if g["kod"] and "".join(g["kod"].lower().split()) == key]
    if coded:
        return coded[-1]
    niva, kod, text = parse_goal(link)
    if not kod and (number := re.fullmatch(r"(?:\D{0,30}?\s)?(\d+(?:\.\d+)*)\s*", link)):
        kod = number.group(1)  # "Nämndsmål 2", "2": the goal's number alone
    key = " ".join(text.lower().split())
    for goal in b.goals:
        if (kod and goal["kod"] == kod and goal["niva"] == niva.value) or (
            " ".join(goal["text"].lower().split()) == key
        ):
            return goal
    return None


_AREA_WORDS = re.compile(r"^(?:mål|fokus|strategiskt\s+)?område|^perspektiv", re.IGNORECASE)


def _unit_group(view: TableView, b: Builder, group: str) -> bool:
    """A group row over activities that name their own goal in a column ("Kopplat till mål")
    is the verksamhet doing them ("Förskola", "Grundskola"), unless it names a målområde
    ("Målområde 2: …", or one of the plan's by its name) or a goal: the goals are given row by
    row, so the rows are grouped by who does the work."""
    if view.col("malkoppling") is None or _AREA_WORDS.match(group) or GOAL_WORDS.match(group):
        return False
    key = " ".join(group.lower().split())
    named = [a["namn"] for a in b.areas] + [g["text"] for g in b.goals]
    return not any(" ".join(n.lower().split()) == key for n in named)


def status_of(text: str) -> str | None:
    lower = " ".join(text.lower().split()).rstrip(".")
    found = _STATUS_WORDS.get(lower) or percent_status(lower)  # "75 % klart": pågår
    found = found or qualified_status(lower, _STATUS_WORDS.get)  # "Pågår (försenat)"
    return found or ("avslutat" if dropped_word(lower) else None)  # "Utgår": dropped


UNNAMED = "Aktivitet utan namn"
"""An activity row with no name in it: its cells go into the description, for the user to
name it (the plan needs a name; the row is not dropped)."""


def _goal_table_above(view: TableView, b: Builder) -> dict[str, Any] | None:
    """The goal whose indicator table stands right above the table (at most its caption
    between); None when another block stands between."""
    if b.table_goal is None:
        return None
    end, goal = b.table_goal
    between = view.block.index - end - 1
    return goal if between == 0 or (between == 1 and view.context.caption) else None


def read(view: TableView, b: Builder) -> None:
    ctx = view.context
    # a line over the table naming the goal ("Nämndsmål 1.1 – …"), else the heading's goal
    named = goal_named_by_line(ctx.caption, b.goals, bold=True) if ctx.caption else None
    heading_goal = nearest_goal(b, b.by_heading.get(ctx.heading))  # or a goal line under it
    goal = named or heading_goal or _goal_table_above(view, b)
    fold_indent_groups(view)  # a goal's row over its activities indented under it
    legend = owner_legend(b, view)  # "Förkortningar: BIB = Biblioteken, …" under the table
    schedule = schedule_column(view.headers, view.col("slutdatum"))  # "Tidplan": "Hösten 2027"
    count = 0
    for row in view.rows.rows:
        cells = row.cells
        name_col = view.col("namn")
        lines = list(row.lines[name_col]) if name_col is not None else []
        name = view.cell(cells, "namn")
        description = view.cell(cells, "beskrivning")
        if view.col("beskrivning") is None and len(lines) > 1:
            # The name's cell holds the description under it, a paragraph of its own.
            name, description = lines[0], "\n".join(lines[1:])
        activity: dict[str, Any] = {
            "id": b.next_id(),
            "namn": name,
            "namndsmal_id": None if goal is None else goal["id"],
            "att_granska": True,
        }
        extra = [t for t in (view.others(cells),) if t]
        grouped = "" if view.col("status") else group_status(row.group, status_of)
        dated = period_group(row.group, ctx.first_year, activity, extra)  # "Kvartal 2" over them
        group = "" if grouped or dated else row.group  # "Genomförda" over them: their status
        if group and _unit_group(view, b, group):
            activity["verksamhet_id"] = b.unit(group)
        elif group and (named_goal := goal_of_group(group, b.goals)) is not None:
            activity["namndsmal_id"] = named_goal["id"]  # "Nämndmål 2: …" over its activities
        elif group:
            area = b.area(group)
            activity["malomrade_id"] = area["id"]
            activity["namndsmal_id"] = None
        elif goal is None and b.current_area is not None:
            activity["malomrade_id"] = b.current_area["id"]
        if link := view.cell(cells, "malkoppling"):
            linked, kept = linked_goal(link, b.goals, lambda t: _linked_goal(b, t))
            if linked is not None:
                activity["namndsmal_id"], activity["malomrade_id"] = linked["id"], None
            extra += kept  # the cell as printed when it names no goal or several
        in_area = named_area(view, b, cells) if activity["namndsmal_id"] is None else None
        if in_area is not None:
            activity["malomrade_id"] = in_area["id"]  # "Tjänsteområde: Användarstöd"
        if owner := view.cell(cells, "ansvarig"):
            activity["ansvarig"] = written_out(owner, legend)
        if start := view.cell(cells, "startdatum"):
            date = _date(start)
            if date:
                activity["startdatum"] = date
            else:
                extra.append(f"Start: {start}")
        if end := view.cell(cells, "slutdatum"):
            span = date_range(end)
            found = {"slutdatum": span[1]} if span else end_dates(end)
            if span and "startdatum" not in activity:
                activity["startdatum"] = span[0]
            if not found and (date := _date(end)):
                found = {"slutdatum": date}
            ends = None if found else period_end(end, schedule=schedule) or reported_end(end)
            if not found and ends is None and (short := short_end(end, ctx.first_year)):
                ends = (short, False)  # "v. 12 2027", "HT27", "senast 31/5"
            if ends is not None:  # "december 2026", "Q2 2027", "2027": the period's last day
                found = {"slutdatum": ends[0].isoformat()}
            activity.update(found)
            if not found or (ends is not None and not ends[1]):
                extra.append(f"Klart: {end}")  # kept: the day alone hides "a month", "Q2"
        around = f"{ctx.caption} {ctx.lead}"
        # a Gantt chart's marked quarters: the dates no column gave
        if quarters := quarter_span(view.headers, view.roles, cells, around, ctx.first_year):
            activity.setdefault("startdatum", quarters[0])
            activity.setdefault("slutdatum", quarters[1])
        block = next((p for p, _ in view.parts if p.index == row.block), view.block)
        months, words = month_span(
            view.headers, view.roles, block.rows[row.index], name_col, around, ctx.first_year
        )
        if months is not None:  # a Gantt chart's marked or shaded months
            activity.setdefault("startdatum", months[0])
            activity.setdefault("slutdatum", months[1])
        extra += words
        status_text = ticked_label(view.cell(cells, "status")) or grouped  # "☒ Pågår"
        status = status_of(status_text) if status_text else None
        more = says_more(status_text, _STATUS_WORDS.get)  # "75 % klart", "Pågår (försenat)"
        if status_text and ctx.follow_up:
            period = b.follow_up()
            period["aktiviteter"].append(
                {
                    "aktivitet_id": activity["id"],
                    "status": unstarted(status, view.cell(cells, "kommentar"))
                    or _FOLLOW_UP_STATUS.get(status or "")
                    or ("senarelagd" if postponed(status_text) else None),
                    "kommentar": "\n".join(
                        t
                        for t in (
                            status_text if status is None or more else "",
                            view.cell(cells, "kommentar"),
                        )
                        if t
                    ),
                    "slutdatum_reviderat": None,
                }
            )
            if "avbr" in status_text.lower() or dropped(status_text):
                period["aktiviteter"][-1]["status"] = "avbruten"
        elif status is not None:
            activity["status"] = status
            if more:  # how far, or late: more than the status says
                extra.append(f"Status: {status_text}")
        elif status_text:
            extra.append(f"Status: {status_text}")
        if cost := view.cell(cells, "kostnad"):
            header = dict(enumerate(view.headers)).get(view.roles.index("kostnad"), "")
            value = cost_tkr(cost, header)
            if "egen" in cost.lower():
                activity["egen_tid"] = True
            elif value is not None and value >= 0 and value < Decimal("1e9"):
                activity["kostnad_tkr"] = value
                if is_estimate(cost):  # "ca 80 tkr": the figure, and that it is an estimate
                    extra.append(f"Kostnad: {cost}")
            else:
                extra.append(f"Kostnad: {cost}")
        if unit := view.cell(cells, "verksamhet"):
            activity["verksamhet_id"] = b.unit(unit)
        if (comment := view.cell(cells, "kommentar")) and not ctx.follow_up:
            extra.append(comment)
        activity["beskrivning"] = "\n\n".join(t for t in (description, *extra) if t)
        if not str(activity["namn"]).strip():  # no name to read: the row is kept, to be named
            activity["namn"] = UNNAMED
            activity["beskrivning"] = "\n\n".join(
                t for t in (activity["beskrivning"], " | ".join(c for c in cells if c)) if t
            )
        b.activities.append(activity)
        b.activity_chapter[activity["id"]] = ctx.path[0] if ctx.path else ""
        count += 1
    text = f"{count_of(count, 'aktivitet')}" + (
        f" (mål: ”{clipped(goal['text'], 50)}”)" if goal else ""
    )
    b.became(view.block.index, Became.AKTIVITETER, text[0].upper() + text[1:])
    for part, _skip in view.parts[1:]:
        b.became(part.index, Became.AKTIVITETER, f"Fortsättning: {text}")
    b.report(f"Aktivitetstabell med {text}")


def _date(text: str) -> str | None:
    if found := DATE.search(text):
        return found.group(0)
    try:
        date = parse_date(text.strip())
    except InputError:  # a text that is no date ("Hösten 2027") stays text
        return None
    return None if date is None else date.isoformat()

"""A goal table may carry the activities that serve its goals in columns of their own beside
the indicators ("KF-mål | Nämndmål | Indikator | Målvärde 2027 | Aktivitet | Ansvar | Tid"):
a row holds an indicator, an activity or both, the other cells empty. The activity column
("Aktivitet", "Åtgärd", "Insats") gives activities of the row's goal – one per paragraph when
the cell lists several (bullets, or short lines) – with the owner the "Ansvar"/"Ansvarig"
column names and the end the "Tid"/"Klart"/"När" column gives: a period's last day ("T1 2027",
"2027"), a day ("Senast 30 juni 2027"); words no day says all of ("Löpande", "T1 2027") are
kept in the activity's description, as are the other cells of a row holding no indicator. An
owner or time in a row with no activity is kept in its goal's description."""

from __future__ import annotations

import contextlib
import re
from typing import Any

from vplan_desktop.errors import InputError
from vplan_desktop.formatting import parse_date
from vplan_desktop.imports.word_activity_lines import end_of
from vplan_desktop.imports.word_blocks import BlockKind, Cell
from vplan_desktop.imports.word_build import Builder, TableView
from vplan_desktop.imports.word_goal_line_cells import bracketed_activity, owners_in_brackets
from vplan_desktop.imports.word_table import Row

__all__ = ["activity_columns", "row_activities"]

_ACTIVITY = re.compile(
    r"^(?:(?:nämndens|förvaltningens|planerade|prioriterade)\s+)?"
    r"(?:aktivitet|åtgärd|insats|åtagande)(?:er|erna|en|na|n)?\b",
    re.I,
)
_OWNER = re.compile(r"^(?:huvud)?ansvar(?:ig|iga|ar|et)?\b", re.I)
_WHEN = re.compile(
    r"^(?:tid(?:s?plan|punkt|sram)?|klar(?:t)?(?:\s+senast)?|när|slutdatum|datum|deadline|"
    r"genomförs)\b",
    re.I,
)
_BULLET = re.compile(r"^(?:[•·▪◦○►*\-–—]|\d{1,2}[.)])\s+")
_DAY = re.compile(
    r"^(?:(?:klart|klar|senast|till|före|innan|by)\s+)*(?P<day>\d{1,2}\s+[a-zåäö]{3,9}\.?\s+"
    r"(?:19|20)\d\d)\.?$",
    re.I,
)
ROLES = ("aktivitet", "ansvarig", "slutdatum")
"""The roles of a goal table's activity columns."""


def activity_columns(headers: list[str], roles: list[str]) -> None:
    """Reads a column named for activities ("Aktivitet", "Åtgärder 2027", "Insats") as the
    activities of each row's goal, and beside it the columns of their owner ("Ansvar") and end
    ("Tid", "Klart"), in ``roles`` (changed in place); nothing without an activity column or
    a column the indicators are named in."""
    if "namn" not in roles:
        return
    column = next(
        (
            i
            for i, header in enumerate(headers)
            if (roles[i] == "ovrigt" or ":" in roles[i]) and _ACTIVITY.match(header.strip())
        ),
        None,
    )
    if column is None:
        return
    roles[column] = "aktivitet"
    for index, header in enumerate(headers):
        if roles[index] != "ovrigt":
            continue
        if _OWNER.match(header.strip()) and "ansvarig" not in roles:
            roles[index] = "ansvarig"
        elif _WHEN.match(header.strip()) and "slutdatum" not in roles:
            roles[index] = "slutdatum"


def _cell(view: TableView, row: Row, column: int) -> Cell | None:
    blocks = [view.block, *(part for part, _skip in view.parts)]
    block = next((bl for bl in blocks if bl.index == row.block), None)
    if block is None or row.index >= len(block.rows) or column >= len(block.rows[row.index]):
        return None
    return block.rows[row.index][column]


def _names(view: TableView, row: Row, column: int) -> list[tuple[str, str]]:
    """(name, description) of each activity the cell holds: a paragraph each when they are
    list items or short lines; else the first paragraph names one and the rest describe it."""
    lines = [" ".join(t.split()) for t in row.lines[column] if t.strip()]
    if not lines:
        text = _BULLET.sub("", row.cells[column].strip())
        return [(text, "")] if text else []
    cell = _cell(view, row, column)
    listed = cell is not None and any(p.kind is BlockKind.LIST_ITEM for p in cell.paragraphs)
    typed = len(lines) > 1 and all(_BULLET.match(t) for t in lines)
    short = all(len(t) <= 150 and not t.endswith(":") for t in lines)
    if len(lines) == 1 or listed or typed or short:
        return [(_BULLET.sub("", t).strip(), "") for t in lines]
    return [(lines[0], "\n".join(lines[1:]))]


def _paired(row: Row, column: int | None, count: int) -> list[str]:
    """The column's text for each of ``count`` activities: a paragraph each when it has as
    many, else the whole cell for all."""
    if column is None or column >= len(row.cells):
        return [""] * count
    lines = [" ".join(t.split()) for t in row.lines[column] if t.strip()]
    if count > 1 and len(lines) == count:
        return lines
    return [" ".join(row.cells[column].split())] * count


def _end(text: str) -> dict[str, str]:
    """The end date ``text`` gives and, when the day does not say all of it, the words."""
    found = _DAY.match(" ".join(text.split()))
    if found is not None:
        with contextlib.suppress(InputError):
            day = parse_date(found.group("day").rstrip("."))
            if day is not None:  # the words kept: a day written out, perhaps "senast"
                return {"slutdatum": day.isoformat(), "beskrivning": " ".join(text.split())}
    return end_of(text)


_GOAL_ROLES = ("kf", "grupp", "malomrade", "kod", "namn", *ROLES)
"""The columns of the row's goal and its activity: the rest of an activity's row is kept."""


def _rest(view: TableView, row: Row) -> str:
    """The row's other cells ("Kommentar: …"), for an activity in a row with no indicator."""
    out = []
    for index, (role, text) in enumerate(zip(view.roles, row.cells, strict=False)):
        if text and role not in _GOAL_ROLES:
            header = view.headers[index] if index < len(view.headers) else ""
            out.append(f"{header}: {text}" if header else text)
    return "\n".join(out)


def _kept(view: TableView, goal: dict[str, Any] | None, row: Row) -> None:
    texts = [
        f"{view.headers[i]}: {row.cells[i]}"
        for role in ROLES[1:]
        if (i := view.col(role)) is not None and i < len(row.cells) and row.cells[i]
    ]
    if goal is not None and texts:
        goal["beskrivning"] = "\n\n".join(t for t in (goal["beskrivning"], *texts) if t)


def _lines(view: TableView, column: int | None) -> list[str]:
    """Every paragraph of the table's activity column."""
    if column is None:
        return []
    return [t for r in view.rows.rows if column < len(r.lines) for t in r.lines[column]]


def row_activities(view: TableView, b: Builder, goal: dict[str, Any] | None, row: Row) -> int:
    """Adds the activities of ``row``'s activity cell under ``goal``; how many."""
    column = view.col("aktivitet")
    names = _names(view, row, column) if column is not None and column < len(row.cells) else []
    if not names:  # an owner or time with no activity: kept with the goal
        _kept(view, goal, row)
        return 0
    owners = _paired(row, view.col("ansvarig"), len(names))
    ends = _paired(row, view.col("slutdatum"), len(names))
    when = view.col("slutdatum")
    label = view.headers[when] if when is not None and when < len(view.headers) else ""
    name_col = view.col("namn")
    alone = name_col is None or not row.cells[name_col]  # no indicator to keep the rest with
    rest = _rest(view, row) if alone else ""
    in_brackets = owners_in_brackets(_lines(view, column))
    for (name, description), owner, end in zip(names, owners, ends, strict=True):
        line = None if owner or end else bracketed_activity(name, owners=in_brackets)
        activity: dict[str, Any] = {
            "id": b.next_id(),
            "namn": name[:300],
            "namndsmal_id": None if goal is None else goal["id"],
            "att_granska": True,
        }
        if line is not None:  # "<name> (<owner>, klart juni 2027)": read as a body text line
            activity["namn"], owner = line["namn"], line["ansvarig"]
            description = "\n\n".join(t for t in (description, line.get("beskrivning", "")) if t)
            if "slutdatum" in line:
                activity["slutdatum"] = line["slutdatum"]
        if goal is None and b.current_area is not None:
            activity["malomrade_id"] = b.current_area["id"]
        if owner:
            activity["ansvarig"] = owner[:200]
        found = _end(end) if end else {}
        if "slutdatum" in found:
            activity["slutdatum"] = found["slutdatum"]
        words = found.get("beskrivning", "")
        timing = f"{label}: {words}" if words and label else words
        activity["beskrivning"] = "\n\n".join(t for t in (description, timing, rest) if t)
        b.activities.append(activity)
    return len(names)

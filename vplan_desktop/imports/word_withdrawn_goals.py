"""A goal a draft marks as withdrawn: "Mål 5: Alla skolklasser besöker konsthallen. (utgår)"
(also "utgått", "stryks", "struken", "tas bort", in parentheses or after a dash) is kept in the
document for the record, but it is no goal of the new plan. It is not read as a goal; the
report names it (with its indicators, if it had any) and activities that pointed to it lose
the link, so nothing goes silently."""

from __future__ import annotations

import re
from typing import Any

from vplan_desktop.wording import count as count_of

_WITHDRAWN = re.compile(
    r"(?:\(\s*(?:utgår|utgått|utgick|stryks|struken|strukit|tas bort)\s*\)"
    r"|\s[–-]\s*(?:utgår|utgått|stryks|tas bort))\s*\.?\s*$",
    re.IGNORECASE,
)


def withdrawn(text: str) -> bool:
    """True when the goal's ``text`` ends with a mark that the goal is withdrawn."""
    return _WITHDRAWN.search(text) is not None and bool(_WITHDRAWN.sub("", text).strip())


def drop_withdrawn_goals(data: dict[str, Any], report: list[str]) -> None:
    """The goals of the plan ``data`` marked as withdrawn: taken out, each named in ``report``;
    goals under them and activities linked to them keep no link to them."""
    goals = data.get("namndsmal", [])
    followed = bool(data.get("uppfoljningar"))  # its indicators' outcomes would lose their row
    gone = {
        g["id"]: g
        for g in goals
        if withdrawn(str(g.get("text", ""))) and not (followed and g.get("indikatorer"))
    }
    if not gone:
        return
    data["namndsmal"] = [g for g in goals if g["id"] not in gone]
    for goal in data["namndsmal"]:
        if goal.get("overordnat_id") in gone:
            goal["overordnat_id"] = None
    for activity in data.get("aktiviteter", []):
        if activity.get("namndsmal_id") in gone:
            activity["namndsmal_id"] = None
    for goal in gone.values():
        line = f"Målet ”{goal['text']}” är markerat som utgående och lästes inte in som mål"
        if indicators := goal.get("indikatorer"):
            line += f" (med {count_of(len(indicators), 'indikator')})"
        report.append(line + ".")

"""A figure a draft has not filled in yet: a cell holding only "?", "XX" or "xx" (one or more
marks) where a target, nuläge or responsible person goes is no value. The plan leaves the
value empty rather than store the mark as text, and the report names each one so the user
knows what is still to be filled in."""

from __future__ import annotations

import re
from typing import Any

from vplan_desktop.imports.word_excel_errors import drop_excel_errors

_PLACEHOLDER = re.compile(r"\?+|[Xx]{1,4}|…|\.{3}")


def placeholder(text: object) -> bool:
    """True when ``text`` is a not-yet-filled-in mark ("?", "XX", "…") and nothing else."""
    return isinstance(text, str) and _PLACEHOLDER.fullmatch(text.strip()) is not None


def drop_placeholders(data: dict[str, Any], report: list[str]) -> None:
    """Targets, nuläge values and activities' responsible persons of the plan ``data`` that
    are only a placeholder mark: left empty, each named in ``report``; so are the Excel error
    values a pasted table shows for a missing figure (word_excel_errors.py)."""
    drop_excel_errors(data, report)
    for goal in data.get("namndsmal", []):
        for indicator in goal.get("indikatorer", []):
            name = indicator.get("namn", "")
            targets = indicator.get("malnivaer", {})
            for year in [y for y, v in targets.items() if placeholder(v)]:
                report.append(
                    f"Målnivån {year} för ”{name}” är inte ifylld (”{targets.pop(year)}”)."
                )
            nulage = indicator.get("nulage")
            if isinstance(nulage, dict) and placeholder(nulage.get("varde")):
                report.append(f"Nuläget för ”{name}” är inte ifyllt (”{nulage['varde']}”).")
                indicator["nulage"] = None
    for activity in data.get("aktiviteter", []):
        if placeholder(activity.get("ansvarig")):
            report.append(
                f"Ansvarig för aktiviteten ”{activity.get('namn', '')}” är inte ifylld "
                f"(”{activity['ansvarig']}”)."
            )
            activity["ansvarig"] = ""

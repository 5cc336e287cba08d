"""An activity whose name ends in the verksamhet that carries it out, in brackets ("Lovbibliotek
på sommarlovet (Bibliotek)"): when the brackets name a verksamhet of the plan (a row of its
driftbudget), that is the activity's verksamhet and the name is the words before them. An
activity table in a chapter of one verksamhet ("Förskola" over its "Aktiviteter", the plan's
driftbudget holding a row "Förskola") is that verksamhet's: its activities without a
verksamhet of their own get the chapter's. Read once the whole document is, since the budget
often comes after the goals."""

from __future__ import annotations

import re

from vplan_desktop.imports.word_build import Builder
from vplan_desktop.wording import count as count_of

_SUFFIX = re.compile(r"^(?P<name>\S.*?)\s*\((?P<unit>[^()]{2,80})\)\s*\.?$")


def _key(text: str) -> str:
    return " ".join(text.lower().split())


def units_in_names(b: Builder) -> None:
    """Gives each activity named "… (Verksamhet)" that verksamhet, when the plan has it."""
    units = {_key(name): unit_id for name, unit_id in b.units.items()}
    moved = 0
    for activity in b.activities:
        found = _SUFFIX.match(str(activity.get("namn", "")))
        if found is None or activity.get("verksamhet_id") is not None:
            continue
        unit_id = units.get(_key(found.group("unit")))
        if unit_id is None:
            continue
        activity["namn"] = found.group("name").strip()
        activity["verksamhet_id"] = unit_id
        moved += 1
    if moved:
        b.report(
            f"Verksamheten inom parentes efter aktivitetens namn blev aktivitetens verksamhet "
            f"({count_of(moved, 'aktivitet')})."
        )
    _chapter_units(b)


def _chapter_units(b: Builder) -> None:
    """Gives each activity without a verksamhet, read from a table under a chapter named as a
    verksamhet of the driftbudget, that verksamhet."""
    budgeted = {r["verksamhet_id"] for r in b.drift_rows}
    units = {_key(name): i for name, i in b.units.items() if i in budgeted}
    given = 0
    for activity in b.activities:
        chapter = b.activity_chapter.get(activity["id"], "")
        unit_id = units.get(_key(chapter))
        if unit_id is None or activity.get("verksamhet_id") is not None:
            continue
        activity["verksamhet_id"] = unit_id
        given += 1
    if given:
        b.report(
            f"Aktiviteter i ett kapitel som heter som en verksamhet i driftbudgeten blev "
            f"verksamhetens ({count_of(given, 'aktivitet')})."
        )

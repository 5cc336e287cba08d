"""A unit's plan written as lines instead of tables, as an avdelning hands in its part of a
nämnd's plan:

- an indicator as a list line of its name, where it stands and its targets: "Sjukfrånvaro –
  7,2 % (2025), mål 6,5 % 2027 och 6 % 2028";
- a goal as a bold sentence opening a paragraph whose rest is its indicator in a sentence:
  "**Heltid ska vara norm.** Andelen heltidsanställda var 79 % år 2025 och ska öka till 85 %
  2027 och 90 % 2028." (the indicator named as the plan lists it: "Andel heltidsanställda"),
  the paragraph kept as the chapter's text as well;
- a line naming a goal of the plan by its words ("… bidrar till kommunstyrelsens mål om en
  attraktiv arbetsgivare"): the unit's indicators under it measure that goal, the unit's
  own wording of it (a bold line after the naming line's colon) is no goal of its own;
- an activity as a list line closing on its owner and its end in brackets: "Ta fram en ny
  lönepolicy (Ansv. HR-chef, senast 31/5)", its end read as ``word_dates`` and
  ``word_short_dates`` read an activity's end.

What a line names stays under the heading it was read under: the next heading ends it."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from vplan_desktop.db.enums import MalNiva
from vplan_desktop.imports.word_activity_lines import activity_line, end_of
from vplan_desktop.imports.word_blocks import Block, BlockKind
from vplan_desktop.imports.word_build import Builder
from vplan_desktop.imports.word_dates import period_end
from vplan_desktop.imports.word_list_lines import bracketed_indicator
from vplan_desktop.imports.word_period_activity import period_activity
from vplan_desktop.imports.word_result import Became
from vplan_desktop.imports.word_short_dates import short_end
from vplan_desktop.wording import clipped

__all__ = ["UnitLines", "figures_line", "goal_named_in", "owner_activity", "sentence_figures"]

_VALUE = r"[−-]?\d[\d  ]*(?:,\d+)?\s*(?:%|procent)?"
_YEAR = r"(?:19|20)\d\d"
_FIGURES_LINE = re.compile(
    rf"^(?P<name>[^–—]{{3,200}}?)\s+[–—-]\s+(?P<base>{_VALUE})\s*\((?P<year>{_YEAR})\)\s*,?\s*"
    rf"mål\s+(?P<targets>{_VALUE}\s+(?:år\s+)?{_YEAR}(?:\s*(?:,|och)\s*{_VALUE}\s+(?:år\s+)?"
    rf"{_YEAR})*)\.?$",
    re.IGNORECASE,
)
_TARGET = re.compile(rf"(?P<value>{_VALUE})\s+(?:år\s+)?(?P<year>{_YEAR})", re.IGNORECASE)
_SENTENCE = re.compile(
    rf"^(?P<name>[A-ZÅÄÖ][^.]{{2,150}}?)\s+(?:var|låg på|uppgick till)\s+(?P<base>{_VALUE})\s+"
    rf"(?:år\s+)?(?P<year>{_YEAR})\s+och\s+ska\s+(?:öka|minska|sjunka|nå|vara|uppgå|stiga)"
    rf"(?:\s+till)?\s+(?P<targets>{_VALUE}\s+(?:år\s+)?{_YEAR}(?:\s*(?:,|och)\s*(?:till\s+)?"
    rf"{_VALUE}\s+(?:år\s+)?{_YEAR})*)\.?$",
    re.IGNORECASE,
)
_DEFINITE = {"andelen": "Andel", "antalet": "Antal", "graden": "Grad", "nivån": "Nivå"}
_OWNER = re.compile(
    r"^(?P<name>\S.{2,300}?)\s*\((?:ansvarig|ansvar|ansv\.)\s*:?\s*(?P<who>[^(),;]{2,100}?)"
    r"\s*[,;]\s*(?P<when>[^(),;]{2,40})\)\s*\.?$",
    re.IGNORECASE,
)
_NAMED_GOAL = re.compile(r"\bmål(?:et)?\s+om\s+(?:en\s+|ett\s+|att\s+)?(?P<words>[^.,;:()]{4,80})")


def _indicator(name: str, base: str, year: str, targets: str) -> dict[str, Any] | None:
    marks = [
        f"mål {t.group('year')}: {t.group('value').strip()}" for t in _TARGET.finditer(targets)
    ]
    return bracketed_indicator(f"{name.strip()} ({year}: {base.strip()}, {', '.join(marks)})")


def figures_line(text: str) -> dict[str, Any] | None:
    """An indicator of the plan's JSON from "<name> – <value> (<year>), mål <value> <year> och
    <value> <year>"; None for any other line."""
    found = _FIGURES_LINE.match(" ".join(text.split()))
    if found is None:
        return None
    return _indicator(found["name"], found["base"], found["year"], found["targets"])


def sentence_figures(text: str) -> dict[str, Any] | None:
    """An indicator from "<Andelen …> var <value> år <year> och ska öka till <value> <year>
    och <value> <year>.", named as a plan lists it ("Andel …"); None for any other sentence."""
    found = _SENTENCE.match(" ".join(text.split()))
    if found is None:
        return None
    first, _, rest = found["name"].partition(" ")
    name = f"{_DEFINITE.get(first.lower(), first)} {rest}".strip()
    return _indicator(name, found["base"], found["year"], found["targets"])


def owner_activity(text: str, first_year: int) -> dict[str, Any] | None:
    """An activity from "<name> (Ansv. <who>, <end>)" whose end is a day, a period or a week
    the plan can date; None for any other line, and for the lines a goal's lists read
    ("(Ansvarig: <who>, klart: <end>)", "(<who>, Q3 2027)")."""
    if activity_line(text) is not None or period_activity(text) is not None:
        return None  # the shapes the goal's lists read (``word_goal_lists``)
    found = _OWNER.match(" ".join(text.split()))
    if found is None:
        return None
    when = found["when"].strip()
    activity: dict[str, Any] = {
        "namn": found["name"].strip(" –-:")[:300],
        "att_granska": True,
        "ansvarig": found["who"].strip()[:200],
    }
    period = period_end(when)
    if period is not None and not period[1]:
        activity.update(end_of(when))
    elif (day := short_end(when, first_year)) is not None:
        activity.update(slutdatum=day.isoformat(), beskrivning=when)
    else:
        return None
    return activity


def goal_named_in(text: str, goals: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The one goal of ``goals`` whose words a line names ("målet om en attraktiv
    arbetsgivare"); None when it names none, or more than one goal has those words."""
    for found in _NAMED_GOAL.finditer(" ".join(text.split())):
        words = found["words"].strip().lower()
        having = [g for g in goals if words in " ".join(g["text"].lower().split())]
        if len(having) == 1:
            return having[0]
    return None


class UnitLines:
    """Reads a unit's lines (see the module's docstring) during the walk."""

    def __init__(
        self, b: Builder, blocks: list[Block], first_year: int, keep: Callable[[Block], None]
    ) -> None:
        self.b = b
        self.keep = keep
        """Keeps a paragraph as the chapter's text."""
        self.blocks = blocks
        self.first_year = first_year
        self.measured: dict[str, Any] | None = None
        """The goal the lines read under the heading measure."""
        self.path: list[str] = []

    def read(self, block: Block, path: list[str]) -> bool:
        """Whether ``block`` was read as such a line; a line naming a goal stays text."""
        if path != self.path:
            self.path, self.measured = list(path), None
        b, text = self.b, block.text
        if block.kind is BlockKind.LIST_ITEM:
            if (activity := owner_activity(text, self.first_year)) is not None:
                activity = {"id": b.next_id(), **activity, "namndsmal_id": None}
                b.activities.append(activity)
                b.activity_chapter[activity["id"]] = path[0] if path else ""
                what = f"Aktiviteten ”{clipped(activity['namn'], 50)}”"
                b.became(block.index, Became.AKTIVITETER, what)
                return True
            goal = self.measured
            if goal is not None and (indicator := figures_line(text)) is not None:
                goal["indikatorer"].append({"id": b.next_id(), **indicator})
                what = f"Indikator till målet ”{clipped(goal['text'], 50)}”"
                b.became(block.index, Became.INDIKATOR, what)
                return True
            return False
        if block.kind is not BlockKind.PARAGRAPH:
            return False
        if (lead := self._goal_sentence(block)) is not None:
            goal_text, indicator = lead
            area = b.current_area or b.loose_area(path[-1] if path else "Mål")
            goal = b.goal(area, MalNiva.NAMND, "", goal_text)
            goal["indikatorer"].append({"id": b.next_id(), **indicator})
            self.measured = goal
            self.keep(block)  # the unit's words stay in its chapter, as it wrote them
            what = f"Målet ”{clipped(goal_text, 50)}” med indikator (texten står kvar i kapitlet)"
            b.became(block.index, Became.MAL, what)
            return True
        if (named := goal_named_in(text, b.goals)) is not None:
            self.measured = named  # the line stays text; what follows measures that goal
        return False

    @staticmethod
    def _goal_sentence(block: Block) -> tuple[str, dict[str, Any]] | None:
        """(goal, indicator) of a paragraph opening on a bold sentence followed by the
        indicator's sentence."""
        runs = [r for r in block.runs if r.text.strip()]
        bold = [r for r in runs if r.bold]
        if not bold or not runs[0].bold:
            return None
        lead = " ".join("".join(r.text for r in runs[: len(bold)]).split())
        rest = " ".join("".join(r.text for r in runs[len(bold) :]).split())
        if not lead.endswith(".") or len(lead.split()) < 4 or not rest:
            return None
        if any(r.bold for r in runs[len(bold) :]) or any(not r.bold for r in runs[: len(bold)]):
            return None
        indicator = sentence_figures(rest)
        return (lead, indicator) if indicator is not None else None

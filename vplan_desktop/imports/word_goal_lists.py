"""A goal's indicators and activities written as lists under a label line ("Indikatorer:",
"Aktiviteter") rather than in a table: "Andel nöjda brukare – målvärde 2027: 90 % (utfall
2025: 86 %)", "Införa digital nattillsyn (ansvar: Enhetschef)", "Publicera kartan – GIS-enheten"."""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Any

from vplan_desktop.db.enums import MalNiva
from vplan_desktop.imports.word_activity_lines import END_LABEL, activity_line, end_line, end_of
from vplan_desktop.imports.word_blocks import Block, BlockKind
from vplan_desktop.imports.word_build import Builder
from vplan_desktop.imports.word_change_sentences import change_indicator
from vplan_desktop.imports.word_end_first_activity import typed_item
from vplan_desktop.imports.word_goal_outline import OutlineGoals
from vplan_desktop.imports.word_heading_indicator import figures_text
from vplan_desktop.imports.word_labelled_activity import labelled_activity
from vplan_desktop.imports.word_list_activity import activity_from_line
from vplan_desktop.imports.word_list_lines import bracketed_indicator, figures_indicator
from vplan_desktop.imports.word_listed_goals import heads_goal_list, listed_goal
from vplan_desktop.imports.word_measured_goals import read_measured_goal
from vplan_desktop.imports.word_numbered_goals import numbered_goal as numbered_list_goal
from vplan_desktop.imports.word_outcome_lines import outcome_line
from vplan_desktop.imports.word_period_activity import period_activity
from vplan_desktop.imports.word_plain_labels import SO_WE_KNOW, WE_DO
from vplan_desktop.imports.word_prose_indicators import assign, prose_indicator, sentence_run
from vplan_desktop.imports.word_result import Became
from vplan_desktop.imports.word_runin_indicator import runin_indicator
from vplan_desktop.imports.word_sex_lines import sex_split_line
from vplan_desktop.imports.word_text import cell_target, cell_value
from vplan_desktop.imports.word_typed_lines import (
    checklist_activity,
    indicator_with_lines,
    numbered_goal,
)
from vplan_desktop.wording import clipped

_LABEL = re.compile(
    rf"^(?:(?P<ind>indikatorer|indikator|mått|mätetal|styrtal|resultatmått|nyckeltal|{SO_WE_KNOW})"
    rf"|(?P<act>aktiviteter(?: för att nå målet)?|aktivitet|åtgärder|insatser|åtaganden|{WE_DO}))"
    r"(?:\s+\d{4})?\s*:?\s*$",
    re.IGNORECASE,
)
_TARGET = re.compile(
    r"\s+[–—-]\s+(?:mål(?:värde|nivå)?|målet)\s*(?P<year>(?:19|20)\d\d)?\s*:?\s*"
    r"(?P<value>[^()]+?)\s*(?:\((?P<base>[^)]*)\))?\s*$",
    re.IGNORECASE,
)
_BASE = re.compile(
    r"^(?:utfall|nuläge|utgångsvärde|basvärde|nu)\s*(?P<year>(?:19|20)\d\d)?\s*:?\s*(?P<value>\S.*)$",
    re.IGNORECASE,
)
_OWNER_LINE = re.compile(
    r"^(?:ansvarig|ansvar)\s*:\s*(?P<who>[^,;]{1,100}?)\s*(?:[,;.]\s*(?P<rest>.*))?$", re.I
)
"""The line under an activity's name: "Ansvarig: Fritidschef, klart senast 2027-03-01"."""


TITLE_LENGTH = 60
"""Characters: a title line over indicator sentences is short."""


class ListKind(StrEnum):
    """What the list under a label line holds."""

    INDIKATORER = "indikatorer"
    AKTIVITETER = "aktiviteter"


def list_label(text: str) -> ListKind | None:
    """The kind of list a label line ("Indikatorer:", "Aktiviteter") announces; None for any
    other line."""
    found = _LABEL.match(text.strip())
    if found is None:
        return None
    return ListKind.INDIKATORER if found.group("ind") else ListKind.AKTIVITETER


def indicator_from_line(text: str, first_year: int, last_year: int = 0) -> dict[str, Any]:
    """An indicator of the plan's JSON from a list line; a line naming no target is the name
    alone (the user fills in the rest)."""
    text = " ".join(text.split())
    if (changes := change_indicator(text, first_year, last_year)) is not None:
        return changes  # "<name> ökar från 81 % (2025) till 95 % 2027", "<name>: minst 400 per år"
    if (outcomes := outcome_line(text)) is not None:
        return outcomes  # "<name> – utfall 2024: 57 %, 2025: 66 %. Målvärde 2027: ≥ 80 %."
    if _TARGET.search(text) is None and (bracketed := bracketed_indicator(text)) is not None:
        return bracketed  # "<name> (2025: 84 %, mål 2027: 88 %)"
    name, target, base_text, year = text, "", "", first_year
    if found := _TARGET.search(text):
        name = text[: found.start()].strip()
        target = found.group("value").strip()
        base_text = (found.group("base") or "").strip()
        year = int(found.group("year") or first_year)
    indicator: dict[str, Any] = {
        "namn": name[:300],
        "att_granska": True,
        "malnivaer": {},
        "utfall": {},
        "enhet": "%" if "%" in target + base_text else "",
    }
    if target:
        value, jamforare = cell_target(target)
        if value is not None:
            indicator["malnivaer"][str(year)] = value
        if jamforare is not None:
            indicator["jamforare"] = {str(year): jamforare.value}
    if base := _BASE.match(base_text):
        base_year = base.group("year")
        indicator["nulage"] = {
            "ar": int(base_year) if base_year else None,
            "varde": cell_value(base.group("value")),
            "ar_malniva": False,
        }
    return indicator


class GoalLists:
    """Reads, block by block, a goal's indicators and activities written as lists under a
    label line, and activities written as a short bold name over an "Ansvarig: …" line."""

    def __init__(self, b: Builder, blocks: list[Block], first_year: int, last_year: int) -> None:
        self.b = b
        self.blocks = blocks
        self.first_year, self.years = first_year, (first_year, last_year)
        self.outline = OutlineGoals(b, blocks, list_label)
        """The goals written as one list Word numbers in levels."""
        self.kind: ListKind | None = None
        """What the list being read holds, after a label line ("Indikatorer:")."""
        self.figure_lines: set[int] = set()
        """The figures' lines already read with the indicator above them."""
        self.owner_lines: set[int] = set()
        """The "Ansvarig: …" lines already read with the activity above them."""
        self.prose: dict[int, tuple[dict[str, Any], dict[str, Any]]] = {}
        """The indicator sentences of the run being read, each with the goal it measures."""

    def read(self, block: Block) -> bool:
        """Whether ``block`` was read as a label, an indicator or an activity."""
        b = self.b
        if self._checklist(block):
            return True
        if b.current_goal is None and self._numbered_goal(block):
            return True
        goal, area = b.current_goal, b.current_area
        if goal is None and area is None:
            self.kind = None
            return False
        if (measured := read_measured_goal(b, self.blocks, block)) is not None:
            self.kind = ListKind.INDIKATORER if measured is Became.STRUKTUR else None
            return True  # a bold goal line over "Så här mäter vi:" and its indicators
        if area is not None and (numbered := numbered_goal(block)):
            b.current_goal = b.goal(area, MalNiva.NAMND, *numbered)
            b.became(block.index, Became.MAL, f"Målet ”{clipped(numbered[1], 50)}”")
            return True
        if block.index in self.figure_lines:
            b.became(block.index, Became.INDIKATOR, "Nuläge och målvärden för indikatorn ovanför")
            return True
        if goal is not None and (lines := indicator_with_lines(self.blocks, block.index)):
            goal["indikatorer"].append({"id": b.next_id(), **lines[0]})
            self.figure_lines.update(lines[1])  # "Målvärde 2027: …" under it
            b.became(
                block.index, Became.INDIKATOR, f"Indikator till målet ”{clipped(goal['text'], 50)}”"
            )
            return True
        if area is not None and goal is None and self._listed_goal(block, area):
            return True
        typed = block.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
        if typed and goal is not None and (runin := runin_indicator(block.text)) is not None:
            goal["indikatorer"].append({"id": b.next_id(), **runin})  # "Namn. Utgångsläge …"
            what = f"Indikator till målet ”{clipped(goal['text'], 50)}”"
            b.became(block.index, Became.INDIKATOR, what)
            return True
        if self._prose_indicator(block):
            return True
        if block.index in self.owner_lines:
            b.became(block.index, Became.AKTIVITETER, "Ansvar och tid för aktiviteten ovanför")
            return True
        if (labelled := labelled_activity(self.blocks, block.index)) is not None:
            self.owner_lines.update(labelled[1])  # "Aktivitet: …" over "Ansvarig: …"
            self._activity(block, labelled[0])
            return True
        typed = block.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
        if typed and (found := activity_line(block.text)) is not None:
            self._activity(block, found)  # "1. <name> (Ansvarig: <who>, klart: <date>)"
            return True
        listed = block.kind is BlockKind.LIST_ITEM and goal is not None
        if listed and (found := period_activity(block.text)) is not None:
            self._activity(block, found)  # "<name> (<who>, Q3 2027)"
            return True
        if typed and goal is not None and (by_sex := sex_split_line(block.text)) is not None:
            for indicator in by_sex:  # "Andel … (kvinnor/män/totalt) 72/65/68 % (2025)."
                goal["indikatorer"].append({"id": b.next_id(), **indicator})
            what = f"Indikatorer per kön till målet ”{clipped(goal['text'], 50)}”"
            b.became(block.index, Became.INDIKATOR, what)
            return True
        kind = list_label(block.text) if block.kind is BlockKind.PARAGRAPH else None
        if kind is not None:
            self.kind = kind
            owner = goal["text"] if goal is not None else area["namn"] if area else ""
            b.became(block.index, Became.STRUKTUR, f"Rubrik för {kind} till ”{clipped(owner, 50)}”")
            return True
        if goal is not None and self._figures_below(block, goal):
            return True
        if self._named_activity(block):
            return True
        item = block.text if block.kind is BlockKind.LIST_ITEM else typed_item(block)
        if item is None or self.kind is None:  # "2. <name>": a typed number is a list's
            self.kind = None
            return False
        if self.kind is ListKind.INDIKATORER and goal is not None:
            indicator = {"id": b.next_id(), **indicator_from_line(item, *self.years)}
            goal["indikatorer"].append(indicator)
            b.became(
                block.index, Became.INDIKATOR, f"Indikator till målet ”{clipped(goal['text'], 50)}”"
            )
            return True
        if self.kind is ListKind.AKTIVITETER:
            self._activity(block, activity_from_line(item))
            return True
        return False

    def _listed_goal(self, block: Block, area: dict[str, Any]) -> bool:
        """An item of the målområde's numbered goal list, or the line naming those goals."""
        b = self.b
        if heads_goal_list(self.blocks, block.index, list_label):
            what = f"Rubrik för målen i målområdet ”{clipped(area['namn'], 50)}”"
            b.became(block.index, Became.STRUKTUR, what)
            return True
        found = listed_goal(self.blocks, block.index, list_label)
        if found is None:
            return False
        b.goal(area, MalNiva.NAMND, *found)  # the list is the målområde's: no current goal
        b.became(block.index, Became.MAL, f"Målet ”{clipped(found[1], 50)}”")
        return True

    def _numbered_goal(self, block: Block) -> bool:
        """An item of the nämnd's numbered goal list (``word_numbered_goals``): a goal of the
        målområde read, else of one named by the heading over the list."""
        found = numbered_list_goal(self.blocks, block.index, list_label)
        if found is None:
            return False
        b = self.b
        area = b.current_area or b.loose_area(self._heading(block.index))
        b.goal(area, MalNiva.NAMND, *found)  # the list is the goals' as a whole: no current goal
        b.became(block.index, Became.MAL, f"Målet ”{clipped(found[1], 50)}”")
        return True

    def _heading(self, index: int) -> str:
        """The nearest heading above ``index`` ("Mål" when none)."""
        above = (b for b in reversed(self.blocks[:index]) if b.kind is BlockKind.HEADING)
        return next((" ".join(b.text.split()) for b in above), "Mål")

    def _prose_indicator(self, block: Block) -> bool:
        """An indicator written as a sentence ("… ska öka från 61 procent 2025 till 70 procent
        2027."), given with the sentences in a row to the goal above or the målområde's goals
        (``word_prose_indicators``); a short title right over them is their heading."""
        b = self.b
        if block.index not in self.prose:
            title = len(block.text) <= TITLE_LENGTH and not block.text.rstrip().endswith(".")
            title = title and prose_indicator(block.text) is None
            run = sentence_run(self.blocks, block.index + (1 if title else 0))
            area = b.current_area
            goals = [b.current_goal] if b.current_goal is not None else []
            if not goals and area is not None:
                goals = [
                    g for g in b.goals if g["malomrade_id"] == area["id"] and g["niva"] != "kf"
                ]
            if not run or not goals:
                return False
            found = [prose_indicator(r.text) or {} for r in run]
            chosen = assign([f["namn"] for f in found], [g["text"] for g in goals])
            for sentence, indicator, at in zip(run, found, chosen, strict=True):
                self.prose[sentence.index] = (goals[at], indicator)
            if title:  # "Så följer vi upp målen" over the sentences
                what = f"Rubrik för indikatorerna ”{clipped(block.text, 50)}”"
                b.became(block.index, Became.STRUKTUR, what)
                return True
        goal, indicator = self.prose.pop(block.index)
        goal["indikatorer"].append({"id": b.next_id(), **indicator})
        b.became(
            block.index, Became.INDIKATOR, f"Indikator till målet ”{clipped(goal['text'], 50)}”"
        )
        return True

    def _figures_below(self, block: Block, goal: dict[str, Any]) -> bool:
        """An indicator's name with its figures on the line under it ("Nuläge 2025: 7,8 |
        Mål 2027: 8,5"); the figures' line is read with it."""
        following = block.index + 1
        if block.kind is BlockKind.TABLE or following >= len(self.blocks):
            return False
        if self.blocks[following].kind is BlockKind.TABLE:
            return False
        found = figures_indicator(block.text, figures_text(self.blocks[following]))
        b = self.b
        if found is None and self._heads_figures(block):
            what = f"Rubrik ”{block.text}” för indikatorerna till ”{clipped(goal['text'], 50)}”"
            b.became(block.index, Became.STRUKTUR, what)
            return True
        if found is None:
            return False
        goal["indikatorer"].append({"id": b.next_id(), **found})
        b.became(
            block.index, Became.INDIKATOR, f"Indikator till målet ”{clipped(goal['text'], 50)}”"
        )
        self.figure_lines.add(following)
        return True

    def _heads_figures(self, block: Block) -> bool:
        """A short line without figures ("Så mäter vi") over an indicator's name and its
        figures' line: the heading of the indicators, not the goal's description."""
        at = block.index
        if len(block.text) > 40 or any(ch.isdigit() for ch in block.text):
            return False
        if at + 2 >= len(self.blocks) or self.blocks[at + 1].kind is BlockKind.TABLE:
            return False
        return figures_indicator(self.blocks[at + 1].text, self.blocks[at + 2].text) is not None

    def _checklist(self, block: Block) -> bool:
        """A checklist line "☐ <name> (mål 1.1, ansvarig …, klart …)": an activity of the goal
        it names by number (else of the goal above)."""
        if block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM):
            return False
        found = checklist_activity(block.text)
        if found is None:
            return False
        activity, number = found
        b = self.b
        named = [g for g in b.goals if number and g["kod"] == number]
        goal = named[-1] if named else b.current_goal
        activity = {"id": b.next_id(), **activity, "namndsmal_id": goal["id"] if goal else None}
        if goal is None and b.current_area is not None:
            activity["malomrade_id"] = b.current_area["id"]
        b.activities.append(activity)
        b.became(block.index, Became.AKTIVITETER, f"Aktiviteten ”{clipped(activity['namn'], 50)}”")
        return True

    def _named_activity(self, block: Block) -> bool:
        """A short bold name, or a list item, with "Ansvarig: …, klart senast …" on the line
        under it (and perhaps "Klart: juni 2027" on the next)."""
        following = block.index + 1
        named = (
            block.bold if block.kind is BlockKind.PARAGRAPH else block.kind is BlockKind.LIST_ITEM
        )
        if not named or len(block.text) > 150 or following >= len(self.blocks):
            return False
        found = _OWNER_LINE.match(self.blocks[following].text.strip())
        if found is None:
            return False
        activity: dict[str, Any] = {
            "namn": block.text.strip()[:300],
            "att_granska": True,
            "ansvarig": found.group("who").strip()[:200],
        }
        # "Ansvarig: Rektor. Klart: augusti 2027.": the end after its label, as on a line
        activity.update(end_of(END_LABEL.sub("", found.group("rest") or "").strip()))
        self.owner_lines.add(following)
        after = following + 1
        end = end_line(self.blocks[after].text) if after < len(self.blocks) else None
        if "slutdatum" not in activity and end is not None:  # "Klart: juni 2027" under it
            activity.update(end)
            self.owner_lines.add(after)
        self._activity(block, activity)
        return True

    def _activity(self, block: Block, activity: dict[str, Any]) -> None:
        b = self.b
        goal, area = b.current_goal, b.current_area
        activity = {"id": b.next_id(), **activity}
        activity["namndsmal_id"] = goal["id"] if goal is not None else None
        if goal is None and area is not None:
            activity["malomrade_id"] = area["id"]
        b.activities.append(activity)
        b.became(block.index, Became.AKTIVITETER, f"Aktiviteten ”{clipped(activity['namn'], 50)}”")

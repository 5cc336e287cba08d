"""The walk through a Word plan's blocks in order: headings open chapters, the plan's own parts
("Mål och indikatorer", "Budget", "Internkontroll"), målområden and goals; paragraphs become
chapter text (or a målområde's or goal's description, a KF goal, yearly goal sentences);
tables go to the classifiers. Every block is given an outcome: nothing is dropped unsaid.
Here the headings; the text in ``word_walk_text``, the tables in ``word_walk_tables``."""

from __future__ import annotations

import re
from typing import Any

from vplan_desktop import markdown as md
from vplan_desktop.db.enums import MalNiva
from vplan_desktop.imports import word_goal_table
from vplan_desktop.imports.word_area_chapter import area_heading, goal_part, perspective_part
from vplan_desktop.imports.word_assessment_lines import AssessmentLines
from vplan_desktop.imports.word_blocks import Block, Source
from vplan_desktop.imports.word_build import Builder
from vplan_desktop.imports.word_coded_goal_heading import coded_goal_heading
from vplan_desktop.imports.word_commitment_goals import commitment_level
from vplan_desktop.imports.word_control_lines import ControlLines
from vplan_desktop.imports.word_goal_card import area_name
from vplan_desktop.imports.word_goal_lists import GoalLists
from vplan_desktop.imports.word_goal_nesting import kf_may_follow, upper_level
from vplan_desktop.imports.word_goal_sentences import phrases_under
from vplan_desktop.imports.word_goals_under import goals_under
from vplan_desktop.imports.word_heading_codes import heading_goal
from vplan_desktop.imports.word_result import Became
from vplan_desktop.imports.word_structure import Structure, strip_outline
from vplan_desktop.imports.word_text import goal_heading, labelled_goal
from vplan_desktop.imports.word_tolkning import TableKind, Tolkning, signature
from vplan_desktop.imports.word_walk_tables import TableWalk, continuations
from vplan_desktop.wording import clipped

PARTS = {
    "mal": re.compile(r"\b(?:mål|målområden|målområde|nämndsmål|indikatorer|målen)\b"),
    "aktiviteter": re.compile(r"^(?:aktiviteter|åtgärder|handlingsplan|aktivitetsplan)\b"),
    "investeringar": re.compile(r"^investering"),
    "budget": re.compile(r"\b(?:budget|driftbudget|ekonomi|ekonomiska|resultatbudget|ramar)\b"),
    "internkontroll": re.compile(r"\b(?:internkontroll|intern kontroll|internkontrollplan)"),
    "nyckeltal": re.compile(r"^nyckeltal"),
}
_FOLLOWED = re.compile(r"^(?:måluppfyllelse|måluppföljning)\s*$", re.IGNORECASE)
"""A follow-up's chapter of its goals ("Måluppfyllelse"): the goals' part of the plan."""
_NOT_PARTS = re.compile(r"^(?:bilaga|omvärld|inledning|uppdrag|organisation|sammanfattning)")


def part_of(text: str) -> str:
    """The plan's part a heading names ("mal", "budget" …); "" for a chapter of its own."""
    lower = text.lower().strip()
    if _NOT_PARTS.match(lower) or len(lower) > 60:
        return ""
    for part, pattern in PARTS.items():
        if pattern.search(lower):
            return part
    return ""


class Walk(TableWalk):
    """Reads the blocks into the builder; ``result.tolkning`` gets the reading used."""

    def __init__(
        self,
        source: Source,
        structure: Structure,
        corrections: Tolkning,
        b: Builder,
        years: tuple[int, int],
        follow_up: bool,
    ) -> None:
        self.source = source
        self.s = structure
        self.corrections = corrections
        self.b = b
        self.years = years
        self.follow_up = follow_up
        self.path: list[str] = []
        self.parts: list[str] = []
        self.chapter: int | None = None
        self.pending: list[tuple[int, str]] = []
        self.last_table: tuple[TableKind, dict[str, Any] | None] | None = None
        self.sentence_goal: dict[str, Any] | None = None
        self.last_note: int | None = None
        """The last line read as a table's note: a note right under it is the same table's."""
        self.goal_at: dict[int, dict[str, Any]] = {}
        """The goal of each heading level above the reading (its nämndsmål go under it)."""
        self.lists = GoalLists(b, source.blocks, *years)
        """A goal's indicators and activities written as lists and lines, not a table."""
        self.assessments = AssessmentLines(b, follow_up, source.blocks)
        self.controls = ControlLines(b, source.blocks)
        b.target_chapter = self.target_chapter
        self.groups = continuations(source.blocks, corrections)
        self.in_group = {p.index for parts in self.groups.values() for p, _ in parts[1:]}

    # --- headings ------------------------------------------------------------------------------

    def heading(self, block: Block, level: int) -> None:
        self.finish()
        kod, text = strip_outline(block)
        self.path = [*self.path[: level - 1], text]
        named = goal_heading(text) or labelled_goal(text)  # "KF:s mål 1 – …", "Nämndmål: …"
        goal_like = named or word_goal_table.GOAL_WORDS.match(text)
        enclosing = next((p for p in reversed(self.parts[: level - 1]) if p), "")
        own = part_of(text) or ("mal" if self.follow_up and _FOLLOWED.match(text) else "")
        own = perspective_part(self, block, level, own)  # a styrkort's "Ekonomi"
        area_like = re.match(r"^(?:(?:mål)?område|fokusområde|perspektiv)\b", text, re.I)
        if level > 1 and (goal_like or (own == enclosing and area_like)):
            own = ""  # a målområde or goal under the goals' heading, not a part of its own
        self.parts = [*self.parts[: level - 1], own]
        self.parts += [""] * (len(self.path) - len(self.parts))
        self.b.result.tolkning.headings[block.index] = level
        self.b.result.tolkning.signatures[block.index] = signature(block.text)
        self.sentence_goal = None
        self.lists.kind = None
        b = self.b
        bare = f" (”{block.text}” utan numret)" if text != block.text else ""
        if level == 1:
            self.pending = []
            self.goal_at = {}
            b.current_area = b.current_goal = None
            if goal_part(self, block) or (self.parts[0] == "mal" and area_like and not goal_like):
                self.chapter, self.parts[0] = None, "mal"  # "Målområde 1 …", "KF:s mål: …"
                self.goal_heading(block, level, kod, text)
            elif self.parts[0]:
                self.chapter = None
                b.became(block.index, Became.STRUKTUR, f"Planens del ”{text}”{bare}")
            else:
                self.chapter = len(b.chapters)
                b.chapter(text)["_block"] = block.index
                b.became(block.index, Became.KAPITEL, f"Kapitlet ”{text}”{bare}")
                b.report(f"Kapitel: {text}")
            return
        known = b.by_heading.get(text) or b.by_heading.get(block.text)
        if known is not None and self.part != "mal":
            b.current_goal = known  # a goal's title over its activities: that goal
            b.became(
                block.index, Became.STRUKTUR, f"Rubrik för målet ”{clipped(known['text'], 50)}”"
            )
        elif (self.part == "mal" and not self.parts[-1]) or named or area_heading(self, block):
            self.goal_heading(block, level, kod, text)
        elif coded_goal_heading(self.source.blocks, self.s.levels, block.index):
            over = self.path[-2] if len(self.path) > 1 else "Mål"  # "GP1 …" under "4.1 Gator"
            b.current_area = b.area(*area_name(over))
            self.goal_heading(block, level, kod, text)
        elif self.chapter is not None:
            b.text(self.chapter, md.Heading(min(level - 1, 3), (md.Run(text),)))
            b.became(
                block.index,
                Became.RUBRIK,
                f"Rubrik i kapitlet ”{b.chapters[self.chapter]['rubrik']}”{bare}",
            )
        else:
            self.pending = [p for p in self.pending if p[0] < level] + [(level, text)]
            what = f"Rubriken ”{text}” i planens del ”{self.path[0]}”{bare}"
            b.became(block.index, Became.STRUKTUR, what)

    def goal_heading(self, block: Block, level: int, kod: str, text: str) -> None:
        b = self.b
        looks_like_goal = bool(goal_heading(text) or word_goal_table.GOAL_WORDS.match(text))
        depth = len([p for p in self.parts if p == "mal"])
        area_level = self.parts.index("mal") + 2 if "mal" in self.parts else 2
        named_area = bool(re.match(r"^(?:(?:mål)?område|fokusområde|perspektiv)\b", text, re.I))
        if not looks_like_goal and (
            named_area
            or (level <= area_level and self.has_subheadings(block.index, level))
            or goals_under(self.source.blocks, self.s.levels, block.index, level)
            or phrases_under(self.source.blocks, block.index, self.s.levels, level)
        ):
            area = b.area(*area_name(text, kod))
            b.current_area, b.current_goal = area, None
            self.goal_at = {}
            b.became(block.index, Became.MALOMRADE, f"Målområdet ”{area['namn']}”")
            return
        niva, goal_kod, goal_text = heading_goal(self.source.blocks, self.s.levels, block.index)
        niva = upper_level(self.source.blocks, self.s.levels, block.index, level, text) or niva
        area = b.current_area or b.area(self.path[0] if depth and level > 1 else "Mål")
        b.current_area = area
        above = [g for at, g in self.goal_at.items() if at < level]
        niva = commitment_level(text, niva, above[-1] if above else None)  # "Åtagande 1.1 …"
        parent = above[-1]["id"] if above and kf_may_follow(above[-1], niva) else None
        goal = b.goal(area, niva, goal_kod or kod, goal_text, parent)
        self.goal_at = {at: g for at, g in self.goal_at.items() if at < level} | {level: goal}
        if niva in (MalNiva.KF, MalNiva.KS):
            b.given[area["id"]] = goal
        b.by_heading.setdefault(text, goal)
        b.by_heading.setdefault(block.text, goal)
        b.current_goal = goal
        b.became(block.index, Became.MAL, f"Målet ”{clipped(goal_text, 60)}”")

    def has_subheadings(self, index: int, level: int) -> bool:
        """The heading at ``index`` has headings under it before the next of its level."""
        after = min((i for i in self.s.levels if i > index), default=None)
        return after is not None and self.s.levels[after] > level

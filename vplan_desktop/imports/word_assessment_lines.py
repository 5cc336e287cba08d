"""A follow-up's assessment of a goal written as a line under the goal's heading rather than in
a table: "Mål 1: Fler barn är aktiva" ¶ "Bedömning: Delvis uppnått" ¶ analysis ¶ the goal's
indicator table. The assessment may be a sentence of prose instead ("Målet bedöms delvis
uppnås under året eftersom …", "Bedöms inte uppnås 2026.", "Nämnden bedömer att målet
uppnås."), and the label "Bedömning" may stand as a line of its own over it.

The line is held until the next heading (or the document's end) and then given to the goal its
heading names; else to the goal read last above it under the same heading (its title and table
above, the assessment under them); else to the first goal made after it (the line above the
table that makes its goal; once a heading's lines are found so, its later lines are read so
too). A line no goal takes stays as chapter text."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from vplan_desktop.imports.word_blocks import Block, BlockKind
from vplan_desktop.imports.word_build import Builder
from vplan_desktop.imports.word_goal_assess import assess, grade
from vplan_desktop.imports.word_goal_table import parse_goal
from vplan_desktop.imports.word_result import Became
from vplan_desktop.imports.word_summed_assessment import plain_sentence, summing_sentences
from vplan_desktop.imports.word_symbols import is_symbol
from vplan_desktop.wording import clipped

__all__ = ["AssessmentLines", "assessment_words", "label_alone", "prose_level"]

_LINE = re.compile(
    r"^(?:samlad\s+|sammantagen\s+)?(?:bedömning|bedömd\s+måluppfyllelse|måluppfyllelse)"
    r"(?:\s+(?:per|efter|i)\s+\S+(?:\s+\d{4})?)?\s*[:：]\s*(?P<level>\S.{0,60}?)\s*\.?$",
    re.IGNORECASE,
)


_LABEL_ALONE = re.compile(
    r"^(?:samlad\s+|sammantagen\s+|vår\s+|nämndens\s+)?bedömning"
    r"(?:\s+av\s+måluppfyllelse)?\s*[:：]?$",
    re.IGNORECASE,
)
_PROSE = re.compile(
    r"^(?:bedömning(?:en)?\s*[:：]\s*)?"
    r"(?:(?P<subject>målet|nämnden|förvaltningen|verksamheten|vi)\s+)?"
    r"(?:bedöms|bedömer|gör\s+bedömningen|bedömningen\s+är)\b(?P<rest>.*)$",
    re.IGNORECASE,
)
_REACHED = re.compile(
    r"\b(?:uppnås|uppnåtts?|uppnå|uppfylls|uppfyllas|uppfyllt|uppfyllts|nås|nåtts?|klaras)\b",
    re.IGNORECASE,
)
_REASON = re.compile(r",|;|\s(?:eftersom|då|men|trots|medan|genom|tack vare|på grund av)\s", re.I)
_PARTLY = re.compile(
    r"\b(?:delvis|inte\s+helt|ej\s+helt|inte\s+fullt\s+ut|till\s+viss\s+del)\b", re.I
)
_NOT = re.compile(r"\b(?:inte|ej|icke)\b", re.IGNORECASE)
_REACHED_WORDS = re.compile(r"uppfyll|uppnå|\bnått", re.IGNORECASE)


def prose_level(text: str) -> int | None:
    """The level of the default scale a sentence of prose assesses its goal at ("Målet bedöms
    delvis uppnås under året eftersom …" → 2, "Bedöms inte uppnås 2026." → 3, "Nämnden
    bedömer att målet uppnås." → 1); None for any other sentence. The assessing clause
    decides (not the reason given after it): "delvis" (or "inte helt") before a negation,
    a negation ("inte", "ej") before the goal reached. A later sentence summing the paragraph
    up ("Sammantaget bedöms målet vara uppfyllt.") assesses it too (word_summed_assessment)."""
    first = re.split(r"(?<=[.!?])\s+", " ".join(text.split()), maxsplit=1)[0]
    for sentence in (plain_sentence(first), *summing_sentences(text)):
        if (level := _sentence_level(sentence)) is not None:
            return level
    return None


def _sentence_level(first: str) -> int | None:
    """The level one sentence assesses its goal at; None when it assesses none."""
    found = _PROSE.match(first)
    if found is None or len(first) > 300:
        return None
    clause = _REASON.split(found.group("rest"), maxsplit=1)[0]
    subject = found.group("subject")
    if _REACHED.search(clause) is None or (
        subject and subject.lower() != "målet" and not re.search(r"\bmål", clause, re.I)
    ):
        return None  # "Nämnden bedömer att budgeten håller": no goal assessed
    if _PARTLY.search(clause):
        return 2
    return 3 if _NOT.search(clause) else 1


def level_of(words: str) -> int | None:
    """The level an assessment's words name: a sentence of prose by its assessing clause,
    the scale's words ("Delvis uppnått") as they are."""
    return prose_level(words) or grade(words)


def assessment_words(text: str) -> str | None:
    """The assessment a line states ("Bedömning: Delvis uppnått" → "Delvis uppnått", a
    sentence of prose as it stands); None for any other line, and for words that name no
    level of the scale. A coloured mark before the line ("●  Bedömning: …", the traffic light
    the words repeat) is no part of it."""
    line = " ".join(text.split())
    if line[:1] and is_symbol(line[0]):
        line = line[1:].lstrip()
    found = _LINE.match(line)
    if found is not None and level_of(found.group("level")) is not None:
        return found.group("level")
    if prose_level(line) is not None:
        return re.sub(r"^bedömning\s*[:：]\s*", "", line, flags=re.IGNORECASE)
    return None


def label_alone(text: str) -> bool:
    """A line that is the label "Bedömning" alone, the assessment on the line under it."""
    return _LABEL_ALONE.match(" ".join(text.split())) is not None


def _label_words(text: str) -> str | None:
    """The words on the line under a lone "Bedömning": the scale's ("Uppnått") or prose."""
    if (words := assessment_words(text)) is not None:
        return words
    line = " ".join(text.split()).rstrip(".")
    if len(line) <= 40 and grade(line) is not None and _REACHED_WORDS.search(line):
        return line
    return None


def _key(text: str) -> str:
    return " ".join(text.lower().split()).rstrip(".:")


@dataclass
class _Held:
    block: Block
    words: str
    named: str
    """The goal the heading above names, without its label ("Mål 1: …")."""
    last_id: int
    """The highest goal id when the line was read: a goal above it is made after it."""
    above: dict[str, Any] | None
    """The goal read last above the line under the same heading."""
    label: Block | None = None
    """A lone "Bedömning" line over it."""


class AssessmentLines:
    """The assessment lines of a follow-up document, held until their goal is known."""

    def __init__(self, b: Builder, follow_up: bool, blocks: list[Block] | None = None) -> None:
        self.b = b
        self.follow_up = follow_up
        self.blocks = blocks or []
        self.held: list[_Held] = []
        self.since = 0
        """The highest goal id at the last heading: the goals above it are under others."""
        self.label: Block | None = None
        self.stray: list[Block] = []
        """Lone labels whose line under them was no assessment: kept as text."""

    def read(self, block: Block, heading: str) -> bool:
        """Whether ``block`` is an assessment line (then held for its goal)."""
        if not self.follow_up or block.kind is not BlockKind.PARAGRAPH:
            return False
        named = parse_goal(heading)[2] if heading else ""
        last = max((g["id"] for g in self.b.goals), default=0)
        mine = [g for g in self.b.goals if g["id"] > self.since]
        above = max(mine, key=lambda g: g["id"]) if mine else None
        label, self.label = self.label, None
        if label is not None and label.index == block.index - 1:
            words = _label_words(block.text)
        else:
            if label is not None:
                self.stray.append(label)  # the line under it was read as something else
            label, words = None, assessment_words(block.text)
        if words is None and label_alone(block.text) and self._labels(block):
            self.label = block
            return True
        if words is None or (
            label is None and _LINE.match(block.text.strip()) is None and not (above or named)
        ):
            return False  # a sentence of prose assesses only a goal known here
        self.held.append(_Held(block, words, named, last, above, label))
        return True

    def _labels(self, block: Block) -> bool:
        """The line under ``block`` (a lone "Bedömning") states the assessment."""
        after = block.index + 1
        following = self.blocks[after] if after < len(self.blocks) else None
        return (
            following is not None
            and following.kind is BlockKind.PARAGRAPH
            and _label_words(following.text) is not None
        )

    def settle(self, keep: Callable[[Block], None]) -> None:
        """Gives each held line to its goal; ``keep`` takes a line no goal takes."""
        b = self.b
        below = False  # the heading's lines stand over the tables that make their goals
        for held in self.held:
            key = _key(held.named)
            goal = next((g for g in b.goals if key and _key(g["text"]) == key), None)
            if goal is None and held.above is not None and not below:
                goal = held.above
            if goal is None:
                later = [g for g in b.goals if g["id"] > held.last_id]
                goal = min(later, key=lambda g: g["id"]) if later else None
                below = below or goal is not None
            blocks = [x for x in (held.label, held.block) if x is not None]
            if goal is None:
                for block in blocks:
                    keep(block)
                continue
            period = b.follow_up()
            assess(period, goal, held.words)
            level = level_of(held.words)
            if level is not None:  # the goal's own words outweigh its indicators' verdicts
                mine = next(m for m in period["mal"] if m["namndsmal_id"] == goal["id"])
                mine["bedomningsniva_id"] = level
            what = f"Bedömning av målet ”{clipped(goal['text'], 50)}”: {held.words}"
            for block in blocks:
                b.became(block.index, Became.UPPFOLJNING, what)
        self.held = []
        self.since = max((g["id"] for g in b.goals), default=0)
        if self.label is not None:
            self.stray.append(self.label)  # a lone label whose line a heading took
            self.label = None
        for block in self.stray:
            keep(block)
        self.stray = []

"""A two-column goal card: one table per goal whose first column holds the labels and whose
second holds what they label – "Mål 1 | <the goal>" (or "Nämndens mål", "Mål N1"; or the goal's
own line "Mål 1: …" across both columns) in its first row, then rows labelled for the goal's
indicators ("Så här mäter vi", "Indikatorer", "Mått") and for its activities ("Åtgärder för att
nå målet", "Aktiviteter", "Det här gör vi"), each with one cell of paragraphs or bullets beside
it, and perhaps a row naming fullmäktige's goal it serves ("Kopplat till KF-mål") and one
describing it ("Beskrivning", "Bakgrund"). The card is unfolded into the lines it stands for:
the goal's line ("Mål 1: <the goal>"), "Kopplat till KF-mål: …", the description's paragraphs,
an "Indikatorer:" label over the cell's paragraphs (an indicator's name and its figures'
lines, "Indikator: …", "Utgångsvärde 2025: …", "Målvärde 2027: …", kept as lines; any other
line an indicator of the list), an "Aktiviteter:" label over a list item per activity; the rest
of the import reads them as it reads such lines anywhere. The labels are the card's structure.
Unfolded before layout tables: a card is no page layout."""

from __future__ import annotations

import re
from dataclasses import replace
from enum import StrEnum

from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell, Source, unfold
from vplan_desktop.imports.word_build import Builder
from vplan_desktop.imports.word_goal_lists import list_label
from vplan_desktop.imports.word_goal_table import goal_line, parse_goal
from vplan_desktop.imports.word_result import Became
from vplan_desktop.imports.word_typed_lines import typed_indicator_line
from vplan_desktop.markdown import Run
from vplan_desktop.wording import clipped

__all__ = ["CARD_STYLE", "card_goal", "is_column_card", "unfold_column_cards"]

CARD_STYLE = "Målkort"
"""The style of a card's goal line: a goal wherever the card stands."""

_GOAL = re.compile(
    r"^(?P<label>nämndens mål|nämndsmål|nämndmål|mål|målet|verksamhetsmål|förvaltningsmål)"
    r"(?:\s+(?:nr\.?\s*)?(?P<kod>[A-ZÅÄÖ]{0,3}\d{1,2}(?:\.\d{1,2})*[a-z]?))?\s*:?$",
    re.IGNORECASE,
)
_MEASURE = re.compile(
    r"^(?:så\s+(?:här\s+)?mäter\s+vi|hur\s+mäter\s+vi|(?:mått|indikatorer|indikator|nyckeltal)"
    r"(?:\s+(?:för|på)\s+(?:att\s+)?(?:målet|måluppfyllelse)\S*)?)\s*:?$",
    re.IGNORECASE,
)
_DO = re.compile(
    r"^(?:(?:så|det)\s+här\s+gör\s+vi|(?:åtgärder|aktiviteter|insatser|åtaganden)"
    r"(?:\s+för\s+att\s+nå\s+(?:målet|dit))?|vad\s+gör\s+vi)\s*:?$",
    re.IGNORECASE,
)
_ABOUT = re.compile(
    r"^(?:(?:mål)?beskrivning|bakgrund|syfte|varför(?:\s+är\s+målet\s+viktigt)?\??|analys)\s*:?$",
    re.IGNORECASE,
)
_LINK = re.compile(
    r"^(?:(?:kopplat|kopplad|koppling|bidrar)\s+till\s+)?(?:kf-mål|kf:s\s+mål|"
    r"(?:kommun)?fullmäktiges\s+mål)\s*:?$",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^[•●▪◦·‣–—-]\s*")
LABEL_LIMIT = 40
"""Characters: a label cell is a short word or two."""


class _Row(StrEnum):
    INDIKATORER = "indikatorer"
    AKTIVITETER = "aktiviteter"
    BESKRIVNING = "beskrivning"
    KF = "kf"


def _row_kind(label: str) -> _Row | None:
    text = " ".join(label.split())
    if _MEASURE.match(text):
        return _Row.INDIKATORER
    if _DO.match(text):
        return _Row.AKTIVITETER
    if _ABOUT.match(text):
        return _Row.BESKRIVNING
    if _LINK.match(text):
        return _Row.KF
    listed = list_label(text)
    return None if listed is None else _Row(listed.value)


def _pair(row: tuple[Cell, ...]) -> tuple[Cell, Cell] | None:
    """(label, value) of a row whose cells after the first are one, merged across the rest
    (the two columns of the card however many the grid has); None for any other row."""
    rest = row[1:]
    return (row[0], rest[0]) if rest and all(c is rest[0] for c in rest) else None


def _goal(row: tuple[Cell, Cell]) -> str | None:
    """The goal's line of the card's first row: "Mål N1 | <goal>" as "Mål N1: <goal>", or
    the goal's own line across both columns ("Mål 2: …"); None for any other row."""
    first, goal = row
    text = " ".join(goal.text.split())
    if first is goal:
        return text if goal_line(text) else None
    found = _GOAL.match(first.text.strip())
    if found is None or not text:
        return None
    head = found.group("label").capitalize()
    head = "Mål" if head == "Målet" else head
    return f"{head} {found.group('kod')}: {text}" if found.group("kod") else f"{head}: {text}"


def _parts(block: Block) -> tuple[str, list[tuple[_Row, Cell]]] | None:
    """The goal's line and the labelled rows under it, each with its kind; None for a table
    that is no two-column card (the goal's row first, every other row a card's label beside
    one cell, an indicators' or activities' among them)."""
    if block.kind is not BlockKind.TABLE or block.width < 2 or len(block.rows) < 2:
        return None
    pairs = [_pair(row) for row in block.rows]
    first = pairs[0]
    goal = _goal(first) if first is not None else None
    if goal is None:
        return None
    out: list[tuple[_Row, Cell]] = []
    for pair in pairs[1:]:
        if pair is None:
            return None
        label, value = pair
        text = label.text.strip()
        kind = _row_kind(text) if text and len(text) <= LABEL_LIMIT else None
        if kind is None or label is value:
            return None
        if value.text.strip():
            out.append((kind, value))
    if not any(k in (_Row.INDIKATORER, _Row.AKTIVITETER) for k, _ in out):
        return None
    return goal, out


def is_column_card(block: Block) -> bool:
    """``block`` is a two-column goal card: labels in its first column, the goal's first."""
    return _parts(block) is not None


def _line(text: str, *, bold: bool = False) -> Block:
    return Block(index=0, kind=BlockKind.PARAGRAPH, text=text, runs=(Run(text, bold),), bold=bold)


def _paragraphs(cell: Cell) -> list[Block]:
    own = [p for p in cell.paragraphs if p.text.strip()]
    if not own:
        lines = [" ".join(t.split()) for t in cell.lines or (cell.text,)]
        own = [_line(t) for t in lines if t]
    return own


def _item(block: Block) -> Block:
    return replace(block, kind=BlockKind.LIST_ITEM, text=_BULLET.sub("", block.text))


def _unfolded(block: Block) -> list[Block]:
    found = _parts(block)
    assert found is not None
    goal, parts = found
    order = [_Row.KF, _Row.BESKRIVNING, _Row.INDIKATORER, _Row.AKTIVITETER]
    parts = sorted(parts, key=lambda part: order.index(part[0]))  # the goal's link under it
    out = [replace(_line(goal, bold=True), style=CARD_STYLE)]
    for kind, cell in parts:
        paragraphs = _paragraphs(cell)
        if kind is _Row.KF:
            out.append(_line(f"Kopplat till KF-mål: {' '.join(cell.text.split())}"))
        elif kind is _Row.BESKRIVNING:
            out += [replace(p, kind=BlockKind.PARAGRAPH, bold=False) for p in paragraphs]
        elif kind is _Row.INDIKATORER:  # "Indikator: …" and its figures stay lines
            out.append(_line("Indikatorer:"))
            out += [p if typed_indicator_line(p.text) else _item(p) for p in paragraphs]
        else:
            out.append(_line("Aktiviteter:"))
            out += [_item(p) for p in paragraphs]
    return out


def unfold_column_cards(source: Source) -> Source:
    """``source`` with each two-column goal card replaced by the lines it stands for (blocks
    numbered again in reading order)."""
    return unfold(source, is_column_card, _unfolded, "målkort")


def card_goal(b: Builder, block: Block, path: list[str]) -> bool:
    """The goal line of a card (in the goal part or under any other heading): the goal the
    lines under it measure and serve. False (read on) for any other line."""
    if block.style != CARD_STYLE:
        return False
    niva, kod, text = parse_goal(block.text)
    area = b.current_area or b.area(path[-1] if path else "Mål")
    b.current_area = area
    b.current_goal = b.goal(area, niva, kod, text)
    b.became(block.index, Became.MAL, f"Målet ”{clipped(text, 50)}”")
    return True

"""Assessments given by a coloured symbol: a cell holding only a "●" (or "■", "▲", "★" …) in a
coloured font says what its colour stands for. A legend of coloured symbols each followed by
its words ("● Uppfyllt ● Delvis uppfyllt ● Ej uppfyllt", each ● in its colour) defines the
colours; the tables of the document read each lone symbol as its legend's words. Without a
legend the conventional traffic-light colours hold (green uppfyllt, yellow delvis, red ej
uppfyllt), as for a cell given only a shading (word_shading.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell, Source
from vplan_desktop.imports.word_shading import colour_words
from vplan_desktop.markdown import Run

__all__ = ["is_symbol", "lone_symbol_words", "read_symbols", "run_colour", "tints"]

_SYMBOLS = re.compile(r"[\u2022\u25a0-\u25ff\u2605\u2606\u2b24\u2b1b\u2b1c\u2b50\u2b55\u2b58]")
"""Geometric shapes, bullets, stars and large circles: marks a traffic light is drawn with."""
_ASSESSMENT = re.compile(
    r"uppfyll|uppnå|nått|delvis|\bej\b|\binte\b|bedöm|påbörja|pågår|genomför|klar|"
    r"avbrut|försen|enligt plan|avvik|risk|god|positiv|negativ|oförändr|sämre|bättre|"
    r"\bmät(?:s|es|t|ning)\b|saknas",
    re.IGNORECASE,
)
"""Words a legend's entry uses: an assessment or a status, or that none is made yet ("Grå –
mäts senare under året", "Värde saknas")."""
WORDS_LIMIT = 60
"""Characters: a legend's entry is a word or a few, or a short line ("Grön – målvärdet nås /
målet bedöms uppnås")."""
NEAR = 48
"""The largest difference in any of red, green and blue for a symbol's colour to be the
legend's (a theme colour printed a shade off)."""


def is_symbol(char: str) -> bool:
    return bool(_SYMBOLS.fullmatch(char))


def run_colour(value: str | None) -> str:
    """A run's font colour from its ``w:color/@w:val`` as six upper-case hex digits; "" for
    none or "auto"."""
    return value.upper() if value and re.fullmatch(r"[0-9A-Fa-f]{6}", value) else ""


def tints(pieces: list[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """The text's pieces with their colours, kept only when some piece has a colour."""
    return tuple(p for p in pieces if p[0]) if any(c for _, c in pieces) else ()


@dataclass(frozen=True, slots=True)
class _Entry:
    symbol: str
    colour: str
    words: str


def legend(block: Block) -> list[_Entry]:
    """The entries of a legend line: two or more symbols each followed by its assessment's
    words, after at most a short label ("Teckenförklaring:"); [] for any other line."""
    if block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) or len(block.text) > 200:
        return []
    prefix = ""
    entries: list[list[str]] = []  # [symbol, colour, words]
    for text, colour in block.tints or ((block.text, ""),):
        for char in text:
            if is_symbol(char):
                entries.append([char, colour, ""])
            elif entries:
                entries[-1][2] += char
            else:
                prefix += char
    out = [_Entry(s, c, " ".join(w.strip(" ,;/|–-").split())) for s, c, w in entries]
    label = prefix.strip()
    if label and (not label.endswith((":", "：")) or len(label) > WORDS_LIMIT):
        return []
    if len(out) < 2 or not all(
        e.words and len(e.words) <= WORDS_LIMIT and _ASSESSMENT.search(e.words) for e in out
    ):
        return []
    keys = {(e.symbol, e.colour) for e in out}
    return out if len(keys) == len(out) else []


def _distance(one: str, other: str) -> int:
    if not one or not other:
        return 256 if one or other else 0
    return max(abs(int(one[i : i + 2], 16) - int(other[i : i + 2], 16)) for i in (0, 2, 4))


def _symbol(cell: Cell) -> tuple[str, str] | None:
    """(symbol, colour) of a cell holding one symbol and nothing else (repeated, it is still
    one: "●●"); None for any other cell."""
    text = "".join(cell.text.split())
    if not text or any(c != text[0] for c in text) or not is_symbol(text[0]):
        return None
    colours = {c for t, c in cell.tints if t.strip()}
    if len(colours) > 1:
        return None
    return text[0], next(iter(colours), "")


def _words(cell: Cell, entries: list[_Entry]) -> str:
    """The words of ``entries`` a lone symbol's cell stands for; "" for none."""
    found = _symbol(cell)
    if found is None:
        return ""
    symbol, colour = found
    same = [e for e in entries if e.symbol == symbol and e.colour == colour]
    by_colour = len({e.colour for e in entries}) == len(entries)
    if not same and by_colour and colour:
        near = min(entries, key=lambda e: _distance(e.colour, colour))
        same = [near] if _distance(near.colour, colour) <= NEAR else []
    if not same and len({e.symbol for e in entries}) == len(entries):
        same = [e for e in entries if e.symbol == symbol and not e.colour]
    return same[0].words if same else ""


def lone_symbol_words(cell: Cell) -> str:
    """The traffic-light words for a cell holding only a coloured symbol ("Uppfyllt" for a
    green ●); "" for any other cell."""
    found = _symbol(cell)
    return colour_words(found[1]) if found else ""


def _table(block: Block, entries: list[_Entry]) -> Block:
    """``block`` with each lone symbol read as its legend's words (a merged cell stays one)."""
    done: dict[int, Cell] = {}
    changed = False

    def read(cell: Cell) -> Cell:
        nonlocal changed
        if id(cell) not in done:
            words = _words(cell, entries)
            new = replace(cell, text=words, lines=(words,), runs=(Run(words),), paragraphs=())
            done[id(cell)] = new if words else cell
            changed = changed or bool(words)
        return done[id(cell)]

    rows = tuple(tuple(read(cell) for cell in row) for row in block.rows)
    return replace(block, rows=rows) if changed else block


def read_symbols(source: Source) -> Source:
    """``source`` with the lone symbols of its tables read through the document's legend: the
    nearest legend above a table, else the first below it."""
    legends = [(b.index, found) for b in source.blocks if (found := legend(b))]
    if not legends:
        return source
    blocks = []
    for block in source.blocks:
        if block.kind is BlockKind.TABLE:
            above = [entries for index, entries in legends if index < block.index]
            block = _table(block, above[-1] if above else legends[0][1])
        blocks.append(block)
    return replace(source, blocks=blocks)

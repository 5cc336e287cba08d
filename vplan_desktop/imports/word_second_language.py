"""A plan written in Swedish and a second language (a kommun in a förvaltningsområde för finska,
meänkieli or samiska publishes its plans in both): the Swedish is the plan, the other language
its translation. The reader's blocks are rewritten before anything is classified so that only
the Swedish names items, and the translations are set aside in ``Source.other_language``:

- a short line or cell "Nämndens uppdrag / Lautakunnan tehtävä", "Ordförande / Puheenjohtaja:
  Eila Niemi" whose half after the slash is in the other language keeps its Swedish half (its
  label's, for a "label: value" line); so does every pair in a table column where at least half
  the pairs are so ("Löpande / Jatkuva" under "juni 2027 / kesäkuu 2027"), and every short line
  in a document where most paired lines are so ("Inledning / Johdanto");
- a cell whose last paragraphs are italic and in the other language keeps the paragraphs above
  them (the translation under the Swedish in the same cell);
- a header row whose cells stack two lines ("Nuläge 2025" over "Nykytila 2025") keeps the first
  line of each when most second lines are in the other language;
- a column whose header is in the other language and whose cells are italic or in it, beside a
  Swedish column ("Indikator | Indikaattori"), is the translation of that column;
- an italic line in the other language right under a numbered label line and numbered as it is
  ("Mål 3: …" over "Tavoite 3: …") is that line's translation.

Prose in the other language stays prose: a paragraph is only set aside as the translation of
a label. Which text is the other language is told first by the language Word marks it in
(``w:lang``, word_docx_lang.py), else by its words (``is_other_language``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell, Source
from vplan_desktop.markdown import Run

__all__ = ["is_other_language", "second_language"]

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_SWEDISH_WORDS = frozenset((
    "och", "i", "för", "av", "med", "som", "att", "på", "en", "ett", "till", "det", "den", "de",
    "är", "om", "per", "inom", "vid", "har", "kan", "får", "eller", "samt", "under", "efter",
    "från", "mot", "utan",
))  # fmt: skip
_OTHER_WORDS = frozenset(
    ("ja", "on", "tai", "sekä", "ei", "kuin", "myös", "joka", "jotka", "ovat", "että")
)
"""Finnish words too short for the marks below that a Swedish text does not have."""
_SWEDISH_END = re.compile(
    r"(?:tion|tioner|het|heter|ning|ningar|ningen|skap|else|ande|ende|are|arna|erna|lig|ligt"
    r"|liga|isk|iskt|iska|chef|stöd)$"
)
_SWEDISH_LETTERS = re.compile(r"å|ck|tj|sj|[bcfqwxz]")
_FINNISH_VOWELS = re.compile(r"aa|ee|ii|oo|uu|yy|ää|öö|uo|yö|äy|öy|ou|oi|ui|äi|ai|ei")
_FINNISH_END = re.compile(
    r"(?:[aäoue]inen|llinen|minen|ssä|llä|ltä|ksi|ään|een|iin|vat|vät|ttu|tty|tön|jä|u|ä)$"
)
_SAMI_LETTERS = re.compile(r"[áčđŋšŧž]")
Tell = Callable[[str], bool]
"""Whether a text is in the plan's second language."""
_MAX_LINE = 150
"""The longest line read as a name or label (a longer one is prose, kept as it is)."""
_SLASH = re.compile(r"^(?P<a>[^/]+?)\s+/\s+(?P<b>[^/]+?)$")
_LABEL = re.compile(r"^(?P<a>[^/:]+?)\s+/\s+(?P<b>[^/:]+?):\s*(?P<value>.+)$")
_NUMBERED = re.compile(r"^\s*[^\W\d_]+\s+(\d+(?:\.\d+)*)\s*[:.]")


def _word_marks(word: str) -> tuple[bool, bool]:
    """Whether ``word`` looks Swedish, and whether it looks like the other language."""
    low = word.lower()
    swedish = (
        low in _SWEDISH_WORDS
        or bool(_SWEDISH_END.search(low))
        or bool(_SWEDISH_LETTERS.search(low) and not word.isupper())
    )
    other = (
        low in _OTHER_WORDS
        or bool(_SAMI_LETTERS.search(low))
        or (len(low) >= 4 and bool(_FINNISH_VOWELS.search(low) or _FINNISH_END.search(low)))
    )
    return swedish, other and not swedish


def is_other_language(text: str) -> bool:
    """``text`` is in Finnish (or meänkieli, or samiska) rather than Swedish: more of its words
    have that language's marks (long vowels "aa", diphthongs "uo", "äi", endings "-nen",
    "-ssa", a final "-ä"; samiska's "á", "č", "đ", "ŋ", "š", "ŧ", "ž") than have Swedish ones
    ("å", "ck", "tj", "och", "-tion", "-het", "-ning"), and at least half its words do."""
    words = [w for w in _WORD.findall(text) if not w.isupper()]
    if not words:
        return False
    swedish = other = 0
    for word in words:
        is_swedish, is_other = _word_marks(word)
        swedish += is_swedish
        other += is_other
    return other > swedish and 2 * other >= len(words)


def _halves(text: str) -> tuple[str, str] | None:
    """The Swedish and the other half of "Swedish / other" or "Label / label: value"."""
    if len(text) > _MAX_LINE or " / " not in text:
        return None
    if (label := _LABEL.match(text)) is not None:
        return f"{label['a']}: {label['value']}", label["b"]
    if (pair := _SLASH.match(text)) is not None:
        return pair["a"], pair["b"]
    return None


def _split(text: str, other: Tell, *, paired: bool = False) -> tuple[str, str] | None:
    """``text``'s Swedish half and its translation, when it has the second half in the other
    language (or ``paired``: its column or document pairs its texts so, and the first half
    is not in it)."""
    halves = _halves(text)
    if halves is None:
        return None
    swedish, second = halves
    if other(swedish):
        return None
    if other(second) or paired:
        return swedish, second
    return None


def _line_italics(cell: Cell) -> list[bool]:
    """For each of the cell's paragraphs (``lines``), whether all its text is italic."""
    flags: list[list[bool]] = [[]]
    for run in cell.runs:
        for char in run.text:
            if char == "\n":
                flags.append([])
            elif not char.isspace():
                flags[-1].append(run.italic)
    out = [bool(f) and all(f) for f in flags if f]
    return out if len(out) == len(cell.lines) else [False] * len(cell.lines)


def _kept_runs(cell: Cell, text: str) -> tuple[Run, ...]:
    first = next((r for r in cell.runs if r.text.strip()), Run(text))
    return (Run(text, bold=first.bold, italic=first.italic),)


def _with_text(cell: Cell, lines: list[str]) -> Cell:
    text = " ".join(lines)
    return replace(
        cell,
        text=text,
        lines=tuple(lines),
        markdown="",
        runs=_kept_runs(cell, text),
        paragraphs=cell.paragraphs[: len(lines)] if len(cell.paragraphs) > len(lines) else (),
        stacked=(),
        tints=(),
    )


def _translated_lines(cell: Cell, other: Tell) -> int:
    """How many leading paragraphs of ``cell`` are the Swedish, when the rest are italic and
    in the other language; 0 when there is no translation."""
    if len(cell.lines) < 2:
        return 0
    italic = _line_italics(cell)
    keep = len(cell.lines)
    while keep > 1 and italic[keep - 1]:
        keep -= 1
    if keep == len(cell.lines) or any(italic[:keep]):
        return 0
    rest = " ".join(cell.lines[keep:])
    if other(rest) and not other(" ".join(cell.lines[:keep])):
        return keep
    return 0


def _header_stacks(block: Block, row: int, other: Tell) -> bool:
    """Row ``row`` stacks each header in two lines, the second in the other language."""
    pairs = [c.stacked for c in block.rows[row] if len(c.stacked) == 2]
    if len(pairs) < 2:
        return False
    translated = sum(other(p[1]) and not other(p[0]) for p in pairs)
    return 2 * translated > len(pairs)


def _other_column(block: Block, column: int, other: Tell) -> bool:
    """Column ``column`` is the translation of the column left of it."""
    if column == 0 or len(block.rows) < 2:
        return False
    head, left = block.rows[0][column], block.rows[0][column - 1]
    if head is left or not other(head.text) or other(left.text):
        return False
    body = [row[column] for row in block.rows[1:] if row[column].text]
    if not body or any(row[column] is row[column - 1] for row in block.rows):
        return False
    return all(
        other(c.text) or (c.runs and all(r.italic for r in c.runs if r.text.strip())) for c in body
    )


def _table(block: Block, aside: list[str], other: Tell) -> Block:
    rows = [list(row) for row in block.rows]
    width = block.width
    drop = [c for c in range(width) if _other_column(block, c, other)]
    for column in drop:
        aside += [row[column].text for row in block.rows if row[column].text]
    done: dict[int, Cell] = {}
    for r, row in enumerate(rows):
        stacks = _header_stacks(block, r, other)
        for c, cell in enumerate(row):
            if id(cell) in done:
                row[c] = done[id(cell)]
                continue
            new = cell
            if stacks and len(cell.stacked) == 2:
                aside.append(cell.stacked[1])
                new = _with_text(cell, [cell.stacked[0]])
            elif keep := _translated_lines(cell, other):
                aside.append(" ".join(cell.lines[keep:]))
                new = _with_text(cell, list(cell.lines[:keep]))
            done[id(cell)] = new
            row[c] = new
    for c in range(width):
        cells = [row[c] for row in rows]
        halves = [_halves(cell.text) for cell in cells]
        pairs = [h for h in halves if h is not None]
        # at least half the column's pairs are so: the column pairs its entries so
        says = len(pairs) >= 2 and 2 * sum(other(h[1]) for h in pairs) >= len(pairs)
        for r, cell in enumerate(cells):
            split = _split(cell.text, other, paired=says)
            if split is not None and (r == 0 or cell is not rows[r - 1][c]):
                aside.append(split[1])
                new = _with_text(cell, [split[0]])
                for row in rows:  # a merged cell is the same object in every place
                    for k, same in enumerate(row):
                        if same is cell:
                            row[k] = new
    kept = [[cell for c, cell in enumerate(row) if c not in drop] for row in rows]
    text = " | ".join(c.text for c in kept[0] if c.text)
    return replace(block, text=text, rows=tuple(tuple(row) for row in kept))


def _italic(block: Block) -> bool:
    return bool(block.runs) and all(r.italic for r in block.runs if r.text.strip())


def _translates_label(above: Block | None, block: Block, other: Tell) -> bool:
    """``block`` is the italic translation of the numbered label line above it."""
    if above is None or block.kind is not BlockKind.PARAGRAPH or not _italic(block):
        return False
    if _italic(above) or len(block.text) > 2 * _MAX_LINE:
        return False
    mine, theirs = _NUMBERED.match(block.text), _NUMBERED.match(above.text)
    return (
        mine is not None
        and theirs is not None
        and mine.group(1) == theirs.group(1)
        and other(block.text)
        and not other(above.text)
    )


def second_language(source: Source) -> Source:
    """``source`` with the second language's names, labels and translations set aside; the
    texts in ``source.language_pieces`` are in the second language by the document's own word
    for it (the runs' language, word_docx_lang.py), the others by their words."""
    marked = source.language_pieces

    def other(text: str) -> bool:
        return " ".join(text.split()).strip(" /:") in marked or is_other_language(text)

    aside: list[str] = []
    lines = [b for b in source.blocks if b.kind in (BlockKind.HEADING, BlockKind.PARAGRAPH)]
    pairs = [h for b in lines if (h := _halves(b.text)) is not None]
    # most "A / B" lines have B in the other language: the document pairs its lines so
    says = len(pairs) >= 3 and 2 * sum(other(h[1]) for h in pairs) > len(pairs)
    kept: list[Block] = []
    gone: set[int] = set()
    above: Block | None = None
    for block in source.blocks:
        if _translates_label(above, block, other):
            aside.append(block.text)
            gone.add(block.index)
            continue
        if block.kind is BlockKind.TABLE:
            block = _table(block, aside, other)
        elif block.kind in (BlockKind.HEADING, BlockKind.PARAGRAPH) and (
            split := _split(block.text, other, paired=says)
        ):
            aside.append(split[1])
            first = next((r for r in block.runs if r.text.strip()), Run(split[0]))
            run = Run(split[0], bold=first.bold, italic=first.italic)
            block = replace(block, text=split[0], markdown="", runs=(run,), tints=(), tabbed=())
        kept.append(block)
        above = block
    if not aside:
        return source
    source.other_language += aside
    if gone:
        source.section_ends = [sum(1 for b in kept if b.index < end) for end in source.section_ends]
        kept = [replace(b, index=i) for i, b in enumerate(kept)]
    source.blocks = kept
    return source

"""A word-processor document as the Word import reads it: an ordered list of blocks (headings,
paragraphs, list items, tables with their merged cells resolved, images with their alt text),
with what is not the plan's body (the table of contents, page headers and footers, comments
and footnotes) set aside. The .docx and .odt readers both make this; the classifiers read only
this."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import StrEnum

from vplan_desktop.markdown import Run


class BlockKind(StrEnum):
    HEADING = "rubrik"
    PARAGRAPH = "stycke"
    LIST_ITEM = "listpunkt"
    TABLE = "tabell"
    IMAGE = "bild"


class HeadingBy(StrEnum):
    """What made a line a heading: its style, or the look plans without heading styles give
    their headings."""

    STYLE = "formatmall"
    OUTLINE = "dispositionsnivå"
    NUMBER = "numrering"
    BOLD = "fetstil"
    CAPS = "versaler"


@dataclass(frozen=True, slots=True)
class Cell:
    """One cell of a table: its text (whitespace collapsed), its paragraphs, and its Markdown
    (bold and italic kept)."""

    text: str
    lines: tuple[str, ...] = ()
    markdown: str = ""
    runs: tuple[Run, ...] = ()
    """The cell's text as styled runs (bold, italic; a line break between paragraphs)."""
    fill: str = ""
    """The cell's shading as six hex digits ("00B050"); "" for none (a colour-only status)."""
    paragraphs: tuple[Block, ...] = ()
    """The cell's paragraphs read as the body's are (a list item stays a list item, with its
    numbering); () when the reader gives only ``lines``."""
    tints: tuple[tuple[str, str], ...] = ()
    """The text's pieces with their font colours ("●", "00B050"; "" for the default) in order;
    () when no run sets a colour (a coloured symbol may be all a cell says, word_symbols.py)."""
    stacked: tuple[str, ...] = ()
    """``lines`` split also at soft line breaks (entries stacked one per line in one paragraph);
    () when no paragraph has one (word_soft_breaks.py)."""
    nested: tuple[Block, ...] = ()
    """The tables nested in the cell, each read as a body table (their text is also in the
    cell's ``lines``): a grid laying out cards (word_card_grid.py)."""


EMPTY_CELL = Cell("")


@dataclass(frozen=True, slots=True)
class Block:
    """One block of the document, in reading order; ``index`` is its place among all blocks."""

    index: int
    kind: BlockKind
    text: str = ""
    markdown: str = ""
    runs: tuple[Run, ...] = ()
    """The text as styled runs (bold and italic kept); a reader may give ``markdown`` instead."""
    style: str = ""
    level: int | None = None
    """A heading's level as the document gives it (1 = the top level)."""
    heading_by: HeadingBy | None = None
    candidate_level: int | None = None
    """A paragraph that looks like a heading in a document whose headings are styled (a
    numbered or bold line): the level it would have; the classifiers decide."""
    numbered: bool = False
    list_level: int = 0
    bold: bool = False
    rows: tuple[tuple[Cell, ...], ...] = ()
    """A table's grid: every row as wide as the widest; a cell merged across columns or rows
    is the same ``Cell`` object in every position it covers."""
    header_rows: int = 0
    """A table's leading rows that the document marks as its header (repeated on each page)."""
    alt: str = ""
    """An image's alt text (its description, else its title)."""
    image: bytes = b""
    """An image's bytes as the document holds them (PNG, JPEG, or a format vplan cannot
    show, such as EMF)."""
    notes: tuple[str, ...] = ()
    """Footnotes whose references stand in this block."""
    tabbed: tuple[str, ...] = ()
    """A paragraph's text split at its tabs (tab-aligned columns); () without tabs."""
    number: str = ""
    """The number Word shows before a heading or a list item from its list numbering ("4.2.1",
    "a)"), not in the text; "" for none."""
    size: float = 0.0
    """A paragraph's largest font size in points set on its runs; 0 when they keep the
    style's (a plan without heading styles tells its heading levels by size)."""
    tints: tuple[tuple[str, str], ...] = ()
    """The text's pieces with their font colours, as a cell's ``tints`` (a legend of coloured
    symbols: "● Uppfyllt ● Delvis uppfyllt")."""
    drawn: bool = False
    """A line of a text box or shape (a drawing's text beside or above the body's flow)."""
    embedded: str = ""
    """The embedded object the block was read from ("SmartArt-grafik", "diagram", "inbäddat
    kalkylblad", ``word_docx_objects``); "" for the document's own text."""
    unfolded: str = ""
    """The table the block was read out of when the document lays its text out in one
    ("målkort", "tabell": a card or layout table ``unfold`` replaced by the lines and tables
    it stands for); "" for a block as the document has it."""
    indent: int = 0
    """A paragraph's left indent as the document sets it on the paragraph, in twentieths of a
    point (a table's rows nested under a row by indentation alone, word_indent_rows.py)."""

    @property
    def width(self) -> int:
        return len(self.rows[0]) if self.rows else 0

    def cells(self) -> list[Cell]:
        """The table's cells, each once (a merged cell counted once)."""
        seen: set[int] = set()
        out = []
        for row in self.rows:
            for cell in row:
                if id(cell) not in seen:
                    seen.add(id(cell))
                    out.append(cell)
        return out

    def row_texts(self, row: int) -> list[str]:
        """Row ``row``'s cell texts, a merged cell's text only in its first column."""
        out: list[str] = []
        previous: Cell | None = None
        for cell in self.rows[row]:
            out.append("" if cell is previous else cell.text)
            previous = cell
        return out

    def spread_texts(self, row: int) -> list[str]:
        """Row ``row``'s cell texts, a merged cell's text in every column it covers."""
        return [cell.text for cell in self.rows[row]]

    def is_merged_down(self, row: int, column: int) -> bool:
        """The cell at (row, column) continues the one above it (a vertical merge)."""
        return row > 0 and self.rows[row][column] is self.rows[row - 1][column]


@dataclass
class Source:
    """A document read into blocks; nothing in it is interpreted yet."""

    name: str
    blocks: list[Block] = field(default_factory=list)
    toc: list[str] = field(default_factory=list)
    """The table of contents' lines (set aside; they confirm headings)."""
    comments: list[str] = field(default_factory=list)
    """The document's comments, "Författare: text"."""
    set_aside: list[str] = field(default_factory=list)
    """Page headers and footers: not part of the plan."""
    title: str = ""
    """The document's own title (its properties), if it has one."""
    company: str = ""
    """The company its properties name (app.xml's Company: often the kommun), if any."""
    first_page: list[Block] = field(default_factory=list)
    """The lines of the first page's own header and footer (a cover a template puts there),
    indexed -1, -2, …: not among ``blocks``; also in ``set_aside``."""
    warnings: list[str] = field(default_factory=list)
    """What the reader could not read (an embedded worksheet that is damaged), in Swedish."""
    language_pieces: frozenset[str] = frozenset()
    """The texts the document marks as written in a national minority language (a .docx's
    ``w:lang``, word_docx_lang.py); ``second_language`` reads them first."""
    other_language: list[str] = field(default_factory=list)
    """A plan in Swedish and a second language: the second language's names, labels and
    translations of labels, set aside (word_second_language.py)."""
    section_ends: list[int] = field(default_factory=list)
    """Where the document's pages end as its body shows them: the number of blocks read by
    each section's end and each hard page break (a plan converted from a PDF has one section
    per page, one opened in Word's PDF reflow a page break; word_page_ends.py)."""

    def text_of(self, index: int) -> str:
        return self.blocks[index].text


def unfold(
    source: Source,
    found: Callable[[Block], bool],
    parts: Callable[[Block], list[Block]],
    out_of: str,
) -> Source:
    """``source`` with each block ``found`` replaced by the blocks ``parts`` makes of it, each
    marked as read out of ``out_of`` (the review names it: "Stycke (ur målkort): …"), blocks
    numbered again in reading order; ``source`` as it is when nothing is found."""
    if not any(found(b) for b in source.blocks):
        return source
    blocks: list[Block] = []
    for block in source.blocks:
        if found(block):
            blocks += [b if b.unfolded else replace(b, unfolded=out_of) for b in parts(block)]
        else:
            blocks.append(block)
    source.blocks = [replace(b, index=i) for i, b in enumerate(blocks)]
    return source


def join_next(
    source: Source,
    joins: Callable[[Block, Block], bool],
    joined: Callable[[Block, Block], Block],
) -> Source:
    """``source`` with each block that ``joins`` the one before it (as that one stands after
    earlier joins) made one block with it by ``joined``, blocks and the sections' ends numbered
    again; ``source`` as it is when no block joins."""
    blocks: list[Block] = []
    taken: set[int] = set()
    for block in source.blocks:
        if blocks and joins(blocks[-1], block):
            blocks[-1] = joined(blocks[-1], block)
            taken.add(block.index)
        else:
            blocks.append(block)
    if not taken:
        return source
    source.section_ends = [
        sum(1 for b in source.blocks if b.index < end and b.index not in taken)
        for end in source.section_ends
    ]
    source.blocks = [replace(b, index=i) for i, b in enumerate(blocks)]
    return source

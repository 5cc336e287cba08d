"""The Markdown of chapter texts: headings, paragraphs, bullet and numbered lists (nested),
small tables (GFM pipe tables), images of the plan (``![Bildtext](bild:7)``), bold, italic and
hard line breaks. Read with a CommonMark parser (markdown-it-py, with GFM's table rule) into
blocks of styled runs that the editor, the Word and PDF writers and Granskning use; written
back by ``write``.

A run holds the user's text exactly as typed, never markup: anything else in the text (HTML
tags, reportlab's ``<font>`` or ``<img>``) is text, escaped by each writer for its format
(``pdf_markup.paragraph_text`` for the PDF). Backslash escapes (``1\\.``, ``\\*``) and entities
are read as the characters they stand for.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.rules_block import StateBlock
    from markdown_it.token import Token


@dataclass(frozen=True, slots=True)
class Run:
    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True, slots=True)
class Heading:
    level: int
    runs: tuple[Run, ...]

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass(frozen=True, slots=True)
class Paragraph:
    runs: tuple[Run, ...]


@dataclass(frozen=True, slots=True)
class ListBlock:
    """Items of one list at one nesting ``level`` (0 = outermost). A nested list comes as its
    own block right after the item it belongs to; the rest of the outer list follows as a
    block of the same level whose numbering goes on from ``start``."""

    ordered: bool
    items: tuple[tuple[Run, ...], ...]
    level: int = 0
    start: int = 1


@dataclass(frozen=True, slots=True)
class TableBlock:
    """A small table in the text: a header row, body rows as wide as the header, and per
    column its alignment as the Markdown says it ("left", "right", "center"; "" for none).
    A cell is styled runs; a line break inside a cell is a "\\n" in a run. The header's bold
    is its style: ``write`` does not mark it (as a heading's)."""

    header: tuple[tuple[Run, ...], ...]
    rows: tuple[tuple[tuple[Run, ...], ...], ...] = ()
    align: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ImageBlock:
    """An image of the plan on a line of its own: ``![Bildtext](bild:7)`` shows image 7 with
    the caption "Bildtext" under it ("" for none). Only an id of the plan's own table of
    images is an image; any other address (a path, a web address) is never read, and the
    image's text stays as text."""

    bild: int
    caption: str = ""


Block = Heading | Paragraph | ListBlock | TableBlock | ImageBlock


# CommonMark with inline HTML on: ``write`` falls back to <strong>/<em> where the emphasis
# rules cannot say what the user formatted (bold starting at a comma inside a word). Only those
# two are read as formatting; any other tag (<b> typed in an older plan) is text.
@cache
def _parser() -> MarkdownIt:
    # deferred: markdown-it and its parser cost ~50 ms at start-up; the first screen (Uppgifter)
    # shows no chapter, so the first chapter opened pays for it instead
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark", {"html": True}).enable("table")
    parser.block.ruler.at("table", _table_keeping_cells, {"alt": ["paragraph", "reference"]})
    return parser


def _table_keeping_cells(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """GFM's table rule, except that a row with more cells than the header keeps them:
    markdown-it drops them; here they are joined into the row's last cell (" | " between),
    so no typed text is lost."""
    # deferred as the parser is (see ``_parser``): only reached once the parser is made
    from markdown_it.rules_block.table import escapedSplit, table

    first = len(state.tokens)
    if not table(state, start, end, silent):
        return False
    if silent:
        return True
    tokens = state.tokens[first:]
    columns = sum(1 for token in tokens if token.type == "th_open")
    body = False
    for n, token in enumerate(tokens):
        body = body or token.type == "tbody_open"
        if not (body and token.type == "tr_open" and token.map):
            continue
        line = token.map[0]
        text = state.src[state.bMarks[line] + state.tShift[line] : state.eMarks[line]].strip()
        cells = escapedSplit(text)  # exactly as the table rule split the row
        if cells and cells[0] == "":
            cells.pop(0)
        if cells and cells[-1] == "":
            cells.pop()
        if len(cells) > columns:
            # The row's tokens: tr_open, then td_open, inline, td_close per cell.
            last = tokens[n + 3 * columns - 1]
            last.content = " | ".join(cell.strip() for cell in cells[columns - 1 :])
    return True


_TAGS = {"strong": "bold", "em": "italic"}
_TAG = re.compile(r"^<(/?)([a-z]+)\s*>$", re.IGNORECASE)
_BREAK = re.compile(r"^<br\s*/?>$", re.IGNORECASE)
"""A line break inside a table cell (a cell is one line of Markdown); elsewhere it is text."""
_ALIGNS = {f"text-align:{name}": name for name in ("left", "right", "center")}


def merged(runs: list[Run] | tuple[Run, ...]) -> tuple[Run, ...]:
    """``runs`` without empty runs, neighbours of the same format joined."""
    out: list[Run] = []
    for run in runs:
        if not run.text:
            continue
        if out and (out[-1].bold, out[-1].italic) == (run.bold, run.italic):
            out[-1] = Run(out[-1].text + run.text, run.bold, run.italic)
        else:
            out.append(run)
    return tuple(out)


_IMAGE_REF = re.compile(r"^bild:([1-9][0-9]{0,17})$")


def _image_ref(token: Token) -> ImageBlock | None:
    """The plan's image an inline image token shows, if its address is ``bild:ID``."""
    found = _IMAGE_REF.match(str(token.attrGet("src") or ""))
    if found is None:
        return None
    return ImageBlock(int(found.group(1)), "".join(c.content for c in token.children or []))


def _runs(token: Token, cell: bool = False, images: bool = False) -> list[Run | ImageBlock]:
    """The styled runs of an inline token (or the literal text of a code or HTML block);
    in a table ``cell``, ``<br>`` is a line break. With ``images``, an image of the plan is
    an ``ImageBlock`` among the runs; elsewhere (a list, a heading, a cell, which print no
    image) it stays as its Markdown, so that nothing typed is lost."""
    if token.type != "inline":
        return [Run(token.content.rstrip("\n"))]
    runs: list[Run | ImageBlock] = []
    state = {"bold": False, "italic": False}
    for child in token.children or []:
        kind = child.type
        if kind in ("strong_open", "strong_close"):
            state["bold"] = kind == "strong_open"
        elif kind in ("em_open", "em_close"):
            state["italic"] = kind == "em_open"
        elif kind == "softbreak":
            runs.append(Run(" ", **state))
        elif kind == "hardbreak" or (
            cell and kind == "html_inline" and _BREAK.match(child.content)
        ):
            runs.append(Run("\n", **state))
        elif (
            kind == "html_inline"
            and (tag := _TAG.match(child.content))
            and (tag.group(2).lower() in _TAGS)
        ):
            state[_TAGS[tag.group(2).lower()]] = not tag.group(1)
        elif kind == "image" and (image := _image_ref(child)) is not None:
            if images:
                runs.append(image)
            else:
                runs.append(Run(_image_markdown(image), **state))
        elif kind == "image":
            runs.append(Run("".join(c.content for c in child.children or []), **state))
        elif kind not in ("link_open", "link_close"):
            runs.append(Run(child.content, **state))
    return runs


@dataclass
class _Table:
    align: list[str] = field(default_factory=list)
    header: tuple[tuple[Run, ...], ...] | None = None
    rows: list[tuple[tuple[Run, ...], ...]] = field(default_factory=list)
    row: list[tuple[Run, ...]] = field(default_factory=list)

    def block(self) -> TableBlock:
        return TableBlock(self.header or (), tuple(self.rows), tuple(self.align))


@dataclass
class _List:
    ordered: bool
    level: int
    start: int
    items: list[tuple[Run, ...]] = field(default_factory=list)
    current: list[Run] | None = None


def parse(markdown: str) -> list[Block]:
    """Blocks of a chapter text, read as CommonMark (lines of a paragraph are joined)."""
    blocks: list[Block] = []
    lists: list[_List] = []
    table: _Table | None = None
    heading = 0

    def flush(open_list: _List) -> None:
        if open_list.current is not None:
            open_list.items.append(merged(open_list.current))
            open_list.current = None
        if open_list.items:
            blocks.append(
                ListBlock(
                    open_list.ordered, tuple(open_list.items), open_list.level, open_list.start
                )
            )
            open_list.start += len(open_list.items)
            open_list.items = []

    for token in _parser().parse(markdown.replace("\r\n", "\n")):
        kind = token.type
        if table is not None:
            if kind == "th_open":
                table.align.append(_ALIGNS.get(str(token.attrGet("style")), ""))
            elif kind == "inline":
                table.row.append(merged(_text_runs(token, cell=True)))
            elif kind == "tr_close":
                if table.header is None:
                    table.header = tuple(table.row)
                else:
                    table.rows.append(tuple(table.row))
                table.row = []
            elif kind == "table_close":
                blocks.append(table.block())
                table = None
        elif kind == "table_open":
            # A table inside a list item (Markdown from elsewhere) comes after the items so
            # far, as a nested list does; the list goes on after it.
            if lists:
                flush(lists[-1])
            table = _Table()
        elif kind in ("bullet_list_open", "ordered_list_open"):
            if lists:
                flush(lists[-1])  # the outer items so far, then this nested list
            start = int(token.attrGet("start") or 1) if kind == "ordered_list_open" else 1
            lists.append(_List(kind == "ordered_list_open", len(lists), start))
        elif kind in ("bullet_list_close", "ordered_list_close"):
            flush(lists.pop())
        elif kind == "list_item_open":
            lists[-1].current = []
        elif kind == "list_item_close":
            if lists[-1].current is not None:
                lists[-1].items.append(merged(lists[-1].current))
                lists[-1].current = None
        elif kind == "heading_open":
            heading = int(token.tag[1:])
        elif kind == "heading_close":
            heading = 0
        elif kind in ("inline", "code_block", "fence", "html_block"):
            if not lists and not heading:
                blocks += split_at_images(_runs(token, images=True))
                continue
            runs = _text_runs(token)
            if lists:
                item = lists[-1]
                if item.current is None:
                    item.current = []
                elif item.current:
                    item.current.append(Run("\n"))  # a second paragraph of the item
                item.current += runs
            else:
                blocks.append(Heading(heading, merged(runs)))
    return blocks


def split_at_images(runs: list[Run | ImageBlock]) -> list[Block]:
    """A paragraph's runs as blocks: an image of the plan stands on its own between the
    text before and after it; a paragraph of nothing but blanks is none."""
    blocks: list[Block] = []
    text: list[Run] = []
    beside_image = False
    for run in [*runs, None]:
        if isinstance(run, Run):
            text.append(run)
            continue
        kept = list(merged(text))
        # Blanks next to an image belong to no paragraph ("Se bilden: ![…](bild:2)").
        if kept and beside_image:
            kept[0] = Run(kept[0].text.lstrip(), kept[0].bold, kept[0].italic)
        if kept and run is not None:
            kept[-1] = Run(kept[-1].text.rstrip(), kept[-1].bold, kept[-1].italic)
        if "".join(r.text for r in kept).strip():
            blocks.append(Paragraph(merged(kept)))
        text, beside_image = [], True
        if run is not None:
            blocks.append(run)
    return blocks


def _text_runs(token: Token, cell: bool = False) -> list[Run]:
    """``_runs`` where no image can stand (a list item, a heading, a table's cell)."""
    return [run for run in _runs(token, cell) if isinstance(run, Run)]


def inline(text: str) -> tuple[Run, ...]:
    """Runs of one paragraph of Markdown (``**bold**``, ``*italic*``, escapes)."""
    blocks = parse(text)
    return blocks[0].runs if blocks and isinstance(blocks[0], Paragraph | Heading) else ()


# --- writing -----------------------------------------------------------------------------

# "|" too: a line of text holding pipes, above a line such as ":--|--", would be a table.
_ESCAPE = re.compile(r"([\\`*_<>&\[\]~#|])")
_LINE_START = re.compile(r"^([+\-=|]|\d{1,9}(?=[.)]))")
_MARKS = {"bold": ("**", "<strong>", "</strong>"), "italic": ("*", "<em>", "</em>")}


def _escaped_line(text: str, first: bool, last: bool) -> str:
    """One line of text with every character that Markdown would read as markup escaped."""
    text = _ESCAPE.sub(r"\\\1", text)
    if first:
        number = _LINE_START.match(text)
        if number and number.group(1)[0].isdigit():
            end = number.end()
            text = text[:end] + "\\" + text[end:]
        elif number:
            text = "\\" + text
        # Leading blanks would be dropped (or make a code block): keep them as entities.
        stripped = text.lstrip(" \t")
        text = "".join(f"&#{ord(c)};" for c in text[: len(text) - len(stripped)]) + stripped
    if last:
        stripped = text.rstrip(" \t")
        text = stripped + "".join(f"&#{ord(c)};" for c in text[len(stripped) :])
    return text


def _text(text: str, at_start: bool, at_end: bool, newline: str) -> str:
    """``text`` escaped, its line breaks written as ``newline``."""
    lines = text.split("\n")
    return newline.join(
        _escaped_line(line, at_start or n > 0, at_end or n < len(lines) - 1)
        for n, line in enumerate(lines)
    )


def _inline_markdown(runs: tuple[Run, ...], html: bool, newline: str) -> str:
    out: list[str] = []
    stack: list[str] = []  # open marks, innermost last
    for n, run in enumerate(runs):
        wanted = [name for name in ("bold", "italic") if getattr(run, name)]
        while stack and (len(stack) > len(wanted) or stack != wanted[: len(stack)]):
            out.append(_MARKS[stack.pop()][2 if html else 0])
        for name in wanted[len(stack) :]:
            out.append(_MARKS[name][1 if html else 0])
            stack.append(name)
        out.append(_text(run.text, n == 0, n == len(runs) - 1, newline))
    while stack:
        out.append(_MARKS[stack.pop()][2 if html else 0])
    return "".join(out)


def _without_trailing_breaks(runs: tuple[Run, ...]) -> tuple[Run, ...]:
    """``runs`` without line breaks at their end: Markdown has no way to say one (its mark,
    a backslash, would be printed), and at the end of a paragraph it shows nothing."""
    out = list(runs)
    while out and out[-1].text.endswith("\n"):
        last = out.pop()
        if last.text.rstrip("\n"):
            out.append(Run(last.text.rstrip("\n"), last.bold, last.italic))
    return tuple(out)


def write_inline(runs: tuple[Run, ...], indent: str = "") -> str:
    """``runs`` as Markdown that ``parse`` reads back as the same runs."""
    runs = _without_trailing_breaks(merged(runs))
    newline = "\\\n" + indent
    for html in (False, True):
        text = _inline_markdown(runs, html, newline)
        if inline(text) == runs:
            return text
    # Neither form reads back (it should not happen): keep the words, lose the formatting.
    return _text("".join(run.text for run in runs), True, True, newline)


def _cell(text: str) -> tuple[Run, ...] | None:
    """The runs of ``text`` read as a table cell."""
    blocks = parse(f"| {text} |\n| --- |\n")
    return blocks[0].header[0] if blocks and isinstance(blocks[0], TableBlock) else None


def _write_cell(runs: tuple[Run, ...]) -> str:
    """One cell's runs as Markdown that reads back as the same runs: on one line, pipes
    escaped, a line break as ``<br>``."""
    runs = merged(runs)
    for html in (False, True):
        text = _inline_markdown(runs, html, "<br>")
        if _cell(text) == runs:
            return text
    return _text("".join(run.text for run in runs), True, True, "<br>")


_ALIGN_MARKS = {"left": ":---", "right": "---:", "center": ":---:"}


def _fitted(row: tuple[tuple[Run, ...], ...], columns: int) -> tuple[tuple[Run, ...], ...]:
    """``row`` as wide as the header: padded with empty cells, or with the cells beyond the
    last joined into it (as ``parse`` reads such a row)."""
    if len(row) <= columns:
        return row + ((),) * (columns - len(row))
    joined: list[Run] = []
    for n, cell in enumerate(row[columns - 1 :]):
        joined += [Run(" | ")] * bool(n) + list(cell)
    return (*row[: columns - 1], merged(joined))


def _image_markdown(image: ImageBlock) -> str:
    """``![caption](bild:ID)``, the caption on one line with its markup escaped."""
    caption = _ESCAPE.sub(r"\\\1", " ".join(image.caption.split()))
    return f"![{caption}](bild:{image.bild})"


def image_refs(markdown: str) -> list[ImageBlock]:
    """The images a chapter's Markdown shows, in order."""
    # An image is "![" (syntax no entity can spell): most chapters have none, and parsing them
    # all (markdown-it and its import) took a fifth of the cold start.
    if "![" not in markdown:
        return []
    return [block for block in parse(markdown) if isinstance(block, ImageBlock)]


def write_table(table: TableBlock) -> str:
    """``table`` as a GFM pipe table (nothing for a table without columns)."""
    columns = len(table.header)
    if not columns:
        return ""
    header = tuple(merged([Run(r.text, False, r.italic) for r in cell]) for cell in table.header)
    align = (*table.align[:columns], *[""] * (columns - len(table.align)))
    lines = [header, *(_fitted(row, columns) for row in table.rows)]
    text = ["| " + " | ".join(_write_cell(cell) for cell in cells) + " |" for cells in lines]
    text.insert(1, "| " + " | ".join(_ALIGN_MARKS.get(a, "---") for a in align) + " |")
    return "\n".join(text)


def write(blocks: Sequence[Block]) -> str:
    """Markdown of ``blocks``, read back by ``parse`` as the same blocks."""
    parts: list[str] = []
    indents: list[str] = []  # where the text of the last item of each open list level starts
    # Per open list level: (ordered, delimiter, the number the list goes on with).
    lists: list[tuple[bool, str, int]] = []
    previous: Block | None = None
    for block in blocks:
        if isinstance(block, ImageBlock):
            indents, lists = [], []
            parts.append(("\n\n" if parts else "") + _image_markdown(block))
        elif isinstance(block, TableBlock):
            indents, lists = [], []
            table = write_table(block)
            if table:
                parts.append(("\n\n" if parts else "") + table)
        elif isinstance(block, ListBlock):
            if not block.items:
                continue
            indents, lists = indents[: block.level], lists[: block.level + 1]
            base = indents[-1] if indents else ""
            adjacent = isinstance(previous, ListBlock) and previous.level == block.level
            delimiter = "." if block.ordered else "-"
            if len(lists) > block.level and lists[-1][0] == block.ordered:
                _ordered, delimiter, next_start = lists[-1]
                if adjacent or block.start != next_start:
                    # A list right after another of the same kind would be read as its
                    # items: another marker starts a new list.
                    delimiter = {".": ")", ")": ".", "-": "+", "+": "-"}[delimiter]
            lists[block.level :] = [(block.ordered, delimiter, block.start + len(block.items))]
            lines = []
            for number, item in enumerate(block.items, start=block.start):
                marker = f"{number}{delimiter}" if block.ordered else delimiter
                indent = base + " " * (len(marker) + 1)
                text = write_inline(item, indent)
                lines.append(f"{base}{marker} {text}" if text else f"{base}{marker}")
            indents.append(indent)
            # Only a list starting at 1 may interrupt the text of the item before it.
            tight = isinstance(previous, ListBlock) and (not block.ordered or block.start == 1)
            parts.append(("\n" if tight else "\n\n" if parts else "") + "\n".join(lines))
        else:
            indents, lists = [], []
            text = write_inline(
                block.runs
                if isinstance(block, Paragraph)
                else tuple(Run(r.text, False, r.italic) for r in block.runs)
            )
            if isinstance(block, Heading):
                text = "#" * block.level + " " + text
            parts.append(("\n\n" if parts else "") + text)
        previous = block
    return "".join(parts) + "\n" if parts else ""

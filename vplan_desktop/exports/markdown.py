"""The Markdown subset of chapter texts: headings, paragraphs, bullet and numbered lists, bold
and italic. Parsed into blocks of styled runs that the Word and PDF writers render.

A run holds the user's text exactly as typed, never markup: anything else in the text (HTML
tags, reportlab's ``<font>`` or ``<img>``) is text, escaped by each writer for its format
(``pdf_markup.paragraph_text`` for the PDF).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


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
    ordered: bool
    items: tuple[tuple[Run, ...], ...]


Block = Heading | Paragraph | ListBlock

_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_BULLET = re.compile(r"^\s*[-*+]\s+(.*)$")
_NUMBER = re.compile(r"^\s*\d+[.)]\s+(.*)$")
_INLINE = re.compile(r"(\*\*\*|___|\*\*|__|\*|_)")


def inline(text: str) -> tuple[Run, ...]:
    """Runs of ``text`` with **bold**, *italic* and ***both*** (underscores work too)."""
    runs: list[Run] = []
    bold = italic = False
    position = 0
    for match in _INLINE.finditer(text):
        marker = match.group(1)
        start = match.start()
        # An underscore inside a word (snake_case) is text, not emphasis.
        if marker[0] == "_" and start > 0 and text[start - 1].isalnum():
            continue
        if start > position:
            runs.append(Run(text[position:start], bold, italic))
        if len(marker) == 3:
            bold, italic = not bold, not italic
        elif len(marker) == 2:
            bold = not bold
        else:
            italic = not italic
        position = match.end()
    if position < len(text):
        runs.append(Run(text[position:], bold, italic))
    merged: list[Run] = []
    for run in runs:
        if merged and (merged[-1].bold, merged[-1].italic) == (run.bold, run.italic):
            merged[-1] = Run(merged[-1].text + run.text, run.bold, run.italic)
        elif run.text:
            merged.append(run)
    return tuple(merged)


def parse(markdown: str) -> list[Block]:
    """Blocks of a chapter text. Lines of a paragraph are joined; a blank line ends a block."""
    blocks: list[Block] = []
    paragraph: list[str] = []
    items: list[str] = []
    ordered = False

    def flush() -> None:
        nonlocal paragraph, items
        if paragraph:
            blocks.append(Paragraph(inline(" ".join(line.strip() for line in paragraph))))
            paragraph = []
        if items:
            blocks.append(ListBlock(ordered, tuple(inline(item) for item in items)))
            items = []

    for line in markdown.replace("\r\n", "\n").split("\n"):
        if not line.strip():
            flush()
            continue
        heading = _HEADING.match(line)
        bullet = _BULLET.match(line)
        number = _NUMBER.match(line)
        if heading:
            flush()
            blocks.append(Heading(len(heading.group(1)), inline(heading.group(2).strip())))
        elif bullet or number:
            kind = number is not None
            if paragraph or (items and kind != ordered):
                flush()
            ordered = kind
            items.append((number or bullet).group(1).strip())  # type: ignore[union-attr]
        elif items and line.startswith(("  ", "\t")):
            items[-1] += " " + line.strip()  # a list item continued on the next line
        else:
            if items:
                flush()
            paragraph.append(line)
    flush()
    return blocks

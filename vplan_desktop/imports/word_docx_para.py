"""One Word paragraph as the reader reads it (its runs, what it holds besides text, where its
line breaks stand), and its lines read as the paragraphs they are.

A paragraph whose lines are ended by line breaks (Shift+Enter, or a plan converted from a
PDF, where a text block's lines are kept as one paragraph) may hold what a reader sees as
several paragraphs:
- a heading line over its body ("Inledning" in bold or a larger font, then the text);
- lines in different font sizes (a converter's text blocks joined: a heading among them);
- bullet lines, each a list item ("• Barn och familj", the Symbol font's bullet "\\uf0b7");
- short lines on a cover page or in a signature ("Ordförande: …", "Socialchef: …").
``pieces`` gives those paragraphs; any other paragraph stays whole, as does a tab-aligned row
whose first cell is broken over lines before its tabs (a table typed with tabs)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from vplan_desktop.imports.word_blocks import BlockKind
from vplan_desktop.imports.word_docx_styles import Style
from vplan_desktop.imports.word_margin_lines import margin_pieces
from vplan_desktop.imports.word_size_lead import (
    larger_bold_lead,
    size_groups,
    starts_block,
    starts_body,
)
from vplan_desktop.markdown import Run, merged

BULLET = re.compile(
    "^[\u2022\u25cf\u25aa\u25a0\u25e6\u2023\u27a2\u25ba\u25a1\u25cb"
    "\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf06e\uf0a8]\\s*"
)
"""A bullet glyph typed or kept at a line's start (the Symbol and Wingdings fonts' bullets
are private-use characters)."""
LEAD_MAX = 150
"""The longest line read as a heading over its body."""
SHORT_LINE = 90
"""The longest line of a paragraph read line by line (a cover's or signature's lines)."""


@dataclass
class Para:
    """One paragraph's text as read: runs, and what it holds besides text."""

    runs: list[Run] = field(default_factory=list)
    images: list[tuple[str, bytes]] = field(default_factory=list)
    """(alt text, the picture's bytes or b"" when it is not in the file)."""
    boxes: list[etree._Element] = field(default_factory=list)
    objects: list[dict[str, Any]] = field(default_factory=list)
    """The blocks read from its embedded objects (``word_docx_objects``), in order."""
    notes: list[str] = field(default_factory=list)
    size: float = 0.0
    """The largest font size (points) set on a run with text; 0 when none is set."""
    tabbed: list[str] = field(default_factory=lambda: [""])
    """The text between the paragraph's tabs; a line break stands as "\\n"."""
    tints: list[tuple[str, str]] = field(default_factory=list)
    breaks: list[int] = field(default_factory=list)
    """The places in ``runs`` of the line breaks (each a one-space run)."""
    line_sizes: list[float] = field(default_factory=lambda: [0.0])
    """Each line's largest font size set on a run with text (0 for none)."""
    _low: float = 0.0
    tab_marks: list[int] = field(default_factory=list)
    """The places in ``runs`` of the text runs a tab follows."""
    """The current line's smallest font size on a run with text (0 when one has none)."""

    @property
    def text(self) -> str:
        return " ".join("".join(r.text for r in self.runs).split())

    def add_text(self, text: str, bold: bool, italic: bool, colour: str, size: float) -> None:
        line = self._line()
        if text.strip() and (
            starts_body(line, self.line_sizes[-1], size)
            or starts_block(self._text(line), self._low, self.line_sizes[-1], size)
        ):
            self.add_space(False, True, False, False)  # a heading run into its body's line
        if text.strip():
            shown = any(r.text.strip() for r in self._line())
            self._low = min(self._low, size) if shown else size
        self.runs.append(Run(text, bold, italic))
        self.tints.append((text, colour))
        self.tabbed[-1] += text
        self.size = max(self.size, size)
        self.line_sizes[-1] = max(self.line_sizes[-1], size)

    def add_space(self, tab: bool, line_break: bool, bold: bool, italic: bool) -> None:
        """A tab, or a line break (``line_break``; a page break is only a space)."""
        if line_break:
            self.breaks.append(len(self.runs))
            self.tints.append(("\n", ""))
            self.line_sizes.append(0.0)
        shown = [i for i, r in enumerate(self.runs) if r.text.strip()]
        if tab and shown and all(not r.text.strip() for r in self.runs[shown[-1] + 1 :]):
            self.tab_marks.append(shown[-1])
        self.runs.append(Run(" ", bold, italic))
        self.tabbed[-1] += "\n" if line_break else " " if not tab else ""
        self.tabbed += [""] if tab else []

    def pieces(self) -> list[Para]:
        """The paragraphs this one's lines make (see the module's docstring); [self] when it
        is one paragraph."""
        if margin := margin_pieces(self):
            return margin
        if not self.breaks or self._wrapped_first_cell():
            return [self]
        lines = self._lines()
        texts = [" ".join("".join(r.text for r in line).split()) for line in lines]
        kept = [i for i, text in enumerate(texts) if text]
        if len(kept) < 2:
            return [self]
        if any(BULLET.match(texts[i]) for i in kept[1:]) or all(
            len(texts[i]) <= SHORT_LINE for i in kept
        ):
            groups = [[i] for i in kept]
        elif self._lead(lines, texts, kept):
            groups = [[kept[0]], kept[1:]]
        elif len(sized := size_groups([self.line_sizes[i] for i in kept])) > 1:
            groups = [[kept[i] for i in group] for group in sized]  # text blocks in own sizes
        else:
            return [self]
        return [self._piece(lines, group, n == len(groups) - 1) for n, group in enumerate(groups)]

    def _wrapped_first_cell(self) -> bool:
        """Whether the paragraph is one tab-aligned row whose first cell runs over lines: its
        line breaks all before its first tab, two tabs or more on its last line ("Andel barn
        … som inte återaktualiseras ↵ inom ett år … ⇥ 74 % ⇥ 78 % ⇥ 80 %"), all its lines in one
        size (a heading over a row is no wrapped cell)."""
        first, *rest = self.tabbed
        return (
            len(rest) >= 2
            and len({size for size in self.line_sizes if size}) <= 1
            and bool(first.split("\n")[0].strip())
            and "\n" in first
            and not any("\n" in part for part in rest)
        )

    @staticmethod
    def _text(line: list[Run]) -> str:
        return "".join(r.text for r in line)

    def _line(self) -> list[Run]:
        """The runs since the last line break."""
        return self.runs[self.breaks[-1] + 1 :] if self.breaks else self.runs

    def _lines(self) -> list[list[Run]]:
        out: list[list[Run]] = [[]]
        for index, run in enumerate(self.runs):
            if index in self.breaks:
                out.append([])
            else:
                out[-1].append(run)
        return out

    def _lead(self, lines: list[list[Run]], texts: list[str], kept: list[int]) -> bool:
        """Whether the first line is a heading over the rest: short, not a sentence's end,
        and bold over lines that are not, or in a larger font."""
        first = kept[0]
        sizes = [self.line_sizes[i] for i in kept[1:] if self.line_sizes[i]]
        if len(texts[first]) > LEAD_MAX:
            return False
        if texts[first].endswith((".", ",", ";")):
            return larger_bold_lead(lines[first], self.line_sizes[first], sizes)
        visible = [r for r in lines[first] if r.text.strip()]
        rest = [r for i in kept[1:] for r in lines[i] if r.text.strip()]
        if visible and all(r.bold for r in visible) and not all(r.bold for r in rest):
            return True
        return bool(sizes) and self.line_sizes[first] >= max(sizes) + 1

    def _piece(self, lines: list[list[Run]], group: list[int], last: bool) -> Para:
        """The paragraph of the lines ``group``; images, boxes and notes go with the last."""
        runs: list[Run] = []
        for n, i in enumerate(group):
            runs += ([Run(" ")] if n else []) + lines[i]
        tints = _split(self.tints, group)
        tabbed = "\t".join(self.tabbed).split("\n")
        segments = "\n".join(tabbed[i] for i in group).replace("\n", " ").split("\t")
        return Para(
            runs=runs,
            images=self.images if last else [],
            boxes=self.boxes if last else [],
            notes=self.notes if last else [],
            size=max(self.line_sizes[i] for i in group),
            tabbed=segments,
            tints=tints,
            line_sizes=[max(self.line_sizes[i] for i in group)],
        )


def _split(tints: list[tuple[str, str]], group: list[int]) -> list[tuple[str, str]]:
    """The coloured pieces of the lines ``group`` (the lines parted by "\\n" pieces)."""
    lines: list[list[tuple[str, str]]] = [[]]
    for piece in tints:
        if piece == ("\n", ""):
            lines.append([])
        else:
            lines[-1].append(piece)
    out: list[tuple[str, str]] = []
    for n, i in enumerate(group):
        out += ([(" ", "")] if n else []) + (lines[i] if i < len(lines) else [])
    return out


def bulleted(fields: dict[str, Any]) -> dict[str, Any]:
    """A body paragraph's block fields (``_text_block``'s), a paragraph opening with a
    bullet glyph made the list item it shows, the glyph left out; a coloured glyph (black is
    no colour), or one the line has again, is a status symbol, not a bullet."""
    text = fields.get("text", "")
    glyph = BULLET.match(text)
    if fields.get("kind") != BlockKind.PARAGRAPH or not glyph:
        return fields
    mark = glyph.group().strip()
    coloured = next((c for t, c in fields.get("tints", ()) if t.strip()), "")
    coloured = "" if coloured == "000000" else coloured  # black, as a converter sets every run
    if mark in text[glyph.end() :] or (coloured and text.startswith(mark)):
        return fields  # a legend of symbols ("● Uppfyllt ● Delvis uppfyllt"), a coloured status
    runs = list(fields.get("runs", ()))
    while runs and not runs[0].text.strip():
        runs.pop(0)
    if not runs:
        return fields
    head = BULLET.sub("", runs[0].text.lstrip())
    runs[0] = Run(head, runs[0].bold, runs[0].italic)
    text = BULLET.sub("", fields["text"])
    if not text:
        return fields
    out = {k: v for k, v in fields.items() if k not in ("candidate_level", "heading_by", "size")}
    out.update(kind=BlockKind.LIST_ITEM, text=text, runs=merged(runs), tabbed=())
    return out


def level_free(style: Style) -> bool:
    """Whether a paragraph of ``style`` may be read line by line (a heading's or title's
    lines stay one heading)."""
    return style.heading is None and not style.title


def object_lines(read: Para) -> list[str]:
    """The texts of the embedded objects in a table cell's paragraph, a line each (a table's
    row as its cells' texts): a cell holds no blocks, and nothing of them is dropped."""
    lines: list[str] = []
    for fields in read.objects:
        rows = fields.get("rows", ())
        lines += [" | ".join(c.text for c in row if c.text) for row in rows] or [fields["text"]]
    return [line for line in lines if line]

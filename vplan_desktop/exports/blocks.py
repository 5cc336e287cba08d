"""The blocks of a plan document that the Word and PDF writers render alike: headings and
paragraphs (from ``markdown``), tables, the chart, a chapter's images, page orientation and
indentation.

Every text is the user's own, unescaped (each writer escapes for its own format).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from vplan_desktop import domain as d
from vplan_desktop.formatting import MINUS, format_value
from vplan_desktop.markdown import Block, Heading, ImageBlock, Paragraph, Run


@dataclass(frozen=True, slots=True)
class Cell:
    text: str
    align: str = "left"  # "left", "right", "center"
    bold: bool = False
    fill: str | None = None  # "#rrggbb"
    indent: int = 0
    """Levels the text stands in from the cell's edge (a key figure's sub-row: 1)."""
    note: str = ""
    """A paragraph of plain text under ``text`` in the same cell (an activity's
    description); never bold."""
    runs: tuple[Run, ...] = ()
    """``text`` in the user's own bold and italic pieces (a chapter table's cell with
    "**Barn** och *unga*"), printed piece by piece; ``text`` is still their whole text, by
    which the columns are measured. Empty: ``text`` is printed in the cell's own weight."""


@dataclass(frozen=True)
class Table:
    """A table with one header row; ``widths`` are relative column widths."""

    caption: str
    header: list[Cell]
    rows: list[list[Cell]]
    widths: list[float]
    title: str = ""
    notes: tuple[str, ...] = ()
    """Footnotes printed under the table, smaller, one paragraph each."""


@dataclass(frozen=True)
class Chart:
    """Net cost per plan year against KF's ram."""

    title: str
    years: list[int]
    netto: list[float | None]
    ram: list[float | None]
    """The bars' heights; the exact figures are in the table and ``alt_text``."""
    alt_text: str


@dataclass(frozen=True)
class Figure:
    """A chapter's image (``![Bildtext](bild:7)``) with its caption under it; ``bild`` is None
    when the plan has no image ``bild_id`` (a reference left behind when the image was deleted).

    The writers decode the bytes themselves (``exports.figures``): an image that cannot be read
    is printed as a line saying so, like a missing one.
    """

    bild_id: int
    bild: d.Bild | None
    caption: str = ""


def figure(plan: d.PlanSnapshot, block: ImageBlock) -> Figure:
    """The image ``block`` shows, looked up in ``plan``."""
    return Figure(block.bild, plan.bild(block.bild), block.caption)


@dataclass(frozen=True)
class Orientation:
    """From here on, pages are landscape (for wide tables) or portrait again."""

    landscape: bool


@dataclass(frozen=True)
class Indent:
    """From here on, blocks stand ``level`` steps in from the margin (a sub-goal under its
    goal); 0 is back at the margin."""

    level: int


INDENT_POINTS = 14
"""One step of ``Indent``, in points (about 5 mm)."""

DocBlock = Heading | Paragraph | Block | Table | Chart | Figure | Orientation | Indent


@dataclass
class Document:
    """What a writer needs: the title page facts and the blocks in order."""

    plan: d.PlanSnapshot
    blocks: list[DocBlock] = field(default_factory=list)

    @property
    def header_text(self) -> str:
        u = self.plan.uppgifter
        return f"{u.namnd} — {u.titel}"

    def title_lines(self) -> list[tuple[str, str]]:
        """(label, text) lines under the title on the title page."""
        u = self.plan.uppgifter
        lines = [
            ("", u.kommun),
            ("", u.forvaltning),
            ("Planperiod", u.period),
            ("Ordförande", u.ordforande_text),
            ("Förvaltningschef", u.forvaltningschef),
            ("Status", u.status_text),
            ("Diarienummer", u.diarienummer),
        ]
        return [(label, text) for label, text in lines if text]

    def heading(self, level: int, text: str) -> None:
        self.blocks.append(Heading(level, (Run(text),)))

    def paragraph(self, text: str, *, italic: bool = False) -> None:
        self.blocks.append(Paragraph((Run(text, italic=italic),)))


def right(text: str, *, bold: bool = False) -> Cell:
    """A cell of figures, right-aligned."""
    return Cell(text, "right", bold)


def value_text(value: d.Value, unit: str = "") -> str:
    """An indicator or key-figure value as printed, with the printed minus sign."""
    return format_value(value, unit, minus=MINUS)


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def text_paragraphs(text: str) -> list[str]:
    """A plain text field (a goal's description) as its paragraphs: a blank line starts a new
    one; a single line break stays inside its paragraph."""
    return [part.strip() for part in _BLANK_LINE.split(text.replace("\r\n", "\n")) if part.strip()]

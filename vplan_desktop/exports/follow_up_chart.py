"""The delårsrapport's two charts as PNG pictures (Pillow, which reportlab already needs): goals
per level of the kommun's scale, each bar in its level's colour with its name and count under
it, and budget against prognos per verksamhet.

Each chart is handed to the writers as a ``Figure`` (a picture with alt text and a caption), so
Word gets the alt text as the drawing's description and the PDF prints the caption under it;
the exact figures are in the tables beside them.
"""

from __future__ import annotations

import io
from decimal import Decimal

from PIL import Image, ImageDraw, ImageFont

from vplan_desktop import domain as d
from vplan_desktop import images
from vplan_desktop.exports.blocks import Figure
from vplan_desktop.exports.chart_image import axis_label, axis_step
from vplan_desktop.formatting import MINUS, format_amount
from vplan_desktop.paths import resource

INK, GRID = "#1f2a36", "#d5dde5"
BUDGET, PROGNOS = "#b7c7d6", "#1a4f7a"
NO_LEVEL = "#ffffff"
DPI = 200
CHART_ID = 0
"""The figures' id: no image of the plan, only the name Word's selection pane shows."""


def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(str(resource(f"fonts/{name}")), size)


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG", dpi=(DPI, DPI))
    return buffer.getvalue()


def _figure(data: bytes, name: str, alt_text: str, caption: str) -> Figure:
    bild = d.Bild(CHART_ID, name, alt_text, data, images.describe(data))
    return Figure(CHART_ID, bild, caption)


def _fitted(draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont, room: float) -> str:
    """``text`` cut with "…" to fit ``room`` pixels (a long verksamhet's name on the axis)."""
    if draw.textlength(text, font=font) <= room:
        return text
    while text and draw.textlength(text + "…", font=font) > room:
        text = text[:-1]
    return text.rstrip() + "…"


def grade_chart(
    counts: list[tuple[str, str, int]], title: str, alt_text: str, caption: str
) -> Figure:
    """Vertical bars, one per level: (name, colour, number of goals)."""
    width, height = 1600, 640
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    left, right, top, bottom = 110, width - 40, 100, height - 110
    label, small = _font(26), _font(24)
    largest = max([n for _, _, n in counts] + [1])
    step = max(1.0, axis_step(largest))
    last = int(-(-largest * 1.1 // step)) or 1

    def y_of(value: float) -> float:
        return bottom - (bottom - top) * value / (last * step)

    for line in range(last + 1):
        y = y_of(step * line)
        draw.line([(left, y), (right, y)], fill=GRID, width=2)
        draw.text((left - 14, y), axis_label(step * line), fill=INK, font=label, anchor="rm")
    slot = (right - left) / max(len(counts), 1)
    for index, (name, colour, count) in enumerate(counts):
        x0 = left + slot * index + slot * 0.2
        x1 = left + slot * (index + 1) - slot * 0.2
        if count:
            # A white bar (goals without assessment) needs an edge to be seen.
            draw.rectangle([(x0, y_of(count)), (x1, bottom)], fill=colour, outline=INK, width=2)
        middle = (x0 + x1) / 2
        draw.text((middle, y_of(count) - 10), str(count), fill=INK, font=label, anchor="mb")
        draw.text(
            (middle, bottom + 16),
            _fitted(draw, name, small, slot - 10),
            fill=INK,
            font=small,
            anchor="mt",
        )
    draw.line([(left, bottom), (right, bottom)], fill=INK, width=3)
    draw.text((left, 28), title, fill=INK, font=_font(30, bold=True))
    return _figure(_png(image), "Måluppfyllelse", alt_text, caption)


def budget_chart(
    lines: list[tuple[str, Decimal | None, Decimal | None]],
    unit: str,
    title: str,
    alt_text: str,
    caption: str,
) -> Figure:
    """Horizontal bar pairs, one pair per verksamhet: (name, budget, prognos)."""
    row_height = 90
    width = 1600
    top = 110
    height = top + row_height * max(len(lines), 1) + 90
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    label = _font(26)
    left, right = 520, width - 60
    bottom = height - 70
    values = [float(v) for _, b, p in lines for v in (b, p) if v is not None]
    low, high = min([*values, 0.0]), max([*values, 0.0])
    step = axis_step(max(high - low, 1))
    first = int(low * 1.05 // step)
    last = max(int(-(-high * 1.05 // step)), first + 1)

    def x_of(value: float) -> float:
        return left + (right - left) * (value - first * step) / ((last - first) * step)

    for line in range(first, last + 1):
        x = x_of(step * line)
        draw.line([(x, top - 10), (x, bottom)], fill=GRID, width=2)
        draw.text((x, bottom + 12), axis_label(step * line), fill=INK, font=_font(22), anchor="mt")
    bar = row_height * 0.32
    for index, (name, budgeted, prognos) in enumerate(lines):
        y = top + row_height * index + row_height * 0.14
        for offset, (amount, colour) in enumerate(((budgeted, BUDGET), (prognos, PROGNOS))):
            if amount is None:
                continue
            y0 = y + offset * bar
            x0, x1 = sorted((x_of(0), x_of(float(amount))))
            draw.rectangle([(x0, y0), (x1, y0 + bar - 4)], fill=colour)
        draw.text(
            (left - 16, y + bar),
            _fitted(draw, name, label, left - 40),
            fill=INK,
            font=label,
            anchor="rm",
        )
    draw.line([(x_of(0), top - 10), (x_of(0), bottom)], fill=INK, width=3)
    draw.text((40, 24), title, fill=INK, font=_font(30, bold=True))
    for index, (name, colour) in enumerate((("Budget", BUDGET), ("Prognos helår", PROGNOS))):
        x = right - 560 + index * 230
        draw.rectangle([(x, 74), (x + 30, 100)], fill=colour)
        draw.text((x + 42, 87), name, fill=INK, font=label, anchor="lm")
    return _figure(_png(image), "Budget och prognos", alt_text, caption)


def amount_words(value: Decimal | None, unit: str) -> str:
    """An amount in a chart's alt text: "12 400 tkr", "saknas"."""
    if value is None:
        return "saknas"
    return f"{format_amount(value, unit, minus=MINUS)}\u00a0{unit}"

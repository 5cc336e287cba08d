"""The net-cost chart as a PNG picture for Word (Pillow, which reportlab already needs)."""

from __future__ import annotations

import io
import math
from decimal import Decimal

from PIL import Image, ImageDraw, ImageFont

from vplan_desktop.exports.content import Chart
from vplan_desktop.formatting import MINUS, format_number
from vplan_desktop.paths import resource

WIDTH, HEIGHT = 1600, 700
NETTO, RAM, INK, GRID = "#1a4f7a", "#b7c7d6", "#1f2a36", "#d5dde5"


def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(str(resource(f"fonts/{name}")), size)


def axis_step(largest: float) -> float:
    """A round distance between the value axis's lines (1, 2, 2,5 or 5 times a power of ten)
    that gives at most five of them up to ``largest``; under one for a small figure in mnkr."""
    power = 10.0 ** math.floor(math.log10(max(largest, 1e-9) / 5))
    for factor in (1, 2, 2.5, 5, 10):
        if largest / (factor * power) <= 5:
            return factor * power
    return 10 * power


def axis_label(value: float) -> str:
    """An axis line's value as vplan writes numbers: "100 000", "0,5", "−50"."""
    return format_number(Decimal(str(round(value, 6))).normalize(), minus=MINUS)


def chart_png(chart: Chart) -> bytes:
    """The chart as a PNG, without its title: the document prints the title as the chart's
    caption, and it would show twice."""
    image = Image.new("RGB", (WIDTH, HEIGHT), "white")
    draw = ImageDraw.Draw(image)
    left, right, top, bottom = 170, WIDTH - 40, 90, HEIGHT - 80
    values = [v for v in (*chart.netto, *chart.ram) if v is not None]
    low, high = min([*values, 0]), max([*values, 0])
    step = axis_step(max(high - low, 1))
    # Whole steps from below the lowest value (0, unless a net cost is negative) to above the
    # highest, with a little room over the tallest bar.
    first = math.floor(low * 1.05 / step)
    last = max(math.ceil(high * 1.05 / step), first + 1)

    def y_of(value: float) -> float:
        return bottom - (bottom - top) * (value - first * step) / ((last - first) * step)

    label = _font(26)
    for line in range(first, last + 1):
        y = y_of(step * line)
        draw.line([(left, y), (right, y)], fill=GRID, width=2)
        text = axis_label(step * line)  # "100 000", as in the tables
        draw.text((left - 14, y), text, fill=INK, font=label, anchor="rm")
    groups = max(len(chart.years), 1)
    slot = (right - left) / groups
    bar = slot * 0.32
    for index, year in enumerate(chart.years):
        x = left + slot * index + slot * 0.16
        for offset, (series, colour) in enumerate(((chart.netto, NETTO), (chart.ram, RAM))):
            amount = series[index]
            if amount is None:
                continue
            x0 = x + offset * bar
            upper, lower = y_of(max(amount, 0)), y_of(min(amount, 0))
            draw.rectangle([(x0, upper), (x0 + bar - 6, lower)], fill=colour)
        draw.text(
            (left + slot * index + slot / 2, bottom + 18),
            str(year),
            fill=INK,
            font=label,
            anchor="mt",
        )
    draw.line([(left, y_of(0)), (right, y_of(0))], fill=INK, width=3)
    keys = [("Nettokostnad", NETTO)]
    if any(r is not None for r in chart.ram):  # no ram from KF: no key for it
        keys.append(("KF:s ram", RAM))
    for index, (name, colour) in enumerate(keys):
        x = right - 520 + index * 280
        draw.rectangle([(x, 30), (x + 30, 58)], fill=colour)
        draw.text((x + 42, 44), name, fill=INK, font=label, anchor="lm")
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()

"""The net-cost chart as a PNG picture for Word (Pillow, which reportlab already needs)."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw, ImageFont

from vplan_desktop.exports.content import Chart
from vplan_desktop.formatting import format_number
from vplan_desktop.paths import resource

WIDTH, HEIGHT = 1600, 700
NETTO, RAM, INK, GRID = "#1a4f7a", "#b7c7d6", "#1f2a36", "#d5dde5"


def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(str(resource(f"fonts/{name}")), size)


def chart_png(chart: Chart) -> bytes:
    image = Image.new("RGB", (WIDTH, HEIGHT), "white")
    draw = ImageDraw.Draw(image)
    left, right, top, bottom = 170, WIDTH - 40, 90, HEIGHT - 80
    values = [v for v in (*chart.netto, *chart.ram) if v is not None]
    top_value = max([*values, 1]) * 1.1
    label = _font(26)
    for step in range(6):
        value = top_value * step / 5
        y = bottom - (bottom - top) * step / 5
        draw.line([(left, y), (right, y)], fill=GRID, width=2)
        text = format_number(int(round(value, -2)))
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
            height = (bottom - top) * amount / top_value
            x0 = x + offset * bar
            draw.rectangle([(x0, bottom - height), (x0 + bar - 6, bottom)], fill=colour)
        draw.text(
            (left + slot * index + slot / 2, bottom + 18),
            str(year),
            fill=INK,
            font=label,
            anchor="mt",
        )
    draw.line([(left, bottom), (right, bottom)], fill=INK, width=3)
    draw.text((left, 24), chart.title, fill=INK, font=_font(30, bold=True))
    for index, (name, colour) in enumerate((("Nettokostnad", NETTO), ("KF:s ram", RAM))):
        x = right - 520 + index * 280
        draw.rectangle([(x, 30), (x + 30, 58)], fill=colour)
        draw.text((x + 42, 44), name, fill=INK, font=label, anchor="lm")
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()

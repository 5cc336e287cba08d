"""The net-cost chart as the PDF draws it (reportlab graphics): nettokostnad and KF's ram per
plan year, the value axis labelled as vplan writes numbers ("100 000", "0,5")."""

from __future__ import annotations

from decimal import Decimal

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from vplan_desktop.exports.blocks import Chart
from vplan_desktop.exports.fonts import FONT
from vplan_desktop.formatting import MINUS, format_number

INK = colors.HexColor("#1f2a36")
NETTO = colors.HexColor("#1a4f7a")
RAM = colors.HexColor("#b7c7d6")


def axis_label(value: float) -> str:
    """A value axis label: "100 000", "0,5" (a table in mnkr has steps under one), "−50"."""
    number = Decimal(str(round(value, 6))).normalize()
    return format_number(number, minus=MINUS)


def chart_drawing(chart: Chart, width: float) -> Drawing:
    """The bars, their legend and the chart's title, ``width`` points wide."""
    height = 70 * mm
    drawing = Drawing(width, height)
    bars = VerticalBarChart()
    bars.x, bars.y = 48, 20
    bars.width, bars.height = width - 70, height - 52
    bars.data = [[v or 0 for v in chart.netto], [v or 0 for v in chart.ram]]
    values = [*bars.data[0], *bars.data[1]]
    top, bottom = max([*values, 1]), min([*values, 0])
    bars.valueAxis.valueMin = bottom * 1.1
    bars.valueAxis.valueMax = top * 1.1
    bars.valueAxis.labels.fontName = FONT
    bars.valueAxis.labels.fontSize = 7
    bars.valueAxis.labelTextFormat = axis_label  # "100 000", as every number vplan writes
    bars.categoryAxis.categoryNames = [str(y) for y in chart.years]
    bars.categoryAxis.labels.fontName = FONT
    bars.categoryAxis.labels.fontSize = 8
    bars.categoryAxis.labelAxisMode = "low"  # the years under the chart, below any negative bar
    bars.bars[0].fillColor = NETTO
    bars.bars[1].fillColor = RAM
    bars.groupSpacing = 12
    drawing.add(bars)
    legend = Legend()
    legend.x, legend.y = width - 120, height - 4
    legend.fontName = FONT
    legend.fontSize = 8
    legend.colorNamePairs = [(NETTO, "Nettokostnad")] + (
        [(RAM, "KF:s ram")] if any(r is not None for r in chart.ram) else []
    )
    legend.alignment = "right"
    drawing.add(legend)
    drawing.add(
        String(0, height - 8, chart.title, fontName=f"{FONT}-Bold", fontSize=9, fillColor=INK)
    )
    return drawing

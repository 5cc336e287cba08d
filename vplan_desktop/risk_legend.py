"""The risk bands as a legend: each band's name and the risk values it covers, so a risk is
never told by its colour alone (WCAG 1.4.1) – in the exports and in the app alike."""

from __future__ import annotations

from dataclasses import dataclass

from vplan_desktop import domain as d
from vplan_desktop.colours import text_colour_on


@dataclass(frozen=True, slots=True)
class LegendEntry:
    namn: str
    fran: int
    till: int
    farg: str
    text_farg: str
    """Black or white, whichever reads better on ``farg``."""

    @property
    def range_text(self) -> str:
        """ "1–3", or "16" for a band of one value."""
        return str(self.fran) if self.fran == self.till else f"{self.fran}–{self.till}"


def legend(scale: d.RiskScale) -> list[LegendEntry]:
    """The bands in order with the risk values each covers (1 to storlek²); a band that
    covers no value (its limit at or below the one before) is left out."""
    entries: list[LegendEntry] = []
    low = 1
    top = scale.storlek * scale.storlek
    for number, band in enumerate(scale.band):
        # The last band takes every value above the one before, as ``band_for`` does.
        high = top if number == len(scale.band) - 1 else min(band.till_och_med, top)
        if high >= low:
            entries.append(LegendEntry(band.namn, low, high, band.farg, text_colour_on(band.farg)))
            low = high + 1
    return entries


def legend_sentence(scale: d.RiskScale) -> str:
    """ "Riskvärdena delas in i Låg (1–3), Måttlig (4–6), Hög (7–9) och Mycket hög (10–16)." """
    parts = [f"{e.namn} ({e.range_text})" for e in legend(scale)]
    if not parts:
        return ""
    listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " och " + parts[-1]
    return f"Riskvärdena delas in i {listed}."

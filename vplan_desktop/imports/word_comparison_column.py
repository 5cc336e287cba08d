"""A column of comparison figures in an indicator table: "Riket 2025", "Länet 2025", "Sverige",
"Regionen", "Jämförbara kommuner", "Kommungruppen", "Rikssnitt". Swedish plans set the
nämnd's own figures beside the country's, the län's or similar kommuner's to show where the
kommun stands; such a column holds another body's figures, never the nämnd's nuläge, outcome or
target, even when its header names a year before the plan. Its cells are kept as the
indicator's other text ("Riket 2025: 87 %")."""

from __future__ import annotations

import re

_COMPARISON = re.compile(
    r"^(?:jämförelse(?:värde)?\s*:?\s*)?(?:(?:snitt|genomsnitt|medel(?:värde)?)\s+(?:i\s+)?)?"
    r"(?:riket|rikets|rikssnitt|riksgenomsnitt|riksnivå|sverige|hela\s+landet|länet|länets|"
    r"länssnitt|länsgenomsnitt|regionen|regionens|"
    r"(?:jämförbara|liknande|likartade|strukturlika)\s+kommuner|kommungrupp(?:en)?|"
    r"alla\s+kommuner|(?:övriga\s+)?kommuner\s+i\s+länet)\b",
    re.IGNORECASE,
)


def comparison_column(header: str) -> bool:
    """The header names a comparison with another body's figures ("Riket 2025", "Länet",
    "Snitt liknande kommuner 2024"), not the nämnd's own."""
    return _COMPARISON.match(" ".join(header.split()).strip(" :")) is not None

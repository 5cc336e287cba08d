"""The words a plan heads its indicators' name column with: "Indikator", "Mått", "Nyckeltal"
and the like, and "Servicenivå" in a plan whose goals are service commitments ("Åtagande: …"
over a table of the levels the service is to keep, each level measured as an indicator is)."""

from __future__ import annotations

NAME_WORDS = (
    "indikator",
    "mätmetod",
    "mätetal",
    "nyckeltal",
    "mått",
    "resultatmått",
    "servicenivå",
    "styrtal",
)
"""Words in the header of the column naming the indicators (lower case, found in the header)."""

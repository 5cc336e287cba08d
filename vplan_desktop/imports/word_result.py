"""What the Word import understood: the plan it would create (as vplan's JSON), the front matter,
the reading it used (``Tolkning``), and per block of the source what that block became."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from vplan_desktop.imports.word_blocks import Source
from vplan_desktop.imports.word_tolkning import Tolkning


class Became(StrEnum):
    """What a block of the source became: the marker beside it in the review."""

    KAPITEL = "Kapitel"
    RUBRIK = "Rubrik i kapitel"
    TEXT = "Kapiteltext"
    MALOMRADE = "Målområde"
    MAL = "Mål"
    INDIKATOR = "Indikator"
    AKTIVITETER = "Aktiviteter"
    DRIFT = "Driftbudget"
    RESULTAT = "Resultaträkning"
    INVESTERINGAR = "Investeringar"
    NYCKELTAL = "Nyckeltal"
    INTERNKONTROLL = "Internkontroll"
    UPPFOLJNING = "Uppföljning"
    FORSATTSBLAD = "Försättsblad"
    STRUKTUR = "Planens del"
    NOT = "Fotnot"
    BILD = "Bild"


@dataclass(frozen=True, slots=True)
class Outcome:
    became: Became
    text: str
    """What it became, in a sentence ("Målet ”Fler i arbete” med 3 indikatorer")."""
    warning: str = ""
    """Something the user should look at ("Summaraden stämmer inte: 1 234 mot 1 243")."""


@dataclass
class WordImport:
    """What was read from the document, and the report of what it became."""

    namnd: str = ""
    titel: str = ""
    kommun: str = ""
    forsta_ar: int | None = None
    sista_ar: int | None = None
    ordforande: str = ""
    forvaltningschef: str = ""
    diarienummer: str = ""
    report: list[str] = field(default_factory=list)
    """The report, one line per thing understood, warnings and comments included."""
    data: dict[str, Any] = field(default_factory=dict)
    """The plan to create, as vplan's JSON interchange format."""
    source: Source | None = None
    tolkning: Tolkning = field(default_factory=Tolkning)
    """The reading used: every table's kind, header rows, columns and groups, every
    heading's level, the front matter – the guesses with the user's corrections applied."""
    outcomes: dict[int, Outcome] = field(default_factory=dict)
    """Block index → what it became."""
    warnings: list[str] = field(default_factory=list)

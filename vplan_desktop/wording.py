"""Swedish counts with the right number: "1 varning", "2 varningar", "1 fel", "3 ändringar"."""

from __future__ import annotations

PLURALS = {
    "varning": "varningar",
    "fel": "fel",
    "tips": "tips",
    "ändring": "ändringar",
    "cell": "celler",
    "rad": "rader",
    "indikator": "indikatorer",
    "kontrollpunkt": "kontrollpunkter",
    "aktivitet": "aktiviteter",
    "nämndsmål": "nämndsmål",
    "mål": "mål",
    "verksamhet": "verksamheter",
    "investering": "investeringar",
    "nyckeltal": "nyckeltal",
    "nettobelopp": "nettobelopp",
    "år": "år",
    "bild": "bilder",
    "projekt": "projekt",
    "projektgrupp": "projektgrupper",
    "summarad": "summarader",
    "kapitel": "kapitel",
    "tabell": "tabeller",
    "kommentar": "kommentarer",
    "plan": "planer",
}
"""The plural of each noun vplan counts (those that stay the same are listed too, so a new
noun is added here on purpose rather than guessed)."""


def count(number: int, noun: str) -> str:
    """``number`` and ``noun`` in singular for 1 and plural otherwise: "1 varning", "0 fel"."""
    return f"{number} {noun if number == 1 else PLURALS[noun]}"


def clipped(text: str, width: int) -> str:
    """``text`` cut to ``width`` characters, with "…" where it was cut."""
    text = text.strip()
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"

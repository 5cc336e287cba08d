"""A plan sent to its nämnd inside a tjänsteskrivelse: the förvaltning's letter to the nämnd
("Tjänsteskrivelse", "Förslag till beslut", "Ärendet", "Beslutsunderlag", "Beslutet skickas
till") holds the plan in its part "Ärendet" (or "Ärendebeskrivning"). The plan's headings there
count their levels from that part: its highest headings are the plan's chapters, however deep
the letter put them. The letter's own parts before and after it stay chapters of their own (no
text is lost); the letter's label "Ärende:" before the plan's title is no part of the title."""

from __future__ import annotations

import re

from vplan_desktop.imports.word_blocks import Block
from vplan_desktop.imports.word_result import Became, Outcome, WordImport

_OWN_PARTS = re.compile(
    r"^(?:tjänsteskrivelse|förslag till beslut|beslutsförslag|beslutsunderlag|"
    r"beslutet (?:ska )?(?:skickas|expedieras) till|expedieras till|ärendet|ärendebeskrivning|"
    r"beskrivning av ärendet)$",
    re.IGNORECASE,
)
"""The lines only a tjänsteskrivelse has: its name and the headings of its parts."""

_CASE = re.compile(r"^(?:ärendet|ärendebeskrivning|beskrivning av ärendet)$", re.IGNORECASE)
"""The part of a tjänsteskrivelse that holds the matter itself: here, the plan."""

_LABEL = re.compile(
    r"^\s*(?:ärende|ärendemening|ärendets rubrik)(?:\s*[:：]|\s+[–-])\s*(?=\S)", re.IGNORECASE
)
"""A tjänsteskrivelse's label before the name of its matter ("Ärende: Verksamhetsplan …")."""


def _key(text: str) -> str:
    return " ".join(text.strip().rstrip(":：").split()).lower()


def is_tjansteskrivelse(blocks: list[Block]) -> bool:
    """Two or more of a tjänsteskrivelse's own lines, the part holding the matter among them."""
    own = {_key(b.text) for b in blocks if len(b.text) <= 40 and _OWN_PARTS.match(_key(b.text))}
    return len(own) >= 2 and any(_CASE.match(k) for k in own)


def case_heading(blocks: list[Block], levels: dict[int, int]) -> int | None:
    """The heading of a tjänsteskrivelse's part holding the plan; None in any other document."""
    if not is_tjansteskrivelse(blocks):
        return None
    return next((i for i in sorted(levels) if _CASE.match(_key(blocks[i].text))), None)


def case_levels(blocks: list[Block], levels: dict[int, int]) -> dict[int, int]:
    """``levels`` with the headings inside a tjänsteskrivelse's "Ärendet" raised so that its
    highest are chapters (level 1); the part's own heading stays at its level and names the
    text, if any, under it before the plan's first heading."""
    case = case_heading(blocks, levels)
    if case is None:
        return levels
    inside: list[int] = []
    for index in sorted(levels):
        if index <= case:
            continue
        if levels[index] <= levels[case]:
            break
        inside.append(index)
    if not inside:
        return levels
    top = min(levels[i] for i in inside)
    return levels | {i: levels[i] - top + 1 for i in inside}


def case_title(text: str) -> str:
    """A title without the tjänsteskrivelse's label before it ("Ärende: Verksamhetsplan med
    budget 2027" → "Verksamhetsplan med budget 2027")."""
    return _LABEL.sub("", text, count=1)


def note_case_part(result: WordImport, blocks: list[Block], levels: dict[int, int]) -> None:
    """The import's report names a tjänsteskrivelse's "Ärendet" with no text of its own before
    the plan's first heading as the part holding the plan (not as a heading over tables)."""
    case = case_heading(blocks, levels)
    if case is None or (outcome := result.outcomes.get(case)) is None:
        return
    if outcome.became is Became.STRUKTUR:
        what = f"Tjänsteskrivelsens del ”{blocks[case].text.strip()}”: planen står under den"
        result.outcomes[case] = Outcome(Became.STRUKTUR, what)

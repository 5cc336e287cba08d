"""A table linking fullmäktige's goals to the nämnd's by number: "KF-mål | Nämndens mål", a
row per KF goal ("KF1 Fler invånare försörjer sig …" | "N1, N2, N3"), the second column only
the numbers of the nämnd's goals that serve it, the goals themselves written further on ("Mål
N1: …"). Each row is a KF goal (its typed number its number, not its words), and the nämndsmål
of each number named beside it goes under it when it is read."""

from __future__ import annotations

import re

from vplan_desktop.db.enums import MalNiva
from vplan_desktop.imports.word_blocks import Block, BlockKind
from vplan_desktop.imports.word_build import Builder
from vplan_desktop.imports.word_result import Became
from vplan_desktop.wording import clipped
from vplan_desktop.wording import count as count_of

__all__ = ["kf_links", "read_kf_links"]

_KF_HEADER = re.compile(
    r"^(?:kf-mål|kf:s\s+mål|kommunfullmäktiges\s+(?:mål|inriktningsmål|strategiska\s+mål)|"
    r"fullmäktiges\s+mål|kommunens\s+mål|inriktningsmål|strategiska\s+mål)\s*:?$",
    re.IGNORECASE,
)
_NAMND_HEADER = re.compile(
    r"^(?:nämndens\s+mål|nämndsmål|nämndmål|bidragande\s+(?:nämnds)?mål)\b.{0,40}$", re.IGNORECASE
)
_NUMBER = r"(?:[A-ZÅÄÖ]{1,3}\s?)?\d{1,2}(?:\.\d{1,2})*[a-z]?"
_NUMBERS = re.compile(
    rf"^(?:mål\s+)?(?P<first>{_NUMBER})(?:\s*(?:,|;|&|och)\s*(?:mål\s+)?{_NUMBER})*\.?$",
    re.IGNORECASE,
)
_BETWEEN = re.compile(r"\s*(?:[,;&]|\boch\b)\s*", re.IGNORECASE)
_TYPED = re.compile(
    r"^(?P<kod>(?:[A-ZÅÄÖ]{1,3}\s?)?\d{1,2}(?:\.\d{1,2})*)[.:)]?\s+(?P<text>[A-ZÅÄÖ].*)$"
)
"""A KF goal's number typed before its words: "KF1 Fler invånare …", "2. Alla …"."""


def _code(text: str) -> str:
    return text.replace(" ", "")  # "KF 1" is "KF1"


def kf_links(block: Block) -> list[tuple[str, str, list[str]]] | None:
    """(number, goal, the nämndsmål's numbers) per row of a table linking KF's goals to the
    nämnd's by number; None for any other table."""
    if block.kind is not BlockKind.TABLE or block.width != 2 or len(block.rows) < 2:
        return None
    head, numbers_head = (c.text.strip() for c in block.rows[0])
    if not _KF_HEADER.match(head) or not _NAMND_HEADER.match(numbers_head):
        return None
    out = []
    for goal, numbers in block.rows[1:]:
        text, listed = " ".join(goal.text.split()), " ".join(numbers.text.split())
        if not text and not listed:
            continue
        if goal is numbers or not text or not _NUMBERS.match(listed):
            return None
        kod = ""
        if typed := _TYPED.match(text):
            kod, text = _code(typed.group("kod")), typed.group("text").strip()
        bare = re.sub(r"(?i)\bmål\s+", "", listed).rstrip(".")
        codes = [_code(n) for n in _BETWEEN.split(bare) if n]
        out.append((kod, text, codes))
    return out or None


def read_kf_links(b: Builder, block: Block, path: list[str]) -> bool:
    """Reads ``block`` as KF's goals linked to the nämnd's by number; False (nothing read)
    for any other table."""
    rows = kf_links(block)
    if rows is None:
        return False
    area = b.current_area or b.area(path[-1] if path else "Mål")
    b.current_area, b.current_goal = area, None
    for kod, text, codes in rows:
        goal = b.goal(area, MalNiva.KF, kod, text)
        for code in codes:
            b.linked[code] = goal
    names = ", ".join(f"”{clipped(text, 40)}”" for _, text, _ in rows[:3])
    what = f"Kommunfullmäktiges {count_of(len(rows), 'mål')} {names} med nämndens mål under dem"
    b.became(block.index, Became.MAL, what)
    return True

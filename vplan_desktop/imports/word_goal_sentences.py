"""Goals written as yearly sentences in the prose under a målområde's heading: "Mål 2027: Alla
elever … Mål 2028: …", one paragraph per year or all in one. They become one goal with its
target in words per year."""

from __future__ import annotations

import re

from vplan_desktop.imports.word_blocks import Block, BlockKind
from vplan_desktop.markdown import Run

SENTENCE = re.compile(r"(?:^|(?<=[\s.;]))Mål\s+((?:19|20)\d\d)\s*[:–-]\s*", re.IGNORECASE)


def yearly_goals(text: str) -> dict[int, str]:
    """{2027: "Alla elever …", 2028: "…"} for a paragraph of yearly goal sentences; {} for a
    paragraph that does not start with one."""
    found = list(SENTENCE.finditer(text))
    if not found or found[0].start() != 0:
        return {}
    out: dict[int, str] = {}
    for number, match in enumerate(found):
        end = found[number + 1].start() if number + 1 < len(found) else len(text)
        sentence = text[match.end() : end].strip()
        if sentence:
            out[int(match.group(1))] = sentence
    return out


def bold_phrases(runs: tuple[Run, ...]) -> list[str]:
    """The goals a sentence marks in bold ("Nämnden vill att **andelen elever med examen ska
    öka** under perioden"): each bold phrase of at least three words after plain words (a
    bold label opening the paragraph is no goal); [] for any other paragraph."""
    phrases: list[str] = []
    current: list[str] = []
    plain = False
    before = ""  # the plain text just before the phrase
    for run in [*runs, Run("")]:
        if run.bold and run.text.strip():
            current.append(run.text)
            continue
        if run.bold or (not run.text.strip() and current and run.text):
            current.append(run.text)  # a space between two bold runs
            continue
        if current:  # a phrase inside a sentence, not a bold label ("Följs upp genom: …")
            raw = "".join(current)
            phrase = " ".join(raw.split()).strip(" .,;:")
            label = raw.rstrip().endswith(":") or run.text.lstrip().startswith(":")
            inside = plain and not before.rstrip(" \t").endswith("\n") and not label
            if inside and len(phrase.split()) >= 3 and len(phrase) <= 300:
                phrases.append(phrase)
            current = []
        plain = plain or bool(run.text.strip())
        before = run.text
    return phrases if plain else []


def phrases_under(blocks: list[Block], index: int, levels: dict[int, int], level: int) -> bool:
    """The heading at ``index`` has sentences with bold goal phrases under it (before the next
    heading): it is their målområde, not a goal."""
    for block in blocks[index + 1 :]:
        if block.index in levels:
            return False
        if block.kind is BlockKind.PARAGRAPH and bold_phrases(block.runs):
            return True
    return False

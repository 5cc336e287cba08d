"""Goals written as yearly sentences in the prose under a målområde's heading: "Mål 2027: Alla
elever … Mål 2028: …", one paragraph per year or all in one. They become one goal with its
target in words per year."""

from __future__ import annotations

import re

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

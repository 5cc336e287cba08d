"""A goal's assessment stated as the summing-up sentence of a paragraph of analysis rather than
its first sentence: "Hemtjänsten arbetar … Sammantaget bedöms målet vara delvis uppfyllt.",
"… Bedömningen efter första tertialet är att målet är delvis uppfyllt." The sentence opens with
a summing word ("Sammantaget", "Sammanfattningsvis", "Därmed", "Totalt sett") before
"bedöms", or names when the assessment is made ("Bedömningen efter första tertialet är att");
it must name the goal ("målet"). Such a sentence is rewritten into the plain form the prose
rule reads ("Bedöms målet vara delvis uppfyllt.", "Bedömningen är att målet är …")."""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["plain_sentence", "summing_sentences"]

_SUMMING = re.compile(
    r"^(?:sammantaget|sammanfattningsvis|sammanvägt|samlat|sammantaget\s+sett|totalt\s+sett|"
    r"därmed|därför|utifrån\s+detta|mot\s+(?:den|denna)\s+bakgrund)\s*,?\s+(?=bedöm)",
    re.IGNORECASE,
)
_WHEN = re.compile(
    r"^(?P<head>(?:den\s+samlade\s+|vår\s+|nämndens\s+)?bedömningen)"
    r"(?:\s+(?!är\b)[\wåäö–-]+){1,5}?\s+(?=är\s+att\b)",
    re.IGNORECASE,
)
_PLAIN = re.compile(r"^(?:målet\s+bedöms|bedöms\s+målet|bedömningen\s+är\s+att)\b", re.I)
_GOAL = re.compile(r"\bmålet\b", re.IGNORECASE)


def plain_sentence(sentence: str) -> str:
    """The sentence without its summing word ("Sammantaget bedöms målet …" → "bedöms målet
    …") or the time of the assessment ("Bedömningen efter första tertialet är att …" →
    "Bedömningen är att …"); the sentence as it is otherwise."""
    line = " ".join(sentence.split())
    line = _SUMMING.sub("", line, count=1)
    if found := _WHEN.match(line):
        line = f"{found.group('head')} {line[found.end() :]}"
    return line


def summing_sentences(text: str) -> Iterator[str]:
    """The sentences after the first of a paragraph that sum it up by assessing the goal
    (opened by a summing word, "Bedömningen … är att" or "Målet bedöms"), in their plain
    form."""
    sentences = re.split(r"(?<=[.!?])\s+", " ".join(text.split()))
    for sentence in sentences[1:]:
        plain = plain_sentence(sentence)
        if (plain != sentence or _PLAIN.match(plain)) and _GOAL.search(plain):
            yield plain

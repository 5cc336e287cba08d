"""An activity's status saying it was dropped, neither done nor put off: "Utgår", "Utgått",
"Avbruten", "Avbryts", "Stryks", "Struken", "Läggs ner", perhaps followed by why ("Utgår –
ersätts av …"). In a plan the activity is "avslutat", in a follow-up "avbruten"."""

from __future__ import annotations

import re

__all__ = ["dropped", "dropped_word"]

_WORD = (
    r"(?:utgår|utgått|utgick|avbr(?:uten|utet|utna|yts|öts)|stryks|struken|struket|strukits"
    r"|läggs\s+ned|läggs\s+ner|nedlagd|nedlagt|har\s+lagts\s+ne[dr])"
)
_DROPPED = re.compile(rf"^{_WORD}(?:\s*[.,:;(–—-].*)?$", re.IGNORECASE | re.DOTALL)
_BARE = re.compile(rf"^{_WORD}\.?$", re.IGNORECASE)


def dropped(text: str) -> bool:
    """The status ``text`` says the activity was dropped, perhaps with why after it."""
    return _DROPPED.match(" ".join(text.split())) is not None


def dropped_word(text: str) -> bool:
    """The status ``text`` is the word for dropped alone ("Utgår"): nothing more to keep."""
    return _BARE.match(" ".join(text.split())) is not None

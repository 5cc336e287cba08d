"""Tables of quantities, not money: a "Verksamhetsmått" table whose rows are named with units of
quantity ("Kommunala gator och vägar, km", "Skött parkmark, hektar", "Levererat dricksvatten,
tusen m³", "Anslutna fastigheter, antal", "Serverade måltider per skoldag") holds key figures,
even under the columns of a budget ("Utfall 2024 | Budget 2026"). A budget's rows are
verksamheter and kinds of cost, never counted in km or per day."""

from __future__ import annotations

import re

from vplan_desktop.imports.word_blocks import Block

_UNIT = (
    r"(?:km|mil|meter|m|m²|m2|m³|m3|kvm|kvadratmeter|kubikmeter|ha|hektar|kg|ton|liter|"
    r"kwh|mwh|gwh|st|styck|antal|timmar|tim|dagar|platser|personer|årsarbetare|årsverken)"
)
_QUANTITY = re.compile(
    rf"(?:,|\(|\bi\b)\s*(?:tusen|tusental|milj\.?|miljoner)?\s*{_UNIT}\s*\)?\s*$"
    r"|^antal\b"
    r"|\bper\s+(?:dag|skoldag|vardag|dygn|vecka|månad|år|invånare|elev|barn|hushåll|brukare)\b",
    re.IGNORECASE,
)
"""A row name carrying a unit of quantity: at its end after a comma or in parentheses, "Antal
…" before it, or "per skoldag" in it."""
MEASURES = re.compile(
    r"\b(?:verksamhets|volym|prestations|produktions)mått\b|\bvolymer\b", re.IGNORECASE
)
"""Words naming a table of the verksamhet's volumes ("Verksamhetsmått", "Volymmått"); not a
goal's "mått" or "mätetal", which are its indicators."""
_MONEY = re.compile(r"\b(?:tkr|kkr|mnkr|mkr|kronor|kr|tusentals kronor|miljoner kronor)\b", re.I)


def is_quantity(name: str) -> bool:
    """The row's name carries a unit of quantity."""
    return _QUANTITY.search(" ".join(name.split())) is not None


def quantity_rows(block: Block, words: str) -> bool:
    """Most of the table's rows (over half, at least two) are named with a unit of quantity
    and neither its column names, caption nor headings (``words``) speak of money."""
    if _MONEY.search(words) or _MONEY.search(" ".join(c.text for c in block.rows[0])):
        return False
    names = [block.rows[r][0].text for r in range(1, len(block.rows)) if block.rows[r][0].text]
    counted = sum(1 for n in names if is_quantity(n))
    return counted >= 2 and counted * 2 > len(names)

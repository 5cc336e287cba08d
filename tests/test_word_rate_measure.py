"""The corpus measure's reading of printed figures (tests/word_rate_texts.py): a negative
amount in parentheses is the plan's negative amount, and a target with its unit in words
("max 10 dagar") is the plan's target with its comparison and unit – neither is a lost text;
the same texts are lost when the plan holds another figure or no such unit."""

from __future__ import annotations

from decimal import Decimal

from tests.word_rate_texts import lost_texts, number
from tests.word_shapes_model import Expected, Front

FRONT = Front("Nämnden", "Kommunen", 2027, 2027)


def test_a_negative_amount_in_parentheses() -> None:
    assert number("(18 240)") == (Decimal(-18240), "")
    assert number("( 1 234,5 )") == (Decimal("-1234.5"), "")
    assert number("18 240") == (Decimal(18240), "")
    assert number("(se nedan)") is None
    assert number("(-5)") is None  # a sign inside the brackets is no way to print an amount


def test_printed_figures_the_plan_holds_are_not_lost() -> None:
    plan = " ¶ ".join(["-18240", "10", "högst", "dagar", "Tid till bekräftelse"])
    sources = ["(18 240)", "max 10 dagar", "Tid till bekräftelse"]
    assert lost_texts(sources, plan, Expected("t", FRONT)) == []
    other = " ¶ ".join(["-18250", "10", "högst", "Tid till bekräftelse"])
    assert lost_texts(sources, other, Expected("t", FRONT)) == ["(18 240)", "max 10 dagar"]

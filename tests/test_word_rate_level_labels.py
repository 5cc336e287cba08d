"""The corpus measure's reading of a goal level's label (tests/word_rate_texts.py): a heading
that puts the level's word before the name without a colon ("Målområde Lärande", "Perspektiv
Ekonomi", "2.1 Fokusområde Trygghet") is the label and the name of a målområde or goal the
plan holds, as "Målområde: Lärande" is — not a lost text. The same heading is lost when the
plan holds the name only as words of a text, or not at all."""

from __future__ import annotations

from tests.word_rate_texts import lost_texts
from tests.word_shapes_model import Expected, Front

FRONT = Front("Nämnden", "Kommunen", 2027, 2027)
HEADINGS = ["Målområde Lärande", "Perspektiv Ekonomi", "2.1 Fokusområde Trygghet i skolan"]
PLAN = " ¶ ".join(["Lärande", "Ekonomi", "Trygghet i skolan", "Eleverna når kunskapskraven."])
NAMES = ["Lärande", "Ekonomi", "Trygghet i skolan"]


def test_a_level_word_before_a_name_the_plan_holds_is_a_label() -> None:
    assert lost_texts(HEADINGS, PLAN, Expected("t", FRONT), NAMES) == []


def test_a_level_word_before_a_name_the_plan_does_not_hold_as_a_level_is_lost() -> None:
    # the names are in the plan's text, but no målområde or goal has them
    assert lost_texts(HEADINGS, PLAN, Expected("t", FRONT)) == HEADINGS
    assert lost_texts(HEADINGS, PLAN, Expected("t", FRONT), ["Lärande"]) == HEADINGS[1:]


def test_a_heading_with_more_than_the_name_is_still_read_as_words() -> None:
    sources = ["Målområde Lärande och hälsa", "Målområde Lärande"]
    lost = lost_texts(sources, PLAN, Expected("t", FRONT), ["Lärande"])
    assert lost == ["Målområde Lärande och hälsa"]

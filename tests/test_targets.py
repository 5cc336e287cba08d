"""Targets that compare ("≥ 95 %", "högst 2"): read from what a secretary types, written back
the Swedish way, kept by the services with their undo, and refused where only a målnivå may
compare. Texts that merely begin with such a word stay texts."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.plan_builders import goal_with_indicator
from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import Jamforare, VardeSlag
from vplan_desktop.errors import InputError
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import items, values
from vplan_desktop.services.read import read_change, read_plan
from vplan_desktop.targets import SIGNS, format_target, parse_target

NBSP = "\u00a0"


# --- reading and writing a target ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "value", "jamforare"),
    [
        ("≥ 95", Decimal(95), Jamforare.MINST),
        ("minst 95", Decimal(95), Jamforare.MINST),
        ("Minst 90 %", Decimal(90), Jamforare.MINST),
        (">=95", Decimal(95), Jamforare.MINST),
        ("mer än 95 %", Decimal(95), Jamforare.MER_AN),
        ("> 95", Decimal(95), Jamforare.MER_AN),
        ("högst 2", Decimal(2), Jamforare.HOGST),
        ("≤ 1 307,5", Decimal("1307.5"), Jamforare.HOGST),
        ("< 5", Decimal(5), Jamforare.MINDRE_AN),
        ("under 5 %", Decimal(5), Jamforare.MINDRE_AN),
        ("= 0", Decimal(0), Jamforare.LIKA_MED),
        ("minst -2,5", Decimal("-2.5"), Jamforare.MINST),
        (f"≥{NBSP}95{NBSP}%", Decimal(95), Jamforare.MINST),  # as vplan writes it
        ("75", Decimal(75), None),
        ("", None, None),
        ("   ", None, None),
    ],
)
def test_a_typed_target_is_read(typed: str, value: d.Value, jamforare: Jamforare | None) -> None:
    assert parse_target(typed) == (value, jamforare)


@pytest.mark.parametrize(
    "typed",
    [
        "inom 2 veckor",
        "Mer än hälften",
        "Öka med 10 %",
        "Öka",
        "minst 95 st",  # a unit other than % is part of a text
        "Under arbete",
        "högst två",
    ],
)
def test_a_text_that_begins_like_a_comparison_stays_text(typed: str) -> None:
    assert parse_target(typed) == (typed, None)
    assert format_target(typed, None, "%") == typed


@pytest.mark.parametrize(
    ("value", "jamforare", "unit", "written"),
    [
        (Decimal(95), Jamforare.MINST, "%", f"≥{NBSP}95{NBSP}%"),
        (Decimal(2), Jamforare.HOGST, "", f"≤{NBSP}2"),
        (Decimal(95), Jamforare.MER_AN, "%", f">{NBSP}95{NBSP}%"),
        (Decimal(5), Jamforare.MINDRE_AN, "st", f"<{NBSP}5"),
        (Decimal(1307), Jamforare.LIKA_MED, "", f"={NBSP}1{NBSP}307"),
        (Decimal(75), None, "%", f"75{NBSP}%"),
        ("Öka", Jamforare.MINST, "%", "Öka"),  # a comparison only before a number
        (None, Jamforare.MINST, "%", ""),
    ],
)
def test_a_target_is_written(
    value: d.Value, jamforare: Jamforare | None, unit: str, written: str
) -> None:
    assert format_target(value, jamforare, unit) == written


@pytest.mark.parametrize("jamforare", list(Jamforare))
def test_every_comparison_written_reads_back_the_same(jamforare: Jamforare) -> None:
    written = format_target(Decimal("35.71"), jamforare, "%")
    assert written.startswith(SIGNS[jamforare])
    assert parse_target(written) == (Decimal("35.71"), jamforare)


def test_a_very_long_text_stays_text_and_is_read_at_once() -> None:
    huge = "minst " + "9" * 100_000
    assert parse_target(huge) == (huge, None)  # too many digits for a number: a text
    many = "≥ " * 50_000 + "5"
    assert parse_target(many) == (many.strip(), None)


def test_control_characters_do_not_break_reading() -> None:
    assert parse_target("minst\t95\n") == (Decimal(95), Jamforare.MINST)  # spaces of a kind
    assert parse_target("\x00") == (None, None)  # nothing left once the character goes


def test_a_control_character_does_not_make_a_text_that_looks_like_a_comparison() -> None:
    # Pasted from a spreadsheet with a stray control character: the plan stores the text
    # without it ("≥ 95"), which would then look like a comparison but not be one.
    assert parse_target("≥ 95\x07") == (Decimal(95), Jamforare.MINST)


# --- the services ----------------------------------------------------------------------------


def test_a_target_that_compares_is_kept_and_undo_brings_back_the_old_one(
    doc: PlanDocument,
) -> None:
    indicator = goal_with_indicator(doc)
    values.set_indicator_value(
        doc, indicator, VardeSlag.MALNIVA, 2027, Decimal(90), Jamforare.HOGST
    )
    before = read_plan(doc)
    change = values.set_indicator_value(
        doc, indicator, VardeSlag.MALNIVA, 2027, *parse_target("minst 95")
    )
    after = read_change(doc, before, change)
    assert after == read_plan(doc)
    shown = after.indikatorer[0]
    assert (shown.malnivaer, shown.jamforare) == ({2027: Decimal(95)}, {2027: Jamforare.MINST})
    assert format_target(shown.malnivaer[2027], shown.jamforare[2027], "%") == f"≥{NBSP}95{NBSP}%"

    undone = change.undo(doc)
    restored = read_plan(doc).indikatorer[0]
    assert (restored.malnivaer, restored.jamforare) == (
        {2027: Decimal(90)},
        {2027: Jamforare.HOGST},
    )
    undone.undo(doc)  # redo
    assert read_plan(doc).indikatorer[0].jamforare == {2027: Jamforare.MINST}


def test_a_target_without_a_comparison_clears_the_old_one(doc: PlanDocument) -> None:
    indicator = goal_with_indicator(doc)
    values.set_indicator_value(
        doc, indicator, VardeSlag.MALNIVA, 2027, Decimal(95), Jamforare.MINST
    )
    change = values.set_indicator_value(doc, indicator, VardeSlag.MALNIVA, 2027, Decimal(96))
    assert read_plan(doc).indikatorer[0].jamforare == {}
    emptied = values.set_indicator_value(doc, indicator, VardeSlag.MALNIVA, 2027, None)
    assert read_plan(doc).indikatorer[0].malnivaer == {}
    emptied.undo(doc)
    change.undo(doc)
    shown = read_plan(doc).indikatorer[0]
    assert (shown.malnivaer, shown.jamforare) == ({2027: Decimal(95)}, {2027: Jamforare.MINST})


@pytest.mark.parametrize(
    ("slag", "label"), [(VardeSlag.UTFALL, "Utfall"), (VardeSlag.JAMFORELSE, "Jämförelse")]
)
def test_a_comparison_on_an_outcome_is_refused_in_swedish_and_changes_nothing(
    doc: PlanDocument, slag: VardeSlag, label: str
) -> None:
    indicator = goal_with_indicator(doc)
    values.set_indicator_value(doc, indicator, slag, 2025, Decimal(4))
    before = read_plan(doc)
    with pytest.raises(InputError) as refused:
        values.set_indicator_value(doc, indicator, slag, 2025, *parse_target("< 5"))
    assert refused.value.message == (
        f"{label} 2025 för ”Andel nöjda”: bara en målnivå kan ha ≥, ≤, >, < eller =."
    )
    assert read_plan(doc) == before


def test_a_very_long_target_is_refused_and_changes_nothing(doc: PlanDocument) -> None:
    indicator = goal_with_indicator(doc)
    before = read_plan(doc)
    with pytest.raises(InputError, match="Målnivå 2027 för ”Andel nöjda” är för lång"):
        values.set_indicator_value(
            doc, indicator, VardeSlag.MALNIVA, 2027, *parse_target("minst " + "9" * 600)
        )
    assert read_plan(doc) == before


def test_a_long_range_target_without_a_year_is_kept_and_undone(doc: PlanDocument) -> None:
    indicator = goal_with_indicator(doc)
    before = read_plan(doc)
    target, jamforare = parse_target("mer än 95 %")
    change = items.update_item(
        doc,
        ItemKind.INDIKATOR,
        indicator,
        {"langsiktigt": target, "langsiktigt_jamforare": jamforare},
    )
    after = read_change(doc, before, change)
    assert after == read_plan(doc)
    shown = after.indikatorer[0]
    assert (shown.langsiktigt, shown.langsiktigt_jamforare) == (Decimal(95), Jamforare.MER_AN)
    assert format_target(shown.langsiktigt, shown.langsiktigt_jamforare, shown.enhet) == (
        f">{NBSP}95{NBSP}%"
    )
    change.undo(doc)
    assert read_plan(doc) == before

    items.update_item(
        doc,
        ItemKind.INDIKATOR,
        indicator,
        {"langsiktigt": "Bland de bästa i länet", "langsiktigt_jamforare": None},
    )
    kept = read_plan(doc).indikatorer[0]
    assert (kept.langsiktigt, kept.langsiktigt_jamforare) == ("Bland de bästa i länet", None)

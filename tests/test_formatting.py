"""The Swedish number and date helper."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vplan_desktop.errors import InputError
from vplan_desktop.formatting import (
    NBSP,
    format_amount,
    format_date,
    format_number,
    format_percent,
    format_period,
    format_value,
    parse_amount,
    parse_date,
    parse_number,
    parse_value,
)

decimals = st.decimals(
    min_value=Decimal("-999999999999"),
    max_value=Decimal("999999999999"),
    allow_nan=False,
    allow_infinity=False,
    places=3,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 307", Decimal(1307)),
        ("138 661", Decimal(138661)),
        ("-1 234,5", Decimal("-1234.5")),
        ("35,71 %", Decimal("35.71")),
        ("35,71%", Decimal("35.71")),
        ("\u22121\u00a0234,5", Decimal("-1234.5")),  # Unicode minus, no-break space
        ("1\u202f307", Decimal(1307)),  # narrow no-break space
        ("1\u2009307", Decimal(1307)),  # thin space
        ("–8 055", Decimal(-8055)),  # en dash as minus
        ("0,5", Decimal("0.5")),
        ("  12  ", Decimal(12)),
        ("2.5", Decimal("2.5")),
        ("+4", Decimal(4)),
        ("1 234 567,89", Decimal("1234567.89")),
    ],
)
def test_parse_number_reads_what_people_type(text: str, expected: Decimal) -> None:
    assert parse_number(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("abc", "inte ett tal"),
        ("", "tomt"),
        ("1 30 7", "inte ett tal"),
        ("12,3,4", "inte ett tal"),
        ("1.307", "otydligt"),
        ("--5", "inte ett tal"),
        ("1e5", "inte ett tal"),
        ("5 kr", "inte ett tal"),
        ("1234567890123456", "fler än 15 siffror"),
    ],
)
def test_parse_number_rejects_junk_with_a_swedish_message(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        parse_number(text)


def test_percent_refused_where_not_allowed() -> None:
    with pytest.raises(InputError, match="procenttecken"):
        parse_number("5 %", allow_percent=False)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (1307, f"1{NBSP}307"),
        (Decimal("-1234.5"), f"-1{NBSP}234,5"),
        (Decimal("35.71"), "35,71"),
        (Decimal("40.0"), "40,0"),
        (0, "0"),
        (Decimal("-0.0"), "0,0"),
        (Decimal("1E+3"), f"1{NBSP}000"),
        (138661, f"138{NBSP}661"),
    ],
)
def test_format_number(value: Decimal | int, text: str) -> None:
    assert format_number(value) == text


def test_format_rounds_half_up() -> None:
    assert format_number(Decimal("2.5"), decimals=0) == "3"
    assert format_number(Decimal("0.125"), decimals=2) == "0,13"
    assert format_percent(Decimal("35.714"), decimals=2) == f"35,71{NBSP}%"


def test_format_value_uses_the_unit() -> None:
    assert format_value(Decimal(67), "%") == f"67{NBSP}%"
    assert format_value(Decimal(68), "index") == "68"
    assert format_value("Öka med 10 %", "%") == "Öka med 10 %"
    assert format_value(None, "%") == ""
    assert format_amount(None) == ""
    assert format_amount(-8055) == f"-8{NBSP}055"


@given(decimals)
def test_number_round_trip(value: Decimal) -> None:
    assert parse_number(format_number(value)) == value


@given(st.integers(min_value=-(10**14), max_value=10**14))
def test_amount_round_trip(value: int) -> None:
    assert parse_amount(format_number(value)) == value


@given(decimals)
def test_percent_round_trip(value: Decimal) -> None:
    assert parse_number(format_percent(value)) == value


@given(st.text(alphabet=st.characters(categories=["L", "P", "S"]), min_size=1))
def test_junk_is_rejected_with_a_message(text: str) -> None:
    stripped = text.strip().rstrip("%").strip()
    if stripped and any(ch.isdigit() for ch in stripped):
        return  # Unicode digits from other scripts are not junk for this test
    with pytest.raises(InputError) as raised:
        parse_number(text)
    assert raised.value.message


def test_parse_amount_reads_decimals_and_refuses_a_percentage() -> None:
    """Amounts may be in mnkr ("12,3"); how many decimals is ``numbers.check_amount``'s rule."""
    assert parse_amount("1 307,5") == Decimal("1307.5")
    assert parse_amount("-12,35") == Decimal("-12.35")
    with pytest.raises(InputError):
        parse_amount("12 %")


def test_parse_value_number_text_or_blank() -> None:
    assert parse_value("67 %") == Decimal(67)
    assert parse_value("Brukarenkäter genomförs") == "Brukarenkäter genomförs"
    assert parse_value("   ") is None


@given(st.dates())
def test_date_round_trip(value: dt.date) -> None:
    assert parse_date(format_date(value)) == value


@pytest.mark.parametrize(
    "text",
    [
        "2027-02-01",
        "2027-2-1",
        " 2027-02-01 ",
        "20270201",
        "1/2 2027",
        "1/2-2027",
        "01/02/2027",
        "1.2.2027",
        "1 februari 2027",
        "1 Feb 2027",
        "2027/2/1",
    ],
)
def test_dates_are_read_as_swedes_type_them(text: str) -> None:
    assert parse_date(text) == dt.date(2027, 2, 1)


@pytest.mark.parametrize(
    "text",
    [
        "2025-13-01",
        "2025-02-30",
        "igår",
        "2025112",
        "29/11",
        "29/11 25",
        "11/29/2025",
        "2025-11/29",
        "1 ju 2027",
        "0000-01-01",
    ],
)
def test_bad_dates_are_rejected(text: str) -> None:
    with pytest.raises(InputError, match="datum") as error:
        parse_date(text)
    assert text.strip() in error.value.message


def test_a_date_that_is_no_date_is_explained_in_swedish() -> None:
    with pytest.raises(InputError) as error:
        parse_date("nästa vecka")
    assert error.value.message == (
        "”nästa vecka” är inget datum. Skriv datum som ÅÅÅÅ-MM-DD, till exempel 2026-03-31, "
        "eller dag/månad år: 31/3 2026."
    )


def test_blank_date_is_none() -> None:
    assert parse_date(" ") is None
    assert format_date(None) == ""


def test_period() -> None:
    assert format_period(2027, 2029) == "2027–2029"
    assert format_period(2027, 2027) == "2027"

"""Swedish numbers and dates: the one place where vplan turns values into text and back.

Numbers are written the Swedish way: a space between thousands ("1 307"), a decimal comma
("35,71"), a minus sign in front ("-1 234,5") and a space before the percent sign ("35,71 %").
The space written is a no-break space (U+00A0) so that a number never breaks over two lines.
Reading accepts what people type and what other programs paste: ordinary, no-break, narrow
no-break (U+202F) and thin spaces as thousands separators, the Unicode minus (U+2212) and an en
dash as minus, and a decimal point where it cannot be mistaken for a thousands separator.
Dates are ISO 8601 (2025-11-29), as Swedish documents write them.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from vplan_desktop.errors import InputError

NBSP = "\u00a0"
"""The thousands separator and the space before a unit that vplan writes."""

MINUS = "\u2212"
"""The minus sign printed documents use (``minus=MINUS``); the app keeps "-", which every
program reads back."""

MAX_DIGITS = 15
"""The most significant digits a number may have (beyond this, float-based tools lose them)."""

_SPACES = re.compile("[ \u00a0\u202f\u2009\u2007]+")
_MINUS = str.maketrans({"\u2212": "-", "\u2013": "-"})
_NUMBER = re.compile(r"^([+-]?)(\d{1,3}(?: \d{3})+|\d+)(?:([,.])(\d+))?$")

Value = Decimal | str | None
"""An indicator or key-figure value: a number, a text, or blank (None)."""


def _not_a_number(text: str) -> InputError:
    return InputError(f"”{text}” är inte ett tal. Skriv till exempel 1 307, -12,5 eller 35,71 %.")


def parse_number(text: str, *, allow_percent: bool = True) -> Decimal:
    """Read a Swedish number such as "1 307", "-1 234,5" or "35,71 %".

    A trailing percent sign is allowed (and dropped) unless ``allow_percent`` is false: the
    unit belongs to the indicator, so "35,71 %" means the number 35,71.
    """
    original = text
    work = _SPACES.sub(" ", text.translate(_MINUS)).strip()
    if allow_percent and work.endswith("%"):
        work = work[:-1].rstrip()
    if not work:
        raise InputError("Fältet är tomt: skriv ett tal, till exempel 1 307.")
    match = _NUMBER.match(work)
    if not match:
        if "%" in work:
            raise InputError(f"”{original}”: procenttecken går inte att använda här.")
        raise _not_a_number(original)
    sign, whole, separator, fraction = match.groups()
    if separator == "." and " " not in whole and len(fraction) == 3 and len(whole) <= 3:
        # "1.307" is 1307 to some and 1,307 to others: ask rather than guess.
        raise InputError(
            f"”{original}” är otydligt: skriv 1 307 för ettusen trehundrasju "
            "eller 1,307 för en komma tre noll sju."
        )
    digits = whole.replace(" ", "") + (fraction or "")
    if len(digits.lstrip("0")) > MAX_DIGITS:
        raise InputError(f"”{original}” har fler än {MAX_DIGITS} siffror.")
    number = Decimal(f"{sign}{whole.replace(' ', '')}.{fraction}" if fraction else sign + digits)
    return number


def parse_amount(text: str) -> Decimal:
    """Read an amount, such as "138 661", "-8 055" or "12,3" (mnkr).

    This reads the form only; the bound and the decimals every amount keeps are
    ``numbers.check_amount``'s, which the services and importers apply with the field's name.
    """
    return parse_number(text, allow_percent=False)


def parse_value(text: str) -> Value:
    """Read an indicator cell: blank, a Swedish number, or else the text itself."""
    stripped = text.strip()
    if not stripped:
        return None
    try:
        return parse_number(stripped)
    except InputError:
        return stripped


def _group(digits: str) -> str:
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return NBSP.join(parts)


def format_number(value: Decimal | int, *, decimals: int | None = None, minus: str = "-") -> str:
    """Write a number the Swedish way: "1 307", "-1 234,5".

    With ``decimals`` the number is rounded half up to that many decimals; without, it keeps
    the decimals it has (so "40,0" stays "40,0"). ``minus`` is the sign written before a
    negative number (``MINUS`` in the Word and PDF exports).
    """
    number = Decimal(value)
    if not number.is_finite():
        raise InputError("Talet är inte ändligt.")
    if decimals is not None:
        try:
            number = number.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
        except InvalidOperation as exc:
            raise InputError("Talet är för stort för att avrundas.") from exc
    plain = format(abs(number), "f")
    whole, _, fraction = plain.partition(".")
    sign = minus if number < 0 and number != 0 else ""
    return sign + _group(whole) + ("," + fraction if fraction else "")


def format_percent(value: Decimal | int, *, decimals: int | None = None, minus: str = "-") -> str:
    """Write a percentage: "35,71 %"."""
    return f"{format_number(value, decimals=decimals, minus=minus)}{NBSP}%"


def format_amount(
    value: int | Decimal | None,
    unit: str = "tkr",
    *,
    decimals: int | None = None,
    minus: str = "-",
) -> str:
    """Write an amount in its table's unit, or nothing for a blank: tkr as given ("1 307"),
    mnkr with at least one decimal ("12,0", "12,35").

    ``decimals`` is the table's number of decimals (``budget_labels.table_decimals``): every
    amount of a table is written with it, so that the decimal commas line up ("46,210").
    """
    if value is None:
        return ""
    if decimals is not None:
        return format_number(value, decimals=decimals, minus=minus)
    if unit != "mnkr":
        return format_number(value, minus=minus)
    exponent = Decimal(value).as_tuple().exponent
    decimals = max(1, -exponent) if isinstance(exponent, int) else 1
    return format_number(value, decimals=decimals, minus=minus)


def format_value(value: Value, unit: str = "", *, minus: str = "-") -> str:
    """Write an indicator value with its unit: "67 %", "72", "Öka med 10 %", ""."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if unit == "%":
        return format_percent(value, minus=minus)
    return format_number(value, minus=minus)


def format_date(value: dt.date | None) -> str:
    """Write a date as ISO 8601: "2025-11-29"; nothing for a blank."""
    return "" if value is None else value.isoformat()


MONTHS = (
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
)
"""The Swedish month names, January first."""

_YEAR_FIRST = re.compile(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_DAY_FIRST = re.compile(r"(\d{1,2})[/.](\d{1,2})(?:\s*[-/.]\s*|\s+)(\d{4})")
_NAMED = re.compile(r"(\d{1,2})\.?\s+([a-zåäö]+)\.?\s+(\d{4})")


def _month_named(word: str) -> int | None:
    """The month a Swedish name or its first three letters or more stand for ("feb", "mars")."""
    if len(word) < 3:
        return None
    found = [n for n, name in enumerate(MONTHS, start=1) if name.startswith(word)]
    return found[0] if len(found) == 1 else None


def parse_date(text: str) -> dt.date | None:
    """Read a date as people in Sweden type it; an empty text is no date.

    ISO 8601 with or without leading zeros ("2027-02-01", "2027-2-1"), the digits alone
    ("20270201"), day before month with a four-digit year ("1/2 2027", "1/2-2027", "1.2.2027",
    "1/2/2027") and a month's name ("1 februari 2027", "1 feb 2027"). A two-digit year is
    refused rather than given a century.
    """
    stripped = " ".join(text.split()).casefold()
    if not stripped:
        return None
    parts: tuple[str, str, str] | None = None
    if match := _YEAR_FIRST.fullmatch(stripped):
        parts = (match[1], match[3], match[4])
    elif match := _COMPACT.fullmatch(stripped):
        parts = (match[1], match[2], match[3])
    elif match := _DAY_FIRST.fullmatch(stripped):
        parts = (match[3], match[2], match[1])
    elif (match := _NAMED.fullmatch(stripped)) and (month := _month_named(match[2])):
        parts = (match[3], str(month), match[1])
    if parts is None:
        raise InputError(
            f"”{text.strip()}” är inget datum. Skriv datum som ÅÅÅÅ-MM-DD, till exempel "
            "2026-03-31, eller dag/månad år: 31/3 2026."
        )
    try:
        return dt.date(*(int(part) for part in parts))
    except ValueError:
        raise InputError(f"”{text.strip()}” är inget giltigt datum.") from None


def format_period(first_year: int, last_year: int) -> str:
    """Write a plan period: "2026–2028", or "2026" for one year."""
    return str(first_year) if first_year == last_year else f"{first_year}–{last_year}"

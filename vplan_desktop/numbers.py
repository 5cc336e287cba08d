"""The one rule for every number a plan holds, whichever way it comes in.

Amounts (driftbudget, resultaträkning, KF's ram, investments) are ``Decimal`` in their table's
unit (tkr or mnkr) with at most ``MAX_AMOUNT_DECIMALS`` decimals; indicator and key-figure
values and an activity's cost are ``Decimal`` too. Every one of them is finite and at most
``LARGEST`` (999 999 999 999) in size: no committee's budget comes near a thousand billion tkr,
so a larger number is a typing or conversion mistake. A ``Decimal`` also has at most
``MAX_DIGITS`` significant digits and ``MAX_DECIMALS`` decimals, so that Excel's doubles and the
JSON export keep it exactly.

The services call these checks last before the database, and the importers call them so that
their reports name the cell; a refusal is an ``InputError`` whose message names the field.
"""

from __future__ import annotations

import math
from decimal import Decimal

from vplan_desktop.errors import InputError
from vplan_desktop.formatting import MAX_DIGITS, format_number, parse_number

LARGEST = 999_999_999_999
"""The largest size of any amount (tkr) or value; the schema's bounds are the same number."""

MAX_AMOUNT = LARGEST + 1
"""The smallest size that is refused."""

MAX_DECIMALS = 6
"""The most decimals a value may have (35,714286 % is as fine as anyone reports)."""

MAX_AMOUNT_DECIMALS = 3
"""The most decimals an amount may have: 12,345 mnkr is exactly 12 345 tkr."""

_NAME_LENGTH = 40


def item_name(name: str) -> str:
    """An item's name as a message quotes it: ”Andel elever …”, shortened when long."""
    name = " ".join(name.split())
    if len(name) > _NAME_LENGTH:
        name = name[: _NAME_LENGTH - 1].rstrip() + "…"
    return f"”{name}”"


def too_large(negative: bool = False) -> str:
    """The message part for a number outside the bound."""
    bound = format_number(-LARGEST if negative else LARGEST)
    return f"talet är orimligt stort ({'minst' if negative else 'högst'} {bound})"


def _number(value: object, field: str, *, allow_percent: bool) -> Decimal:
    """``value`` as a finite Decimal, or an InputError naming ``field``."""
    if isinstance(value, bool):
        raise InputError(f"{field} ska vara ett tal.")
    if isinstance(value, int):
        # Bounded before the conversion: a huge int is not worth turning into a Decimal.
        if abs(value) > LARGEST:
            raise InputError(f"{field}: {too_large(value < 0)}.")
        return Decimal(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise InputError(f"{field}: ”{value}” är inget ändligt tal.")
        return Decimal(repr(value))  # the shortest form: 0.1 stays 0.1
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise InputError(f"{field}: ”{value}” är inget ändligt tal.")
        return value
    if isinstance(value, str):
        try:
            return parse_number(value, allow_percent=allow_percent)
        except InputError as error:
            raise InputError(f"{field}: {error.message}") from None
    raise InputError(f"{field} ska vara ett tal.")


def _bounded(number: Decimal, field: str) -> None:
    # copy_abs and the comparison are exact; abs() would round to the context's precision.
    if number.copy_abs() > LARGEST:
        raise InputError(f"{field}: {too_large(number < 0)}.")


def check_amount(value: object, field: str) -> Decimal:
    """An amount within the bound, with at most ``MAX_AMOUNT_DECIMALS`` decimals (in the
    table's unit, tkr or mnkr); ``value`` may be an int, Decimal, float or Swedish text
    ("-2 500", "12,3"). Raises ``InputError`` naming ``field``."""
    number = plain(_number(value, field, allow_percent=False))
    _bounded(number, field)
    _sign, digits, exponent = number.as_tuple()
    assert isinstance(exponent, int)  # finite, checked by _number
    if -exponent > MAX_AMOUNT_DECIMALS:
        raise InputError(f"{field}: ett belopp har högst {MAX_AMOUNT_DECIMALS} decimaler.")
    if len(digits) > MAX_DIGITS:
        raise InputError(f"{field}: talet har fler än {MAX_DIGITS} siffror.")
    return number


def plain(number: Decimal) -> Decimal:
    """``number`` without trailing zeros after the decimal sign (1307.000 → 1307, 1.50 → 1.5)
    and never in exponent form or as a negative zero."""
    if number.copy_abs() > LARGEST:
        return number  # refused by the bound; not worth making whole
    if number == number.to_integral_value():
        return number.quantize(Decimal(1)) + 0  # + 0 makes -0 plain 0
    return number.normalize()


def check_value(value: object, field: str) -> Decimal:
    """A number within the bound, with at most ``MAX_DIGITS`` digits and ``MAX_DECIMALS``
    decimals; ``value`` may be an int, Decimal, float or Swedish text ("35,71 %")."""
    number = _number(value, field, allow_percent=True)
    _bounded(number, field)
    _sign, digits, exponent = number.as_tuple()
    assert isinstance(exponent, int)  # finite, checked above
    if -exponent > MAX_DECIMALS:
        raise InputError(f"{field}: talet har fler än {MAX_DECIMALS} decimaler.")
    if len(digits) > MAX_DIGITS:
        raise InputError(f"{field}: talet har fler än {MAX_DIGITS} siffror.")
    return number

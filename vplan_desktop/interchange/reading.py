"""Reading a JSON file and checking it against the shipped schema."""

from __future__ import annotations

import json
from decimal import Decimal
from functools import cache
from importlib.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vplan_desktop.errors import PlanFileError, os_reason
from vplan_desktop.interchange.formats import SCHEMA_FILE
from vplan_desktop.numbers import LARGEST, too_large
from vplan_desktop.paths import resource

if TYPE_CHECKING:
    import jsonschema

# --- reading and checking ----------------------------------------------------------------


class NotANumber:
    """What JSON's NaN, Infinity and -Infinity, and integers too long for Python, are read as:
    a marker that no schema type matches, so the check refuses it at the path of its field."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.huge = text.lstrip("-").isdigit()
        self.negative = text.startswith("-")

    def __repr__(self) -> str:
        return self.text if len(self.text) <= 20 else f"{self.text[:12]}…"


MAX_INTEGER_DIGITS = 4000
"""Python refuses to read integers of over 4 300 digits, with an error of its own."""


def _integer(text: str) -> int | NotANumber:
    return int(text) if len(text) <= MAX_INTEGER_DIGITS else NotANumber(text)


MAX_JSON_BYTES = 100 * 1024 * 1024
MAX_LIST_ITEMS = 20_000
"""No list in a plan comes near this (a large plan has a few hundred activities); a file with
more is refused before the slow checks rather than tying the program up for minutes."""


def load_json(path: Traversable) -> Any:
    """Read a JSON file; numbers with decimals become ``Decimal``.

    NaN and ±Infinity (which Python's reader takes although JSON has no such numbers) and
    overlong integers become ``NotANumber`` markers that the schema check refuses.
    """
    try:
        if isinstance(path, Path) and path.is_file() and path.stat().st_size > MAX_JSON_BYTES:
            raise PlanFileError(
                f"”{path.name}” är för stor för att vara en plan "
                f"(över {MAX_JSON_BYTES // (1024 * 1024)} MB)."
            )
        raw = path.read_bytes()
    except FileNotFoundError:
        raise PlanFileError(f"Filen ”{path.name}” finns inte.") from None
    except IsADirectoryError:
        raise PlanFileError(f"”{path.name}” är en mapp, inte en JSON-fil.") from None
    except OSError as error:
        raise PlanFileError(f"”{path.name}” kunde inte läsas: {os_reason(error)}.") from None
    if not raw.strip():
        raise PlanFileError(f"”{path.name}” är tom och innehåller ingen plan.")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise PlanFileError(f"”{path.name}” är inte en textfil i UTF-8.") from None
    try:
        return json.loads(text, parse_float=Decimal, parse_int=_integer, parse_constant=NotANumber)
    except json.JSONDecodeError as error:
        raise PlanFileError(
            f"”{path.name}” är inte giltig JSON (rad {error.lineno}, kolumn {error.colno})."
        ) from None
    except RecursionError:
        raise PlanFileError(f"”{path.name}” är för djupt nästlad för att läsas.") from None


@cache
def schema() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(resource(SCHEMA_FILE).read_text(encoding="utf-8"))
    return loaded


def json_path(parts: Any) -> str:
    text = "$"
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else f".{part}"
    return text


_TYPE_NAMES = {
    "string": "en text",
    "integer": "ett heltal",
    "number": "ett tal",
    "boolean": "true eller false",
    "object": "ett objekt",
    "array": "en lista",
    "null": "null",
}


def _schema_message(error: jsonschema.ValidationError, version: Any) -> tuple[list[Any], str]:
    """A Swedish message (and the path it belongs to) for one schema error."""
    path = list(error.absolute_path)
    keyword, expected, instance = error.validator, error.validator_value, error.instance
    if isinstance(instance, NotANumber):
        if instance.huge:
            return path, too_large(instance.negative)
        return path, f"”{instance.text}” är inget ändligt tal"
    if keyword in ("minimum", "maximum") and abs(expected) == LARGEST:
        return path, too_large(keyword == "minimum")
    if keyword == "type":
        names = [expected] if isinstance(expected, str) else list(expected)
        return path, "ska vara " + " eller ".join(_TYPE_NAMES.get(n, n) for n in names)
    if keyword == "required":
        missing = [name for name in expected if name not in instance]
        return path, "saknar " + ", ".join(f"”{name}”" for name in missing)
    if keyword == "additionalProperties":
        known = set(error.schema.get("properties", {}))
        extra = sorted(str(key) for key in instance if key not in known)
        return path, "okänt fält " + ", ".join(f"”{name}”" for name in extra)
    if keyword == "enum":
        options = ", ".join("null" if v is None else str(v) for v in expected)
        return path, f"”{instance}” är inget giltigt val ({options})"
    if keyword == "const":
        return path, f"ska vara {json.dumps(expected)}"
    if keyword == "minimum":
        return path, f"ska vara minst {expected}"
    if keyword == "maximum":
        return path, f"får vara högst {expected}"
    if keyword in ("minLength", "pattern") and isinstance(instance, str) and not instance.strip():
        return path, "får inte vara tom"
    if keyword == "pattern":
        return path, f"”{instance}” har fel form"
    if keyword == "maxLength":
        return path, f"är för lång (högst {expected} tecken)"
    if keyword == "minItems":
        return path, f"ska ha minst {expected} element"
    if keyword == "maxItems":
        return path, f"får ha högst {expected} element"
    if keyword == "propertyNames":
        return path, f"”{instance}” är ingen giltig nyckel här"
    if keyword == "not":
        # The schema refuses only this way a field that another version of the format has.
        return path, f"finns inte i version {version} av formatet"
    if keyword == "oneOf":
        for inner in error.context or []:
            # A bad number inside the object is the problem to name, not the object's shape.
            if isinstance(inner.instance, NotANumber) or inner.validator in ("minimum", "maximum"):
                return _schema_message(inner, version)
        return path, "ska vara null eller ett objekt med ar, varde och ar_malniva"
    return path, error.message


def _oversized(data: Any, parts: list[Any]) -> list[tuple[str, str]]:
    if isinstance(data, list):
        if len(data) > MAX_LIST_ITEMS:
            count = f"{len(data):,}".replace(",", "\u00a0")
            return [
                (
                    json_path(parts),
                    f"har {count} poster; en plan har högst {MAX_LIST_ITEMS:,} per lista".replace(
                        ",", "\u00a0"
                    ),
                )
            ]
        items: Any = enumerate(data)
    elif isinstance(data, dict):
        items = data.items()
    else:
        return []
    found = []
    for key, value in items:
        if isinstance(value, list | dict):
            found += _oversized(value, [*parts, key])
    return found


def schema_problems(data: Any) -> list[tuple[str, str]]:
    """Every place where ``data`` breaks the schema, as (JSON path, Swedish message)."""
    if oversized := _oversized(data, []):
        return oversized
    # Deferred: jsonschema takes 0.13–0.3 s to import and only checking a JSON plan needs it;
    # writing the format (versions, compare, rollover) is then cheap to import.
    import jsonschema

    validator = jsonschema.Draft202012Validator(schema())
    version = data.get("version") if isinstance(data, dict) else None
    problems = []
    for error in sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path))):
        if "propertyNames" in error.relative_schema_path:
            # The error sits on the object; name the bad key in the path.
            path = [*error.absolute_path, error.instance]
            message = f"”{error.instance}” är ingen giltig nyckel här"
        else:
            path, message = _schema_message(error, version)
        problems.append((json_path(path), message))
    return problems

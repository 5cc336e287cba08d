"""An edit written down as data, to be made again later: the service function it calls and
its keyword arguments, in JSON.

The window's edits are ``functools.partial`` objects of a service function with keyword
arguments only: the item, the new value and what the user saw (``seen=``, a row's version or
a cell's value). Such an edit is kept as the function's name ("vplan_desktop.services.items:
update_item") and its arguments, each value that JSON has no type for tagged with its type
(``{"$date": "2026-03-31"}``). Made again, it passes the same ``seen=``: what someone else
has changed since is refused (``ConflictError``), never written over.

An edit that cannot be written down so (a lambda, a call with positional arguments, a value
of a type not listed here) is still kept, by its undo text alone (``function`` None): the
user is told it must be made again by hand. Nothing is dropped silently.

A kept edit is read back as hostile input: only public functions of ``vplan_desktop.services``
and enums of vplan's own modules are looked up by name, and anything else is refused with a
Swedish ``ServerError`` before anything is made.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import importlib
import inspect
import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import Enum
from functools import partial
from typing import Any

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.errors import ServerError, VplanError
from vplan_desktop.services.changes import Change

Edit = Callable[[PlanDocument], Change]

SERVICES = "vplan_desktop.services."
"""Only functions of these modules are made again by name."""
_OWN = "vplan_desktop."
"""Only enums of vplan's own modules are looked up by name."""


class NotRecordable(Exception):
    """A value or an action that cannot be written down as JSON."""


class BadRecord(Exception):
    """A kept edit that is not one vplan wrote (its text says what is wrong, in Swedish)."""


@dataclass(frozen=True)
class RecordedEdit:
    """One edit kept on this computer."""

    text: str
    """What the edit was called (its undo text), as the user saw it."""
    made: str
    """When it was made, local time, "2026-11-29 10.42"."""
    function: str | None = None
    """"module:function" of the service it calls; None: it cannot be made again by vplan."""
    arguments: dict[str, Any] | None = None
    """The keyword arguments, encoded (``encode``); None with ``function`` None."""

    @property
    def replayable(self) -> bool:
        return self.function is not None

    def action(self) -> Edit:
        """The edit as a service call on a ``PlanDocument``; ``ServerError`` if the record
        names something vplan does not make again."""
        if self.function is None or self.arguments is None:
            raise ServerError(f"Ändringen ”{self.text}” kan inte göras om av vplan.")
        try:
            return _action(self.function, self.arguments)
        except BadRecord as error:
            raise ServerError(
                f"Ändringen ”{self.text}” kan inte göras om: {error}. Inget av den gjordes."
            ) from None

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "made": self.made,
            "function": self.function,
            "arguments": self.arguments,
        }


def now_text(now: dt.datetime | None = None) -> str:
    moment = now or dt.datetime.now()
    return f"{moment.date().isoformat()} {moment.hour:02d}.{moment.minute:02d}"


def record(text: str, action: Callable[..., Any], now: dt.datetime | None = None) -> RecordedEdit:
    """``action`` written down; by its text alone when it cannot be."""
    made = now_text(now)
    try:
        function, arguments = _recorded_call(action)
        json.dumps(arguments, allow_nan=False)
        # Read back with the same checks as when it is made again, and written the same.
        if _recorded_call(_action(function, arguments))[1] != arguments:
            raise NotRecordable("not the same once read back")
    except (NotRecordable, BadRecord, TypeError, ValueError):
        return RecordedEdit(text=text, made=made)
    return RecordedEdit(text=text, made=made, function=function, arguments=arguments)


def _recorded_call(action: Callable[..., Any]) -> tuple[str, dict[str, Any]]:
    if not isinstance(action, partial) or action.args:
        raise NotRecordable("not a call with keyword arguments only")
    function = action.func
    name = f"{getattr(function, '__module__', '')}:{getattr(function, '__qualname__', '')}"
    if not name.startswith(SERVICES):
        raise NotRecordable("not a service")
    return name, _encode(dict(action.keywords))


def _encode(value: Any) -> Any:
    if isinstance(value, Enum):  # first: a StrEnum is a str too
        kind = type(value)
        return {"$enum": f"{kind.__module__}:{kind.__qualname__}", "value": _encode(value.value)}
    if value is None or isinstance(value, bool | str | int):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise NotRecordable("not a finite number")
        return value
    if isinstance(value, Decimal):
        return {"$decimal": str(value)}
    if isinstance(value, dt.datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, dt.date):
        return {"$date": value.isoformat()}
    if isinstance(value, bytes):
        return {"$bytes": base64.b64encode(value).decode("ascii")}
    if isinstance(value, list):
        return [_encode(item) for item in value]
    if isinstance(value, tuple):
        return {"$tuple": [_encode(item) for item in value]}
    if isinstance(value, dict):
        return {"$dict": [[_encode(key), _encode(item)] for key, item in value.items()]}
    if isinstance(value, partial):
        function, arguments = _recorded_call(value)
        return {"$edit": {"function": function, "arguments": arguments}}
    raise NotRecordable(type(value).__name__)


def _decode(value: Any) -> Any:
    if value is None or isinstance(value, bool | str | int):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise BadRecord("ett tal är inte ändligt")
        return value
    if isinstance(value, list):
        return [_decode(item) for item in value]
    if not isinstance(value, dict) or not value:
        raise BadRecord(f"ett värde av typen {type(value).__name__} kan inte läsas")
    tag = next(iter(value))
    if tag == "$enum":
        return _enum(value)
    if len(value) != 1:
        raise BadRecord("ett värde har okända fält")
    body = value[tag]
    return _decode_tagged(tag, body)


def _decode_tagged(tag: str, body: Any) -> Any:
    if tag == "$tuple" and isinstance(body, list):
        return tuple(_decode(item) for item in body)
    if tag == "$dict" and isinstance(body, list):
        pairs = [_pair(item) for item in body]
        return {key: item for key, item in pairs}
    if tag == "$decimal" and isinstance(body, str) and len(body) <= 100:
        try:
            number = Decimal(body)
        except InvalidOperation:
            raise BadRecord(f"”{body[:40]}” är inget tal") from None
        if not number.is_finite():
            raise BadRecord("ett tal är inte ändligt")
        return number
    if tag in ("$date", "$datetime") and isinstance(body, str) and len(body) <= 40:
        try:
            return (dt.datetime if tag == "$datetime" else dt.date).fromisoformat(body)
        except ValueError:
            raise BadRecord(f"”{body}” är inget datum") from None
    if tag == "$bytes" and isinstance(body, str):
        try:
            return base64.b64decode(body.encode("ascii"), validate=True)
        except (binascii.Error, UnicodeEncodeError):
            raise BadRecord("en bild eller fil i ändringen är skadad") from None
    if tag == "$edit" and isinstance(body, dict) and set(body) == {"function", "arguments"}:
        function, arguments = body["function"], body["arguments"]
        if not isinstance(function, str) or not isinstance(arguments, dict):
            raise BadRecord("en deländring saknar funktion eller argument")
        return _action(function, arguments)
    raise BadRecord(f"värdet {tag[:40]!r} kan inte läsas")


def _pair(item: Any) -> tuple[Any, Any]:
    if not isinstance(item, list) or len(item) != 2:
        raise BadRecord("en tabell av värden är felaktig")
    key = _decode(item[0])
    try:
        hash(key)
    except TypeError:
        raise BadRecord("en nyckel kan inte användas") from None
    return key, _decode(item[1])


def _enum(value: dict[str, Any]) -> Enum:
    name = value.get("$enum")
    if set(value) != {"$enum", "value"} or not isinstance(name, str):
        raise BadRecord("ett uppräknat värde är felaktigt")
    kind = _lookup(name, _OWN)
    if not (inspect.isclass(kind) and issubclass(kind, Enum)):
        raise BadRecord(f"”{name[:80]}” är ingen av vplans värdetyper")
    try:
        return kind(_decode(value["value"]))
    except ValueError:
        raise BadRecord(f"ett värde finns inte bland {kind.__name__}") from None


def _lookup(name: str, prefix: str) -> Any:
    module, _, attribute = name.partition(":")
    if not module.startswith(prefix) or not attribute.isidentifier() or attribute.startswith("_"):
        raise BadRecord(f"”{name[:80]}” är inget vplan gör om")
    parts = module.split(".")
    if module.startswith(_OWN + "ui.") or not all(
        part.isidentifier() and not part.startswith("_") for part in parts
    ):
        raise BadRecord(f"”{name[:80]}” är inget vplan gör om")
    try:
        found = getattr(importlib.import_module(module), attribute)
    except (ImportError, AttributeError):
        raise BadRecord(f"”{name[:80]}” finns inte i den här versionen av vplan") from None
    if getattr(found, "__module__", None) != module:
        raise BadRecord(f"”{name[:80]}” är inget vplan gör om")
    return found


def _action(function: str, arguments: dict[str, Any]) -> Edit:
    service = _lookup(function, SERVICES)
    if not inspect.isfunction(service):
        raise BadRecord(f"”{function[:80]}” är ingen ändring")
    decoded = _decode(arguments)
    if not isinstance(decoded, dict) or not all(isinstance(key, str) for key in decoded):
        raise BadRecord("ändringens argument är felaktiga")
    parameters = inspect.signature(service).parameters
    names = list(parameters)
    if not names or names[0] != "doc":
        raise BadRecord(f"”{function[:80]}” är ingen ändring")
    unknown = [key for key in decoded if key not in parameters or key == "doc"]
    if unknown:
        raise BadRecord(f"argumentet ”{unknown[0][:40]}” finns inte")
    edit: Edit = partial(service, **decoded)
    return edit


def apply_edits(
    doc: PlanDocument, edits: list[RecordedEdit]
) -> tuple[list[RecordedEdit], list[tuple[RecordedEdit, str]]]:
    """Make ``edits`` again on ``doc``, one by one, each with the ``seen=`` it was made with.
    Returns the edits made and the ones refused with the Swedish reason (someone else's
    newer change, an item since removed, an edit vplan cannot make again)."""
    made: list[RecordedEdit] = []
    refused: list[tuple[RecordedEdit, str]] = []
    for edit in edits:
        try:
            edit.action()(doc)
        except VplanError as error:
            refused.append((edit, error.message))
            continue
        made.append(edit)
    return made, refused

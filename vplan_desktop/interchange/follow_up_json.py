"""The follow-ups of a plan in the interchange format: the periods with what each holds, the
scale of måluppfyllelse; written from the snapshot and read into a new plan file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from vplan_desktop import domain as d
from vplan_desktop.db import models as m
from vplan_desktop.db.enums import Bedomningsgrad, UppfoljningSlag
from vplan_desktop.errors import InputError
from vplan_desktop.follow_up_data import Uppfoljning
from vplan_desktop.numbers import plain
from vplan_desktop.sections import ItemKind
from vplan_desktop.services.follow_up_kinds import FOLLOW_UP_KINDS, PERIOD_FIELDS

if TYPE_CHECKING:
    from vplan_desktop.interchange.importing import Importer

ROWS: dict[str, tuple[ItemKind, str]] = {
    "mal": (ItemKind.UPPFOLJNING_MAL, "mal"),
    "indikatorer": (ItemKind.UPPFOLJNING_INDIKATOR, "indikatorer"),
    "aktiviteter": (ItemKind.UPPFOLJNING_AKTIVITET, "aktiviteter"),
    "driftbudget": (ItemKind.UPPFOLJNING_DRIFT, "drift"),
    "resultatrakning": (ItemKind.UPPFOLJNING_RESULTAT, "resultat"),
    "investeringar": (ItemKind.UPPFOLJNING_INVESTERING, "investeringar"),
    "internkontroll": (ItemKind.UPPFOLJNING_KONTROLL, "kontroller"),
}
"""Each list of a period in the format: the kind of its rows and the field of ``Uppfoljning``
that holds them."""


def _plain(value: Any) -> Any:
    """A value of a follow-up row as JSON holds it."""
    if isinstance(value, Decimal):
        as_int = int(value)
        return as_int if value == as_int else float(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if hasattr(value, "value") and not isinstance(value, str | int | float | bool):
        return value.value  # an enum
    return value


def _row(kind: ItemKind, item_id: int, record: Any) -> dict[str, Any]:
    k = FOLLOW_UP_KINDS[kind]
    names = [n for n in k.fields]
    return {k.key: item_id, **{n: _plain(getattr(record, n)) for n in names}}


def period_json(period: Uppfoljning) -> dict[str, Any]:
    return {
        "id": period.id,
        "namn": period.namn,
        "ar": period.ar,
        "slag": period.slag.value,
        "slutdatum": _plain(period.slutdatum),
        "rapporterad": period.rapporterad,
        "rapporterad_datum": _plain(period.rapporterad_datum),
        "sammanfattning": period.sammanfattning,
        "viktiga_handelser": period.viktiga_handelser,
        "framtid": period.framtid,
        **{
            key: [_row(kind, i, r) for i, r in sorted(getattr(period, field).items())]
            for key, (kind, field) in ROWS.items()
        },
    }


def scale_json(plan: d.PlanSnapshot) -> list[dict[str, Any]]:
    return [
        {"id": b.id, "namn": b.namn, "farg": b.farg, "grad": b.grad.value}
        for b in plan.bedomningsskala
    ]


# --- reading ----------------------------------------------------------------------------------


def _date(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return value  # the field check reports it
    return value


def _number(value: Any) -> Any:
    """A JSON number as an exact Decimal (a float's shortest text, never its binary value)."""
    if isinstance(value, float):
        return Decimal(repr(value))
    if isinstance(value, int) and not isinstance(value, bool):
        return Decimal(value)
    return value


def percent(value: int | float) -> Decimal:
    """The deviation threshold as an exact Decimal."""
    number = _number(value)
    return plain(number) if isinstance(number, Decimal) else Decimal(5)


CONVERT: dict[str, Callable[[Any], Any]] = {
    "datum": _date,
    "slutdatum_reviderat": _date,
    "varde": _number,
    "utfall": _number,
    "prognos": _number,
    "utfall_intakter": _number,
    "utfall_kostnader": _number,
    "prognos_intakter": _number,
    "prognos_kostnader": _number,
}


def read_scale(imp: Importer, levels: list[dict[str, Any]] | None) -> None:
    """Replace the new file's default scale with the plan's own (when it has one)."""
    if levels is None:
        return
    session = imp.session
    names: set[str] = set()
    for index, level in enumerate(levels):
        namn = " ".join(level["namn"].split())
        if namn.lower() in names:
            imp.problem(["bedomningsskala", index, "namn"], f"nivån ”{namn}” finns två gånger")
        names.add(namn.lower())
    imp.ids(levels, ["bedomningsskala"])
    if imp.problems:
        return
    for row in session.query(m.Bedomningsniva).all():
        session.delete(row)
    session.flush()
    for index, level in enumerate(levels):
        session.add(
            m.Bedomningsniva(
                id=level["id"],
                ordning=index,
                namn=" ".join(level["namn"].split()),
                farg=level["farg"],
                grad=Bedomningsgrad(level["grad"]),
            )
        )
    session.flush()


def read_periods(imp: Importer, periods: list[dict[str, Any]]) -> None:
    """Write the periods and their rows; every problem is noted at its JSON path."""
    imp.ids(periods, ["uppfoljningar"])
    names: set[str] = set()
    for index, data in enumerate(periods):
        path: list[Any] = ["uppfoljningar", index]
        values = _checked(
            imp, PERIOD_FIELDS, data, path, {"slutdatum": _date, "rapporterad_datum": _date}
        )
        namn = values.get("namn", "")
        if namn.lower() in names:
            imp.problem([*path, "namn"], f"uppföljningen ”{namn}” finns två gånger")
            continue
        names.add(namn.lower())
        period = m.Uppfoljning(
            ordning=index,
            ar=data["ar"],
            slag=UppfoljningSlag(data["slag"]),
            rapporterad=bool(data.get("rapporterad", False)),
            **{
                n: v
                for n, v in values.items()
                if v is not None or n in ("slutdatum", "rapporterad_datum")
            },
        )
        imp.add(period, data)
        for key, (kind, _field) in ROWS.items():
            _rows(imp, kind, period.id, data.get(key, []), [*path, key])


def _checked(
    imp: Importer,
    fields: dict[str, Any],
    data: dict[str, Any],
    path: list[Any],
    convert: dict[str, Callable[[Any], Any]],
) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name, check in fields.items():
        if name not in data:
            continue
        raw = convert[name](data[name]) if name in convert else data[name]
        try:
            values[name] = check(imp.session, raw)
        except InputError as error:
            imp.problem([*path, name], error.message)
    return values


def _rows(
    imp: Importer, kind: ItemKind, period_id: int, rows: list[dict[str, Any]], path: list[Any]
) -> None:
    k = FOLLOW_UP_KINDS[kind]
    seen: set[int] = set()
    for index, data in enumerate(rows):
        item_id = data[k.key]
        where = [*path, index]
        if item_id in seen:
            imp.problem([*where, k.key], f"{k.key} {item_id} förekommer två gånger")
            continue
        seen.add(item_id)
        if imp.session.get(k.item_model, item_id) is None:
            imp.problem([*where, k.key], f"{k.item_label.lower()} {item_id} finns inte i planen")
            continue
        values = _checked(imp, k.fields, data, where, CONVERT)
        if "varde" in values:
            value = values.pop("varde")
            values["tal"] = value if isinstance(value, Decimal) else None
            values["text"] = value if isinstance(value, str) else None
        imp.session.add(k.model(uppfoljning_id=period_id, **{k.key: item_id}, **values))
    imp.session.flush()

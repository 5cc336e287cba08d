"""Named versions kept in the plan: "Till arbetsutskottet 2026-10-12"."""

from __future__ import annotations

import datetime as dt
import json
import zlib
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from vplan_desktop.db import models as m
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.errors import InputError, NotFoundError, PlanFileError
from vplan_desktop.interchange.formats import forward
from vplan_desktop.interchange.writing import dumps, plan_to_json
from vplan_desktop.services.read import read_plan

MAX_NAME = 200


@dataclass(frozen=True)
class SavedVersion:
    id: int
    namn: str
    skapad: dt.datetime


def save_version(doc: PlanDocument, namn: str) -> SavedVersion:
    """Keep the plan as it is now under ``namn`` (allowed on an adopted plan too)."""
    namn = " ".join(namn.split())
    if not namn:
        raise InputError("Ge versionen ett namn, t.ex. ”Till arbetsutskottet”.")
    if len(namn) > MAX_NAME:
        raise InputError(f"Versionens namn får vara högst {MAX_NAME} tecken.")
    content = zlib.compress(dumps(plan_to_json(read_plan(doc))).encode("utf-8"))
    skapad = dt.datetime.now().replace(microsecond=0)
    with doc.transaction(adopted_too=True) as session:
        row = m.SparadVersion(namn=namn, skapad=skapad, innehall=content)
        session.add(row)
        session.flush()
        return SavedVersion(row.id, namn, skapad)


def list_versions(doc: PlanDocument) -> list[SavedVersion]:
    """The plan's named versions, newest first."""
    with doc.reading() as session:
        rows = session.execute(
            select(m.SparadVersion.id, m.SparadVersion.namn, m.SparadVersion.skapad).order_by(
                m.SparadVersion.skapad.desc(), m.SparadVersion.id.desc()
            )
        )
        return [SavedVersion(id_, namn, skapad) for id_, namn, skapad in rows]


def version_content(doc: PlanDocument, version_id: int) -> dict[str, Any]:
    """The plan as it was at a named version, in the current version of the interchange format
    (a version saved by an earlier vplan is read forward, so it compares without false
    differences)."""
    with doc.reading() as session:
        row = session.get(m.SparadVersion, version_id)
        if row is None:
            raise NotFoundError("Versionen finns inte längre i planen.")
        try:
            data = json.loads(zlib.decompress(row.innehall).decode("utf-8"), parse_float=Decimal)
        except (zlib.error, UnicodeDecodeError, ValueError):
            raise PlanFileError(f"Versionen ”{row.namn}” är skadad och kan inte läsas.") from None
    if not isinstance(data, dict):
        raise PlanFileError("Versionen är skadad och kan inte läsas.")
    current: dict[str, Any] = forward(data)
    return current


def delete_version(doc: PlanDocument, version_id: int) -> None:
    with doc.transaction(adopted_too=True) as session:
        row = session.get(m.SparadVersion, version_id)
        if row is None:
            raise NotFoundError("Versionen finns inte längre i planen.")
        session.delete(row)

"""The rules of the goal tree: one parent per goal, no goal under itself, and a goal always in
its parent's målområde (so are the goals under it); and a goal's target in words per year."""

from __future__ import annotations

from functools import partial
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from vplan_desktop.db import models as m
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.row_versions import local_time, row_key, touched
from vplan_desktop.errors import ConflictError, InputError, NotFoundError
from vplan_desktop.sections import ItemKind, Section
from vplan_desktop.services import kinds
from vplan_desktop.services.changes import Change

LOOP = "Ett mål kan inte ligga under sig självt eller under ett av målen som ligger under det."
YEAR_TEXT = 2000


def _descendants(session: Session, goal_id: int) -> list[int]:
    """The ids of every goal under ``goal_id``, at any depth."""
    found: list[int] = []
    level = [goal_id]
    while level:
        level = list(
            session.scalars(select(m.Namndsmal.id).where(m.Namndsmal.overordnat_id.in_(level)))
        )
        level = [i for i in level if i not in found and i != goal_id]
        found.extend(level)
    return found


def settle(session: Session, goal: Any, given: dict[str, Any]) -> None:
    """Before a goal is placed: it takes its parent's målområde; moved to another målområde
    on its own it leaves its parent; the goals under it follow it."""
    if goal.overordnat_id is not None:
        if goal.id is not None and (
            goal.overordnat_id == goal.id or goal.overordnat_id in _descendants(session, goal.id)
        ):
            raise InputError(LOOP)
        parent = session.get_one(m.Namndsmal, goal.overordnat_id)
        if "malomrade_id" in given and "overordnat_id" not in given:
            if given["malomrade_id"] != parent.malomrade_id:
                goal.overordnat_id = None
        else:
            goal.malomrade_id = parent.malomrade_id
    if goal.id is not None:
        under = _descendants(session, goal.id)
        if under:
            session.execute(
                update(m.Namndsmal)
                .where(m.Namndsmal.id.in_(under))
                .values(malomrade_id=goal.malomrade_id)
                .execution_options(synchronize_session="fetch")
            )


def set_year_text(
    doc: PlanDocument, goal_id: int, ar: int, text: str, *, seen: str | None = None
) -> Change:
    """Set a goal's target in words for one year ("En modell finns klar"); an empty text
    removes it. ``seen`` is the text its user saw ("" for none; None: not checked): a text
    someone else has changed since is not overwritten (``ConflictError``)."""
    with doc.transaction() as session:
        goal = session.get(m.Namndsmal, goal_id)
        if goal is None:
            raise NotFoundError("Målet finns inte längre i planen.")
        year = kinds.year("Året")(session, ar)
        checked = kinds.text(f"Målet för {year}", limit=YEAR_TEXT)(session, text).strip()
        row = session.scalar(
            select(m.MalArstext).where(
                m.MalArstext.namndsmal_id == goal_id, m.MalArstext.ar == year
            )
        )
        previous = "" if row is None else row.text
        if seen is not None and previous != seen:
            if row is None:
                raise ConflictError("", None)  # removed: an empty text keeps no name
            if row_key(row) not in touched(session):
                raise ConflictError(row.andrad_av, local_time(row.andrad_tid))
        if row is not None and not checked:
            session.delete(row)
        elif row is not None:
            row.text = checked
        elif checked:
            session.add(m.MalArstext(namndsmal_id=goal_id, ar=year, text=checked))
    undo = partial(set_year_text, goal_id=goal_id, ar=ar, text=previous, seen=checked)
    return Change(Section.MAL, ItemKind.NAMNDSMAL, goal_id, undo)

"""Marking carried-over items as looked at ("granskade"), one item or a whole section at once."""

from __future__ import annotations

from functools import partial

from sqlalchemy import Table, select, update

from vplan_desktop.db import models as m
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.errors import InputError
from vplan_desktop.sections import SECTIONS, ItemKind, Section
from vplan_desktop.services.changes import Change

SECTION_MODELS: dict[Section, list[type[m.Base]]] = {
    Section.KAPITEL: [m.Kapitel],
    Section.MAL: [m.Malomrade, m.Namndsmal, m.Indikator],
    Section.AKTIVITETER: [m.Aktivitet],
    Section.DRIFT: [m.DriftbudgetRad],
    Section.RESULTAT: [m.ResultatRad],
    Section.INVESTERINGAR: [m.Investering],
    Section.NYCKELTAL: [m.NyckeltalTabell],
    Section.INTERNKONTROLL: [m.Internkontroll],
}
"""The items of each section that carry a review mark."""


def set_review_marks(
    doc: PlanDocument, section: Section, marked: dict[str, list[int]] | None, value: bool
) -> Change:
    """Set ``att_granska`` to ``value`` for the given ids per table (None: every item of the
    section that has the other value). Undo sets the same items back."""
    if section not in SECTION_MODELS:
        raise InputError(f"Avsnittet ”{SECTIONS[section].title}” har inga poster att granska.")
    changed: dict[str, list[int]] = {}
    with doc.transaction() as session:
        for model in SECTION_MODELS[section]:
            table: Table = model.__table__  # type: ignore[assignment]
            if marked is None:
                ids = list(
                    session.scalars(select(table.c.id).where(table.c.att_granska == (not value)))
                )
            else:
                ids = marked.get(table.name, [])
            if ids:
                session.execute(update(table).where(table.c.id.in_(ids)).values(att_granska=value))
                changed[table.name] = ids
    undo = partial(set_review_marks, section=section, marked=changed, value=not value)
    return Change(section, ItemKind.GRANSKNING, None, undo)


def mark_section_reviewed(doc: PlanDocument, section: Section) -> Change:
    """ "Markera alla i avsnittet som granskade"."""
    return set_review_marks(doc, section, None, False)

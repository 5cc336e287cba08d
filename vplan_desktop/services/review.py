"""Marking carried-over items as looked at ("granskade"), one item or a whole section at once."""

from __future__ import annotations

from functools import partial

from sqlalchemy import Table, select, update

from vplan_desktop.db import models as m
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.errors import InputError
from vplan_desktop.services.changes import Change, Section

SECTION_MODELS: dict[str, list[type[m.Base]]] = {
    "kapitel": [m.Kapitel],
    "mal": [m.Malomrade, m.Namndsmal, m.Indikator],
    "aktiviteter": [m.Aktivitet],
    "drift": [m.DriftbudgetRad],
    "resultat": [m.ResultatRad],
    "investeringar": [m.Investering],
    "nyckeltal": [m.NyckeltalTabell],
    "internkontroll": [m.Internkontroll],
}
SECTIONS = {
    "kapitel": Section.KAPITEL,
    "mal": Section.MAL,
    "aktiviteter": Section.AKTIVITETER,
    "internkontroll": Section.INTERNKONTROLL,
}


def set_review_marks(
    doc: PlanDocument, section: str, marked: dict[str, list[int]] | None, value: bool
) -> Change:
    """Set ``att_granska`` to ``value`` for the given ids per table (None: every item of the
    section that has the other value). Undo sets the same items back."""
    if section not in SECTION_MODELS:
        raise InputError(f"Avsnittet ”{section}” har inga poster att granska.")
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
    return Change(SECTIONS.get(section, Section.BUDGET), "granskning", None, undo)


def mark_section_reviewed(doc: PlanDocument, section: str) -> Change:
    """ "Markera alla i avsnittet som granskade"."""
    return set_review_marks(doc, section, None, False)

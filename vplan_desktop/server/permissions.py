"""What the logged-in user may change in a plan on the server, for the window to show it.

The server decides (``rights_sql``): this only lets the window offer what the server would
take. A läsare writes nothing; a redaktör limited to some verksamheter writes the rows of
``rights_sql.VERKSAMHET_OF`` that belong to hers and nothing of the plan as a whole; a
redaktör without limits and an administratör write everything, and only an administratör
adopts a plan or opens an adopted one again. A plan file has no rights: everything
(``FULL``); a file opened read-only is the window's other path (``session.read_only``).
"""

from __future__ import annotations

from dataclasses import dataclass

from vplan_desktop.sections import Section


@dataclass(frozen=True)
class Permissions:
    writes: bool = True
    """False for a läsare: nothing of the plan may be changed."""
    verksamheter: frozenset[int] | None = None
    """The verksamheter (ids) a limited redaktör writes; None: all of the plan."""
    tables: frozenset[str] = frozenset()
    """The tables a limited redaktör writes rows of (``rights_sql.VERKSAMHET_OF``)."""
    adopts: bool = True
    """Whether the user may adopt the plan and open an adopted plan for changes."""
    roll: str = ""
    """The user's role in the plan (``rights.Roll``'s value); empty for a plan file."""
    names: tuple[str, ...] = ()
    """The names of a limited redaktör's verksamheter, for the window to say which."""

    @property
    def can_edit_plan(self) -> bool:
        """Whether the plan as a whole may be changed (its uppgifter, goals, chapters, …)."""
        return self.writes and self.verksamheter is None

    @property
    def limited(self) -> bool:
        """A redaktör who writes only some verksamheter's rows."""
        return self.writes and self.verksamheter is not None

    def may_write(self, table: str, verksamhet_id: int | None = None) -> bool:
        """Whether a row of ``table`` belonging to ``verksamhet_id`` (None: to no verksamhet,
        the plan's own) may be written."""
        if not self.writes:
            return False
        if self.verksamheter is None:
            return True
        return table in self.tables and verksamhet_id in self.verksamheter

    def may_edit_verksamhet(self, verksamhet_id: int | None) -> bool:
        """Whether the activities and budget rows of ``verksamhet_id`` may be written."""
        return self.writes and (self.verksamheter is None or verksamhet_id in self.verksamheter)

    def section_writes(self, section: Section, *, follow_up: bool = False) -> bool:
        """Whether anything of ``section`` (its follow-up page, with ``follow_up``) may be
        written: for a limited redaktör, the sections with rows of her verksamheter."""
        if self.can_edit_plan:
            return True
        written = (FOLLOW_UP_TABLES if follow_up else SECTION_TABLES).get(section, frozenset())
        return self.writes and bool(written & self.tables)


FULL = Permissions()
"""Everything: a plan file, or a user whose right the server does not tell."""

SECTION_TABLES: dict[Section, frozenset[str]] = {
    Section.AKTIVITETER: frozenset({"aktivitet"}),
    Section.DRIFT: frozenset({"driftbudget_rad", "driftbudget_belopp"}),
    Section.RESULTAT: frozenset({"resultat_rad", "resultat_belopp"}),
}
"""The tables a section writes rows of that may belong to one verksamhet; every other section
writes only the plan's own tables."""

FOLLOW_UP_TABLES: dict[Section, frozenset[str]] = {
    Section.AKTIVITETER: frozenset({"uppfoljning_aktivitet"}),
    Section.DRIFT: frozenset({"uppfoljning_drift"}),
    Section.RESULTAT: frozenset({"uppfoljning_resultat"}),
    Section.INVESTERINGAR: frozenset({"uppfoljning_investering"}),
    Section.MAL: frozenset({"uppfoljning_mal", "uppfoljning_indikator"}),
    Section.INTERNKONTROLL: frozenset({"uppfoljning_kontroll"}),
}
"""The same for the sections' follow-up pages."""

"""What the window lets a user change in a plan on the server (``server.permissions``): the
server's own rule list (``rights_sql.VERKSAMHET_OF``) decides, and the sections' tables name
real tables of the plan."""

from __future__ import annotations

from vplan_desktop.db import models as m
from vplan_desktop.sections import Section
from vplan_desktop.server.permissions import (
    FOLLOW_UP_TABLES,
    FULL,
    SECTION_TABLES,
    Permissions,
)
from vplan_desktop.server.rights_sql import VERKSAMHET_OF

LASARE = Permissions(writes=False, adopts=False, roll="läsare")
LIMITED = Permissions(
    verksamheter=frozenset({7}), tables=frozenset(VERKSAMHET_OF), adopts=False, roll="redaktör"
)


def test_a_plan_file_and_an_administrator_may_write_everything() -> None:
    for everything in (FULL, Permissions(roll="administratör")):
        assert everything.can_edit_plan and everything.adopts and not everything.limited
        assert everything.may_write("kapitel") and everything.may_write("aktivitet", 3)
        assert all(everything.section_writes(section) for section in Section)


def test_a_lasare_writes_nothing() -> None:
    assert not LASARE.can_edit_plan and not LASARE.limited
    assert not LASARE.may_write("aktivitet", 7) and not LASARE.may_edit_verksamhet(7)
    assert not any(LASARE.section_writes(section) for section in Section)
    assert not any(LASARE.section_writes(section, follow_up=True) for section in Section)


def test_a_limited_redaktor_writes_the_servers_tables_of_her_verksamheter_only() -> None:
    assert LIMITED.limited and not LIMITED.can_edit_plan
    for table in VERKSAMHET_OF:
        assert LIMITED.may_write(table, 7), table
        assert not LIMITED.may_write(table, 8), table
        assert not LIMITED.may_write(table, None), table
    for table in ("kapitel", "namndsmal", "verksamhet", "budgetkolumn", "kf_ram", "plan", ""):
        assert not LIMITED.may_write(table, 7), table
    assert LIMITED.may_edit_verksamhet(7) and not LIMITED.may_edit_verksamhet(8)
    writable = {section for section in Section if LIMITED.section_writes(section)}
    assert writable == {Section.AKTIVITETER, Section.DRIFT, Section.RESULTAT}
    follow_up = {section for section in Section if LIMITED.section_writes(section, follow_up=True)}
    assert follow_up == {Section.AKTIVITETER, Section.DRIFT, Section.RESULTAT}


def test_a_redaktor_whose_verksamheter_are_gone_writes_nothing_of_them() -> None:
    nothing = Permissions(verksamheter=frozenset(), tables=frozenset(VERKSAMHET_OF))
    assert nothing.limited and not nothing.may_write("aktivitet", 7)
    assert not nothing.may_write("aktivitet", None)


def test_the_sections_name_real_tables_and_cover_the_servers_rule_list() -> None:
    tables = set(m.Base.metadata.tables)
    named = {t for found in (SECTION_TABLES, FOLLOW_UP_TABLES) for ts in found.values() for t in ts}
    assert named <= tables, named - tables
    # Every table the server lets a limited redaktör write is one a section offers her.
    assert set(VERKSAMHET_OF) <= named

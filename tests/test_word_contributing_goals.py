"""Rules for a kommunledningsförvaltning's plan of avdelningar (corpus document DO): a table
of kommunstyrelsen's goals under a "Kommunstyrelsens mål" header; each avdelning's goals as
bold-coded paragraphs followed by "Bidrar till: KS 1", read as goals one level under the goal
named, linked by their code from the indicator and activity tables (a table without the link
column under an avdelning of one goal measures that goal); an Enhet column's "procent" as "%";
a "Kostnadsslag | Budget …" table as the resultaträkning whatever its rows' names; the
förvaltningschef from a cover's "Kontaktperson: <name>, kommundirektör"."""

from __future__ import annotations

import re
from pathlib import Path

from tests.word_shapes_docx import Writer
from tests.word_shapes_model import Front
from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell
from vplan_desktop.imports.word_contributing_goals import contribution_line
from vplan_desktop.imports.word_front_contact import contact_head
from vplan_desktop.imports.word_indicator_unit import indicator_unit
from vplan_desktop.imports.word_type_rows import rows_by_type
from vplan_desktop.services.read import read_plan

NOT_HEADS = re.compile(r"^(?:ekonomi|kommunikations|kommun)", re.I)


def _plan(source: Path) -> d.PlanSnapshot:
    import_word(source, source.with_suffix(".vplan"))
    with PlanDocument.open(source.with_suffix(".vplan"), read_only=True) as opened:
        return read_plan(opened)


def test_a_contribution_line_names_the_goal_served() -> None:
    assert contribution_line("Bidrar till: KS 1") == "KS 1"
    assert contribution_line("Kopplat till nämndens mål: Trygg skola") == "Trygg skola"
    assert contribution_line("Bidrar till mål: 2") == "2"
    assert contribution_line("Bidrar till att fler får jobb.") == ""
    assert contribution_line("Indikatorer") == ""


def test_a_contact_named_with_a_head_role_is_the_forvaltningschef() -> None:
    line = "Kontaktperson: Annika Berg, kommundirektör"
    assert contact_head(line, "Kommunstyrelsen", NOT_HEADS) == "Annika Berg"
    assert contact_head(line, "Kultur- och fritidsnämnden", NOT_HEADS) == ""
    assert contact_head("Ansvarig: Per Ek, förvaltningschef", "Miljönämnden", NOT_HEADS)
    assert contact_head("Handläggare: Eva Lund, socialdirektör", "Socialnämnden", NOT_HEADS)
    assert contact_head("Kontaktperson: Ann Ek, ekonomichef", "Kommunstyrelsen", NOT_HEADS) == ""
    assert contact_head("Kontaktperson: Ann Ek, controller", "Kommunstyrelsen", NOT_HEADS) == ""


def test_an_enhet_column_in_words_gives_the_unit() -> None:
    assert indicator_unit("Andel nöjda", "procent", ["64", "70"], "64") == "%"
    assert indicator_unit("Väntetid", "dagar", ["9"], "9") == "dagar"


def _table(rows: list[list[str]]) -> Block:
    cells = tuple(tuple(Cell(text=t) for t in row) for row in rows)
    return Block(0, BlockKind.TABLE, rows=cells)


def test_a_kostnadsslag_column_makes_rows_of_cost_types() -> None:
    rows = [
        ["Kostnadsslag", "Budget 2026", "Budget 2027"],
        ["Intäkter", "−15 780", "−16 420"],
        ["IT-licenser och drift", "13 010", "13 850"],
        ["Köpta tjänster", "5 900", "6 200"],
    ]
    assert rows_by_type(rows[0], _table(rows))
    rows[0][0] = "Avdelning"
    assert not rows_by_type(rows[0], _table(rows))  # "IT-licenser …" names no kostnadsslag


def _department(w: Writer, name: str, goals: list[tuple[str, str, str]], one: bool) -> None:
    w.heading(name, 2)
    w.para(f"{name} stödjer förvaltningarna.")
    for code, goal, served in goals:
        w.para(("b", f"{code} "), goal)
        w.para(("i", f"Bidrar till: {served}"))
    w.para(("b", "Indikatorer"))
    head = ["Indikator", "Enhet", "Utfall 2025", "Mål 2027"]
    rows = [head if one else ["Mål", *head]]
    for n, (code, _, _) in enumerate(goals):
        cells = [f"Indikator {code.lower()} nummer {n + 1}", "procent", "64", "70"]
        rows.append(cells if one else [code, *cells])
    w.table(rows)
    w.para(("b", "Aktiviteter"))
    rows = [
        ["Aktivitet", "Ansvarig", "Klart"] if one else ["Aktivitet", "Mål", "Ansvarig", "Klart"]
    ]
    for code, _, _ in goals:
        cells = [f"Aktivitet för {code.lower()}", "Chef", "juni 2027"]
        rows.append(cells if one else [cells[0], code, *cells[1:]])
    w.table(rows)


def test_avdelning_goals_serve_the_goals_of_the_styrelse(tmp_path: Path) -> None:
    w = Writer("avdelningar", Front("Kommunstyrelsen", "", 2027, 2028))
    w.cover("Sjöbacka kommun")
    w.cover("Kommunstyrelsen")
    w.cover("Förvaltningsplan 2027–2028", bold=True)
    w.cover("Kontaktperson: Lena Sund, kommundirektör")
    w.heading("Kommunstyrelsens mål", 1)
    w.para("Förvaltningen bidrar till styrelsens två mål.")
    w.table(
        [
            ["Nr", "Kommunstyrelsens mål"],
            ["KS 1", "Ekonomin är i balans varje år."],
            ["KS 2", "Kommunen är en attraktiv arbetsgivare."],
        ]
    )
    w.heading("Avdelningarnas planer", 1)
    w.para("Varje avdelning redovisar sina mål.")
    _department(
        w,
        "Ekonomiavdelningen",
        [
            ("EK1", "Uppföljningen levereras i tid.", "KS 1"),
            ("EK2", "Inköpen följer avtalen.", "KS 1"),
        ],
        one=False,
    )
    _department(w, "HR-avdelningen", [("HR1", "Medarbetarna är friska.", "KS 2")], one=True)
    w.heading("Ekonomi", 1)
    w.para("Förvaltningens budget.")
    w.table(
        [
            ["Kostnadsslag", "Budget 2027", "Plan 2028"],
            ["Intäkter", "−1 500", "−1 600"],
            ["Personalkostnader", "5 000", "5 200"],
            ["IT-licenser och drift", "1 200", "1 300"],
            ["Nettokostnad", "4 700", "4 900"],
        ]
    )
    source = tmp_path / "avdelningar.docx"
    w.save(source)
    plan = _plan(source)

    assert plan.uppgifter.forvaltningschef == "Lena Sund"
    goals = {g.text: g for g in plan.namndsmal}
    ks1, ks2 = (
        goals["Ekonomin är i balans varje år."],
        goals["Kommunen är en attraktiv arbetsgivare."],
    )
    assert ks1.niva.value == "namnd" and ks1.overordnat_id is None
    served = {
        "Uppföljningen levereras i tid.": ks1.id,
        "Inköpen följer avtalen.": ks1.id,
        "Medarbetarna är friska.": ks2.id,
    }
    for text, parent in served.items():
        assert goals[text].overordnat_id == parent
        assert goals[text].niva.value == "forvaltning"
    assert not {"EK1", "EK2", "HR1", "Ekonomiavdelningen", "HR-avdelningen"} & set(goals)
    by_id = {g.id: g.text for g in plan.namndsmal}
    indicators = {i.namn: (by_id[i.namndsmal_id], i.enhet) for i in plan.indikatorer}
    assert indicators == {
        "Indikator ek1 nummer 1": ("Uppföljningen levereras i tid.", "%"),
        "Indikator ek2 nummer 2": ("Inköpen följer avtalen.", "%"),
        "Indikator hr1 nummer 1": ("Medarbetarna är friska.", "%"),
    }
    activities = {a.namn: by_id.get(a.namndsmal_id or 0) for a in plan.aktiviteter}
    assert activities == {
        "Aktivitet för ek1": "Uppföljningen levereras i tid.",
        "Aktivitet för ek2": "Inköpen följer avtalen.",
        "Aktivitet för hr1": "Medarbetarna är friska.",
    }
    assert {r.namn for r in plan.kostnadsslag} == {
        "Intäkter",
        "Personalkostnader",
        "IT-licenser och drift",
    }
    assert not plan.driftbudget

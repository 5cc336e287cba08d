"""A "styrkort": one goal table setting the levels side by side, "Perspektiv | Strategiskt mål |
Nämndsmål | Indikator | Nuläge | Målvärde …", the first three columns merged down over their
rows and the nämndsmål's number typed in its cell ("1.1 …"). The perspectives become
målområden, the strategic goals fullmäktige's goals with the nämndsmål under them, and each
nämndsmål keeps its number apart from its words. Activities follow as one "Vad | Hur | Vem |
När" table per goal under a line naming the goal."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from tests.word_shapes_docx import Writer
from tests.word_shapes_model import Front
from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_activity_questions import asks_questions, question_role
from vplan_desktop.imports.word_build import TableContext
from vplan_desktop.imports.word_goal_levels import goal_and_number, level_columns
from vplan_desktop.imports.word_goal_table import parse_goal
from vplan_desktop.imports.word_goal_table import roles as goal_roles
from vplan_desktop.services.read import read_plan

SAFE = "Invånarna lever i en hälsosam miljö."
FOOD = "Livsmedel som säljs i kommunen är säkra."
NOISE = "Färre invånare besväras av buller."
STAFF = "Kommunen är en attraktiv arbetsgivare."
KEEP = "Nämnden behåller sina inspektörer."


def _plan(source: Path) -> d.PlanSnapshot:
    import_word(source, source.with_suffix(".vplan"))
    with PlanDocument.open(source.with_suffix(".vplan"), read_only=True) as opened:
        return read_plan(opened)


def test_the_columns_of_a_styrkort() -> None:
    headers = ["Perspektiv", "Strategiskt mål", "Nämndsmål", "Indikator", "Nuläge (2025)"]
    headers += ["Målvärde 2027"]
    ctx = TableContext(first_year=2027, last_year=2029)
    assert goal_roles(headers, ctx) == [
        "malomrade",
        "kf",
        "grupp",
        "namn",
        "nulage",
        "mal:2027",
    ]
    # without a nämndsmål column the columns keep their reading
    roles = ["ovrigt", "ovrigt", "namn", "nulage"]
    level_columns(["Perspektiv", "Strategiskt mål", "Indikator", "Nuläge"], roles)
    assert roles == ["ovrigt", "ovrigt", "namn", "nulage"]


def test_a_typed_number_before_a_goal() -> None:
    assert goal_and_number(*parse_goal(f"1.1 {FOOD}")) == (parse_goal(FOOD)[0], "1.1", FOOD)
    assert goal_and_number(*parse_goal(f"2. {NOISE}"))[1:] == ("2", NOISE)
    # a year, a count in the sentence or a goal numbered by its label stay as they are
    assert goal_and_number(*parse_goal("2027 ska alla få svar."))[1:] == (
        "",
        "2027 ska alla få svar.",
    )
    assert goal_and_number(*parse_goal("3 av 4 elever läser."))[1:] == ("", "3 av 4 elever läser.")
    assert goal_and_number(*parse_goal(f"Nämndsmål 4: {STAFF}"))[1:] == ("4", STAFF)


def test_a_styrkort_gives_its_goal_levels(tmp_path: Path) -> None:
    w = Writer("styrkort", Front("Miljönämnden", "", 2027, 2029))
    w.para("Miljönämnden")
    w.para("Verksamhetsplan 2027–2029")
    w.heading("Styrkort", 1)
    w.para("Styrkortet visar fullmäktiges mål och nämndens mål.")
    header = ["Perspektiv", "Strategiskt mål", "Nämndsmål", "Indikator", "Nuläge (2025)"]
    header += ["Målvärde 2027", "Målvärde 2029"]
    rows = [
        header,
        ["Invånare", SAFE, f"1.1 {FOOD}", "Andel genomförda kontroller", "82 %", "100 %", "100 %"],
        ["", "", "", "Andel anläggningar utan avvikelser", "64 %", "70 %", "75 %"],
        ["", "", f"1.2 {NOISE}", "Tillsynsbesök i skolor, antal", "31", "45", "45"],
        ["Medarbetare", STAFF, f"2.1 {KEEP}", "Personalomsättning", "18,5 %", "10 %", "8 %"],
    ]
    w.table(rows, merges=[(1, 0, 3, 0), (1, 1, 3, 1), (1, 2, 2, 2)])
    source = tmp_path / "styrkort.docx"
    w.save(source)
    plan = _plan(source)
    goals = {g.text: g for g in plan.namndsmal}
    areas: dict[int | None, str] = {a.id: a.namn for a in plan.malomraden}
    assert set(goals) == {SAFE, FOOD, NOISE, STAFF, KEEP}
    assert (goals[SAFE].niva.value, goals[STAFF].niva.value) == ("kf", "kf")
    assert [(goals[t].niva.value, goals[t].kod) for t in (FOOD, NOISE, KEEP)] == [
        ("namnd", "1.1"),
        ("namnd", "1.2"),
        ("namnd", "2.1"),
    ]
    assert goals[FOOD].overordnat_id == goals[NOISE].overordnat_id == goals[SAFE].id
    assert goals[KEEP].overordnat_id == goals[STAFF].id
    assert areas[goals[FOOD].malomrade_id] == areas[goals[SAFE].malomrade_id] == "Invånare"
    assert areas[goals[KEEP].malomrade_id] == "Medarbetare"
    by_goal = {
        i.namn: (plan_goal.text, i.nulage, i.malnivaer.get(2029))
        for plan_goal in plan.namndsmal
        for i in plan.indikatorer
        if i.namndsmal_id == plan_goal.id
    }
    assert by_goal == {
        "Andel genomförda kontroller": (FOOD, Decimal(82), Decimal(100)),
        "Andel anläggningar utan avvikelser": (FOOD, Decimal(64), Decimal(75)),
        "Tillsynsbesök i skolor, antal": (NOISE, Decimal(31), Decimal(45)),
        "Personalomsättning": (KEEP, Decimal("18.5"), Decimal(8)),
    }


def test_question_headings() -> None:
    assert [question_role(h) for h in ("Vad", "Hur?", "Vem ansvarar", "När klart", "Kostnad")] == [
        "namn",
        "beskrivning",
        "ansvarig",
        "slutdatum",
        "",
    ]
    assert asks_questions(["Vad", "Hur", "Vem", "När"])
    assert asks_questions(["Vad ska göras?", "Vem", "När"])
    assert not asks_questions(["Hur", "Vem", "När"])  # no "what": no activities named
    assert not asks_questions(["Vad", "Kommentar"])


def test_activities_in_vad_hur_vem_nar_tables_under_their_goal_line(tmp_path: Path) -> None:
    w = Writer("vad hur vem när", Front("Miljönämnden", "", 2027, 2029))
    w.para("Miljönämnden")
    w.para("Verksamhetsplan 2027–2029")
    w.heading("Mål", 1)
    w.table(
        [
            ["Nämndsmål", "Indikator", "Målvärde 2027"],
            [f"1.1 {FOOD}", "Andel genomförda kontroller", "100 %"],
            [f"1.2 {NOISE}", "Tillsynsbesök i skolor, antal", "45"],
        ]
    )
    w.heading("Aktiviteter", 1)
    w.para("Förvaltningen gör följande.")
    tables = {
        f"Nämndsmål 1.1 – {FOOD}": [
            ["Riskbaserad kontrollplan", "Efter riskklass", "Inspektörerna", "2027-02-28"],
            ["Projekt om allergener", "Besök på pizzerior", "Inspektör", "Juni 2027"],
        ],
        f"Nämndsmål 1.2 – {NOISE}": [
            ["Tillsyn av ventilation", "Alla grundskolor", "Hälsoskyddsinspektör", "Löpande"],
        ],
    }
    for line, rows in tables.items():
        w.para(("b", line))
        w.table([["Vad", "Hur", "Vem", "När"], *rows])
    source = tmp_path / "aktiviteter.docx"
    w.save(source)
    plan = _plan(source)
    goals = {g.id: g.text for g in plan.namndsmal}
    got = {
        a.namn: (goals.get(a.namndsmal_id or 0), a.ansvarig, a.slutdatum, a.beskrivning)
        for a in plan.aktiviteter
    }
    assert got["Riskbaserad kontrollplan"] == (
        FOOD,
        "Inspektörerna",
        dt.date(2027, 2, 28),
        "Efter riskklass",
    )
    assert got["Projekt om allergener"][:3] == (FOOD, "Inspektör", dt.date(2027, 6, 30))
    assert got["Tillsyn av ventilation"][:3] == (NOISE, "Hälsoskyddsinspektör", None)
    assert "Löpande" in got["Tillsyn av ventilation"][3]  # kept: no day to set
    assert len(plan.aktiviteter) == 3

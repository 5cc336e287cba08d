"""Rules for a plan exported into Word from a web-based planning system: goals as numbered
headings ("3.1.2 …") with grey type lines under them ("Nämndmål", "Senast ändrad …") and a
table of the goal's fields ("Beskrivning | Ansvarig | Kopplade mål", the KF goals served as
"KF-mål 1: …"); indicators and activities as small cards under a title row merged across
("Indikator: …" over "Enhet | Senaste utfall (år) | Målvärde 2027 …" and a "Polaritet: …" line,
"Aktivitet: …" over "Ansvarig | Startdatum | Slutdatum | Status"); fields not filled in as "Ej
angivet" or "–"; a new verksamhet's past years in the driftbudget as dashes; and a sub-heading
right over the internkontroll's table."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

from tests.word_shapes_docx import Writer
from tests.word_shapes_model import Front
from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import AktivitetStatus, MalNiva
from vplan_desktop.imports.word import import_word, read_source
from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell, Source
from vplan_desktop.imports.word_dash_legend import dash_means_missing, dash_means_zero
from vplan_desktop.imports.word_dash_zero import dash_zeros
from vplan_desktop.imports.word_goal_fields import is_goal_fields
from vplan_desktop.imports.word_heading_codes import heading_goal
from vplan_desktop.imports.word_indicator_cells import latest_outcome
from vplan_desktop.imports.word_titled_cards import is_titled_card, unfold_titled_cards, unset
from vplan_desktop.services.read import read_plan

NONE = "Ej angivet"
IND_HEADER = ["Enhet", "Senaste utfall (år)", "Målvärde 2027", "Målvärde 2028"]
ACT_HEADER = ["Ansvarig", "Startdatum", "Slutdatum", "Status"]
ZERO_TOO = (
    "Två punkter (..) betyder att uppgift saknas och tankstreck (–) att det inte finns något att "
    "redovisa."
)


def _table(rows: list[list[str]], across: tuple[int, ...] = (), index: int = 0) -> Block:
    """A table block; the rows in ``across`` one cell merged across the table."""
    width = max(len(r) for r in rows)
    grid = []
    for r, row in enumerate(rows):
        if r in across:
            cell = Cell(row[0], (row[0],))
            grid.append(tuple(cell for _ in range(width)))
        else:
            grid.append(tuple(Cell(t, (t,) if t else ()) for t in row))
    return Block(index, BlockKind.TABLE, text=rows[0][0], rows=tuple(grid))


def _plan(source: Path) -> d.PlanSnapshot:
    import_word(source, source.with_suffix(".vplan"))
    with PlanDocument.open(source.with_suffix(".vplan"), read_only=True) as opened:
        return read_plan(opened)


# --- the rules one by one -------------------------------------------------------------------


def test_a_card_is_a_title_row_over_field_names_and_values() -> None:
    card = [["Indikator: Andel nöjda"], IND_HEADER, ["%", "78 (2025)", "80", NONE]]
    assert is_titled_card(_table([*card, ["Polaritet: Högt värde är bra"]], (0, 3)))
    assert is_titled_card(_table([["Aktivitet: Införa X"], ACT_HEADER, ["Chef", "", "", ""]], (0,)))
    # no kind named in the title, a title not merged across, no values, a field name twice
    assert not is_titled_card(_table([["Sammanfattning: Året"], IND_HEADER, card[2]], (0,)))
    assert not is_titled_card(_table([["Indikator: Andel nöjda", "", "", ""], *card[1:]]))
    assert not is_titled_card(_table(card[:2], (0,)))
    twice = [card[0], ["Enhet", "Enhet", "Mål 2027", "Mål 2028"], card[2]]
    assert not is_titled_card(_table(twice, (0,)))


def test_a_card_becomes_a_table_of_its_item_with_unset_fields_empty() -> None:
    card = [["Indikator: Andel nöjda"], IND_HEADER, ["%", "78 (2025)", "–", NONE]]
    block = _table([*card, ["Polaritet: Lågt värde är bra"]], (0, 3))
    [table] = unfold_titled_cards(Source("x", [block])).blocks
    assert [c.text for c in table.rows[0]] == ["Indikator", *IND_HEADER, "Polaritet"]
    assert [c.text for c in table.rows[1]] == [
        "Andel nöjda",
        "%",
        "78 (2025)",
        "",
        "",
        ("Lågt värde är bra"),
    ]
    assert table.header_rows == 1
    assert unset("Ej angivet") and unset("–") and not unset("Ej påbörjad")


def test_a_goals_fields_are_named_in_its_left_column() -> None:
    fields = [["Beskrivning", "Text."], ["Ansvarig", "Chef"], ["Kopplade mål", "KF-mål 1: X"]]
    assert is_goal_fields(_table(fields))
    assert is_goal_fields(_table(fields[:2]))
    # only who and when: an activity's card; an unknown field; a field twice
    assert not is_goal_fields(_table([["Ansvarig", "Chef"], ["Status", "Pågår"]]))
    assert not is_goal_fields(_table([["Beskrivning", "Text."], ["Kostnad", "5 tkr"]]))
    assert not is_goal_fields(_table([["Beskrivning", "Text."], ["Beskrivning", "Mer."]]))


def test_a_typed_outline_number_is_a_goal_headings_code() -> None:
    heading = Block(0, BlockKind.HEADING, text="3.1.2 Fler föräldrar får stöd", level=3)
    assert heading_goal([heading], {0: 3}, 0) == (MalNiva.NAMND, "3.1.2", "Fler föräldrar får stöd")
    plain = Block(0, BlockKind.HEADING, text="2030 års mål för bostäder", level=3)
    assert heading_goal([plain], {0: 3}, 0)[2] == "2030 års mål för bostäder"


def test_the_latest_outcome_may_say_its_cells_name_the_year() -> None:
    assert latest_outcome("Senaste utfall (år)")
    assert latest_outcome("Senaste utfall")
    assert not latest_outcome("Utfall (år)")


def test_a_dash_is_no_amount_where_the_document_says_it_is_a_figure_missing() -> None:
    said = "Fält där uppgift saknas visas som ”Ej angivet” eller med ett streck."
    assert dash_means_missing(["Planen följer kommunens mall.", said])
    assert dash_means_missing(["Ett streck betyder att uppgift saknas."])
    assert not dash_means_missing(["Ett streck betyder att indikatorn inte mättes det året."])
    assert not dash_means_missing(["Tankstreck (–) betyder att det inte finns något att redovisa."])
    assert dash_means_missing([ZERO_TOO])  # read with the zero's legend first (word.py)
    assert dash_means_zero([ZERO_TOO])
    row = ["Ny verksamhet", "–", "-", "-2 400", "-2 450"]
    assert dash_zeros(row, [1, 2, 3, 4], missing=True) == []
    assert dash_zeros(row, [1, 2, 3, 4]) == [1, 2]  # Excel's zero, without such a line


# --- a whole export -------------------------------------------------------------------------


def _export(path: Path, legend: bool = True) -> None:
    w = Writer("systemexport", Front("Socialnämnden", "Hedeby kommun", 2027, 2028))
    w.para("Nämndplan 2027–2028")
    w.para("Socialnämnden")
    w.para("Hedeby kommun")
    w.heading("1 Inledning", 1)
    w.para("Planen tas fram i kommunens planeringssystem.")
    if legend:
        w.para("Fält där uppgift saknas visas som ”Ej angivet” eller med ett streck.")
    w.heading("2 Mål och indikatorer", 1)
    w.heading("2.1 Trygg uppväxt", 2)
    w.para("Målområde")
    goals = [
        ("2.1.1 Barn får tidigt stöd", "Fler barn får stöd i vardagen.", "KF-mål 1: Goda villkor"),
        ("2.1.2 Handläggningen är rättssäker", "Utredningar är klara i tid.", NONE),
    ]
    for heading, description, linked in goals:
        w.heading(heading, 3)
        w.para("Nämndmål")
        w.para("Senast ändrad 2026-09-28")
        fields = [["Beskrivning", description], ["Ansvarig", "Socialchef"]]
        w.table([*fields, ["Kopplade mål", linked]], header_rows=0)
        w.para(("b", "Indikatorer"))
        for name, outcome, targets in (
            (f"Andel nöjda ({heading[:5]})", "78 (2025)", ["80", "–"]),
            (f"Antal ärenden ({heading[:5]})", NONE, [NONE, "40"]),
        ):
            rows = [[f"Indikator: {name}", "", "", ""], IND_HEADER, ["%", outcome, *targets]]
            rows.append(["Polaritet: Högt värde är bra", "", "", ""])
            w.table(rows, header_rows=0, merges=[(0, 0, 0, 3), (3, 0, 3, 3)])
        w.para(("b", "Aktiviteter"))
        for name, end, status in (
            (f"Införa mottagning ({heading[:5]})", "2027-06-30", "Pågående"),
            (f"Utbilda handläggare ({heading[:5]})", NONE, NONE),
        ):
            rows = [[f"Aktivitet: {name}", "", "", ""], ACT_HEADER]
            rows.append(["Enhetschef", "2027-01-01", end, status])
            w.table(rows, header_rows=0, merges=[(0, 0, 0, 3)])
    w.heading("3 Ekonomi", 1)
    w.heading("3.1 Driftbudget", 2)
    w.table(
        [
            ["Verksamhet", "Bokslut 2025", "Budget 2026", "Budget 2027", "Plan 2028"],
            ["Individ- och familjeomsorg", "-31 870", "-32 400", "-33 150", "-33 800"],
            ["Arbetsmarknadsteam", "–", "–", "-2 400", "-2 450"],
            ["Summa", "-31 870", "-32 400", "-35 550", "-36 250"],
        ]
    )
    w.heading("4 Intern kontroll", 1)
    w.para("Internkontrollplanen bygger på förvaltningens riskanalys.")
    w.heading("4.1 Internkontrollplan 2027", 2)
    w.table(
        [
            ["Process", "Risk", "Kontrollmoment", "Ansvarig", "Frekvens"],
            ["Utbetalningar", "Felaktiga utbetalningar", "Stickprov", "Enhetschef", "Årligen"],
        ]
    )
    w.save(path)


def test_an_exports_goals_indicators_and_activities_are_read(tmp_path: Path) -> None:
    source = tmp_path / "export.docx"
    _export(source)
    plan = _plan(source)

    kf = [g for g in plan.namndsmal if g.niva is MalNiva.KF]
    assert [g.text for g in kf] == ["Goda villkor"]
    goals = {g.text: g for g in plan.namndsmal if g.niva is MalNiva.NAMND}
    assert list(goals) == ["Barn får tidigt stöd", "Handläggningen är rättssäker"]
    first, second = goals.values()
    assert first.overordnat_id == kf[0].id and second.overordnat_id is None
    assert first.beskrivning.startswith("Fler barn får stöd i vardagen.")
    assert "Ansvarig: Socialchef" in first.beskrivning
    assert "Nämndmål" not in first.beskrivning and "Senast ändrad" not in first.beskrivning
    assert "Polaritet: Högt värde är bra" in first.beskrivning
    assert all(not a.beskrivning for a in plan.malomraden)

    indicators = {i.namn: i for i in plan.indikatorer}
    nojda = indicators["Andel nöjda (2.1.1)"]
    assert (nojda.namndsmal_id, nojda.enhet) == (first.id, "%")
    assert (nojda.nulage_ar, nojda.nulage) == (2025, D(78))
    assert set(nojda.malnivaer) == {2027}
    arenden = indicators["Antal ärenden (2.1.1)"]
    assert arenden.nulage is None and set(arenden.malnivaer) == {2028}

    activities = {a.namn: a for a in plan.aktiviteter}
    started = activities["Införa mottagning (2.1.1)"]
    assert (started.namndsmal_id, started.ansvarig, started.slutdatum, started.status) == (
        first.id,
        "Enhetschef",
        dt.date(2027, 6, 30),
        AktivitetStatus.PAGAR,
    )
    open_ended = activities["Utbilda handläggare (2.1.2)"]
    assert open_ended.namndsmal_id == second.id
    assert open_ended.slutdatum is None and open_ended.status is None


def test_an_exports_budget_dashes_and_control_heading(tmp_path: Path) -> None:
    source = tmp_path / "export.docx"
    _export(source)
    plan = _plan(source)

    columns = {c.id: (c.slag.value, c.ar) for c in plan.budgetkolumner}
    units = {v.id: v.namn for v in plan.verksamheter}
    rows = {
        units[r.verksamhet_id]: {columns[c]: v for c, v in r.belopp.items() if v is not None}
        for r in plan.driftbudget
    }
    assert rows["Arbetsmarknadsteam"] == {("budget", 2027): -2400, ("plan", 2028): -2450}
    chapter = next(k for k in plan.kapitel if "Intern kontroll" in k.rubrik)
    assert "Internkontrollplan 2027" in chapter.text
    assert [c.kontrollmoment for c in plan.internkontroll] == ["Stickprov"]


def test_without_the_line_a_budgets_dash_is_excels_zero(tmp_path: Path) -> None:
    source = tmp_path / "export.docx"
    _export(source, legend=False)
    plan = _plan(source)
    columns = {c.id: (c.slag.value, c.ar) for c in plan.budgetkolumner}
    units = {v.id: v.namn for v in plan.verksamheter}
    team = next(r for r in plan.driftbudget if units[r.verksamhet_id] == "Arbetsmarknadsteam")
    amounts = {columns[c]: v for c, v in team.belopp.items() if v is not None}
    assert amounts[("bokslut", 2025)] == 0 and amounts[("budget", 2027)] == -2400


def test_cards_in_a_row_read_as_one_table(tmp_path: Path) -> None:
    source = tmp_path / "export.docx"
    _export(source)
    blocks = read_source(source).blocks
    cards = [b for b in blocks if b.kind is BlockKind.TABLE and b.text.startswith("Indikator |")]
    assert len(cards) == 4
    assert all(b.rows[0][0].text == "Indikator" for b in cards)

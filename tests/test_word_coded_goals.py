"""Rule: in the goals' part, a paragraph opening with a goal code in bold ("**1a.** Utsläppen
minskar.", "**1.2** …", "**N3:** …") and going on in plain text is a nämndsmål with that code;
a heading with such paragraphs under it ("1 Klimat") is their målområde, not a goal; and a
goal table's goal column holding only a code ("1a") links each indicator to the goal read
earlier with that code, not to a new goal named "1a"."""

from __future__ import annotations

from pathlib import Path

from tests.word_shapes_docx import Writer
from tests.word_shapes_model import Front
from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import MalNiva
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_blocks import Block, BlockKind
from vplan_desktop.imports.word_coded_goals import coded_goal
from vplan_desktop.markdown import Run
from vplan_desktop.services.read import read_plan


def _plan(source: Path) -> d.PlanSnapshot:
    import_word(source, source.with_suffix(".vplan"))
    with PlanDocument.open(source.with_suffix(".vplan"), read_only=True) as opened:
        return read_plan(opened)


def _para(*runs: tuple[str, bool]) -> Block:
    text = "".join(t for t, _ in runs)
    return Block(0, BlockKind.PARAGRAPH, text=text, runs=tuple(Run(t, b) for t, b in runs))


def test_a_bold_code_opening_a_plain_sentence_is_a_coded_goal() -> None:
    found = coded_goal(_para(("1a. ", True), ("Utsläppen från transporter minskar.", False)))
    assert found == (MalNiva.NAMND, "1a", "Utsläppen från transporter minskar.")
    dotted = coded_goal(_para(("1.2", True), (" Fler elever når målen.", False)))
    assert dotted == (MalNiva.NAMND, "1.2", "Fler elever når målen.")
    lettered = coded_goal(_para(("N3:", True), (" Nöjda kunder i alla ärenden.", False)))
    assert lettered == (MalNiva.NAMND, "N3", "Nöjda kunder i alla ärenden.")
    # wholly bold: a title; a code in plain text; a bold year or word; a code alone
    assert coded_goal(_para(("1a. Utsläppen från transporter minskar.", True))) is None
    assert coded_goal(_para(("1a. Utsläppen från transporter minskar.", False))) is None
    assert coded_goal(_para(("2027", True), (" Utsläppen minskar.", False))) is None
    assert coded_goal(_para(("Obs!", True), (" Utsläppen minskar.", False))) is None
    assert coded_goal(_para(("1a.", True), (" ", False))) is None
    assert coded_goal(_para(("1a.", True), (" se tabellen nedan.", False))) is None


def test_coded_goal_paragraphs_under_numbered_areas_and_a_table_linking_codes(
    tmp_path: Path,
) -> None:
    w = Writer("kodade mål", Front("Miljönämnden", "", 2027, 2028))
    w.para("Sjöbacka kommun")
    w.para("Miljönämnden")
    w.para("Verksamhetsplan 2027–2028")
    w.heading("Inledning", 1)
    w.para("Planen beskriver nämndens arbete.")
    w.heading("Mål 2027–2028", 1)
    w.heading("1 Klimat", 2)
    w.para("Utsläppen ska halveras till 2030.")
    w.para(("b", "1a. "), "Utsläppen från transporter minskar varje år.")
    w.para(("b", "1b. "), "Kommunens lokaler använder förnybar energi.")
    w.heading("2 Natur", 2)
    w.para(("b", "2a. "), "Den biologiska mångfalden stärks.")
    w.heading("Indikatorer", 2)
    rows = [
        ["Mål", "Indikator", "Utfall 2025", "Mål 2028"],
        ["1a", "Andel resor med kollektivtrafik", "41 %", "50 %"],
        ["", "Antal laddpunkter", "26", "60"],
        ["1b", "Andel förnybar energi", "78 %", "95 %"],
        ["2a", "Andel skyddad natur", "6,4 %", "8 %"],
    ]
    w.table(rows, merges=[(1, 0, 2, 0)])
    source = tmp_path / "kodade.docx"
    w.save(source)
    plan = _plan(source)

    goals = {g.kod: g for g in plan.namndsmal}
    assert {k: g.text for k, g in goals.items()} == {
        "1a": "Utsläppen från transporter minskar varje år.",
        "1b": "Kommunens lokaler använder förnybar energi.",
        "2a": "Den biologiska mångfalden stärks.",
    }
    areas: dict[int | None, str] = {a.id: a.namn for a in plan.malomraden}
    assert areas[goals["1a"].malomrade_id] == "1 Klimat"
    assert areas[goals["2a"].malomrade_id] == "2 Natur"
    assert "Utsläppen ska halveras till 2030." in next(
        a.beskrivning for a in plan.malomraden if a.namn == "1 Klimat"
    )
    by_goal = {i.namn: goals_code(plan, i.namndsmal_id) for i in plan.indikatorer}
    assert by_goal == {
        "Andel resor med kollektivtrafik": "1a",
        "Antal laddpunkter": "1a",
        "Andel förnybar energi": "1b",
        "Andel skyddad natur": "2a",
    }


def goals_code(plan: d.PlanSnapshot, goal_id: int) -> str:
    return next(g.kod for g in plan.namndsmal if g.id == goal_id)

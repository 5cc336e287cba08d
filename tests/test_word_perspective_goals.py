"""The kommun's goals as a perspective matrix ("1 Medborgare | 2 Ekonomi" over cells "1:1 …")
are read as KF goals keeping their codes; a label line "Mål 1:2" over plain paragraphs makes
each paragraph a nämnd goal under that KF goal, its first sentence the goal and, when the
paragraph states a nuläge, the goal's sentence its indicator ("Andelen X ska vara minst 90 %.
Nuläge 2025: 78 %." → "Andel X", target minst 90, nuläge 78). A line under a key-figure table
giving an estimated figure ("Beräknad volym …: två årsplaceringar.") is the table's note."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from tests.word_shapes_docx import Writer
from tests.word_shapes_model import Front
from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import MalNiva
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell
from vplan_desktop.imports.word_estimate_note import estimate_line
from vplan_desktop.imports.word_goal_sentence_indicator import indicator_name, sentence_indicator
from vplan_desktop.imports.word_notes import is_table_note
from vplan_desktop.imports.word_perspective_goals import perspective_goals
from vplan_desktop.services.read import read_plan


def _block(rows: list[list[str]]) -> Block:
    return Block(0, BlockKind.TABLE, rows=tuple(tuple(Cell(t) for t in row) for row in rows))


def _plan(source: Path) -> d.PlanSnapshot:
    import_word(source, source.with_suffix(".vplan"))
    with PlanDocument.open(source.with_suffix(".vplan"), read_only=True) as opened:
        return read_plan(opened)


def test_a_perspective_matrix_holds_goals_coded_by_their_column() -> None:
    rows = [
        ["1 Medborgare", "2 Ekonomi"],
        ["1:1 Invånarna känner sig trygga", "2:1 Budgeten hålls"],
        ["1:2 Alla får stöd i tid", ""],
    ]
    assert perspective_goals(_block(rows)) == [
        (
            "1",
            "Medborgare",
            [("1:1", "Invånarna känner sig trygga"), ("1:2", "Alla får stöd i tid")],
        ),
        ("2", "Ekonomi", [("2:1", "Budgeten hålls")]),
    ]
    # a goal coded for another column, an unnumbered header, a cell of prose: no matrix
    assert perspective_goals(_block([rows[0], ["2:1 Alla får stöd", "2:2 Budgeten hålls"]])) is None
    assert perspective_goals(_block([["Medborgare", "Ekonomi"], *rows[1:]])) is None
    assert perspective_goals(_block([rows[0], ["Vi arbetar med detta", "2:1 Budget"]])) is None


def test_the_goal_sentence_names_its_indicator_and_target() -> None:
    assert indicator_name("Andelen elever med examen") == "Andel elever med examen"
    assert indicator_name("Handläggningstiden för bygglov") == "Handläggningstid för bygglov"
    assert indicator_name("Antalet anmälningar") == "Antal anmälningar"
    assert indicator_name("Nöjd-index för bemötande") == "Nöjd-index för bemötande"
    found, rest = sentence_indicator(
        "Andelen beslut som överklagas ska vara högst 5 %.",
        "Nuläge 2025: 9 %. Mäts genom uttag ur systemet.",
        2027,
    )
    assert found is not None and rest == "Mäts genom uttag ur systemet."
    assert (found["namn"], found["enhet"], found["nulage"]["varde"]) == (
        "Andel beslut som överklagas",
        "%",
        Decimal(9),
    )
    assert found["malnivaer"] == {"2027": Decimal(5)} and found["jamforare"] == {"2027": "hogst"}
    cases = {
        "Antalet fall ska vara noll.": ("Nuläge 2025: 4.", Decimal(0), ""),
        "Andelen e-ärenden ska öka till 55 %.": ("Nuläge 2025: 38 %.", Decimal(55), "%"),
        "Tiden till beslut ska vara högst 10 arbetsdagar.": (
            "Nuläge 2025: 13,5.",
            Decimal(10),
            "arbetsdagar",
        ),
        "Kostnaden för köpt vård ska minska med 10 %.": (
            "Nuläge 2025: 9 412 tkr.",
            "Minska med 10 %",
            "tkr",
        ),
    }
    for sentence, (nulage, target, unit) in cases.items():
        found, _ = sentence_indicator(sentence, nulage, 2027)
        assert found is not None, sentence
        assert (found["malnivaer"]["2027"], found["enhet"]) == (target, unit), sentence
    # no nuläge, or no target in the sentence: no indicator
    assert sentence_indicator("Alla ska ha gått utbildningen.", "", 2027)[0] is None
    assert sentence_indicator("Vi tar fram en deklaration.", "Nuläge 2025: 3.", 2027)[0] is None


def test_an_estimated_figure_under_a_key_figure_table_is_its_note() -> None:
    line = "Beräknad volym köp av boendeplats: två årsplaceringar."
    assert estimate_line(line) and estimate_line("Uppskattat antal placeringar 2027: 14.")
    assert not estimate_line("Beräknad volym köp av boendeplats ökar under året.")
    block = Block(0, BlockKind.PARAGRAPH, text=line)
    assert is_table_note(block, key_figures=True)
    assert not is_table_note(block, key_figures=False)


def test_label_lines_put_the_nämnd_goals_under_the_kf_goals(tmp_path: Path) -> None:
    w = Writer("perspektiv", Front("Socialnämnden", "", 2027, 2028))
    w.para("Socialnämnden")
    w.para("Verksamhetsplan 2027–2028")
    w.heading("Kommunens mål", 1)
    w.table(
        [
            ["1 Medborgare", "2 Ekonomi"],
            ["1:1 Invånarna känner sig trygga", "2:1 Verksamheten håller budgeten"],
            ["1:2 Den som behöver stöd får det i tid", ""],
        ]
    )
    w.heading("Nämndens mål", 1)
    w.para(("b", "Mål 1:2"))
    w.para("Andelen utredningar som avslutas i tid ska vara minst 90 %. Nuläge 2025: 78 %.")
    w.para("Vi tar fram en servicedeklaration för familjerätten. Mäts genom kontroll.")
    w.para(("b", "Mål 2:1"))
    w.para("Kostnaden för köpt vård ska minska med 10 %. Nuläge 2025: 9 412 tkr.")
    w.save(tmp_path / "plan.docx")

    plan = _plan(tmp_path / "plan.docx")
    goals = {g.text: g for g in plan.namndsmal}
    kf = {g.kod: g for g in plan.namndsmal if g.niva is MalNiva.KF}
    assert set(kf) == {"1:1", "1:2", "2:1"}
    assert kf["2:1"].text == "Verksamheten håller budgeten"
    own = {
        "Andelen utredningar som avslutas i tid ska vara minst 90 %.": "1:2",
        "Vi tar fram en servicedeklaration för familjerätten.": "1:2",
        "Kostnaden för köpt vård ska minska med 10 %.": "2:1",
    }
    for text, code in own.items():
        assert goals[text].overordnat_id == kf[code].id, text
    assert (
        "Mäts genom kontroll."
        in goals["Vi tar fram en servicedeklaration för familjerätten."].beskrivning
    )
    indicators = {i.namn: i for i in plan.indikatorer}
    assert set(indicators) == {"Andel utredningar som avslutas i tid", "Kostnad för köpt vård"}
    andel = indicators["Andel utredningar som avslutas i tid"]
    assert (andel.enhet, andel.nulage, andel.nulage_ar) == ("%", Decimal(78), 2025)
    assert andel.malnivaer == {2027: Decimal(90)}
    assert indicators["Kostnad för köpt vård"].malnivaer == {2027: "Minska med 10 %"}


def test_a_goal_sentence_may_open_with_a_figure(tmp_path: Path) -> None:
    w = Writer("perspektiv", Front("Socialnämnden", "", 2027, 2028))
    w.para("Socialnämnden")
    w.para("Verksamhetsplan 2027–2028")
    w.heading("Kommunens mål", 1)
    w.table(
        [
            ["1 Medborgare", "2 Ekonomi"],
            ["1:5 Kommunen växer med digitaliseringens hjälp", "2:1 Budgeten hålls"],
        ]
    )
    w.heading("Nämndens mål", 1)
    w.para(("b", "Mål 1:5"))
    w.para("25 % av alla ansökningar om bistånd görs digitalt under 2027. Mäts en gång per år.")
    w.para("2027 blir ett bra år för alla.")  # a year opens no goal sentence
    w.save(tmp_path / "plan.docx")

    plan = _plan(tmp_path / "plan.docx")
    kf = next(g for g in plan.namndsmal if g.kod == "1:5")
    own = [g for g in plan.namndsmal if g.niva is not MalNiva.KF]
    assert [g.text for g in own] == [
        "25 % av alla ansökningar om bistånd görs digitalt under 2027."
    ]
    assert own[0].overordnat_id == kf.id

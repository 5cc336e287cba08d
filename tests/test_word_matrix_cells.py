"""A målmatris row giving several indicators in one row is that many indicators, each with its
own values: when the indicator cell holds N paragraphs (or bullets), the nuläge cell N lines and
the target cell ("Målvärden", no year in its header) N groups of year-labelled lines ("2027:
76 %"), line and group i belong to indicator i. A group ends where the next line's year is not
after the one before (with or without an empty line between, as paragraphs or soft line
breaks), and a year left out has no target. A single indicator's "2027: 35 %" lines are its
targets per year. The goal columns beside them (KF's goal merged down over its nämndmål rows)
hold one text for all. When the counts do not match, nothing is paired: the texts are kept,
and the report says so."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from docx import Document

from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import Jamforare
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_matrix_cells import year_labelled
from vplan_desktop.services.read import read_plan

HEADER = ["Kommunfullmäktiges mål", "Nämndmål", "Indikatorer", "Nuläge", "Målvärden"]
KF = "Äldre i Bergvik lever ett tryggt och aktivt liv."
GOALS = ("Fler äldre bor kvar hemma med stöd.", "Personalen i hemtjänsten är kontinuerlig.")
FIRST = ["Andel brukare med fler än 15 hemtjänstpersonal på 14 dagar", "Antal fallolyckor"]
SECOND = "Andel personal med undersköterskeexamen"


def _plan(source: Path) -> d.PlanSnapshot:
    import_word(source, source.with_suffix(".vplan"))
    with PlanDocument.open(source.with_suffix(".vplan"), read_only=True) as opened:
        return read_plan(opened)


def _paragraphs(cell: Any, lines: list[str], style: str | None = None) -> None:
    """``lines`` as the cell's paragraphs, an empty string an empty paragraph."""
    for n, line in enumerate(lines):
        paragraph = cell.paragraphs[0] if n == 0 else cell.add_paragraph()
        if style:
            paragraph.style = style
        if line:
            paragraph.add_run(line)


def _soft(cell: Any, lines: list[str]) -> None:
    """``lines`` in the cell's one paragraph, separated by soft line breaks."""
    paragraph = cell.paragraphs[0]
    for n, line in enumerate(lines):
        run = paragraph.add_run(line)
        if n < len(lines) - 1:
            run.add_break()


def _document(path: Path, targets: list[str], *, soft: bool = False) -> Path:
    """A plan whose målmatris has KF's goal merged down over two nämndmål rows: the first row
    with the two indicators of ``FIRST`` (bullets) and the target lines ``targets`` (the nuläge
    and target lines separated by soft line breaks with ``soft``), the second with one
    indicator and its targets per year."""
    doc = Document()
    for text in ("Bergviks kommun", "Vård- och omsorgsnämnden", "Verksamhetsplan 2027–2029"):
        doc.add_paragraph(text)
    doc.add_heading("Mål och indikatorer", 1)
    doc.add_heading("Målområde 1: Trygg äldreomsorg", 2)
    table = doc.add_table(rows=3, cols=len(HEADER))
    for c, text in enumerate(HEADER):
        table.cell(0, c).text = text
    table.cell(1, 0).merge(table.cell(2, 0)).text = KF
    first, second = table.rows[1].cells, table.rows[2].cells
    first[1].text, second[1].text = GOALS
    _paragraphs(first[2], FIRST, style="List Bullet")
    (_soft if soft else _paragraphs)(first[3], ["31 % (2025)", "142 (2024)"])
    (_soft if soft else _paragraphs)(first[4], targets)
    second[2].text = SECOND
    second[3].text = "58 % (2025)"
    _paragraphs(second[4], ["2027: 62 %", "2028: 65 %", "2029: 70 %"])
    doc.save(str(path))
    return path


def _indicators(plan: d.PlanSnapshot) -> dict[str, d.Indikator]:
    return {i.namn: i for i in plan.indikatorer}


def test_each_indicator_of_a_row_takes_its_own_nulage_and_targets(tmp_path: Path) -> None:
    targets = ["2027: 28 %", "2028: 25 %", "2029: 22 %", "", "2027: 130", "2029: 115"]
    plan = _plan(_document(tmp_path / "plan.docx", targets))
    found = _indicators(plan)
    assert sorted(found) == sorted([*FIRST, SECOND])
    goals = {g.id: g.text for g in plan.namndsmal}
    shares, falls, staff = found[FIRST[0]], found[FIRST[1]], found[SECOND]
    assert [goals[i.namndsmal_id] for i in (shares, falls, staff)] == [*GOALS[:1] * 2, GOALS[1]]
    assert (shares.nulage, shares.nulage_ar, shares.enhet) == (Decimal(31), 2025, "%")
    assert (falls.nulage, falls.nulage_ar) == (Decimal(142), 2024)
    assert shares.malnivaer == {2027: Decimal(28), 2028: Decimal(25), 2029: Decimal(22)}
    assert falls.malnivaer == {2027: Decimal(130), 2029: Decimal(115)}  # no target for 2028
    assert staff.malnivaer == {2027: Decimal(62), 2028: Decimal(65), 2029: Decimal(70)}
    kf = next(g for g in plan.namndsmal if g.text == KF)
    assert {g.overordnat_id for g in plan.namndsmal if g.text in GOALS} == {kf.id}
    assert all("2027:" not in g.beskrivning for g in plan.namndsmal)


def test_soft_broken_values_and_targets_without_empty_lines(tmp_path: Path) -> None:
    targets = ["2027: 28 %", "2028: 25 %", "2029: 22 %", "2027: Högst 130", "2029: Högst 115"]
    plan = _plan(_document(tmp_path / "plan.docx", targets, soft=True))
    found = _indicators(plan)
    assert [(found[n].nulage, found[n].nulage_ar) for n in FIRST] == [
        (Decimal(31), 2025),
        (Decimal(142), 2024),
    ]
    assert found[FIRST[0]].malnivaer == {2027: Decimal(28), 2028: Decimal(25), 2029: Decimal(22)}
    falls = found[FIRST[1]]
    assert falls.malnivaer == {2027: Decimal(130), 2029: Decimal(115)}
    assert falls.jamforare == {2027: Jamforare.HOGST, 2029: Jamforare.HOGST}


def test_targets_for_fewer_indicators_than_the_row_names_are_not_paired(tmp_path: Path) -> None:
    targets = ["2027: 28 %", "2028: 25 %", "2029: 22 %"]  # the second indicator's are missing
    source = _document(tmp_path / "plan.docx", targets)
    result = import_word(source, tmp_path / "plan.vplan")
    said = [line for line in result.report if "inte ett värde per indikator" in line]
    assert len(said) == 1 and "Raden med 2 indikatorer" in said[0], result.report
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        plan = read_plan(opened)
    found = _indicators(plan)
    assert FIRST[0] not in found and FIRST[1] not in found
    row = next(i for i in plan.indikatorer if FIRST[0] in i.namn)
    assert FIRST[1] in row.namn and row.malnivaer == {}  # no indicator got another's targets
    goal = next(g for g in plan.namndsmal if g.text == GOALS[0])
    assert "2027: 28 % 2028: 25 % 2029: 22 %" in " ".join(goal.beskrivning.split())
    assert found[SECOND].malnivaer == {2027: Decimal(62), 2028: Decimal(65), 2029: Decimal(70)}


def test_year_labelled_targets() -> None:
    assert year_labelled("2027: 76 % 2028: 78 %") == {"2027": "76 %", "2028": "78 %"}
    assert year_labelled("2027: Minst 86 %, 2029: Minst 88 %") == {
        "2027": "Minst 86 %",
        "2029": "Minst 88 %",
    }
    assert year_labelled("Läsår 2026/27: 90 % läsår 2027/28: 92 %") == {
        "2027": "90 %",
        "2028": "92 %",
    }
    assert year_labelled("2027: 76 % 2027: 12") == {}  # two indicators' targets: not one's
    assert year_labelled("Minst 80 % 2027") == {}
    assert year_labelled("2027:") == {}

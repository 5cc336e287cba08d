"""A two-column goal card – one table per goal, labels in the first column ("Mål N1", "Så här
mäter vi", "Åtgärder för att nå målet"), the goal, the indicators and the activities each in
one cell of the second – is read as the goal's line, its indicators (an "Indikator:" paragraph
with its figures' paragraphs under it; any other line an indicator of the list) and its
activities (the cell's bullets), not as a page laid out in two columns. A row "Kopplat till
KF-mål" is the goal's link to fullmäktige's goal, a row "Bakgrund" its description; the goal's
own line may span the card. A card is a goal in the goal part and under any other heading. A
two-column table of margin headings over running text stays a layout."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from docx import Document

from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell
from vplan_desktop.imports.word_column_cards import is_column_card
from vplan_desktop.services.read import read_plan

GOAL = "Fler deltagare i kommunens arbetsmarknadsinsatser går vidare till arbete eller studier."
INDICATORS = [
    "Indikator: Andel deltagare som går till arbete eller studier",
    "Utgångsvärde 2025: 34 %",
    "Målvärde 2027: Öka med 5 procentenheter",
    "Målvärde 2028: 44 %",
    "Indikator: Antal deltagare i extratjänst",
    "Utgångsvärde 2025: 62",
    "Målvärde 2027: –",
    "Målvärde 2028: Minst 75",
]
ACTIVITIES = [
    "Starta ett jobbspår inom lokalvård (ansvarig: arbetsmarknadschef)",
    "Erbjuda sfi på kvällstid (ansvarig: rektor sfi, klart augusti 2027)",
    "Inrätta ett branschråd för industri och bygg",
]


def _plan(tmp_path: Path) -> d.PlanSnapshot:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2027–2028")
    doc.add_heading("Arbetsmarknad", 1)  # a verksamhet's chapter: the card is a goal there too
    table = doc.add_table(rows=3, cols=2)
    labels = ["Mål N1", "Så här mäter vi", "Åtgärder för att nå målet"]
    for row, label in zip(table.rows, labels, strict=True):
        row.cells[0].paragraphs[0].add_run(label).bold = True
    table.cell(0, 1).paragraphs[0].add_run(GOAL)
    cell = table.cell(1, 1)
    for n, line in enumerate(INDICATORS):
        paragraph = cell.paragraphs[0] if n == 0 else cell.add_paragraph()
        paragraph.add_run(line).bold = line.startswith("Indikator") or None
    cell = table.cell(2, 1)
    for n, line in enumerate(ACTIVITIES):
        paragraph = cell.paragraphs[0] if n == 0 else cell.add_paragraph()
        paragraph.style = doc.styles["List Bullet"]
        paragraph.add_run(line)
    doc.add_paragraph("Arbetsmarknadsenheten har 40 medarbetare.")
    doc.add_heading("Ekonomi", 1)
    doc.add_paragraph("Budgeten är i balans.")
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    import_word(path, tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        return read_plan(opened)


def test_a_two_column_card_is_its_goal_indicators_and_activities(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    (goal,) = plan.namndsmal
    assert (goal.text, goal.kod, goal.niva.value) == (GOAL, "N1", "namnd")
    found = {i.namn: i for i in plan.indikatorer}
    share = found["Andel deltagare som går till arbete eller studier"]
    assert share.namndsmal_id == goal.id
    assert (share.nulage, share.nulage_ar) == (Decimal(34), 2025)
    assert dict(share.malnivaer) == {2027: "Öka med 5 procentenheter", 2028: Decimal(44)}
    count = found["Antal deltagare i extratjänst"]
    assert dict(count.malnivaer) == {2028: Decimal(75)}  # "–": no target for 2027
    assert count.jamforare[2028].value == "minst"
    assert [(a.namn, a.ansvarig, a.slutdatum, a.namndsmal_id) for a in plan.aktiviteter] == [
        ("Starta ett jobbspår inom lokalvård", "arbetsmarknadschef", None, goal.id),
        ("Erbjuda sfi på kvällstid", "rektor sfi", dt.date(2027, 8, 31), goal.id),
        ("Inrätta ett branschråd för industri och bygg", "", None, goal.id),
    ]
    text = " ".join(c.text for c in plan.kapitel)
    assert "Så här mäter vi" not in text and "Utgångsvärde" not in text
    assert "Arbetsmarknadsenheten har 40 medarbetare." in text


def test_a_card_with_its_goal_across_a_link_and_a_description(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2027–2028")
    doc.add_heading("Nämndens mål", 1)
    rows = [
        ("Mål 2: Fler elever klarar sfi.", ""),
        ("Kopplat till KF-mål", "Alla invånare har möjlighet till livslångt lärande."),
        ("Bakgrund", "Färre elever än i riket klarar två kurser."),
        ("Indikatorer", "Andel elever som klarat två kurser (2025: 41 %, mål 2027: 45 %)"),
        ("Aktiviteter", "Erbjuda sfi på kvällstid"),
    ]
    table = doc.add_table(rows=len(rows), cols=2)
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    table.cell(0, 0).merge(table.cell(0, 1))
    doc.add_heading("Ekonomi", 1)
    doc.add_paragraph("Budgeten är i balans.")
    doc.save(str(tmp_path / "plan.docx"))
    import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        plan = read_plan(opened)

    kf, goal = sorted(plan.namndsmal, key=lambda g: g.niva.value)
    assert (kf.niva.value, kf.text) == ("kf", rows[1][1])
    assert (goal.kod, goal.text, goal.overordnat_id) == ("2", "Fler elever klarar sfi.", kf.id)
    assert goal.beskrivning == rows[2][1]
    (indicator,) = plan.indikatorer
    assert indicator.namn == "Andel elever som klarat två kurser"
    assert (indicator.nulage, dict(indicator.malnivaer)) == (Decimal(41), {2027: Decimal(45)})
    assert [(a.namn, a.namndsmal_id) for a in plan.aktiviteter] == [(rows[4][1], goal.id)]


def _table(*rows: tuple[str, str]) -> Block:
    return Block(0, BlockKind.TABLE, rows=tuple((Cell(a), Cell(b)) for a, b in rows))


def test_a_card_opens_with_its_goal_and_labels_every_row() -> None:
    card = _table(("Mål 2", GOAL), ("Indikatorer", "Indikator: Antal"), ("Aktiviteter", "Starta"))
    assert is_column_card(card)
    assert is_column_card(_table(("Nämndens mål", GOAL), ("Det här gör vi", "Starta")))
    assert is_column_card(_table(("Mål nr 3", GOAL), ("Så mäter vi", "Antal besök")))
    text = "Nämnden ansvarar för arbetsmarknadsinsatser och vuxenutbildning i hela kommunen."
    layout = _table(("Inledning", text), ("Uppdrag", text), ("Omvärld", text))
    assert not is_column_card(layout)
    assert not is_column_card(_table(("Mål 2", GOAL), ("Uppdrag", text)))  # no card's label
    assert not is_column_card(_table(("Mål 2", GOAL), ("Bakgrund", text)))  # nothing measured
    assert not is_column_card(_table(("Indikatorer", "Antal"), ("Mål 2", GOAL)))
    goal, measure, do = Cell(GOAL), Cell("Indikator: Antal"), Cell("Starta")
    wide = (
        (Cell("Mål 1"), goal, goal),
        (Cell("Mått"), measure, measure),
        (Cell("Åtgärder"), do, do),
    )
    assert is_column_card(Block(0, BlockKind.TABLE, rows=wide))  # its second column spans two
    header = (Cell("Mått"), Cell("Indikator"), Cell("Nuläge 2025"))  # a målkort's sub-header
    assert not is_column_card(Block(0, BlockKind.TABLE, rows=(wide[0], header, wide[2])))

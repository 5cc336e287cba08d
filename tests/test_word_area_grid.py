"""A plan on one page laid out as a grid: the målområden are the columns, named over an empty
corner cell, and labelled rows run down the left – "Nämndens mål" (numbered goal bullets), "Så
mäter vi" (indicator bullets opening with their goal's number, their figures inline "31 %
(2025) → 34 % (2027)"), "Det här gör vi 2027" (activity bullets closing with "(ansvarig,
vt 2027)"), "Ekonomi" merged across. Each goal goes under its column's målområde without its
number, each indicator under the goal its number names with the nuläge and targets its figures
give, each activity under its målområde with its ansvarig and end date; the other row's text is
kept. The corpus measure reads such a line as its pieces: the name, each figure and its year,
each part of the closing parenthesis (tests/word_rate_texts.py)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

from docx import Document

from tests.word_rate_texts import lost_texts, plan_texts
from tests.word_shapes_model import Expected, Front
from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_area_grid import grid_figures, is_area_grid, who_and_when
from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell
from vplan_desktop.services.read import read_plan

ECONOMY = "Nämndens ram för 2027 är 61,2 mnkr. Hyran för den nya hallen ryms inom ramen."


def _plan(source: Path) -> d.PlanSnapshot:
    import_word(source, source.with_suffix(".vplan"))
    with PlanDocument.open(source.with_suffix(".vplan"), read_only=True) as opened:
        return read_plan(opened)


def _bullets(doc: Any, cell: Any, *lines: str) -> None:
    for n, line in enumerate(lines):
        paragraph = cell.paragraphs[0] if n == 0 else cell.add_paragraph()
        paragraph.style = doc.styles["List Bullet"]
        number, _, rest = line.partition(" ")
        if number[0].isdigit():
            paragraph.add_run(number + " ").bold = True
            paragraph.add_run(rest)
        else:
            paragraph.add_run(line)


def _grid_plan(path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Ekby kommun")
    doc.add_paragraph("Kultur- och fritidsnämnden")
    doc.add_paragraph("Verksamhetsplan 2027–2028")
    doc.add_heading("Verksamhetsplan på en sida", 1)
    table = doc.add_table(rows=5, cols=3)
    table.cell(0, 1).text, table.cell(0, 2).text = "Meningsfull fritid", "Attraktiv arbetsgivare"
    labels = ["Nämndens mål", "Så mäter vi", "Det här gör vi 2027", "Ekonomi"]
    for row, label in enumerate(labels, start=1):
        table.cell(row, 0).text = label
    _bullets(doc, table.cell(1, 1), "1.1 Fler unga deltar i fritidsverksamheten.")
    _bullets(doc, table.cell(1, 2), "2.1 Medarbetarna är friska.", "2.2 Cheferna stannar.")
    _bullets(
        doc,
        table.cell(2, 1),
        "1.1 Andel unga som besöker fritidsgården 31 % (2025) → 34 % (2027) → 36 % (2028)",
        "1.1 Antal besök per vecka: 640 (2025) → öka (2027)",
    )
    _bullets(
        doc,
        table.cell(2, 2),
        "2.1 Sjukfrånvaro 6,8 % (2025) → 5,5 % (2027)",
        "2.2 Personalomsättning bland chefer 12 % (2025) → 9 % (2027)",
    )
    _bullets(
        doc,
        table.cell(3, 1),
        "Sommarlovsaktiviteter med föreningarna (fritidschef, vt 2027)",
        "Nytt bokningssystem",
    )
    _bullets(doc, table.cell(3, 2), "Chefsprogram (HR-chef, december 2027)")
    merged = table.cell(4, 1).merge(table.cell(4, 2))
    merged.text = ECONOMY
    doc.save(str(path))


def test_an_indicators_figures_and_an_activitys_closing_parenthesis() -> None:
    assert grid_figures("Antal lån per invånare 4,6 (2025) → 5,0 (2027)") == (
        "Antal lån per invånare",
        [(2025, "4,6"), (2027, "5,0")],
    )
    assert grid_figures("Antal tillbud – 1 240 (2025) → öka (2027)") == (
        "Antal tillbud",
        [(2025, "1 240"), (2027, "öka")],
    )
    assert grid_figures("Nöjdhet, index 61 (2025)") == ("Nöjdhet, index", [(2025, "61")])
    assert grid_figures("Väntetid 12 dagar (2025) → högst 10 dagar (2027)")[1] == [
        (2025, "12 dagar"),
        (2027, "högst 10 dagar"),
    ]
    assert grid_figures("Andel nöjda invånare") == ("Andel nöjda invånare", [])
    assert who_and_when("Meröppet bibliotek (bibliotekschef, vt 2027)") == (
        "Meröppet bibliotek",
        "bibliotekschef",
        "vt 2027",
    )
    assert who_and_when("Ny belysning (december 2027)") == ("Ny belysning", "", "december 2027")
    assert who_and_when("Läsprojekt (ansvarig: rektor, klart: 2027-06-30)") == (
        "Läsprojekt",
        "rektor",
        "2027-06-30",
    )
    # a parenthesis saying anything else is part of the name
    assert who_and_when("Mät engagemanget (HME)")[1:] == ("", "")
    assert who_and_when("Ny hall (etapp 2 av 3)") == ("Ny hall (etapp 2 av 3)", "", "")
    assert who_and_when("Ny hall (klart: löpande)") == ("Ny hall (klart: löpande)", "", "")


def test_a_grid_needs_its_corner_goals_and_placeable_indicators() -> None:
    def grid(corner: str, indicator: str) -> Block:
        rows = [
            (Cell(corner), Cell("Fritid"), Cell("Arbetsgivare")),
            (Cell("Nämndens mål"), Cell("1.1 Fler unga deltar."), Cell("2.1 Friska medarbetare.")),
            (Cell("Så mäter vi"), Cell("1.1 Andel unga 31 % (2025)"), Cell(indicator)),
        ]
        return Block(0, BlockKind.TABLE, rows=tuple(rows))

    assert is_area_grid(grid("", "2.1 Sjukfrånvaro 6,8 % (2025)"))
    assert is_area_grid(grid("", "Sjukfrånvaro 6,8 % (2025)"))  # the column's one goal
    assert is_area_grid(grid("Målområde", "2.1 Sjukfrånvaro 6,8 % (2025)"))  # names the columns
    assert not is_area_grid(grid("Nyckeltal", "2.1 Sjukfrånvaro 6,8 % (2025)"))
    assert not is_area_grid(grid("", "3.1 Sjukfrånvaro 6,8 % (2025)"))  # no goal 3.1


def test_a_plan_on_one_page_with_the_malomraden_as_columns(tmp_path: Path) -> None:
    _grid_plan(tmp_path / "plan.docx")
    plan = _plan(tmp_path / "plan.docx")
    areas = {a.id: a.namn for a in plan.malomraden}
    goals = {g.text: areas.get(g.malomrade_id or 0) for g in plan.namndsmal}
    assert goals == {
        "Fler unga deltar i fritidsverksamheten.": "Meningsfull fritid",
        "Medarbetarna är friska.": "Attraktiv arbetsgivare",
        "Cheferna stannar.": "Attraktiv arbetsgivare",
    }
    texts = {g.id: g.text for g in plan.namndsmal}
    found = {
        i.namn: (texts[i.namndsmal_id], i.enhet, i.nulage_ar, i.nulage, dict(i.malnivaer))
        for i in plan.indikatorer
    }
    assert found == {
        "Andel unga som besöker fritidsgården": (
            "Fler unga deltar i fritidsverksamheten.",
            "%",
            2025,
            Decimal(31),
            {2027: Decimal(34), 2028: Decimal(36)},
        ),
        "Antal besök per vecka": (
            "Fler unga deltar i fritidsverksamheten.",
            "",
            2025,
            Decimal(640),
            {2027: "öka"},
        ),
        "Sjukfrånvaro": (
            "Medarbetarna är friska.",
            "%",
            2025,
            Decimal("6.8"),
            {2027: Decimal("5.5")},
        ),
        "Personalomsättning bland chefer": (
            "Cheferna stannar.",
            "%",
            2025,
            Decimal(12),
            {2027: Decimal(9)},
        ),
    }
    activities = {
        a.namn: (areas.get(a.malomrade_id or 0), a.namndsmal_id, a.ansvarig, a.slutdatum)
        for a in plan.aktiviteter
    }
    assert activities == {
        "Sommarlovsaktiviteter med föreningarna": (
            "Meningsfull fritid",
            None,
            "fritidschef",
            dt.date(2027, 6, 30),
        ),
        "Nytt bokningssystem": ("Meningsfull fritid", None, "", None),
        "Chefsprogram": ("Attraktiv arbetsgivare", None, "HR-chef", dt.date(2027, 12, 31)),
    }
    assert ECONOMY in plan_texts(plan)


def test_the_measure_reads_a_lines_pieces_held_apart() -> None:
    sources = [
        "1.1 Antal besök per vecka: 640 (2025) → öka (2027)",
        "Meröppet bibliotek (bibliotekschef, vt 2027)",
    ]
    held = ["Antal besök per vecka", "2025", "640", "2027", "öka", "Meröppet bibliotek"]
    plan = " ¶ ".join([*held, "bibliotekschef", "Klart: vt 2027"])
    expected = Expected("t", Front("Nämnden", "Kommunen", 2027, 2027))
    assert lost_texts(sources, plan, expected) == []
    assert lost_texts(sources, " ¶ ".join([*held[:-2], "Meröppet bibliotek"]), expected) == sources
    without_figure = " ¶ ".join(h for h in held if h != "640")
    assert lost_texts(sources[:1], without_figure, expected) == sources[:1]

"""The goal tree in Word, PDF and Excel, read back as a reader sees it: a KF goal with two
nämndsmål under it (one measured by an indicator whose targets compare, one with targets in
words), a förvaltning goal under the second, an uppdrag, and activities tied to a goal, to the
uppdrag, to the målområde and to the whole plan, dated, revised or planned by year."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from docx import Document
from docx.shared import Pt
from pypdf import PdfReader

from tests.pdf_reading import page_lines
from tests.word_reading import style_name
from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import Jamforare, MalNiva, VardeSlag
from vplan_desktop.exports.export import export_plan
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import goal_tree, items, values
from vplan_desktop.services.read import read_plan

NBSP = "\u00a0"
AREA = "1 Trygghet"
AREA_TEXT = "Alla ska kunna känna sig trygga i sin vardag."
KF = "KF:s mål 1:2 – Invånarna känner sig trygga"
FIRST = "Nämndsmål 1 – Fler brukare känner sig trygga"
SECOND = "Nämndsmål 2 – Barn har inflytande"
SUB = "Förvaltningens mål 2.a – Barnsamtal i varje utredning"
UPPDRAG = "Uppdrag KF 2026:3 – Ta fram en plan för tidiga insatser"
FACTS = "Ansvarig: Enhetschef vuxen\nFöljs upp genom: Brukarundersökningen\nAdressat: Nämnden"
DESCRIPTION = "Tryggheten mäts varje höst."
YEAR_TEXTS = "Mål 2027: En modell finns klar.\nMål 2028: Modellen används."
INDICATOR = "Andel trygga brukare"
ACTIVITIES = {
    "Samråd med skolan": UPPDRAG,
    "Trygga inköp": "Målområde: 1 Trygghet",
    "Nytt verksamhetssystem": "Hela planen",
    "Rutin för barnsamtal": SUB,
}
"""Each activity's name and what it is tied to."""


def _goal(doc: PlanDocument, text: str, **fields: Any) -> int:
    change = items.add_item(doc, ItemKind.NAMNDSMAL, {"text": text, **fields})
    assert change.item_id is not None
    return change.item_id


def _activity(doc: PlanDocument, name: str, **fields: Any) -> None:
    items.add_item(doc, ItemKind.AKTIVITET, {"namn": name, **fields})


@pytest.fixture
def plan(doc: PlanDocument) -> d.PlanSnapshot:
    """The plan (2026–2028), built through the services as the app builds it."""
    area = items.add_item(
        doc, ItemKind.MALOMRADE, {"kod": "1", "namn": "Trygghet", "beskrivning": AREA_TEXT}
    ).item_id
    kf = _goal(doc, "Invånarna känner sig trygga", malomrade_id=area, niva=MalNiva.KF, kod="1:2")
    first = _goal(
        doc,
        "Fler brukare känner sig trygga",
        overordnat_id=kf,
        niva=MalNiva.NAMND,
        kod="1",
        ansvarig="Enhetschef vuxen",
        foljs_upp_genom="Brukarundersökningen",
        adressat="Nämnden",
        beskrivning=DESCRIPTION,
    )
    indicator = items.add_item(
        doc,
        ItemKind.INDIKATOR,
        {"namndsmal_id": first, "namn": INDICATOR, "enhet": "%", "kalla": "Enkät"},
    ).item_id
    assert indicator is not None
    values.set_indicator_value(doc, indicator, VardeSlag.MALNIVA, 2026, Decimal(90))
    values.set_indicator_value(
        doc, indicator, VardeSlag.MALNIVA, 2027, Decimal(95), Jamforare.MINST
    )
    items.update_item(
        doc,
        ItemKind.INDIKATOR,
        indicator,
        {"langsiktigt": Decimal(98), "langsiktigt_jamforare": Jamforare.MINST},
    )
    second = _goal(doc, "Barn har inflytande", overordnat_id=kf, niva=MalNiva.NAMND, kod="2")
    goal_tree.set_year_text(doc, second, 2027, "En modell finns klar.")
    goal_tree.set_year_text(doc, second, 2028, "Modellen används.")
    sub = _goal(
        doc,
        "Barnsamtal i varje utredning",
        overordnat_id=second,
        niva=MalNiva.FORVALTNING,
        kod="2.a",
    )
    uppdrag = _goal(
        doc,
        "Ta fram en plan för tidiga insatser",
        malomrade_id=area,
        niva=MalNiva.UPPDRAG,
        kod="KF 2026:3",
    )
    _activity(
        doc,
        "Samråd med skolan",
        namndsmal_id=uppdrag,
        beskrivning="Förvaltningarna kartlägger insatserna.",
        startdatum=dt.date(2027, 1, 15),
        slutdatum=dt.date(2027, 11, 30),
    )
    _activity(doc, "Trygga inköp", malomrade_id=area, ansvarig="Inköpare")
    _activity(
        doc,
        "Nytt verksamhetssystem",
        startdatum=dt.date(2026, 3, 1),
        slutdatum=dt.date(2027, 9, 30),
        slutdatum_reviderat=dt.date(2027, 12, 15),
    )
    _activity(doc, "Rutin för barnsamtal", namndsmal_id=sub, ar=2027)
    return read_plan(doc)


@pytest.fixture
def files(plan: d.PlanSnapshot, tmp_path: Path) -> dict[str, Path]:
    out = {fmt: tmp_path / f"plan.{fmt}" for fmt in ("docx", "pdf", "xlsx")}
    for fmt, path in out.items():
        export_plan(plan, fmt, path)
    return out


# --- Word ---------------------------------------------------------------------------------------


def test_word_prints_the_tree_in_order_each_level_further_in(files: dict[str, Path]) -> None:
    paragraphs = Document(str(files["docx"])).paragraphs
    headings = [
        (p.text, style_name(p), p.paragraph_format.left_indent)
        for p in paragraphs
        if style_name(p).startswith("Heading")
    ]
    start = headings.index(("Mål och indikatorer", "Heading 1", None))
    assert headings[start : start + 8] == [
        ("Mål och indikatorer", "Heading 1", None),
        ("Målen i sammandrag", "Heading 2", None),
        (AREA, "Heading 2", None),
        (KF, "Heading 3", None),
        (FIRST, "Heading 4", Pt(14)),
        (SECOND, "Heading 4", Pt(14)),
        (SUB, "Heading 5", Pt(28)),
        (UPPDRAG, "Heading 3", None),
    ]
    # the body from the chapter on (the contents list the headings too)
    first = next(n for n, p in enumerate(paragraphs) if style_name(p) == "Heading 1")
    texts = [p.text for p in paragraphs[first:]]
    # under each heading, what is set of the goal, in order
    assert texts[texts.index(AREA) + 1] == AREA_TEXT
    assert texts[texts.index(FIRST) + 1 : texts.index(FIRST) + 3] == [FACTS, DESCRIPTION]
    assert texts[texts.index(SECOND) + 1] == YEAR_TEXTS
    # only the förvaltning goal lacks anything to be measured by; an uppdrag is not measured
    assert texts.count("Målet har ännu ingen indikator.") == 1
    assert texts[texts.index(SUB) + 1] == "Målet har ännu ingen indikator."


def test_word_prints_targets_with_their_comparison_and_the_long_range_one(
    files: dict[str, Path],
) -> None:
    document = Document(str(files["docx"]))
    table = next(t for t in document.tables if t.cell(0, 0).text == "Mätmetod/Indikator")
    rows = [[c.text for c in row.cells] for row in table.rows]
    assert rows == [
        ["Mätmetod/Indikator", "Nuläge", "2026", "2027", "2028", "Långsiktigt", "Källa"],
        [INDICATOR, "", f"90{NBSP}%", f"≥{NBSP}95{NBSP}%", "", f"≥{NBSP}98{NBSP}%", "Enkät"],
    ]


def _activity_rows(document: Any) -> list[list[str]]:
    return [
        [c.text for c in row.cells]
        for t in document.tables
        if t.cell(0, 0).text == "Aktivitet"
        for row in t.rows[1:]
    ]


def test_word_prints_every_activity_once_under_what_it_is_tied_to(
    files: dict[str, Path],
) -> None:
    document = Document(str(files["docx"]))
    rows = _activity_rows(document)
    names = [row[0].split("\n")[0] for row in rows]
    assert sorted(names) == sorted(ACTIVITIES)  # none dropped, none twice
    by_name = {row[0].split("\n")[0]: row for row in rows}
    assert by_name["Samråd med skolan"][:4] == [
        "Samråd med skolan\nFörvaltningarna kartlägger insatserna.",
        "",
        "2027-01-15",
        "2027-11-30",
    ]
    assert by_name["Nytt verksamhetssystem"][2:4] == [
        "2026-03-01",
        "2027-09-30\nreviderat till 2027-12-15",
    ]
    assert by_name["Rutin för barnsamtal"][2:4] == ["", f"Under{NBSP}2027"]
    tables = [t for t in document.tables if t.cell(0, 0).text == "Aktivitet"]
    # a name is never left on one page and its description on the next
    assert all(row._tr.xpath("./w:trPr/w:cantSplit") for t in tables for row in t.rows)
    # the groups: the whole plan, the målområde (its own activities first), its goals in order
    body = [
        (p.text, style_name(p))
        for p in document.paragraphs
        if style_name(p).startswith("Heading") or style_name(p) == "Caption"
    ]
    assert body[body.index(("Aktiviteter", "Heading 1")) + 1 :] == [
        ("Hela planen", "Heading 2"),
        (AREA, "Heading 2"),
        ("Kopplade till målområdet i sin helhet", "Caption"),
        (SUB, "Heading 3"),
        (UPPDRAG, "Heading 3"),
    ]


# --- PDF ----------------------------------------------------------------------------------------


def _lines(path: Path) -> list[str]:
    """The lines of the pages, the contents (the pages with links) left out."""
    pages = PdfReader(str(path)).pages
    return [line for page in pages if "/Annots" not in page for line in page_lines(page)]


def _left_edges(path: Path) -> dict[str, float]:
    """Where each drawn line of text begins, from the page's left edge."""
    edges: dict[str, float] = {}

    def visit(text: str, cm: list[float], tm: list[float], *_: Any) -> None:
        words = " ".join(text.split())
        if words:
            edges.setdefault(words, tm[4] * cm[0] + tm[5] * cm[2] + cm[4])

    for page in PdfReader(str(path)).pages:
        page.extract_text(visitor_text=visit)
    return edges


def _outline_depths(path: Path) -> list[tuple[str, int]]:
    reader = PdfReader(str(path))
    found: list[tuple[str, int]] = []

    def walk(entries: list[Any], depth: int) -> None:
        for entry in entries:
            if isinstance(entry, list):
                walk(entry, depth + 1)
            else:
                found.append((str(entry.title), depth))

    walk(reader.outline, 0)
    return found


def test_pdf_prints_the_tree_in_order_each_level_further_in(files: dict[str, Path]) -> None:
    lines = _lines(files["pdf"])
    start = lines.index("Mål och indikatorer")
    chapter = lines[start : lines.index("Aktiviteter", start)]
    order = [chapter.index(text) for text in (AREA, AREA_TEXT, KF, FIRST, SECOND, SUB, UPPDRAG)]
    assert order == sorted(order)
    for line in [*FACTS.split("\n"), DESCRIPTION, *YEAR_TEXTS.split("\n")]:
        assert line in chapter, line
    assert (
        chapter.index(FIRST) < chapter.index("Ansvarig: Enhetschef vuxen") < chapter.index(SECOND)
    )
    assert (
        chapter.index(SECOND)
        < chapter.index("Mål 2027: En modell finns klar.")
        < chapter.index(SUB)
    )
    assert f"≥{NBSP}95{NBSP}%" in chapter and f"≥{NBSP}98{NBSP}%" in chapter
    assert "Långsiktigt" in chapter
    edges = _left_edges(files["pdf"])
    assert edges[KF] == edges[UPPDRAG] < edges[FIRST] == edges[SECOND] < edges[SUB]
    # the bookmarks nest as the goals do
    depths: dict[str, int] = {}
    for title, depth in _outline_depths(files["pdf"]):
        depths.setdefault(title, depth)  # the goal chapter's, not the activities'
    assert (depths[AREA], depths[KF], depths[FIRST], depths[SUB], depths[UPPDRAG]) == (
        1,
        2,
        3,
        4,
        2,
    )


def test_pdf_prints_every_activity_with_its_description_and_dates(
    files: dict[str, Path],
) -> None:
    lines = _lines(files["pdf"])
    start = lines.index("Aktiviteter")
    chapter = lines[start:]
    for name in ACTIVITIES:
        assert chapter.count(name) == 1, name
    assert chapter.index("Hela planen") < chapter.index("Nytt verksamhetssystem")
    assert chapter.index(AREA) < chapter.index("Trygga inköp") < chapter.index(SUB)
    assert chapter.index(SUB) < chapter.index("Rutin för barnsamtal") < chapter.index(UPPDRAG)
    assert chapter.index(UPPDRAG) < chapter.index("Samråd med skolan")
    assert "Förvaltningarna kartlägger insatserna." in chapter
    # the revised end under the first (wrapped as the narrow column needs)
    assert "2027-09-30 reviderat till 2027-12-15" in " ".join(chapter)
    assert f"Under{NBSP}2027" in chapter


# --- Excel --------------------------------------------------------------------------------------


def _sheet(path: Path, name: str) -> tuple[Any, list[dict[str, Any]]]:
    """The sheet and its rows from row 5 on, each as {column heading: cell}."""
    sheet = openpyxl.load_workbook(path)[name]
    header = [c.value for c in sheet[4]]
    rows = [dict(zip(header, row, strict=False)) for row in sheet.iter_rows(min_row=5)]
    return sheet, [row for row in rows if any(c.value is not None for c in row.values())]


def test_excel_lists_each_goal_with_its_level_parent_and_targets(files: dict[str, Path]) -> None:
    _, rows = _sheet(files["xlsx"], "Mål och indikatorer")
    goals = rows[:5]  # the indicators' yearly figures would follow, after a blank row

    def shown(column: str) -> list[Any]:
        return [row[column].value for row in goals]

    assert shown("Nivå") == ["KF:s mål", "Nämndsmål", "Nämndsmål", "Förvaltningens mål", "Uppdrag"]
    assert shown("Nummer") == ["1:2", "1", "2", "2.a", "KF 2026:3"]
    assert shown("Mål") == [
        "Invånarna känner sig trygga",
        "Fler brukare känner sig trygga",
        "Barn har inflytande",
        "Barnsamtal i varje utredning",
        "Ta fram en plan för tidiga insatser",
    ]
    assert [row["Mål"].alignment.indent for row in goals] == [0, 2, 2, 4, 0]
    assert shown("Överordnat mål") == [None, KF, KF, SECOND, None]
    assert shown("Målområde") == [AREA] * 5
    assert shown("Ansvarig")[1] == "Enhetschef vuxen"
    assert shown("Följs upp genom")[1] == "Brukarundersökningen"
    assert shown("Adressat")[1] == "Nämnden"
    assert shown("Mål 2027")[2] == "En modell finns klar."
    assert shown("Mål 2028")[2] == "Modellen används."
    assert shown("Indikator") == [None, INDICATOR, None, None, None]
    target, long_range = goals[1]["Målnivå 2027"], goals[1]["Långsiktigt"]
    assert (target.value, long_range.value, goals[1]["Målnivå 2026"].value) == (95, 98, 90)
    # the numbers stay numbers; the format shows the comparison
    assert target.number_format.startswith('"≥ "') and long_range.number_format.startswith('"≥ "')
    assert "≥" not in goals[1]["Målnivå 2026"].number_format


def test_excel_lists_every_activity_with_its_tie_revision_and_year(
    files: dict[str, Path],
) -> None:
    _, rows = _sheet(files["xlsx"], "Aktiviteter")
    found = {row["Aktivitet"].value: row for row in rows}
    assert {name: row["Kopplad till"].value for name, row in found.items()} == ACTIVITIES
    revised = found["Nytt verksamhetssystem"]
    # Excel dates, shown as 2027-09-30.
    assert (revised["Slutdatum"].value, revised["Reviderat slutdatum"].value) == (
        dt.datetime(2027, 9, 30),
        dt.datetime(2027, 12, 15),
    )
    assert revised["Slutdatum"].number_format == "yyyy-mm-dd"
    assert found["Rutin för barnsamtal"]["År"].value == 2027
    assert found["Samråd med skolan"]["Beskrivning"].value == (
        "Förvaltningarna kartlägger insatserna."
    )


def test_a_plan_names_its_levels_its_own_way(doc: PlanDocument, tmp_path: Path) -> None:
    area = items.add_item(doc, ItemKind.MALOMRADE, {"namn": "Trygghet"}).item_id
    _goal(doc, "Invånarna känner sig trygga", malomrade_id=area, niva=MalNiva.KF, kod="1")
    items.update_item(doc, ItemKind.PLAN, 1, {"malniva_kf": "Kommunfullmäktiges mål"})
    plan = read_plan(doc)
    export_plan(plan, "docx", tmp_path / "plan.docx")
    export_plan(plan, "xlsx", tmp_path / "plan.xlsx")
    headings = [p.text for p in Document(str(tmp_path / "plan.docx")).paragraphs]
    assert "Kommunfullmäktiges mål 1 – Invånarna känner sig trygga" in headings
    _, rows = _sheet(tmp_path / "plan.xlsx", "Mål och indikatorer")
    assert rows[0]["Nivå"].value == "Kommunfullmäktiges mål"

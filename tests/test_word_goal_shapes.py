"""Goals, indicators, activities and budgets in the further shapes municipal plans write them:
lists under "Indikatorer:" and "Aktiviteter", goals named by their label in a paragraph, KF's
goals in a column of their own, several indicators in one cell, activities linked to a goal by
its number, a baseline as "Utfall 2025" or "21 % (2025)", units in words, a one-year budget of
"Intäkter | Kostnader | Netto", verksamheter split into rows, a cover laid out in a table, the
kommun only in the page header and heading styles of a template's own."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.shared import Pt

from tests.docx_xml import add_xml, cell, row, table
from vplan_desktop.imports.word import interpret, read_source
from vplan_desktop.imports.word_docx import read_docx
from vplan_desktop.imports.word_result import Became, WordImport


def _read(doc: DocxDocument, tmp_path: Path) -> WordImport:
    doc.save(str(tmp_path / "plan.docx"))
    return interpret(read_docx(tmp_path / "plan.docx"))


def _cover(doc: DocxDocument) -> None:
    doc.add_paragraph("Exempelby kommun")
    doc.add_paragraph("Kulturnämnden")
    doc.add_paragraph("Verksamhetsplan 2027–2029")


def _grid(doc: DocxDocument, rows: list[list[str]]) -> None:
    grid = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            grid.cell(r, c).text = value


def _goal(result: WordImport, text: str) -> dict[str, Any]:
    return next(g for g in result.data["namndsmal"] if g["text"] == text)


def test_indicators_and_activities_as_lists_under_a_goal(tmp_path: Path) -> None:
    doc = Document()
    _cover(doc)
    doc.add_heading("Mål och indikatorer", 1)
    doc.add_heading("Mål 1.1 Fler lånar böcker", 2)
    doc.add_paragraph().add_run("Indikatorer:").bold = True
    doc.add_paragraph(
        "Andel nöjda låntagare – målvärde 2027: 90 % (utfall 2025: 86 %)", style="List Bullet"
    )
    doc.add_paragraph("Lån per invånare – målvärde 2028: minst 4,2", style="List Bullet")
    doc.add_paragraph().add_run("Aktiviteter").bold = True
    doc.add_paragraph("Öppna meröppet i Västby (ansvar: Bibliotekschef)", style="List Number")
    doc.add_paragraph("Läsfrämja i förskolan – Barnbiblioteket", style="List Number")
    doc.add_paragraph("Efter listan: vanlig text.")
    result = _read(doc, tmp_path)
    goal = _goal(result, "Fler lånar böcker")
    assert goal["kod"] == "1.1"
    first, second = goal["indikatorer"]
    assert (first["namn"], first["enhet"], first["malnivaer"]) == (
        "Andel nöjda låntagare",
        "%",
        {"2027": Decimal(90)},
    )
    assert first["nulage"] == {"ar": 2025, "varde": Decimal(86), "ar_malniva": False}
    assert (second["malnivaer"], second["jamforare"]) == (
        {"2028": Decimal("4.2")},
        {"2028": "minst"},
    )
    activities = result.data["aktiviteter"]
    assert [(a["namn"], a["ansvarig"], a["namndsmal_id"]) for a in activities] == [
        ("Öppna meröppet i Västby", "Bibliotekschef", goal["id"]),
        ("Läsfrämja i förskolan", "Barnbiblioteket", goal["id"]),
    ]
    # The list ends where the text goes on: the paragraph is the goal's description.
    assert "vanlig text" in goal["beskrivning"]
    kinds = {o.became for o in result.outcomes.values()}
    assert {Became.MAL, Became.INDIKATOR, Became.AKTIVITETER} <= kinds


def test_goal_paragraph_over_its_table_and_a_baseline_with_its_year(tmp_path: Path) -> None:
    doc = Document()
    _cover(doc)
    doc.add_heading("Strategiska mål", 1)
    line = doc.add_paragraph()
    line.add_run("Strategiskt mål: ").bold = True
    line.add_run("Fler unga deltar i kulturskolan.")
    _grid(
        doc,
        [
            ["Indikator", "Utgångsvärde (år)", "Målvärde 2027", "Målvärde 2029"],
            ["Andel elever i kulturskolan", "21 % (2025)", "≥ 25 %", "≥ 30 %"],
            ["Kötid till kulturskolan", "31 dagar", "25 dagar", "20 dagar"],
        ],
    )
    result = _read(doc, tmp_path)
    goal = _goal(result, "Fler unga deltar i kulturskolan.")
    share, queue = goal["indikatorer"]
    assert share["nulage"] == {"ar": 2025, "varde": Decimal(21), "ar_malniva": False}
    assert share["jamforare"] == {"2027": "minst", "2029": "minst"}
    assert (queue["enhet"], queue["malnivaer"]) == (
        "dagar",
        {"2027": Decimal(25), "2029": Decimal(20)},
    )


def test_kf_goals_in_a_column_and_activities_linked_by_number(tmp_path: Path) -> None:
    doc = Document()
    _cover(doc)
    doc.add_heading("Mål", 1)
    add_xml(
        doc,
        table(
            row(
                cell("Kommunfullmäktiges mål"),
                cell("Nämndens mål"),
                cell("Indikator"),
                cell("Målvärde 2027"),
            ),
            row(
                cell("Alla kan delta i kulturlivet.", merge="restart"),
                cell("Nämndsmål 1: Fler besöker konserter."),
                cell("Besök per år"),
                cell("9 000"),
            ),
            row(
                cell("", merge="continue"),
                cell("Nämndsmål 2: Fler lånar böcker."),
                cell("Lån per invånare"),
                cell("4,5"),
            ),
        ),
    )
    doc.add_heading("Aktiviteter", 1)
    _grid(
        doc,
        [
            ["Aktivitet", "Koppling till mål", "Ansvar"],
            ["Ordna sommarkonserter", "Nämndsmål 1", "Kulturchef"],
            ["Starta bokcirklar", "Nämndsmål 2", "Bibliotekschef"],
        ],
    )
    result = _read(doc, tmp_path)
    kf = next(g for g in result.data["namndsmal"] if g["niva"] == "kf")
    concerts = _goal(result, "Fler besöker konserter.")
    books = _goal(result, "Fler lånar böcker.")
    assert kf["text"] == "Alla kan delta i kulturlivet."
    assert concerts["overordnat_id"] == books["overordnat_id"] == kf["id"]
    assert [i["namn"] for i in books["indikatorer"]] == ["Lån per invånare"]
    links = {a["namn"]: a["namndsmal_id"] for a in result.data["aktiviteter"]}
    assert links == {"Ordna sommarkonserter": concerts["id"], "Starta bokcirklar": books["id"]}


def test_several_indicators_in_one_cell_one_per_paragraph(tmp_path: Path) -> None:
    doc = Document()
    _cover(doc)
    doc.add_heading("Mål", 1)
    grid = doc.add_table(rows=2, cols=2)
    grid.cell(0, 0).text, grid.cell(0, 1).text = "Nämndsmål", "Indikatorer"
    grid.cell(1, 0).text = "Brukarna är delaktiga i sina insatser."
    grid.cell(1, 1).text = "Andel brukare som tagit fram sin plan"
    grid.cell(1, 1).add_paragraph("Antal möten i brukarrådet per år")
    result = _read(doc, tmp_path)
    goal = _goal(result, "Brukarna är delaktiga i sina insatser.")
    assert [(i["namn"], i["enhet"]) for i in goal["indikatorer"]] == [
        ("Andel brukare som tagit fram sin plan", "%"),
        ("Antal möten i brukarrådet per år", ""),
    ]


def test_one_year_budget_and_verksamheter_split_into_rows(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Miljönämnden")
    doc.add_paragraph("Verksamhetsplan 2027")
    doc.add_heading("Ekonomi", 1)
    doc.add_paragraph().add_run("Driftbudget 2027, tkr").bold = True
    _grid(
        doc,
        [
            ["Verksamhet", "Intäkter", "Kostnader", "Netto"],
            ["Bygglov", "−3 100", "7 460", "4 360"],
            ["Tillsyn", "−1 000", "2 160", "1 160"],
            ["Totalt", "−4 100", "9 620", "5 520"],
        ],
    )
    doc.add_heading("Driftbudget per verksamhet", 1)
    _grid(
        doc,
        [
            ["", "Budget 2027"],
            ["Bibliotek", ""],
            ["Intäkter", "−1 080"],
            ["Kostnader", "23 650"],
            ["Netto", "22 570"],
            ["Fritid", ""],
            ["Intäkter", "−6 700"],
            ["Kostnader", "32 800"],
            ["Netto", "26 100"],
            ["Nämnden netto", "48 670"],
        ],
    )
    result = _read(doc, tmp_path)
    units = {u["id"]: u["namn"] for u in result.data["verksamheter"]}
    rows = {units[r["verksamhet_id"]]: r["belopp"] for r in result.data["driftbudget"]["rader"]}
    assert rows == {
        "Bygglov": {"budget-2027": Decimal(4360)},
        "Tillsyn": {"budget-2027": Decimal(1160)},
        "Bibliotek": {"budget-2027": Decimal(22570)},
        "Fritid": {"budget-2027": Decimal(26100)},
    }
    assert not any("stämmer inte" in w for w in result.warnings)
    # The intäkter and kostnader are kept in the chapter, and the report says so.
    text = "".join(c["text"] for c in result.data["kapitel"])
    assert "23 650" in text and "−6 700" in text.replace("-", "−")
    assert any("intäkter och kostnader på egna rader" in w for w in result.warnings)


def test_cover_in_a_table_kommun_in_the_header_and_template_heading_styles(
    tmp_path: Path,
) -> None:
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "Älvdala kommun\tSida"
    for name in ("Rubrik nivå 1", "Rubrik nivå 2"):
        style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = doc.styles["Normal"]
        style.font.size, style.font.bold = Pt(16), True
    cover = doc.add_table(rows=1, cols=2)
    cover.cell(0, 0).text = "Vård- och omsorgsnämnden"
    cover.cell(0, 1).text = "Verksamhetsplan 2027–2029"
    cover.cell(0, 1).add_paragraph("Dnr VON 2026/214")
    cover.cell(0, 1).add_paragraph("Nämnden vill att alla ska åldras tryggt.")
    doc.add_paragraph("Kapitel 1 – Inledning", style="Rubrik nivå 1")
    doc.add_paragraph("Text.")
    doc.add_paragraph("Bakgrund", style="Rubrik nivå 2")
    doc.add_paragraph("Mer text.")
    result = _read(doc, tmp_path)
    assert (result.namnd, result.titel, result.diarienummer, result.kommun) == (
        "Vård- och omsorgsnämnden",
        "Verksamhetsplan 2027–2029",
        "VON 2026/214",
        "Älvdala kommun",
    )
    assert (result.forsta_ar, result.sista_ar) == (2027, 2029)
    chapters = result.data["kapitel"]
    assert [c["rubrik"] for c in chapters] == ["Inledning", "Kapitel 1 – Inledning"]
    # The cover's sentence that is no front matter is kept, at the start.
    assert "åldras tryggt" in chapters[0]["text"]
    assert "# Bakgrund" in chapters[1]["text"]
    assert result.outcomes[0].became is Became.FORSATTSBLAD


def test_years_down_the_first_column_and_activities_as_name_and_owner_lines(
    tmp_path: Path,
) -> None:
    doc = Document()
    _cover(doc)
    doc.add_heading("Nämndens mål", 1)
    doc.add_paragraph().add_run("Mål 1: Fler unga har en aktiv fritid.").bold = True
    _grid(
        doc,
        [
            ["År", "Andel unga som besöker fritidsgård", "Deltagartillfällen per invånare"],
            ["2025 (utfall)", "14 %", "31"],
            ["2027 (mål)", "18 %", "33"],
            ["2029 (mål)", "20 %", "35"],
        ],
    )
    doc.add_paragraph().add_run("Öppna fritidsgården på lördagar").bold = True
    doc.add_paragraph("Ansvarig: Fritidschef, klart senast 2027-03-01")
    doc.add_paragraph().add_run("Stöd ideella ledare").bold = True
    doc.add_paragraph("Ansvarig: Föreningskonsulent, klart senast 2027-13-45")
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    result = interpret(read_source(path))
    goal = _goal(result, "Fler unga har en aktiv fritid.")
    share, visits = goal["indikatorer"]
    assert (share["namn"], share["enhet"]) == ("Andel unga som besöker fritidsgård", "%")
    assert share["nulage"] == {"ar": 2025, "varde": Decimal(14), "ar_malniva": False}
    assert visits["malnivaer"] == {"2027": Decimal(33), "2029": Decimal(35)}
    first, second = result.data["aktiviteter"]
    assert (first["namn"], first["ansvarig"], first["slutdatum"], first["namndsmal_id"]) == (
        "Öppna fritidsgården på lördagar",
        "Fritidschef",
        "2027-03-01",
        goal["id"],
    )
    # A date that is no date is kept in words, never a failed import.
    assert "slutdatum" not in second and "2027-13-45" in second["beskrivning"]


def test_a_heading_naming_a_goal_is_not_made_its_own_malomrade(tmp_path: Path) -> None:
    """A follow-up's "Mål 1: …" heading over an indicator table names the goal: the goals go
    under the heading above them, not each into a målområde of its own name."""
    doc = Document()
    _cover(doc)
    doc.add_heading("Måluppfyllelse", 1)
    for number, goal in ((1, "Fler lånar böcker."), (2, "Kulturskolan når alla barn.")):
        doc.add_heading(f"Mål {number}: {goal}", 2)
        _grid(doc, [["Indikator", "Utfall 2025", "Mål 2026"], [f"Indikator {number}", "5", "6"]])
    result = _read(doc, tmp_path)
    areas = result.data["malomraden"]
    assert [a["namn"] for a in areas] == ["Måluppfyllelse"]
    goals = [g for g in result.data["namndsmal"] if g["malomrade_id"] == areas[0]["id"]]
    assert [g["text"] for g in goals] == ["Fler lånar böcker.", "Kulturskolan når alla barn."]

"""The Word import on shapes of plans laid out by hand: headings numbered by Word's list
numbering (the number only in numbering.xml), indicators as tab-aligned lines or as a name line
over its figures ("Nuläge 2025: 7,8 | Mål 2027: 8,5"), an indicator cell ending in its source,
a nuläge carrying its year ("2024: 71"), goals numbered in a column after the målområde,
internkontroll as one "kontrollkort" per control, a förord signed by the ordförande and the
förvaltningschef, an unlabelled diarienummer, activities ending in their verksamhet in brackets,
a budget year split into Intäkter | Kostnader | Netto and an investments' "Totalt" column."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from docx import Document
from docx.document import Document as DocxDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

from tests.docx_xml import add_xml, cell, row, table
from tests.odt_builder import p as odt_p
from tests.odt_builder import write_odt
from tests.word_shapes_xml import element
from vplan_desktop.imports.word import interpret, read_source
from vplan_desktop.imports.word_blocks import Block, BlockKind
from vplan_desktop.imports.word_docx_numbers import ListNumbers, shown
from vplan_desktop.imports.word_odt import read_odt
from vplan_desktop.imports.word_result import WordImport
from vplan_desktop.imports.word_structure import strip_outline
from vplan_desktop.imports.word_tab_table import fold_tab_tables

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DATED = ["2025: 79 %", "≥ 90 %"]
"""A nuläge naming its year and a target."""


def _read(doc: DocxDocument, tmp_path: Path) -> WordImport:
    doc.save(str(tmp_path / "plan.docx"))
    return interpret(read_source(tmp_path / "plan.docx"))


def _cover(doc: DocxDocument) -> None:
    doc.add_paragraph("Exempelby kommun")
    doc.add_paragraph("Byggnadsnämnden")
    doc.add_paragraph("Verksamhetsplan 2027–2029")


def _grid(doc: DocxDocument, rows: list[list[str]]) -> Any:
    grid = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            grid.cell(r, c).text = value
    return grid


def _goal(result: WordImport, text: str) -> dict[str, Any]:
    return next(g for g in result.data["namndsmal"] if g["text"] == text)


def _numbered_headings(doc: DocxDocument, start: int = 1) -> None:
    """Heading 1–3 numbered "1", "1.1", "1.1.1" by a multilevel list linked to the styles."""
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="{start if i == 0 else 1}"/>'
        f'<w:numFmt w:val="decimal"/><w:pStyle w:val="Heading{i + 1}"/>'
        f'<w:lvlText w:val="{".".join(f"%{n}" for n in range(1, i + 2))}"/></w:lvl>'
        for i in range(3)
    )
    numbering = doc.part.numbering_part.element
    numbering.insert(
        0,
        element(
            '<w:abstractNum w:abstractNumId="9"><w:multiLevelType w:val="multilevel"/>'
            f"{levels}</w:abstractNum>"
        ),
    )
    numbering.append(element('<w:num w:numId="9"><w:abstractNumId w:val="9"/></w:num>'))
    for level in range(3):
        ppr = doc.styles[f"Heading {level + 1}"].element.get_or_add_pPr()
        ppr.insert(0, element(f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="9"/></w:numPr>'))


def test_list_numbers_count_as_word_shows_them() -> None:
    root = etree.fromstring(
        f'<w:numbering xmlns:w="{W}">'
        '<w:abstractNum w:abstractNumId="1">'
        '<w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1."/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/>'
        '<w:lvlText w:val="%1.%2"/></w:lvl>'
        "</w:abstractNum>"
        '<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/>'
        '<w:lvlText w:val="•"/></w:lvl></w:abstractNum>'
        '<w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>'
        '<w:num w:numId="6"><w:abstractNumId w:val="1"/></w:num>'
        '<w:num w:numId="7"><w:abstractNumId w:val="1"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
        '<w:num w:numId="8"><w:abstractNumId w:val="2"/></w:num>'
        "</w:numbering>"
    )
    numbers = ListNumbers(root)
    shown_numbers = [
        numbers.next("5", 0),
        numbers.next("5", 1),
        numbers.next("5", 1),
        numbers.next("6", 0),  # the same abstract list counts on
        numbers.next("6", 1),  # a new level-0 item restarts the level under it
        numbers.next("7", 0),  # a list with its own start counts apart
        numbers.next("8", 0),  # bullets show no number
        numbers.next("99", 0),  # an unknown list
    ]
    assert shown_numbers == ["3.", "3.A", "3.B", "4.", "4.A", "1.", "", ""]
    assert (shown(4, "lowerRoman"), shown(28, "upperLetter")) == ("iv", "BB")


def test_headings_numbered_by_word_link_activities_to_their_goal(tmp_path: Path) -> None:
    doc = Document()
    _numbered_headings(doc)
    _cover(doc)
    doc.add_heading("Inledning", 1)
    doc.add_paragraph("Nämnden ansvarar för bygglov.")
    doc.add_heading("Mål och indikatorer", 1)
    doc.add_heading("Attraktiv livsmiljö", 2)
    doc.add_heading("Det ska vara enkelt att bygga.", 3)
    doc.add_heading("Den byggda miljön ska vara trygg.", 3)
    doc.add_heading("Aktiviteter", 1)
    _grid(
        doc,
        [
            ["Aktivitet", "Mål", "Ansvarig"],
            ["Förhandsmöten för företag", "2.1.1", "Bygglovschef"],
            ["Tillsynskampanj", "2.1.2", "Byggnadsinspektör"],
        ],
    )
    source = read_source(_save(doc, tmp_path))
    numbers = [b.number for b in source.blocks if b.level is not None]
    assert numbers == ["1", "2", "2.1", "2.1.1", "2.1.2", "3"]
    assert all(not b.text[:1].isdigit() for b in source.blocks if b.level is not None)
    result = interpret(source)
    easy, safe = (
        _goal(result, "Det ska vara enkelt att bygga."),
        _goal(result, "Den byggda miljön ska vara trygg."),
    )
    assert (easy["kod"], safe["kod"]) == ("2.1.1", "2.1.2")
    links = {a["namn"]: a["namndsmal_id"] for a in result.data["aktiviteter"]}
    assert links == {"Förhandsmöten för företag": easy["id"], "Tillsynskampanj": safe["id"]}


def _save(doc: DocxDocument, tmp_path: Path) -> Path:
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    return path


def _tabbed(doc: DocxDocument, *cells: str, bold: bool = False) -> None:
    doc.add_paragraph().add_run("\t".join(cells)).bold = bold or None


def test_tab_aligned_lines_under_a_goal_are_its_indicators(tmp_path: Path) -> None:
    doc = Document()
    _cover(doc)
    doc.add_heading("Mål och indikatorer", 1)
    doc.add_heading("Besluten ska vara rättssäkra.", 2)
    _tabbed(doc, "Indikator", "Nuläge 2025", "Mål 2027", "Mål 2029", bold=True)
    _tabbed(doc, "Andel beslut som står sig\t", "91 %", "≥ 95 %", "≥ 95 %")  # two tabs
    _tabbed(doc, "Leveranstid nybyggnadskarta, dagar", "21", "Högst 14", "–")
    doc.add_paragraph("Sidan\t3")  # one tab: no table
    result = _read(doc, tmp_path)
    goal = _goal(result, "Besluten ska vara rättssäkra.")
    share, days = goal["indikatorer"]
    assert share["namn"] == "Andel beslut som står sig"
    assert share["nulage"] == {"ar": 2025, "varde": Decimal(91), "ar_malniva": False}
    assert share["jamforare"] == {"2027": "minst", "2029": "minst"}
    assert days["malnivaer"] == {"2027": Decimal(14)}  # "–": no target that year
    assert "Sidan 3" in goal["beskrivning"]  # one tab: a line of text, not a table row


def test_tab_aligned_lines_without_figures_stay_text(tmp_path: Path) -> None:
    doc = Document()
    _cover(doc)
    doc.add_heading("Inledning", 1)
    _tabbed(doc, "Namn", "Roll", "Telefon")
    _tabbed(doc, "Anna Berg", "Sekreterare", "Växeln")
    source = fold_tab_tables(read_source(_save(doc, tmp_path)))
    assert not [b for b in source.blocks if b.kind.value == "tabell"]


def test_indicator_cell_with_its_source_and_a_dated_nulage(tmp_path: Path) -> None:
    doc = Document()
    _cover(doc)
    doc.add_heading("Mål och indikatorer", 1)
    grid = _grid(
        doc,
        [
            ["Målområde", "Nr", "Nämndsmål", "Indikator", "Nuläge", "Målvärde 2027"],
            ["Barn och unga", "1.1", "Barn får stöd tidigt.", "Förhandsbedömningar", *DATED],
            ["", "", "", "Nöjda brukare, index", "2024: 71", "–"],
        ],
    )
    grid.cell(1, 0).merge(grid.cell(2, 0))
    grid.cell(1, 1).merge(grid.cell(2, 1))
    grid.cell(1, 2).merge(grid.cell(2, 2))
    grid.cell(1, 3).add_paragraph("Källa: Kolada U33400")
    grid.cell(2, 3).add_paragraph("Källa: brukarundersökningen")
    doc.add_heading("Aktiviteter", 1)
    _grid(doc, [["Aktivitet", "Mål", "Ansvarig"], ["Familjebehandling i hemmet", "1.1", "Chef"]])
    result = _read(doc, tmp_path)
    goal = _goal(result, "Barn får stöd tidigt.")
    assessments, satisfied = goal["indikatorer"]
    assert (assessments["namn"], assessments["kalla"], assessments["kolada_id"]) == (
        "Förhandsbedömningar",
        "Kolada U33400",
        "U33400",
    )
    assert assessments["nulage"] == {"ar": 2025, "varde": Decimal(79), "ar_malniva": False}
    assert (satisfied["namn"], satisfied["kalla"], satisfied["kolada_id"]) == (
        "Nöjda brukare, index",
        "brukarundersökningen",
        "",
    )
    assert satisfied["nulage"]["ar"] == 2024 and satisfied["malnivaer"] == {}
    assert goal["kod"] == "1.1"
    (activity,) = result.data["aktiviteter"]
    assert activity["namndsmal_id"] == goal["id"]


def _borderless(table_: Any) -> None:
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), "nil")
        borders.append(edge)
    table_._tbl.tblPr.append(borders)


def test_ordforande_and_chef_from_a_signed_forord(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Exempelby kommun")
    doc.add_paragraph("Socialnämnden")
    doc.add_paragraph("Verksamhetsplan 2027–2028")
    doc.add_paragraph("SOC 2026/412")
    doc.add_heading("Förord", 1)
    doc.add_paragraph("Planen är nämndens styrdokument för 2027 och 2028.")
    _borderless(_grid(doc, [["Lena Håkansson (S)", "Per Ekholm"], ["Ordförande", "Socialchef"]]))
    doc.add_heading("Inledning", 1)
    doc.add_paragraph("Text.")
    result = _read(doc, tmp_path)
    assert (result.ordforande, result.forvaltningschef) == ("Lena Håkansson (S)", "Per Ekholm")
    assert result.diarienummer == "SOC 2026/412"


def test_abbreviated_chair_and_a_date_that_is_no_diarienummer(tmp_path: Path) -> None:
    doc = Document()
    _cover(doc)
    doc.add_paragraph("BN 2026-12-03")
    doc.add_paragraph("Ordf. Johan Bergkvist (KD)")
    doc.add_heading("Inledning", 1)
    doc.add_paragraph("Text.")
    doc.add_paragraph("Enhetschef")  # a role under a line that is no name: not signed
    result = _read(doc, tmp_path)
    assert (result.ordforande, result.diarienummer) == ("Johan Bergkvist (KD)", "")
    assert result.forvaltningschef == ""


def test_control_cards_are_read_as_controls(tmp_path: Path) -> None:
    doc = Document()
    _cover(doc)
    doc.add_heading("Intern kontroll", 1)
    labels = ["Process", "Kontrollmoment", "Risk", "Riskvärde (S × K)", "Ansvarig", "Frekvens"]
    cards = [
        ["Bygglov", "Att beslut fattas i tid", "Lägre avgift", "3 × 4 = 12", "Chef", "Årligen"],
        [
            "Debitering",
            "Att avgift tas ut rätt",
            "Lägre intäkter",
            "2 × 3 = 6",
            "Ekonom",
            "Kvartal",
        ],
    ]
    for number, values in enumerate(cards, 1):
        doc.add_paragraph().add_run(f"Kontroll {number}").bold = True
        _grid(doc, [list(pair) for pair in zip(labels, values, strict=True)])
    result = _read(doc, tmp_path)
    first, second = result.data["internkontroll"]
    assert (first["process"], first["kontrollmoment"], first["kontrollansvar"]) == (
        "Bygglov",
        "Att beslut fattas i tid",
        "Chef",
    )
    assert (first["sannolikhet"], first["konsekvens"], first["frekvens"]) == (3, 4, "Årligen")
    assert (second["risk"], second["sannolikhet"], second["konsekvens"]) == ("Lägre intäkter", 2, 3)


def test_indicator_name_line_over_its_figures_and_activities_with_their_verksamhet(
    tmp_path: Path,
) -> None:
    doc = Document()
    _cover(doc)
    doc.add_heading("Nämndens mål", 1)
    doc.add_heading("Fler barn läser", 2)
    doc.add_paragraph("Så mäter vi")
    doc.add_paragraph("Utlån per invånare 0–17 år")
    doc.add_paragraph("Nuläge 2025: 7,8 | Mål 2027: 8,5 | Mål 2029: Öka")
    doc.add_paragraph("Aktiviteter:")
    doc.add_paragraph("Lovbibliotek på sommarlovet (Bibliotek)", style="List Bullet")
    doc.add_paragraph("Läsning med förskolan (i samarbete med skolan)", style="List Bullet")
    doc.add_heading("Ekonomi", 1)
    doc.add_paragraph("Driftbudget per verksamhet, tkr")
    _grid(doc, [["Verksamhet", "Budget 2027"], ["Bibliotek", "−15 650"], ["Fritid", "−6 900"]])
    result = _read(doc, tmp_path)
    goal = _goal(result, "Fler barn läser")
    (loans,) = goal["indikatorer"]
    assert loans["namn"] == "Utlån per invånare 0–17 år"
    assert loans["nulage"] == {"ar": 2025, "varde": Decimal("7.8"), "ar_malniva": False}
    assert loans["malnivaer"] == {"2027": Decimal("8.5"), "2029": "Öka"}
    assert "Så mäter vi" not in goal["beskrivning"]  # the indicators' heading
    units = {u["id"]: u["namn"] for u in result.data["verksamheter"]}
    activities = {a["namn"]: units.get(a.get("verksamhet_id")) for a in result.data["aktiviteter"]}
    assert activities == {
        "Lovbibliotek på sommarlovet": "Bibliotek",
        "Läsning med förskolan (i samarbete med skolan)": None,  # no verksamhet of the plan
    }


def test_a_budget_year_split_into_intakter_kostnader_netto_gives_the_net(
    tmp_path: Path,
) -> None:
    doc = Document()
    _cover(doc)
    doc.add_heading("Ekonomi", 1)
    add_xml(
        doc,
        table(
            row(
                cell("Verksamhet", merge="restart"),
                cell("Budget 2026"),
                cell("Budget 2027", span=3),
                cell("Plan 2028"),
                header=True,
            ),
            row(
                cell("", merge="continue"),
                cell("Netto"),
                cell("Intäkter"),
                cell("Kostnader"),
                cell("Netto"),
                cell("Netto"),
                header=True,
            ),
            row(cell("Bibliotek"), cell("−15 200"), cell("620"), cell("−16 270")).replace(
                "</w:tr>", ""
            )
            + cell("−15 650")
            + cell("−16 000")
            + "</w:tr>",
            row(
                cell("Fritid"), cell("−6 700"), cell("150"), cell("−7 050"), cell("−6 900")
            ).replace("</w:tr>", "")
            + cell("−7 000")
            + "</w:tr>",
        ),
    )
    result = _read(doc, tmp_path)
    rows = result.data["driftbudget"]["rader"]
    assert [r["belopp"] for r in rows] == [
        {"budget-2026": Decimal(-15200), "budget-2027": Decimal(-15650), "plan-2028": -16000},
        {"budget-2026": Decimal(-6700), "budget-2027": Decimal(-6900), "plan-2028": -7000},
    ]
    kept = next(k["text"] for k in result.data["kapitel"] if k["rubrik"] == "Ekonomi")
    assert "Intäkter" in kept and "16 270" in kept  # the year's parts stay, as text


def test_a_totalt_column_summing_the_years_is_not_kept_as_text(tmp_path: Path) -> None:
    doc = Document()
    _cover(doc)
    doc.add_heading("Investeringar", 1)
    doc.add_paragraph("Nämndens investeringar.")
    _grid(
        doc,
        [
            ["Projekt", "2027", "2028", "2029", "Totalt"],
            ["Mätutrustning", "650", "–", "300", "950"],
            ["Drönare", "280", "–", "–", "280"],
        ],
    )
    doc.add_heading("Fler investeringar", 1)
    doc.add_paragraph("Med totalen fel.")
    _grid(doc, [["Projekt", "2027", "2028", "Totalt"], ["Arkiv", "1 200", "1 200", "2 500"]])
    result = _read(doc, tmp_path)
    texts = {k["rubrik"]: k["text"] for k in result.data["kapitel"]}
    assert "Totalt" not in texts["Investeringar"] and "–" not in texts["Investeringar"]
    assert "2 500" in texts["Fler investeringar"]  # a total that does not add up is kept
    assert len(result.data["investeringar"]) == 3


def test_tab_aligned_lines_of_an_odt_are_a_table(tmp_path: Path) -> None:
    lines = [
        ["Indikator", "Nuläge 2025", "Mål 2027"],
        ["Andel beslut som står sig", "91 %", "95 %"],
    ]
    body = "".join(odt_p("<text:tab/>".join(line)) for line in lines)
    source = fold_tab_tables(read_odt(write_odt(tmp_path / "plan.odt", body)))
    (block,) = source.blocks
    assert [block.spread_texts(r) for r in range(2)] == lines


def test_a_heading_keeps_the_section_number_word_shows() -> None:
    def kod(number: str) -> str:
        return strip_outline(Block(0, BlockKind.HEADING, text="Mål", number=number))[0]

    assert [kod("4.2.1"), kod("Kapitel 4"), kod("A."), kod("2)"), kod("")] == [
        "4.2.1",
        "4",
        "A",
        "2",
        "",
    ]


def test_a_key_figure_total_keeps_its_unit(tmp_path: Path) -> None:
    doc = Document()
    _cover(doc)
    doc.add_heading("Bilaga 1 Nyckeltal", 1)
    _grid(
        doc,
        [
            ["Nyckeltal", "Enhet", "Utfall 2024", "Utfall 2025"],
            ["Besök i simhallen", "antal", "70 000", "72 000"],
            ["Besök i ishallen", "antal", "30 000", "31 000"],
            ["Totalt", "antal", "100 000", "103 000"],
        ],
    )
    result = _read(doc, tmp_path)
    (key_table,) = result.data["nyckeltal"]
    assert [(r["namn"], r["enhet"]) for r in key_table["rader"]] == [
        ("Besök i simhallen", "antal"),
        ("Besök i ishallen", "antal"),
        ("Totalt", "antal"),
    ]

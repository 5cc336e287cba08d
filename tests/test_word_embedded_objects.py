"""What a plan holds only in embedded objects is read at the object's place, as a reader sees it:

- a SmartArt graphic's text, in the hierarchy its data part's connections give it: a nested
  list (a single node on top, such as the vision, a paragraph over it; a typed number "1.1"
  or a label "Målområde 1" over a name the item's number), so a goal chain drawn as SmartArt
  is the goals' outline and tables linking goals by number find them; a SmartArt without a
  hierarchy (a process) keeps its text as a list in the chapter;
- a chart's series as a key-figure table (series as rows, categories as columns), named by
  the chart's numbered caption under it, the "Källa:" line under that its note;
- an embedded Excel worksheet's used cells as a table (a budget table the budget readers read);
  a worksheet that cannot be read stays the picture it shows, with a Swedish warning.

The review names the object each such block came from."""

from __future__ import annotations

import os
from decimal import Decimal as D
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from lxml import etree

from tests.word_shapes_objects import (
    Node,
    column_chart,
    embedded_worksheet,
    smartart,
    table_picture,
    workbook,
)
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.domain import PlanSnapshot
from vplan_desktop.imports.word import WordImport, import_word, interpret, read_source
from vplan_desktop.imports.word_blocks import BlockKind
from vplan_desktop.imports.word_docx_objects import smartart_blocks
from vplan_desktop.imports.word_docx_sheet import MAX_SHEET_BYTES, value_text
from vplan_desktop.imports.word_review import block_label, report_lines
from vplan_desktop.services.read import read_plan

AREAS = {
    "Trygg omsorg": ["Brukarna har inflytande över sitt stöd", "Omsorgen förebygger fallskador"],
    "Hållbar ekonomi": ["Verksamheten håller sin budgetram", "Sjukfrånvaron minskar"],
}
BOX = (0, 0, 1_000_000, 500_000)


def _cover(doc: DocxDocument) -> None:
    for text in ("Exempelby kommun", "Vård- och omsorgsnämnden", "Verksamhetsplan 2027–2028"):
        doc.add_paragraph(text)


def _import(doc: DocxDocument, tmp_path: Path) -> tuple[WordImport, PlanSnapshot]:
    doc.save(str(tmp_path / "plan.docx"))
    result = import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        return result, read_plan(opened)


def _goal_chain(doc: DocxDocument) -> None:
    """A vision over numbered målområden over goals "1.1 …", as a SmartArt hierarchy."""
    nodes: list[Node] = [
        ("{B0000000-0000-4000-8000-000000000001}", ["Vision: Ett gott liv"], 0, BOX)
    ]
    links: list[tuple[str, str]] = []
    for a, (area, goals) in enumerate(AREAS.items(), 1):
        area_id = f"{{B0000000-0000-4000-8000-0000000001{a:02d}}}"
        nodes.append((area_id, [f"Målområde {a}", area], 1, BOX))
        links.append((nodes[0][0], area_id))
        for g, goal in enumerate(goals, 1):
            goal_id = f"{{B0000000-0000-4000-8000-00000002{a:02d}{g:02d}}}"
            nodes.append((goal_id, [f"{a}.{g} {goal}"], 2, BOX))
            links.append((area_id, goal_id))
    smartart(doc, nodes, links, (5_000_000, 3_000_000), "Målkedjan")


def test_a_smartart_goal_chain_is_the_goals_outline(tmp_path: Path) -> None:
    doc = Document()
    _cover(doc)
    doc.add_heading("Mål och indikatorer", 1)
    _goal_chain(doc)
    doc.add_paragraph("Indikatorerna följer nedan.")
    rows = [
        ["Indikator", "Utfall 2025", "Mål 2027"],
        ["Nämndmål 1.2", "", ""],
        ["Fallskador per 1 000 brukare", "41", "38"],
        ["Nämndmål 2.1", "", ""],
        ["Budgetavvikelse, procent", "-1,2", "0"],
    ]
    table = doc.add_table(rows=len(rows), cols=3)
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
        if cells[1:] == ["", ""]:
            table.cell(r, 0).merge(table.cell(r, 2))
    doc.save(str(tmp_path / "plan.docx"))
    source = read_source(tmp_path / "plan.docx")
    drawn = [b for b in source.blocks if b.embedded]
    assert [(b.kind, b.number, b.list_level, b.text) for b in drawn] == [
        (BlockKind.PARAGRAPH, "", 0, "Vision: Ett gott liv"),
        (BlockKind.LIST_ITEM, "1", 0, "Trygg omsorg"),
        (BlockKind.LIST_ITEM, "1.1", 1, "Brukarna har inflytande över sitt stöd"),
        (BlockKind.LIST_ITEM, "1.2", 1, "Omsorgen förebygger fallskador"),
        (BlockKind.LIST_ITEM, "2", 0, "Hållbar ekonomi"),
        (BlockKind.LIST_ITEM, "2.1", 1, "Verksamheten håller sin budgetram"),
        (BlockKind.LIST_ITEM, "2.2", 1, "Sjukfrånvaron minskar"),
    ]
    assert block_label(drawn[1]) == "Punkt (ur SmartArt-grafik): Trygg omsorg"
    _, plan = _import(doc, tmp_path)
    areas = {a.id: a.namn for a in plan.malomraden}
    goals = {g.kod: (areas.get(g.malomrade_id or -1), g.text) for g in plan.namndsmal if g.kod}
    assert goals == {
        "1.1": ("Trygg omsorg", "Brukarna har inflytande över sitt stöd"),
        "1.2": ("Trygg omsorg", "Omsorgen förebygger fallskador"),
        "2.1": ("Hållbar ekonomi", "Verksamheten håller sin budgetram"),
        "2.2": ("Hållbar ekonomi", "Sjukfrånvaron minskar"),
    }
    by_id = {g.id: g.kod for g in plan.namndsmal}
    assert {i.namn: by_id[i.namndsmal_id] for i in plan.indikatorer} == {
        "Fallskador per 1 000 brukare": "1.2",
        "Budgetavvikelse, procent": "2.1",
    }
    assert any("Vision: Ett gott liv" in k.text for k in plan.kapitel)


def _process_data(steps: list[str]) -> etree._Element:
    """A SmartArt process's data part: its steps all under the document node, none under
    another."""
    dgm = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
    a = "http://schemas.openxmlformats.org/drawingml/2006/main"
    points = ['<dgm:pt modelId="0" type="doc"/>']
    cxns = []
    for n, step in enumerate(steps, 1):
        points.append(
            f'<dgm:pt modelId="{n}"><dgm:t><a:p><a:r><a:t>{step}</a:t></a:r></a:p></dgm:t></dgm:pt>'
        )
        points.append(f'<dgm:pt modelId="p{n}" type="pres"/>')
        cxns.append(f'<dgm:cxn modelId="c{n}" srcId="0" destId="{n}" srcOrd="{len(steps) - n}"/>')
        cxns.append(f'<dgm:cxn modelId="q{n}" type="presOf" srcId="{n}" destId="p{n}"/>')
    xml = (
        f'<dgm:dataModel xmlns:dgm="{dgm}" xmlns:a="{a}"><dgm:ptLst>{"".join(points)}'
        f"</dgm:ptLst><dgm:cxnLst>{''.join(cxns)}</dgm:cxnLst></dgm:dataModel>"
    )
    return etree.fromstring(xml.encode())


def test_a_smartart_without_hierarchy_is_a_list_in_its_connections_order() -> None:
    blocks = smartart_blocks(_process_data(["Planera", "Genomföra", "Följa upp"]))
    assert [(b["kind"], b["text"], b["list_level"], b["number"]) for b in blocks] == [
        (BlockKind.LIST_ITEM, "Följa upp", 0, ""),
        (BlockKind.LIST_ITEM, "Genomföra", 0, ""),
        (BlockKind.LIST_ITEM, "Planera", 0, ""),
    ]


def test_a_smartart_without_connections_keeps_its_text() -> None:
    root = _process_data(["Planera", "Genomföra"])
    for cxn in root.findall(".//{*}cxn"):
        cxn.getparent().remove(cxn)
    assert [b["text"] for b in smartart_blocks(root)] == ["Planera", "Genomföra"]


def test_a_smartart_process_is_chapter_text(tmp_path: Path) -> None:
    doc = Document()
    _cover(doc)
    doc.add_heading("Inledning", 1)
    doc.add_paragraph("Planen tas fram i tre steg.")
    nodes: list[Node] = [("{A}", ["Årshjulet"], 0, BOX)]
    links = []
    for n, step in enumerate(("Planera verksamheten", "Genomföra insatserna"), 1):
        nodes.append((f"{{S{n}}}", [step], 1, BOX))
        links.append(("{A}", f"{{S{n}}}"))
    smartart(doc, nodes, links, (5_000_000, 1_000_000), "")
    _, plan = _import(doc, tmp_path)
    (chapter,) = [k for k in plan.kapitel if k.rubrik == "Inledning"]
    for text in ("Årshjulet", "Planera verksamheten", "Genomföra insatserna"):
        assert text in chapter.text


def test_a_chart_is_a_key_figure_table_named_by_its_caption_under_it(tmp_path: Path) -> None:
    doc = Document()
    _cover(doc)
    doc.add_heading("Omvärldsanalys", 1)
    doc.add_paragraph("Diagrammet visar utvecklingen.")
    series = [("Invånare 80 år och äldre", [1812, 1876, 1945]), ("Med hemtjänst", [612, 628, 655])]
    column_chart(doc, "Fler äldre", ("2023", "2024", "2025"), series, (5_000_000, 2_800_000))
    doc.add_paragraph("Diagram 1. Invånare 80 år och äldre 2023–2025")
    doc.add_paragraph("Källa: SCB.")
    result, plan = _import(doc, tmp_path)
    (table,) = plan.nyckeltal
    assert table.rubrik == "Diagram 1. Invånare 80 år och äldre 2023–2025"
    columns = {k.id: k.rubrik for k in table.kolumner}
    rows = {r.namn: {columns[c]: v for c, v in r.varden.items()} for r in table.rader}
    assert rows == {
        "Invånare 80 år och äldre": {"2023": D(1812), "2024": D(1876), "2025": D(1945)},
        "Med hemtjänst": {"2023": D(612), "2024": D(628), "2025": D(655)},
    }
    assert table.notes == ("Källa: SCB.",)
    assert plan.driftbudget == ()
    assert result.source is not None
    (block,) = [b for b in result.source.blocks if b.kind is BlockKind.TABLE]
    assert block_label(block).startswith("Tabell (ur diagram): ")


def test_a_chart_of_costs_is_key_figures_not_a_budget(tmp_path: Path) -> None:
    doc = Document()
    _cover(doc)
    doc.add_heading("Ekonomi", 1)
    series = [
        ("Hemtjänst", [98_310, 101_700, 106_240]),
        ("Särskilt boende", [142_560, 147_900, 153_480]),
    ]
    column_chart(doc, "Kostnader", ("2025", "2026", "2027"), series, (5_000_000, 2_800_000))
    doc.add_paragraph("Diagram 2. Nettokostnad per verksamhet 2025–2027, tkr")
    _, plan = _import(doc, tmp_path)
    assert plan.driftbudget == ()
    (table,) = plan.nyckeltal
    assert [r.namn for r in table.rader] == ["Hemtjänst", "Särskilt boende"]


HEADER = ["Verksamhet", "Budget 2027", "Plan 2028"]
DRIFT = [["Hemtjänst", 106_240, 110_900], ["Särskilt boende", 153_480, 161_200]]


def _economy(doc: DocxDocument, book: bytes) -> None:
    _cover(doc)
    doc.add_heading("Ekonomi", 1)
    doc.add_paragraph("Driftbudget per verksamhet (tkr)")
    picture = table_picture([HEADER, *[[str(c) for c in row] for row in DRIFT]])
    embedded_worksheet(doc, book, picture, (400, 80), 1025)


def test_an_embedded_worksheet_is_a_budget_table(tmp_path: Path) -> None:
    doc = Document()
    book = workbook("Driftbudget, tkr", HEADER, [*DRIFT, ["Summa", 259_720, 272_100]], "# ##0")
    _economy(doc, book)
    result, plan = _import(doc, tmp_path)
    names = {v.id: v.namn for v in plan.verksamheter}
    columns = {c.id: (c.slag.value, c.ar) for c in plan.budgetkolumner}
    rows = {
        names[r.verksamhet_id]: {columns[c]: v for c, v in r.belopp.items()}
        for r in plan.driftbudget
    }
    assert rows == {
        "Hemtjänst": {("budget", 2027): D(106_240), ("plan", 2028): D(110_900)},
        "Särskilt boende": {("budget", 2027): D(153_480), ("plan", 2028): D(161_200)},
    }
    assert result.source is not None
    (table,) = [b for b in result.source.blocks if b.kind is BlockKind.TABLE]
    assert block_label(table) == (
        "Tabell (ur inbäddat kalkylblad): Verksamhet | Budget 2027 | Plan 2028"
    )
    assert not result.warnings


def test_a_broken_worksheet_stays_its_picture_with_a_warning(tmp_path: Path) -> None:
    doc = Document()
    _economy(doc, b"PK\x03\x04 inte en arbetsbok")
    doc.save(str(tmp_path / "plan.docx"))
    result = interpret(read_source(tmp_path / "plan.docx"))
    assert result.source is not None
    (image,) = [b for b in result.source.blocks if b.kind is BlockKind.IMAGE]
    assert image.image.startswith(b"\x89PNG")
    warning = "Det inbäddade kalkylbladet ”Microsoft_Excel_Worksheet.xlsx” kunde inte läsas"
    assert any(line.startswith(warning) for line in report_lines(result))
    assert not [b for b in result.source.blocks if b.kind is BlockKind.TABLE]


def test_a_worksheet_too_large_is_not_opened(tmp_path: Path) -> None:
    doc = Document()
    _economy(doc, b"PK" + os.urandom(MAX_SHEET_BYTES + 10))
    doc.save(str(tmp_path / "plan.docx"))
    result = interpret(read_source(tmp_path / "plan.docx"))
    assert any("är för stort" in w for w in result.warnings)


def test_worksheet_values_are_written_the_swedish_way() -> None:
    assert value_text(1234567) == "1\u00a0234\u00a0567"
    assert value_text(12.5) == "12,5"
    assert value_text(0.355, "0.0%") == "35,5\u00a0%"
    assert value_text(3.0) == "3"
    assert value_text("  Hem  tjänst ") == "Hem tjänst"
    assert value_text(None) == ""

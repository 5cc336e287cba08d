"""The Word exports pass a check like Word's accessibility checker: alt text on every picture,
marked header rows and captions on tables, no empty paragraphs as spacing, headings that do not
skip a level, a title and Swedish as the language."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from docx import Document
from lxml import etree

from tests.docx_accessibility import NS, W, findings
from tests.word_reading import style_name
from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.exports.chart_image import chart_png
from vplan_desktop.exports.content import Chart
from vplan_desktop.exports.export import export_plan
from vplan_desktop.exports.follow_up_export import export_follow_up
from vplan_desktop.interchange import import_json
from vplan_desktop.services.read import read_plan


def _snapshot(path: Path) -> d.PlanSnapshot:
    with PlanDocument.open(path, read_only=True) as doc:
        return read_plan(doc)


@pytest.fixture(scope="module")
def example(templates: dict[str, Path]) -> d.PlanSnapshot:
    return _snapshot(templates["example"])


@pytest.fixture(scope="module")
def plan_docx(example: d.PlanSnapshot, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("a11y") / "plan.docx"
    export_plan(example, "docx", out)
    return out


def _document_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read("word/document.xml").decode()


def test_the_checker_finds_what_word_flags(tmp_path: Path) -> None:
    """A document with every fault the checker knows: so a clean result means something."""
    bad = Document()
    bad.core_properties.title = ""
    bad.add_heading("Kapitel", level=1)
    bad.add_heading("Avsnitt", level=3)
    bad.add_paragraph("Text")
    bad.add_paragraph()
    bad.add_table(rows=2, cols=2)
    bad.add_table(rows=1, cols=1)
    bad.add_picture(io.BytesIO(chart_png(Chart("Diagram", [2027], [1.0], [None], ""))))
    path = tmp_path / "bad.docx"
    bad.save(str(path))
    found = findings(path)
    for expected in (
        "dokumentet har ingen titel",
        "formatmallarna anger inget språk (sv-SE)",
        "inställningarna anger inget språk (themeFontLang sv-SE)",
        "bild 1 (Picture 1): ingen alternativ text",
        "tabell 1: ingen rubrikrad",
        "tabell 1: ingen rubrik (tblCaption)",
        "två tabeller utan något mellan sig (Word visar dem som en)",
        "rubriknivå 1 → 3: ”Avsnitt”",
        "tomt stycke efter ”Text”",
    ):
        assert expected in found


def test_the_example_plan_passes(plan_docx: Path) -> None:
    assert findings(plan_docx) == []


def test_a_follow_up_report_passes(templates: dict[str, Path], tmp_path: Path) -> None:
    plan = _snapshot(templates["followed_up"])
    out = tmp_path / "delar.docx"
    export_follow_up(plan, plan.uppfoljningar[0].id, "docx", out)
    assert findings(out) == []


def test_an_export_with_a_template_passes(example: d.PlanSnapshot, tmp_path: Path) -> None:
    """A kommun's template in English Word (its theme language en-US) gets Swedish too."""
    template = tmp_path / "mall.docx"
    base = Document()
    base.add_paragraph("Mallens exempeltext")
    base.save(str(template))
    out = tmp_path / "med-mall.docx"
    export_plan(example, "docx", out, template=template)
    assert findings(out) == []


@pytest.mark.slow
def test_the_large_plan_passes(tmp_path: Path) -> None:
    from bench.large_plan import large_plan_data

    data = large_plan_data()
    data["uppfoljningar"] = []
    import_json(data, tmp_path / "stor.vplan")
    out = tmp_path / "stor.docx"
    export_plan(_snapshot(tmp_path / "stor.vplan"), "docx", out)
    assert findings(out) == []


def test_language_title_and_theme_language_are_swedish(plan_docx: Path) -> None:
    with zipfile.ZipFile(plan_docx) as archive:
        settings = archive.read("word/settings.xml").decode()
    assert settings.count("<w:themeFontLang ") == 1
    assert '<w:themeFontLang w:val="sv-SE"/>' in settings
    doc = Document(str(plan_docx))
    assert doc.core_properties.title == "Verksamhetsplan med budget 2027–2029"


def test_the_chart_title_is_printed_once_and_the_picture_has_alt_text(plan_docx: Path) -> None:
    doc = Document(str(plan_docx))
    title = "Nettokostnad och KF:s ram per år (tkr)"
    assert [p.text for p in doc.paragraphs].count(title) == 1
    root = etree.fromstring(_document_xml(plan_docx).encode())
    (chart,) = [p for p in root.iterfind(".//wp:docPr", NS) if p.get("name") == "Diagram"]
    assert chart.get("descr", "").startswith("Stapeldiagram. 2027: nettokostnad")
    assert chart.get("title") is None  # the caption above it is read already


def test_tables_have_a_header_row_and_a_caption(plan_docx: Path) -> None:
    xml = _document_xml(plan_docx)
    assert '<w:tblCaption w:val="Plan för intern kontroll"/>' in xml
    assert (
        '<w:tblCaption w:val="Riskmatris"/><w:tblDescription w:val="Sannolikhet (rader) × '
        "konsekvens (kolumner); antal kontrollpunkter inom parentes" in xml
    )
    # A goal's indicator table, which has no title of its own, is named by its goal.
    assert '<w:tblCaption w:val="Nämndsmål 3 – Brukarna upplever' in xml
    doc = Document(str(plan_docx))
    for table in doc.tables:
        assert table.rows[0]._tr.find(f"{{{W}}}trPr/{{{W}}}tblHeader") is not None


def test_a_table_title_is_one_level_below_its_section(plan_docx: Path) -> None:
    doc = Document(str(plan_docx))
    styles = {p.text: style_name(p) for p in doc.paragraphs}
    assert styles["Internkontroll"] == "Heading 1"
    assert styles["Plan för intern kontroll"] == "Heading 2"
    assert styles["Riskmatris"] == "Heading 2"
    assert styles["Resultaträkning per kostnadsslag"] == "Heading 3"  # under Resultaträkning


def test_space_after_a_table_is_spacing_not_an_empty_paragraph(plan_docx: Path) -> None:
    doc = Document(str(plan_docx))
    body = doc.element.body
    after = [t.getnext() for t in body.iterfind(f"{{{W}}}tbl")]
    spaced = [
        p for p in after if p is not None and p.tag == f"{{{W}}}p" and "".join(p.itertext()).strip()
    ]
    assert spaced
    for paragraph in spaced:
        spacing = paragraph.find(f"{{{W}}}pPr/{{{W}}}spacing")
        page_break = paragraph.find(f"{{{W}}}pPr/{{{W}}}pageBreakBefore")
        assert page_break is not None or int(spacing.get(f"{{{W}}}before")) >= 240

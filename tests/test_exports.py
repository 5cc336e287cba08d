"""Word, PDF and Excel exports, read back as a reader (or Word, or Excel) would see them."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from docx import Document
from docx.enum.section import WD_ORIENT
from pypdf import PdfReader

from tests.word_reading import style_name
from vplan_desktop import domain as d
from vplan_desktop.cli import main
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.errors import InputError
from vplan_desktop.exports.export import export_plan
from vplan_desktop.services.read import read_plan

NBSP = "\u00a0"


@pytest.fixture(scope="module")
def example(templates: dict[str, Path]) -> d.PlanSnapshot:
    with PlanDocument.open(templates["example"], read_only=True) as doc:
        return read_plan(doc)


@pytest.fixture(scope="module")
def exported(example: d.PlanSnapshot, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("export")
    files = {}
    for fmt in ("docx", "pdf", "xlsx"):
        files[fmt] = folder / f"plan.{fmt}"
        export_plan(example, fmt, files[fmt])
    return files


# --- Word ----------------------------------------------------------------------------------


def test_docx_headings_in_order_with_word_styles(
    exported: dict[str, Path], example: d.PlanSnapshot
) -> None:
    doc = Document(str(exported["docx"]))
    level1 = [p.text for p in doc.paragraphs if style_name(p) == "Heading 1"]
    # "Innehåll" is in Word's "TOC Heading", so that the contents do not list themselves
    assert [p.text for p in doc.paragraphs if style_name(p) == "TOC Heading"] == ["Innehåll"]
    assert level1 == [
        *[k.rubrik for k in example.kapitel],
        "Mål och indikatorer",
        "Aktiviteter",
        "Ekonomi",
        "Internkontroll",
    ]
    level2 = [p.text for p in doc.paragraphs if style_name(p) == "Heading 2"]
    assert "1 Kvalitet" in level2 and "Befolkning" in level2
    assert doc.paragraphs[1].text == "Verksamhetsplan med budget 2027–2029"
    assert style_name(doc.paragraphs[1]) == "Title"


def test_docx_goal_table(exported: dict[str, Path]) -> None:
    doc = Document(str(exported["docx"]))
    table = next(t for t in doc.tables if t.cell(0, 0).text == "Mätmetod/Indikator")
    assert [c.text for c in table.rows[0].cells] == [
        "Mätmetod/Indikator",
        "Nuläge 2025",
        "2027",
        "2028",
        "2029",
        "Källa",  # the example's indicators name their sources
    ]
    assert [c.text for c in table.rows[1].cells][1:] == [
        f"71{NBSP}%",
        f"74{NBSP}%",
        f"76{NBSP}%",
        f"78{NBSP}%",
        "Kolada",
    ]
    header = table.rows[0]._tr
    assert header.xpath("./w:trPr/w:tblHeader")  # repeats on every page


def test_docx_fields_sections_and_properties(
    exported: dict[str, Path], example: d.PlanSnapshot
) -> None:
    doc = Document(str(exported["docx"]))
    body = doc.element.body.xml
    assert 'TOC \\o "1-3"' in body
    footer = doc.sections[0].footer.paragraphs[0]
    assert footer.text.startswith("Sida")
    assert "PAGE" in footer._p.xml and "NUMPAGES" in footer._p.xml
    assert (
        doc.sections[0].header.paragraphs[0].text
        == "Socialnämnden — Verksamhetsplan med budget 2027–2029"
    )
    assert any(s.orientation == WD_ORIENT.LANDSCAPE for s in doc.sections)
    assert doc.core_properties.author == "Socialnämnden"
    assert doc.core_properties.title == "Verksamhetsplan med budget 2027–2029"
    with zipfile.ZipFile(exported["docx"]) as package:
        assert 'w:val="sv-SE"' in package.read("word/styles.xml").decode()
        assert "updateFields" in package.read("word/settings.xml").decode()
    # The chapters' pictures come first (the example's organisation chart), the chart last.
    pictures = [shape._inline.docPr.get("descr") for shape in doc.inline_shapes]
    assert pictures[0] == example.bilder[0].alt_text
    assert "nettokostnad" in pictures[-1]


def test_docx_template_missing_styles_get_added(example: d.PlanSnapshot, tmp_path: Path) -> None:
    template = tmp_path / "kommun.docx"
    base = Document()
    base.add_paragraph("Mallens exempeltext som ska bort")
    base.sections[0].header.paragraphs[0].text = "Kommunens logga"
    base.save(str(template))
    # remove "Caption" and "List Number" from the template's styles
    with zipfile.ZipFile(template) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    styles = parts["word/styles.xml"].decode()
    import re

    for style_id in ("Caption", "ListNumber"):
        styles = re.sub(
            rf'<w:style [^>]*w:styleId="{style_id}".*?</w:style>', "", styles, flags=re.S
        )
    parts["word/styles.xml"] = styles.encode()
    dotx = tmp_path / "kommun.dotx"
    with zipfile.ZipFile(dotx, "w") as target:
        for name, data in parts.items():
            if name == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"template.main+xml")
            target.writestr(name, data)
    out = tmp_path / "med-mall.docx"
    notices = export_plan(example, "docx", out, template=dotx)
    assert any("Caption" in n for n in notices) and any("List Number" in n for n in notices)
    doc = Document(str(out))
    assert "Mallens exempeltext" not in "\n".join(p.text for p in doc.paragraphs)
    assert any(style_name(p) == "List Number" for p in doc.paragraphs)


def test_bad_template_is_a_clear_error(example: d.PlanSnapshot, tmp_path: Path) -> None:
    bad = tmp_path / "trasig.docx"
    bad.write_bytes(b"inte en mall")
    with pytest.raises(InputError, match="går inte att läsa som Word-mall"):
        export_plan(example, "docx", tmp_path / "ut.docx", template=bad)
    assert not (tmp_path / "ut.docx").exists()


# --- PDF -----------------------------------------------------------------------------------


def _pdf_text(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def test_pdf_title_page_toc_and_budget_total(exported: dict[str, Path]) -> None:
    pages = _pdf_text(exported["pdf"])
    assert "Verksamhetsplan med budget" in pages[0] and "Socialnämnden" in pages[0]
    assert "Karin Lindqvist (S)" in pages[0]
    assert "Innehåll" in pages[1] and "Planeringsförutsättningar och omvärldsanalys" in pages[1]
    budget = next(p for p in pages if "NETTOKOSTNAD" in p)
    assert "130 520" in budget.replace(NBSP, " ")
    assert f"Sida 2 av {len(pages)}" in pages[1]


def test_pdf_outline_fonts_and_metadata(exported: dict[str, Path], example: d.PlanSnapshot) -> None:
    reader = PdfReader(str(exported["pdf"]))
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert titles[: len(example.kapitel)] == [k.rubrik for k in example.kapitel]
    assert "Internkontroll" in titles
    fonts = set()
    for page in reader.pages:
        resources = page.get("/Resources") or {}
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            descriptor = (descendants[0].get_object() if descendants else font).get(
                "/FontDescriptor"
            )
            fonts.add(str(font.get("/BaseFont")))
            assert descriptor is not None and "/FontFile2" in descriptor.get_object(), font.get(
                "/BaseFont"
            )
    assert fonts and not any("Helvetica" in f or "Times" in f for f in fonts)
    assert reader.metadata is not None
    assert reader.metadata.title == "Verksamhetsplan med budget 2027–2029"
    assert reader.metadata.author == "Socialnämnden"
    assert str(reader.root_object.get("/Lang")) == "sv-SE"


def test_pdf_prints_user_text_as_written(example: d.PlanSnapshot, tmp_path: Path) -> None:
    tricky = "Kostnad < 5 000 kr & <b>inte fet</b> – samiska ŋ đ ŧ"
    plan = replace(
        example, kapitel=(replace(example.kapitel[0], text=tricky), *example.kapitel[1:])
    )
    out = tmp_path / "knepig.pdf"
    export_plan(plan, "pdf", out)
    text = "\n".join(_pdf_text(out))
    assert "Kostnad < 5 000 kr & <b>inte fet</b>" in text
    assert "ŋ đ ŧ" in text


@pytest.mark.skipif(
    shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) is not installed"
)
def test_pdf_renders_to_png(exported: dict[str, Path], tmp_path: Path) -> None:
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "40",
            "-f",
            "1",
            "-l",
            "3",
            "-png",
            str(exported["pdf"]),
            str(tmp_path / "sida"),
        ],
        check=True,
    )
    assert len(list(tmp_path.glob("sida-*.png"))) == 3


# --- Excel ---------------------------------------------------------------------------------


def test_xlsx_sheets_formulas_and_formats(exported: dict[str, Path]) -> None:
    book = openpyxl.load_workbook(exported["xlsx"])
    assert book.sheetnames == [
        "Driftbudget",
        "Resultaträkning",
        "Resultat per kostnadsslag",
        "Investeringar",
        "Nyckeltal",
        "Mål och indikatorer",
        "Aktiviteter",
        "Internkontroll",
    ]
    drift = book["Driftbudget"]
    assert drift["A2"].value == "Nettobelopp i tkr"  # the unit, which the budget import checks
    assert drift["A4"].value == "Verksamhet" and drift["E4"].value == "Budget 2027"
    assert drift["D3"].value == "(KF 2025-11-24 § 142)"  # the column's note over its heading
    assert drift["A11"].value == "NETTOKOSTNAD"
    # A total stays blank while nothing is typed in its column; the difference counts it as 0.
    assert drift["E11"].value == '=IF(COUNT(E5:E10)=0,"",SUM(E5:E10))'
    assert drift["E13"].value == '=IF(ISNUMBER(E12),E12-N(E11),"")'
    assert drift["E12"].value == 131000
    assert drift["E5"].number_format == "#,##0;-#,##0"
    assert drift.freeze_panes == "B5"
    assert drift.page_setup.orientation == "landscape"
    investments = book["Investeringar"]
    assert investments["A8"].value == "SUMMA INVESTERINGAR"
    assert investments["C8"].value == '=IF(COUNT(C5:C7)=0,"",SUM(C5:C7))'
    result = book["Resultaträkning"]  # in mnkr: numbers shown with one decimal
    assert result["A2"].value == "Belopp i mnkr"
    assert result["B6"].value == -50.8 and result["B6"].number_format == "#,##0.0;-#,##0.0"
    assert result["C7"].value == '=IF(COUNT(C5:C6)=0,"",C5+C6)'
    assert result["C7"].number_format == "#,##0.0;-#,##0.0"
    # The example's netto for 2025 is the rounded -48,9, not 1,8 + -50,8: kept as given.
    assert result["B7"].value == -48.9
    assert result["B7"].comment.text == (
        "Nettot är inskrivet och är inte intäkter + kostnader (-49,0)."
    )
    cost_types = book["Resultat per kostnadsslag"]
    assert [cost_types.cell(row, 1).value for row in range(4, 10)] == [
        "Kostnadsslag",
        "Intäkter",
        "Personalkostnader",
        "Övriga kostnader",
        "Kapitalkostnader",
        "Nettokostnad",
    ]
    assert cost_types["A2"].value == "Belopp i mnkr"
    assert cost_types["B9"].value == '=IF(COUNT(B5:B8)=0,"",SUM(B5:B8))'
    goals = book["Mål och indikatorer"]
    nulage = [c.value for c in goals[4]].index("Nuläge") + 1
    assert goals["A6"].value == "1 Kvalitet"  # row 5 is KF:s mål 1.1, measured by no indicator
    assert goals.cell(row=6, column=nulage).number_format.endswith('" %"')


def test_xlsx_user_text_is_never_a_formula(example: d.PlanSnapshot, tmp_path: Path) -> None:
    activities = list(example.aktiviteter)
    activities[0] = replace(activities[0], namn='=HYPERLINK("http://x","klicka")')
    activities[1] = replace(activities[1], namn="-2+3", beskrivning="rad\x07med\x00styrtecken")
    activities[2] = replace(activities[2], beskrivning="x" * 40_000)
    plan = replace(example, aktiviteter=tuple(activities))
    out = tmp_path / "injektion.xlsx"
    notices = export_plan(plan, "xlsx", out)
    sheet = openpyxl.load_workbook(out)["Aktiviteter"]
    assert sheet["A5"].value == '=HYPERLINK("http://x","klicka")' and sheet["A5"].data_type == "s"
    assert sheet["A6"].value == "-2+3" and sheet["A6"].data_type == "s"
    assert sheet["K4"].value == "Beskrivning"
    assert sheet["K6"].value == "radmedstyrtecken"
    assert len(sheet["K7"].value) == 32_767
    assert any("32767" in n for n in notices)
    number = openpyxl.load_workbook(out).sheetnames.index("Aktiviteter") + 1
    with zipfile.ZipFile(out) as package:
        sheet_xml = package.read(f"xl/worksheets/sheet{number}.xml").decode()
    assert "<f>HYPERLINK" not in sheet_xml


# --- command line --------------------------------------------------------------------------


def test_export_command(
    example_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for fmt in ("docx", "pdf", "xlsx"):
        assert (
            main(["export", str(example_path), "--format", fmt, "-o", str(tmp_path / f"u.{fmt}")])
            == 0
        )
    # A Word template gives the PDF its colours and logo; Excel takes none.
    with_template = ["--mall", str(tmp_path / "u.docx")]
    pdf = ["export", str(example_path), "--format", "pdf", "-o", str(tmp_path / "m.pdf")]
    assert main([*pdf, *with_template]) == 0
    xlsx = ["export", str(example_path), "--format", "xlsx", "-o", str(tmp_path / "m.xlsx")]
    capsys.readouterr()
    assert main([*xlsx, *with_template]) == 2
    assert "gäller Word och PDF, inte Excel" in capsys.readouterr().err
    assert (
        main(
            ["export", str(example_path), "--format", "docx", "-o", str(tmp_path / "s" / "u.docx")]
        )
        == 2
    )
    assert "finns inte" in capsys.readouterr().err


def test_template_header_is_kept(example: d.PlanSnapshot, tmp_path: Path) -> None:
    template = tmp_path / "mall.docx"
    base = Document()
    base.sections[0].header.paragraphs[0].text = "Sjöbacka kommun – logga"
    base.save(str(template))
    out = tmp_path / "ut.docx"
    export_plan(example, "docx", out, template=template)
    header = [p.text for p in Document(str(out)).sections[0].header.paragraphs]
    assert header[0] == "Sjöbacka kommun – logga"
    assert "Socialnämnden — Verksamhetsplan med budget 2027–2029" in header


def test_pdfa(example: d.PlanSnapshot, tmp_path: Path) -> None:
    import pikepdf

    out = tmp_path / "arkiv.pdf"
    export_plan(example, "pdf", out, pdfa=True)
    with pikepdf.open(out) as pdf:
        meta = pdf.open_metadata()
        assert (meta.get("pdfaid:part"), meta.get("pdfaid:conformance")) == ("2", "A")
        assert meta.get("dc:title") == "Verksamhetsplan med budget 2027–2029"
        [intent] = pdf.Root.OutputIntents
        assert intent.S == pikepdf.Name.GTS_PDFA1
        assert str(intent.OutputConditionIdentifier) == "sRGB IEC61966-2.1"
        profile = intent.DestOutputProfile
        assert profile.N == 3 and profile.read_bytes()[36:40] == b"acsp"  # an ICC profile
        assert not pdf.is_encrypted
        for page in pdf.pages:
            for annotation in page.get("/Annots", []):
                assert annotation.F == 4
    reader = PdfReader(str(out))
    for reader_page in reader.pages:
        resources: dict[str, Any] = reader_page.get("/Resources") or {}
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            descriptor = (descendants[0].get_object() if descendants else font).get(
                "/FontDescriptor"
            )
            assert descriptor is not None and "/FontFile2" in descriptor.get_object()
    with pytest.raises(InputError, match="bara PDF"):
        export_plan(example, "docx", tmp_path / "x.docx", pdfa=True)


def test_pdf_toc_page_numbers_are_right(exported: dict[str, Path], example: d.PlanSnapshot) -> None:
    import re

    pages = _pdf_text(exported["pdf"])
    toc = pages[1]
    for chapter in example.kapitel[:4]:
        # pypdf reads each entry's dotted page number as a line of its own, before the entry
        match = re.search(r"\.\s*(\d+)\s*\n\s*" + re.escape(chapter.rubrik), toc)
        assert match, chapter.rubrik
        page = int(match.group(1))
        assert chapter.rubrik in pages[page - 1].splitlines()[:3], (chapter.rubrik, page)

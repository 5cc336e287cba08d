"""The PDF is tagged (PDF/UA-1), the archival PDF is PDF/A-2a as well, and no character is drawn
as an empty .notdef box: checked by two independent validators (``tests/pdf_conformance``) and
by reading the structure tree as a screen reader does."""

from __future__ import annotations

import io
import zlib
from pathlib import Path
from typing import Any

import pikepdf
import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import ListItem, SimpleDocTemplate

from tests.pdf_conformance import elements, marked_text, page_findings, page_of, ua_findings
from tests.test_hostile_exports import HOSTILE, _make_hostile
from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.exports.export import export_plan
from vplan_desktop.exports.follow_up_export import export_follow_up
from vplan_desktop.exports.fonts import FONT, PLACEHOLDER, _to_unicode_cmap, register_fonts
from vplan_desktop.exports.pdf_layout import Table
from vplan_desktop.exports.pdf_paragraph import Paragraph
from vplan_desktop.exports.pdf_structure import add_structure, save
from vplan_desktop.exports.pdf_tagging import Node, Recorder, Tag, TaggingCanvas, artifact, marked
from vplan_desktop.exports.pdf_toc import TaggedList
from vplan_desktop.interchange import import_json, load_json
from vplan_desktop.paths import resource
from vplan_desktop.services.read import read_plan

ODD = "Sámi ŋ đ – emoji 😀👍🏽 – مرحبا שלום – 中文 ｶﾀｶﾅ 𝔘𝔫𝔦 – a\u0301\u200d\ufeff slut"
"""Characters DejaVu Sans draws, and some it has no glyph for (Chinese, Fraktur letters)."""


def _snapshot(path: Path) -> d.PlanSnapshot:
    with PlanDocument.open(path, read_only=True) as doc:
        return read_plan(doc)


@pytest.fixture(scope="module")
def pdfs(templates: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The example plan and its first follow-up, as PDF and as archival PDF/A."""
    plan = _snapshot(templates["example"])
    folder = tmp_path_factory.mktemp("pdf")
    files = {name: folder / f"{name}.pdf" for name in ("plan", "arkiv", "delar", "delar-arkiv")}
    export_plan(plan, "pdf", files["plan"])
    export_plan(plan, "pdf", files["arkiv"], pdfa=True)
    followed = _snapshot(templates["followed_up"])
    period = followed.uppfoljningar[0].namn
    export_follow_up(followed, period, "pdf", files["delar"])
    export_follow_up(followed, period, "pdf", files["delar-arkiv"], pdfa=True)
    return files


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The example plan with markup and odd characters in every text, as PDF and PDF/A."""
    folder = tmp_path_factory.mktemp("fientlig")
    data = load_json(resource("example_plan.json"))
    _make_hostile(data, (*HOSTILE, ODD))
    import_json(data, folder / "fientlig.vplan")
    plan = _snapshot(folder / "fientlig.vplan")
    files = {"plan": folder / "plan.pdf", "arkiv": folder / "arkiv.pdf"}
    export_plan(plan, "pdf", files["plan"])
    export_plan(plan, "pdf", files["arkiv"], pdfa=True)
    return files


# --- both validators, on every PDF ----------------------------------------------------------


@pytest.mark.parametrize("name", ["plan", "delar"])
def test_the_pdf_is_pdf_ua(pdfs: dict[str, Path], name: str) -> None:
    assert ua_findings(pdfs[name]) == []


@pytest.mark.parametrize("name", ["arkiv", "delar-arkiv"])
def test_the_archival_pdf_is_pdf_a_2a_and_pdf_ua(pdfs: dict[str, Path], name: str) -> None:
    assert page_findings(pdfs[name], "2a") == []
    assert ua_findings(pdfs[name]) == []
    with pikepdf.open(pdfs[name]) as pdf:
        meta = pdf.open_metadata()
        assert (meta.get("pdfaid:part"), meta.get("pdfaid:conformance")) == ("2", "A")
        assert meta.get("pdfuaid:part") == "1"


def test_a_plan_with_hostile_and_odd_text_is_pdf_ua_and_pdf_a(hostile: dict[str, Path]) -> None:
    assert ua_findings(hostile["plan"]) == []
    assert ua_findings(hostile["arkiv"]) == []
    assert page_findings(hostile["arkiv"], "2a") == []


def test_odd_characters_are_kept_as_text_and_none_is_drawn_as_notdef(
    hostile: dict[str, Path],
) -> None:
    # The text keeps every character (copied, searched, read aloud), the zero-width BOM aside.
    text = " ".join(page.extract_text() for page in PdfReader(hostile["plan"]).pages[:4])
    for word in ("😀👍🏽", "中文", "𝔘𝔫𝔦", "ｶﾀｶﾅ", "Sámi ŋ đ"):
        assert word in text
    # No glyph drawn is .notdef: a character DejaVu lacks is drawn as □ under its own code.
    register_fonts()
    from reportlab.pdfbase.pdfmetrics import getFont

    glyphs = getFont(FONT).face.charToGlyph
    assert glyphs[ord("中")] == glyphs[PLACEHOLDER] != 0
    assert glyphs[ord("😀")] not in (0, glyphs[PLACEHOLDER])  # DejaVu has this one


@pytest.mark.slow
def test_the_large_plan_is_pdf_ua_and_pdf_a(tmp_path: Path) -> None:
    from bench.large_plan import large_plan_data

    data = large_plan_data()
    data["uppfoljningar"] = []  # the plan's PDF prints no follow-up (and bench's rows lack them)
    import_json(data, tmp_path / "stor.vplan")
    plan = _snapshot(tmp_path / "stor.vplan")
    export_plan(plan, "pdf", tmp_path / "plan.pdf")
    export_plan(plan, "pdf", tmp_path / "arkiv.pdf", pdfa=True)
    assert len(PdfReader(tmp_path / "plan.pdf").pages) > 200
    assert ua_findings(tmp_path / "plan.pdf") == []
    assert page_findings(tmp_path / "arkiv.pdf", "2a") == []
    assert ua_findings(tmp_path / "arkiv.pdf") == []


# --- the structure tree as a screen reader reads it ------------------------------------------


def test_a_page_reads_heading_table_chart_in_order_and_skips_the_footer(
    pdfs: dict[str, Path],
) -> None:
    reader = PdfReader(pdfs["plan"])
    number = page_of(reader, r"Nettobelopp i tkr")  # the page of the operating budget
    read = elements(pdfs["plan"], number)
    roles = [e["role"] for e in read]
    texts = [e["text"] for e in read]
    heading = texts.index("Driftbudget 2027 samt plan 2028–2029")
    assert roles[heading] == "H2" and roles[texts.index("Ekonomi")] == "H1"
    table = roles.index("Table")
    assert heading < table
    head = read[roles.index("THead") :][:12]
    cells = [e for e in head if e["role"] in ("TH", "TD")]
    assert [e["text"] for e in cells[:2]] == ["Verksamhet", "Bokslut 2024"]
    assert {(e["role"], e["scope"]) for e in cells[:7]} == {("TH", "Column")}
    body = [e for e in read[roles.index("TBody") :] if e["role"] in ("TH", "TD")]
    assert body[0]["text"] == "Nämnd och förvaltningsledning" and body[0]["role"] == "TD"
    figure = read[roles.index("Figure")]
    assert figure["alt"].startswith("Stapeldiagram. 2027: nettokostnad")
    assert table < roles.index("Figure")
    caption = read[roles.index("Figure") + 1]  # the alt text is printed under the chart too
    assert (caption["role"], caption["text"]) == ("Caption", " ".join(figure["alt"].split()))
    # The running head and "Sida X av Y" are artifacts: not in the tree, not read.
    _, artifacts = marked_text(reader, number)
    assert f"Sida {number + 1} av {len(reader.pages)}" in artifacts
    assert not any("Sida " in t for t in texts)


def test_the_contents_are_links_in_the_tree_with_a_description(pdfs: dict[str, Path]) -> None:
    with pikepdf.open(pdfs["plan"]) as pdf:
        assert bool(pdf.Root.MarkInfo.Marked) and str(pdf.Root.Lang) == "sv-SE"
        assert bool(pdf.Root.ViewerPreferences.DisplayDocTitle)
        assert all(page.obj.Tabs == "/S" for page in pdf.pages)
        annotations = [a for page in pdf.pages for a in page.obj.get("/Annots", [])]
        assert annotations and all(str(a.Contents) for a in annotations)
        parents = pdf.Root.StructTreeRoot.ParentTree.Nums
        links = {int(parents[i]): parents[i + 1] for i in range(0, len(parents), 2)}
        assert {str(links[int(a.StructParent)].S) for a in annotations} == {"/Link"}
        # Each link says where it leads: "Inledning, sida 4" opens page 4.
        pages = {page.obj.objgen: number for number, page in enumerate(pdf.pages, start=1)}
        for annotation in annotations:
            target = pages[annotation.Dest[0].objgen]
            assert str(annotation.Contents).endswith(f", sida {target}")
    read = elements(pdfs["plan"], 1)
    assert [e["role"] for e in read[:6]] == ["Document", "Sect", "H1", "TOC", "TOCI", "Link"]
    assert read[2]["text"] == "Innehåll" and read[5]["actual"] == "Inledning, sida 4"
    assert read[5]["text"].endswith(" 4 Inledning")  # drawn: the dots, the number, the text


# --- the pieces on their own ----------------------------------------------------------------


def test_headings_never_skip_a_level_and_open_sections() -> None:
    recorder = Recorder()
    h1 = recorder.element(Tag("H", 1))
    h3 = recorder.element(Tag("H", 3))  # straight under a chapter: read as H2
    title = recorder.element(Tag("H", 0))  # a table's title: one under its section
    h2 = recorder.element(Tag("H", 2))
    assert [h1.role, h3.role, title.role, h2.role] == ["H1", "H2", "H3", "H2"]
    [chapter] = recorder.root.kids
    assert isinstance(chapter, Node) and chapter.role == "Sect"
    assert [k.role for k in chapter.kids if isinstance(k, Node)] == ["H1", "Sect", "Sect"]


def _tiny_pdf() -> bytes:
    """A page with a paragraph, a split element and a footer, drawn on a tagging canvas."""
    register_fonts()
    out = io.BytesIO()
    canvas = TaggingCanvas(out, pagesize=A4)
    canvas.setTitle("Prov")
    canvas.setFont(FONT, 10)
    paragraph, long = Tag("P"), Tag("P")
    with marked(canvas, paragraph):
        canvas.drawString(50, 800, "Första stycket")
        with marked(canvas, Tag("P")):  # nothing nests in marked content
            canvas.drawString(50, 780, "Samma stycke")
    with marked(canvas, long):
        canvas.drawString(50, 100, "Ett stycke som fortsätter")
    with artifact(canvas, "Pagination"):
        canvas.drawString(500, 30, "Sida 1 av 2")
    canvas.showPage()
    canvas.setFont(FONT, 10)
    with marked(canvas, long):
        canvas.drawString(50, 800, "på nästa sida")
    canvas.save()
    return add_structure(out.getvalue(), canvas.vplan_recorder)


def test_the_structure_tree_joins_an_element_over_pages(tmp_path: Path) -> None:
    path = tmp_path / "prov.pdf"
    path.write_bytes(_tiny_pdf())
    first, second = elements(path, 0), elements(path, 1)
    assert [(e["role"], e["text"]) for e in first] == [
        ("Document", "Första stycket Samma stycke Ett stycke som fortsätter"),
        ("P", "Första stycket Samma stycke"),
        ("P", "Ett stycke som fortsätter"),
    ]
    assert [(e["role"], e["text"]) for e in second] == [
        ("Document", "på nästa sida"),
        ("P", "på nästa sida"),
    ]
    assert marked_text(PdfReader(path), 0)[1] == "Sida 1 av 2"
    assert ua_findings(path) == []


def _drawn(story: list[Any], path: Path) -> None:
    """``story`` laid out on A4 pages of a tagging canvas, tagged, written to ``path``."""
    register_fonts()
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, title="Prov", lang="sv-SE")
    doc.build(story, canvasmaker=TaggingCanvas)
    path.write_bytes(add_structure(out.getvalue(), doc.canv.vplan_recorder))


def test_a_table_over_two_pages_is_one_table_read_with_its_header_once(tmp_path: Path) -> None:
    rows = [["Verksamhet", "Budget"]] + [[f"Rad {n}", f"{n} tkr"] for n in range(1, 81)]
    table = Table(rows, repeatRows=1, header_rows=1, style=[("FONTNAME", (0, 0), (-1, -1), FONT)])
    _drawn([table], tmp_path / "tabell.pdf")
    first, second = elements(tmp_path / "tabell.pdf", 0), elements(tmp_path / "tabell.pdf", 1)
    # The page's part of the one Table: the header once, in THead, the rows on in TBody.
    assert [e["role"] for e in first[:7]] == [
        "Document",
        "Table",
        "THead",
        "TR",
        "TH",
        "TH",
        "TBody",
    ]
    assert [e["role"] for e in second[:5]] == ["Document", "Table", "TBody", "TR", "TD"]
    assert second[4]["text"] == f"Rad {sum(e['role'] == 'TR' for e in first)}"
    # The header reportlab repeats on the second page is an artifact, not read again.
    assert marked_text(PdfReader(tmp_path / "tabell.pdf"), 1)[1] == "Verksamhet Budget"
    assert ua_findings(tmp_path / "tabell.pdf") == []


def test_a_list_is_read_as_items_with_labels_and_bodies(tmp_path: Path) -> None:
    register_fonts()
    style = ParagraphStyle("Brödtext", fontName=FONT, fontSize=10, leading=14)
    items = [ListItem(Paragraph(text, style)) for text in ("Första", "Andra")]
    lists = TaggedList(items, bulletType="1", bulletFontName=FONT)
    _drawn([lists], tmp_path / "lista.pdf")
    read = [(e["role"], e["text"]) for e in elements(tmp_path / "lista.pdf", 0)]
    assert read == [
        ("Document", "1 Första 2 Andra"),
        ("L", "1 Första 2 Andra"),
        ("LI", "1 Första"),
        ("Lbl", "1"),
        ("LBody", "Första"),
        ("LI", "2 Andra"),
        ("Lbl", "2"),
        ("LBody", "Andra"),
    ]
    assert ua_findings(tmp_path / "lista.pdf") == []


def test_the_unicode_map_names_every_drawn_character_and_no_empty_code() -> None:
    cmap = _to_unicode_cmap("AAAAAA+DejaVuSans", [0, 0x41, 0x1F600, 0])
    assert "<01> <0041>" in cmap and "<02> <D83DDE00>" in cmap  # an emoji in UTF-16
    assert "<0000>" not in cmap and "2 beginbfchar" in cmap
    assert "<00> <03>" in cmap  # the codes the subset spans


def test_a_character_the_italic_font_lacks_is_set_upright_not_as_a_box() -> None:
    register_fonts()
    style = ParagraphStyle("Brödtext", fontName=FONT, fontSize=10, leading=14)
    paragraph = Paragraph("<i>Hej مرحبا 中</i>", style)  # DejaVu Sans Oblique has no Arabic
    pieces = [(frag.fontName, frag.text) for frag in paragraph.frags]
    assert pieces == [
        (f"{FONT}-Oblique", "Hej "),
        (FONT, "مرحبا"),
        (f"{FONT}-Oblique", " 中"),  # in no DejaVu face: □, with 中 kept as its text
    ]


def test_no_stream_ends_in_a_carriage_return_before_endstream() -> None:
    # Data whose compressed form ends in CR: CR LF before "endstream" reads as its end of line.
    data = next(
        text
        for a in range(33, 127)
        for b in range(33, 127)
        if zlib.compress(text := b"BT ET %" + bytes([a, b]) + b"\n", 6).endswith(b"\r")
    )
    pdf = pikepdf.new()
    pdf.add_blank_page()
    stream = pdf.make_stream(zlib.compress(data, 6))
    stream.Filter = pikepdf.Name.FlateDecode
    pdf.pages[0].obj.Contents = stream
    saved = save(pdf)
    assert b"\r\nendstream" not in saved
    with pikepdf.open(io.BytesIO(saved)) as again:
        assert again.pages[0].obj.Contents.read_bytes() == data

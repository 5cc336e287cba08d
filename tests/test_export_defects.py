"""The export defects a secretary found (issue 13, items 1–6), each read back from the files as a
reader, Word, LibreOffice or an archive would see them."""

from __future__ import annotations

import copy
import datetime as dt
import re
import shutil
import subprocess
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import openpyxl
import pikepdf
import pytest
from docx import Document
from docx.shared import Length
from lxml import etree
from pypdf import PdfReader

from tests.pdf_reading import (
    contents_lines,
    fragments,
    heading_pages,
    outline,
    page_lines,
    pdf_text,
)
from tests.word_reading import style_name
from vplan_desktop import __version__
from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.exports import content as c
from vplan_desktop.exports.content import build
from vplan_desktop.exports.export import export_plan
from vplan_desktop.interchange import import_json, load_json
from vplan_desktop.markdown import Heading
from vplan_desktop.paths import resource
from vplan_desktop.services.read import read_plan

NBSP, MINUS = "\u00a0", "\u2212"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(scope="module")
def example(templates: dict[str, Path]) -> d.PlanSnapshot:
    with PlanDocument.open(templates["example"], read_only=True) as doc:
        return read_plan(doc)


@pytest.fixture(scope="module")
def empty(templates: dict[str, Path]) -> d.PlanSnapshot:
    """A new plan: no text, goals, budget or internkontroll."""
    with PlanDocument.open(templates["empty"], read_only=True) as doc:
        return read_plan(doc)


@pytest.fixture(scope="module")
def files(example: d.PlanSnapshot, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("exempel")
    out = {fmt: folder / f"plan.{fmt}" for fmt in ("pdf", "docx", "xlsx")}
    for fmt, path in out.items():
        export_plan(example, fmt, path)
    out["pdfa"] = folder / "arkiv.pdf"
    export_plan(example, "pdf", out["pdfa"], pdfa=True)
    return out


def _plan_from(data: dict[str, Any], path: Path) -> d.PlanSnapshot:
    import_json(data, path)
    with PlanDocument.open(path, read_only=True) as doc:
        return read_plan(doc)


# --- 1. bookmarks and contents links open the heading's page ----------------------------------


@pytest.mark.parametrize("kind", ["pdf", "pdfa"])
def test_every_bookmark_opens_the_page_its_heading_is_on(
    files: dict[str, Path], kind: str, example: d.PlanSnapshot
) -> None:
    headings = heading_pages(PdfReader(str(files[kind])))
    blocks = build(example).blocks  # every heading and table title has its bookmark
    titles = [
        b.text if isinstance(b, Heading) else b.title
        for b in blocks
        if isinstance(b, Heading) or (isinstance(b, c.Table) and b.title)
    ]
    assert [title for title, _, _ in headings] == titles
    assert {"Plan för intern kontroll", "Riskmatris"} <= set(titles)
    assert len(headings) > 40
    wrong = [(title, target + 1, drawn + 1) for title, target, drawn in headings if target != drawn]
    assert wrong == []
    assert len({target for _, target, _ in headings}) > 10  # not all on one page


@pytest.mark.parametrize("kind", ["pdf", "pdfa"])
def test_every_contents_link_opens_the_page_its_heading_is_on(
    files: dict[str, Path], kind: str, example: d.PlanSnapshot
) -> None:
    header = f"{example.uppgifter.namnd} — {example.uppgifter.titel}"
    reader = PdfReader(str(files[kind]))
    headings = heading_pages(reader)
    checked = 0
    position = 0  # the contents list the headings in the bookmarks' order
    for page in reader.pages:
        if "/Annots" not in page:  # only the contents pages have links
            continue
        links = [a.get_object() for a in page.annotations or []]
        entries = sorted(contents_lines(page, header), key=lambda line: -line[0])
        for baseline, text in entries:
            if text == "Innehåll":
                continue
            on_line = [
                link
                for link in links
                if float(link["/Rect"][1]) - 1 <= baseline <= float(link["/Rect"][3]) + 1
            ]
            assert on_line, f"no link on the contents line {text!r}"
            index = next(
                n
                for n in range(position, len(headings))
                if " ".join(headings[n][0].split()) == text
            )
            position = index + 1
            for link in on_line:
                target = reader.get_page_number(link["/Dest"][0].get_object())
                assert target is not None
                assert target == headings[index][2], (text, target + 1, headings[index][2] + 1)
                checked += 1
    assert checked >= 50


# --- 2. the Word file is A4 with Swedish margins -----------------------------------------------


def _mm(length: Length | None) -> int:
    """A length in whole millimetres (python-docx gives None for a size the file leaves out)."""
    assert length is not None
    return round(float(length.mm))


def test_word_pages_are_a4_with_swedish_margins(files: dict[str, Path]) -> None:
    sections = Document(str(files["docx"])).sections
    assert len(sections) == 2  # portrait, then landscape for internkontroll
    for section in sections:
        assert sorted((_mm(section.page_width), _mm(section.page_height))) == [210, 297]
        assert _mm(section.left_margin) == _mm(section.right_margin) == 25
        assert _mm(section.top_margin) == 25 and _mm(section.bottom_margin) == 20
    assert _mm(sections[0].page_width) < _mm(sections[0].page_height)
    assert _mm(sections[1].page_width) == 297


# --- 3. the Word contents list the headings before any update ----------------------------------


def _text(element: Any) -> str:
    return "".join(t.text or "" for t in element.iter(f"{W}t"))


def _toc_field(body: Any) -> tuple[str, list[Any]]:
    """The TOC field's instruction and the paragraphs of its result."""
    paragraphs = list(body.iter(f"{W}p"))
    start = next(
        n
        for n, p in enumerate(paragraphs)
        if any("TOC" in (i.text or "") for i in p.iter(f"{W}instrText"))
    )
    instruction = "".join(t.text for t in paragraphs[start].iter(f"{W}instrText"))
    for end in range(start, len(paragraphs)):
        kinds = [c.get(f"{W}fldCharType") for c in paragraphs[end].iter(f"{W}fldChar")]
        if (end > start and "end" in kinds) or (end == start and kinds.count("end") == 1):
            return instruction, paragraphs[start : end + 1]
    raise AssertionError("the TOC field has no end")


def test_word_contents_hold_every_heading_as_a_link(files: dict[str, Path]) -> None:
    doc = Document(str(files["docx"]))
    body = doc.element.body
    instruction, result = _toc_field(body)
    assert instruction.strip() == 'TOC \\o "1-3" \\h \\z \\u'
    headings = [
        p
        for p in doc.paragraphs
        if style_name(p) in ("Heading 1", "Heading 2", "Heading 3") and p.text.strip()
    ]
    bookmarks = {}
    for heading in headings:
        [start] = heading._p.iter(f"{W}bookmarkStart")
        bookmarks[start.get(f"{W}name")] = heading.text
    links = [(h.get(f"{W}anchor"), _text(h)) for p in result for h in p.iter(f"{W}hyperlink")]
    assert [text for _, text in links] == [h.text for h in headings]
    assert all(bookmarks[anchor] == text for anchor, text in links)
    assert "uppdateras" not in "".join(_text(p) for p in result)
    styles = [p.find(f"{W}pPr/{W}pStyle").get(f"{W}val") for p in result]
    assert {doc.styles.get_by_id(s, 1).name for s in styles} == {"toc 1", "toc 2", "toc 3"}


def test_update_fields_sits_where_the_settings_schema_wants_it(files: dict[str, Path]) -> None:
    with zipfile.ZipFile(files["docx"]) as package:
        settings = etree.fromstring(package.read("word/settings.xml"))
    tags = [etree.QName(child).localname for child in settings]
    assert tags.count("updateFields") == 1
    position = tags.index("updateFields")
    # CT_Settings: ... zoom, proofState, defaultTabStop, characterSpacingControl,
    # savePreviewPicture, updateFields, (hdrShapeDefaults, footnotePr, endnotePr,) compat, ...
    assert tags[position + 1] == "compat"
    assert {"zoom", "defaultTabStop", "savePreviewPicture"} <= set(tags[:position])
    assert {"compat", "rsids", "decimalSymbol", "listSeparator"} <= set(tags[position:])
    assert settings[position].get(f"{W}val") == "true"


@pytest.fixture(scope="module")
def soffice_pdf(files: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    folder = tmp_path_factory.mktemp("libreoffice")
    profile = (folder / "profil").as_uri()
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(files["docx"]),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return folder / "plan.pdf"


def test_libreoffice_pdf_of_the_word_file_has_the_contents(
    soffice_pdf: Path, example: d.PlanSnapshot
) -> None:
    reader = PdfReader(str(soffice_pdf))
    pages = [" ".join(page_lines(page)) for page in reader.pages]
    start = next(n for n, text in enumerate(pages) if "Innehåll" in text)
    contents = " ".join(pages[start : start + 2])
    first_chapter = example.kapitel[0].rubrik
    assert contents.index("Innehåll") < contents.index(first_chapter)
    for heading in [
        *[k.rubrik for k in example.kapitel],
        "Mål och indikatorer",
        "1 Kvalitet",
        "Ekonomi",
        "Driftbudget 2027 samt plan 2028–2029",
        "Internkontroll",
    ]:
        assert heading in contents, heading
    links = [a for page in reader.pages[start : start + 2] for a in page.get("/Annots", [])]
    assert len(links) >= 40  # each entry links to its heading


# --- 4. what the exports print -------------------------------------------------------------------


def test_a_two_year_plan_says_plan_2028(example: d.PlanSnapshot, tmp_path: Path) -> None:
    plan = replace(example, uppgifter=replace(example.uppgifter, sista_ar=2028))
    export_plan(plan, "pdf", tmp_path / "tva.pdf")
    export_plan(plan, "docx", tmp_path / "tva.docx")
    headings = [p.text for p in Document(str(tmp_path / "tva.docx")).paragraphs]
    for text in (pdf_text(tmp_path / "tva.pdf"), "\n".join(headings)):
        assert "Driftbudget 2027 samt plan 2028\n" in text + "\n"
        assert "2028–2028" not in text


def test_what_is_empty_is_left_out(empty: d.PlanSnapshot, tmp_path: Path) -> None:
    for fmt in ("pdf", "docx", "xlsx"):
        export_plan(empty, fmt, tmp_path / f"tom.{fmt}")
    pdf = pdf_text(tmp_path / "tom.pdf")
    word = Document(str(tmp_path / "tom.docx"))
    word_text = "\n".join(p.text for p in word.paragraphs)
    for text in (pdf, word_text):
        for absent in (
            "NETTOKOSTNAD",
            "Nettokostnad och KF:s ram",
            "Stapeldiagram",
            "Riskmatris",
            "Plan för intern kontroll",
            "Internkontroll",
            "Ekonomi",
            "Mål och indikatorer",
            "Aktiviteter",
        ):
            assert absent not in text, absent
        assert "Kapitlet har ännu ingen text." in text
    assert word.tables == [] and len(word.inline_shapes) == 0
    assert len(word.sections) == 1  # no landscape pages for an internkontroll that is not there
    book = openpyxl.load_workbook(tmp_path / "tom.xlsx")
    assert book.sheetnames == ["Driftbudget"]  # the ekonom's form: KF:s ram is typed on it
    formulas = [c.value for row in book["Driftbudget"].iter_rows() for c in row]
    assert not any(isinstance(v, str) and v.startswith("=SUM") for v in formulas)  # circular


def test_a_risk_matrix_needs_a_scored_risk(example: d.PlanSnapshot, tmp_path: Path) -> None:
    unscored = tuple(
        replace(row, sannolikhet=None, konsekvens=None) for row in example.internkontroll
    )
    export_plan(replace(example, internkontroll=unscored), "pdf", tmp_path / "ej.pdf")
    text = pdf_text(tmp_path / "ej.pdf")
    assert "Plan för intern kontroll" in text and "Riskmatris" not in text


def test_the_paragraph_sign_is_printed_once(example: d.PlanSnapshot, tmp_path: Path) -> None:
    u = replace(
        example.uppgifter,
        status=d.PlanStatus.ANTAGEN,
        antagen_datum=dt.date(2026, 11, 26),
        antagen_paragraf="§ 87",
    )
    plan = replace(example, uppgifter=u)
    export_plan(plan, "pdf", tmp_path / "antagen.pdf")
    export_plan(plan, "docx", tmp_path / "antagen.docx")
    cover = page_lines(PdfReader(str(tmp_path / "antagen.pdf")).pages[0])
    assert "Status: Antagen i Socialnämnden 2026-11-26 § 87" in cover
    word = [p.text for p in Document(str(tmp_path / "antagen.docx")).paragraphs[:10]]
    assert "Status: Antagen i Socialnämnden 2026-11-26 § 87" in word
    assert "§ §" not in " ".join(cover + word)


def test_rapportering_says_to_whom_then_when(files: dict[str, Path]) -> None:
    # Delegationsbeslut: "Nämnden", "Vid sammanträde i juni och december"
    text = pdf_text(files["pdf"])
    assert "Nämnden\nVid sammanträde" in text and "Nämnden Vid" not in text
    table = next(
        t for t in Document(str(files["docx"])).tables if t.cell(0, 0).text == "Process/rutin"
    )
    cells = [row.cells[-1].text for row in table.rows]
    assert "Nämnden\nVid sammanträde i juni och december" in cells


def test_a_goals_paragraphs_stay_paragraphs(example: d.PlanSnapshot, tmp_path: Path) -> None:
    goals = list(example.namndsmal)
    goals[0] = replace(
        goals[0], beskrivning="Första stycket om stödet.\n\nAndra stycket om uppföljningen."
    )
    plan = replace(example, namndsmal=tuple(goals))
    export_plan(plan, "pdf", tmp_path / "stycken.pdf")
    export_plan(plan, "docx", tmp_path / "stycken.docx")
    lines = pdf_text(tmp_path / "stycken.pdf").splitlines()
    assert "Första stycket om stödet." in lines and "Andra stycket om uppföljningen." in lines
    word = [p.text for p in Document(str(tmp_path / "stycken.docx")).paragraphs]
    assert "Första stycket om stödet." in word and "Andra stycket om uppföljningen." in word


def test_the_app_and_word_agree_on_the_ram_difference(qapp: Any, tmp_path: Path) -> None:
    """KF:s ram for 2029 with no amounts in the Plan 2029 column: the difference is the whole
    ram in the app's grid, in Word and in the PDF (and Excel's formula ram − SUM says so too)."""
    from vplan_desktop.storage.working import EditSession
    from vplan_desktop.ui.context import PlanContext
    from vplan_desktop.ui.models.budget import DriftbudgetModel

    data = load_json(resource("example_plan.json"))
    for row in data["driftbudget"]["rader"]:
        row["belopp"].pop("plan-2029")
    plan = _plan_from(data, tmp_path / "utan-belopp.vplan")
    session = EditSession.open(tmp_path / "utan-belopp.vplan")
    try:
        context = PlanContext(session)
        model = DriftbudgetModel(context)
        last = model.columnCount() - 1
        labels = [model.index(r, 0).data() for r in range(model.rowCount())]
        app = model.index(labels.index("Differens mot ram"), last).data()
        context.forget_history()
    finally:
        session.close()
    export_plan(plan, "docx", tmp_path / "ut.docx")
    export_plan(plan, "pdf", tmp_path / "ut.pdf")
    table = next(
        t for t in Document(str(tmp_path / "ut.docx")).tables if t.cell(0, 0).text == "Verksamhet"
    )
    word = next(r.cells[-1].text for r in table.rows if r.cells[0].text == "Differens mot ram")
    assert app == word == f"134{NBSP}000"
    assert f"Differens mot ram\n480\n350\n134{NBSP}000" in pdf_text(tmp_path / "ut.pdf")


# --- 5. layout ----------------------------------------------------------------------------------


def _sweep_plan() -> dict[str, Any]:
    """A plan whose headings fall at every height of a page: chapters that begin with 20 to 44
    short paragraphs before a sub-heading, and a tree of goals with one to four indicators."""
    data: dict[str, Any] = load_json(resource("example_plan.json"))
    data["uppfoljningar"] = []  # it follows up the example's goals, replaced below
    chapter = data["kapitel"][0]
    data["kapitel"] = [
        {
            **chapter,
            "id": n,
            "rubrik": f"Kapitel {n}",
            "text": "\n\n".join(f"Rad {k} i kapitel {n}." for k in range(n))
            + f"\n\n## Avsnitt {n}\n\n### Underavsnitt {n}\n\n"
            + " ".join(["Texten under avsnittet fortsätter här."] * 30),
        }
        for n in range(20, 45)
    ]
    template = data["namndsmal"][1]
    goals = []
    for n in range(1, 41):
        goal = copy.deepcopy(template)
        # A goal tree: every third goal is a sub-goal of the goal four before it (which is in
        # the same målområde), so that sub-goals' headings, deeper and further in, fall at
        # every height of a page too.
        parent = n - 4 if n > 4 and n % 3 == 0 else None
        goal.update(
            id=n,
            malomrade_id=1 + n % 4,
            overordnat_id=parent,
            niva="namnd" if parent else "kf",
            text=f"Mål nummer {n}",
        )
        goal["indikatorer"] = [
            {**copy.deepcopy(template["indikatorer"][0]), "id": n * 10 + k}
            for k in range(1 + n % 4)
        ]
        goals.append(goal)
    data["namndsmal"] = goals
    data["aktiviteter"] = []
    return data


@pytest.fixture(scope="module")
def sweep(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("svep")
    plan = _plan_from(_sweep_plan(), folder / "svep.vplan")
    export_plan(plan, "pdf", folder / "svep.pdf")
    export_plan(plan, "docx", folder / "svep.docx")
    return {"plan": plan, "pdf": folder / "svep.pdf", "docx": folder / "svep.docx"}


def _content_lines(page: Any, header: str) -> list[str]:
    return [
        line
        for line in page_lines(page)
        if line and line != " ".join(header.split()) and not line.startswith("Sida ")
    ]


def test_no_heading_is_left_alone_at_the_foot_of_a_page(sweep: dict[str, Any]) -> None:
    plan = sweep["plan"]
    header = f"{plan.uppgifter.namnd} — {plan.uppgifter.titel}"
    reader = PdfReader(str(sweep["pdf"]))
    titles = {" ".join(title.split()) for title, _ in outline(reader)}
    stranded: list[tuple[int, str, list[str] | str]] = []
    for number, page in enumerate(reader.pages[1:], start=2):
        if "/Annots" in page:  # the contents
            continue
        lines = _content_lines(page, header)
        assert lines, f"page {number} is empty"
        if all(line in titles for line in lines):
            stranded.append((number, "only headings", lines))
        last = lines[-1]
        tail = [" ".join(lines[-k:]) for k in (1, 2, 3)]
        if any(t in titles for t in tail):
            stranded.append((number, "ends with", last))
    assert stranded == []
    assert len(reader.pages) > 30  # the sweep did cross many page feet


def _keeps_with_next(paragraph: Any) -> bool:
    """Whether Word keeps ``paragraph`` with the next: set on it, or by its style."""
    if paragraph.paragraph_format.keep_with_next is not None:
        return bool(paragraph.paragraph_format.keep_with_next)
    style = paragraph.style
    while style is not None:
        if style.paragraph_format.keep_with_next is not None:
            return bool(style.paragraph_format.keep_with_next)
        style = style.base_style
    return False


def test_word_keeps_headings_with_what_follows(sweep: dict[str, Any]) -> None:
    doc = Document(str(sweep["docx"]))
    kept = [
        p
        for p in doc.paragraphs
        if style_name(p).startswith("Heading")
        or style_name(p) == "Caption"  # "Nettobelopp i tkr" above its table, the chart's title
    ]
    assert len(kept) > 100
    assert [p.text for p in kept if not _keeps_with_next(p)] == []
    for table in doc.tables:  # the header row stays with the first row below it
        for cell in table.rows[0].cells:
            assert _keeps_with_next(cell.paragraphs[0]), cell.text


def test_word_hyphenates_a_narrow_tables_swedish_words(files: dict[str, Path]) -> None:
    """Word breaks a word too long for its column anywhere ("Kvartalsvi / s"); vplan gives
    the words of such a table soft hyphens at the Swedish hyphenation points, and only them."""
    doc = Document(str(files["docx"]))
    control = next(t for t in doc.tables if t.rows[0].cells[0].text == "Process/rutin")
    frequency = control.rows[1].cells[7]
    assert frequency.text == "Kvartalsvis"  # the text reads whole
    pieces = [
        "".join(e.text or "" for e in run.iter(f"{W}t")) or "|"
        for run in frequency._tc.iter(f"{W}t", f"{W}softHyphen")
    ]
    assert pieces == ["Kvar", "|", "tals", "|", "vis"]  # Kvar-tals-vis
    # a table whose words fit whole (the budget) has none
    budget = next(t for t in doc.tables if t.rows[0].cells[0].text == "Verksamhet")
    assert not list(budget._tbl.iter(f"{W}softHyphen"))


def test_column_headings_are_not_broken_up(files: dict[str, Path]) -> None:
    reader = PdfReader(str(files["pdf"]))
    budget = next(p for p in reader.pages if "NETTOKOSTNAD" in (p.extract_text() or ""))
    lines = fragments(budget)
    # two lines, "Budget 2026" over its note, where it used to take four
    assert "Budget 2026" in lines and "(KF 2025-11-24 § 142)" in lines
    control = next(p for p in reader.pages if "Process/rutin" in (p.extract_text() or ""))
    assert {"Kontrollansvar", "Riskvärde", "Registergenomgång", "Kvalitetsutvecklare"} <= set(
        fragments(control)
    )  # no word broken inside a column that has room for it
    word = Document(str(files["docx"]))
    table = next(t for t in word.tables if t.cell(0, 0).text == "Verksamhet")
    assert table.cell(0, 3).text == "Budget 2026\n(KF 2025-11-24 § 142)"


def test_negative_numbers_have_a_minus_sign_and_no_break_spaces(files: dict[str, Path]) -> None:
    text = pdf_text(files["pdf"])
    assert f"{MINUS}50,8" in text  # Barn och familj, kostnader, Bokslut 2025 (mnkr)
    assert f"{MINUS}102,2" in text  # the resultaträkning's Summa netto, Bokslut 2025
    assert not re.search(r"(?<![\w–-])-\d", text)  # no hyphen for a minus
    numbers = [
        line for line in text.splitlines() if re.fullmatch(r"[−\d][\d \u00a0]*(,\d+)?", line)
    ]
    assert len(numbers) > 100 and not [n for n in numbers if " " in n]  # no-break spaces only
    assert f"100{NBSP}000" in text and "100,000" not in text  # the chart's axis too
    word = Document(str(files["docx"]))
    cells = [c.text for t in word.tables for r in t.rows for c in r.cells]
    assert f"{MINUS}50,8" in cells and f"{MINUS}102,2" in cells
    assert not any(re.fullmatch(r"-[\d\u00a0]+", c) for c in cells)


def test_a_negative_net_cost_is_drawn_below_the_axis(
    example: d.PlanSnapshot, tmp_path: Path
) -> None:
    """A nämnd whose income exceeds its costs: the Word chart used to fail on the negative bar."""
    rows = tuple(
        replace(row, belopp={k: -v for k, v in row.belopp.items()}) for row in example.driftbudget
    )
    plan = replace(example, driftbudget=rows)
    export_plan(plan, "docx", tmp_path / "intakter.docx")
    export_plan(plan, "pdf", tmp_path / "intakter.pdf")
    # the chart, after the chapters' pictures
    assert len(Document(str(tmp_path / "intakter.docx")).inline_shapes) == 1 + len(plan.bilder)
    text = pdf_text(tmp_path / "intakter.pdf")
    assert f"NETTOKOSTNAD\n{MINUS}124{NBSP}622" in text
    assert f"{MINUS}100{NBSP}000" in text  # the chart's axis goes below 0


# --- 6. metadata ---------------------------------------------------------------------------------


def test_word_properties_are_vplans(example: d.PlanSnapshot, tmp_path: Path) -> None:
    before = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
    export_plan(example, "docx", tmp_path / "egenskaper.docx")
    after = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    core = Document(str(tmp_path / "egenskaper.docx")).core_properties
    assert core.title == example.uppgifter.titel
    assert core.author == core.last_modified_by == "Socialnämnden"
    assert core.language == "sv-SE"
    assert core.created == core.modified
    assert before <= core.created.replace(tzinfo=None) <= after
    assert "python-docx" not in (core.comments or "")
    with zipfile.ZipFile(tmp_path / "egenskaper.docx") as package:
        app = etree.fromstring(package.read("docProps/app.xml"))
        everything = b"".join(package.read(name) for name in package.namelist())
        names = package.namelist()
    ns = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"
    assert app.findtext(f"{ns}Application") == f"vplan {__version__}"
    assert b"Macintosh" not in everything and b"python-docx" not in everything
    assert not any("thumbnail" in name for name in names)


def _pdf_date(text: str) -> dt.datetime:
    """A PDF date, "D:20261128012126+00'00" (with or without the closing apostrophe)."""
    match = re.fullmatch(r"D:(\d{14})([+-])(\d\d)'(\d\d)'?", text)
    assert match, text
    stamp = dt.datetime.strptime(match[1], "%Y%m%d%H%M%S")
    offset = dt.timedelta(hours=int(match[3]), minutes=int(match[4]))
    return (stamp - offset if match[2] == "+" else stamp + offset).replace(tzinfo=dt.UTC)


def test_pdfa_has_its_dates_in_info_and_xmp(example: d.PlanSnapshot, tmp_path: Path) -> None:
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    export_plan(example, "pdf", tmp_path / "arkiv.pdf", pdfa=True)
    after = dt.datetime.now(dt.UTC)
    with pikepdf.open(tmp_path / "arkiv.pdf") as pdf:
        created = _pdf_date(str(pdf.docinfo["/CreationDate"]))
        modified = _pdf_date(str(pdf.docinfo["/ModDate"]))
        meta = pdf.open_metadata()
        xmp = {
            key: dt.datetime.fromisoformat(meta[key])
            for key in ("xmp:CreateDate", "xmp:ModifyDate", "xmp:MetadataDate")
        }
    assert before <= created <= after
    assert created == modified == xmp["xmp:CreateDate"] == xmp["xmp:ModifyDate"]
    assert xmp["xmp:MetadataDate"] == created

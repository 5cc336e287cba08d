"""An outline list whose numbers are typed ("1.", "1.1", "a)"), as a plan converted from a PDF
or numbered by hand has it, is read as the list Word would number: each item a list item with
its number and level, the goal part's outline becoming fullmäktige's goals, the nämnd's goals
and their indicators. Items the converter ran together in one paragraph ("a) … ⇥ b) … 2. ⇥
…") are parted, and a line wrapped onto a paragraph of its own joins its item. A chain of
numbered headings (one item a level) and a typed table of contents stay as they are."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.oxml import OxmlElement
from docx.shared import Pt

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word, read_source
from vplan_desktop.services.read import read_plan

KF = "Fler invånare försörjer sig själva genom arbete."
JOBS = "Fler personer med försörjningsstöd går vidare till arbete."
YOUNG = "Unga vuxna får en väg till utbildning."
EQUAL = "Alla invånare kan delta på lika villkor."
NEW = "Nyanlända kommer snabbare in på arbetsmarknaden."


def _document(lines: list[str]) -> DocxDocument:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2027–2029")
    doc.add_heading("Inledning", 1)
    doc.add_paragraph("Nämnden ansvarar för arbetsmarknaden.")
    doc.add_heading("Mål och indikatorer", 1)
    for line in lines:
        doc.add_paragraph(line)
    return doc


def _listed(doc: DocxDocument, tmp_path: Path) -> list[tuple[str, int, str]]:
    doc.save(str(tmp_path / "plan.docx"))
    blocks = read_source(tmp_path / "plan.docx").blocks
    return [(b.number, b.list_level, b.text) for b in blocks if b.kind == "listpunkt"]


def test_a_typed_outline_is_a_list_with_numbers_and_levels(tmp_path: Path) -> None:
    lines = [f"1. {KF}", f"1.1 {JOBS}", "a) Andel deltagare som börjat arbeta"]
    lines += ["b) Hushåll med försörjningsstöd, antal", f"1.2 {YOUNG}", "a) Andel unga"]
    assert _listed(_document(lines), tmp_path) == [
        ("1.", 0, KF),
        ("1.1", 1, JOBS),
        ("a)", 2, "Andel deltagare som börjat arbeta"),
        ("b)", 2, "Hushåll med försörjningsstöd, antal"),
        ("1.2", 1, YOUNG),
        ("a)", 2, "Andel unga"),
    ]


def test_the_typed_outline_gives_goals_and_indicators(tmp_path: Path) -> None:
    lines = [f"1. {KF}", f"1.1 {JOBS}", "a) Andel deltagare som börjat arbeta"]
    lines += ["b) Hushåll med försörjningsstöd, antal", f"1.2 {YOUNG}", "a) Andel unga"]
    doc = _document(lines)
    doc.save(str(tmp_path / "plan.docx"))
    import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        plan = read_plan(opened)
    goals = {g.text: g for g in plan.namndsmal}
    assert goals[KF].niva.value == "kf"
    assert goals[JOBS].niva.value == "namnd" and goals[JOBS].overordnat_id == goals[KF].id
    assert goals[JOBS].kod == "1.1"
    names = {i.namn: i.namndsmal_id for i in plan.indikatorer}
    assert names["Hushåll med försörjningsstöd, antal"] == goals[JOBS].id
    assert names["Andel unga"] == goals[YOUNG].id


def test_a_wrapped_line_joins_its_item(tmp_path: Path) -> None:
    lines = [f"1. {KF}", f"1.1 {JOBS}", "a) Andel som har arbete 90 dagar efter"]
    lines += ["etableringsprogrammet", "b) Andel elever i sfi som klarar kurs D"]
    assert _listed(_document(lines), tmp_path)[2] == (
        "a)",
        2,
        "Andel som har arbete 90 dagar efter etableringsprogrammet",
    )


def _run(paragraph: object, text: str = "", tab: bool = False, bold: bool = False) -> None:
    run = paragraph.add_run(text)  # type: ignore[attr-defined]
    run.font.size = Pt(11)
    run.font.bold = bold
    if tab:
        run._r.append(OxmlElement("w:tab"))


def test_items_run_together_in_one_paragraph_are_parted(tmp_path: Path) -> None:
    """The converter's shape: each number a run of its own, set apart by tabs or its line's
    end, the goals' text bold."""
    doc = _document([f"1. {KF}", f"1.1 {JOBS}"])
    paragraph = doc.add_paragraph()
    _run(paragraph, tab=True)
    _run(paragraph, "a) ")
    _run(paragraph, "Andel unga som börjat studera ")
    _run(paragraph, tab=True)
    _run(paragraph, "b) ")
    _run(paragraph, "Andel deltagare som fullföljer kursen ")
    _run(paragraph, "2. ")
    _run(paragraph, tab=True)
    _run(paragraph, EQUAL, bold=True)
    doc.add_paragraph(f"2.1 {NEW}")
    assert _listed(doc, tmp_path)[2:] == [
        ("a)", 2, "Andel unga som börjat studera"),
        ("b)", 2, "Andel deltagare som fullföljer kursen"),
        ("2.", 0, EQUAL),
        ("2.1", 1, NEW),
    ]


def test_numbered_headings_and_a_typed_contents_stay(tmp_path: Path) -> None:
    chain = ["2 Mål och inriktning", "2.1 Trygghet", "2.1.1 Fler känner sig trygga", "Text."]
    contents = ["1 Inledning 3", "2 Mål 4", "2.1 Trygghet 4", "2.2 Lärande 5", "3 Ekonomi 7"]
    assert _listed(_document([*chain, *contents]), tmp_path) == []


def test_a_word_numbered_paragraph_in_a_sentence_is_not_split(tmp_path: Path) -> None:
    doc = _document([])
    paragraph = doc.add_paragraph()
    _run(paragraph, "1. ")
    _run(paragraph, "Nämnden ska enligt punkt ")
    _run(paragraph, "2. ")
    _run(paragraph, "i reglementet besluta.")
    doc.save(str(tmp_path / "plan.docx"))
    texts = [b.text for b in read_source(tmp_path / "plan.docx").blocks]
    assert "1. Nämnden ska enligt punkt 2. i reglementet besluta." in texts


def test_bold_numbered_headings_with_siblings_stay_headings(tmp_path: Path) -> None:
    doc = _document([])
    for line in ["4 Mål", "4.1 Attraktiv livsmiljö", "4.1.1 Bygga och bo.", "4.1.2 Trygg miljö."]:
        doc.add_paragraph().add_run(line).bold = True
    assert _listed(doc, tmp_path) == []

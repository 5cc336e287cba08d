"""Headings of a plan converted from a PDF (no heading styles; every run with its size):
- bold lines of one size in a row are one use of that size: the cover's title broken over two
  lines ("Verksamhetsplan med budget", "2027–2028" in 24 pt) is no heading level, and the
  chapters (14 pt) stay chapters;
- a heading the converter ran into its body's first line, with no line break between (a bold
  13 pt "Mål 1: … ." then 11 pt text), is a heading line over its body: where the size drops
  after bold text, a new line begins, and a larger bold first line is a heading even when it
  ends with a full stop (a goal is a sentence);
- a bold line in the body's own size (the size most plain paragraphs set) is no heading
  level, however often it is used ("Aktiviteter" over each goal's list, a table's lead-in);
- a line in the chapters' size, or one naming an appendix ("Bilaga 2 Nyckeltal"), right over
  a table is a chapter heading, not the table's caption;
- a goal that was a Heading 3 is a bold sentence in a size between the body's and the
  chapters'; two or more such lines in one size are headings (the goals), one alone is an
  emphasis in the text."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from tests.word_shapes_xml import append, p, r
from vplan_desktop.imports.word import read_source, read_word
from vplan_desktop.imports.word_blocks import BlockKind
from vplan_desktop.imports.word_sizes import heading_sizes
from vplan_desktop.imports.word_structure import resolve

_BODY = "Nämnden ansvarar för bibliotek, kulturskola och fritidsgårdar i hela kommunen."


def _converted(path: Path, *, run_in: bool = True) -> None:
    """A converted plan: a two-line title, chapters in 14 pt, goals in bold 13 pt run into
    their body's first line in 11 pt."""
    doc = Document()
    append(doc, p(r("Kultur- och fritidsnämnden", bold=True, size=18)))
    append(doc, p(r("Verksamhetsplan med budget", bold=True, size=24)))
    append(doc, p(r("2027–2028", bold=True, size=24)))
    append(doc, p(r("Ordförande: Eva Lind (S)", size=10)))
    for chapter in ("Inledning", "Mål och uppföljning", "Ekonomi"):
        append(doc, p(r(chapter, bold=True, size=14)))
        append(doc, p(r(_BODY, size=11)))
        if chapter.startswith("Mål"):
            for goal, text in (
                ("Mål 1: Fler barn och unga är aktiva i föreningslivet. ", "Bedömning: Uppnått"),
                ("Mål 2: Biblioteken når fler invånare. ", "Utlånen ökade under året."),
            ):
                size = 13 if run_in else 11
                append(doc, p(r(goal, bold=True, size=size), r(text, size=11)))
                append(doc, p(r(_BODY, size=11)))
    doc.save(str(path))


def test_a_title_over_two_lines_is_no_heading_level(tmp_path: Path) -> None:
    path = tmp_path / "plan.docx"
    _converted(path)
    assert heading_sizes(read_source(path).blocks)[14.0] == 1
    result = read_word(path)
    assert [c["rubrik"] for c in result.data["kapitel"]] == [
        "Inledning",
        "Mål och uppföljning",
        "Ekonomi",
    ]
    assert (result.forsta_ar, result.sista_ar) == (2027, 2028)


def test_a_goal_run_into_its_body_is_a_line_of_its_own(tmp_path: Path) -> None:
    path = tmp_path / "plan.docx"
    _converted(path)
    texts = [b.text for b in read_source(path).blocks if b.kind is not BlockKind.TABLE]
    assert "Mål 1: Fler barn och unga är aktiva i föreningslivet." in texts
    assert "Bedömning: Uppnått" in texts
    assert "Mål 2: Biblioteken når fler invånare." in texts
    assert "Utlånen ökade under året." in texts


def test_a_bold_lead_in_the_body_size_stays_in_its_paragraph(tmp_path: Path) -> None:
    """Negative: a bold lead-in in the body's own size is part of its line (the labelled
    lines themselves are parted, word_label_lines.py)."""
    path = tmp_path / "plan.docx"
    _converted(path, run_in=False)
    texts = [b.text for b in read_source(path).blocks]
    assert "Mål 1: Fler barn och unga är aktiva i föreningslivet." in texts
    assert "Mål 1:" not in texts and "Bedömning: Uppnått" in texts


def _table(*rows: tuple[str, ...]) -> str:
    cells = "".join(
        "<w:tr>" + "".join(f"<w:tc>{p(r(text, size=10))}</w:tc>" for text in row) + "</w:tr>"
        for row in rows
    )
    grid = '<w:gridCol w:w="2000"/>' * len(rows[0])
    props = '<w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
    return f"<w:tbl>{props}<w:tblGrid>{grid}</w:tblGrid>{cells}</w:tbl>"


def test_bold_sentences_in_a_heading_size_are_the_goals(tmp_path: Path) -> None:
    """Each goal a bold 13 pt sentence over its text and its indicators' table."""
    doc = Document()
    append(doc, p(r("Verksamhetsplan 2027", bold=True, size=24)))
    goals = ("Fler elever tar examen inom tre år.", "Eleverna känner sig trygga.")
    for chapter in ("Inledning", "Måluppfyllelse", "Ekonomi"):
        append(doc, p(r(chapter, bold=True, size=14)))
        append(doc, p(r(_BODY, size=11)))
        for n, goal in enumerate(goals if chapter == "Måluppfyllelse" else (), 1):
            append(doc, p(r(f"Mål {n}: {goal}", bold=True, size=13)))
            append(doc, p(r("Nämnden följer upp målet varje termin.", size=11)))
            append(
                doc, _table(("Indikator", "Mål 2027"), (f"Andel nöjda elever, skola {n}", "85 %"))
            )
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    result = read_word(path)
    assert [g["text"] for g in result.data["namndsmal"]] == list(goals)
    assert [c["rubrik"] for c in result.data["kapitel"]] == [
        "Inledning",
        "Måluppfyllelse",
        "Ekonomi",
    ]


def test_one_bold_sentence_in_a_larger_size_is_no_heading(tmp_path: Path) -> None:
    """Negative: a bold sentence whose size no other line shares stays a paragraph."""
    doc = Document()
    for chapter in ("Inledning", "Uppdrag", "Ekonomi"):
        append(doc, p(r(chapter, bold=True, size=14)))
        append(doc, p(r(_BODY, size=11)))
    append(doc, p(r("Nämnden ska hålla sin budget.", bold=True, size=13)))
    append(doc, p(r(_BODY, size=11)))
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    [line] = [b for b in read_source(path).blocks if b.text == "Nämnden ska hålla sin budget."]
    assert line.candidate_level is None
    assert [c["rubrik"] for c in read_word(path).data["kapitel"]] == [
        "Inledning",
        "Uppdrag",
        "Ekonomi",
    ]


def test_bold_lines_in_the_body_size_are_no_heading_level(tmp_path: Path) -> None:
    doc = Document()
    append(doc, p(r("Verksamhetsplan 2027", bold=True, size=24)))
    for chapter in ("Inledning", "Nämndens mål", "Ekonomi"):
        append(doc, p(r(chapter, bold=True, size=14)))
        append(doc, p(r(_BODY, size=11)))
        append(doc, p(r("Aktiviteter", bold=True, size=11)))
        append(doc, p(r(_BODY, size=11)))
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    assert heading_sizes(read_source(path).blocks) == {14.0: 1}
    chapters = read_word(path).data["kapitel"]
    assert [c["rubrik"] for c in chapters] == ["Inledning", "Nämndens mål", "Ekonomi"]
    assert all("Aktiviteter" in c["text"] for c in chapters)


def _over_table(path: Path, heading: str, size: int) -> int:
    """The level of ``heading`` (in ``size`` points, 0 for none) right over a table, in a
    plan of bold chapters; 0 when it is a caption."""
    doc = Document()
    append(doc, p(r("Verksamhetsplan 2027", bold=True, size=24 if size else 0)))
    for chapter in ("Inledning", "Ekonomi"):
        append(doc, p(r(chapter, bold=True, size=size)))
        append(doc, p(r(_BODY, size=11 if size else 0)))
    append(doc, p(r(heading, bold=True, size=size)))
    append(doc, _table(("Nyckeltal", "2025"), ("Utlån per invånare", "4,2")))
    doc.save(str(path))
    source = read_source(path)
    [line] = [b for b in source.blocks if b.text == heading]
    structure = resolve(source, {})
    assert (line.index in structure.captions) != (line.index in structure.levels)
    return structure.levels.get(line.index, 0)


def test_a_chapter_right_over_a_table_is_no_caption(tmp_path: Path) -> None:
    assert _over_table(tmp_path / "a.docx", "Jämförelser med andra kommuner", 14) == 1
    assert _over_table(tmp_path / "b.docx", "Bilaga 1 Jämförelser", 0) == 1
    # Negative: a bold line in no heading's size over a table is its caption
    assert _over_table(tmp_path / "c.docx", "Jämförelser med andra kommuner", 0) == 0


def test_bold_lines_under_numbered_chapters_of_a_larger_size_are_their_sections(
    tmp_path: Path,
) -> None:
    """Numbered chapters in bold 14 pt ("1. Nämndens uppdrag") and unnumbered bold 13 pt lines
    under them: the 13 pt lines are the chapters' sections, not chapters of their own."""
    doc = Document()
    append(doc, p(r("Verksamhetsplan 2027", bold=True, size=26)))
    for number, chapter, sections in (
        ("1.", "Nämndens uppdrag", ("Medarbetare", "Digitalisering")),
        ("2.", "Förutsättningar", ("Lagar", "Ekonomi i kommunen")),
    ):
        append(doc, p(r(f"{number} {chapter}", bold=True, size=14)))
        append(doc, p(r(_BODY, size=11)))
        for section in sections:
            append(doc, p(r(section, bold=True, size=13)))
            append(doc, p(r(_BODY, size=11)))
    doc.save(str(tmp_path / "plan.docx"))
    source = read_source(tmp_path / "plan.docx")
    levels = resolve(source, {}).levels
    assert {source.blocks[i].text: level for i, level in levels.items()} == {
        "1. Nämndens uppdrag": 1,
        "Medarbetare": 2,
        "Digitalisering": 2,
        "2. Förutsättningar": 1,
        "Lagar": 2,
        "Ekonomi i kommunen": 2,
    }

"""A plan in a designed template without heading styles: chapters headed by banners (one-cell
tables shaded in a strong colour), bold sub-headings inside them, goals as "**Mål:** …" lines
under bold målområde lines, indicator tables whose "Målvärde" column takes its year from a line
above or under the table, and "Vad gör vi? | När?" activity tables."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from vplan_desktop.imports.word import read_word
from vplan_desktop.imports.word_activity_questions import asks_questions
from vplan_desktop.imports.word_banner_chapters import banner_title
from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell
from vplan_desktop.imports.word_target_year_line import target_year_of
from vplan_desktop.markdown import Run


def _banner(doc: Any, title: str, fill: str = "1F6E8C") -> None:
    cell = doc.add_table(rows=1, cols=1).cell(0, 0)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)
    cell.paragraphs[0].add_run(title).bold = True


def _bold(doc: Any, text: str) -> None:
    doc.add_paragraph().add_run(text).bold = True


def _goal(doc: Any, text: str) -> None:
    paragraph = doc.add_paragraph()
    paragraph.add_run("Mål: ").bold = True
    paragraph.add_run(text)


def _table(doc: Any, rows: list[list[str]]) -> None:
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text


def _plan(path: Path) -> Path:
    doc = Document()
    doc.add_paragraph("Ekby kommun")
    doc.add_paragraph("Kultur- och fritidsnämnden")
    doc.add_paragraph("Verksamhetsplan 2027–2028")
    _banner(doc, "Förutsättningar")
    _bold(doc, "Lokaler")
    doc.add_paragraph("Biblioteket flyttar till nya lokaler under året.")
    _banner(doc, "Mål och indikatorer")
    _bold(doc, "Kultur för alla")
    _goal(doc, "Fler invånare besöker biblioteket.")
    doc.add_paragraph("Målvärdena avser 2027.")
    _table(
        doc,
        [["Indikator", "2024", "2025", "Målvärde"], ["Antal besök per invånare", "4", "5", "6"]],
    )
    _table(doc, [["Vad gör vi?", "När?"], ["Öppettiderna utökas på lördagar", "Mars 2027"]])
    _goal(doc, "Fler unga deltar i föreningslivet.")
    _table(
        doc,
        [["Indikator", "2024", "2025", "Målvärde"], ["Andel unga i förening", "41", "43", "50"]],
    )
    doc.add_paragraph("Målvärde = värdet vi vill nå 2028")
    _table(doc, [["Vad gör vi?", "När?"], ["Föreningsdagar i skolorna", "Maj 2027"]])
    doc.save(str(path))
    return path


def test_banners_are_chapters_and_bold_lines_headings_in_them(tmp_path: Path) -> None:
    found = read_word(_plan(tmp_path / "plan.docx"))
    chapters = {c["rubrik"]: c["text"] for c in found.data["kapitel"]}
    assert "Förutsättningar" in chapters
    assert "Lokaler" not in chapters
    assert "Lokaler" in chapters["Förutsättningar"]
    assert "Biblioteket flyttar" in chapters["Förutsättningar"]


def test_labelled_goals_under_a_bold_area_line(tmp_path: Path) -> None:
    found = read_word(_plan(tmp_path / "plan.docx"))
    goals = [g["text"] for g in found.data["namndsmal"]]
    assert goals == ["Fler invånare besöker biblioteket.", "Fler unga deltar i föreningslivet."]
    assert [a["namn"] for a in found.data["malomraden"]] == ["Kultur för alla"]


def test_the_target_year_comes_from_the_line_beside_the_table(tmp_path: Path) -> None:
    found = read_word(_plan(tmp_path / "plan.docx"))
    targets = {i["namn"]: i["malnivaer"] for g in found.data["namndsmal"] for i in g["indikatorer"]}
    assert set(targets["Antal besök per invånare"]) == {"2027"}
    assert set(targets["Andel unga i förening"]) == {"2028"}
    texts = " ".join(c["text"] for c in found.data["kapitel"])
    descriptions = " ".join(g["beskrivning"] for g in found.data["namndsmal"])
    assert "Målvärde" not in texts + descriptions  # the lines are structure


def test_what_and_when_tables_are_activities_under_their_goal(tmp_path: Path) -> None:
    found = read_word(_plan(tmp_path / "plan.docx"))
    goals = {g["id"]: g["text"] for g in found.data["namndsmal"]}
    acts = {a["namn"]: a for a in found.data["aktiviteter"]}
    first, second = acts["Öppettiderna utökas på lördagar"], acts["Föreningsdagar i skolorna"]
    assert first["slutdatum"] == "2027-03-31"
    assert goals[first["namndsmal_id"]] == "Fler invånare besöker biblioteket."
    assert goals[second["namndsmal_id"]] == "Fler unga deltar i föreningslivet."  # past the line


def _one_cell(text: str, fill: str, bold: bool = True) -> Block:
    cell = Cell(text, lines=(text,), runs=(Run(text, bold),), fill=fill)
    return Block(0, BlockKind.TABLE, rows=((cell,),))


def test_banner_title_wants_a_strong_fill_and_a_short_bold_line() -> None:
    assert banner_title(_one_cell("Ekonomi", "1F6E8C")) == "Ekonomi"
    assert banner_title(_one_cell("Ekonomi", "E3F0F4")) == ""  # a pale faktaruta
    assert banner_title(_one_cell("Ekonomi", "")) == ""
    assert banner_title(_one_cell("Ekonomi", "1F6E8C", bold=False)) == ""
    assert banner_title(_one_cell("Nämnden har en budget i balans.", "1F6E8C")) == ""


def test_target_year_lines() -> None:
    def line(text: str) -> Block:
        return Block(0, BlockKind.PARAGRAPH, text=text)

    assert target_year_of(line("Målvärdena avser 2027.")) == 2027
    assert target_year_of(line("Målvärde = värdet vi vill nå 2028")) == 2028
    assert target_year_of(line("Målnivåerna gäller år 2029")) == 2029
    assert target_year_of(line("Målvärdet höjs från 80 till 85 under 2027.")) is None
    assert target_year_of(line("Under 2027 arbetar nämnden med målen.")) is None


def test_what_and_when_ask_for_activities() -> None:
    assert asks_questions(["Vad gör vi?", "När?"])
    assert not asks_questions(["Vad gör vi?", "Hur?"])

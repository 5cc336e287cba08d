"""A trend drawn with arrows: a "Trend" column of an indicator table holding only an arrow per
row ("↑", "↓", "→", or Wingdings 3's and Webdings' arrows inserted as symbols, read as the
Unicode arrows they draw), and a legend line under the table labelled with the column's name
("Trend: ↑ förbättring ↓ försämring → oförändrat"). vplan keeps no trend: the arrows are no
words of the indicator, and the legend is the table's key, not the goal's description nor a
chapter's text. A column named so that holds words, and a line labelled with a column of
words, are read as before."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document
from lxml import etree

from vplan_desktop.imports.word import read_word
from vplan_desktop.imports.word_docx_sym import sym_text

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
GOAL = "Barn och unga får stöd tidigt."


def _sym(paragraph: Any, font: str, char: str) -> None:
    paragraph._p.append(
        etree.fromstring(
            f'<w:r xmlns:w="{W}"><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/></w:rPr>'
            f'<w:sym w:font="{font}" w:char="{char}"/></w:r>'
        )
    )


def _plan(tmp_path: Path, trends: list[str], font: str = "") -> dict[str, Any]:
    """A goal over a table "Indikator | Utfall 2025 | Mål 2027 | Trend" and its legend;
    ``trends`` typed in the cells, or with ``font`` the symbol codes inserted as symbols."""
    doc = Document()
    doc.add_paragraph().add_run("Verksamhetsplan 2027").bold = True
    doc.add_heading("Mål och indikatorer", 1)
    doc.add_paragraph().add_run(f"Nämndsmål 1. {GOAL}").bold = True
    rows = [["Indikator", "Utfall 2025", "Mål 2027", "Trend"]]
    rows += [[f"Andel barn med insats {n}", "70 %", "75 %", ""] for n in range(len(trends))]
    table = doc.add_table(rows=len(rows), cols=4)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    legend = doc.add_paragraph("Trend: ")
    for r, trend in enumerate(trends, start=1):
        paragraph = table.cell(r, 3).paragraphs[0]
        if font:
            _sym(paragraph, font, trend)
            _sym(legend, font, trend)
        else:
            paragraph.add_run(trend)
            legend.add_run(trend)
        legend.add_run(f" läge {r} ")
    doc.add_heading("Ekonomi", 1)
    doc.add_paragraph("Budgeten är i balans.")
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    return read_word(path).data


def _texts(data: dict[str, Any]) -> str:
    (goal,) = data["namndsmal"]
    chapters = " ".join(c["text"] for c in data["kapitel"])
    return " ".join([goal["beskrivning"], chapters, *(str(i) for i in goal["indikatorer"])])


def test_wingdings_3_and_webdings_arrows_are_the_arrows_they_draw() -> None:
    assert [sym_text("Wingdings 3", c) for c in ("F0C7", "F0C8", "F0C6")] == ["↑", "↓", "→"]
    assert [sym_text("Wingdings 3", c) for c in ("F068", "F070", "F071")] == ["↑", "▲", "▼"]
    assert [sym_text("Webdings", c) for c in ("F035", "F036", "F034")] == ["▲", "▼", "▶"]
    assert sym_text("Webdings", "F021") == ""  # a spider: no plan's text


def test_typed_arrows_and_their_legend_are_no_text(tmp_path: Path) -> None:
    data = _plan(tmp_path, ["↑", "↓", "→"])
    (goal,) = data["namndsmal"]
    assert len(goal["indikatorer"]) == 3
    texts = _texts(data)
    assert not any(mark in texts for mark in "↑↓→")
    assert "läge" not in texts and "Trend" not in texts


def test_arrows_inserted_as_symbols(tmp_path: Path) -> None:
    for font, codes in (("Wingdings 3", ["F0C7", "F0C8"]), ("Webdings", ["F035", "F036"])):
        texts = _texts(_plan(tmp_path, codes, font))
        assert not any(mark in texts for mark in "↑↓▲▼") and "läge" not in texts


def test_a_trend_column_of_words_is_kept(tmp_path: Path) -> None:
    data = _plan(tmp_path, ["Ökar", "Minskar"])
    texts = _texts(data)
    assert "Ökar" in texts and "Minskar" in texts
    assert "läge 1" in texts  # the line labelled by a column of words is no legend

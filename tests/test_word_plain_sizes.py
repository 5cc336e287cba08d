"""Headings told by size alone in a plan converted from a PDF: headings set in a large, light
font (a Title or Subtitle style) become plain lines in a larger size than the body's. With no
heading styles and no bold heading lines, plain short lines in a size a point or more larger
than the body's are headings when two or more share the size and the largest such size is a
chapter's (13 pt or more); the levels follow by size, so goals in a size between the body's
and the chapters' are the sections under them."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from tests.word_shapes_xml import append, p, r
from vplan_desktop.imports.word import read_word

_BODY = "Valnämnden ansvarar för att genomföra val och folkomröstningar i kommunen."


def _plan(path: Path, chapter_size: int) -> Path:
    doc = Document()
    append(doc, p(r("Skogsåsa kommun", bold=True, size=14)))
    append(doc, p(r("Verksamhetsplan 2027", bold=True, size=28)))
    append(doc, p(r("Ordförande: Margareta Lind (S)", size=11)))
    for chapter in ("Inledning", "Mål och uppföljning", "Ekonomi"):
        append(doc, p(r(chapter, size=chapter_size)))
        append(doc, p(r(_BODY, size=11)))
        append(doc, p(r(_BODY, size=11)))
        if chapter.startswith("Mål"):
            for goal in (
                "Valen ska genomföras korrekt och säkert.",
                "Alla väljare ska kunna rösta i tillgängliga lokaler.",
            ):
                append(doc, p(r(goal, size=12)))
                append(doc, p(r(_BODY, size=11)))
    doc.save(str(path))
    return path


def test_plain_lines_in_a_larger_size_are_headings(tmp_path: Path) -> None:
    result = read_word(_plan(tmp_path / "plan.docx", 26))
    chapters = result.data["kapitel"]
    assert [c["rubrik"] for c in chapters] == ["Inledning", "Mål och uppföljning", "Ekonomi"]
    goals = [m["text"] for m in result.data["namndsmal"]]
    assert goals == [
        "Valen ska genomföras korrekt och säkert.",
        "Alla väljare ska kunna rösta i tillgängliga lokaler.",
    ]


def test_plain_lines_barely_larger_than_the_body_are_no_headings(tmp_path: Path) -> None:
    """Negative: without a chapter size (13 pt or more) no plain line is a heading."""
    result = read_word(_plan(tmp_path / "plan.docx", 12))
    assert not result.data["namndsmal"]

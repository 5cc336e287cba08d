"""Text blocks a PDF converter joins into one paragraph keep their own font sizes: the last
lines of one goal's text, the next goal's heading in a larger font after a line break, and
the text under it. Where the size changes by a point or more from one line to the next, a new
paragraph begins; and where one block's last sentence and the next block's first share a
line, a new line begins where a sentence ends and the size then changes by a point or more
from all of the line so far."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from tests.word_shapes_xml import append, p, r
from vplan_desktop.imports.word import read_source
from vplan_desktop.imports.word_blocks import BlockKind

BR = "<w:r><w:br/></w:r>"
GOAL = "Alla väljare ska kunna rösta i lokaler som är tillgängliga."
MEASURE = "Mått: Andel vallokaler som uppfyller kommunens tillgänglighetskrav"
FOLLOW = "Målet följs upp genom andelen röstmottagare som anmält intresse."


def _texts(path: Path) -> list[str]:
    return [b.text for b in read_source(path).blocks if b.kind is not BlockKind.TABLE]


def test_a_heading_line_in_a_larger_size_after_a_break_is_a_paragraph(tmp_path: Path) -> None:
    path = tmp_path / "plan.docx"
    doc = Document()
    runs = [
        r(MEASURE + " ", size=11),
        r("Utgångsläge: 74 procent (2026) ", size=11),
        BR,
        r("Målvärde 2027: minst 90 procent ", size=11),
        BR,
        r(GOAL, size=12),
        BR,
        r(FOLLOW, size=11),
    ]
    append(doc, p(*runs))
    doc.save(str(path))
    texts = _texts(path)
    assert GOAL in texts
    assert FOLLOW in texts
    assert MEASURE in texts  # its labelled lines each a line (word_label_lines.py)
    assert "Utgångsläge: 74 procent (2026)" in texts
    assert "Målvärde 2027: minst 90 procent" in texts


def test_a_heading_run_into_a_line_after_a_sentence_is_a_paragraph(tmp_path: Path) -> None:
    path = tmp_path / "plan.docx"
    doc = Document()
    append(doc, p(r(MEASURE + " ", size=11), BR, r(GOAL + " ", size=12), r(FOLLOW, size=11)))
    doc.save(str(path))
    texts = _texts(path)
    assert texts == [MEASURE, GOAL, FOLLOW]


def test_lines_in_one_size_stay_one_paragraph(tmp_path: Path) -> None:
    """Negative: a paragraph whose lines share one size (or set none) is one paragraph."""
    path = tmp_path / "plan.docx"
    doc = Document()
    long = (
        "Nämnden har bedömt riskerna i verksamheten och beslutat om de kontroller som ska "
        "göras under 2027."
    )
    append(doc, p(r(long + " ", size=11), BR, r(long + " ", size=11), BR, r(FOLLOW, size=11)))
    append(doc, p(r(long + " "), BR, r(GOAL + " ", size=12), r(FOLLOW)))
    doc.save(str(path))
    texts = _texts(path)
    assert texts == [f"{long} {long} {FOLLOW}", f"{long} {GOAL} {FOLLOW}"]

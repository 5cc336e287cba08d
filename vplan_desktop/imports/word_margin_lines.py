"""Margin headings of a two-column page converted from a PDF: a plan laid out with its
headings in a left margin ("Inledning", "Kommunstyrelsens uppdrag" in bold) and the text in a
column to the right loses its layout table on the way through a PDF, and the converter writes
each line as the margin's words, a tab, and the column's words, so a heading broken over two
lines in the margin ends up interleaved with the text ("Kommunstyrelsens ⇥ Kommunstyrelsen leder
och samordnar kommunens uppdrag ⇥ verksamhet …"). In a paragraph with explicit font sizes that
opens with a bold run followed by a tab, whose every bold run is followed by a tab and whose
other runs are plain and span two or more tabs, the bold runs are the margin heading: they make
a paragraph of their own over the text. A bold label ending with a colon ("Ordförande:" ⇥
name) is a line of a cover or signature, not a margin heading."""

from __future__ import annotations

from typing import TYPE_CHECKING

from vplan_desktop.markdown import Run, merged

if TYPE_CHECKING:
    from vplan_desktop.imports.word_docx_para import Para

MIN_TABS = 2
"""How many tabs a margin heading's paragraph has at least (the text runs over lines)."""
LONGEST = 80
"""The longest margin heading."""


def margin_pieces(para: Para) -> list[Para]:
    """The margin heading and the text of ``para`` as two paragraphs (see the module's
    docstring); [] when ``para`` has no margin heading."""
    shown = [i for i, r in enumerate(para.runs) if r.text.strip()]
    marks = set(para.tab_marks)
    if not para.size or len(para.tab_marks) < MIN_TABS or not shown or shown[0] not in marks:
        return []
    heads = [i for i in shown if para.runs[i].bold]
    body = [i for i in shown if i not in heads]
    if (
        not heads
        or heads[0] != shown[0]
        or not body
        or any(i not in marks for i in heads)
        or any(para.runs[i].italic for i in heads)
    ):
        return []
    heading = " ".join(" ".join(para.runs[i].text.split()) for i in heads)
    if len(heading) > LONGEST or heading.endswith(":"):
        return []
    text = " ".join(" ".join(para.runs[i].text for i in body).split())
    return [_para(para, [Run(heading, True)]), _para(para, [Run(text)], last=True)]


def _para(para: Para, runs: list[Run], *, last: bool = False) -> Para:
    # Deferred: word_docx_para imports this module, so its Para is taken when first needed.
    from vplan_desktop.imports.word_docx_para import Para

    text = "".join(r.text for r in runs)
    return Para(
        runs=list(merged(runs)),
        images=para.images if last else [],
        boxes=para.boxes if last else [],
        notes=para.notes if last else [],
        size=para.size,
        tabbed=[text],
        tints=[(text, "")],
        line_sizes=[para.size],
    )

"""A heading run into its body's first line: a PDF converter that joins a text block's lines
keeps a heading line and the line under it in one paragraph, often with no line break between
them ("Mål 1: Fler barn … är aktiva." in bold 13 pt, then "Bedömning: Delvis uppnått" in
11 pt). Where the font size drops by ``DROP`` points or more after a line whose text so far is
all bold, a new line begins, as if a line break stood there; the paragraph's lines are then
read as a heading over its body (a larger bold first line may end with a full stop: a goal
heading is a sentence). A converter that joins several text blocks into one paragraph (the
last lines of one goal's text, the next goal's heading in a larger font, the text under it)
keeps each block's font size: where the size changes by ``STEP`` points or more from one line
to the next, a new paragraph begins (``size_groups``); it may also run one block's last
sentence and the next block's first into one line: where a sentence ends and the size then
rises by ``STEP`` above all the line so far, or falls by ``STEP`` below it, a new line begins
(``starts_block``)."""

from __future__ import annotations

from vplan_desktop.markdown import Run

DROP = 1.5
"""Points: how much smaller the body's text is than a heading run into it."""
STEP = 1.0
"""Points: the least change of size between two lines that parts them into paragraphs."""


def starts_body(line: list[Run], line_size: float, size: float) -> bool:
    """Whether a run in ``size`` points begins a new line after ``line`` (the runs since the
    last line break, their largest size ``line_size``): the line so far is bold text in a font
    at least ``DROP`` points larger."""
    visible = [r for r in line if r.text.strip()]
    return bool(visible) and all(r.bold for r in visible) and 0 < size <= line_size - DROP


def larger_bold_lead(first: list[Run], first_size: float, rest_sizes: list[float]) -> bool:
    """Whether the first line (its runs ``first``, its size ``first_size``) is a heading over
    lines in ``rest_sizes``: bold throughout and ``DROP`` points larger than every one."""
    visible = [r for r in first if r.text.strip()]
    return (
        bool(visible)
        and all(r.bold for r in visible)
        and bool(rest_sizes)
        and first_size >= max(rest_sizes) + DROP
    )


def starts_block(before: str, low: float, high: float, size: float) -> bool:
    """Whether a run in ``size`` points begins a new line after the text ``before`` on its
    line (in sizes from ``low`` to ``high``): a sentence ended there and the size changes by
    ``STEP`` points or more from all of the line so far."""
    if not size or not low or not before.rstrip().endswith((".", "!", "?")):
        return False
    return size >= high + STEP or size <= low - STEP


def size_groups(sizes: list[float]) -> list[list[int]]:
    """The lines (their sizes ``sizes``, in order) grouped into paragraphs of one size, a new
    one where the size changes by ``STEP`` points or more; one group when a line has no size
    set (a document that sets sizes on its styles says nothing by a run's size)."""
    if not sizes or not all(sizes):
        return [list(range(len(sizes)))]
    groups = [[0]]
    for i in range(1, len(sizes)):
        if abs(sizes[i] - sizes[i - 1]) >= STEP:
            groups.append([])
        groups[-1].append(i)
    return groups

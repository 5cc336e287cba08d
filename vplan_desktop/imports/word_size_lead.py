"""A heading run into its body's first line: a PDF converter that joins a text block's lines
keeps a heading line and the line under it in one paragraph, often with no line break between
them ("Mål 1: Fler barn … är aktiva." in bold 13 pt, then "Bedömning: Delvis uppnått" in
11 pt). Where the font size drops by ``DROP`` points or more after a line whose text so far is
all bold, a new line begins, as if a line break stood there; the paragraph's lines are then
read as a heading over its body (a larger bold first line may end with a full stop: a goal
heading is a sentence)."""

from __future__ import annotations

from vplan_desktop.markdown import Run

DROP = 1.5
"""Points: how much smaller the body's text is than a heading run into it."""


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

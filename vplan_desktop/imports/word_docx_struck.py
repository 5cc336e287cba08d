"""Text a working draft marks as gone without tracked changes: a run struck through (w:strike,
w:dstrike: last year's "63 %" beside the new "64 %", "Nämnden har fyra fem bibliotek") is
the old wording a careful reader leaves out, and a hidden run (w:vanish: an "Internt: …" note)
is text Word does not print. Neither is read into the plan; each is named in the import's
report so nothing goes silently."""

from __future__ import annotations

from lxml import etree

from vplan_desktop.imports.word_docx_styles import on, w

_MARKS = (
    (w("strike"), "Överstruken text"),
    (w("dstrike"), "Överstruken text"),
    (w("vanish"), "Dold text"),
)
_LONGEST = 120
"""A reported text is cut after this many characters."""


def crossed_out(run: etree._Element, properties: etree._Element | None, report: list[str]) -> bool:
    """True when ``run`` is struck through or hidden: its text is not read, and (when it has
    any) a line naming it is added to ``report``."""
    if properties is None:
        return False
    label = next((label for tag, label in _MARKS if on(properties.find(tag))), "")
    if not label:
        return False
    text = " ".join("".join(t.text or "" for t in run.iter(w("t"))).split())
    if text:
        shown = text if len(text) <= _LONGEST else text[: _LONGEST - 1] + "…"
        line = f"{label} lästes inte in: ”{shown}”."
        if line not in report:  # a paragraph read twice (its cover or heading) says it once
            report.append(line)
    return True

"""Entries a PDF converter kept as the lines of one paragraph. The converter joins a text
block's lines with line breaks (w:br), so a block of entries one a line, each opened by a word
in bold ("**Andel boende som …** Nuläge 2025: 58 %", "**Aktivitet:** Sinnesträdgård …"), is one
paragraph. Lines of running text do not start in bold and then go on in regular type: when two
or more of a paragraph's lines do, and every run with text has an explicit font size (the
converter's mark), each line is a paragraph of its own, and a bold lead that is no label (it
does not end with ":") is split from the regular text after it, as the heading it was
printed as."""

from __future__ import annotations

from lxml import etree

from vplan_desktop.imports.word_converted_lines import bold_run, split_at
from vplan_desktop.imports.word_docx_styles import w

MIN_LED = 2
"""Fewer lines opening in bold may be a paragraph with a bold word at a line's start."""
_P, _R, _T, _BR, _PPR = w("p"), w("r"), w("t"), w("br"), w("pPr")


def split_bold_led_lines(body: etree._Element) -> None:
    """Splits each body paragraph whose lines are bold-led entries into one paragraph a line
    and a bold lead from its text (see the module's docstring); ``body`` is changed in
    place."""
    for paragraph in list(body.iterchildren(_P)):
        lines = _lines(paragraph)
        if len(lines) < MIN_LED or not all(_sized(r) for line in lines for r in line):
            continue
        leads = [_lead(line) for line in lines]
        if sum(lead is not None for lead in leads) < MIN_LED:
            continue
        cuts: list[etree._Element] = []
        for line, lead in zip(lines, leads, strict=True):
            cuts.append(line[0])
            if lead is not None and not _text(line[:lead]).rstrip().endswith(":"):
                cuts.append(line[lead])
        for run in reversed(cuts[1:]):
            split_at(paragraph, run)
        piece: etree._Element | None = paragraph
        for _ in cuts:
            assert piece is not None
            for run in list(piece.iterchildren(_R)):
                if run.find(_BR) is not None and not _text([run]).strip():
                    piece.remove(run)  # the line's end is the paragraph's
            piece = piece.getnext()


def _lines(paragraph: etree._Element) -> list[list[etree._Element]]:
    """The paragraph's runs with text, line by line (a line break ends a line); lines without
    text left out."""
    out: list[list[etree._Element]] = [[]]
    for run in paragraph.iterchildren(_R):
        mark = run.find(_BR)
        if mark is not None and mark.get(w("type"), "") not in ("page", "column"):
            out.append([])
        if _text([run]).strip():
            out[-1].append(run)
    return [line for line in out if line]


def _lead(line: list[etree._Element]) -> int | None:
    """Where the regular text after the line's bold opening starts; None when the line does not
    open in bold or has no regular text after it."""
    start = 0
    while start < len(line) and bold_run(line[start]):
        start += 1
    if start == 0 or start == len(line):
        return None
    return start


def _text(runs: list[etree._Element]) -> str:
    return "".join(t.text or "" for r in runs for t in r.iter(_T))


def _sized(run: etree._Element) -> bool:
    return run.find(f"{w('rPr')}/{w('sz')}") is not None

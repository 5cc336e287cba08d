"""Labelled entries a PDF converter kept as the lines of one paragraph. A card or a cell that
printed its entries one a line ("Indikator: Andel deltagare …" / "Utgångsvärde 2025: 34 %" /
"Målvärde 2027: 40 %") comes back as one paragraph, the lines parted by line breaks or only by
the converter's space at a line's end. Lines of running text seldom open with a label: when a
paragraph (in the body or in a table cell) opens with one and at least one more of its lines
does, and every run with text has an explicit font size (the converter's mark), each line
opening with a label starts a paragraph of its own, as it was printed. A paragraph with three
labelled lines or more anywhere is a block of entries (an indicator's name over "Nuläge 2025:
…", "Aktivitet: …", "Ansvarig: …"): each of its lines after a line break is one too."""

from __future__ import annotations

import re

from lxml import etree

from vplan_desktop.imports.word_converted_lines import split_at
from vplan_desktop.imports.word_docx_styles import w

_LABEL = re.compile(r"^[A-ZÅÄÖ][\w/–-]*(?: [\w/()–-]+){0,3}: \S")
"""A label of one to four words ("Utgångsvärde 2025:", "Ansvarig:") and the entry after it."""
MIN_LABELS = 2
MIN_ENTRIES = 3
"""Labelled lines that make a paragraph a block of entries, its every line one."""
_P, _R, _T, _BR = w("p"), w("r"), w("t"), w("br")


def split_label_lines(body: etree._Element) -> None:
    """Splits each paragraph of ``body`` whose lines are labelled entries into one paragraph
    an entry (see the module's docstring); ``body`` is changed in place."""
    for paragraph in list(body.iter(_P)):
        runs = list(paragraph.iterchildren(_R))
        texts = [r for r in runs if _text(r).strip()]
        if not texts or not all(r.find(f"{w('rPr')}/{w('sz')}") is not None for r in texts):
            continue
        opens = bool(_LABEL.match(_text(texts[0]).lstrip()))
        labelled: list[etree._Element] = []  # the later lines opening with a label
        broken: list[etree._Element] = []  # the lines after a line break
        line_end = False  # whether the text so far ends a line
        after_break = False  # whether a line break ended it
        for run in runs:
            text = _text(run)
            if not text.strip():
                line_end = line_end or run.find(_BR) is not None
                after_break = after_break or run.find(_BR) is not None
                continue
            if line_end and run is not texts[0] and _LABEL.match(text.lstrip()):
                labelled.append(run)
            elif after_break and run is not texts[0]:
                broken.append(run)
            line_end = text.endswith(" ") or run.find(_BR) is not None
            after_break = run.find(_BR) is not None
        if opens and len(labelled) + 1 >= MIN_LABELS:
            starts = labelled
        elif len(labelled) + opens >= MIN_ENTRIES:  # a block of entries: every line its own
            starts = sorted([*labelled, *broken], key=runs.index)
        else:
            continue
        for run in reversed(starts):
            split_at(paragraph, run)
        piece: etree._Element | None = paragraph
        for _ in range(len(starts)):
            assert piece is not None
            for run in reversed(list(piece.iterchildren(_R))):
                if _text(run).strip():
                    break
                if run.find(_BR) is not None:
                    piece.remove(run)  # the line's end is the paragraph's
            piece = piece.getnext()


def _text(run: etree._Element) -> str:
    return "".join(t.text or "" for t in run.iter(_T))

"""The Word import's test corpus: whole municipal plans written with python-docx (and raw
WordprocessingML where python-docx has no API) in the shapes real plans have, each builder
returning what a perfect import must make of its document (``Expected``).

- A (``word_shapes_a``): chapters in Heading 2/3, appendices the only Heading 1s, a TOC field,
  page headers and footers, a labelled cover page, goal tables with three header rows.
- B (``word_shapes_b``): no heading styles (numbered, bold and capital lines), budget tables in
  the kommun's words with totals (one wrong), a table split by a page break, a footnote line.
- C (``word_shapes_c``): yearly goal sentences, activity and project tables, grouped tables
  (empty and vertically merged group cells), internkontroll, a cover in content controls and
  a text box, tracked changes, a comment, fields, a Word footnote, a picture with alt text.
- D (``word_shapes_d``): a verksamhetsberättelse: goals assessed, outcomes over years,
  activity statuses.
- E (``word_shapes_e``): a long paragraph before the short title on the cover, headings from
  Heading 1, and the goal, key-figure, budget and investment tables of a published plan.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.word_shapes_a import build_a
from tests.word_shapes_b import build_b
from tests.word_shapes_c import build_c
from tests.word_shapes_d import build_d
from tests.word_shapes_e import build_e
from tests.word_shapes_model import Expected

__all__ = ["BUILDERS", "Expected", "build_a", "build_b", "build_c", "build_d", "build_e"]

BUILDERS: dict[str, Callable[[Path], Expected]] = {
    "A-rubriknivåer": build_a,
    "B-utan-rubrikformat": build_b,
    "C-mall-och-spårade-ändringar": build_c,
    "D-verksamhetsberättelse": build_d,
    "E-lång-inledning": build_e,
}
"""Each corpus document by its name: the builder writing it to a path."""

"""A cover's title on two lines: "VERKSAMHETSPLAN" over "för åren 2027-2028". The line right
under the title goes on with it when the title names no year and the line opens with a small
letter (a line of its own would open with a capital, as "Kultur- och fritidsnämnden" does)
and names a year: the title is both lines, as the cover reads it."""

from __future__ import annotations

import re

from vplan_desktop.imports.word_blocks import Block

_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_MAX_REST = 60


def title_rest(lines: list[Block], title: Block) -> Block | None:
    """The cover line of ``lines`` that goes on with ``title`` (see the module); None when
    the title is whole on its own line."""
    at = next((n for n, line in enumerate(lines) if line is title), None)
    if at is None or at + 1 >= len(lines) or _YEAR.search(title.text):
        return None
    rest = " ".join(lines[at + 1].text.split())
    if not rest[:1].islower() or len(rest) > _MAX_REST or not _YEAR.search(rest):
        return None
    return lines[at + 1]

"""A budget table led by a column of codes: "Ansvar | Verksamhet | Budget 2027 | …" (the
ansvarskod, a verksamhetskod or a kostnadsställe before the name it stands for). The codes are
the ekonomisystem's keys; the row is named by the column beside them, whose header names no
year. The code column is kept as the row's other text, never as its name."""

from __future__ import annotations

import re

__all__ = ["code_roles"]

_CODE_HEADER = re.compile(
    r"^(?:ansvar|ansv|ansvarskod|ansvarsnr|ansvarsnummer|vht|verksamhetskod|vht-?kod|kod"
    r"|kst|kostnadsställe|kostnadsställenr|id|nr)\.?$",
    re.IGNORECASE,
)
"""A header naming a column of codes."""


def code_roles(headers: list[str], out: list[str]) -> None:
    """The roles of a budget table whose first column holds codes: the name is the next
    column, when its header names no year (``out`` is changed in place)."""
    if len(out) < 3 or out[0] != "namn" or out[1] != "ovrigt":
        return
    if not _CODE_HEADER.match(" ".join(headers[0].split())) or re.search(r"\d", headers[1]):
        return
    if not headers[1].strip():
        return
    out[0], out[1] = "ovrigt", "namn"

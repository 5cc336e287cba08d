"""Internkontroll written as lines, not a table: a short bold line naming the process, then
labelled lines "Risk: …", "Kontrollmoment: …", "Ansvarig: …", "Frekvens: …" (in any order,
"Sannolikhet: 3" and "Konsekvens: 4" read as levels). A control needs its "Kontrollmoment:"
line; lines without one stay text. A control may also be one line, its kontrollmoment before a
dash and its labelled fields after it: "Kontroll av att … – ansvarig: ekonomen, frekvens: en
gång per år". A process line's typed list number ("1. Ekonomiskt bistånd") numbers the
controls and is no part of the process's name."""

from __future__ import annotations

import re
from typing import Any

from vplan_desktop.imports.word_blocks import Block, BlockKind
from vplan_desktop.imports.word_build import Builder
from vplan_desktop.imports.word_result import Became
from vplan_desktop.wording import clipped

__all__ = ["ControlLines", "labelled"]

_LINE = re.compile(r"^(?P<label>[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,2})\s*:\s*(?P<value>\S.*)$")
FIELDS = {
    "process": "process",
    "rutin": "process",
    "risk": "risk",
    "kontrollmoment": "kontrollmoment",
    "kontroll": "kontrollmoment",
    "ansvarig": "kontrollansvar",
    "ansvar": "kontrollansvar",
    "kontrollansvarig": "kontrollansvar",
    "kontrollansvar": "kontrollansvar",
    "frekvens": "frekvens",
    "metod": "metod",
    "metod och frekvens": "metod",
    "rapporteras till": "rapportering_till",
    "rapportering": "rapportering_till",
    "återrapportering": "rapportering_till",
    "sannolikhet": "sannolikhet",
    "konsekvens": "konsekvens",
}
"""A labelled line's label → the control's field."""


def labelled(block: Block) -> tuple[str, str] | None:
    """(field, value) for a line "Kontrollmoment: …" of a control; None for any other line."""
    if block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM):
        return None
    found = _LINE.match(" ".join(block.text.split()))
    if found is None:
        return None
    key = FIELDS.get(found.group("label").lower())
    return (key, found.group("value").strip()) if key else None


_TYPED_NUMBER = re.compile(r"^\d{1,2}[.)]\s+(?=\S)")
"""A process line's typed list number ("1. Ekonomiskt bistånd"): the list's, not the name's."""
_NEXT_FIELD = re.compile(r"[,;]\s+(?=[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,2}\s*:)")
"""Where the next labelled field starts ("…, frekvens: …"); a comma inside a value stays."""
_DASHED = re.compile(r"^(?P<moment>\S.{4,300}?)\s+[–—-]\s+(?P<fields>[^\W\d_].*)$")


def one_line(block: Block) -> dict[str, str] | None:
    """The fields of a control written as one line "<kontrollmoment> – ansvarig: …, frekvens:
    …" (every part after the dash a labelled field); None for any other line."""
    if block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM):
        return None
    found = _DASHED.match(" ".join(block.text.split()))
    if found is None:
        return None
    fields = {"kontrollmoment": found.group("moment").strip()}
    for part in _NEXT_FIELD.split(found.group("fields")):
        labelled_part = _LINE.match(part.strip().rstrip("."))
        key = FIELDS.get(labelled_part.group("label").lower()) if labelled_part else None
        if labelled_part is None or key is None or key in fields or key == "kontrollmoment":
            return None
        fields[key] = labelled_part.group("value").strip()
    return fields


def _process_line(block: Block) -> bool:
    text = block.text.strip()
    return (
        block.kind is BlockKind.PARAGRAPH
        and block.bold
        and 0 < len(text) <= 120
        and not text.endswith((".", ":"))
        and labelled(block) is None
    )


class ControlLines:
    """Reads, block by block, controls written as labelled lines under a process line."""

    def __init__(self, b: Builder, blocks: list[Block]) -> None:
        self.b = b
        self.blocks = blocks
        self.read_lines: set[int] = set()
        """The lines already read as part of a control."""

    def read(self, block: Block) -> bool:
        """Whether ``block`` was read as a control's process line or one of its lines."""
        if block.index in self.read_lines:
            self.b.became(block.index, Became.INTERNKONTROLL, "Rad i kontrollpunkten ovanför")
            return True
        first = block.index + 1 if _process_line(block) else block.index
        fields: dict[str, str] = {}
        at = first
        while at < len(self.blocks) and (found := labelled(self.blocks[at])) is not None:
            key, value = found
            if key in fields:
                break  # the next control's lines, without a process line of their own
            fields[key] = value
            at += 1
        if "kontrollmoment" not in fields and (fields := one_line(block) or {}):
            at = block.index + 1  # "Kontroll av … – ansvarig: …, frekvens: …"
            first = block.index
        if "kontrollmoment" not in fields:
            return False
        control: dict[str, Any] = {"id": self.b.next_id(), "att_granska": True}
        if first > block.index:
            control["process"] = _TYPED_NUMBER.sub("", block.text.strip())[:300]
        for key, value in fields.items():
            if key in ("sannolikhet", "konsekvens"):
                level = value.split()[0].strip("()") if value.split() else ""
                if level.isdigit() and 1 <= int(level) <= 4:
                    control[key] = int(level)
                else:
                    control["metod"] = "\n".join(
                        t for t in (control.get("metod", ""), f"{key.title()}: {value}") if t
                    )
            else:
                control[key] = value
        self.b.controls.append(control)
        self.read_lines |= set(range(block.index + 1, at))
        what = f"Kontrollpunkten ”{clipped(fields['kontrollmoment'], 50)}”"
        self.b.became(block.index, Became.INTERNKONTROLL, what)
        self.b.report(f"Internkontroll skriven som rader: {what}")
        return True

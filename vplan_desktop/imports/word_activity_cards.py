"""An activity printed as its name over a small card of its fields, the way goal systems export
a goal's activities one by one: the name as a heading or a bold line, then a table of two
columns whose left column names the fields and whose right column gives them ("Startdatum |
2027-01-01", "Slutdatum | 2027-06-30", "Ansvarig | Enhetschef", "Status | Pågår"). The name
and its card are one activity: they are turned into a table of one row, "Aktivitet |
Startdatum | Slutdatum | Ansvarig | Status", the way an activity table is read (several such
activities in a row read as one table, under the goal above them).

A card is two columns of at least two rows, each row a short label (no two alike) beside its
value, two labels at least an activity's fields (start, slut, ansvarig, status, beskrivning,
kostnad …), one of them its dates or who is responsible; a card naming a kontrollmoment is a
kontrollkort (word_control_cards), one naming figures ("Nuläge", "Målvärde") an indicator's.
The name must be a line of its own right above the card, as an indicator's name is over its
figures (word_named_figures): a heading below the document's top level or a wholly bold line,
no numbered caption and no label of the plan's parts ("Aktiviteter")."""

from __future__ import annotations

import re
from dataclasses import replace

from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell, Source
from vplan_desktop.imports.word_named_figures import name_line, top_level
from vplan_desktop.markdown import Run

__all__ = ["is_activity_card", "unfold_activity_cards"]

_WHEN_WHO = re.compile(
    r"^(?:start|startdatum|startar|påbörjas|slut|slutdatum|klart|klar|klart senast|"
    r"klar senast|deadline|tidplan|tidsplan|period|genomförs|ansvarig|ansvar|ansvarar)$",
    re.IGNORECASE,
)
_FIELD = re.compile(
    r"^(?:status|beskrivning|syfte|kostnad|beräknad kostnad|finansiering|kommentar|"
    r"prioritet|resurser|utförare|deltagare|samverkan|återrapportering|redovisas)$",
    re.IGNORECASE,
)
_NOT_ACTIVITY = re.compile(
    r"^(?:kontroll\w*|frekvens|risk\w*|nuläge\w*|utfall|målvärde\w*|målnivå\w*|mål|"
    r"indikator\w*|aktivitet|åtgärd|insats|uppdrag)\b",
    re.IGNORECASE,
)
_NOT_A_NAME = re.compile(
    r"^(?:aktiviteter|aktivitet|åtgärder|insatser|handlingsplan|aktivitetsplan|uppdrag)\s*:?$",
    re.IGNORECASE,
)
MAX_LABEL = 40
HEADER = "Aktivitet"


def _label(cell: Cell) -> str:
    return " ".join(cell.text.split()).rstrip(":").strip()


def is_activity_card(block: Block) -> bool:
    """``block`` is an activity's card of fields (see the module)."""
    if block.kind is not BlockKind.TABLE or block.width != 2 or len(block.rows) < 2:
        return False
    if any(left is right for left, right in block.rows):
        return False
    labels = [_label(left) for left, _right in block.rows]
    if any(not t or len(t) > MAX_LABEL for t in labels) or len(set(labels)) < len(labels):
        return False
    if any(_NOT_ACTIVITY.match(t) for t in labels):
        return False
    when_who = sum(1 for t in labels if _WHEN_WHO.match(t))
    fields = sum(1 for t in labels if _FIELD.match(t))
    return when_who >= 1 and when_who + fields >= 2


def _table(name: Block, card: Block) -> Block:
    """The activity ``name`` names as a table of one row, its labels the header."""
    title = Cell(HEADER, (HEADER,), runs=(Run(HEADER, True),))
    top = (title, *(left for left, _right in card.rows))
    text = name.text.strip()
    row = (Cell(text, (text,), runs=(Run(text),)), *(value for _label, value in card.rows))
    return replace(card, rows=(top, row), header_rows=1, text=" | ".join(c.text for c in top))


def unfold_activity_cards(source: Source) -> Source:
    """``source`` with each name over its activity card turned into a table of one activity
    (blocks numbered again in reading order)."""
    blocks: list[Block] = []
    changed = False
    top = top_level(source.blocks)
    for block in source.blocks:
        named = bool(blocks) and name_line(blocks[-1], top, _NOT_A_NAME)
        if named and is_activity_card(block):
            blocks[-1] = _table(blocks[-1], block)
            changed = True
        else:
            blocks.append(block)
    if changed:
        source.blocks = [replace(b, index=i) for i, b in enumerate(blocks)]
    return source

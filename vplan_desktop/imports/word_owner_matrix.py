"""A contribution matrix: who does what for which goal, laid out as a table whose columns are
the owners (a förvaltning's avdelningar or enheter, "Åtagande | Barn och unga | Vuxen |
Försörjning") and whose rows are the goals by their number ("1.1", or "Åtagande 1.1"). Each
cell holds the activities that owner carries out for that goal, every activity a paragraph
of its own with its deadline on the next line ("Klart: mars 2027", "Q2 2027", "2027",
"Löpande") or typed at the end of its sentence ("… (klart oktober 2027)"); a dash or an empty
cell is no contribution. A large kommun's förvaltningsplan shows so that every avdelning has a
part and no goal is left without one.

The matrix is unfolded into the activity table it stands for, "Aktivitet | Mål | Ansvarig |
Klart", a row per activity: the owner of its column as its ansvarig, its row's number as the
goal it serves (read as an activity table linking goals by number anywhere), its deadline as
written. A table whose headers name an activity table's own fields ("Aktivitet | Ansvarig |
Klart"), whose rows are not all numbered goals, or whose cells hold figures is no such matrix
and is left as it is."""

from __future__ import annotations

import re
from dataclasses import replace

from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell, Source, unfold
from vplan_desktop.imports.word_dates import period_end
from vplan_desktop.imports.word_text import DATE

__all__ = ["contributions", "is_owner_matrix", "unfold_owner_matrices"]

OWNER_LONGEST = 40
"""Characters: an owner's name heading a column is a few words."""
CORNER_LONGEST = 30
"""Characters: the corner cell names the rows ("Åtagande", "Mål", "Nr") or is empty."""
_ROW = re.compile(r"^(?:[A-Za-zÅÄÖåäö]+\s+)?(?P<nr>\d{1,2}(?:\.\d{1,2})*[a-zåäö]?)\.?$")
"""A row's goal by its number: "1.1", "2b", "Åtagande 1.1", "Mål 3"."""
_FIELD = re.compile(
    r"\b(?:aktivitet\w*|åtgärd\w*|insats\w*|ansvar\w*|klar\w*|status|datum|tid(?:s)?plan|"
    r"beskrivning|kommentar\w*|mål\w*|indikator\w*|kostnad\w*|budget|utfall|nuläge|när|"
    r"start\w*|slut\w*|deadline|uppföljning|period)\b",
    re.IGNORECASE,
)
"""A header naming a field of a table of its own ("Ansvarig", "Klart"), not an owner."""
_LABEL = re.compile(r"^(?:klart?\s+senast|klart?|senast|slutdatum|deadline|när)\s*:?\s*", re.I)
_ONGOING = re.compile(
    r"^(?:löpande|pågående|kontinuerligt|återkommande|hela\s+året|årligen|varje\s+år)\.?$",
    re.IGNORECASE,
)
"""A deadline that is none: work that goes on ("Löpande")."""
_TAIL = re.compile(
    r"^(?P<name>.*\S)\s*\((?:klart?\s+senast|klart?|senast)\s*:?\s*(?P<when>[^()]+)\)\.?$",
    re.IGNORECASE,
)
"""An activity with its deadline typed into the sentence: "… (klart oktober 2027)"."""
_NONE = re.compile(r"^[-–—−]?$")


def _lines(cell: Cell) -> list[str]:
    own = [p.text for p in cell.paragraphs] if cell.paragraphs else list(cell.lines)
    return [" ".join(t.split()) for t in own or [cell.text] if t.strip()]


def _dated(text: str) -> bool:
    return bool(DATE.fullmatch(text)) or period_end(text, schedule=True) is not None


def deadline(line: str) -> str | None:
    """The deadline a cell's line gives ("Klart: mars 2027" → "mars 2027", "Q2 2027",
    "Löpande"); None for a line that is an activity."""
    label = _LABEL.match(line)
    rest = line[label.end() :].strip() if label else line
    if _ONGOING.match(rest) or _dated(rest):
        return rest
    return rest if label and label.group(0).rstrip().endswith(":") and rest else None


def _activities(cell: Cell) -> list[tuple[str, str]] | None:
    """(activity, deadline as written) for each activity of a cell; None when the cell holds
    anything else (a figure, a deadline before any activity)."""
    out: list[tuple[str, str]] = []
    for line in _lines(cell):
        if _NONE.match(line):
            continue
        when = deadline(line)
        if when is not None:
            if not out or out[-1][1]:
                return None
            out[-1] = (out[-1][0], when)
            continue
        if not re.match(r"^[A-ZÅÄÖ]\w*\s+\S", line):
            return None  # an activity is a sentence of two words or more
        tail = _TAIL.match(line)
        if tail is not None and _dated(tail["when"].strip()):
            out.append((tail["name"], tail["when"].strip()))
        else:
            out.append((line, ""))
    return out


def contributions(block: Block) -> list[list[str]] | None:
    """Each activity of a contribution matrix as (activity, goal number, owner, deadline);
    None for any other table (see the module)."""
    rows = block.rows
    if block.kind is not BlockKind.TABLE or block.width < 3 or len(rows) < 2:
        return None
    header = rows[0]
    if len({id(c) for c in header}) != len(header):
        return None
    corner = " ".join(header[0].text.split())
    owners = [" ".join(c.text.split()) for c in header[1:]]
    if len(corner) > CORNER_LONGEST or re.search(r"\d", corner):
        return None
    if not all(o and len(o) <= OWNER_LONGEST and not re.search(r"\d", o) for o in owners):
        return None
    if any(_FIELD.search(o) for o in owners):
        return None
    out: list[list[str]] = []
    numbers: set[str] = set()
    for row in rows[1:]:
        found = _ROW.match(" ".join(row[0].text.split()))
        if found is None or found["nr"] in numbers or any(c is row[0] for c in row[1:]):
            return None
        numbers.add(found["nr"])
        for owner, cell in zip(owners, row[1:], strict=True):
            acts = _activities(cell)
            if acts is None:
                return None
            out += [[name, found["nr"], owner, when] for name, when in acts]
    return out or None


def is_owner_matrix(block: Block) -> bool:
    """``block`` is a contribution matrix (see the module)."""
    return contributions(block) is not None


def _unfolded(block: Block) -> list[Block]:
    acts = contributions(block)
    assert acts is not None
    header = ["Aktivitet", "Mål", "Ansvarig", "Klart"]
    cells = tuple(tuple(Cell(t, lines=(t,) if t else ()) for t in row) for row in [header, *acts])
    return [replace(block, rows=cells, header_rows=1, text=" | ".join(header))]


def unfold_owner_matrices(source: Source) -> Source:
    """``source`` with each contribution matrix replaced by its activity table (blocks
    numbered again in reading order)."""
    return unfold(source, is_owner_matrix, _unfolded, "bidragsmatris")

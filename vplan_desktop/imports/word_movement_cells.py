"""Goal tables that print an indicator's baseline and target in one cell: a column headed by a
movement between two years ("Förflyttning 2025 → 2027") whose cells give the move ("58 % → 65
%", "från 77,8 % till 80 %"), or a target column naming the baseline's year in brackets ("Mål
2027 (utfall 2025)") whose cells hold the target and the baseline in brackets ("65 % (58 %)").
Each such column is read as two: the nuläge of the first year and the target of the second (the
outcome of the bracketed year beside the target). A figure led by a label ("NKI 68", "Betyg
3,8 av 5") is the figure: a label the indicator's name already holds ("betyg" in "Invånarnas
betyg …") is left out, an abbreviation it does not ("NKI") becomes the indicator's unit in a
unit column of its own. A ranking ("Plats 164", "Topp 100") stays as printed."""

from __future__ import annotations

import re
from dataclasses import replace

from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell, Source

__all__ = ["label_figure", "split_movements", "split_table"]

_YEAR = r"(?:19|20)\d\d"
_MOVE_HEADER = re.compile(rf"(?P<first>{_YEAR})\s*(?:→|->|⇒|–>)\s*(?P<second>{_YEAR})\s*$")
"""A column named for a move between two years: "Förflyttning 2025 → 2027"."""
_BRACKET_HEADER = re.compile(
    rf"^(?P<target>(?:mål|målvärde|målnivå)\s*{_YEAR})\s*"
    rf"\(\s*(?P<base>(?:utfall|nuläge|utgångsläge)\s*{_YEAR})\s*\)$",
    re.IGNORECASE,
)
"""A target column naming the baseline's year in brackets: "Mål 2027 (utfall 2025)"."""
_ARROW = re.compile(r"\s*(?:→|->|⇒|–>)\s*")
_FROM_TO = re.compile(r"^från\s+(?P<first>\S.*?)\s+till\s+(?P<second>\S.*)$", re.IGNORECASE)
_BRACKETED = re.compile(r"^(?P<second>.*\d.*?)\s*\((?P<first>[^()]*\d[^()]*)\)$")
_LABELLED = re.compile(
    r"^(?P<label>[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{1,11})\s+"
    r"(?P<figure>(?:(?:minst|högst|lägst|max|över|under)\s+)?[−-]?\d[\d\s,.]*"
    r"(?:%|\s+av\s+\d{1,3})?)$"
)
"""A figure led by one word: "NKI 68", "NKI minst 72", "Betyg 3,8 av 5"."""
_ABBREVIATION = re.compile(r"^[A-ZÅÄÖ]{2,6}$")
_RANKING = re.compile(r"^(?:plats|placering|rank|ranking|topp)$", re.IGNORECASE)
UNIT_HEADER = "Enhet"


def _pair(text: str, bracketed: bool) -> tuple[str, str] | None:
    """(first, second) of a movement cell; None for a cell that is not one."""
    text = " ".join(text.split())
    if bracketed:
        found = _BRACKETED.match(text)
        if found is None or re.fullmatch(_YEAR, found["first"].strip()):
            return None  # "21 % (2025)": a figure and its year
        return found["first"].strip(), found["second"].strip()
    parts = _ARROW.split(text)
    if len(parts) == 2 and all(parts):
        return parts[0], parts[1]
    if found := _FROM_TO.match(text):
        return found["first"], found["second"]
    return None


def label_figure(text: str, name: str) -> tuple[str, str] | None:
    """(label, figure) of a figure led by a label ("NKI 68" → ("NKI", "68")); the label is ""
    when the indicator's ``name`` holds it already. None for any other text and for a ranking
    ("Plats 164")."""
    found = _LABELLED.match(" ".join(text.split()))
    if found is None or _RANKING.match(found["label"]):
        return None
    label = found["label"]
    if re.search(rf"(?<!\w){re.escape(label)}(?!\w)", name, re.IGNORECASE):
        return "", found["figure"]
    if not _ABBREVIATION.match(label):
        return None  # a word of its own ("Plats", "Nivå"): the cell stays as printed
    return label, found["figure"]


def _columns(header: list[str]) -> dict[int, tuple[str, str, bool]]:
    """Each movement column: (first column's name, second column's name, bracketed)."""
    out = {}
    for column, text in enumerate(header):
        text = " ".join(text.split())
        if found := _MOVE_HEADER.search(text):
            out[column] = (f"Nuläge {found['first']}", f"Mål {found['second']}", False)
        elif found := _BRACKET_HEADER.match(text):
            out[column] = (found["base"].capitalize(), found["target"].capitalize(), True)
    return out


def split_table(block: Block) -> Block:
    """The goal table ``block`` with each movement column read as two and each labelled
    figure as the figure (its label a unit column's); any other block as it is."""
    if block.kind is not BlockKind.TABLE or len(block.rows) < 2:
        return block
    header = [cell.text for cell in block.rows[0]]
    moves = _columns(header)
    if not moves or any(
        cell is block.rows[0][0] for cell in block.rows[0][1:]
    ):  # a title row merged across the table: not a plain header
        return block
    rows: list[tuple[Cell, ...]] = []
    units: list[str] = []
    for number, row in enumerate(block.rows):
        cells: list[Cell] = []
        name = row[0].text
        unit = ""
        for column, cell in enumerate(row):
            if number == 0:
                if column in moves:
                    first, second, _ = moves[column]
                    cells += [Cell(first), Cell(second)]
                else:
                    cells.append(cell)
                continue
            texts = [cell.text]
            if column in moves:
                pair = _pair(cell.text, moves[column][2])
                texts = list(pair) if pair else [cell.text, ""]
            for text in texts:
                labelled = label_figure(text, name) if column else None
                if labelled is not None:
                    unit = unit or labelled[0]
                    text = labelled[1]
                cells.append(Cell(text) if text != cell.text else cell)
        rows.append(tuple(cells))
        units.append(unit)
    if any(units):
        rows = [(*r, Cell(UNIT_HEADER if i == 0 else units[i])) for i, r in enumerate(rows)]
    return replace(block, rows=tuple(rows))


def split_movements(source: Source) -> Source:
    """``source`` with every goal table's movement columns read as two (``split_table``)."""
    source.blocks = [split_table(block) for block in source.blocks]
    return source

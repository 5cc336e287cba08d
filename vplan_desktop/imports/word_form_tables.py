"""A plan filled in a kommun's form template: every goal, activity and control is a two-column
table of a short label cell (often shaded and bold) beside its content cell, and the form's
label groups repeat down the one table.

A goal form names its goal in its first row ("Mål 1 | <the goal>", "Nämndsmål | …"), then one
group of rows per indicator – "Indikator | <name>", its figures ("Nuläge 2025 | 82 %", "Nuläge |
64 % (2025)", "Målvärde 2027 | 85 %", "Utfall 2025 | …") – and rows of the goal's own
("Kommentar | …"). It becomes the goal table it stands for, "Nämndsmål | Indikator | Nuläge |
Målvärde 2027 | …" with a row per indicator (a nuläge's year in its label is written into its
cell when the form's indicators are measured in different years, so they share one column),
and a line "<label>: <text>" for each filled row of the goal's own, which the walk gives to
the goal's description (``form_goal_line``).

A record form repeats one group of labels per item: "Aktivitet | … / Ansvarig | … / Klart |
…" per activity, "Process | … / Kontrollmoment | … / Ansvarig | … / Frekvens | …" per control.
It becomes a table with the group's labels as its header row and a row per item, read as an
activity or internkontroll table is read anywhere. A form of one item is such a table only
when its first label names an activity and the others its fields (start, klart, ansvarig,
status …); a table whose first row heads its columns ("Aktivitet | Status") is none; a
kontrollkort of one control is word_control_cards'.
The labels are the form's structure."""

from __future__ import annotations

import re
from dataclasses import replace

from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell, Source, unfold
from vplan_desktop.imports.word_build import Builder
from vplan_desktop.imports.word_result import Became
from vplan_desktop.markdown import Run
from vplan_desktop.wording import clipped

__all__ = ["form_goal_line", "goal_form", "record_form", "unfold_form_tables"]

MAX_LABEL = 40
"""Characters: a label cell is a short word or two."""
_GOAL = re.compile(
    r"^(?:nämndens mål|nämndsmål|nämndmål|mål|målet|verksamhetsmål|förvaltningsmål)"
    r"(?:\s+\d+(?:\.\d+)*[a-z]?)?\s*:?$",
    re.IGNORECASE,
)
_INDICATOR = re.compile(r"^(?:indikator|mått|mätetal|styrtal|resultatmått)\s*\d*\s*:?$", re.I)
_YEAR = re.compile(r"\b(?P<year>(?:19|20)\d\d)\b")
_BASE = re.compile(r"^(?:nuläge|nulägesvärde|utgångsläge|utgångsvärde|basvärde)\b", re.I)
_FIGURE = re.compile(
    r"^(?:nuläge|nulägesvärde|utgångsläge|utgångsvärde|basvärde|målvärde|målnivå|måltal|mål|"
    r"utfall|resultat|prognos|jämförelse)\b(?:\s+(?:19|20)\d\d(?:[–/-]\d{2,4})?)?\s*:?$",
    re.IGNORECASE,
)
_ITEM = re.compile(
    r"^(?:aktivitet|åtgärd|insats|uppdrag|process|rutin|kontrollmoment|kontroll|risk)\s*:?$",
    re.IGNORECASE,
)
_ACTIVITY = re.compile(r"^(?:aktivitet|åtgärd|insats)\s*:?$", re.IGNORECASE)
_ACTIVITY_FIELD = re.compile(
    r"^(?:ansvarig|ansvar|ansvarar|start|startdatum|slut|slutdatum|klart|klar|klart senast|"
    r"klar senast|deadline|tidplan|tidsplan|period|status|beskrivning|syfte|kostnad|"
    r"finansiering|kommentar|prioritet|resurser|utförare|samverkan)\s*:?$",
    re.IGNORECASE,
)
FORM = "formulär"
"""What the blocks of a form were read out of (``Block.unfolded``)."""
GOAL_HEADER = "Nämndsmål"
BASE_HEADER = "Nuläge"


def _label(cell: Cell) -> str:
    return " ".join(cell.text.split())


def _pairs(block: Block) -> list[tuple[str, Cell]] | None:
    """(label, value) per row of a two-column table of short labels; None for any other."""
    if block.kind is not BlockKind.TABLE or block.width != 2 or len(block.rows) < 2:
        return None
    if any(len(row) != 2 or row[0] is row[1] for row in block.rows):
        return None
    pairs = [(_label(left), right) for left, right in block.rows]
    if any(not label or len(label) > MAX_LABEL for label, _value in pairs):
        return None
    return pairs


def _records(pairs: list[tuple[str, Cell]]) -> list[list[tuple[str, Cell]]] | None:
    """The form's items when its rows repeat one group of labels, each group starting with
    the first row's label; None otherwise."""
    first = pairs[0][0].rstrip(":").lower()
    records: list[list[tuple[str, Cell]]] = []
    for label, value in pairs:
        if label.rstrip(":").lower() == first:
            records.append([])
        records[-1].append((label, value))
    labels = [tuple(label.rstrip(":").lower() for label, _v in r) for r in records]
    if len(labels[0]) < 2 or len(set(labels[0])) < len(labels[0]):
        return None
    return records if all(group == labels[0] for group in labels) else None


def record_form(block: Block) -> bool:
    """``block`` is a record form (see the module)."""
    pairs = _pairs(block)
    if pairs is None or not _ITEM.match(pairs[0][0]):
        return False
    records = _records(pairs)
    if records is None:
        return False
    if len(records) >= 2:
        return True
    # one item: only an activity's form, every other label one of its fields – a table
    # whose first row heads its columns ("Aktivitet | Status") lists names down its left
    fields = [label for label, _value in pairs[1:]]
    return _ACTIVITY.match(pairs[0][0]) is not None and all(
        _ACTIVITY_FIELD.match(f) for f in fields
    )


def _bold(text: str) -> Cell:
    return Cell(text, (text,), runs=(Run(text, True),))


def _plain(text: str) -> Cell:
    return Cell(text, (text,), runs=(Run(text),))


def _record_table(block: Block) -> list[Block]:
    pairs = _pairs(block)
    assert pairs is not None
    records = _records(pairs)
    assert records is not None
    head = tuple(_bold(label.rstrip(":").strip()) for label, _value in records[0])
    body = tuple(tuple(value for _label, value in record) for record in records)
    text = " | ".join(c.text for c in head)
    return [replace(block, rows=(head, *body), header_rows=1, text=text)]


def _goal_parts(
    block: Block,
) -> tuple[Cell, list[list[tuple[str, Cell]]], list[tuple[str, Cell]]] | None:
    """(goal, indicators, the goal's own rows) of a goal form; None for any other table."""
    pairs = _pairs(block)
    if pairs is None or not _GOAL.match(pairs[0][0]) or not pairs[0][1].text.strip():
        return None
    indicators: list[list[tuple[str, Cell]]] = []
    own: list[tuple[str, Cell]] = []
    open_record = False
    for label, value in pairs[1:]:
        if _INDICATOR.match(label):
            indicators.append([(label, value)])
            open_record = True
        elif open_record and _FIGURE.match(label):
            indicators[-1].append((label, value))
        else:
            own.append((label, value))
            open_record = False
    if not indicators or any(len(record) < 2 for record in indicators):
        return None
    return pairs[0][1], indicators, own


def goal_form(block: Block) -> bool:
    """``block`` is a goal form (see the module)."""
    return _goal_parts(block) is not None


def _column(label: str, value: Cell, dated: bool) -> tuple[str, Cell]:
    """The column a figure's row stands for and its cell; a nuläge is ``dated``: it goes to
    the bare "Nuläge" column with the year of its label written into its cell."""
    label = label.rstrip(":").strip()
    if not dated or not _BASE.match(label):
        return label, value
    year = _YEAR.search(label)
    text = value.text.strip()
    if year is None or not text or _YEAR.search(text):
        return BASE_HEADER, value
    return BASE_HEADER, _plain(f"{text} ({year.group('year')})")


def _goal_table(block: Block) -> list[Block]:
    found = _goal_parts(block)
    assert found is not None
    goal, indicators, own = found
    bases = {label.rstrip(":").strip() for r in indicators for label, _v in r if _BASE.match(label)}
    dated = len(bases) > 1  # "Nuläge 2025" and "Nuläge 2024" (or "Nuläge") in one form
    columns: dict[str, None] = {}
    rows: list[dict[str, Cell]] = []
    for record in indicators:
        (_, name), *figures = record
        row = {"Indikator": name}
        for label, value in figures:
            column, cell = _column(label, value, dated)
            row[column] = cell
            columns[column] = None
        rows.append(row)
    head = (_bold(GOAL_HEADER), _bold("Indikator"), *(_bold(c) for c in columns))
    body = tuple((goal, row["Indikator"], *(row.get(c, Cell("")) for c in columns)) for row in rows)
    text = " | ".join(c.text for c in head)
    out = [replace(block, rows=(head, *body), header_rows=1, text=text)]
    for label, value in own:
        lines = [" ".join(t.split()) for t in value.lines or (value.text,)]
        said = " ".join(t for t in lines if t)
        if said:
            line = f"{label.rstrip(':').strip()}: {said}"
            out.append(Block(index=0, kind=BlockKind.PARAGRAPH, text=line, runs=(Run(line),)))
    return out


def form_goal_line(b: Builder, block: Block) -> bool:
    """A line of a goal form's own ("Kommentar: …") right under the goal's table, or under
    another such line: it goes to the goal's description, and the activities' table under it
    still follows the goal. False for any other line."""
    if block.unfolded != FORM or b.table_goal is None or b.table_goal[0] != block.index - 1:
        return False
    goal = b.table_goal[1]
    goal["beskrivning"] = "\n\n".join(t for t in (goal["beskrivning"], block.text) if t)
    b.table_goal = (block.index, goal)
    b.became(block.index, Became.MAL, f"Beskrivning av målet ”{clipped(goal['text'], 50)}”")
    return True


def unfold_form_tables(source: Source) -> Source:
    """``source`` with each goal form and record form replaced by the tables (and lines) it
    stands for (blocks numbered again in reading order)."""
    source = unfold(source, goal_form, _goal_table, FORM)
    return unfold(source, record_form, _record_table, FORM)

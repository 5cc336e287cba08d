"""A table of a Word plan as rows of items: its header rows (one to three: a title row with the
goal, a row of column names, a row of years), each column's name, the rows under a group (a
first cell that names a målområde or verksamhet for the rows below it, a row of one merged cell),
the totals rows, and the rest of a table that a page break split into two Word tables."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from vplan_desktop.errors import InputError
from vplan_desktop.formatting import format_amount, parse_amount
from vplan_desktop.imports.word_blocks import Block, Cell
from vplan_desktop.imports.word_goal_row_across import is_goal_label
from vplan_desktop.imports.word_money_unit import split_unit
from vplan_desktop.imports.word_school_year import year_in
from vplan_desktop.imports.word_sex_rows import SexRows
from vplan_desktop.imports.word_signed import signed
from vplan_desktop.imports.word_stacked_rows import stacked_rows
from vplan_desktop.imports.word_stat_symbols import unmarked
from vplan_desktop.imports.word_unit_header import is_unit
from vplan_desktop.imports.word_year_targets import split_year_targets

YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
TOTAL = re.compile(
    r"^(?:summa|s:a|totalt?|total\b|totalsumma|netto(?:kostnad)?|nettokostnad(?:er)?|"
    r"nettobudget|nettoram|total budgetram|budgetram|kf:s ram|ram\b|differens|"
    r"summering|resultat\b|(?:hela\s+)?[\wåäö-]*(?:nämnden|förvaltningen|styrelsen)s?,?\s+"
    r"(?:netto|totalt|summa|nettokostnad|resultat))",
    re.IGNORECASE,
)
_YEAR_HEADER = re.compile(
    r"^(?:(?:år|mål|målnivå|målvärde|utfall|bokslut|budget|plan|prognos|redovisat|"
    r"resultat|nuläge|läsår)\s*)?(?:19|20)\d\d(?:\s*[-–/]\s*\d{2,4})?\s*[:*]?$",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"^[-−–+]?\s*\d[\d\s.,]*\s*(?:%|procent|tkr|kr|mnkr|st|dagar|timmar)?$")


def is_number(text: str) -> bool:
    return bool(_NUMBER.match(text.strip())) and not YEAR.fullmatch(text.strip())


def is_year_header(text: str) -> bool:
    return bool(_YEAR_HEADER.match(text.strip()))


def amount(text: str) -> Decimal | None:
    """A cell's amount ("12 345", "−1 234", "(1 234)", "12 400-", "1 250 000 kr" as printed,
    "121 900*" with a note marker), None for anything else."""
    text = split_unit(unmarked(text))[0].strip().replace("−", "-").replace("–", "-")
    text = signed(text)  # "( 3 400 )", "12 400-": a cost
    try:
        return parse_amount(text)
    except InputError:
        return None


def _distinct(cells: tuple[Cell, ...]) -> list[Cell]:
    out: list[Cell] = []
    for cell in cells:
        if not any(cell is seen for seen in out):
            out.append(cell)
    return out


def is_title_row(block: Block, row: int) -> bool:
    """A row of one merged cell (or only its first cell filled, over at least three columns)
    that names what the rows under it are: a goal over its indicators, a group; or a label
    and the text merged over the rest ("Nämndsmål 1: | Ett tryggt liv för alla")."""
    cells = block.rows[row]
    distinct = [c for c in _distinct(cells) if c.text]
    if _labelled(cells, distinct) or _with_status(cells, distinct):
        return True
    if len(distinct) != 1 or len(cells) < 2:
        return False
    spanning = sum(1 for c in cells if c is distinct[0]) >= max(2, len(cells) - 1)
    only_first = cells[0] is distinct[0] and len(cells) >= 3 and not is_number(cells[0].text)
    return spanning or (only_first and block.header_rows == 0 and row == 0)


def _labelled(cells: tuple[Cell, ...], distinct: list[Cell]) -> bool:
    """A short label in the first cell, ending in a colon or a goal's label ("Mål 2"), one
    text merged over the rest."""
    if len(distinct) != 2 or distinct[0] is not cells[0] or len(cells) < 3:
        return False
    label, text = distinct
    return (
        len(label.text) <= 40
        and (label.text.rstrip().endswith(":") or is_goal_label(label.text))
        and sum(1 for c in cells if c is text) >= len(cells) - 2
    )


def _with_status(cells: tuple[Cell, ...], distinct: list[Cell]) -> bool:
    """One text merged over all columns but the last, and in the last a few words and no
    figure: a goal's row with its status ("Mål 1.1 … | Delvis uppfyllt", a coloured "●")."""
    if len(distinct) != 2 or len(cells) < 3 or distinct[1] is not cells[-1]:
        return False
    status = distinct[1].text
    merged = sum(1 for c in cells if c is distinct[0]) == len(cells) - 1
    return merged and len(status) <= STATUS_LIMIT and not any(ch.isdigit() for ch in status)


STATUS_LIMIT = 60
"""Characters: the most a status beside a title row holds (a legend's words for a symbol)."""


def title_status(block: Block, row: int) -> str:
    """The status in the last cell of a title row that has one (``_with_status``); "" for
    none."""
    cells = block.rows[row]
    distinct = [c for c in _distinct(cells) if c.text]
    return distinct[1].text if _with_status(cells, distinct) else ""


def title_text(block: Block, row: int) -> str:
    """A title row's text, its label included ("Nämndsmål 1: Ett tryggt liv för alla"), its
    status not ("Mål 1.1 …" of "Mål 1.1 … | Delvis uppfyllt")."""
    status = title_status(block, row)
    cells = _distinct(block.rows[row])
    texts = [c.text for c in cells if c.text and not (status and c is cells[-1])]
    if len(texts) > 1 and is_goal_label(texts[0]) and texts[0].rstrip()[-1:].isalnum():
        texts[0] += ":"  # "Mål 2 | Text": the label and its goal as "Mål 2: Text" reads
    return " ".join(texts)


def guess_header_rows(block: Block) -> int:
    """How many of the table's first rows are its header: title rows, the row of column names,
    and up to two rows under them that name no item (``header_row_under``); at least the rows
    the document marks as its header."""
    count = len(block.rows)
    row = 0
    while row < count - 1 and is_title_row(block, row) and row < 2:
        row += 1
    if row < count:
        row += 1  # the column names
    names = row
    while row < count - 1 and row < min(names + 2, 4) and header_row_under(block, row):
        row += 1
    return min(max(row, block.header_rows), count)


def header_row_under(block: Block, row: int) -> bool:
    """Whether ``row``, under the row of column names, is one more header row whether or not
    Word marks it as one. Its own cells are those that do not continue a cell of the row above
    (a vertical merge, "Indikator" over two rows, is the row above's text). The row

    - has no item's name: its first cell is empty, continues the one above, or names the
      table's unit ("Nettobelopp i kkr utan decimal", "(tkr)");
    - has no amount in its value columns: a year ("2026", "Budget 2027", "2026/27") is no
      amount, a figure ("1 234", "45 %") is;
    - says what its columns hold: a year, a period ("jan–aug 2026", "helår 2026"), a kind of
      figure ("Utfall", "Mål"), a comparison ("mot budget") or a unit, or it names the columns
      under a cell merged across the row above ("Intäkter | Kostnader | Netto" under
      "Budget 2027"), or it is only the unit ("(tkr)" and nothing else)."""
    cells = block.rows[row]
    if not cells:
        return False
    first = cells[0]
    own_first = "" if block.is_merged_down(row, 0) else first.text
    if own_first and not _UNIT_LABEL.search(own_first):
        return False
    own: list[tuple[int, Cell]] = []
    for column, cell in enumerate(cells):
        merged = block.is_merged_down(row, column) or any(cell is seen for _, seen in own)
        if column and cell.text and cell is not first and not merged:
            own.append((column, cell))
    texts = [cell.text for _, cell in own]
    if any(_figure(t) or len(t) > 40 for t in texts):
        return False
    if not texts:
        return bool(own_first)  # the unit alone
    return any(_names_column(t) for t in texts) or _splits_merged(block, row, own)


_SUBHEADERS = {"utfall", "mål", "målnivå", "målnivåer", "målvärde", "budget", "plan", "prognos"}
_SUBHEADERS |= {"bokslut", "avvikelse", "differens", "nuläge", "helår", "delår", "ackumulerat"}
_MONTH = (
    r"(?:jan(?:uari)?|feb(?:ruari)?|mars?|apr(?:il)?|maj|juni?|juli?|aug(?:usti)?|"
    r"sep(?:t|tember)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_PERIOD = re.compile(
    r"^(?:(?:utfall|bokslut|budget|prognos|ack\.?|ackumulerat|period)\s+)?"
    r"(?:(?:t\.?\s?o\.?\s?m\.?|tom|per|till och med)\s+)?"
    r"(?:\d{1,2}\s+)?"
    rf"{_MONTH}(?:\s*[-–]\s*(?:\d{{1,2}}\s+)?{_MONTH})?\s*(?:(?:19|20)\d\d)?$"
    r"|^(?:helår|delår|tertial\s*\d|kvartal\s*\d|[tq][1-4])\s*(?:(?:19|20)\d\d)?$",
    re.IGNORECASE,
)
_COMPARISON = re.compile(
    r"^(?:avvikelse\s+)?(?:mot|jämfört med|jmf\.?|förändring)\b", re.IGNORECASE
)
_UNIT_LABEL = re.compile(r"\b(?:tkr|kkr|mnkr|mkr|kronor|kr|procent|antal)\b|%", re.IGNORECASE)


def _figure(text: str) -> bool:
    """An amount or a figure in a value column, a year heading excepted."""
    if is_year_header(text) or (year_in(text.lower()) and amount(text) is None):
        return False
    return is_number(text) or amount(text) is not None


def _names_column(text: str) -> bool:
    """A header cell's text under the column names: a year, a period, a kind of figure, a
    comparison or a unit."""
    plain = text.strip().strip("()").rstrip(":").strip()
    return (
        is_year_header(plain)
        or plain.lower() in _SUBHEADERS
        or bool(_PERIOD.match(plain) or _COMPARISON.match(plain))
        or is_unit(plain)
    )


def _splits_merged(block: Block, row: int, own: list[tuple[int, Cell]]) -> bool:
    """The row names two columns or more under one cell merged across the row above."""
    above = block.rows[row - 1]
    for column, cell in enumerate(above):
        if column and cell.text and column + 1 < len(above) and above[column + 1] is cell:
            span = [c for c in range(column, len(above)) if above[c] is cell]
            if sum(1 for c, _ in own if c in span) >= 2:
                return True
    return False


def title_rows(block: Block, header_rows: int) -> list[str]:
    """The texts of the header's title rows (the goal named over its indicators)."""
    return [
        title_text(block, r)
        for r in range(min(header_rows, len(block.rows) - 1))
        if is_title_row(block, r)
    ]


def column_headers(block: Block, header_rows: int) -> list[str]:
    """Each column's name: its header cells from top to bottom (title rows left out), a cell
    merged over several columns named in each ("Målnivåer: 2027")."""
    names: list[list[str]] = [[] for _ in range(block.width)]
    for r in range(min(header_rows, len(block.rows))):
        if is_title_row(block, r) and r < header_rows - 1:
            continue
        for c, cell in enumerate(block.rows[r]):
            if cell.text and cell.text not in names[c]:
                names[c].append(cell.text)
    return [" ".join(parts) for parts in names]


@dataclass
class Row:
    """A row of items: its cells by column, and the group it is under."""

    block: int
    index: int
    cells: list[str]
    lines: list[tuple[str, ...]]
    group: str = ""


@dataclass
class Total:
    block: int
    index: int
    label: str
    cells: list[str]
    rows: list[Row]
    """The rows it sums: those since the group's start or the previous total."""


@dataclass
class TableRows:
    rows: list[Row] = field(default_factory=list)
    totals: list[Total] = field(default_factory=list)
    groups: list[tuple[int, int, str]] = field(default_factory=list)
    """The group rows: (block, row, name)."""
    joined: list[tuple[int, int]] = field(default_factory=list)
    """Rows whose text went into the row above (a row split by a page break)."""


def _spread_targets(block: Block, r: int, roles: list[str], cells: list[str]) -> None:
    """A target merged across the years' target columns ("≥ 95 %" over 2027–2029) holds for
    each of those years: its text in every column it covers."""
    row = block.rows[r]
    for c in range(1, min(len(cells), len(row))):
        if (
            not cells[c]
            and row[c] is row[c - 1]
            and roles[c].startswith("mal:")
            and roles[c - 1].startswith("mal:")
        ):
            cells[c] = cells[c - 1]


def table_rows(
    parts: list[tuple[Block, int]],
    roles: list[str],
    groups: dict[tuple[int, int], str],
    totals: bool = True,
) -> TableRows:
    """The rows of a table and of its continuations (each with the header rows to skip), with
    their groups and totals; the user's ``groups`` override the document's."""
    out = TableRows()
    width = len(roles)
    name_col = next((roles.index(n) for n in ("namn", "kontrollmoment") if n in roles), 0)
    group_col = roles.index("grupp") if "grupp" in roles else None
    current = ""
    since_total: list[Row] = []
    by_sex = SexRows(roles, name_col, parts)  # "Totalt" | "Kvinnor" | "Män": an indicator each
    for part, (block, skip) in enumerate(parts):
        for r in range(skip, len(block.rows)):
            texts = (block.row_texts(r) + [""] * width)[:width]
            _spread_targets(block, r, roles, texts)
            paragraphs = [(cell.lines or (cell.text,)) for cell in block.rows[r]][:width]
            paragraphs += [()] * (width - len(paragraphs))
            for cells, lines in stacked_rows(block.rows[r], texts, paragraphs, name_col):
                split_year_targets(roles, cells, lines)
                if not any(cells):
                    continue
                if is_title_row(block, r) and not (group_col is not None and cells[name_col]):
                    current = title_text(block, r)
                    out.groups.append((block.index, r, current))
                    since_total = []
                    by_sex.reset()
                    continue
                if group_col is not None and cells[group_col]:
                    if cells[group_col] != current:
                        since_total = []
                    current = cells[group_col]
                    if not any(c for i, c in enumerate(cells) if i != group_col):
                        out.groups.append((block.index, r, current))
                        continue
                by_sex.name(cells)
                label = cells[name_col] or next((c for c in cells if c), "")
                if totals and TOTAL.match(label) and _has_figures(cells, name_col):
                    out.totals.append(Total(block.index, r, label, cells, list(since_total)))
                    since_total = []
                    continue
                split_row = part > 0 and r == skip and not cells[name_col] and out.rows
                # a goal table's row holding an activity and no indicator is a row of its own
                own = "aktivitet" in roles and bool(cells[roles.index("aktivitet")])
                # a row naming a group of its own starts that group, never joins the row above
                fresh = bool(out.rows and group_col is not None and cells[group_col])
                fresh = fresh and cells[group_col or 0] != out.rows[-1].group
                if (split_row or (not cells[name_col] and not own and not fresh)) and out.rows:
                    previous = out.rows[-1]
                    for c, text in enumerate(cells):
                        if text and c != group_col:
                            previous.cells[c] = f"{previous.cells[c]} {text}".strip()
                            previous.lines[c] = (*previous.lines[c], text)
                    out.joined.append((block.index, r))
                    continue
                row = Row(block.index, r, cells, lines, groups.get((block.index, r), current))
                if not cells[name_col] and not own:
                    row.cells[name_col] = label
                out.rows.append(row)
                since_total.append(row)
    return out


def _has_figures(cells: list[str], name_col: int) -> bool:
    return any(amount(c) is not None for i, c in enumerate(cells) if i != name_col and c)


def check_total(total: Total, columns: dict[int, str], all_rows: list[Row]) -> str:
    """A warning when the totals row's figures are neither the sum of the rows above it since
    the last total nor of all rows; "" when they agree."""
    wrong: list[str] = []
    for column, name in columns.items():
        stated = amount(total.cells[column]) if column < len(total.cells) else None
        if stated is None:
            continue
        sums = [
            sum((amount(r.cells[column]) or Decimal(0) for r in rows), Decimal(0))
            for rows in (total.rows, all_rows)
        ]
        if all(abs(s - stated) > Decimal("1.5") for s in sums):
            wrong.append(f"{name}: {format_amount(stated)} mot {format_amount(sums[0])}")
    if not wrong:
        return ""
    return f"Summaraden ”{total.label}” stämmer inte med raderna: " + "; ".join(wrong) + "."


KIND_WORDS = {
    "bokslut": "bokslut",
    "redovisat": "bokslut",
    "utfall": "bokslut",
    "budget": "budget",
    "prognos": "prognos",
    "plan": "plan",
}
"""The words of a budget column's heading, by the kind of column they make."""


_CARRIED = re.compile(r"^\W*ombudget")
"""An "Ombudgetering från 2025" column: money carried over from a year, which the
fullmäktige decides on of its own; no budget of the year it names ("Budget 2026 inkl.
ombudgetering" is the year's budget)."""


def column_kind_year(header: str) -> tuple[str, int] | None:
    """("budget", 2027) for "Budget 2027", ("", 2027) for "2027" alone; None for a heading
    that names no year."""
    lower = header.lower()
    year = year_in(lower)  # a school year ("Prognos 2027/28") as the year it ends in
    if not year or len(lower) > 60 or _CARRIED.search(lower):
        return None
    for word, kind in KIND_WORDS.items():
        if word in lower:
            return kind, year
    return ("", year) if is_year_header(lower) else None

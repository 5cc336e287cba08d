"""A plan on one page laid out as a grid: the målområden are the table's columns, named in its
first row over an empty corner cell ("| Trygg uppväxt | Kultur för alla | Hållbar
organisation", or under a corner naming them, "Målområde"), and labelled rows run down the
left, each cell one målområde's part of what the row names: "Nämndens mål" (the goals, a bullet
each, opening with their number "1.1 …"), "Så mäter vi" (the indicators, a bullet each, opening
with the number of the goal they measure and carrying their figures inline, "1.1 Andel barn i
kulturskolan 31 % (2025) → 34 % (2027)"), "Det här gör vi" (the activities, a bullet each,
perhaps closing with who does the work and by when, "(bibliotekschef, vt 2027)"), and rows of
other text ("Ekonomi", often one cell merged across the målområden).

The grid is unfolded into what it stands for, which the import reads as it reads such tables
anywhere: the goals with their indicators as a goal table "Målområde | Nämndsmål | Indikator |
Nuläge 2025 | Mål 2027 | …" (each indicator under the goal its number names; in a column of
one goal, a bullet without a number is that goal's; a goal without indicators a row of its
own), the activities as "Målområde | Aktivitet | Ansvarig | Klart"; a row of other text becomes
its label and its paragraphs. An indicator's figures are read from the end of its line: values
each followed by its year in parentheses, joined by arrows; the first is the nuläge when later
years follow, the rest the targets of their years (a comparison before the figure, "minst 34
%", kept with it; a word such as "öka" kept as the target's words); a figure alone is the
nuläge, or its year's target where the grid's other indicators give that year's targets. A
grid whose indicator cannot be placed under one goal is left as it is."""

from __future__ import annotations

import re
from dataclasses import replace

from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell, Source, unfold
from vplan_desktop.imports.word_dates import period_end
from vplan_desktop.markdown import Run

__all__ = ["grid_figures", "is_area_grid", "unfold_area_grids", "who_and_when"]

_GOALS = re.compile(
    r"^(?:nämndens mål|nämndsmål|nämndmål|våra mål|mål|målen|verksamhetsmål|effektmål"
    r"|prioriterade mål|målsättningar?)$",
    re.I,
)
_INDICATORS = re.compile(
    r"^(?:så (?:här )?mäter vi|så följer vi upp|indikatorer|mått|mätetal|styrtal|nyckeltal"
    r"|resultatmått|uppföljning|hur mäter vi\??)$",
    re.I,
)
_ACTIVITIES = re.compile(
    r"^(?:det här gör vi|så här gör vi|detta gör vi|vad gör vi\??|aktiviteter|åtgärder|insatser"
    r"|prioriterade aktiviteter|aktiviteter och åtgärder)(?:\s+(?:19|20)\d\d)?$",
    re.I,
)
_CODE = re.compile(r"^(?P<kod>\d{1,2}(?:\.\d{1,2})*[a-zåäö]?)[.):]?\s+(?P<text>\S.*)$")
"""A bullet opening with its goal's number: "1.1 Fler barn …", "2b) …"."""
LABEL_LONGEST = 40
"""Characters: a row's label is a few words."""
AREA_LONGEST = 60
"""Characters: a målområde's name is a few words."""

_VALUE = r"[-−]?\d{1,3}(?:[  ]\d{3})+(?:,\d+)?|[-−]?\d+(?:[.,]\d+)?"
_UNIT = r"(?:\s?%|\s?procent(?:enheter)?|\s(?:kr|tkr|mnkr|st|dagar|timmar|år|min|minuter))?"
_WORDS = r"[a-zåäö]+(?:\s[a-zåäö]+){0,2}"
_YEAR = r"\((?:[a-zåäö]+\s)?(?P<year>(?:19|20)\d\d)\)"
_FIRST = re.compile(
    rf"^(?P<name>.*?\S)(?:\s*[:–—]\s*|\s+)(?P<value>(?:{_VALUE}){_UNIT})\s*{_YEAR}$", re.I
)
_COMPARED = r"(?:(?:minst|högst|lägst|max|min|över|under)\s|[≥≤<>]\s?)?"
"""A target's comparison before its figure ("minst 34 %", "≤ 5")."""
_LATER = re.compile(rf"^(?P<value>{_COMPARED}(?:{_VALUE}){_UNIT}|{_WORDS})\s*{_YEAR}$", re.I)
_ARROW = re.compile(r"\s*(?:→|->|⇒|➔|⟶)\s*")
_TAIL = re.compile(r"^(?P<name>.*\S)\s*\((?P<inner>[^()]+)\)\s*[.]?$")
_PART_LABEL = re.compile(r"^(?P<label>ansvarig|ansv\.?|vem|klart?|när|tid|datum)\s*:\s*", re.I)
_DAY = re.compile(r"^(?:19|20)\d\d-\d\d-\d\d$")
_CORNER = re.compile(
    r"^(?:målområden?|fokusområden?|perspektiv|områden?|strategiska områden)$", re.I
)
"""A corner cell naming the columns under it: the målområden."""


def _label(text: str) -> str:
    """What a row's label names: "mal", "indikator", "aktivitet"; "" for other text."""
    label = " ".join(text.split()).strip(" :.")
    if _GOALS.match(label):
        return "mal"
    if _INDICATORS.match(label):
        return "indikator"
    if _ACTIVITIES.match(label):
        return "aktivitet"
    return ""


def _lines(cell: Cell) -> list[str]:
    own = [p.text for p in cell.paragraphs] if cell.paragraphs else list(cell.lines)
    lines = [" ".join(t.split()) for t in own or [cell.text]]
    return [t for t in lines if t]


def grid_figures(line: str) -> tuple[str, list[tuple[int, str]]]:
    """An indicator's line split into its name and its figures by year, in the order written
    ("Sjukfrånvaro 6,8 % (2025) → 5,5 % (2027)" → ("Sjukfrånvaro", [(2025, "6,8 %"), (2027,
    "5,5 %")])); the line and no figures when it carries none."""
    first, *later = _ARROW.split(line)
    found = _FIRST.match(first)
    if found is None:
        return line, []
    figures = [(int(found["year"]), found["value"].strip())]
    for part in later:
        value = _LATER.match(part.strip())
        if value is None:
            return line, []
        figures.append((int(value["year"]), value["value"].strip()))
    return found["name"].strip(" :–—"), figures


def who_and_when(line: str) -> tuple[str, str, str]:
    """An activity's line split into its name, who does it and by when, as a closing
    parenthesis gives them ("Meröppet bibliotek (bibliotekschef, vt 2027)", also labelled
    "(ansvarig: rektor, klart: 2027-06-30)"); a parenthesis saying anything else stays in the
    name."""
    found = _TAIL.match(line)
    if found is None:
        return line, "", ""
    who = when = ""
    for part in (p.strip() for p in found["inner"].split(",")):
        label = _PART_LABEL.match(part)
        part = part[label.end() :] if label else part  # "ansvarig: rektor", "klart: vt 2027"
        dated = bool(_DAY.match(part)) or period_end(part) is not None
        if not when and dated and (label is None or label["label"].lower() != "ansvarig"):
            when = part
        elif (
            not who
            and (label is None or label["label"].lower().startswith(("ansv", "vem")))
            and not re.search(r"\d", part)
            and 0 < len(part.split()) <= 3
            and not part.isupper()
            and part[:1].isalpha()
        ):
            who = part
        else:
            return line, "", ""
    return found["name"], who, when


def _rows(block: Block) -> tuple[list[str], list[tuple[str, Cell, tuple[Cell, ...]]]] | None:
    """The målområden and the labelled rows (what the label names, the label, the row's cells
    under the målområden); None for any other table."""
    if block.kind is not BlockKind.TABLE or block.width < 3 or len(block.rows) < 3:
        return None
    header = block.rows[0]
    corner = " ".join(header[0].text.split()).strip(" :")
    if (corner and not _CORNER.match(corner)) or len({id(c) for c in header}) != len(header):
        return None
    areas = [" ".join(c.text.split()) for c in header[1:]]
    if not all(a and len(a) <= AREA_LONGEST and not a[0].isdigit() for a in areas):
        return None
    rows: list[tuple[str, Cell, tuple[Cell, ...]]] = []
    for row in block.rows[1:]:
        label = row[0]
        text = label.text.strip()
        if not text or len(text) > LABEL_LONGEST or any(c is label for c in row[1:]):
            return None
        rows.append((_label(text), label, row[1:]))
    kinds = [kind for kind, *_ in rows]
    if kinds.count("mal") != 1 or not {"indikator", "aktivitet"} & set(kinds):
        return None
    return areas, rows


def _goals(areas: list[str], cells: tuple[Cell, ...]) -> list[tuple[str, str, str]] | None:
    """(målområde, number, goal) for every goal of the goals' row; None when a column has none
    or a number comes twice."""
    out: list[tuple[str, str, str]] = []
    for area, cell in zip(areas, cells, strict=True):
        lines = _lines(cell)
        if not lines:
            return None
        for line in lines:
            found = _CODE.match(line)
            kod, text = (found["kod"], found["text"]) if found else ("", line)
            out.append((area, kod, text))
    codes = [kod for _, kod, _ in out if kod]
    return out if len(codes) == len(set(codes)) else None


def _table(block: Block, header: list[str], rows: list[list[str]]) -> Block:
    cells = tuple(tuple(Cell(t, lines=(t,) if t else ()) for t in row) for row in [header, *rows])
    return replace(block, rows=cells, header_rows=1, text=" | ".join(header))


def _paragraph(text: str, runs: tuple[Run, ...] = ()) -> Block:
    return Block(index=0, kind=BlockKind.PARAGRAPH, text=text, runs=runs or (Run(text),))


Figures = list[tuple[int, str]]


def _indicators(
    areas: list[str], cells: tuple[Cell, ...], goals: list[tuple[str, str, str]]
) -> list[tuple[int, str, Figures]] | None:
    """(the goal's place in ``goals``, name, figures) for every indicator; None when one has
    no goal to go under."""
    by_code = {kod: n for n, (_, kod, _) in enumerate(goals) if kod}
    out: list[tuple[int, str, Figures]] = []
    for area, cell in zip(areas, cells, strict=True):
        own = [n for n, (a, _, _) in enumerate(goals) if a == area]
        for line in _lines(cell):
            found = _CODE.match(line)
            if found is not None and found["kod"] in by_code:
                goal, line = by_code[found["kod"]], found["text"]
            elif found is None and len(own) == 1:
                goal = own[0]
            else:
                return None
            name, figures = grid_figures(line)
            out.append((goal, name, figures))
    return out


def _kinds(figures: Figures, targets: set[int]) -> list[tuple[str, int, str]]:
    """Each figure as ("bas" or "mal", year, value): the first is the nuläge when later years
    follow; a figure alone is a target when other indicators give that year's target."""
    if len(figures) == 1:
        year, value = figures[0]
        return [("mal" if year in targets else "bas", year, value)]
    return [("bas" if n == 0 else "mal", y, v) for n, (y, v) in enumerate(figures)]


def _indicator_table(
    block: Block,
    goals: list[tuple[str, str, str]],
    found: list[tuple[int, str, Figures]],
) -> Block:
    """The goals and their indicators as a goal table ("Målområde | Nämndsmål | Indikator |
    Nuläge 2025 | Mål 2027"); a goal without indicators a row of its own."""
    targets = {y for _, _, figures in found for y, _ in figures[1:]}
    kinds = [_kinds(figures, targets) for _, _, figures in found]
    bases = sorted({y for k in kinds for kind, y, _ in k if kind == "bas"})
    targets |= {y for k in kinds for kind, y, _ in k if kind == "mal"}
    base = "Nuläge" if len(bases) == 1 else "Utfall"
    columns = [f"{base} {y}" for y in bases] + [f"Mål {y}" for y in sorted(targets)]
    rows = []
    for at, (area, _, goal) in enumerate(goals):
        own = [(name, kinds[n]) for n, (g, name, _) in enumerate(found) if g == at]
        for name, figures in own or [("", [])]:
            cells = dict.fromkeys(columns, "")
            for kind, year, value in figures:
                cells[f"{base if kind == 'bas' else 'Mål'} {year}"] = value
            rows.append([area, goal, name, *cells.values()])
    return _table(block, ["Målområde", "Nämndsmål", "Indikator", *columns], rows)


def _parts(block: Block) -> list[Block] | None:
    found = _rows(block)
    if found is None:
        return None
    areas, rows = found
    goals = _goals(areas, next(cells for kind, _, cells in rows if kind == "mal"))
    if goals is None:
        return None
    out: list[Block] = []
    measured = False
    for kind, label, cells in rows:
        if kind == "indikator":
            indicators = _indicators(areas, cells, goals)
            if indicators is None:
                return None
            out.append(_indicator_table(block, goals, indicators))
            measured = True
        elif kind == "aktivitet":
            acts = [
                [area, *who_and_when(line)]
                for area, cell in zip(areas, cells, strict=True)
                for line in _lines(cell)
            ]
            if acts:
                out.append(_table(block, ["Målområde", "Aktivitet", "Ansvarig", "Klart"], acts))
        elif kind != "mal":
            out.append(_paragraph(" ".join(label.text.split())))
            seen: list[Cell] = []
            for cell in cells:
                if not any(cell is other for other in seen):  # a cell merged across: once
                    seen.append(cell)
                    out += [_paragraph(line) for line in _lines(cell)]
    if not measured:
        out.insert(0, _indicator_table(block, goals, []))
    return out


def is_area_grid(block: Block) -> bool:
    """``block`` is a plan on one page with its målområden as columns (see the module)."""
    return _parts(block) is not None


def unfold_area_grids(source: Source) -> Source:
    """``source`` with each grid replaced by the tables and lines it stands for (blocks
    numbered again in reading order)."""

    def parts(block: Block) -> list[Block]:
        return _parts(block) or [block]

    return unfold(source, is_area_grid, parts, "målmatris")

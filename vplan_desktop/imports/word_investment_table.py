"""Investment tables: a project per row ("Projektnamn/Projektgruppering", "Projekt", a project
number beside it or before its name) with amounts per year; a "Summa" row, and a group's row
carrying the group's sums, checked, never imported as a project."""

from __future__ import annotations

import re
from typing import Any

from vplan_desktop.imports.word_blocks import Block
from vplan_desktop.imports.word_budget_read import _done, _money, keep_unplaced
from vplan_desktop.imports.word_budget_table import numeric_share, year_columns
from vplan_desktop.imports.word_budget_totals import totals_text
from vplan_desktop.imports.word_build import Builder, TableContext, TableView
from vplan_desktop.imports.word_group_sums import fold_group_sums
from vplan_desktop.imports.word_invest_year import caption_year_roles
from vplan_desktop.imports.word_project_number import numbered_names, split_number
from vplan_desktop.imports.word_result import Became
from vplan_desktop.imports.word_table import check_total, column_kind_year
from vplan_desktop.imports.word_tolkning import role_label, role_year
from vplan_desktop.numbers import item_name
from vplan_desktop.wording import count as count_of

_NUMBER = re.compile(
    r"^(?:proj(?:ekt)?\.?\s*)?(?:nr|nr\.|nummer|id|kod)$|^proj(?:ekt)?-?(?:nr|nummer)\.?$"
)
"""A first column of project numbers ("Projektnr | Projekt | …", shortened "Projnr", "Proj.
nr"): the name is beside it."""


def score(headers: list[str], titles: list[str], block: Block, ctx: TableContext) -> float:
    words = " ".join([*headers, *titles]).lower() + " " + ctx.words()
    found = min(3.0, year_columns(headers) * 1.0) + 2 * numeric_share(block, 1)
    if "invest" in words:
        found += 3
    if headers and "projekt" in headers[0].lower():
        found += 2
    if ctx.part == "investeringar":
        found += 1
    return found


_NAMED = re.compile(r"(?:benämning|namn|projektnamn|investeringens namn|investering)", re.I)
"""A column naming the project ("Benämning", "Investering"): beside it "Projekt" holds numbers."""
_CUMULATIVE = re.compile(
    r"^(?:ack\.?|ackumulerad|ackumulerat|ackumulerade)\b"
    r"|\b(?:t\.?\s?o\.?\s?m\.?|tom|till och med)\s*(?:19|20)\d\d\b",
    re.I,
)
"""A column of what the project has cost so far ("Ack. utfall t.o.m. 2025", "Utfall t.o.m.
2025"): the sum over its earlier years, not the outcome of the year it names; kept as text."""


def roles(headers: list[str], ctx: TableContext) -> list[str]:
    out: list[str] = []
    # "Projekt | Benämning | …": the project's name has a column of its own, so "Projekt"
    # holds its number
    named = next((i for i, h in enumerate(headers) if _NAMED.fullmatch(h.strip(" :"))), None)
    for index, header in enumerate(headers):
        lower = header.lower()
        cumulative = _CUMULATIVE.search(lower.strip())
        found = column_kind_year(header) if index > 0 and not cumulative else None
        if found is not None:
            kind, year = found
            if kind in ("bokslut", "utfall") or (not kind and year < ctx.first_year):
                role = f"utfall:{year}"
            else:
                role = f"budget:{year}"
            if role in out:
                role = "ovrigt"
        elif index == named:
            role = "namn"
        elif (
            (named is not None and "projekt" in lower and "projektnummer" not in out)
            or (any(w in lower for w in ("nummer", "nr", "projektnr", "id")) and index > 0)
            or (_NUMBER.match(lower.strip()) and any("projekt" in h.lower() for h in headers[1:]))
        ):
            role = "projektnummer"
        elif "namn" not in out and (index == 0 or "projekt" in lower):
            role = "namn"
        else:
            role = "ovrigt"
        out.append(role)
    if "namn" not in out and out:
        out[0] = "namn"
    caption_year_roles(headers, ctx, out)  # "Investeringar 2026": "Budget | Utfall"
    return out


def read(view: TableView, b: Builder) -> None:
    years: dict[int, tuple[str, int]] = {}
    for index, role in enumerate(view.roles):
        found = role_year(role)
        if found is not None:
            years[index] = found
    blocks = {part.index: part for part, _ in view.parts}
    groups = fold_group_sums(view.rows, sorted(years), blocks)
    # "91034 Ombyggnad av Storgatan": the number typed before the name, no column of its own
    numbered = "projektnummer" not in view.roles and numbered_names(
        [view.cell(r.cells, "namn") for r in view.rows.rows]
    )
    for row in view.rows.rows:
        name = view.cell(row.cells, "namn")
        number = view.cell(row.cells, "projektnummer")
        if numbered and (split := split_number(name)) is not None:
            number, name = split
        project: dict[str, Any] = {
            "id": b.next_id(),
            "projekt": name,
            "projektnummer": number,
            "belopp": {},
            "utfall": {},
            "att_granska": True,
        }
        for index, (kind, year) in years.items():
            where = f"Beloppet {year} för {item_name(name)}"
            if (value := _money(b, row.cells[index], where)) is not None:
                project["utfall" if kind in ("utfall", "bokslut") else "belopp"][str(year)] = value
        b.investments.append(project)
    names = {i: role_label(view.roles[i]) for i in years}
    warnings = [w for t in view.rows.totals if (w := check_total(t, names, view.rows.rows))]
    if left := keep_unplaced(view, b, years):
        warnings.append(left)
    text = f"Investeringar: {count_of(len(view.rows.rows), 'projekt')}"
    if groups:
        text += f" i {count_of(len(groups), 'projektgrupp')} (" + ", ".join(groups) + ")"
    text += totals_text(view)
    _done(view, b, Became.INVESTERINGAR, text, warnings)

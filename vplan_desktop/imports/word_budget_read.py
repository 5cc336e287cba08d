"""What the budget tables' readers (``word_budget_drift``, ``word_budget_result``,
``word_investment_table``) share: an amount read from a cell, the columns of amounts, the text a
budget has no place for kept in the chapter, and the table's outcome reported."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from vplan_desktop import markdown as md
from vplan_desktop.errors import InputError
from vplan_desktop.imports.word_build import Builder, TableView, column_key
from vplan_desktop.imports.word_result import Became
from vplan_desktop.imports.word_sum_column import is_dash, sums_the_years
from vplan_desktop.imports.word_table import amount
from vplan_desktop.imports.word_tolkning import role_year
from vplan_desktop.numbers import check_amount
from vplan_desktop.wording import clipped


def _money(b: Builder, text: str, where: str) -> Decimal | None:
    value = amount(text)
    if value is None:
        return None
    try:
        return check_amount(value, where)
    except InputError as error:
        b.report(f"{error.message} Cellen lämnades tom.")
        return None


def _years(view: TableView, b: Builder) -> dict[int, str]:
    """The columns of amounts: index → "slag-år"."""
    out = {}
    for index, role in enumerate(view.roles):
        found = role_year(role)
        if found is not None and found[0] in ("bokslut", "budget", "plan", "prognos", "utfall"):
            out[index] = column_key(found[0], found[1])
    return out


def keep_unplaced(view: TableView, b: Builder, amounts: dict[int, Any]) -> str:
    """The text a budget has no place for – a column such as "Förändring" or "Kommentar", a
    word where an amount should stand – kept as a table in the chapter, and said so."""
    columns = [
        i
        for i, role in enumerate(view.roles)
        if (role in ("ovrigt", "kommentar") and not sums_the_years(view, amounts, i))
        or (
            i in amounts
            and any(
                r.cells[i] and not is_dash(r.cells[i]) and amount(r.cells[i]) is None
                for r in view.rows.rows
            )
        )
    ]
    name = view.col("namn")
    rows = [r for r in view.rows.rows if any(r.cells[i] for i in columns)]
    if not columns or not rows:
        return ""
    header = [view.headers[name] if name is not None else "", *(view.headers[i] for i in columns)]
    body = [[view.cell(r.cells, "namn"), *(r.cells[i] for i in columns)] for r in rows]
    chapter = b.target_chapter()
    b.text(
        chapter,
        md.TableBlock(
            header=tuple((md.Run(h),) if h else () for h in header),
            rows=tuple(tuple((md.Run(c),) if c else () for c in row) for row in body),
        ),
    )
    names = ", ".join(f"”{view.headers[i]}”" for i in columns if view.headers[i])
    return (
        f"Det som budgeten inte har plats för ({names or 'kolumner utan rubrik'}) står som "
        f"tabell i kapitlet ”{b.chapters[chapter]['rubrik']}”."
    )


def _done(view: TableView, b: Builder, became: Became, text: str, warnings: list[str]) -> None:
    b.became(view.block.index, became, text, " ".join(warnings))
    for part, _skip in view.parts[1:]:
        b.became(part.index, became, f"Fortsättning: {text}")
    b.report(text + (f" – {clipped(view.context.heading, 60)}" if view.context.heading else ""))
    for warning in warnings:
        b.report(warning)

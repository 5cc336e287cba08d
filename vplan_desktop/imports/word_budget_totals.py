"""A budget table's totals rows ("NETTOKOSTNAD", "Summa", "Total budgetram") checked against its
rows and never imported as a row: a total that disagrees is kept as the column's stated sum and
reported; KF's ram on a totals row read as the plan's ram; a lone net row read as the row."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from vplan_desktop.formatting import format_amount
from vplan_desktop.imports.word_budget_read import _years
from vplan_desktop.imports.word_build import Builder, TableView
from vplan_desktop.imports.word_table import Row, Total, amount, check_total
from vplan_desktop.imports.word_tolkning import role_label

_LETTER = re.compile(r"[^\W\d_]")


RAM = re.compile(r"^(?:kf:s\s+ram|kommunfullmäktiges ram|budgetram|nettoram|ram\b)", re.I)
"""A row giving the ram KF set: the plan's ram per year, not a sum of the rows."""


def _not_a_sum(label: str) -> bool:
    """A row among the totals that is no sum of all rows: the ram, the difference against it,
    a subtotal of one kind ("Summa intäkter")."""
    lower = label.lower()
    return (
        bool(RAM.match(label))
        or lower.startswith("differens")
        or (lower.startswith("summa ") and len(lower.split()) > 1)
    )


def _totals(view: TableView, b: Builder, columns: dict[str, dict[str, Any]]) -> list[str]:
    """Check each totals row; the last one's disagreeing figures are kept as the column's sum."""
    warnings = []
    years = _years(view, b)
    names = {i: role_label(view.roles[i].replace("-", ":")) for i in years}
    checked = [t for t in view.rows.totals if not _not_a_sum(t.label)]
    if checked and columns is b.drift_columns:
        warnings += _frame_only(view, b, checked[-1], years)
        names = {i: n for i, n in names.items() if not _empty_column(view, i)}
    for total in view.rows.totals:
        if RAM.match(total.label) and columns is b.drift_columns:
            for index, key in years.items():
                stated = amount(total.cells[index]) if index < len(total.cells) else None
                slag, year = key.split("-")
                if stated is not None and slag in ("budget", "plan"):
                    b.kf_ram[int(year)] = stated
    for number, total in enumerate(checked):
        warning = check_total(total, names, view.rows.rows)
        if warning:
            warnings.append(warning)
            if number == len(checked) - 1:
                for index, key in years.items():
                    if index not in names:
                        continue  # a column with no rows: the totals row holds KF's ram there
                    stated = amount(total.cells[index]) if index < len(total.cells) else None
                    wrong = check_total(total, {index: names[index]}, view.rows.rows)
                    if wrong and stated is not None and key in columns:
                        columns[key]["angiven_summa"] = stated
    return warnings


def _empty_column(view: TableView, index: int) -> bool:
    return all(amount(r.cells[index]) is None for r in view.rows.rows if index < len(r.cells))


def _frame_only(view: TableView, b: Builder, total: Total, years: dict[int, str]) -> list[str]:
    """Budget and plan years with a figure on the totals row and none on the rows (the ram
    KF gave, before the nämnd has shared it out): the ram of those years, not a wrong sum."""
    found: dict[int, Decimal] = {}
    for index, key in years.items():
        slag, year = key.split("-")
        stated = amount(total.cells[index]) if index < len(total.cells) else None
        if stated is not None and slag in ("budget", "plan") and _empty_column(view, index):
            found[int(year)] = stated
    if not found:
        return []
    for ar, stated in found.items():
        b.kf_ram.setdefault(ar, stated)
    listed = ", ".join(f"{ar}: {format_amount(v)}" for ar, v in sorted(found.items()))
    return [
        f"Summaraden ”{total.label}” har belopp för år utan rader ({listed}): "
        "de lästes som nämndens ram."
    ]


def _lone_total(view: TableView) -> None:
    """A budget table whose one row is its net ("Nettokostnad | 4 860 | 1 240"), with no rows
    above it to sum: that row is the budget's row, not a sum to check."""
    rows = view.rows
    if rows.rows or len(rows.totals) != 1 or _not_a_sum(rows.totals[0].label):
        return
    total = rows.totals.pop()
    lines: list[tuple[str, ...]] = [(c,) if c else () for c in total.cells]
    rows.rows.append(Row(total.block, total.index, list(total.cells), lines))


def _total_name(total: Total) -> str:
    """A totals row as the report names it: its label, and any other words in it (a row the
    figures are checked by is not imported, so nothing else keeps its words)."""
    words = [c for c in dict.fromkeys(total.cells) if c != total.label and _LETTER.search(c)]
    also = f" (med {', '.join(f'”{w}”' for w in words)})" if words else ""
    return f"”{total.label}”{also}"


def totals_text(view: TableView) -> str:
    """ "; summaraderna ”Summa”, ”Totalt” kontrollerades" – never imported as rows."""
    if not view.rows.totals:
        return ""
    names = ", ".join(_total_name(t) for t in view.rows.totals)
    noun = "summaraden" if len(view.rows.totals) == 1 else "summaraderna"
    return f"; {noun} {names} kontrollerades mot raderna"

"""The resultaträkning per kostnadsslag ("Resultaträkning, tkr") read into the plan's cost
kinds: costs written without a minus sign read as negative, the totals checked
(``word_budget_totals``)."""

from __future__ import annotations

from decimal import Decimal

from vplan_desktop.imports.word_account_table import account_note
from vplan_desktop.imports.word_budget_matrix import read_matrix
from vplan_desktop.imports.word_budget_parts import keep_parts, take_parts
from vplan_desktop.imports.word_budget_ram import ram_below_total
from vplan_desktop.imports.word_budget_read import _done, _money, _years, keep_unplaced
from vplan_desktop.imports.word_budget_totals import _totals, totals_text
from vplan_desktop.imports.word_build import Builder, TableView
from vplan_desktop.imports.word_dash_zero import dash_note, dash_zeros
from vplan_desktop.imports.word_result import Became
from vplan_desktop.imports.word_tolkning import role_label
from vplan_desktop.numbers import item_name
from vplan_desktop.wording import count as count_of

COST_ROWS = ("kostnad", "avskrivning", "ränt", "lokal", "köp av", "material", "lön")


def read_result(view: TableView, b: Builder) -> None:
    if read_matrix(view, b, "resultat"):  # kostnadsslag down, verksamheter across
        return
    parts = take_parts(view)
    years = _years(view, b)
    ram_below_total(view)  # "Nettokostnad | Kommunbidrag | Resultat": the ram, no kostnadsslag
    for key in years.values():
        slag, year = key.split("-")
        b.result_columns.setdefault(key, {"slag": slag, "ar": int(year), "anmarkning": ""})
    rows = []
    zeros = 0
    for row in view.rows.rows:
        name = view.cell(row.cells, "namn")
        amounts = {}
        for index, key in years.items():
            where = f"Beloppet för {item_name(name)}, {role_label(view.roles[index])}"
            if (value := _money(b, row.cells[index], where)) is not None:
                amounts[key] = value
        # Excel's accounting format prints 0 as "-", unless the document says "–" is no figure
        for index in dash_zeros(row.cells, years, b.dash_missing):
            amounts[years[index]], zeros = Decimal(0), zeros + 1
        rows.append((name, amounts))
    warnings = [note] if (note := dash_note(zeros)) else []
    negatives = any(v < 0 for _, amounts in rows for v in amounts.values())
    if not negatives:
        flipped = False
        for name, amounts in rows:
            if any(w in name.lower() for w in COST_ROWS) and "intäkt" not in name.lower():
                for key in amounts:
                    amounts[key] = -amounts[key]
                flipped = True
        if flipped:
            warnings.append(
                "Kostnaderna står utan minustecken i tabellen och lästes in som negativa belopp."
            )
    for name, amounts in rows:
        if name:
            b.cost_kinds.append(
                {"id": b.next_id(), "namn": name, "belopp": amounts, "att_granska": True}
            )
    warnings += _totals(view, b, b.result_columns)
    if note := account_note(view.headers, view.roles):
        warnings.append(note)
    if left := keep_unplaced(view, b, years):
        warnings.append(left)
    if kept := keep_parts(view, b, parts):
        warnings.append(kept)
    text = f"Resultaträkning med {count_of(len(rows), 'rad')}" + totals_text(view)
    _done(view, b, Became.RESULTAT, text, warnings)

"""Budget tables: the driftbudget per verksamhet ("DRIFTVERKSAMHET", "Nettobelopp i kkr utan
decimal") and the resultaträkning per kostnadsslag ("Resultaträkning, tkr"), with columns such
as "Bokslut 2025 | Budget 2026 | Budget 2027 | Plan 2028". Totals rows ("NETTOKOSTNAD",
"Summa", "Total budgetram") are checked against the rows and never imported as a row; a total
that disagrees is kept as the column's stated sum and reported. A matrix of kostnadsslag down
and verksamheter across is read by ``word_budget_matrix``."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from vplan_desktop import markdown as md
from vplan_desktop.db.enums import KolumnSlag
from vplan_desktop.errors import InputError
from vplan_desktop.formatting import format_amount
from vplan_desktop.imports.word_account_table import (
    ACCOUNT_SCORE,
    account_note,
    account_roles,
    account_table,
)
from vplan_desktop.imports.word_area_costs import area_cost_table
from vplan_desktop.imports.word_blocks import Block
from vplan_desktop.imports.word_budget_matrix import read_matrix
from vplan_desktop.imports.word_budget_parts import keep_parts, take_parts
from vplan_desktop.imports.word_budget_ram import ram_below_total, ram_total, ram_year
from vplan_desktop.imports.word_budget_split import (
    Split,
    group_lines,
    split_units,
    unit_amounts,
)
from vplan_desktop.imports.word_build import Builder, TableContext, TableView, column_key
from vplan_desktop.imports.word_code_column import code_roles
from vplan_desktop.imports.word_dash_zero import dash_note, dash_zeros
from vplan_desktop.imports.word_indent_rows import fold_indent_sums
from vplan_desktop.imports.word_money_unit import unit_note, units_in
from vplan_desktop.imports.word_net_columns import net_split_columns
from vplan_desktop.imports.word_quantity_rows import quantity_rows
from vplan_desktop.imports.word_result import Became
from vplan_desktop.imports.word_school_year import is_school_year
from vplan_desktop.imports.word_sum_column import is_dash, sums_the_years
from vplan_desktop.imports.word_table import (
    YEAR,
    Row,
    Total,
    amount,
    check_total,
    column_kind_year,
    is_number,
)
from vplan_desktop.imports.word_tolkning import role_label, role_year
from vplan_desktop.imports.word_type_rows import rows_by_type
from vplan_desktop.imports.word_unit_rows import suffixed_units
from vplan_desktop.numbers import check_amount, item_name
from vplan_desktop.wording import clipped
from vplan_desktop.wording import count as count_of

DRIFT_WORDS = (
    "drift",
    "internbudget",
    "nettobelopp",
    "nettokostnad",
    "kkr",
    "tkr",
    "mnkr",
    "budgetram",
    "ram ",
)
RESULT_WORDS = ("resultaträkning", "resultatbudget", "intäkter och kostnader")
_LETTER = re.compile(r"[^\W\d_]")
RESULT_ROWS = ("intäkt", "kostnad", "avskrivning", "ränt", "bidrag", "taxor", "avgifter")
COST_ROWS = ("kostnad", "avskrivning", "ränt", "lokal", "köp av", "material", "lön")


def year_columns(headers: list[str]) -> int:
    """The columns of a year; a school year's ("Läsår 2024/25", "Prognos 2027/28") are none:
    a kommun's budget follows the calendar year, figures per läsår are key figures."""
    return sum(1 for h in headers[1:] if column_kind_year(h) and not is_school_year(h))


def budget_columns(headers: list[str]) -> float:
    """Columns named as a budget's ("Budget 2027", "Bokslut 2025") count whole, a year alone
    a third: a table of figures per year is not a budget by its years alone; a school year
    is never a budget's (see ``year_columns``)."""
    found = [column_kind_year(h) for h in headers[1:] if not is_school_year(h)]
    return sum(1.0 if f[0] else 0.34 for f in found if f)


def numeric_share(block: Block, header_rows: int) -> float:
    cells = [c for r in range(header_rows, len(block.rows)) for c in block.row_texts(r)[1:] if c]
    return sum(1 for c in cells if is_number(c)) / len(cells) if cells else 0.0


def score_drift(headers: list[str], titles: list[str], block: Block, ctx: TableContext) -> float:
    words = " ".join([*headers, *titles]).lower() + " " + ctx.words()
    columns = budget_columns(headers) or kind_columns(headers) or net_split_columns(headers)
    found = min(3.0, columns) + 2 * numeric_share(block, 1)
    found += min(2, sum(1 for w in DRIFT_WORDS if w in words))
    if ctx.part == "budget":
        found += 1
    if any(w in words for w in (*RESULT_WORDS, "invest", "projekt", "nyckeltal")):
        found -= 3
    if any(w in " ".join(headers).lower() for w in ("indikator", "mätetal", "mätmetod")):
        found -= 3  # outcomes per year of what a goal is measured by
    if headers and headers[0].lower().startswith("medlem"):
        found -= 4  # a förbund's members and their contributions: no verksamheter of its own
    if not budget_columns(headers) and _percent_row(block):
        found -= 3  # no budget's columns, and a row of shares ("66 %"): figures, not amounts
    if quantity_rows(block, words):
        found -= 3  # rows counted in km, hektar, "per skoldag": quantities, not money
    if area_cost_table(block, ctx):
        found -= 5  # an area's own lines by cost type: no verksamheter
    elif rows_by_type(headers, block):
        found -= 3  # income and cost kinds: the nämnd's resultaträkning, not verksamheter
    return found


def _percent_row(block: Block) -> bool:
    """A body row whose every figure is a percentage."""
    for r in range(1, len(block.rows)):
        values = [c for c in block.row_texts(r)[1:] if c.strip()]
        if values and all(re.fullmatch(r"[−-]?\s*\d[\d  ,]*\s*%", c.strip()) for c in values):
            return True
    return False


def score_result(headers: list[str], titles: list[str], block: Block, ctx: TableContext) -> float:
    words = " ".join([*headers, *titles]).lower() + " " + ctx.words()
    names = " ".join(block.rows[r][0].text.lower() for r in range(len(block.rows)))
    found = min(3.0, year_columns(headers) * 1.0)
    if any(w in words for w in RESULT_WORDS):
        found += 4
    found += min(2, sum(1 for w in RESULT_ROWS if w in names) * 0.7)
    if account_table(headers, block):
        found += ACCOUNT_SCORE  # "Konto | Benämning | Budget 2027": a budget by kostnadsslag
    if rows_by_type(headers, block) and not area_cost_table(block, ctx):
        found += 3  # "Avgifter … | Personalkostnader | …": by kostnadsslag, whatever the title
    return found


def roles(headers: list[str], ctx: TableContext) -> list[str]:
    out: list[str] = []
    for index, header in enumerate(headers):
        lower = header.lower()
        found = (column_kind_year(header) or ram_year(header, headers)) if index > 0 else None
        role = "ovrigt"
        if found is not None:
            slag, year = found
            if ctx.follow_up and "utfall" in lower:
                slag = KolumnSlag.UTFALL.value  # the year followed up: its outcome
            kind = slag
            if not kind:
                kind = (
                    "bokslut"
                    if year < ctx.first_year
                    else "budget"
                    if year == ctx.first_year
                    else "plan"
                )
            role = f"{kind}:{year}"
            if role in out and _net_over(headers, out.index(role), index):
                out[out.index(role)] = "ovrigt"  # "Budget 2027: Intäkter | Kostnader | Netto"
            elif role in out:
                role = "ovrigt"
        elif index == 0 or ("namn" not in out and not any(ch.isdigit() for ch in lower)):
            role = "namn" if "namn" not in out else "ovrigt"
        elif "kommentar" in lower or lower.strip() == "not":
            role = "kommentar"
        out.append(role)
    account_roles(headers, out)  # "Konto | Benämning | …": the names in the second column
    code_roles(headers, out)  # "Ansvar | Verksamhet | …": the same for other codes
    if not any(":" in role for role in out):
        _one_year(headers, ctx, out)
    else:
        _kind_alone(headers, ctx, out)
    return out


def _kind_alone(headers: list[str], ctx: TableContext, out: list[str]) -> None:
    """Columns named by their kind alone beside the columns of one year ("Budget 2026 | Utfall
    T2 | Prognos | Avvikelse"): that year's outcome so far and forecast."""
    years = {role.split(":")[1] for role in out if ":" in role}
    if len(years) != 1:
        return
    year = years.pop()
    for index, header in enumerate(headers):
        found = _KIND_COLUMN.match(" ".join(header.split())) if index else None
        if found is None or out[index] not in ("ovrigt", "namn"):
            continue
        kind = found.group("kind").lower()
        if kind == "utfall":
            kind = KolumnSlag.UTFALL.value if ctx.follow_up else "bokslut"
        if f"{kind}:{year}" not in out:
            out[index] = f"{kind}:{year}"


def _net_over(headers: list[str], earlier: int, later: int) -> bool:
    """The year's later column is its net amount, the earlier one not ("Budget 2027
    Intäkter" before "Budget 2027 Netto"): the net is the row's amount."""
    net = re.compile(r"\bnetto", re.IGNORECASE)
    return bool(net.search(headers[later])) and not net.search(headers[earlier])


_NET_COLUMN = re.compile(r"^(?:netto|nettokostnad|nettobudget|budget netto|netto,? tkr)\b", re.I)


_MONTH = r"(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-zåäö]*\.?"
_SO_FAR = (
    rf"(?:(?:t\.?\s?o\.?\s?m\.?|till och med|per)\s+)?{_MONTH}(?:\s*[–—-]\s*{_MONTH})?"
    r"|t[123]|tertial\s*[123]|q[1-4]|kvartal\s*[1-4]|delår(?:et)?"
)
"""The part of the year a column's figures cover: "jan–aug", "t.o.m. augusti", "per aug",
"T2", "tertial 2", "delår"."""
_KIND_COLUMN = re.compile(
    rf"^(?P<kind>budget|prognos|utfall|bokslut)(?:\s+(?:helår|helåret|år|{_SO_FAR}))?"
    r"(?:,?\s*\(?(?:tkr|mnkr|kkr)\)?)?$",
    re.I,
)
"""A column named by its kind alone ("Budget | Prognos | Avvikelse"), perhaps with the part of
the year it covers ("Budget helår | Utfall jan–aug"): the caption's year."""


def kind_columns(headers: list[str]) -> int:
    """The columns named by a budget's kind alone, without a year ("Budget helår", "Utfall
    jan–aug", "Prognos"): two or more of them are a follow-up's budget columns."""
    found = sum(1 for h in headers[1:] if _KIND_COLUMN.match(" ".join(h.split())))
    return found if found >= 2 else 0


def _one_year(headers: list[str], ctx: TableContext, out: list[str]) -> None:
    """A budget of one year, the year only in its caption ("Driftbudget 2027, tkr") and its
    columns "Intäkter | Kostnader | Netto": the netto is that year's budget; or columns named
    by their kind alone ("Driftredovisning 2026 (mnkr)": "Budget | Prognos | Avvikelse")."""
    named = YEAR.search(f"{ctx.caption} {ctx.heading}")
    year = int(named.group(1)) if named else ctx.first_year
    net = next((i for i, h in enumerate(headers) if i and _NET_COLUMN.match(h.strip())), None)
    if net is not None:
        out[net] = f"{'budget' if year >= ctx.first_year else 'bokslut'}:{year}"
        return
    for index, header in enumerate(headers):
        found = _KIND_COLUMN.match(" ".join(header.split())) if index else None
        if found is None:
            continue
        kind = found.group("kind").lower()
        if kind == "utfall":
            kind = KolumnSlag.UTFALL.value if ctx.follow_up else "bokslut"
        role = f"{kind}:{year}"
        if role not in out:
            out[index] = role


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


def read_drift(view: TableView, b: Builder) -> None:
    if read_matrix(view, b, "drift"):  # kostnadsslag down, verksamheter across
        return
    _lone_total(view)
    parts = take_parts(view)  # "varav …" under a verksamhet: a part of it, no row
    years = _years(view, b)
    fold_indent_sums(view, list(years))  # rows carrying the sums of rows indented under them
    ram_total(view, list(years))  # "Kommunbidrag" under the verksamheter: their sum
    ram_below_total(view)  # "Nettokostnad | Kommunbidrag | Resultat": the ram, no verksamhet
    for key in years.values():
        slag, year = key.split("-")
        b.drift_columns.setdefault(key, {"slag": slag, "ar": int(year), "anmarkning": ""})
    count = zeros = 0
    seen = {b.unit_name(r["verksamhet_id"]) for r in b.drift_rows}
    split = suffixed_units(view, years) or split_units(view, years)
    headings = group_lines(view)
    for row in view.rows.rows:
        name = view.cell(row.cells, "namn")
        if any(row is heading for heading in headings):
            continue  # "Kultur" over its verksamheter, summed by "Summa kultur"
        if id(row) in split.claimed:
            whole = split.unit_of(row)
            if whole is None or whole is split.total:
                continue  # an intäkter or kostnader row, kept in the chapter below
            name, cells = whole.name, _cells_with(row.cells, unit_amounts(whole, years))
        else:
            cells = row.cells
        if not name:
            continue
        if name in seen and row.group:
            name = f"{row.group} – {name}"
        name = _unique(name, seen)
        seen.add(name)
        amounts = {}
        for index, key in years.items():
            where = f"Beloppet för {item_name(name)}, {role_label(view.roles[index])}"
            if (value := _money(b, cells[index], where)) is not None:
                amounts[key] = value
        for index in dash_zeros(cells, years):  # Excel's accounting format prints 0 as "-"
            amounts[years[index]], zeros = Decimal(0), zeros + 1
        unit = b.unit(name)
        b.drift_rows.append(
            {"id": b.next_id(), "verksamhet_id": unit, "belopp": amounts, "att_granska": True}
        )
        count += 1
    warnings = _totals(view, b, b.drift_columns)
    if note := dash_note(zeros):
        warnings.append(note)
    if note := unit_note(units_in([r.cells[i] for r in view.rows.rows for i in years])):
        warnings.append(note)
    if left := keep_unplaced(view, b, years):
        warnings.append(left)
    if kept := keep_parts(view, b, parts):
        warnings.append(kept)
    if split.units:
        warnings.append(_keep_parts(view, b, split, years))
    if headings:
        names = ", ".join(f"”{view.cell(r.cells, 'namn')}”" for r in headings)
        warnings.append(f"Raderna {names} är rubriker över verksamheterna under dem.")
    if split.total is not None:
        warnings.append(
            f"”{split.total.name}” är summan av de andra verksamheterna och kontrollerades mot "
            "dem; den blev ingen egen rad."
        )
    text = f"Driftbudget med {count_of(count, 'rad')}" + totals_text(view)
    _done(view, b, Became.DRIFT, text, warnings)


def _unique(name: str, seen: set[str]) -> str:
    """``name``, numbered when the table has named a verksamhet so already: a plan holds one
    row per verksamhet."""
    number = 2
    unique = name
    while unique in seen:
        unique, number = f"{name} ({number})", number + 1
    return unique


def _cells_with(cells: list[str], amounts: dict[int, Decimal]) -> list[str]:
    return [format_amount(amounts[i]) if i in amounts else c for i, c in enumerate(cells)]


def _keep_parts(view: TableView, b: Builder, split: Split, years: dict[int, str]) -> str:
    """The intäkter and kostnader under each verksamhet, as a table in the chapter."""
    columns = sorted(years)
    body = []
    for unit in split.units:
        body.append([unit.name, *("" for _ in columns)])
        lines = [p.cells for p in unit.parts] + ([unit.net.cells] if unit.net else [])
        for cells in lines:
            body.append([cells[view.col("namn") or 0], *(cells[i] for i in columns)])
    chapter = b.target_chapter()
    b.text(
        chapter,
        md.TableBlock(
            header=((), *((md.Run(view.headers[i]),) for i in columns)),
            rows=tuple(tuple((md.Run(c),) if c else () for c in row) for row in body),
        ),
    )
    where = b.chapters[chapter]["rubrik"]
    return (
        "Driftbudgetens verksamheter har intäkter och kostnader på egna rader: planen har "
        f"verksamhetens netto, raderna står som tabell i kapitlet ”{where}”."
    )


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
        for index in dash_zeros(row.cells, years):  # Excel's accounting format prints 0 as "-"
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


def _done(view: TableView, b: Builder, became: Became, text: str, warnings: list[str]) -> None:
    b.became(view.block.index, became, text, " ".join(warnings))
    for part, _skip in view.parts[1:]:
        b.became(part.index, became, f"Fortsättning: {text}")
    b.report(text + (f" – {clipped(view.context.heading, 60)}" if view.context.heading else ""))
    for warning in warnings:
        b.report(warning)

"""Budget tables: the driftbudget per verksamhet ("DRIFTVERKSAMHET", "Nettobelopp i kkr utan
decimal") and the resultaträkning per kostnadsslag ("Resultaträkning, tkr"), with columns such
as "Bokslut 2025 | Budget 2026 | Budget 2027 | Plan 2028". Totals rows ("NETTOKOSTNAD",
"Summa", "Total budgetram") are checked against the rows and never imported as a row; a total
that disagrees is kept as the column's stated sum and reported. A matrix of kostnadsslag down
and verksamheter across is read by ``word_budget_matrix``. Here the tables are scored and their
columns given roles; the driftbudget is read by ``word_budget_drift``, the resultaträkning by
``word_budget_result``, the totals checked by ``word_budget_totals``."""

from __future__ import annotations

import re

from vplan_desktop.db.enums import KolumnSlag
from vplan_desktop.imports.word_account_table import ACCOUNT_SCORE, account_roles, account_table
from vplan_desktop.imports.word_area_costs import area_cost_table
from vplan_desktop.imports.word_blocks import Block
from vplan_desktop.imports.word_budget_ram import ram_year
from vplan_desktop.imports.word_build import TableContext
from vplan_desktop.imports.word_code_column import code_roles
from vplan_desktop.imports.word_net_columns import net_split_columns
from vplan_desktop.imports.word_quantity_rows import quantity_rows
from vplan_desktop.imports.word_school_year import is_school_year
from vplan_desktop.imports.word_table import YEAR, column_kind_year, is_number
from vplan_desktop.imports.word_type_rows import rows_by_type

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
RESULT_ROWS = ("intäkt", "kostnad", "avskrivning", "ränt", "bidrag", "taxor", "avgifter")


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

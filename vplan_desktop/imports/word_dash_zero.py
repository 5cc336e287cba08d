"""A dash among a budget row's amounts is a zero. Excel's accounting format prints 0 as "-"
(and a controller's workbook often as "–"), so a driftbudget or resultaträkning pasted from
Excel shows a verksamhet or a kostnadsslag that goes even in a year as "-" beside the amounts
of its other years; a careful reader enters 0 there. A row whose amount cells are all dashes or
empty gives no amounts, and nothing is read as 0 on it. An investment project is different: it
has amounts only in the years it runs, and a dash there is a year without the project (left
blank, not 0). A document that explains its dash as a figure missing ("Fält där uppgift saknas
visas … med ett streck", ``word_dash_legend``) has no dash as 0: its dashes are no amount."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from vplan_desktop.imports.word_sum_column import is_dash
from vplan_desktop.imports.word_table import amount


def dash_zeros(cells: Sequence[str], columns: Iterable[int], missing: bool = False) -> list[int]:
    """The amount columns among ``columns`` whose cell in ``cells`` is a dash, when another of
    them holds an amount; [] when none does, or when the document's dash means ``missing``."""
    wanted = [i for i in columns if i < len(cells)]
    dashes = [i for i in wanted if is_dash(cells[i])]
    if missing or not dashes:
        return []
    if not any(amount(cells[i]) is not None for i in wanted if i not in dashes):
        return []
    return dashes


def dash_note(count: int) -> str:
    """What the report says when ``count`` dashes were read as 0; "" for none."""
    if not count:
        return ""
    what = "Ett streck" if count == 1 else f"{count} streck"
    return (
        f"{what} (”-”) bland beloppen lästes som 0, som Excel skriver en nolla i "
        "redovisningsformat."
    )

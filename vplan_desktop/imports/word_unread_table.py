"""A table the kind guessed for it cannot read: kept in its chapter as it stands, so that
nothing it says is dropped. A header alone has no rows to read; a goal table without a column
naming its indicators has nothing to name them by (a layout's cells of figures read as a goal
table by their "Utfall 2024" labels), and every row of it would be lost."""

from __future__ import annotations

from collections.abc import Sequence

from vplan_desktop.imports.word_table import TableRows
from vplan_desktop.imports.word_tolkning import TableKind

__all__ = ["unreadable"]


def unreadable(kind: TableKind, rows: TableRows, roles: Sequence[str]) -> bool:
    """The rows ``rows`` read as a table of ``kind`` by columns of ``roles`` would give
    nothing: read them as a table of the chapter instead."""
    if not rows.rows and not rows.totals:
        return True  # a header alone
    return kind is TableKind.MAL and "namn" not in roles

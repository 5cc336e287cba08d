"""The column giving an indicator's nuläge, for the words a cell there gives instead of a
figure ("Nytt mått", "Ny indikator"): the "Nuläge" column, or in a plan without one, the
latest outcome before the plan's years ("Indikator | Utfall 2025 | Målvärde 2027"), which the
import reads as the nuläge. The words are kept with the indicator, as they are under a
"Nuläge" header, so that a new measure's note is not lost."""

from __future__ import annotations

from vplan_desktop.imports.word_build import TableView

__all__ = ["baseline_column"]


def baseline_column(view: TableView) -> int | None:
    """The column of ``view`` whose cells give the nuläge; None when there is none."""
    if (column := view.col("nulage")) is not None or view.context.follow_up:
        return column
    outcomes = [
        (int(role.split(":")[1]), index)
        for index, role in enumerate(view.roles)
        if role.startswith("utfall:") and role.split(":")[1].isdigit()
    ]
    before = [(year, index) for year, index in outcomes if year < view.context.first_year]
    return max(before)[1] if before else None

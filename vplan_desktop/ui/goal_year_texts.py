"""The table "Mål per år" in the goal form: a goal's target in words for each plan year
("2027: En modell finns klar"), one row a year; each cell typed is one undoable step."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from vplan_desktop import domain as d
from vplan_desktop.sections import Part
from vplan_desktop.services import goal_tree
from vplan_desktop.ui.context import Edit, PlanContext
from vplan_desktop.ui.i18n import tr
from vplan_desktop.ui.models.table import Column, ColumnTableModel
from vplan_desktop.ui.spreadsheet import SpreadsheetView

SHOWN_ROWS = 5
"""The table is as tall as this many years; more scroll."""


@dataclass(frozen=True, slots=True)
class YearText:
    """One year of a goal: its target in words ("" for none)."""

    ar: int
    text: str

    @property
    def id(self) -> int:
        return self.ar


def year_texts(plan: d.PlanSnapshot, goal: d.Namndsmal | None) -> list[YearText]:
    """The plan's years, and any other year the goal has a text for (none is hidden)."""
    if goal is None:
        return []
    years = set(plan.uppgifter.years) | set(goal.arstexter)
    return [YearText(year, goal.arstexter.get(year, "")) for year in sorted(years)]


class YearTextsModel(ColumnTableModel):
    """The years of one goal: "År" and "Mål"; the text is typed in its cell."""

    parts = (Part.NAMNDSMAL, Part.UPPGIFTER)
    row_parts = (Part.NAMNDSMAL,)

    def __init__(self, context: PlanContext) -> None:
        self.goal_id: int | None = None
        super().__init__(context)

    def set_goal(self, goal_id: int | None) -> None:
        self.goal_id = goal_id
        self.refresh()

    def rows(self) -> Sequence[YearText]:
        plan = self.context.plan
        goal = next((g for g in plan.namndsmal if g.id == self.goal_id), None)
        return year_texts(plan, goal)

    def columns(self) -> list[Column]:
        return [
            Column(tr("År"), lambda row: str(row.ar), accessible=tr("År")),
            Column(
                tr("Mål"),
                lambda row: row.text,
                commit=self._commit,
                tooltip=lambda row: row.text,
                accessible=tr("Målet i ord"),
                field="arstexter",
            ),
        ]

    def _commit(self, row: YearText, value: Any) -> tuple[str, Edit]:
        assert self.goal_id is not None  # rows are shown only for a goal
        return tr("Ändra målet för {year}").format(year=row.ar), partial(
            goal_tree.set_year_text,
            goal_id=self.goal_id,
            ar=row.ar,
            text=str(value or ""),
            seen=row.text,  # the text the cell showed
        )


class YearTextsView(SpreadsheetView):
    """The years one line each; the text column takes the width the year leaves."""

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year_model = YearTextsModel(context)
        self.setObjectName("malPerAr")
        self.setAccessibleName(tr("Mål per år"))
        self.setModel(self.year_model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.year_model.modelReset.connect(self._fit_height)
        self._fit_height()

    def set_goal(self, goal_id: int | None) -> None:
        if goal_id != self.year_model.goal_id:
            self.year_model.set_goal(goal_id)

    def _fit_height(self) -> None:
        """As tall as its years (up to ``SHOWN_ROWS``): no empty band, no scrolling for the
        usual three or four plan years."""
        rows = max(1, min(self.year_model.rowCount(), SHOWN_ROWS))
        height = (
            self.horizontalHeader().sizeHint().height()
            + rows * self.verticalHeader().defaultSectionSize()
            + 2 * self.frameWidth()
        )
        self.setFixedHeight(height)

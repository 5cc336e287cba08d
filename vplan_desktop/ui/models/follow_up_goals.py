"""The goal tree at a follow-up period: the plan's målområden, goals and indicators as in the
plan's Mål section, with the period's columns beside them – a goal's måluppfyllelse and
assessment, an indicator's target for the year, outcome, trend and whether it met the target.

The plan's own column (the names) is read-only here; what is typed goes to the period through
``PlanContext.edit_follow_up`` (allowed on an adopted plan). Every figure is taken from
``follow_up`` (target, trend, target met), never worked out here.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPen, QPixmap

from vplan_desktop import domain as d
from vplan_desktop import follow_up
from vplan_desktop.errors import InputError
from vplan_desktop.follow_up_data import Bedomningsniva, Uppfoljning
from vplan_desktop.formatting import format_date, format_value, parse_date, parse_value
from vplan_desktop.sections import ItemKind
from vplan_desktop.targets import format_target
from vplan_desktop.ui import seen
from vplan_desktop.ui.context import Edit, PlanContext
from vplan_desktop.ui.i18n import QT_TR_NOOP, tr
from vplan_desktop.ui.models.goals import AREA, GOAL, INDICATOR, TREE_PARTS, GoalTreeModel
from vplan_desktop.ui.models.table import (
    CHOICES_ROLE,
    DATE_START_ROLE,
    EDITOR_ROLE,
    RIGHT,
    WARNING_RED,
)
from vplan_desktop.ui.style import tone

Index = QModelIndex | QPersistentModelIndex
NAME, GRADE, ASSESSMENT, TARGET, OUTCOME, TREND, MET, DATE, SOURCE = range(9)
"""The tree's columns: the plan's name, then the period's."""
HEADERS = {
    NAME: QT_TR_NOOP("Mål och indikatorer"),
    GRADE: QT_TR_NOOP("Måluppfyllelse"),
    ASSESSMENT: QT_TR_NOOP("Bedömning"),
    TARGET: QT_TR_NOOP("Målnivå"),
    OUTCOME: QT_TR_NOOP("Utfall"),
    TREND: QT_TR_NOOP("Trend"),
    MET: QT_TR_NOOP("Måluppfyllt?"),
    DATE: QT_TR_NOOP("Datum"),
    SOURCE: QT_TR_NOOP("Källa"),
}
NO_GRADE = QT_TR_NOOP("(ingen bedömning)")
MET_GREEN = tone("uppnatt", "#1b6e20", "#81c784")
PARTS = (*TREE_PARTS, "uppfoljningar", "bedomningsskala")
"""The parts of the snapshot the tree shows: the plan's goals and the periods with the scale."""
EDITABLE = {GOAL: (GRADE,), INDICATOR: (OUTCOME, DATE, SOURCE)}
"""The cells typed into in the tree (a goal's texts are written in the form below it)."""
SHORT_ASSESSMENT = 120
"""How much of an assessment its column shows (the whole text is in the form below)."""


def _unkey(internal_id: int) -> tuple[int, int]:
    """The (kind, id) an index of the tree carries (as ``models.goals`` packs it)."""
    return internal_id >> 32, internal_id & 0xFFFFFFFF


def level_marker(colour: str) -> QIcon:
    """A round marker in a level's colour, drawn with a dark rim so that a light colour
    shows on white too; the level's name is always written beside it."""
    size = 32
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(colour).darker(140), 2.0))
    painter.setBrush(QColor(colour))
    painter.drawEllipse(4, 4, size - 8, size - 8)
    painter.end()
    return QIcon(pixmap)


def short(text: str) -> str:
    """An assessment's first paragraph, cut to ``SHORT_ASSESSMENT`` characters."""
    first = text.strip().split("\n", 1)[0].strip()
    if len(first) > SHORT_ASSESSMENT or "\n" in text.strip():
        first = first[: SHORT_ASSESSMENT - 1].rstrip() + "…"
    return first


def target_text(indicator: d.Indikator, period: Uppfoljning, unit: bool = True) -> str:
    """The indicator's target for the period's year as the plan's Mål section writes it:
    "≥ 95 %", "74 %", "Fyra möten per år"."""
    return format_target(
        follow_up.target(indicator, period),
        indicator.jamforare.get(period.ar),
        indicator.enhet if unit else "",
    )


def trend_text(indicator: d.Indikator, period: Uppfoljning) -> str:
    """ "↗ Förbättring", or "" when there is no trend to tell."""
    found = follow_up.trend(indicator, period)
    return (
        "" if found is None else f"{follow_up.TREND_ARROWS[found]} {follow_up.TREND_LABELS[found]}"
    )


def met_text(indicator: d.Indikator, period: Uppfoljning) -> str:
    met = follow_up.target_met(indicator, period)
    return "" if met is None else (tr("Ja") if met else tr("Nej"))


def outcome_fields(text: Any) -> dict[str, Any]:
    """The field an outcome typed the Swedish way means: a number ("72,5", "72,5 %"), a text
    ("Tre möten"), or nothing."""
    if text is None or isinstance(text, Decimal):
        return {"varde": text}
    return {"varde": parse_value(str(text))}


def date_fields(text: Any) -> dict[str, Any]:
    """The field a typed outcome date means ("2027-04-30", "30/4 2027"), or nothing."""
    if text is None or isinstance(text, dt.date):
        return {"datum": text}
    return {"datum": parse_date(str(text))}


class FollowUpGoalTreeModel(GoalTreeModel):
    """The plan's goal tree with the shown period's columns (``PlanContext.period``)."""

    def __init__(self, context: PlanContext) -> None:
        self._markers: dict[str, QIcon] = {}
        super().__init__(context)
        context.period_changed.connect(self._period_changed)

    # --- keeping up with the plan and the period ------------------------------------------

    def refresh(self, change: object = None) -> None:
        """Show the context's latest snapshot: the items that are the same are repainted,
        a tree that changed shape is built again."""
        plan, old = self.context.plan, self._plan
        if plan is old:
            return
        self._plan = plan
        if all(getattr(plan, part) is getattr(old, part) for part in PARTS):
            return  # the change was elsewhere in the plan
        tree = type(self.tree).of(plan)
        if tree.children != self.tree.children:
            self.beginResetModel()
            self.tree = tree
            self.endResetModel()
            return
        self.tree = tree
        self._repaint()

    def _period_changed(self, _period_id: object) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)
        self._repaint()

    def _repaint(self) -> None:
        """Every cell may show something else (another period, another level's name)."""
        for holder, keys in self.tree.children.items():
            if not keys:
                continue
            parent = QModelIndex() if holder is None else self.find(*holder)
            if holder is not None and not parent.isValid():
                continue
            self.dataChanged.emit(
                self.index(0, 0, parent), self.index(len(keys) - 1, len(HEADERS) - 1, parent)
            )

    # --- structure -------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        first = super().index(row, 0, parent)
        if not first.isValid() or not 0 <= column < len(HEADERS):
            return QModelIndex()
        return first if column == 0 else self.createIndex(row, column, first.internalId())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal or section not in HEADERS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            period = self.context.period
            if section == TARGET and period is not None:
                return tr("Målnivå {year}").format(year=period.ar)
            return tr(HEADERS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (TARGET, OUTCOME):
            return int(RIGHT)
        return None

    # --- what a cell shows ---------------------------------------------------------------

    def key_of(self, index: Index) -> tuple[int, int] | None:
        """The (kind, id) of the item an index is on, in any column."""
        return self._item(index) if index.isValid() else None

    def level_of(self, goal_id: int) -> Bedomningsniva | None:
        period = self.context.period
        if period is None:
            return None
        return self.context.plan.bedomningsniva(period.goal(goal_id).bedomningsniva_id)

    def marker(self, level: Bedomningsniva) -> QIcon:
        if level.farg not in self._markers:
            self._markers[level.farg] = level_marker(level.farg)
        return self._markers[level.farg]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = index.column()
        if column == NAME:
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return super().data(index, Qt.ItemDataRole.DisplayRole)
            return super().data(index, role)
        kind, item_id = _unkey(index.internalId())
        period = self.context.period
        if period is None:
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            shown = self.data(index, Qt.ItemDataRole.DisplayRole) or ""
            return f"{self.headerData(column, Qt.Orientation.Horizontal)}: {shown}"
        if kind == GOAL and item_id in self.tree.goal:
            return self._goal_data(item_id, period, column, role)
        if kind == INDICATOR and item_id in self.tree.indicator:
            return self._indicator_data(self.tree.indicator[item_id], period, column, role)
        return None

    def _goal_data(self, goal_id: int, period: Uppfoljning, column: int, role: int) -> Any:
        held = period.goal(goal_id)
        if column == GRADE:
            level = self.level_of(goal_id)
            if role == Qt.ItemDataRole.DisplayRole:
                return "" if level is None else level.namn
            if role == Qt.ItemDataRole.EditRole:
                return None if level is None else level.id
            if role == Qt.ItemDataRole.DecorationRole:
                return None if level is None else self.marker(level)
            if role == Qt.ItemDataRole.ToolTipRole:
                return tr("Målet saknar bedömning.") if level is None else level.namn
            if role == EDITOR_ROLE:
                return "choice"
            if role == CHOICES_ROLE:
                return self.grade_choices()
        elif column == ASSESSMENT:
            if role == Qt.ItemDataRole.DisplayRole:
                return short(held.bedomning)
            if role == Qt.ItemDataRole.ToolTipRole:
                return held.bedomning or None
        return None

    def _indicator_data(
        self, indicator: d.Indikator, period: Uppfoljning, column: int, role: int
    ) -> Any:
        given = period.outcome(indicator.id)
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                TARGET: lambda: target_text(indicator, period),
                OUTCOME: lambda: format_value(given.varde, indicator.enhet),
                TREND: lambda: trend_text(indicator, period),
                MET: lambda: met_text(indicator, period),
                DATE: lambda: format_date(given.datum),
                SOURCE: lambda: given.kalla,
            }.get(column, lambda: None)()
        if role == Qt.ItemDataRole.EditRole:
            if column == OUTCOME:
                return format_value(given.varde)
            return self._indicator_data(indicator, period, column, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (TARGET, OUTCOME):
            return int(RIGHT)
        if role == Qt.ItemDataRole.ForegroundRole and column == MET:
            met = follow_up.target_met(indicator, period)
            return None if met is None else QBrush(MET_GREEN if met else WARNING_RED)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == OUTCOME and given.kommentar:
                return given.kommentar
            if column == TREND:
                years = follow_up.history(indicator, period)
                return "  ".join(
                    f"{y}: {format_value(v, indicator.enhet)}" for y, v in years.items()
                )
            if column == MET and follow_up.target_met(indicator, period) is None:
                return tr("Utfall och målnivå behöver båda vara tal för att jämföras.")
            return None
        if role == EDITOR_ROLE:
            return "date" if column == DATE else "text"
        if role == DATE_START_ROLE and column == DATE:
            return period.slutdatum or dt.date(period.ar, 1, 1)
        return None

    def grade_choices(self) -> list[tuple[str, Any]]:
        """The kommun's scale of måluppfyllelse, and none."""
        return [(tr(NO_GRADE), None)] + [
            (level.namn, level.id) for level in self.context.plan.bedomningsskala
        ]

    # --- edits ---------------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        kind = _unkey(index.internalId())[0]
        if (
            index.column() in EDITABLE.get(kind, ())
            and self.context.period is not None
            and not self.context.follow_up_read_only
            and self.context.permissions.can_edit_plan  # not a redaktör of some verksamheter
        ):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def prepare(self, index: Index, value: Any) -> tuple[str, Edit] | None:
        """The undo text and edit that ``value`` typed into a cell means; raises InputError."""
        if not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return None
        kind, item_id = _unkey(index.internalId())
        column = index.column()
        if kind == GOAL:
            if isinstance(value, str):  # a level typed or pasted by its name
                value = self._level_named(value)
            return self.goal_edit(tr("Ändra måluppfyllelse"), item_id, {"bedomningsniva_id": value})
        fields = {
            OUTCOME: outcome_fields,
            DATE: date_fields,
            SOURCE: lambda v: {"kalla": str(v or "")},
        }[column](value)
        text = {
            OUTCOME: QT_TR_NOOP("Ändra utfall"),
            DATE: QT_TR_NOOP("Ändra datum för utfall"),
            SOURCE: QT_TR_NOOP("Ändra källa"),
        }
        return self.indicator_edit(tr(text[column]), item_id, fields)

    def _level_named(self, text: str) -> int | None:
        folded = text.strip().casefold()
        if not folded or folded in (NO_GRADE.casefold(), tr(NO_GRADE).casefold()):
            return None
        for level in self.context.plan.bedomningsskala:
            if level.namn.casefold() == folded:
                return level.id
        names = ", ".join(level.namn for level in self.context.plan.bedomningsskala)
        raise InputError(
            tr("”{text}” finns inte i skalan för måluppfyllelse ({names}).").format(
                text=text.strip(), names=names
            )
        )

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        try:
            prepared = self.prepare(index, value)
        except InputError as error:
            self.context.failed.emit(error.message)
            return False
        if prepared is None:
            return False
        return self.context.edit_follow_up(*prepared) is not None

    def _edit(
        self,
        kind: ItemKind,
        text: str,
        item_id: int,
        fields: dict[str, Any],
        period_id: int | None = None,
    ) -> tuple[str, Edit]:
        if period_id is None:
            period = self.context.period
            if period is None:  # the window went back to the plan while a cell was open
                raise InputError(tr("Välj en uppföljning först; planen själv har inga utfall."))
            period_id = period.id
        return text, seen.set_follow_up(self.context.plan, kind, period_id, item_id, fields)

    def goal_edit(
        self, text: str, goal_id: int, fields: dict[str, Any], period_id: int | None = None
    ) -> tuple[str, Edit]:
        """The undo text and edit writing a goal's assessment fields at a period (the shown
        one unless named)."""
        return self._edit(ItemKind.UPPFOLJNING_MAL, text, goal_id, fields, period_id)

    def indicator_edit(
        self, text: str, indicator_id: int, fields: dict[str, Any], period_id: int | None = None
    ) -> tuple[str, Edit]:
        """The undo text and edit writing an indicator's outcome fields at a period (the shown
        one unless named)."""
        return self._edit(ItemKind.UPPFOLJNING_INDIKATOR, text, indicator_id, fields, period_id)


__all__ = ["AREA", "GOAL", "INDICATOR", "FollowUpGoalTreeModel"]

"""Mål och indikatorer: the goal tree on the left, the selected item's details on the right;
for a nämndsmål, its indicators with nuläge and a target per plan year."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QInputDialog,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from vplan_desktop.sections import SECTIONS, ItemKind, Part, Section
from vplan_desktop.services import items
from vplan_desktop.ui.change_place import Place
from vplan_desktop.ui.context import PlanContext
from vplan_desktop.ui.delegates import PlanDelegate
from vplan_desktop.ui.editors.base import (
    SectionEditor,
    button_row,
    flash,
    select_row,
    tool_button,
)
from vplan_desktop.ui.indicator_years import IndicatorYearsPanel
from vplan_desktop.ui.models.goals import (
    AREA,
    GOAL,
    INDICATOR,
    KIND_NAMES,
    KIND_ROLE,
    GoalTreeModel,
    IndicatorTableModel,
)
from vplan_desktop.ui.models.table import ROW_ID_ROLE
from vplan_desktop.ui.removal import may_remove, removal_question
from vplan_desktop.ui.spreadsheet import SpreadsheetView
from vplan_desktop.ui.table_layout import AdaptiveSplitter, ElidedToolTips
from vplan_desktop.validation import Finding

WIDE = 1300
"""The editor's width (px) from which the details stand beside the goal tree."""


class GoalsEditor(SectionEditor):
    title = SECTIONS[Section.MAL].title
    parts = (Part.MALOMRADEN, Part.NAMNDSMAL, Part.INDIKATORER, Part.UPPGIFTER)
    help_text = (
        "KF:s målområden, nämndens mål under dem och indikatorerna som mäter målen. "
        "Skriv nuläge och målnivåer som tal (”67 %”, ”1 307”) eller som text."
    )

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        # Side by side on a wide screen; on a laptop the details go below the tree, so the
        # indicators' target years have the whole width.
        splitter = AdaptiveSplitter(WIDE)
        splitter.setObjectName("malSplitter")
        self.splitter = splitter

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.tree_model = GoalTreeModel(context)
        self.tree = QTreeView()
        self.tree.setModel(self.tree_model)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName("Målträd")
        self.tree.setWordWrap(True)
        self.tree_tooltips = ElidedToolTips(self.tree)
        self.tree.expandAll()
        self.tree_model.modelReset.connect(self.tree.expandAll)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        left_layout.addWidget(self.tree, 1)
        self.add_area = tool_button("Nytt målområde…")
        self.add_goal = tool_button("Nytt nämndsmål…")
        self.up = tool_button("Upp", "Flytta upp")
        self.down = tool_button("Ner", "Flytta ner")
        self.remove = tool_button("Ta bort", "Ta bort det markerade med allt under det")
        self.add_area.clicked.connect(self.new_area)
        self.add_goal.clicked.connect(self.new_goal)
        self.up.clicked.connect(partial(self.move_by, -1))
        self.down.clicked.connect(partial(self.move_by, 1))
        self.remove.clicked.connect(self.remove_current)
        left_layout.addLayout(button_row(self.add_area, self.add_goal))
        left_layout.addLayout(button_row(self.up, self.down, self.remove))
        splitter.addWidget(left)

        self.details = QStackedWidget()
        self.details.addWidget(QWidget())  # nothing selected
        self.details.addWidget(self._area_page())
        self.details.addWidget(self._goal_page())
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([380, 620])
        self.outer.addWidget(splitter, 1)
        self.add_empty_hint(
            self.tree,
            "<b>Inga mål ännu.</b><br>Börja med ett målområde från KF: "
            "<i>Nytt målområde…</i> nedan. Sedan nämndens mål under det med "
            "<i>Nytt nämndsmål…</i>, och indikatorerna till höger.",
            lambda: not self.context.plan.malomraden,
        )
        first_area = self.tree_model.index(0, 0)
        first_goal = self.tree_model.index(0, 0, first_area)
        if first_goal.isValid() or first_area.isValid():
            self.tree.setCurrentIndex(first_goal if first_goal.isValid() else first_area)

    # --- pages ---------------------------------------------------------------------------

    def _area_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.area_code = QLineEdit()
        self.area_code.setAccessibleName("Målområdets kod")
        self.area_name = QLineEdit()
        self.area_name.setAccessibleName("Målområdets namn")
        self.area_text = QPlainTextEdit()
        self.area_text.setAccessibleName("KF:s text")
        self.area_text.setTabChangesFocus(True)
        form.addRow("&Kod:", self.area_code)
        form.addRow("&Namn:", self.area_name)
        form.addRow("KF:s &text:", self.area_text)
        self.area_code.editingFinished.connect(self._save_area)
        self.area_name.editingFinished.connect(self._save_area)
        for field in (self.area_code, self.area_name, self.area_text):
            field.installEventFilter(self)
        return page

    def _goal_page(self) -> QWidget:
        top = QWidget()
        layout = QVBoxLayout(top)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.goal_area = QComboBox()
        self.goal_area.setAccessibleName("Målområde")
        self.goal_area.activated.connect(self._save_goal_area)
        self.goal_text = QLineEdit()
        self.goal_text.setAccessibleName("Nämndsmål")
        self.goal_text.editingFinished.connect(self._save_goal_text)
        self.goal_text.installEventFilter(self)
        form.addRow("&Målområde:", self.goal_area)
        form.addRow("Nämnds&mål:", self.goal_text)
        layout.addLayout(form)
        self.indicator_model = IndicatorTableModel(self.context)
        self.indicators = SpreadsheetView()
        self.indicators.setObjectName("indikatorer")
        self.indicators.setAccessibleName("Indikatorer")
        self.indicators.setModel(self.indicator_model)
        self.indicators.setItemDelegate(PlanDelegate(self.indicators))
        self.indicator_model.modelReset.connect(self._text_columns)
        self.indicators.share_width(self._text_columns())
        layout.addWidget(self.indicators, 1)
        self.add_indicator = tool_button("Ny indikator…")
        self.remove_indicator = tool_button("Ta bort indikator")
        self.add_indicator.clicked.connect(self.new_indicator)
        self.remove_indicator.clicked.connect(self.delete_indicator)
        layout.addLayout(button_row(self.add_indicator, self.remove_indicator))
        # The selected indicator's values per year (history, outcomes, long-range goals),
        # below the indicators; the user may give either more of the height.
        page = QSplitter(Qt.Orientation.Vertical)
        page.setObjectName("indikatorSplitter")
        page.setChildrenCollapsible(False)
        self.years_panel = IndicatorYearsPanel(self.context)
        page.addWidget(top)
        page.addWidget(self.years_panel)
        page.setStretchFactor(0, 3)
        page.setStretchFactor(1, 2)
        self.indicators.selectionModel().currentRowChanged.connect(self._show_years)
        self.indicator_model.modelReset.connect(self._show_years)
        return page

    def _text_columns(self) -> dict[int, int]:
        """The indicator table's wrapping columns (the name and the source); the years,
        nuläge and choices keep their width. Their place moves with the plan's years."""
        columns = {0: 160, self.indicator_model.column_for("kalla"): 120}
        if self.indicators.fitter is not None:
            self.indicators.fitter.text_columns = columns
        return columns

    # --- selection -----------------------------------------------------------------------

    def current(self) -> tuple[int | None, int | None]:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None, None
        return index.data(KIND_ROLE), index.data(ROW_ID_ROLE)

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self._show_details()

    def _goal_in_view(self) -> int | None:
        kind, item_id = self.current()
        if kind == GOAL:
            return item_id
        if kind == INDICATOR and item_id is not None:
            return self.tree_model.tree.indicator[item_id].namndsmal_id
        return None

    def _show_details(self) -> None:
        kind, item_id = self.current()
        tree = self.tree_model.tree
        if kind == AREA and item_id in tree.area:
            area = tree.area[item_id]
            self.area_code.setText(area.kod)
            self.area_name.setText(area.namn)
            if self.area_text.toPlainText() != area.kf_text:
                self.area_text.setPlainText(area.kf_text)
            self.details.setCurrentIndex(1)
        elif (goal_id := self._goal_in_view()) is not None and goal_id in tree.goal:
            goal = tree.goal[goal_id]
            self.goal_area.clear()
            for area in self.context.plan.malomraden:
                self.goal_area.addItem(area.rubrik, area.id)
            self.goal_area.addItem("(inget målområde)", None)
            self.goal_area.setCurrentIndex(self.goal_area.findData(goal.malomrade_id))
            if self.goal_text.text() != goal.text:
                self.goal_text.setText(goal.text)
            if self.indicator_model.goal_id != goal_id:
                self.indicator_model.set_goal(goal_id)
            if kind == INDICATOR and item_id is not None:
                self._current_indicator_row(item_id)
            self._show_years()
            self.details.setCurrentIndex(2)
        else:
            self.details.setCurrentIndex(0)

    def _current_indicator_row(self, indicator_id: int) -> None:
        """Make the indicator's row current in the table (the focus stays in the tree)."""
        model = self.indicator_model
        for row in range(model.rowCount()):
            if model.row_at(row).id == indicator_id:
                if self.indicators.currentIndex().row() != row:
                    column = max(self.indicators.currentIndex().column(), 0)
                    self.indicators.setCurrentIndex(model.index(row, column))
                return

    def _show_years(self, *_: object) -> None:
        """The years panel shows the indicator current in the table (else the goal's first)."""
        model = self.indicator_model
        row = self.indicators.currentIndex().row()
        if not 0 <= row < model.rowCount():
            row = 0
        self.years_panel.set_indicator(model.row_at(row).id if model.rowCount() else None)

    def on_changed(self, change: object) -> None:
        # This editor hears of the change before its tree model does: without bringing the
        # tree up to date first, the fields would be filled from the snapshot before the edit
        # and show the old text.
        self.tree_model.refresh()
        self._show_details()

    def flush(self) -> None:
        """Save what is typed in the open form (before undo, closing or leaving the plan)."""
        page = self.details.currentIndex()
        if page == 1:
            self._save_area()
        elif page == 2:
            self._save_goal_text()
            self.years_panel.flush()

    def show_item(self, item_id: object) -> None:
        if isinstance(item_id, tuple):
            index = self.tree_model.find(*item_id)
            if index.isValid():
                self.tree.setCurrentIndex(index)

    def focus_finding(self, finding: Finding) -> None:
        if finding.kind == ItemKind.INDIKATOR and finding.item_id is not None:
            self.select(INDICATOR, finding.item_id)
            self.indicators.select_item(finding.item_id, finding.field)
        elif finding.kind == ItemKind.NAMNDSMAL and finding.item_id is not None:
            self.select(GOAL, finding.item_id)
            if finding.field == "malomrade_id":
                self.goal_area.setFocus()
                flash(self.goal_area)
            else:
                self.tree.setFocus()
        else:
            self.tree.setFocus()

    def show_change(self, place: Place) -> bool:
        kind = {name: number for number, name in KIND_NAMES.items()}.get(place.kind)
        if kind is None or place.item_id is None:
            return False
        if not self.tree_model.find(kind, place.item_id).isValid():
            return False  # removed by the change
        self.select(kind, place.item_id)
        if kind == INDICATOR:
            return select_row(self.indicators, place.item_id)
        self.tree.setFocus()
        return True

    def select(self, kind: int, item_id: int) -> None:
        index = self.tree_model.find(kind, item_id)
        if index.isValid():
            self.tree.expand(index.parent())
            self.tree.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    # --- edits ---------------------------------------------------------------------------

    def eventFilter(self, watched: object, event: object) -> bool:
        if watched is self.area_text and event.type() == QEvent.Type.FocusOut:  # type: ignore[attr-defined]
            self._save_area()
        # Ctrl+Z / Ctrl+Y in a field reach the plan's undo, as in the chapter text: the field's
        # own undo would put its old text back on screen while the plan kept the saved one.
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.ShortcutOverride:
            undo, redo = QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo
            return event.matches(undo) or event.matches(redo)
        return False

    def _save_area(self) -> None:
        """Save the målområde's form: every field that differs from the plan, as one step.

        (All of them, not only the one left: refreshing the form after one field is saved
        puts the plan's text back into the others.)
        """
        kind, item_id = self.current()
        if kind != AREA or item_id is None:
            return
        area = self.tree_model.tree.area[item_id]
        typed = {
            "kod": self.area_code.text(),
            "namn": self.area_name.text(),
            "kf_text": self.area_text.toPlainText(),
        }
        fields = {name: value for name, value in typed.items() if value != getattr(area, name)}
        if fields:
            self.context.edit(
                "Ändra målområde",
                partial(
                    items.update_item, kind_name=ItemKind.MALOMRADE, item_id=item_id, fields=fields
                ),
            )

    def _save_goal_text(self) -> None:
        goal_id = self._goal_in_view()
        if goal_id is not None and self.goal_text.text() != self.tree_model.tree.goal[goal_id].text:
            self.context.edit(
                "Ändra nämndsmål",
                partial(
                    items.update_item,
                    kind_name=ItemKind.NAMNDSMAL,
                    item_id=goal_id,
                    fields={"text": self.goal_text.text()},
                ),
            )

    def _save_goal_area(self) -> None:
        goal_id = self._goal_in_view()
        area_id = self.goal_area.currentData()
        if goal_id is not None and area_id != self.tree_model.tree.goal[goal_id].malomrade_id:
            self.context.edit(
                "Flytta nämndsmål",
                partial(
                    items.update_item,
                    kind_name=ItemKind.NAMNDSMAL,
                    item_id=goal_id,
                    fields={"malomrade_id": area_id},
                ),
            )
            self.select(GOAL, goal_id)

    def _ask(self, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, label)
        return text.strip() if ok and text.strip() else None

    def new_area(self) -> None:
        name = self._ask("Nytt målområde", "Målområdets namn:")
        if name:
            change = self.context.edit(
                "Nytt målområde",
                partial(items.add_item, kind_name=ItemKind.MALOMRADE, fields={"namn": name}),
            )
            if change and change.item_id:
                self.select(AREA, change.item_id)

    def new_goal(self) -> None:
        kind, item_id = self.current()
        area_id = item_id if kind == AREA else None
        goal_id = self._goal_in_view()
        if goal_id is not None:
            area_id = self.tree_model.tree.goal[goal_id].malomrade_id
        text = self._ask("Nytt nämndsmål", "Nämndsmålet:")
        if text:
            change = self.context.edit(
                "Nytt nämndsmål",
                partial(
                    items.add_item,
                    kind_name=ItemKind.NAMNDSMAL,
                    fields={"text": text, "malomrade_id": area_id},
                ),
            )
            if change and change.item_id:
                self.select(GOAL, change.item_id)

    def new_indicator(self) -> None:
        goal_id = self._goal_in_view()
        name = self._ask("Ny indikator", "Indikatorns namn:") if goal_id else None
        if name:
            change = self.context.edit(
                "Ny indikator",
                partial(
                    items.add_item,
                    kind_name=ItemKind.INDIKATOR,
                    fields={"namndsmal_id": goal_id, "namn": name},
                ),
            )
            if change and change.item_id:
                self.select(INDICATOR, change.item_id)

    def delete_indicator(self) -> None:
        index = self.indicators.currentIndex()
        indicator = index.data(ROW_ID_ROLE) if index.isValid() else None
        if indicator is None:
            kind, item_id = self.current()
            indicator = item_id if kind == INDICATOR else None
        if isinstance(indicator, int) and may_remove(
            self, removal_question(self.context.plan, ItemKind.INDIKATOR, indicator)
        ):
            self.context.edit(
                "Ta bort indikator",
                partial(items.delete_items, items=[(ItemKind.INDIKATOR, indicator)]),
            )

    def move_by(self, step: int) -> None:
        kind, item_id = self.current()
        if kind not in KIND_NAMES or item_id is None:
            return
        index = self.tree.currentIndex()
        # (The areas' siblings leave out "Utan målområde", which always comes last.)
        siblings = self.tree_model.tree.area if kind == AREA else None
        count = len(siblings) if siblings is not None else self.tree_model.rowCount(index.parent())
        if not 0 <= index.row() + step < count:
            return  # already first or last: no step on the undo stack that undoes nothing
        self.context.edit(
            "Flytta",
            partial(
                items.move_item,
                kind_name=KIND_NAMES[kind],
                item_id=item_id,
                index=index.row() + step,
            ),
        )
        self.select(kind, item_id)

    def remove_current(self) -> None:
        self.flush()
        kind, item_id = self.current()
        if kind in KIND_NAMES and item_id is not None:
            question = removal_question(self.context.plan, KIND_NAMES[kind], item_id)
            if not may_remove(self, question):
                return
            self.context.edit(
                "Ta bort", partial(items.delete_items, items=[(KIND_NAMES[kind], item_id)])
            )

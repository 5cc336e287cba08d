"""Mål och indikatorer: the goal tree on the left, the selected item's details on the right;
for a goal, its form and its indicators with nuläge and a target per plan year."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from vplan_desktop.sections import SECTIONS, ItemKind, Part, Section
from vplan_desktop.ui import seen
from vplan_desktop.ui.change_place import Place
from vplan_desktop.ui.context import PlanContext
from vplan_desktop.ui.delegates import PlanDelegate
from vplan_desktop.ui.editors import goal_creation
from vplan_desktop.ui.editors.base import (
    SectionEditor,
    button_row,
    flash,
    select_row,
    tool_button,
)
from vplan_desktop.ui.empty_hint import EmptyHint
from vplan_desktop.ui.flow_layout import FlowLayout
from vplan_desktop.ui.goal_form import GoalForm
from vplan_desktop.ui.goal_levels import GoalLevelsDialog
from vplan_desktop.ui.i18n import QT_TR_NOOP, tr
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
FORM_TAB, INDICATOR_TAB = 0, 1
"""The tabs of a goal's details: its form, and its indicators."""


class GoalsEditor(SectionEditor):
    title = SECTIONS[Section.MAL].title
    parts = (Part.MALOMRADEN, Part.NAMNDSMAL, Part.INDIKATORER, Part.UPPGIFTER)
    help_text = QT_TR_NOOP(
        "Målområden, målen under dem (KF:s mål, nämndsmål, förvaltningens mål, uppdrag) och "
        "indikatorerna som mäter målen. Skriv nuläge och målnivåer som tal (”67\u00a0%”, "
        "”≥\u00a095\u00a0%”) eller som text."
    )

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        # Side by side on a wide screen; on a laptop the details go below the tree, so the
        # indicators' target years have the whole width.
        splitter = AdaptiveSplitter(WIDE)
        splitter.setObjectName("malSplitter")
        self.splitter = splitter
        self._kept: tuple[int | None, int | None] = (None, None)
        self._shown_goal: int | None = None
        self.actions_of: dict[QPushButton, QAction] = {}
        """The context menu's action of each button under the tree."""

        splitter.addWidget(self._tree_pane())
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
            tr(
                "<b>Inga mål ännu.</b><br>Börja med ett målområde: <i>Nytt målområde…</i> uppe "
                "till höger. Sedan målen i det med <i>Nytt mål…</i> och <i>Nytt delmål…</i>, och "
                "indikatorerna med <i>Ny indikator…</i>."
            ),
            lambda: not self.context.plan.malomraden and not self.context.plan.namndsmal,
        )
        self.tree.setCurrentIndex(self._first_item())
        self._update_actions()

    # --- the tree and its actions --------------------------------------------------------

    def _tree_pane(self) -> QWidget:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.tree_model = GoalTreeModel(self.context)
        self.tree = QTreeView()
        self.tree.setModel(self.tree_model)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(tr("Målträd"))
        self.tree.setWordWrap(True)
        self.tree_tooltips = ElidedToolTips(self.tree)
        self.tree.expandAll()
        # A reset (an item added, moved or removed) keeps the item the user had selected.
        self.tree_model.modelAboutToBeReset.connect(self._remember_current)
        self.tree_model.modelReset.connect(self._after_reset)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        left_layout.addWidget(self.tree, 1)

        self.add_area = tool_button(tr("Nytt målområde…"), icon="plus")
        self.add_goal = self._tree_action(
            tr("Nytt mål…"),
            tr("Ett mål överst i det markerade målområdet"),
            "Ctrl+Shift+M",
            self.new_goal,
            icon="plus",
        )
        self.add_sub_goal = self._tree_action(
            tr("Nytt delmål…"),
            tr("Ett mål under det markerade målet"),
            "Ctrl+Shift+D",
            self.new_sub_goal,
            icon="plus",
        )
        self.add_indicator = self._tree_action(
            tr("Ny indikator…"),
            tr("En indikator som mäter det markerade målet"),
            "Ctrl+Shift+I",
            self.new_indicator,
            icon="plus",
        )
        self._menu_separator()
        self.up = self._tree_action(
            tr("Upp"), tr("Flytta upp"), "", partial(self.move_by, -1), tr("Flytta upp"), "arrow-up"
        )
        self.down = self._tree_action(
            tr("Ner"),
            tr("Flytta ner"),
            "",
            partial(self.move_by, 1),
            tr("Flytta ner"),
            "arrow-down",
        )
        self._menu_separator()
        self.remove = self._tree_action(
            tr("Ta bort"),
            tr("Ta bort det markerade med allt under det"),
            "Del",
            self.remove_current,
            icon="trash",
        )
        self.levels_button = tool_button(
            tr("Målnivåernas namn…"),
            tr("Vad planen kallar målnivåerna (t.ex. ”Inriktningsmål”)"),
            icon="pencil",
        )
        self.add_area.clicked.connect(self.new_area)
        self.levels_button.clicked.connect(self.edit_level_names)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        # The tree's buttons wrap onto more lines rather than widen the tree's pane, which
        # would narrow the indicator table beside it.
        buttons = FlowLayout()
        self.add_header_actions(self.add_area, self.add_goal)
        for button in (self.add_sub_goal, self.add_indicator):
            buttons.addWidget(button)
        left_layout.addLayout(buttons)
        moves = FlowLayout()
        for button in (self.up, self.down, self.remove, self.levels_button):
            moves.addWidget(button)
        left_layout.addLayout(moves)
        return left

    def _tree_action(
        self,
        text: str,
        tip: str,
        keys: str,
        slot: Callable[[], object],
        menu: str = "",
        icon: str = "",
    ) -> QPushButton:
        """A button under the tree (with the line icon ``icon``), and the same action in the
        tree's context menu (named ``menu``, else as the button), with a shortcut that works
        while the tree has the keyboard."""
        tooltip = f"{tip} ({keys.replace('Shift', 'Skift')})" if keys else tip
        button = tool_button(text, tooltip, icon)
        button.clicked.connect(slot)
        action = QAction(menu or text, self.tree)
        if keys:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.tree.addAction(action)
        self.actions_of[button] = action
        return button

    def _menu_separator(self) -> None:
        separator = QAction(self.tree)
        separator.setSeparator(True)
        self.tree.addAction(separator)

    def _first_item(self) -> QModelIndex:
        """Where the section opens: the first goal that has indicators (what is most often
        typed in), else the first goal, else the first målområde."""
        plan = self.context.plan
        measured = {i.namndsmal_id for i in plan.indikatorer}
        goal = next((g for g in plan.namndsmal if g.id in measured), None)
        goal = goal or (plan.namndsmal[0] if plan.namndsmal else None)
        if goal is not None:
            return self.tree_model.find(GOAL, goal.id)
        return self.tree_model.index(0, 0)

    def _update_actions(self) -> None:
        """ "Nytt delmål" and "Ny indikator" need a goal to go under."""
        has_goal = self._goal_in_view() is not None
        for button in (self.add_sub_goal, self.add_indicator):
            button.setEnabled(has_goal)
            self.actions_of[button].setEnabled(has_goal)

    def _remember_current(self) -> None:
        self._kept = self.current()

    def _after_reset(self) -> None:
        self.tree.expandAll()
        kind, item_id = self._kept
        if kind is not None and item_id is not None:
            self.select(kind, item_id)

    # --- pages ---------------------------------------------------------------------------

    def _area_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.area_code = QLineEdit()
        self.area_code.setAccessibleName(tr("Målområdets kod"))
        self.area_name = QLineEdit()
        self.area_name.setAccessibleName(tr("Målområdets namn"))
        self.area_description = QPlainTextEdit()
        self.area_description.setAccessibleName(tr("Beskrivning"))
        self.area_description.setPlaceholderText(
            tr("Vad målområdet handlar om (skrivs under dess rubrik i planen)")
        )
        self.area_description.setTabChangesFocus(True)
        form.addRow(tr("&Kod:"), self.area_code)
        form.addRow(tr("&Namn:"), self.area_name)
        form.addRow(tr("&Beskrivning:"), self.area_description)
        self.area_code.editingFinished.connect(self._save_area)
        self.area_name.editingFinished.connect(self._save_area)
        for field in (self.area_code, self.area_name, self.area_description):
            field.installEventFilter(self)
        return page

    def _goal_page(self) -> QWidget:
        self.goal_tabs = QTabWidget()
        self.goal_tabs.setObjectName("malFlikar")
        self.goal_form = GoalForm(self.context, self.tree_model)
        self.goal_text = self.goal_form.lines["text"]
        self.goal_area = self.goal_form.area
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.goal_form)
        self.goal_tabs.addTab(scroll, tr("Målet"))
        self.goal_tabs.addTab(self._indicator_page(), tr("Indikatorer"))
        self.goal_tabs.setCurrentIndex(INDICATOR_TAB)
        return self.goal_tabs

    def _indicator_page(self) -> QWidget:
        top = QWidget()
        layout = QVBoxLayout(top)
        layout.setContentsMargins(0, 0, 0, 0)
        self.indicator_model = IndicatorTableModel(self.context)
        self.indicators = SpreadsheetView()
        self.indicators.setObjectName("indikatorer")
        self.indicators.setAccessibleName(tr("Indikatorer"))
        self.indicators.setModel(self.indicator_model)
        self.indicators.setItemDelegate(PlanDelegate(self.indicators))
        self.indicator_model.modelReset.connect(self._text_columns)
        self.indicators.share_width(self._text_columns())
        self.indicator_hint = EmptyHint(
            self.indicators,
            tr("Målet har inga indikatorer.<br>Lägg till en med <i>Ny indikator…</i>."),
            lambda: self.indicator_model.rowCount() == 0,
        )
        self.context.changed.connect(self.indicator_hint.refresh)
        layout.addWidget(self.indicators, 1)
        self.remove_indicator = tool_button(tr("Ta bort indikator"), icon="trash")
        self.remove_indicator.clicked.connect(self.delete_indicator)
        layout.addLayout(button_row(self.remove_indicator))
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
        if kind is None or item_id is None:
            return None
        return self.tree_model.tree.goal_of((kind, item_id))

    def _area_in_view(self) -> int | None:
        """The målområde of the selected item (None: none selected, or "Utan målområde")."""
        kind, item_id = self.current()
        if kind == AREA:
            return item_id
        goal_id = self._goal_in_view()
        return self.tree_model.tree.goal[goal_id].malomrade_id if goal_id is not None else None

    def _show_details(self) -> None:
        kind, item_id = self.current()
        tree = self.tree_model.tree
        self._update_actions()
        if kind == AREA and item_id in tree.area:
            area = tree.area[item_id]
            self.area_code.setText(area.kod)
            self.area_name.setText(area.namn)
            if self.area_description.toPlainText() != area.beskrivning:
                self.area_description.setPlainText(area.beskrivning)
            self.details.setCurrentIndex(1)
            self._shown_goal = None
        elif (goal_id := self._goal_in_view()) is not None and goal_id in tree.goal:
            another = goal_id != self._shown_goal
            self._shown_goal = goal_id
            self.goal_form.show_goal(goal_id)
            if self.indicator_model.goal_id != goal_id:
                self.indicator_model.set_goal(goal_id)
            count = self.indicator_model.rowCount()
            tab_text = tr("Indikatorer ({count})").format(count=count)
            if self.goal_tabs.tabText(INDICATOR_TAB) != tab_text:
                # (Qt lays the tab bar out again and paints it for any text, even the same)
                self.goal_tabs.setTabText(INDICATOR_TAB, tab_text)
            if kind == INDICATOR and item_id is not None:
                self._current_indicator_row(item_id)
                self.goal_tabs.setCurrentIndex(INDICATOR_TAB)
            elif another and count == 0:
                self.goal_tabs.setCurrentIndex(FORM_TAB)  # nothing to see among indicators
            self._show_years()
            self.details.setCurrentIndex(2)
        else:
            self.details.setCurrentIndex(0)
            self._shown_goal = None

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
            self.goal_form.save()
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
            field = self.goal_form.widget_for(finding.field)
            if field is not None:
                self.goal_tabs.setCurrentIndex(FORM_TAB)
                field.setFocus()
                flash(field)
            else:
                self.tree.setFocus()
        elif finding.kind == ItemKind.MALOMRADE and finding.item_id is not None:
            self.select(AREA, finding.item_id)
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
            parent = index.parent()
            while parent.isValid():  # a goal may lie deep under others
                self.tree.expand(parent)
                parent = parent.parent()
            self.tree.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    # --- edits ---------------------------------------------------------------------------

    def eventFilter(self, watched: object, event: object) -> bool:
        if watched is self.area_description and event.type() == QEvent.Type.FocusOut:  # type: ignore[attr-defined]
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
            "beskrivning": self.area_description.toPlainText(),
        }
        fields = {name: value for name, value in typed.items() if value != getattr(area, name)}
        if fields:
            self.context.edit(
                tr("Ändra målområde"),
                seen.update(self.context.plan, ItemKind.MALOMRADE, item_id, fields),
            )

    def new_area(self) -> None:
        goal_creation.new_area(self)

    def new_goal(self) -> None:
        """A goal at the top of the selected målområde (under no other goal)."""
        goal_creation.new_goal(self)

    def new_sub_goal(self) -> None:
        """A goal under the selected goal, one level below it."""
        goal_creation.new_sub_goal(self)

    def new_indicator(self) -> None:
        goal_creation.new_indicator(self)

    def edit_level_names(self) -> None:
        GoalLevelsDialog(self.context, self).exec()

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
                tr("Ta bort indikator"),
                seen.delete(self.context.plan, [(ItemKind.INDIKATOR, indicator)]),
            )

    def move_by(self, step: int) -> None:
        kind, item_id = self.current()
        if kind not in KIND_NAMES or item_id is None:
            return
        siblings = self.tree_model.tree.siblings((kind, item_id))
        position = siblings.index((kind, item_id)) + step
        if not 0 <= position < len(siblings):
            return  # already first or last: no step on the undo stack that undoes nothing
        self.context.edit(
            tr("Flytta"),
            seen.move(self.context.plan, KIND_NAMES[kind], item_id, position),
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
                tr("Ta bort"), seen.delete(self.context.plan, [(KIND_NAMES[kind], item_id)])
            )

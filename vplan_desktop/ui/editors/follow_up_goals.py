"""Mål och indikatorer – uppföljning: the plan's goal tree with the shown period's columns
(måluppfyllelse, outcome, trend…), and below it the selected goal's assessment or the selected
indicator's outcome to write."""

from __future__ import annotations

import html
from typing import Any, ClassVar

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QStackedWidget,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from vplan_desktop import follow_up
from vplan_desktop.errors import InputError
from vplan_desktop.formatting import format_date, format_value
from vplan_desktop.sections import SECTIONS, ItemKind, Section
from vplan_desktop.ui.change_place import Place
from vplan_desktop.ui.context import PlanContext
from vplan_desktop.ui.date_field import DateField
from vplan_desktop.ui.delegates import PlanDelegate
from vplan_desktop.ui.dialog_parts import buddy_label
from vplan_desktop.ui.editors.base import flash
from vplan_desktop.ui.editors.follow_up_base import FollowUpEditor
from vplan_desktop.ui.goal_form import set_choices
from vplan_desktop.ui.i18n import QT_TR_NOOP, tr
from vplan_desktop.ui.models.follow_up_goals import (
    ASSESSMENT,
    DATE,
    GRADE,
    MET,
    NAME,
    OUTCOME,
    SOURCE,
    TARGET,
    TREND,
    FollowUpGoalTreeModel,
    date_fields,
    met_text,
    outcome_fields,
    target_text,
    trend_text,
)
from vplan_desktop.ui.models.goals import AREA, GOAL, INDICATOR, goal_label
from vplan_desktop.ui.table_layout import ElidedToolTips
from vplan_desktop.validation import Finding

NOTHING, GOAL_PAGE, INDICATOR_PAGE = range(3)
"""The pages of the details below the tree."""
WIDTHS = {
    GRADE: 135,
    ASSESSMENT: 140,
    TARGET: 95,
    OUTCOME: 85,
    TREND: 105,
    MET: 90,
    DATE: 85,
    SOURCE: 90,
}
"""The period's columns' widths (px); the names take the width that is left."""
NAME_WIDTH = 200
"""The narrowest the names get (below it the tree scrolls sideways)."""
GOAL_TEXTS = {
    "bedomning": QT_TR_NOOP("Bedömning"),
    "orsak": QT_TR_NOOP("Orsak (analys)"),
    "atgard": QT_TR_NOOP("Åtgärd"),
}
INDICATOR_LINES = {"kalla": QT_TR_NOOP("Källa")}


class WrappingDelegate(PlanDelegate):
    """The tree's cells; a name or an assessment wraps over up to ``LINES`` lines (a tree
    view does not give a row the height of its wrapped text by itself)."""

    LINES: ClassVar[dict[int, int]] = {NAME: 3, ASSESSMENT: 3}

    def __init__(self, tree: QTreeView) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        lines = self.LINES.get(index.column())
        text = str(index.data() or "")
        if lines is None or not text:
            return hint
        width = self.tree.header().sectionSize(index.column()) - 12
        if index.column() == NAME:
            depth, parent = 1, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width -= depth * self.tree.indentation()
        elif index.data(Qt.ItemDataRole.DecorationRole) is not None:
            width -= self.tree.iconSize().width() or 16
        metrics = option.fontMetrics
        wrapped = metrics.boundingRect(
            QRect(0, 0, max(width, 40), 10_000), Qt.TextFlag.TextWordWrap, text
        ).height()
        height = min(wrapped, lines * metrics.lineSpacing()) + 6
        return QSize(hint.width(), max(hint.height(), height))


class FollowUpGoalsEditor(FollowUpEditor):
    title = SECTIONS[Section.MAL].title
    section = Section.MAL
    help_text = QT_TR_NOOP(
        "Hur väl målen nås vid uppföljningen och indikatorernas utfall. Välj måluppfyllelse och "
        "skriv bedömningen under trädet; skriv utfall som tal (”72,5”) eller text. Planens mål "
        "och målnivåer ändras under ”Planen”."
    )

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.summary = QLabel()
        self.summary.setObjectName("malSammanfattning")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.outer.addWidget(self.summary)

        self.tree_model = FollowUpGoalTreeModel(context)
        self.tree = QTreeView()
        self.tree.setObjectName("malUppfoljning")
        self.tree.setAccessibleName(tr("Målträd med uppföljning"))
        self.tree.setModel(self.tree_model)
        self.tree.setItemDelegate(WrappingDelegate(self.tree))
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.tree.setAlternatingRowColors(True)
        self.tree_tooltips = ElidedToolTips(self.tree)
        # Names and assessments wrap: a goal's line is read whole, as in the plan's tree.
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setIndentation(14)  # goals nest four deep; the names need the width
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in WIDTHS.items():
            header.resizeSection(column, width)
        self._fit_headers()
        self.tree_model.headerDataChanged.connect(lambda *_: self._fit_headers())
        self.tree.viewport().installEventFilter(self)
        header.sectionResized.connect(self._column_resized)
        self.tree.expandAll()
        self.tree_model.modelAboutToBeReset.connect(self._remember_current)
        self.tree_model.modelReset.connect(self._after_reset)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self._kept: tuple[int, int] | None = None
        self._form_period: int | None = None
        """The period whose values the form was filled from (saved there when left)."""

        self.details = QStackedWidget()
        self.details.setObjectName("uppfoljningDetaljer")
        nothing = QLabel(
            tr("Markera ett mål eller en indikator i trädet för att skriva dess uppföljning.")
        )
        nothing.setWordWrap(True)
        nothing.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.addWidget(nothing)
        self.details.addWidget(self._goal_page())
        self.details.addWidget(self._indicator_page())

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("malUppfoljningSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([440, 220])
        self.splitter = splitter
        self.outer.addWidget(splitter, 1)
        self.add_empty_hint(
            self.tree,
            tr(
                "<b>Planen har inga mål.</b><br>Målen och indikatorerna skrivs i planen (välj "
                "”Planen” under Visa); sedan följs de upp här."
            ),
            lambda: self.context.period is not None and not self.context.plan.namndsmal,
        )
        self._first_goal()
        self.on_changed(None)

    # --- the details ---------------------------------------------------------------------

    def _goal_page(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        grid.setContentsMargins(0, 4, 0, 0)
        self.goal_name = QLabel()
        self.goal_name.setObjectName("uppfoljtMal")
        self.goal_name.setWordWrap(True)
        self.grade = QComboBox()
        self.grade.setAccessibleName(tr("Måluppfyllelse"))
        self.grade.setMinimumContentsLength(18)
        self.grade.activated.connect(lambda _position: self._save_goal())
        grid.addWidget(self.goal_name, 0, 0, 1, 3)
        top = QGridLayout()
        top.addWidget(buddy_label(tr("Må&luppfyllelse:"), self.grade), 0, 0)
        top.addWidget(self.grade, 0, 1)
        top.setColumnStretch(2, 1)
        grid.addLayout(top, 1, 0, 1, 3)
        self.goal_texts: dict[str, QPlainTextEdit] = {}
        for column, (name, label) in enumerate(GOAL_TEXTS.items()):
            field = QPlainTextEdit()
            field.setAccessibleName(tr(label))
            field.setTabChangesFocus(True)
            field.installEventFilter(self)
            self.goal_texts[name] = field
            key = {
                "bedomning": tr("&Bedömning:"),
                "orsak": tr("&Orsak (analys):"),
                "atgard": tr("Åt&gärd:"),
            }
            grid.addWidget(buddy_label(key[name], field), 2, column)
            grid.addWidget(field, 3, column)
            grid.setColumnStretch(column, 2 if name == "bedomning" else 1)
        grid.setRowStretch(3, 1)
        self.grade.installEventFilter(self)
        return page

    def _indicator_page(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        grid.setContentsMargins(0, 4, 0, 0)
        self.indicator_name = QLabel()
        self.indicator_name.setObjectName("uppfoljdIndikator")
        self.indicator_name.setWordWrap(True)
        self.indicator_facts = QLabel()
        self.indicator_facts.setObjectName("indikatorFakta")
        self.indicator_facts.setWordWrap(True)
        self.outcome = QLineEdit()
        self.outcome.setAccessibleName(tr("Utfall"))
        self.outcome.setPlaceholderText(tr("tal eller text"))
        self.outcome_date = DateField()
        self.outcome_date.setAccessibleName(tr("Utfallets datum"))
        self.source = QLineEdit()
        self.source.setAccessibleName(tr("Källa"))
        self.source.setPlaceholderText(tr("t.ex. Kolada, eget verksamhetssystem"))
        self.comment = QPlainTextEdit()
        self.comment.setAccessibleName(tr("Kommentar till utfallet"))
        self.comment.setTabChangesFocus(True)
        for line in (self.outcome, self.outcome_date, self.source):
            line.editingFinished.connect(self._save_indicator)
            line.installEventFilter(self)
        self.outcome_date.chosen.connect(self._save_indicator)
        self.comment.installEventFilter(self)
        grid.addWidget(self.indicator_name, 0, 0, 1, 6)
        grid.addWidget(self.indicator_facts, 1, 0, 1, 6)
        grid.addWidget(buddy_label(tr("&Utfall:"), self.outcome), 2, 0)
        grid.addWidget(self.outcome, 2, 1)
        grid.addWidget(buddy_label(tr("&Datum:"), self.outcome_date), 2, 2)
        grid.addWidget(self.outcome_date, 2, 3)
        grid.addWidget(buddy_label(tr("&Källa:"), self.source), 2, 4)
        grid.addWidget(self.source, 2, 5)
        grid.addWidget(
            buddy_label(tr("K&ommentar:"), self.comment), 3, 0, Qt.AlignmentFlag.AlignTop
        )
        grid.addWidget(self.comment, 3, 1, 1, 5)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(5, 2)
        grid.setRowStretch(3, 1)
        return page

    # --- selection -----------------------------------------------------------------------

    def current(self) -> tuple[int, int] | None:
        """The (kind, id) of the item the tree's cursor is on."""
        return self.tree_model.key_of(self.tree.currentIndex())

    def _first_goal(self) -> None:
        plan = self.context.plan
        if plan.namndsmal:
            self.select(GOAL, plan.namndsmal[0].id)

    def _remember_current(self) -> None:
        self._kept = self.current()

    def _after_reset(self) -> None:
        self.tree.expandAll()
        if self._kept is not None:
            self.select(*self._kept)

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self.tree_model.key_of(current) != self.tree_model.key_of(previous):
            self._save_shown(self.tree_model.key_of(previous))
        self._show_details()

    def select(self, kind: int, item_id: int, column: int = NAME) -> None:
        """Put the tree's cursor on an item (opening the goals above it)."""
        index = self.tree_model.find(kind, item_id)
        if not index.isValid():
            return
        parent = index.parent()
        while parent.isValid():
            self.tree.expand(parent)
            parent = parent.parent()
        index = index.siblingAtColumn(column)
        self.tree.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.tree.scrollTo(index)

    def _show_details(self) -> None:
        key = self.current()
        period = self.context.period
        tree = self.tree_model.tree
        self._form_period = None if period is None else period.id
        if period is None or key is None or key[0] == AREA:
            self.details.setCurrentIndex(NOTHING)
        elif key[0] == GOAL and key[1] in tree.goal:
            goal = tree.goal[key[1]]
            held = period.goal(goal.id)
            self.goal_name.setText(
                f"<b>{html.escape(goal_label(self.context.plan.uppgifter, goal))}</b>"
            )
            set_choices(self.grade, self.tree_model.grade_choices(), held.bedomningsniva_id)
            for name, field in self.goal_texts.items():
                _fill(field, getattr(held, name))
            self.details.setCurrentIndex(GOAL_PAGE)
        elif key[0] == INDICATOR and key[1] in tree.indicator:
            indicator = tree.indicator[key[1]]
            given = period.outcome(indicator.id)
            self.indicator_name.setText(f"<b>{html.escape(indicator.namn)}</b>")
            facts = [
                tr("Målnivå {year}: {target}").format(
                    year=period.ar, target=target_text(indicator, period) or "–"
                ),
                tr("Trend: {trend}").format(trend=trend_text(indicator, period) or "–"),
                tr("Måluppfyllt: {met}").format(met=met_text(indicator, period) or "–"),
            ]
            earlier = follow_up.history(indicator, period)
            if earlier:
                facts.append(
                    tr("Utfall: {outcomes}").format(
                        outcomes=", ".join(
                            f"{year} {format_value(v, indicator.enhet)}"
                            for year, v in earlier.items()
                        )
                    )
                )
            self.indicator_facts.setText(html.escape(" · ".join(facts)))
            _fill(self.outcome, format_value(given.varde))
            _fill(self.outcome_date, format_date(given.datum))
            self.outcome_date.calendar_start = period.slutdatum
            _fill(self.source, given.kalla)
            _fill(self.comment, given.kommentar)
            self.details.setCurrentIndex(INDICATOR_PAGE)
        else:
            self.details.setCurrentIndex(NOTHING)

    def on_changed(self, change: object) -> None:
        # Heard before the tree model's own refresh: bring it up to date first, or the form
        # would be filled from the snapshot before the edit.
        self.tree_model.refresh()
        super().on_changed(change)
        # The calendar button is no text field: the lock does not reach it by itself.
        self.outcome_date.calendar_action.setEnabled(not self.context.follow_up_read_only)
        self._show_summary()
        self._show_details()

    def _period_shown(self, period_id: object) -> None:
        self.flush()  # what is typed belongs to the period the form was filled from
        super()._period_shown(period_id)

    def _show_summary(self) -> None:
        """ "13 mål: ● 7 uppfyllt, ● 3 delvis uppfyllt, … , 1 utan bedömning", with the
        kommun's names of the levels and each level's colour beside its name."""
        period = self.context.period
        plan = self.context.plan
        if period is None or not plan.namndsmal:
            self.summary.clear()
            return
        parts = []
        for level, count in follow_up.grade_counts(plan, period):
            if not count:
                continue
            if level is None:
                parts.append(tr("{count} utan bedömning").format(count=count))
            else:
                name = html.escape(level.namn[:1].lower() + level.namn[1:])
                parts.append(f"<span style='color:{level.farg}'>●</span> {count} {name}")
        goals = tr("{count} mål:").format(count=len(plan.namndsmal))
        self.summary.setText(f"<b>{goals}</b> " + ", ".join(parts))
        self.summary.setAccessibleName(
            f"{goals} " + ", ".join(html.unescape(p.split("</span> ")[-1]) for p in parts)
        )

    # --- saving the form -----------------------------------------------------------------

    def _fit_headers(self) -> None:
        """Widen a column narrower than its header ("Målnivå 2027", a longer translation)."""
        header = self.tree.header()
        for column in WIDTHS:
            if header.sectionSize(column) < header.sectionSizeHint(column):
                header.resizeSection(column, header.sectionSizeHint(column))

    def _fit_names(self) -> None:
        """Give the names the width the period's columns leave (at least ``NAME_WIDTH``)."""
        header = self.tree.header()
        others = sum(header.sectionSize(c) for c in range(1, self.tree_model.columnCount()))
        least = max(NAME_WIDTH, header.sectionSizeHint(NAME))  # the header whole
        wanted = max(least, self.tree.viewport().width() - others)
        if header.sectionSize(NAME) != wanted:
            header.resizeSection(NAME, wanted)

    def _column_resized(self, column: int, _old: int, _new: int) -> None:
        if column != NAME:
            self._fit_names()  # a column the user widened takes its width from the names
        self.tree.doItemsLayout()  # the wrapped names' rows get their new heights

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.tree.viewport():
            self._fit_names()
            return False
        if event.type() == QEvent.Type.FocusOut:
            if watched in self.goal_texts.values():
                self._save_goal()
            elif watched is self.comment:
                self._save_indicator()
        # Ctrl+Z / Ctrl+Y in a field reach the plan's undo (as in the plan's goal form): the
        # field's own undo would show old text while the file kept the saved one.
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.ShortcutOverride:
            undo, redo = QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo
            return event.matches(undo) or event.matches(redo)
        return False

    def flush(self) -> None:
        """Save what is typed in the form (before an undo, when leaving, on close)."""
        self._save_shown(self.current())

    def _save_shown(self, key: tuple[int, int] | None) -> None:
        if key is None:
            return
        if key[0] == GOAL and self.details.currentIndex() == GOAL_PAGE:
            self._save_goal(key[1])
        elif key[0] == INDICATOR and self.details.currentIndex() == INDICATOR_PAGE:
            self._save_indicator(key[1])

    def _form_item(self, kind: int, item_id: object) -> int | None:
        """The item the form shows: ``item_id`` when given, else the tree's current one."""
        if isinstance(item_id, int) and not isinstance(item_id, bool):
            return item_id
        key = self.current()
        return key[1] if key is not None and key[0] == kind else None

    def _save_goal(self, goal_id: object = None) -> None:
        """Save the goal's form: every field that differs from the period, as one step."""
        goal_id = self._form_item(GOAL, goal_id)
        period = self.context.plan.uppfoljning(self._form_period or 0)
        if goal_id is None or period is None or self.context.follow_up_read_only:
            return
        held = period.goal(goal_id)
        typed: dict[str, Any] = {n: f.toPlainText() for n, f in self.goal_texts.items()}
        typed["bedomningsniva_id"] = self.grade.currentData()
        fields = {n: v for n, v in typed.items() if v != getattr(held, n)}
        if fields:
            text = tr("Ändra bedömning")
            if set(fields) == {"bedomningsniva_id"}:
                text = tr("Ändra måluppfyllelse")
            edit = self.tree_model.goal_edit(text, goal_id, fields, period.id)
            self.context.edit_follow_up(*edit)

    def _save_indicator(self, indicator_id: object = None) -> None:
        """Save the indicator's form: every field that differs from the period, as one step."""
        indicator_id = self._form_item(INDICATOR, indicator_id)
        period = self.context.plan.uppfoljning(self._form_period or 0)
        if indicator_id is None or period is None or self.context.follow_up_read_only:
            return
        given = period.outcome(indicator_id)
        try:
            typed = {
                **outcome_fields(self.outcome.text()),
                **date_fields(self.outcome_date.text()),
                "kalla": " ".join(self.source.text().split()),
                "kommentar": self.comment.toPlainText(),
            }
        except InputError as error:  # an outcome or date that cannot be read: nothing saved
            self.context.failed.emit(error.message)
            return
        fields = {n: v for n, v in typed.items() if v != getattr(given, n)}
        if fields:
            edit = self.tree_model.indicator_edit(
                tr("Ändra utfall"), indicator_id, fields, period.id
            )
            self.context.edit_follow_up(*edit)

    # --- going to a place ----------------------------------------------------------------

    def show_item(self, item_id: object) -> None:
        if isinstance(item_id, tuple):
            self.select(*item_id)

    def show_change(self, place: Place) -> bool:
        kind = {ItemKind.UPPFOLJNING_MAL: GOAL, ItemKind.UPPFOLJNING_INDIKATOR: INDICATOR}.get(
            place.kind
        )
        if kind is None or place.item_id is None:
            return False
        if not self.tree_model.find(kind, place.item_id).isValid():
            return False
        self.select(kind, place.item_id)
        self.tree.setFocus()
        return True

    def focus_finding(self, finding: Finding) -> None:
        if finding.item_id is None:
            self.tree.setFocus()
            return
        if finding.kind == ItemKind.UPPFOLJNING_MAL:
            self.select(GOAL, finding.item_id)
            field: QWidget | None = (
                self.grade
                if finding.field == "bedomningsniva_id"
                else self.goal_texts.get(finding.field or "")
            )
        elif finding.kind == ItemKind.UPPFOLJNING_INDIKATOR:
            self.select(INDICATOR, finding.item_id)
            field = {
                "datum": self.outcome_date,
                "kalla": self.source,
                "kommentar": self.comment,
            }.get(finding.field or "", self.outcome)
        else:
            self.tree.setFocus()
            return
        if field is not None:
            field.setFocus()
            flash(field)


def _fill(field: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Show ``text`` in a field, leaving it alone (and its cursor) when it already does."""
    if isinstance(field, QPlainTextEdit):
        if field.toPlainText() != text:
            field.setPlainText(text)
    elif field.text() != text:
        field.setText(text)

"""The form of one goal beside the goal tree: its level, number and text, its place in the
tree (målområde and the goal above it), who answers for it and how it is followed up, and
its target in words per year."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QGridLayout, QLineEdit, QPlainTextEdit, QWidget

from vplan_desktop import domain as d
from vplan_desktop.db.enums import MalNiva
from vplan_desktop.sections import ItemKind
from vplan_desktop.ui import seen
from vplan_desktop.ui.context import PlanContext
from vplan_desktop.ui.dialog_parts import buddy_label
from vplan_desktop.ui.goal_year_texts import YearTextsView
from vplan_desktop.ui.i18n import QT_TR_NOOP, tr
from vplan_desktop.ui.models.goals import GOAL, GoalTreeModel, goal_label

LINES = {
    "text": (QT_TR_NOOP("Må&let:"), QT_TR_NOOP("Målet")),
    "kod": (QT_TR_NOOP("N&ummer:"), QT_TR_NOOP("Målets nummer")),
    "ansvarig": (QT_TR_NOOP("An&svarig:"), QT_TR_NOOP("Ansvarig")),
    "adressat": (QT_TR_NOOP("A&dressat:"), QT_TR_NOOP("Adressat")),
    "foljs_upp_genom": (QT_TR_NOOP("&Följs upp genom:"), QT_TR_NOOP("Följs upp genom")),
}
"""The goal's one-line fields: their labels (with the Alt key) and accessible names."""
NO_AREA = QT_TR_NOOP("(inget målområde)")
NO_PARENT = QT_TR_NOOP("(inget – överst i målområdet)")
PLACEHOLDERS = {
    "kod": QT_TR_NOOP("t.ex. 1:2"),
    "ansvarig": QT_TR_NOOP("t.ex. Verksamhetschef"),
    "adressat": QT_TR_NOOP("vem ett uppdrag riktas till"),
    "foljs_upp_genom": QT_TR_NOOP("t.ex. Delårsrapport och verksamhetsberättelse"),
}
Choices = list[tuple[str, Any]]


def set_choices(combo: QComboBox, choices: Choices, current: Any) -> None:
    """Fill ``combo`` (only if its choices changed, so an open list is not rebuilt) and make
    the choice whose value is ``current`` the shown one."""
    shown = [(combo.itemText(n), combo.itemData(n)) for n in range(combo.count())]
    if shown != choices:
        combo.clear()
        for text, value in choices:
            combo.addItem(text, value)
    combo.setCurrentIndex(combo.findData(current))


def _same(typed: str, saved: str) -> bool:
    """Whether a one-line field says what the plan holds (the plan keeps single spaces)."""
    return " ".join(typed.split()) == " ".join(saved.split())


class GoalForm(QWidget):
    """The fields of the goal shown (``goal_id``); each edit is one undoable step."""

    def __init__(
        self, context: PlanContext, tree_model: GoalTreeModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.tree_model = tree_model
        self.goal_id: int | None = None
        self.level = QComboBox()
        self.level.setAccessibleName(tr("Målnivå"))
        self.level.activated.connect(self._save_level)
        self.area = QComboBox()
        self.area.setAccessibleName(tr("Målområde"))
        self.area.activated.connect(self._save_area)
        self.parent_goal = QComboBox()
        self.parent_goal.setAccessibleName(tr("Överordnat mål"))
        self.parent_goal.activated.connect(self._save_parent)
        # A long goal's name must not make the form wider than the pane.
        for combo in (self.area, self.parent_goal):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(16)
        self.lines: dict[str, QLineEdit] = {}
        for name, (_, accessible) in LINES.items():
            line = QLineEdit()
            line.setAccessibleName(tr(accessible))
            line.setPlaceholderText(tr(PLACEHOLDERS.get(name, "")))
            line.editingFinished.connect(self.save)
            line.installEventFilter(self)
            self.lines[name] = line
        self.description = QPlainTextEdit()
        self.description.setAccessibleName(tr("Beskrivning"))
        self.description.setPlaceholderText(tr("Vad målet innebär och varför det är viktigt"))
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.description.fontMetrics().lineSpacing() * 3 + 14)
        self.description.installEventFilter(self)
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {
            **self.lines,
            "beskrivning": self.description,
        }
        """Every text field, by the goal's field it edits."""
        self.year_texts = YearTextsView(context)
        self.year_texts.setToolTip(
            tr("Målet för varje år i ord, t.ex. ”En modell finns klar”. Skriv i cellen.")
        )
        self._lay_out()

    def _lay_out(self) -> None:
        """Two columns of short fields between the text above and the longer ones below."""
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 0)
        top = Qt.AlignmentFlag.AlignTop

        def row(number: int, label: str, widget: QWidget, column: int = 0, span: int = 1) -> None:
            buddy = buddy_label(label, widget)
            grid.addWidget(buddy, number, column, top if number >= 5 else Qt.AlignmentFlag(0))
            grid.addWidget(widget, number, column + 1, 1, span)

        row(0, tr(LINES["text"][0]), self.lines["text"], span=3)
        row(1, tr("&Nivå:"), self.level)
        row(1, tr(LINES["ansvarig"][0]), self.lines["ansvarig"], column=2)
        row(2, tr(LINES["kod"][0]), self.lines["kod"])
        row(2, tr(LINES["adressat"][0]), self.lines["adressat"], column=2)
        row(3, tr("&Målområde:"), self.area)
        row(3, tr(LINES["foljs_upp_genom"][0]), self.lines["foljs_upp_genom"], column=2)
        row(4, tr("Över&ordnat mål:"), self.parent_goal, span=3)
        row(5, tr("&Beskrivning:"), self.description, span=3)  # (labels of tall fields: at the top)
        row(6, tr("Mål &per år:"), self.year_texts, span=3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setRowStretch(7, 1)

    # --- showing -------------------------------------------------------------------------

    def goal(self) -> d.Namndsmal | None:
        return self.tree_model.tree.goal.get(self.goal_id) if self.goal_id is not None else None

    def show_goal(self, goal_id: int) -> None:
        """Fill the form from the plan (a field that already says it is left alone)."""
        self.goal_id = goal_id
        goal = self.goal()
        if goal is None:
            return
        plan = self.context.plan
        front = plan.uppgifter
        levels = [(front.niva_namn(level), level.value) for level in MalNiva]
        set_choices(self.level, levels, goal.niva.value)
        areas: Choices = [(a.rubrik, a.id) for a in plan.malomraden] + [(tr(NO_AREA), None)]
        set_choices(self.area, areas, goal.malomrade_id)
        set_choices(self.parent_goal, self._parents(goal), goal.overordnat_id)
        for name, field in self.fields.items():
            saved = str(getattr(goal, name))
            if isinstance(field, QLineEdit):
                if field.text() != saved:
                    field.setText(saved)
                    field.setCursorPosition(0)  # a long text shows its beginning
            elif field.toPlainText() != saved:
                field.setPlainText(saved)
        self.year_texts.set_goal(goal_id)

    def _parents(self, goal: d.Namndsmal) -> Choices:
        """The goals a goal may be put under: those of its målområde, not itself nor the
        goals under it (a goal cannot lie under its own sub-goal)."""
        tree = self.tree_model.tree
        front = self.context.plan.uppgifter
        barred = {goal.id, *tree.sub_goals(goal.id)}
        choices: Choices = [(tr(NO_PARENT), None)]
        for other in self.context.plan.namndsmal:  # in tree order
            if other.malomrade_id == goal.malomrade_id and other.id not in barred:
                indent = "    " * tree.depth((GOAL, other.id))
                choices.append((indent + goal_label(front, other), other.id))
        return choices

    def widget_for(self, field: str | None) -> QWidget | None:
        """The field a finding names, if the form has it."""
        named: dict[str, QWidget] = {
            "niva": self.level,
            "malomrade_id": self.area,
            "overordnat_id": self.parent_goal,
            "arstexter": self.year_texts,
            **self.fields,
        }
        return named.get(field or "")

    # --- saving --------------------------------------------------------------------------

    def _update(self, text: str, fields: dict[str, Any]) -> None:
        if self.goal_id is not None:
            self.context.edit(
                text,
                seen.update(self.context.plan, ItemKind.NAMNDSMAL, self.goal_id, fields),
            )

    def save(self) -> None:
        """Save every text field that differs from the plan, as one step.

        (All of them, not only the one left: refreshing the form after one field is saved
        puts the plan's text back into the others.)
        """
        goal = self.goal()
        if goal is None:
            return
        changed: dict[str, Any] = {}
        for name, field in self.fields.items():
            saved = str(getattr(goal, name))
            if isinstance(field, QLineEdit):
                if not _same(field.text(), saved):
                    changed[name] = field.text()
            elif field.toPlainText() != saved:
                changed[name] = field.toPlainText()
        if changed:
            self._update(tr("Ändra mål"), changed)

    def _save_level(self) -> None:
        goal = self.goal()
        level = MalNiva(self.level.currentData())
        if goal is not None and level is not goal.niva:
            self._update(tr("Ändra målnivå"), {"niva": level})

    def _save_area(self) -> None:
        goal = self.goal()
        area_id = self.area.currentData()
        if goal is not None and area_id != goal.malomrade_id:
            self._update(tr("Flytta mål"), {"malomrade_id": area_id})

    def _save_parent(self) -> None:
        goal = self.goal()
        parent_id = self.parent_goal.currentData()
        if goal is not None and parent_id != goal.overordnat_id:
            self._update(tr("Flytta mål"), {"overordnat_id": parent_id})

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.description and event.type() == QEvent.Type.FocusOut:
            self.save()
        # Ctrl+Z / Ctrl+Y in a field reach the plan's undo, as in the chapter text: the field's
        # own undo would put its old text back on screen while the plan kept the saved one.
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.ShortcutOverride:
            undo, redo = QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo
            return event.matches(undo) or event.matches(redo)
        return False

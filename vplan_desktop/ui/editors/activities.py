"""Aktiviteter: a sortable, filterable table; goals without an activity are listed above it."""

from __future__ import annotations

import html
from collections.abc import Sequence
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QWidget,
)

from vplan_desktop import domain as d
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
from vplan_desktop.ui.models.activities import (
    NO_GOAL,
    NO_STATUS,
    ActivityFilter,
    ActivityModel,
)
from vplan_desktop.ui.models.table import ROW_ID_ROLE, WARNING_RED
from vplan_desktop.ui.read_only import view_only
from vplan_desktop.ui.removal import may_remove, removal_question
from vplan_desktop.ui.spreadsheet import SpreadsheetView
from vplan_desktop.validation import Finding


class ActivitiesEditor(SectionEditor):
    title = SECTIONS[Section.AKTIVITETER].title
    parts = (Part.AKTIVITETER, Part.NAMNDSMAL, Part.UPPGIFTER)
    help_text = (
        "Vad förvaltningen ska göra för att nå målen. Klicka på en kolumnrubrik för att "
        "sortera; välj mål, status och ansvarig med F2 eller genom att börja skriva."
    )

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.gaps = QLabel()
        self.gaps.setObjectName("malUtanAktivitet")
        self.gaps.setWordWrap(True)
        self.gaps.setTextFormat(Qt.TextFormat.RichText)
        self.gaps.linkActivated.connect(self._add_for_goal)
        self.outer.addWidget(self.gaps)

        filters = QHBoxLayout()
        self.search = view_only(QLineEdit())
        self.search.setPlaceholderText("Sök i aktiviteterna…")
        self.search.setAccessibleName("Sök")
        self.search.setClearButtonEnabled(True)
        self.goal_filter = view_only(QComboBox())
        self.goal_filter.setAccessibleName("Filtrera på mål")
        self.status_filter = view_only(QComboBox())
        self.status_filter.setAccessibleName("Filtrera på status")
        self.owner_filter = view_only(QComboBox())
        self.owner_filter.setAccessibleName("Filtrera på ansvarig")
        for label, widget in (
            ("S&ök:", self.search),
            ("&Mål:", self.goal_filter),
            ("S&tatus:", self.status_filter),
            ("A&nsvarig:", self.owner_filter),
        ):
            text = QLabel(label)
            text.setBuddy(widget)
            filters.addWidget(text)
            filters.addWidget(widget, 2 if widget in (self.goal_filter, self.search) else 1)
        self.outer.addLayout(filters)

        self.model = ActivityModel(context)
        self.proxy = ActivityFilter()
        self.proxy.setSourceModel(self.model)
        self.view = SpreadsheetView()
        self.view.setObjectName("aktiviteter")
        self.view.setAccessibleName("Aktiviteter")
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(PlanDelegate(self.view))
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.outer.addWidget(self.view, 1)
        self.add_button = tool_button("Ny aktivitet…")
        self.remove_button = tool_button("Ta bort aktivitet")
        self.add_button.clicked.connect(lambda: self._add_for_goal(None))
        self.remove_button.clicked.connect(self.remove)
        self.outer.addLayout(button_row(self.add_button, self.remove_button))
        self.add_empty_hint(
            self.view,
            "<b>Inga aktiviteter ännu.</b><br>Lägg till den första med <i>Ny aktivitet…</i> "
            "nedan och koppla den till ett nämndsmål.",
            lambda: not self.context.plan.aktiviteter,
        )

        self.search.textChanged.connect(lambda text: self.proxy.set_filter(text=text))
        self.goal_filter.activated.connect(
            lambda: self.proxy.set_filter(goal=self.goal_filter.currentData())
        )
        self.status_filter.activated.connect(
            lambda: self.proxy.set_filter(status=self.status_filter.currentData())
        )
        self.owner_filter.activated.connect(
            lambda: self.proxy.set_filter(ansvarig=self.owner_filter.currentData())
        )
        # The dates, status and cost keep their width; the texts wrap and share the rest.
        self.view.share_width({0: 150, 1: 120, 2: 90, 6: 90, 8: 150})
        self.on_changed(None)

    def grid_model(self) -> ActivityModel:
        return self.model

    def _fill(self, combo: QComboBox, entries: Sequence[tuple[str, object]]) -> None:
        current = combo.currentData()
        combo.clear()
        for label, value in entries:
            combo.addItem(label, value)
        position = combo.findData(current)
        combo.setCurrentIndex(position if position >= 0 else 0)

    def on_changed(self, change: object) -> None:
        plan = self.context.plan
        self._fill(
            self.goal_filter,
            [("Alla mål", None), ("Utan mål", NO_GOAL)] + [(g.text, g.id) for g in plan.namndsmal],
        )
        self._fill(
            self.status_filter,
            [("Alla", None), ("Utan status", NO_STATUS)]
            + [(label, s.value) for s, label in d.AKTIVITET_STATUS_LABELS.items()],
        )
        owners = sorted({a.ansvarig for a in plan.aktiviteter if a.ansvarig}, key=str.casefold)
        self._fill(self.owner_filter, [("Alla", None)] + [(o, o) for o in owners])
        covered = {a.namndsmal_id for a in plan.aktiviteter}
        missing = [g for g in plan.namndsmal if g.id not in covered]
        if missing:
            links = ", ".join(f"<a href='{g.id}'>{html.escape(g.text)}</a>" for g in missing)
            self.gaps.setText(
                f"<span style='color:{WARNING_RED.name()}'><b>Mål utan aktivitet:</b></span> "
                f"{links} <i>(klicka för att lägga till en aktivitet)</i>"
            )
            self.gaps.show()
        else:
            self.gaps.hide()

    def clear_filters(self) -> None:
        self.search.clear()
        for combo in (self.goal_filter, self.status_filter, self.owner_filter):
            combo.setCurrentIndex(0)
        self.proxy.set_filter(text="", goal=None, status=None, ansvarig=None)

    def focus_finding(self, finding: Finding) -> None:
        self.clear_filters()
        if finding.kind == ItemKind.NAMNDSMAL:
            self.goal_filter.setCurrentIndex(self.goal_filter.findData(finding.item_id))
            self.proxy.set_filter(goal=finding.item_id)
            self.add_button.setFocus()
            flash(self.add_button)
        elif finding.item_id is not None:
            self.view.select_item(finding.item_id, finding.field)

    def show_change(self, place: Place) -> bool:
        if place.kind != ItemKind.AKTIVITET or place.item_id is None:
            return False
        if select_row(self.view, place.item_id):
            return True
        self.clear_filters()  # the row may be one a filter hides
        return select_row(self.view, place.item_id)

    def _add_for_goal(self, goal: str | None) -> None:
        name, ok = QInputDialog.getText(self, "Ny aktivitet", "Aktivitetens namn:")
        if not ok or not name.strip():
            return
        fields: dict[str, object] = {"namn": name}
        goal_id = int(goal) if goal else self.proxy.goal
        if isinstance(goal_id, int) and goal_id != NO_GOAL:
            fields["namndsmal_id"] = goal_id
        change = self.context.edit(
            "Ny aktivitet", partial(items.add_item, kind_name=ItemKind.AKTIVITET, fields=fields)
        )
        if change is not None:
            self.search.clear()
            self.proxy.set_filter(text="")
            for row in range(self.proxy.rowCount()):
                index = self.proxy.index(row, 0)
                if index.data(ROW_ID_ROLE) == change.item_id:
                    self.view.setCurrentIndex(index)
                    self.view.setFocus()

    def remove(self) -> None:
        index = self.view.currentIndex()
        activity = index.data(ROW_ID_ROLE) if index.isValid() else None
        if isinstance(activity, int) and may_remove(
            self, removal_question(self.context.plan, ItemKind.AKTIVITET, activity)
        ):
            self.context.edit(
                "Ta bort aktivitet",
                partial(items.delete_items, items=[(ItemKind.AKTIVITET, activity)]),
            )

"""Aktiviteter: a sortable, filterable table; nämndsmål without an activity are listed above."""

from __future__ import annotations

import html
from collections.abc import Sequence
from functools import partial

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QStyleOptionViewItem,
    QWidget,
)

from vplan_desktop import domain as d
from vplan_desktop.goal_checks import without_activity
from vplan_desktop.sections import SECTIONS, ItemKind, Part, Section
from vplan_desktop.services import items
from vplan_desktop.ui import seen
from vplan_desktop.ui.activity_links import WHOLE_PLAN_KEY, goal_title, link_fields, links
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
from vplan_desktop.ui.field_widths import placeholder_width
from vplan_desktop.ui.flow_layout import FlowLayout
from vplan_desktop.ui.i18n import QT_TR_NOOP, tr
from vplan_desktop.ui.models.activities import NO_STATUS, ActivityFilter, ActivityModel
from vplan_desktop.ui.models.table import ROW_ID_ROLE, WARNING_RED
from vplan_desktop.ui.read_only import per_verksamhet, view_only
from vplan_desktop.ui.removal import may_remove, removal_question
from vplan_desktop.ui.rights_view import may_remove_activity, new_activity_verksamhet
from vplan_desktop.ui.spreadsheet import SpreadsheetView
from vplan_desktop.validation import Finding

TEXT_COLUMNS = {0: 135, 1: 145, 2: 85, 8: 105, 10: 105}
"""The columns that wrap (Aktivitet, Kopplad till, Ansvarig, Verksamhet, Beskrivning) and the
narrowest each may get."""
SEARCH_WIDTH = 160
Index = QModelIndex | QPersistentModelIndex
POPUP_WIDTH = 640
"""The widest a list of goals opens (longer goal texts are cut with "…")."""
DIALOG_LINK_LENGTH = 70


def open_wide(combo: QComboBox) -> None:
    """Let a picker's list open wider than the picker, up to ``POPUP_WIDTH``: a goal is read
    by its text, which the narrow picker or cell cuts."""
    metrics = combo.fontMetrics()
    widest = max(
        (metrics.horizontalAdvance(combo.itemText(n)) for n in range(combo.count())), default=0
    )
    popup = combo.view()
    popup.setTextElideMode(Qt.TextElideMode.ElideRight)
    popup.setMinimumWidth(min(POPUP_WIDTH, widest + 32))


class ActivityDelegate(PlanDelegate):
    """The grid's cell editors; the list of Kopplad till opens wide enough to read the goals."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QComboBox):
            open_wide(editor)
        return editor


class ActivitiesEditor(SectionEditor):
    title = SECTIONS[Section.AKTIVITETER].title
    parts = (Part.AKTIVITETER, Part.NAMNDSMAL, Part.MALOMRADEN, Part.UPPGIFTER)
    help_text = QT_TR_NOOP(
        "Vad förvaltningen ska göra för att nå målen. Klicka på en rubrik för att sortera; "
        "ändra en cell med F2 eller genom att börja skriva."
    )

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.gaps = QLabel()
        self.gaps.setObjectName("malUtanAktivitet")
        self.gaps.setWordWrap(True)
        self.gaps.setTextFormat(Qt.TextFormat.RichText)
        self.gaps.linkActivated.connect(self._add_for_goal)
        self.outer.addWidget(self.gaps)

        # The filters on a second line when the window is too narrow for one (a laptop, a
        # larger font, a longer translation), each label beside its field.
        filters = FlowLayout()
        self.search = view_only(QLineEdit())
        self.search.setPlaceholderText(tr("Sök i aktiviteterna…"))
        self.search.setAccessibleName(tr("Sök"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(placeholder_width(self.search, SEARCH_WIDTH))
        self.link_filter = view_only(QComboBox())
        self.link_filter.setAccessibleName(tr("Filtrera på vad aktiviteterna är kopplade till"))
        self.link_filter.setToolTip(
            tr(
                "Ett mål visar också aktiviteterna under målen under det; ett målområde alla dess "
                "aktiviteter."
            )
        )
        # Goal texts are long: the picker keeps a fixed width (its list opens wider), so the
        # search field next to it is not squeezed.
        self.link_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.link_filter.setMinimumContentsLength(20)
        self.status_filter = view_only(QComboBox())
        self.status_filter.setAccessibleName(tr("Filtrera på status"))
        self.owner_filter = view_only(QComboBox())
        self.owner_filter.setAccessibleName(tr("Filtrera på ansvarig"))
        for label, widget in (
            (tr("S&ök:"), self.search),
            (tr("&Kopplad till:"), self.link_filter),
            (tr("S&tatus:"), self.status_filter),
            (tr("A&nsvarig:"), self.owner_filter),
        ):
            text = QLabel(label)
            text.setBuddy(widget)
            pair = QWidget()
            pair_layout = QHBoxLayout(pair)
            pair_layout.setContentsMargins(0, 0, 0, 0)
            pair_layout.addWidget(text)
            pair_layout.addWidget(widget, 1)
            filters.addWidget(pair)
        self.outer.addLayout(filters)

        self.model = ActivityModel(context)
        self.proxy = ActivityFilter()
        self.proxy.setSourceModel(self.model)
        self.view = per_verksamhet(SpreadsheetView())  # her rows: the model says which
        self.view.setObjectName("aktiviteter")
        self.view.setAccessibleName(tr("Aktiviteter"))
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(ActivityDelegate(self.view))
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.outer.addWidget(self.view, 1)
        self.add_button = per_verksamhet(tool_button(tr("Ny aktivitet…"), icon="plus"))
        self.remove_button = per_verksamhet(tool_button(tr("Ta bort aktivitet"), icon="trash"))
        self.add_button.clicked.connect(lambda: self._add_for_goal(""))
        self.remove_button.clicked.connect(self.remove)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.add_header_actions(self.add_button)
        self.outer.addLayout(button_row(self.remove_button))
        self.add_empty_hint(
            self.view,
            tr(
                "<b>Inga aktiviteter ännu.</b><br>Lägg till den första med <i>Ny aktivitet…</i> "
                "uppe till höger och koppla den till ett mål, ett målområde eller hela planen."
            ),
            lambda: not self.context.plan.aktiviteter,
        )

        self.search.textChanged.connect(lambda text: self.proxy.set_filter(text=text))
        self.link_filter.activated.connect(
            lambda: self.proxy.set_filter(link=self.link_filter.currentData())
        )
        self.status_filter.activated.connect(
            lambda: self.proxy.set_filter(status=self.status_filter.currentData())
        )
        self.owner_filter.activated.connect(
            lambda: self.proxy.set_filter(ansvarig=self.owner_filter.currentData())
        )
        # The year, dates, status and cost keep their width; the texts wrap and share the rest.
        self.view.share_width(TEXT_COLUMNS)
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
            self.link_filter,
            [(tr("Alla"), None)] + [(link.indented, link.key) for link in links(plan)],
        )
        open_wide(self.link_filter)
        self._fill(
            self.status_filter,
            [(tr("Alla"), None), (tr("Utan status"), NO_STATUS)]
            + [(label, s.value) for s, label in d.AKTIVITET_STATUS_LABELS.items()],
        )
        owners = sorted({a.ansvarig for a in plan.aktiviteter if a.ansvarig}, key=str.casefold)
        self._fill(self.owner_filter, [(tr("Alla"), None)] + [(o, o) for o in owners])
        missing = without_activity(plan)
        if missing:
            shown = ", ".join(
                f"<a href='{g.id}'>{html.escape(goal_title(plan.uppgifter, g))}</a>"
                for g in missing
            )
            label = plan.uppgifter.niva_namn(d.MalNiva.NAMND)
            self.gaps.setText(
                tr(
                    "<span style='color:{colour}'><b>{label} utan "
                    "aktivitet:</b></span> {shown} <i>(klicka för att lägga till "
                    "en aktivitet)</i>"
                ).format(colour=WARNING_RED.name(), label=html.escape(label), shown=shown)
            )
            self.gaps.show()
        else:
            self.gaps.hide()
        # A filter on a goal, a målområde or an ansvarig that is gone shows everything again.
        chosen = {
            "link": self.link_filter.currentData(),
            "ansvarig": self.owner_filter.currentData(),
        }
        if chosen != {"link": self.proxy.link, "ansvarig": self.proxy.ansvarig}:
            self.proxy.set_filter(**chosen)
        self._show_review_column(any(a.att_granska for a in plan.aktiviteter))

    def _show_review_column(self, shown: bool) -> None:
        """Granskning is shown while an activity is still to review (after a rollover): an
        empty column would cost the width the dates need on a laptop screen."""
        column = self.model.column_for("att_granska")
        if self.view.isColumnHidden(column) == (not shown):
            return
        self.view.setColumnHidden(column, not shown)
        if self.view.fitter is not None:
            self.view.fitter.fit()

    def clear_filters(self) -> None:
        self.search.clear()
        for combo in (self.link_filter, self.status_filter, self.owner_filter):
            combo.setCurrentIndex(0)
        self.proxy.set_filter(text="", link=None, status=None, ansvarig=None)

    def focus_finding(self, finding: Finding) -> None:
        self.clear_filters()
        if finding.kind == ItemKind.NAMNDSMAL:
            self.link_filter.setCurrentIndex(self.link_filter.findData(finding.item_id))
            self.proxy.set_filter(link=finding.item_id)
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

    def _add_for_goal(self, goal: str) -> None:
        """Ask for the new activity's name; it is tied to ``goal`` (a goal's id, from the list
        of goals without an activity), else to what the list is filtered on, else to the whole
        plan; the dialog says which, and the column Kopplad till changes it."""
        link = int(goal) if goal else self.proxy.link
        if link is None:
            link = WHOLE_PLAN_KEY
        tied = next((t.label for t in links(self.context.plan) if t.key == link), None)
        if tied is None:  # the goal or målområde was removed meanwhile
            link, tied = WHOLE_PLAN_KEY, links(self.context.plan)[0].label
        if len(tied) > DIALOG_LINK_LENGTH:
            tied = tied[: DIALOG_LINK_LENGTH - 1].rstrip() + "…"
        name, ok = QInputDialog.getText(
            self,
            tr("Ny aktivitet"),
            tr(
                "Kopplad till: {tied}\n(ändras i kolumnen Kopplad till)\n\nAktivitetens namn:"
            ).format(tied=tied),
        )
        if not ok:  # an empty name goes on to the service, which refuses it and says why
            return
        own = new_activity_verksamhet(self, self.context)  # one of hers, for a redaktör of some
        if own is None:
            return
        fields: dict[str, object] = {"namn": name, **link_fields(link), **own}
        change = self.context.edit(
            tr("Ny aktivitet"), partial(items.add_item, kind_name=ItemKind.AKTIVITET, fields=fields)
        )
        if change is not None:
            self.search.clear()
            self.proxy.set_filter(text="")
            for row in range(self.proxy.rowCount()):
                index = self.proxy.index(row, 0)
                if index.data(ROW_ID_ROLE) == change.item_id:
                    self.view.setCurrentIndex(index)
                    self.view.setFocus()

    def _current_changed(self, current: QModelIndex) -> None:
        """Ta bort is offered for an activity the user's right lets her remove."""
        activity = current.data(ROW_ID_ROLE) if current.isValid() else None
        self.remove_button.setEnabled(
            activity is None or may_remove_activity(self.context, activity)
        )

    def remove(self) -> None:
        index = self.view.currentIndex()
        activity = index.data(ROW_ID_ROLE) if index.isValid() else None
        if isinstance(activity, int) and not may_remove_activity(self.context, activity):
            self.context.failed.emit(
                tr("Aktiviteten hör till en verksamhet du inte kan ändra; den togs inte bort.")
            )
            return
        if isinstance(activity, int) and may_remove(
            self, removal_question(self.context.plan, ItemKind.AKTIVITET, activity)
        ):
            self.context.edit(
                tr("Ta bort aktivitet"),
                seen.delete(self.context.plan, [(ItemKind.AKTIVITET, activity)]),
            )

"""Aktiviteter – uppföljning: the plan's activities with the status, comment and revised end
date the shown period gives each of them."""

from __future__ import annotations

import html
import re
from collections import Counter

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QWidget

from vplan_desktop.follow_up_data import STATUS_LABELS
from vplan_desktop.sections import SECTIONS, ItemKind, Section
from vplan_desktop.ui.change_place import Place
from vplan_desktop.ui.context import PlanContext
from vplan_desktop.ui.delegates import PlanDelegate
from vplan_desktop.ui.editors.base import select_row
from vplan_desktop.ui.editors.follow_up_base import FollowUpEditor, FollowUpSheet
from vplan_desktop.ui.i18n import QT_TR_NOOP, tr
from vplan_desktop.ui.models.follow_up_activities import (
    STATUS_COLOURS,
    FollowUpActivityModel,
    activity_rows,
)
from vplan_desktop.ui.models.table import SORT_ROLE, WARNING_RED
from vplan_desktop.ui.read_only import per_verksamhet
from vplan_desktop.validation import Finding

TEXT_COLUMNS = {0: 150, 1: 150, 2: 90, 5: 180}
"""The columns that wrap (Aktivitet, Mål, Ansvarig, Kommentar) and the narrowest each may
get; the dates and the status keep their width."""


class FollowUpActivitiesEditor(FollowUpEditor):
    title = SECTIONS[Section.AKTIVITETER].title
    section = Section.AKTIVITETER
    help_text = QT_TR_NOOP(
        "Hur långt varje aktivitet har kommit vid uppföljningen. Välj status, skriv en kommentar "
        "och vid behov ett reviderat slutdatum; ändra en cell med F2 eller genom att börja "
        "skriva, klistra in flera celler från Excel med Ctrl+V. Planens egna uppgifter ändras "
        "under ”Planen”."
    )

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.summary = QLabel()
        self.summary.setObjectName("aktivitetSammanfattning")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.outer.addWidget(self.summary)

        self.model = FollowUpActivityModel(context)
        self.proxy = QSortFilterProxyModel()
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setDynamicSortFilter(True)
        self.view = per_verksamhet(FollowUpSheet())  # her rows: the model says which
        self.view.setObjectName("aktivitetUppfoljning")
        self.view.setAccessibleName(tr("Aktiviteternas uppföljning"))
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(PlanDelegate(self.view))
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.outer.addWidget(self.view, 1)
        self.add_empty_hint(
            self.view,
            tr(
                "<b>Planen har inga aktiviteter.</b><br>Aktiviteterna läggs till i planen "
                "(välj ”Planen” under Visa); sedan följs de upp här."
            ),
            lambda: self.context.period is not None and not self.context.plan.aktiviteter,
        )
        self.view.share_width(TEXT_COLUMNS)
        self.on_changed(None)

    def grid_model(self) -> FollowUpActivityModel:
        return self.model

    def on_changed(self, change: object) -> None:
        super().on_changed(change)
        self._show_summary()

    def _show_summary(self) -> None:
        """ "18 aktiviteter: 10 pågår, 2 klar, … · 2 har passerat slutdatum", each status with
        its marker's colour beside its word."""
        period = self.context.period
        # From the snapshot, not the model: the model hears of an edit after this page does.
        rows = [] if period is None else activity_rows(self.context.plan, period)
        if period is None or not rows:
            self.summary.clear()
            return
        counted = Counter(r.given.status for r in rows)
        parts = [
            f"<span style='color:{STATUS_COLOURS[s].name()}'>●</span> {n} {label.lower()}"
            for s, label in STATUS_LABELS.items()
            if (n := counted.get(s, 0))
        ]
        if counted.get(None):
            parts.append(tr("{count} utan status").format(count=counted[None]))
        text = tr("<b>{count} aktiviteter:</b> ").format(count=len(rows)) + ", ".join(parts)
        passed = sum(r.passed for r in rows)
        if passed:
            text += " · " + tr(
                "<span style='color:{colour}'><b>⚠ {count} har passerat slutdatum</b></span> "
                "men är inte klara"
            ).format(colour=WARNING_RED.name(), count=passed)
        self.summary.setText(text)
        self.summary.setAccessibleName(html.unescape(_plain(text)))

    def focus_finding(self, finding: Finding) -> None:
        if finding.item_id is not None:
            self.view.select_item(finding.item_id, finding.field)
        else:
            self.view.setFocus()

    def show_change(self, place: Place) -> bool:
        if place.kind != ItemKind.UPPFOLJNING_AKTIVITET or place.item_id is None:
            return False
        return select_row(self.view, place.item_id)

    def show_item(self, item_id: object) -> None:
        if isinstance(item_id, int):
            self.view.select_item(item_id)


def _plain(text: str) -> str:
    """A rich text's words, for a screen reader (the markers are colour only: left out)."""
    return re.sub(r"<[^>]+>", "", text).replace("● ", "").replace("⚠ ", "")

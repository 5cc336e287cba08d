"""Granskning: every finding of the plan checks, by section and severity; activating one opens
the editor at the item and field. A finding that groups many items (13 activities without
ansvarig) folds out into one row per item, each of which goes to its item.

While a follow-up period is shown, the list holds that period's findings (the checker runs
its checks), headed with the period's name."""

from __future__ import annotations

from functools import partial
from html import escape

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel, QPushButton, QTreeView, QWidget

from vplan_desktop.sections import SECTIONS, ItemKind, Section, chapter_of_key, section_of_key
from vplan_desktop.services.review import mark_section_reviewed
from vplan_desktop.ui import seen
from vplan_desktop.ui.context import PlanContext
from vplan_desktop.ui.editors.base import SectionEditor
from vplan_desktop.ui.i18n import QT_TR_NOOP, tr
from vplan_desktop.ui.navigator import severity_icon
from vplan_desktop.ui.style import tone
from vplan_desktop.validation import (
    SEVERITY_ORDER,
    Finding,
    readiness,
    readiness_by_section,
    section_title,
)
from vplan_desktop.validation.follow_up_rules import follow_up_heading

FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
SECTION_ROLE = Qt.ItemDataRole.UserRole + 2

Place = tuple[object, ...]
"""A row's identity across refreshes: what it is about, not where it happens to stand."""


def _place(finding: object) -> Place | None:
    if not isinstance(finding, Finding):
        return None
    if finding.items:  # a group stays the same group while its items are fixed one by one
        return (finding.key, finding.rule, finding.severity)
    return (
        finding.key,
        finding.rule,
        finding.severity,
        finding.kind,
        finding.item_id,
        finding.field,
    )


READY = tone("redo", "#1b6e20", "#81c784")
NOT_READY = tone("inteRedo", "#b00020", "#ff8a80")
WARNINGS_LEFT = tone("varningarKvar", "#8a5300", "#ffb74d")


class ReviewPage(SectionEditor):
    title = SECTIONS[Section.GRANSKNING].title
    help_text = QT_TR_NOOP(
        "Det här kontrolleras innan planen går till nämnden. Fel måste rättas innan planen "
        "kan markeras som antagen. Dubbelklicka eller tryck Enter på en rad för att gå dit. "
        "En rad som samlar flera poster fälls ut med pil höger, så att du kan gå till var och en."
    )
    follow_up_help = QT_TR_NOOP(
        "Det här saknas eller bör ses över i uppföljningen innan den rapporteras till nämnden. "
        "Dubbelklicka eller tryck Enter på en rad för att gå dit. En rad som samlar flera "
        "poster fälls ut med pil höger, så att du kan gå till var och en."
    )

    go_to = Signal(object)
    """A ``Finding`` to open, or a section key (str)."""

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.summary = QLabel()
        self.summary.setObjectName("sammanfattning")
        self.outer.addWidget(self.summary)
        self.model = QStandardItemModel(self)
        self.view = QTreeView()
        self.view.setObjectName("fynd")
        self.view.setAccessibleName(tr("Granskningens fynd"))
        self.view.setHeaderHidden(True)
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.view.activated.connect(self._activated)
        self.view.doubleClicked.connect(self._activated)
        self.outer.addWidget(self.view, 1)
        self.setFocusProxy(self.view)  # Ctrl+7 lands in the list: arrows and Enter work at once
        self.reviewed_button = QPushButton(tr("Markera alla i avsnittet som &granskade"))
        self.reviewed_button.setToolTip(
            tr("För poster som förts över från förra årets plan och nu är genomlästa.")
        )
        self.reviewed_button.setEnabled(False)
        self.reviewed_button.clicked.connect(self.mark_reviewed)
        self.outer.addWidget(self.reviewed_button)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_button())
        self.findings: list[Finding] = []
        self.summary.setText(tr("Kontrollerar planen…"))
        context.period_changed.connect(self._period_changed)

    def _period_changed(self, period_id: object) -> None:
        """A period's checks are about what it lacks; marking items reviewed is the plan's."""
        plan = period_id is None
        self.summary.setText(
            tr("Kontrollerar planen…") if plan else tr("Kontrollerar uppföljningen…")
        )
        self.help_label.setText(tr(self.help_text) if plan else tr(self.follow_up_help))
        self.reviewed_button.setVisible(plan)

    def show_findings(self, findings: list[Finding]) -> None:
        self.findings = findings
        # The list is rebuilt on every check: keep open what the user opened and the row
        # they were on, so that working through a group's items is not a walk from the top.
        opened = self._opened_groups()
        current = self.view.currentIndex()
        wanted = [_place(current.data(FINDING_ROLE)), _place(current.parent().data(FINDING_ROLE))]
        plan = self.context.plan
        period = self.context.period
        summary = readiness(findings)
        colour = (READY if summary.ready else NOT_READY).name()
        if period is None:
            self.summary.setText(f"<b style='color:{colour}'>{summary.text}</b>")
        else:
            colour = WARNINGS_LEFT.name() if summary.ready and summary.varningar else colour
            self.summary.setText(
                f"<b style='color:{colour}'>{escape(follow_up_heading(period, findings))}</b>"
            )
        self.model.clear()
        # What a screen reader says of the column.
        self.model.setHorizontalHeaderLabels([tr("Fynd")])
        per_section = readiness_by_section(findings)
        for key, counts in per_section.items():
            heading = QStandardItem(f"{section_title(plan, key)} – {counts.counts_text}")
            heading.setData(key, SECTION_ROLE)
            heading.setIcon(
                severity_icon(
                    SEVERITY_ORDER[0]
                    if counts.fel
                    else SEVERITY_ORDER[1]
                    if counts.varningar
                    else SEVERITY_ORDER[2]
                )
            )
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            for finding in sorted(
                (f for f in findings if f.key == key),
                key=lambda f: SEVERITY_ORDER.index(f.severity),
            ):
                item = QStandardItem(f"{finding.severity.label}: {finding.message}")
                item.setIcon(severity_icon(finding.severity))
                item.setData(finding, FINDING_ROLE)
                item.setToolTip(finding.message)
                if finding.items:
                    item.setToolTip(
                        tr(
                            "{message}\nFäll ut raden (pil höger) för att gå till var och en."
                        ).format(message=finding.message)
                    )
                    for one in finding.each():
                        entry = QStandardItem(one.message)
                        entry.setData(one, FINDING_ROLE)
                        entry.setToolTip(
                            tr("{message}\nEnter eller dubbelklick går dit.").format(
                                message=one.message
                            )
                        )
                        item.appendRow(entry)
                heading.appendRow(item)
            self.model.appendRow(heading)
        if not findings:
            self.model.appendRow(
                QStandardItem(
                    tr("Inga fel, varningar eller tips – planen är redo för nämnden.")
                    if period is None
                    else tr("Inga fel, varningar eller tips – {namn} är komplett.").format(
                        namn=period.namn
                    )
                )
            )
        self._expand(opened)
        found = (self._find(place) for place in wanted if place is not None)
        again = next((index for index in found if index is not None), None)
        if again is not None:
            self.view.setCurrentIndex(again)
        elif self.model.rowCount():
            first = self.model.index(0, 0)
            child = self.model.index(0, 0, first)
            self.view.setCurrentIndex(child if child.isValid() else first)
        self._update_button()

    def _finding_rows(self) -> list[QModelIndex]:
        """Every row that holds a finding: the findings and, under a group, its items."""
        rows: list[QModelIndex] = []
        for top in range(self.model.rowCount()):
            section = self.model.index(top, 0)
            for row in range(self.model.rowCount(section)):
                index = self.model.index(row, 0, section)
                rows.append(index)
                rows += [self.model.index(n, 0, index) for n in range(self.model.rowCount(index))]
        return rows

    def _opened_groups(self) -> set[Place | None]:
        return {
            _place(index.data(FINDING_ROLE))
            for index in self._finding_rows()
            if self.model.hasChildren(index) and self.view.isExpanded(index)
        }

    def _expand(self, opened: set[Place | None]) -> None:
        """Open every section; a group only if it was open (its items are the noise it hides)."""
        for top in range(self.model.rowCount()):
            self.view.expand(self.model.index(top, 0))
        for index in self._finding_rows():
            if self.model.hasChildren(index) and _place(index.data(FINDING_ROLE)) in opened:
                self.view.expand(index)

    def _find(self, place: Place) -> QModelIndex | None:
        return next(
            (i for i in self._finding_rows() if _place(i.data(FINDING_ROLE)) == place), None
        )

    def _current_key(self) -> str | None:
        """The window key of the current row's heading ("mal", "kapitel:7")."""
        index = self.view.currentIndex()
        finding = index.data(FINDING_ROLE)
        if isinstance(finding, Finding):
            return finding.key
        key = index.data(SECTION_ROLE)
        return key if isinstance(key, str) else None

    def _update_button(self) -> None:
        key = self._current_key()
        self.reviewed_button.setEnabled(
            any(f.key == key and f.rule == "granska.overfort" for f in self.findings)
        )

    def mark_reviewed(self) -> None:
        """ "Markera alla i avsnittet som granskade" for the section of the current row."""
        key = self._current_key()
        if key is None:
            return
        chapter = chapter_of_key(key)
        if chapter is not None:
            self.context.edit(
                tr("Markera som granskat"),
                seen.update(self.context.plan, ItemKind.KAPITEL, chapter, {"att_granska": False}),
            )
        else:
            self.context.edit(
                tr("Markera avsnittet som granskat"),
                partial(mark_section_reviewed, section=section_of_key(key)),
            )

    def _activated(self, index: QModelIndex) -> None:
        finding = index.data(FINDING_ROLE)
        if isinstance(finding, Finding):
            self.go_to.emit(finding)
        elif isinstance(key := index.data(SECTION_ROLE), str):
            self.go_to.emit(key)

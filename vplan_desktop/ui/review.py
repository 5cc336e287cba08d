"""Granskning: every finding of the plan checks, by section and severity; activating one opens
the editor at the item and field."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel, QPushButton, QTreeView, QWidget

from vplan_desktop.sections import SECTIONS, ItemKind, Section, chapter_of_key, section_of_key
from vplan_desktop.services import items
from vplan_desktop.services.review import mark_section_reviewed
from vplan_desktop.ui.context import PlanContext
from vplan_desktop.ui.editors.base import SectionEditor
from vplan_desktop.ui.navigator import severity_icon
from vplan_desktop.validation import (
    SEVERITY_ORDER,
    Finding,
    readiness,
    readiness_by_section,
    section_title,
)

FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
SECTION_ROLE = Qt.ItemDataRole.UserRole + 2


class ReviewPage(SectionEditor):
    title = SECTIONS[Section.GRANSKNING].title
    help_text = (
        "Det här kontrolleras innan planen går till nämnden. Fel måste rättas innan planen "
        "kan markeras som antagen. Dubbelklicka eller tryck Enter på en rad för att gå dit."
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
        self.view.setAccessibleName("Granskningens fynd")
        self.view.setHeaderHidden(True)
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.view.activated.connect(self._activated)
        self.view.doubleClicked.connect(self._activated)
        self.outer.addWidget(self.view, 1)
        self.setFocusProxy(self.view)  # Ctrl+7 lands in the list: arrows and Enter work at once
        self.reviewed_button = QPushButton("Markera alla i avsnittet som &granskade")
        self.reviewed_button.setToolTip(
            "För poster som förts över från förra årets plan och nu är genomlästa."
        )
        self.reviewed_button.setEnabled(False)
        self.reviewed_button.clicked.connect(self.mark_reviewed)
        self.outer.addWidget(self.reviewed_button)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_button())
        self.findings: list[Finding] = []
        self.summary.setText("Kontrollerar planen…")

    def show_findings(self, findings: list[Finding]) -> None:
        self.findings = findings
        plan = self.context.plan
        summary = readiness(findings)
        colour = "#2e7d32" if summary.ready else "#b00020"
        self.summary.setText(f"<b style='color:{colour}'>{summary.text}</b>")
        self.model.clear()
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
                heading.appendRow(item)
            self.model.appendRow(heading)
        if not findings:
            self.model.appendRow(
                QStandardItem("Inga fel, varningar eller tips – planen är redo för nämnden.")
            )
        self.view.expandAll()
        if not self.view.currentIndex().isValid() and self.model.rowCount():
            first = self.model.index(0, 0)
            child = self.model.index(0, 0, first)
            self.view.setCurrentIndex(child if child.isValid() else first)
        self._update_button()

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
                "Markera som granskat",
                partial(
                    items.update_item,
                    kind_name=ItemKind.KAPITEL,
                    item_id=chapter,
                    fields={"att_granska": False},
                ),
            )
        else:
            self.context.edit(
                "Markera avsnittet som granskat",
                partial(mark_section_reviewed, section=section_of_key(key)),
            )

    def _activated(self, index: QModelIndex) -> None:
        finding = index.data(FINDING_ROLE)
        if isinstance(finding, Finding):
            self.go_to.emit(finding)
        elif isinstance(key := index.data(SECTION_ROLE), str):
            self.go_to.emit(key)

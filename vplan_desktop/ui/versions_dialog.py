"""Tidigare versioner: the backups and the named versions of the open plan.

Each can be opened read-only in a window of its own, compared with the plan, or restored (the
plan as it is now is kept as a backup first, so a restore can itself be taken back).
"""

from __future__ import annotations

import tempfile
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vplan_desktop.errors import VplanError
from vplan_desktop.formatting import format_number
from vplan_desktop.interchange import import_json
from vplan_desktop.planning.versions import list_versions, version_content
from vplan_desktop.services.adoption import log_event
from vplan_desktop.storage.backups import list_backups
from vplan_desktop.ui.compare_dialog import CompareDialog, stamp
from vplan_desktop.ui.context import PlanContext
from vplan_desktop.ui.dialog_parts import error_label
from vplan_desktop.ui.i18n import tr


@dataclass(frozen=True)
class Earlier:
    label: str
    when: str
    size: str
    backup: Path | None = None
    version_id: int | None = None


def version_file(context: PlanContext, version_id: int) -> Path:
    """A named version as a plan file of its own (in the temporary folder)."""
    folder = Path(tempfile.mkdtemp(prefix="vplan-version-"))
    path = folder / f"{context.session.plan.stem} (version).vplan"
    import_json(version_content(context.document, version_id), path)
    return path


class VersionsDialog(QDialog):
    openRequested = Signal(Path, str)
    """A plan file to show read-only in a window of its own, and what to call it."""

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(tr("Tidigare versioner"))
        self.resize(720, 460)
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "Säkerhetskopior tas när planen öppnas och var tionde minut medan du arbetar; "
                "äldre gallras till en per dag och sedan en per vecka. Namngivna versioner sparar "
                "du själv (Arkiv → Spara version…)."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([tr("Version"), tr("Tid"), tr("Storlek")])
        self.table.setAccessibleName(tr("Versioner och säkerhetskopior"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.error = error_label()
        layout.addWidget(self.error)
        row = QHBoxLayout()
        self.open_button = QPushButton(tr("Ö&ppna skrivskyddad"))
        self.compare_button = QPushButton(tr("&Jämför med planen"))
        self.restore_button = QPushButton(tr("&Återställ…"))
        close = QPushButton(tr("Stäng"))
        for button in (self.open_button, self.compare_button, self.restore_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.open_button.clicked.connect(self.open_selected)
        self.compare_button.clicked.connect(self.compare_selected)
        self.restore_button.clicked.connect(self.restore_selected)
        self.table.doubleClicked.connect(self.compare_selected)
        close.clicked.connect(self.reject)
        # Restoring rewrites the whole plan: not for a redaktör of some verksamheter.
        self.restore_button.setEnabled(not context.read_only and context.permissions.can_edit_plan)
        self.fill()

    def fill(self) -> None:
        self.items: list[Earlier] = [
            Earlier(tr("Version: {name}").format(name=v.namn), stamp(v.skapad), "", version_id=v.id)
            for v in list_versions(self.context.document)
        ] + [
            Earlier(
                tr("Säkerhetskopia"),
                stamp(b.tid),
                tr("{size} kB").format(size=format_number(max(1, round(b.storlek / 1024)))),
                backup=b.path,
            )
            for b in list_backups(self.context.session.plan)
        ]
        self.table.setRowCount(len(self.items))
        for number, item in enumerate(self.items):
            for column, text in enumerate((item.label, item.when, item.size)):
                cell = QTableWidgetItem(text)
                if column == 2:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(number, column, cell)
        self.table.resizeColumnsToContents()
        if self.items:
            self.table.selectRow(0)
        for button in (self.open_button, self.compare_button):
            button.setEnabled(bool(self.items))

    def selected(self) -> Earlier | None:
        rows = self.table.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows else None

    def _file(self, item: Earlier) -> Path:
        if item.backup is not None:
            return item.backup
        assert item.version_id is not None
        return version_file(self.context, item.version_id)

    def open_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        try:
            path = self._file(item)
        except VplanError as error:
            self.error.setText(error.message)
            return
        self.openRequested.emit(path, f"{item.label} {item.when}")

    def compare_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        label = (
            tr("Säkerhetskopia {when}").format(when=item.when)
            if item.backup is not None
            else f"{item.label} ({item.when})"
        )
        CompareDialog(self.context, self, start=label).exec()

    def restore_selected(self) -> None:
        item = self.selected()
        if item is None or not self.restore_button.isEnabled():
            return
        answer = QMessageBox.question(
            self,
            tr("Återställ"),
            tr(
                "Återställ planen till {version} från {when}? Planen som den "
                "är nu sparas först som en säkerhetskopia."
            ).format(version=item.label.lower(), when=item.when),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            source = self._file(item)
            self.context.session.restore(source)
            with suppress(VplanError):
                log_event(
                    self.context.document, f"Återställd till {item.label.lower()} {item.when}"
                )
        except VplanError as error:
            self.error.setText(error.message)
            return
        self.context.reload()
        self.fill()
        self.error.setText("")

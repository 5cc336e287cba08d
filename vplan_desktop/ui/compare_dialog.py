"""Jämför: what changed between two states of the plan – now, named versions, backups, files."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vplan_desktop.compare import diff_plans, load_side, plan_state
from vplan_desktop.errors import VplanError
from vplan_desktop.formatting import format_date
from vplan_desktop.planning.versions import list_versions, version_content
from vplan_desktop.storage.backups import list_backups
from vplan_desktop.ui.context import PlanContext
from vplan_desktop.ui.dialog_parts import error_label
from vplan_desktop.ui.diff_view import DiffView
from vplan_desktop.ui.i18n import QT_TR_NOOP, tr

Source = Callable[[], dict[str, Any]]
OTHER_FILE = QT_TR_NOOP("Annan planfil…")


def stamp(value: Any) -> str:
    return f"{format_date(value.date())} {value:%H:%M}"


class CompareDialog(QDialog):
    """Two pickers (Från, Till) and the differences between them."""

    def __init__(
        self, context: PlanContext, parent: QWidget | None = None, *, start: str = ""
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(tr("Jämför versioner av planen"))
        self.resize(1000, 640)
        self.sources: list[tuple[str, Source]] = [
            (tr("Planen nu"), lambda: plan_state(context.document))
        ]
        for version in list_versions(context.document):
            self.sources.append(
                (
                    tr("Version: {name}").format(name=version.namn) + f" ({stamp(version.skapad)})",
                    partial(version_content, context.document, version.id),
                )
            )
        for backup in list_backups(context.session.plan):
            self.sources.append(
                (
                    tr("Säkerhetskopia {when}").format(when=stamp(backup.tid)),
                    partial(load_side, backup.path),
                )
            )
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.old = QComboBox()
        self.new = QComboBox()
        for combo in (self.old, self.new):
            combo.addItems([label for label, _ in self.sources] + [tr(OTHER_FILE)])
            combo.activated.connect(self._chosen)
        form.addRow(tr("&Från:"), self.old)
        form.addRow(tr("&Till:"), self.new)
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)
        self.view = DiffView()
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Stäng"))
        copy = QPushButton(tr("&Kopiera skillnaderna"))
        copy.clicked.connect(self.view.copy_all)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        start_index = next((n for n, (label, _) in enumerate(self.sources) if label == start), 1)
        self.old.setCurrentIndex(min(start_index, len(self.sources) - 1))
        self.new.setCurrentIndex(0)
        self.compare()

    def _chosen(self) -> None:
        for combo in (self.old, self.new):
            if combo.currentText() == tr(OTHER_FILE):
                name, _ = QFileDialog.getOpenFileName(
                    self,
                    tr("Jämför med planfil"),
                    str(self.context.session.plan.parent),
                    tr("vplan-planer (*.vplan);;JSON-planer (*.json)"),
                )
                if not name:
                    combo.setCurrentIndex(0)
                    continue
                path = Path(name)
                label = tr("Fil: {name}").format(name=path.name)
                self.sources.append((label, partial(load_side, path)))
                for each in (self.old, self.new):
                    each.insertItem(len(self.sources) - 1, label)
                combo.setCurrentIndex(len(self.sources) - 1)
        self.compare()

    def compare(self) -> None:
        try:
            old = self.sources[self.old.currentIndex()][1]()
            new = self.sources[self.new.currentIndex()][1]()
        except VplanError as error:
            self.error.setText(error.message)
            self.view.clear()
            return
        self.error.setText("")
        self.view.show_differences(diff_plans(old, new))

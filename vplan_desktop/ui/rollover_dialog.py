"""Ny plan från förra årets plan: choose the old plan, the new period and what to carry over;
see what will happen before anything is written.

Started from a plan on the server, the dialog works on a copy of it fetched for the purpose
(as "Spara som…" makes one): the new plan is a plan file on this computer, which the dialog
says; it can be uploaded to the server afterwards (``vplan server upload``).
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.file_header import FILE_SUFFIX
from vplan_desktop.errors import VplanError
from vplan_desktop.planning.rollover import Carry, preview_rollover, rollover
from vplan_desktop.sections import BUDGET_SECTIONS, Section
from vplan_desktop.services.read import read_front_matter
from vplan_desktop.ui.dialog_parts import error_label, ok_cancel, plan_file
from vplan_desktop.ui.i18n import QT_TR_NOOP, tr
from vplan_desktop.ui.plan_session import place_text
from vplan_desktop.ui.server_opening import busy

if TYPE_CHECKING:
    from vplan_desktop.ui.main_window import MainWindow

CARRY_LABELS: list[tuple[tuple[Section, ...], str]] = [
    ((Section.KAPITEL,), QT_TR_NOOP("&Kapitlen")),
    ((Section.MAL,), QT_TR_NOOP("&Mål och indikatorer")),
    ((Section.AKTIVITETER,), QT_TR_NOOP("&Aktiviteter som inte är klara")),
    (BUDGET_SECTIONS, QT_TR_NOOP("&Budget och nyckeltal")),
    ((Section.INTERNKONTROLL,), QT_TR_NOOP("&Internkontroll")),
]
"""The choices of what to bring over: one box per section, one for all the budget's pages."""


class RolloverDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None = None,
        old: Path | None = None,
        *,
        server: str = "",
        folder: Path | None = None,
    ) -> None:
        """``old``: last year's plan file; with ``server`` (its place, as the window names
        it), a copy of a plan on the server, shown by that name; ``folder``: where the new
        plan is suggested (by default beside the old one)."""
        super().__init__(parent)
        self.setWindowTitle(tr("Ny plan från förra årets plan"))
        self.created: Path | None = None
        self.server = server
        self.server_copy = old if server else None
        self.folder = folder
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.old = QLineEdit(server or (str(old) if old else ""))
        self.old.setAccessibleName(tr("Förra årets plan"))
        browse = QPushButton(tr("&Bläddra…"))
        browse.clicked.connect(self._browse_old)
        row = QHBoxLayout()
        row.addWidget(self.old, 1)
        row.addWidget(browse)
        old_label = QLabel(tr("&Förra årets plan:"))
        old_label.setBuddy(self.old)
        form.addRow(old_label, row)
        self.server_note = QLabel(
            tr(
                "Förra årets plan hämtas från servern. Den nya planen blir en planfil på den "
                "här datorn; den kan sedan laddas upp till servern (vplan server upload)."
            )
        )
        self.server_note.setWordWrap(True)
        self.server_note.setVisible(bool(server))
        form.addRow("", self.server_note)
        self.first = QSpinBox()
        self.first.setRange(2000, 2100)
        self.first.setAccessibleName(tr("Den nya planens första år"))
        form.addRow(tr("Nya planens första &år:"), self.first)
        self.carry: dict[Section, QCheckBox] = {}
        """The boxes by the first section each brings over (Driftbudget: the whole budget)."""
        for number, (sections, label) in enumerate(CARRY_LABELS):
            box = QCheckBox(tr(label))
            box.setChecked(True)
            box.toggled.connect(self._update)
            self.carry[sections[0]] = box
            form.addRow(tr("För över:") if number == 0 else "", box)
        self.new = QLineEdit()
        self.new.setAccessibleName(tr("Den nya planens fil"))
        form.addRow(tr("Spara &som:"), self.new)
        layout.addLayout(form)
        self.summary = QPlainTextEdit()
        self.summary.setReadOnly(True)
        self.summary.setAccessibleName(tr("Sammanfattning"))
        self.summary.setMinimumHeight(180)
        layout.addWidget(QLabel(tr("<b>Det här händer:</b>")))
        layout.addWidget(self.summary, 1)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = ok_cancel(self, tr("Skapa planen"))
        layout.addWidget(buttons)
        self.old.editingFinished.connect(self._old_chosen)
        self.first.valueChanged.connect(self._update)
        self.resize(620, 560)
        self._old_chosen()

    def carry_choice(self) -> Carry:
        return Carry(
            frozenset(
                section
                for sections, _ in CARRY_LABELS
                if self.carry[sections[0]].isChecked()
                for section in sections
            )
        )

    def _browse_old(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            tr("Förra årets plan"),
            self.old.text(),
            tr("vplan-planer (*{suffix})").format(suffix=FILE_SUFFIX),
        )
        if name:
            self.old.setText(name)
            self._old_chosen()

    def old_path(self) -> Path | None:
        """Last year's plan file: the one typed or chosen, or the copy of the server's plan."""
        text = self.old.text().strip()
        if not text:
            return None
        if self.server_copy is not None and text == self.server:
            return self.server_copy
        return Path(text)

    def _old_chosen(self) -> None:
        path = self.old_path()
        self.server_note.setVisible(path is not None and path == self.server_copy)
        if path is None:
            self.summary.setPlainText(tr("Välj förra årets plan."))
            return
        try:
            with PlanDocument.open(path, read_only=True) as doc:
                u = read_front_matter(doc)
        except VplanError as error:
            self.error.setText(error.message)
            return
        self.error.setText("")
        self.first.blockSignals(True)
        self.first.setValue(u.forsta_ar + 1)
        self.first.blockSignals(False)
        folder = self.folder if self.folder is not None else path.parent
        self.new.setText(str(folder / f"{u.namnd} {u.forsta_ar + 1}{FILE_SUFFIX}"))
        self._update()

    def _update(self) -> None:
        path = self.old_path()
        if path is None:
            return
        try:
            summary = preview_rollover(path, self.first.value(), self.carry_choice())
        except VplanError as error:
            self.error.setText(error.message)
            self.summary.setPlainText("")
            return
        self.error.setText("")
        self.summary.setPlainText("\n".join(summary.lines()))

    def accept(self) -> None:
        new = plan_file(self.new.text())
        if new is None:
            self.error.setText(tr("Ange var den nya planen ska sparas."))
            return
        old = self.old_path()
        if old is None:
            self.error.setText(tr("Välj förra årets plan."))
            return
        try:
            rollover(old, new, self.first.value(), self.carry_choice())
        except VplanError as error:
            self.error.setText(error.message)
            return
        self.created = new
        super().accept()


def rollover_dialog(window: MainWindow) -> RolloverDialog | None:
    """The dialog, starting from the plan open in ``window`` if there is one: a plan file as
    saved now, a plan on the server as a copy fetched for the dialog (removed when it closes).
    None, with the reason shown, when the server's plan could not be fetched."""
    context = window.context
    if context is None:
        return RolloverDialog(window)
    session = context.session
    if session.address is None:
        window.file_actions.save_now()  # the rollover reads the plan file: every edit in it
        return RolloverDialog(window, session.plan)
    if window.workspace is not None:
        window.workspace.flush()  # typed text is on the server before the copy is made
    folder = tempfile.TemporaryDirectory(prefix="vplan-forra-aret-")
    copy = Path(folder.name) / session.plan.name
    try:
        busy(lambda: session.save_as(copy))
    except VplanError as error:
        folder.cleanup()
        window.report_error(window, tr("Förra årets plan kunde inte hämtas"), error.message)
        return None
    dialog = RolloverDialog(
        window, copy, server=place_text(session.address), folder=session.plan.parent
    )
    dialog.finished.connect(lambda _result: folder.cleanup())
    return dialog

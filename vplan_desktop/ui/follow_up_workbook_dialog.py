"""Utfall och prognos från ekonomen: write the period's workbook for the ekonom, read it back,
see every change and every problem, apply them all on Verkställ (one undo step).

The window calls ``export_follow_up_workbook`` and ``import_follow_up_workbook`` with its open
plan's context; both work on the period the window shows.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from vplan_desktop.errors import VplanError
from vplan_desktop.services.follow_up import REPORTED
from vplan_desktop.ui.dialog_parts import error_label, ok_cancel
from vplan_desktop.ui.i18n import QT_TR_NOOP, tr
from vplan_desktop.wording import count

if TYPE_CHECKING:
    from vplan_desktop.follow_up_data import Uppfoljning
    from vplan_desktop.imports.follow_up_xlsx import FollowUpPreview
    from vplan_desktop.services.changes import Change
    from vplan_desktop.ui.context import PlanContext

EXPORT_TITLE = QT_TR_NOOP("Skriv arbetsbok för utfall och prognos")
IMPORT_TITLE = QT_TR_NOOP("Läs in utfall och prognos från Excel")
XLSX_FILTER = QT_TR_NOOP("Excel-arbetsbok (*.xlsx)")
NO_PERIOD = QT_TR_NOOP(
    "Välj först i uppföljningsväljaren vilken uppföljning (delår eller årsredovisning) "
    "utfallet och prognosen gäller."
)


class FollowUpPreviewDialog(QDialog):
    """Every change the workbook makes and every problem in it; Verkställ only without one."""

    def __init__(
        self, preview: FollowUpPreview, file_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr(IMPORT_TITLE))
        layout = QVBoxLayout(self)
        rows = count(len(preview.changes), "rad")
        intro = QLabel(
            tr(
                "<b>{rows}</b> i {file_name} ändrar utfall, prognos eller "
                "kommentar i {period_name}. Allt genomförs på en gång och "
                "kan ångras med Ctrl+Z."
            ).format(rows=rows, file_name=file_name, period_name=preview.period_name)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Ändringar"))
        self.list.addItems([change.text for change in preview.changes])
        layout.addWidget(self.list, 2)
        self.problems = QListWidget()
        self.problems.setAccessibleName(tr("Fel i arbetsboken"))
        self.problems.addItems(preview.problem_lines)
        self.problem_label = error_label()
        if preview.problems:
            self.problem_label.setText(
                tr(
                    "Arbetsboken har {count}. Inget kan läsas in förrän de är rättade i filen:"
                ).format(count=count(len(preview.problems), "fel"))
            )
            layout.addWidget(self.problem_label)
            layout.addWidget(self.problems, 1)
        self.buttons = ok_cancel(self, tr("Verkställ"))
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button.setEnabled(not preview.problems)
        layout.addWidget(self.buttons)
        self.resize(760, 460)


Reporter = Callable[[QWidget, str, str], object]


def _reporter(window: QWidget) -> Reporter:
    """The window's own way to show an error (``MainWindow.report_error``), else a box."""
    found: Reporter | None = getattr(window, "report_error", None)
    return found or QMessageBox.warning


def _status(window: QWidget, text: str) -> None:
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 8000)


def _period(window: QWidget, context: PlanContext, title: str) -> Uppfoljning | None:
    period = context.period
    if period is None:
        _reporter(window)(window, title, tr(NO_PERIOD))
    return period


def export_follow_up_workbook(
    window: QWidget, context: PlanContext, path: Path | None = None
) -> Path | None:
    """Write the shown period's workbook (asking where, unless ``path`` is given)."""
    # Deferred for start-up time: openpyxl is slow to import.
    from vplan_desktop.exports.follow_up_workbook import write_follow_up_workbook
    from vplan_desktop.exports.targets import check_export_target

    period = _period(window, context, tr(EXPORT_TITLE))
    if period is None:
        return None
    if path is None:
        suggested = context.session.plan.parent / tr("{name} – utfall och prognos.xlsx").format(
            name=period.namn
        )
        name, _ = QFileDialog.getSaveFileName(
            window, tr(EXPORT_TITLE), str(suggested), tr(XLSX_FILTER)
        )
        if not name:
            return None
        path = Path(name)
    if path.suffix.lower() != ".xlsx":
        path = path.with_name(path.name + ".xlsx")
    try:
        check_export_target(
            path, plan=context.session.plan, working=context.session.working, what="Arbetsboken"
        )
        notices = write_follow_up_workbook(context.plan, period, path)
    except VplanError as error:
        _reporter(window)(window, tr("Arbetsboken kunde inte sparas"), error.message)
        return None
    _status(
        window, " ".join([f"Arbetsboken för {period.namn} är sparad som {path.name}.", *notices])
    )
    return path


def import_follow_up_workbook(
    window: QWidget, context: PlanContext, path: Path | None = None
) -> Change | None:
    """Read the ekonom's workbook into the shown period: every change and problem shown
    first, all applied as one undoable step on Verkställ."""
    # Deferred for start-up time: openpyxl is slow to import.
    from vplan_desktop.imports.follow_up_xlsx import apply_follow_up, read_follow_up_workbook

    period = _period(window, context, tr(IMPORT_TITLE))
    if period is None:
        return None
    report = _reporter(window)
    if context.follow_up_read_only:
        message = (
            REPORTED.format(namn=period.namn)
            if period.rapporterad
            else tr("Planen är öppnad skrivskyddad; inget kan läsas in.")
        )
        report(window, tr(IMPORT_TITLE), message)
        return None
    if path is None:
        name, _ = QFileDialog.getOpenFileName(
            window, tr(IMPORT_TITLE), str(context.session.plan.parent), tr(XLSX_FILTER)
        )
        if not name:
            return None
        path = Path(name)
    try:
        preview = read_follow_up_workbook(context.plan, period, path)
    except VplanError as error:
        report(window, tr("Utfall och prognos kunde inte läsas in"), error.message)
        return None
    if not preview.changes and not preview.problems:
        _status(
            window, tr("Arbetsboken innehåller inga ändringar mot {namn}.").format(namn=period.namn)
        )
        return None
    dialog = FollowUpPreviewDialog(preview, path.name, window)
    if not dialog.exec() or preview.problems:
        return None
    return context.edit_follow_up(
        tr("Läs in utfall och prognos"), partial(apply_follow_up, preview=preview)
    )

"""Arkiv → Importera: a plan written in Word becomes a new plan, and the ekonom's budget
workbook is read into the open plan; each shows what it found before anything changes."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog

from vplan_desktop.errors import VplanError
from vplan_desktop.ui.i18n import tr

if TYPE_CHECKING:
    from vplan_desktop.ui.main_window import MainWindow


def import_word_plan(window: MainWindow, path: Path | None = None) -> None:
    """A plan written in Word becomes a new vplan plan, after the user confirms it."""
    # Deferred for start-up time: python-docx is slow to import.
    from vplan_desktop.imports.word import interpret, read_source
    from vplan_desktop.ui.word_import_dialog import WordImportDialog

    if path is None:
        name, _ = QFileDialog.getOpenFileName(
            window, tr("Importera Word-plan"), str(Path.home()), tr("Dokument (*.docx *.odt)")
        )
        if not name:
            return
        path = Path(name)
    try:
        source = read_source(path)
        found = interpret(source)
    except VplanError as error:
        window.report_error(window, tr("Word-planen kunde inte läsas"), error.message)
        return
    dialog = WordImportDialog(path, source, found, window)
    if dialog.exec() and dialog.created is not None:
        window.open_plan(dialog.created)


def import_budget(window: MainWindow, path: Path | None = None) -> None:
    """Read the ekonom's workbook, show every change, apply them all on Verkställ."""
    # Deferred for start-up time: openpyxl is slow to import.
    from vplan_desktop.imports.budget_xlsx import apply_budget, read_budget
    from vplan_desktop.ui.budget_import_dialog import BudgetPreviewDialog

    if window.context is None:
        return
    if path is None:
        name, _ = QFileDialog.getOpenFileName(
            window,
            tr("Läs in budget från Excel"),
            str(window.context.document.path.parent),
            tr("Excel-arbetsbok (*.xlsx)"),
        )
        if not name:
            return
        path = Path(name)
    try:
        changes = read_budget(window.context.plan, path)
    except VplanError as error:
        window.report_error(window, tr("Budgeten kunde inte läsas in"), error.message)
        return
    if not changes:
        window.statusBar().showMessage(
            tr("Budgetfilen innehåller inga ändringar mot planen."), 8000
        )
        return
    if BudgetPreviewDialog(changes, path.name, window).exec():
        window.context.edit(tr("Läs in budget"), partial(apply_budget, changes=changes))

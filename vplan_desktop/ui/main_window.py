"""The main window: the start page until a plan is open, then the plan's workspace."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QTime
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QSplitter, QWidget

from vplan_desktop import __version__
from vplan_desktop.db.document import FILE_SUFFIX, PlanDocument
from vplan_desktop.errors import VplanError
from vplan_desktop.paths import resource
from vplan_desktop.ui.context import PlanContext
from vplan_desktop.ui.export_runner import ExportRunner
from vplan_desktop.ui.icons import app_icon
from vplan_desktop.ui.new_plan_dialog import NewPlanDialog
from vplan_desktop.ui.settings import forget_plan, recent_plans, remember_plan, settings
from vplan_desktop.ui.start_page import StartPage
from vplan_desktop.ui.workspace import PlanWorkspace

FILE_FILTER = f"vplan-planer (*{FILE_SUFFIX});;Alla filer (*)"
SECTION_SHORTCUTS = [
    ("Uppgifter", "uppgifter"),
    ("Kapitel", "kapitel"),
    ("Mål och indikatorer", "mal"),
    ("Aktiviteter", "aktiviteter"),
    ("Budget", "drift"),
    ("Internkontroll", "internkontroll"),
    ("Granskning", "granskning"),
]

ErrorReporter = Callable[[QWidget, str, str], object]
"""Shows an error to the user: (parent, title, message)."""


def _warning_box(parent: QWidget, title: str, message: str) -> None:
    QMessageBox.warning(parent, title, message)


class MainWindow(QMainWindow):
    """The program's window; it holds at most one open plan.

    ``report_error`` shows what went wrong (a message box by default; the screenshot command
    passes one that writes to stderr, since nobody is there to close a dialog).
    """

    def __init__(self, report_error: ErrorReporter | None = None) -> None:
        super().__init__()
        self.report_error = report_error or _warning_box
        self.setWindowIcon(app_icon())
        self.context: PlanContext | None = None
        self.workspace: PlanWorkspace | None = None
        self.exporter = ExportRunner(self)
        self.saved_label = QLabel()
        self.statusBar().addPermanentWidget(self.saved_label)
        self._build_menus()
        self._show_start_page()
        self._update_title()
        geometry = settings().value("fonster/geometri")
        if geometry is not None:
            self.restoreGeometry(geometry)

    @property
    def document(self) -> PlanDocument | None:
        return self.context.document if self.context else None

    # --- menus ---------------------------------------------------------------------------

    def _action(
        self,
        menu: object,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)  # type: ignore[attr-defined]
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&Arkiv")
        self._action(file_menu, "&Ny plan…", self.new_plan, QKeySequence.StandardKey.New)
        self.open_action = self._action(
            file_menu, "&Öppna…", self.choose_plan, QKeySequence.StandardKey.Open
        )
        self.example_action = self._action(file_menu, "Öppna &exempelplan", self.open_example)
        self.recent_menu = file_menu.addMenu("&Senaste planer")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._action(file_menu, "Ny plan från &förra årets plan…", self.new_from_last_year)
        file_menu.addSeparator()
        export_menu = file_menu.addMenu("&Exportera")
        self.export_actions = [
            self._action(export_menu, f"{label}…", partial(self.export, fmt), shortcut)
            for fmt, label, shortcut in (
                ("docx", "&Word", "Ctrl+Shift+W"),
                ("pdf", "&PDF", "Ctrl+Shift+P"),
                ("xlsx", "&Excel (budgettabeller)", "Ctrl+Shift+E"),
            )
        ]
        self._action(file_menu, "Importera &Word-plan…", self.import_word_plan)
        self.import_budget_action = self._action(
            file_menu, "Läs in &budget från Excel…", self.import_budget
        )
        file_menu.addSeparator()
        self.close_action = self._action(
            file_menu, "S&täng plan", self.close_plan, QKeySequence.StandardKey.Close
        )
        self._action(file_menu, "&Avsluta", self.close, QKeySequence.StandardKey.Quit)

        edit_menu = bar.addMenu("&Redigera")
        self.undo_action = self._action(
            edit_menu, "&Ångra", self.undo, QKeySequence.StandardKey.Undo
        )
        self.redo_action = self._action(edit_menu, "&Gör om", self.redo)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])

        go_menu = bar.addMenu("&Gå till")
        self.section_actions = []
        for number, (title, key) in enumerate(SECTION_SHORTCUTS, start=1):
            action = self._action(go_menu, title, partial(self.show_section, key), f"Ctrl+{number}")
            self.section_actions.append(action)
        go_menu.addSeparator()
        self.previous_action = self._action(
            go_menu, "&Föregående avsnitt", partial(self._step, -1), "Ctrl+PgUp"
        )
        self.next_action = self._action(
            go_menu, "&Nästa avsnitt", partial(self._step, 1), "Ctrl+PgDown"
        )

        help_menu = bar.addMenu("&Hjälp")
        self._action(help_menu, "&Om vplan", self._about)
        self._update_actions()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in recent_plans():
            self._action(self.recent_menu, str(path), partial(self.open_plan, path))
        if not recent_plans():
            self.recent_menu.addAction("(inga)").setEnabled(False)

    def _update_actions(self) -> None:
        has_plan = self.context is not None
        for action in (
            self.close_action,
            self.previous_action,
            self.next_action,
            *self.section_actions,
            *self.export_actions,
            self.import_budget_action,
        ):
            action.setEnabled(has_plan)
        stack = self.context.undo_stack if self.context else None
        self.undo_action.setEnabled(bool(stack and stack.canUndo()))
        self.redo_action.setEnabled(bool(stack and stack.canRedo()))
        self.undo_action.setText(
            f"&Ångra {stack.undoText()}" if stack and stack.canUndo() else "&Ångra"
        )
        self.redo_action.setText(
            f"&Gör om {stack.redoText()}" if stack and stack.canRedo() else "&Gör om"
        )

    # --- pages ---------------------------------------------------------------------------

    def _show_start_page(self) -> None:
        page = StartPage()
        page.new_button.clicked.connect(self.new_plan)
        page.open_button.clicked.connect(self.choose_plan)
        page.example_button.clicked.connect(self.open_example)
        page.rollover_button.clicked.connect(self.new_from_last_year)
        page.openRequested.connect(self.open_plan)
        self.setCentralWidget(page)
        self.start_page = page

    def _update_title(self) -> None:
        if self.context is None:
            self.setWindowTitle("vplan")
            self.saved_label.setText("")
            return
        u = self.context.plan.uppgifter
        self.setWindowTitle(f"{u.namnd} – {u.titel}[*] – vplan")
        self.setWindowFilePath(str(self.context.document.path))

    def _saved(self, change: object = None) -> None:
        self.setWindowModified(False)
        self.saved_label.setText(f"Alla ändringar sparade {QTime.currentTime().toString('HH:mm')}")
        self._update_title()
        self._update_actions()

    def show_section(self, key: str) -> None:
        if self.workspace is not None:
            self.workspace.show_section(key)
            if (editor := self.workspace.stack.currentWidget()) is not None:
                editor.setFocus()

    def _step(self, direction: int) -> None:
        if self.workspace is not None:
            self.workspace.step(direction)

    # --- opening and closing -------------------------------------------------------------

    def new_plan(self) -> None:
        dialog = NewPlanDialog(self)
        if dialog.exec() and dialog.created is not None:
            self.open_plan(dialog.created)

    def new_from_last_year(self) -> None:
        """The rollover dialog, starting from the open plan if there is one."""
        from vplan_desktop.ui.rollover_dialog import RolloverDialog

        old = self.context.document.path if self.context else None
        dialog = RolloverDialog(self, old)
        if dialog.exec() and dialog.created is not None:
            self.open_plan(dialog.created)
            if self.workspace is not None:
                self.workspace.show_section("granskning")

    def choose_plan(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Öppna plan", str(Path.home()), FILE_FILTER)
        if name:
            self.open_plan(Path(name))

    def open_plan(self, path: Path) -> bool:
        """Open ``path``; a file that cannot be opened is explained and nothing changes."""
        try:
            document = PlanDocument.open(path)
            context = PlanContext(document)
        except VplanError as error:
            self.report_error(self, "Planen kunde inte öppnas", error.message)
            if path.resolve() in recent_plans() and not path.exists():
                forget_plan(path.resolve())
            return False
        self.close_plan()
        self.context = context
        context.setParent(self)
        self.workspace = PlanWorkspace(context)
        for splitter in self.workspace.findChildren(QSplitter):
            state = settings().value(f"fonster/{splitter.objectName()}")
            if state is not None:
                splitter.restoreState(state)
        context.changed.connect(self._saved)
        context.undo_stack.indexChanged.connect(self._undo_moved)
        self.workspace.chapter.text.textChanged.connect(self._typing)
        self.setCentralWidget(self.workspace)
        remember_plan(path)
        self._saved()
        self.saved_label.setText("Öppnad – ändringar sparas medan du arbetar")
        return True

    def _undo_moved(self, index: int) -> None:
        self._update_actions()

    def _typing(self) -> None:
        if self.workspace is not None and self.workspace.chapter._dirty:
            self.setWindowModified(True)
            self.saved_label.setText("Sparar…")

    def close_plan(self) -> None:
        if self.context is None:
            return
        assert self.workspace is not None
        self.workspace.flush()
        for splitter in self.workspace.findChildren(QSplitter):
            settings().setValue(f"fonster/{splitter.objectName()}", splitter.saveState())
        self.context.close()
        self.context.deleteLater()
        self.context = None
        self.workspace = None
        self._show_start_page()
        self._update_title()
        self._update_actions()

    def open_example(self) -> None:
        """Write a fresh copy of the example plan into the user's data folder and open it."""
        from vplan_desktop.interchange import import_json, load_json

        folder = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
        )
        target = folder / f"Exempelplan{FILE_SUFFIX}"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            if self.document is not None and self.document.path.resolve() == target.resolve():
                self.close_plan()
            target.unlink(missing_ok=True)
            import_json(load_json(resource("example_plan.json")), target)
        except (OSError, VplanError) as error:
            message = error.message if isinstance(error, VplanError) else str(error)
            self.report_error(self, "Exempelplanen kunde inte skapas", message)
            return
        self.open_plan(target)

    def export(self, fmt: str) -> None:
        """Arkiv → Exportera: to Word, PDF or Excel, next to the plan file by default."""
        if self.context is None or self.workspace is None:
            return
        self.workspace.flush()
        self.exporter.choose_and_run(self.context.plan, fmt, self.context.document.path.parent)

    def import_word_plan(self, path: Path | None = None) -> None:
        """A plan written in Word becomes a new vplan plan, after the user confirms it."""
        from vplan_desktop.imports.word import read_word
        from vplan_desktop.ui.word_import_dialog import WordImportDialog

        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self, "Importera Word-plan", str(Path.home()), "Word-dokument (*.docx)"
            )
            if not name:
                return
            path = Path(name)
        try:
            found = read_word(path)
        except VplanError as error:
            self.report_error(self, "Word-planen kunde inte läsas", error.message)
            return
        dialog = WordImportDialog(path, found, self)
        if dialog.exec() and dialog.created is not None:
            self.open_plan(dialog.created)

    def import_budget(self, path: Path | None = None) -> None:
        """Read the ekonom's workbook, show every change, apply them all on Verkställ."""
        from vplan_desktop.imports.budget_xlsx import apply_budget, read_budget
        from vplan_desktop.ui.budget_import_dialog import BudgetPreviewDialog

        if self.context is None:
            return
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self,
                "Läs in budget från Excel",
                str(self.context.document.path.parent),
                "Excel-arbetsbok (*.xlsx)",
            )
            if not name:
                return
            path = Path(name)
        try:
            changes = read_budget(self.context.plan, path)
        except VplanError as error:
            self.report_error(self, "Budgeten kunde inte läsas in", error.message)
            return
        if not changes:
            self.statusBar().showMessage("Budgetfilen innehåller inga ändringar mot planen.", 8000)
            return
        if BudgetPreviewDialog(changes, path.name, self).exec():
            self.context.edit("Läs in budget", partial(apply_budget, changes=changes))

    # --- undo ----------------------------------------------------------------------------

    def undo(self) -> None:
        if self.context is not None and self.workspace is not None:
            self.workspace.flush()  # typed text becomes a step of its own first
            self.context.undo_stack.undo()

    def redo(self) -> None:
        if self.context is not None:
            self.context.undo_stack.redo()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            "Om vplan",
            f"<h3>vplan {__version__}</h3><p>Nämndens verksamhetsplan, offline på din dator.</p>",
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        settings().setValue("fonster/geometri", self.saveGeometry())
        self.close_plan()
        super().closeEvent(event)

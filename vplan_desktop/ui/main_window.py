"""The main window: the start page until a plan is open, then the plan's workspace."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QWidget,
)

from vplan_desktop import __version__
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.file_header import FILE_SUFFIX
from vplan_desktop.errors import VplanError
from vplan_desktop.paths import resource
from vplan_desktop.sections import GROUPS
from vplan_desktop.server.address import PlanAddress
from vplan_desktop.storage.working import WriteBackError, find_unsaved
from vplan_desktop.ui import import_actions
from vplan_desktop.ui.context import PlanContext
from vplan_desktop.ui.edit_commands import edit_focused
from vplan_desktop.ui.export_runner import ExportRunner
from vplan_desktop.ui.file_actions import FILE_FILTER, FileActions
from vplan_desktop.ui.follow_up_menu import FollowUpMenu
from vplan_desktop.ui.i18n import tr
from vplan_desktop.ui.icons import app_icon
from vplan_desktop.ui.lost_connection import attach as watch_connection
from vplan_desktop.ui.new_plan_dialog import NewPlanDialog
from vplan_desktop.ui.plan_opening import conflict_notice, recover, start_session
from vplan_desktop.ui.plan_session import PlanSession, opened_status, shows, title_place
from vplan_desktop.ui.rights_view import limit_actions
from vplan_desktop.ui.saving import SaveProblemBar, Saver
from vplan_desktop.ui.server_opening import choose_server_plan, is_server_target, open_server_plan
from vplan_desktop.ui.server_watch import watch_server
from vplan_desktop.ui.settings import (
    forget_plan,
    recent_plans,
    remember_plan,
    remember_welcome_seen,
    settings,
    welcome_seen,
)
from vplan_desktop.ui.start_page import StartPage
from vplan_desktop.ui.window_size import GEOMETRY_KEY, restore_window_size
from vplan_desktop.ui.workspace import PlanWorkspace

if TYPE_CHECKING:
    from vplan_desktop.ui.handbook import HandbookWindow
    from vplan_desktop.ui.welcome_dialog import WelcomeDialog

SECTION_SHORTCUTS = [(title, group[0].value) for title, group in GROUPS]
"""Gå till's entries, Ctrl+1 and on: each of the navigator's headings opens its first part."""

ErrorReporter = Callable[[QWidget, str, str], object]
"""Shows an error to the user: (parent, title, message)."""


def _warning_box(parent: QWidget, title: str, message: str) -> None:
    QMessageBox.warning(parent, title, message)


class MainWindow(QMainWindow):
    """The program's window; it holds at most one open plan.

    ``report_error`` shows what went wrong (a message box by default; the screenshot command
    passes one that writes to stderr, since nobody is there to close a dialog). The Arkiv
    menu's actions on the open plan are in ``file_actions``.
    """

    def __init__(
        self, report_error: ErrorReporter | None = None, *, start_page: bool = True
    ) -> None:
        super().__init__()
        self.report_error = report_error or _warning_box
        self.setWindowIcon(app_icon())
        self.context: PlanContext | None = None
        self.workspace: PlanWorkspace | None = None
        self.view_label = ""
        self.views: list[QMainWindow] = []
        self._closing = False
        self.handbook: HandbookWindow | None = None
        self.exporter = ExportRunner(self)
        self.saved_label = QLabel()
        self.statusBar().addPermanentWidget(self.saved_label)
        self.file_actions = FileActions(self)
        self._build_menus()
        if start_page:  # (not built when a plan is about to be opened: a quicker start)
            self._show_start_page()
        self._update_title()
        restore_window_size(self)

    @property
    def document(self) -> PlanDocument | None:
        return self.context.document if self.context else None

    @property
    def session(self) -> PlanSession | None:
        return self.context.session if self.context else None

    # --- menus ---------------------------------------------------------------------------

    def _action(
        self,
        menu: object,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)  # all of the platform's keys: Ctrl+W and Ctrl+F4
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)  # type: ignore[attr-defined]
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(tr("&Arkiv"))
        self._action(file_menu, tr("&Ny plan…"), self.new_plan, QKeySequence.StandardKey.New)
        self.open_action = self._action(
            file_menu, tr("&Öppna…"), self.choose_plan, QKeySequence.StandardKey.Open
        )
        self._action(file_menu, tr("Öppna från se&rver…"), partial(choose_server_plan, self))
        self.example_action = self._action(file_menu, tr("Öppna &exempelplan"), self.open_example)
        self.recent_menu = file_menu.addMenu(tr("&Senaste planer"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._action(file_menu, tr("Ny plan från &förra årets plan…"), self.new_from_last_year)
        file_menu.addSeparator()
        export_menu = file_menu.addMenu(tr("&Exportera"))
        self.export_actions = [
            self._action(export_menu, f"{label}…", partial(self.export, fmt), shortcut)
            for fmt, label, shortcut in (
                ("docx", tr("&Word"), "Ctrl+Shift+W"),
                ("pdf", tr("&PDF"), "Ctrl+Shift+P"),
                ("xlsx", tr("&Excel (budgettabeller)"), "Ctrl+Shift+E"),
            )
        ]
        self.exporter.extend_menu(export_menu)
        self._action(file_menu, tr("Importera &Word-plan…"), self.import_word_plan)
        self.import_budget_action = self._action(
            file_menu, tr("Läs in &budget från Excel…"), self.import_budget
        )
        self.follow_up_menu = FollowUpMenu(self, file_menu)
        file_menu.addSeparator()
        self.save_action = self._action(
            file_menu, tr("Spara &nu"), self.file_actions.save_now, QKeySequence.StandardKey.Save
        )
        self.save_as_action = self._action(
            file_menu, tr("Spara so&m…"), self.file_actions.save_as, QKeySequence.StandardKey.SaveAs
        )
        self.version_action = self._action(
            file_menu, tr("Spara &version…"), self.file_actions.save_version
        )
        self.earlier_action = self._action(
            file_menu, tr("&Tidigare versioner…"), self.file_actions.show_earlier
        )
        self.compare_action = self._action(file_menu, tr("&Jämför…"), self.file_actions.compare)
        self.reopen_action = self._action(
            file_menu, tr("Öppna antagen plan för än&dringar…"), self.file_actions.reopen_adopted
        )
        file_menu.addSeparator()
        self.close_action = self._action(
            file_menu, tr("S&täng plan"), self.close_plan, QKeySequence.StandardKey.Close
        )
        self._action(file_menu, tr("&Avsluta"), self.close, QKeySequence.StandardKey.Quit)

        edit_menu = bar.addMenu(tr("&Redigera"))
        self.undo_action = self._action(
            edit_menu, tr("&Ångra"), self.undo, QKeySequence.StandardKey.Undo
        )
        self.redo_action = self._action(edit_menu, tr("&Gör om"), self.redo)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        edit_menu.addSeparator()
        standard = QKeySequence.StandardKey
        self.clipboard_actions = {
            name: self._action(edit_menu, text, partial(edit_focused, name), key)
            for name, text, key in (
                ("cut", tr("Klipp &ut"), standard.Cut),
                ("copy", tr("&Kopiera"), standard.Copy),
                ("paste", tr("Klistra &in"), standard.Paste),
                ("selectAll", tr("&Markera allt"), standard.SelectAll),
            )
        }

        go_menu = bar.addMenu(tr("&Gå till"))
        self.section_actions = []
        for number, (title, key) in enumerate(SECTION_SHORTCUTS, start=1):
            action = self._action(go_menu, title, partial(self.show_section, key), f"Ctrl+{number}")
            self.section_actions.append(action)
        go_menu.addSeparator()
        self.previous_action = self._action(
            go_menu, tr("&Föregående avsnitt"), partial(self._step, -1), "Ctrl+PgUp"
        )
        self.next_action = self._action(
            go_menu, tr("&Nästa avsnitt"), partial(self._step, 1), "Ctrl+PgDown"
        )
        go_menu.addSeparator()
        # On a laptop the tables need the width the section list takes.
        self.navigator_action = self._action(
            go_menu, tr("Visa &avsnittslistan"), self._toggle_navigator, "Ctrl+0"
        )
        self.navigator_action.setCheckable(True)
        self.navigator_action.setChecked(True)

        help_menu = bar.addMenu(tr("&Hjälp"))
        self.handbook_action = self._action(
            help_menu, tr("&Handbok"), self.show_handbook, QKeySequence.StandardKey.HelpContents
        )
        self._action(help_menu, tr("&Välkommen…"), self.show_welcome)
        help_menu.addSeparator()
        self._action(help_menu, tr("&Om vplan"), self._about)
        self.update_actions()

    def _toggle_navigator(self) -> None:
        if self.workspace is not None:
            self.workspace.toggle_navigator()

    def _navigator_toggled(self, shown: bool) -> None:
        self.navigator_action.setChecked(shown)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in recent_plans():
            self._action(self.recent_menu, str(path), partial(self.open_plan, path))
        if not recent_plans():
            self.recent_menu.addAction(tr("(inga)")).setEnabled(False)

    def update_actions(self) -> None:
        """Enable the menu entries that fit the open plan (or none) and its undo stack."""
        has_plan = self.context is not None
        for action in (
            self.close_action,
            self.previous_action,
            self.next_action,
            self.navigator_action,
            *self.section_actions,
            *self.export_actions,
            self.import_budget_action,
            self.save_action,
            self.save_as_action,
            self.version_action,
            self.earlier_action,
            self.compare_action,
        ):
            action.setEnabled(has_plan)
        writable = bool(self.context and not self.context.session.read_only)
        for action in (self.save_action, self.save_as_action, self.version_action):
            action.setEnabled(writable)
        # The plan's budget is read in with the plan shown, not into a follow-up period.
        self.import_budget_action.setEnabled(
            bool(self.context and self.context.period_id is None and not self.context.read_only)
        )
        self.reopen_action.setEnabled(
            bool(writable and self.context and self.context.read_only and not self.context.period)
        )
        self.follow_up_menu.update()
        stack = self.context.undo_stack if self.context else None
        self.undo_action.setEnabled(bool(stack and stack.canUndo()))
        self.redo_action.setEnabled(bool(stack and stack.canRedo()))
        self.undo_action.setText(
            tr("&Ångra {action}").format(action=stack.undoText())
            if stack and stack.canUndo()
            else tr("&Ångra")
        )
        self.redo_action.setText(
            tr("&Gör om {action}").format(action=stack.redoText())
            if stack and stack.canRedo()
            else tr("&Gör om")
        )
        limit_actions(self)  # a plan on the server: what the user's right allows

    # --- pages ---------------------------------------------------------------------------

    def show_start_page_if_empty(self) -> None:
        if self.context is None and self.centralWidget() is None:
            self._show_start_page()

    def _show_start_page(self) -> None:
        page = StartPage()
        page.new_button.clicked.connect(self.new_plan)
        page.open_button.clicked.connect(self.choose_plan)
        page.server_button.clicked.connect(partial(choose_server_plan, self))
        page.example_button.clicked.connect(self.open_example)
        page.rollover_button.clicked.connect(self.new_from_last_year)
        page.openRequested.connect(self.open_plan)
        self.setCentralWidget(page)
        self.start_page = page

    def _update_title(self) -> None:
        if self.context is None:
            self.setWindowTitle(tr("vplan"))
            self.saved_label.setText("")
            return
        u = self.context.plan.uppgifter
        mode = tr(" (skrivskyddad)") if self.context.session.read_only else ""
        mode += title_place(self.context.session)
        label = f" – {self.view_label}" if self.view_label else ""
        if (period := self.context.period) is not None:
            label += f" – {period.namn}" + (
                tr(" (rapporterad – låst)") if period.rapporterad else ""
            )
        self.setWindowTitle(
            tr("{namnd} – {titel}{label}{mode}[*] – vplan").format(
                namnd=u.namnd, titel=u.titel, label=label, mode=mode
            )
        )
        session = self.context.session
        self.setWindowFilePath("" if session.address else str(session.plan))

    def update_saved_state(self, change: object = None) -> None:
        """The modified mark, the title and the menu entries, after a save or an edit."""
        self.setWindowModified(bool(self.context and self.context.session.unsaved))
        self._update_title()
        self.update_actions()

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
        # Deferred for start-up time: the dialog brings the JSON interchange format.
        from vplan_desktop.ui.rollover_dialog import rollover_dialog

        dialog = rollover_dialog(self)  # from a plan on the server: a copy of it
        if dialog is not None and dialog.exec() and dialog.created is not None:
            self.open_plan(dialog.created)
            if self.workspace is not None:
                self.workspace.show_section("granskning")

    def choose_plan(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, tr("Öppna plan"), str(Path.home()), tr(FILE_FILTER).format(suffix=FILE_SUFFIX)
        )
        if name:
            self.open_plan(Path(name))

    def open_plan(self, path: Path | PlanAddress, *, read_only: bool = False) -> bool:
        """Open ``path`` (a file or a plan on a server); a failure is explained, nothing changes."""
        if is_server_target(path):
            return open_server_plan(self, path)
        assert isinstance(path, Path)
        if self.context is not None and shows(self.context.session, path):
            return True
        if not self.close_plan():
            return False
        try:
            session = start_session(self, path, read_only=read_only)
        except VplanError as error:
            self.report_error(self, tr("Planen kunde inte öppnas"), error.message)
            if path.resolve() in recent_plans() and not path.exists():
                forget_plan(path.resolve())
            return False
        if session is None:
            return False
        return self.show_session(session)

    def offer_recovery(self) -> None:
        """At start: edits an earlier vplan left unsaved are offered back, one plan at a time."""
        for unsaved in find_unsaved():
            try:
                session = recover(self, unsaved)
            except VplanError as error:
                self.report_error(self, tr("Ändringarna kunde inte återställas"), error.message)
                continue
            if session is not None:
                self.show_session(session)
                return

    def show_session(self, session: PlanSession, label: str = "") -> bool:
        """Show an opened plan in this window."""
        try:
            context = PlanContext(session)
        except VplanError as error:
            session.close(keep_unsaved=True)
            self.report_error(self, tr("Planen kunde inte öppnas"), error.message)
            return False
        self.view_label = label
        self.context = context
        context.setParent(self)
        self.saver = Saver(context, self)
        self.saver.status.connect(self.saved_label.setText)
        self.saver.status.connect(lambda _text: self.update_saved_state())
        self.workspace = PlanWorkspace(context)
        self.problem_bar = SaveProblemBar()
        self.workspace.banners.insertWidget(0, self.problem_bar)
        self.saver.problem.connect(self.problem_bar.show_problem)
        self.problem_bar.save_as_button.clicked.connect(self.file_actions.save_as)
        self.problem_bar.retry_button.clicked.connect(self.file_actions.save_now)
        self.problem_bar.overwrite_button.clicked.connect(
            lambda: self.saver.save_now(overwrite_changed=True)
        )
        self.workspace.reopenRequested.connect(self.file_actions.reopen_adopted)
        self.workspace.navigatorToggled.connect(self._navigator_toggled)
        self.navigator_action.setChecked(self.workspace.navigator_shown())
        for splitter in self.workspace.findChildren(QSplitter):
            state = settings().value(f"fonster/{splitter.objectName()}")
            if state is not None:
                splitter.restoreState(state)
        context.changed.connect(self.update_saved_state)
        context.period_changed.connect(self.update_saved_state)
        context.undo_stack.indexChanged.connect(self._undo_moved)
        self.workspace.chapter.text.textChanged.connect(self._typing)
        self.setCentralWidget(self.workspace)
        if not label:
            remember_plan(session.address or session.plan)
        self.update_saved_state()
        self.saved_label.setText(opened_status(session))
        watch_server(self, context)  # others' edits and who else has it open
        notices = [session.notice, conflict_notice(session.plan)]
        if notice := " ".join(n for n in notices if n):
            self.workspace.show_message(notice)
        if session.unsaved:  # recovered edits, or an upgraded older plan
            self.saver.schedule()
        self.connection_watch = watch_connection(self, context)  # a server plan: when it breaks
        return True

    def _undo_moved(self, index: int) -> None:
        self.update_actions()

    def _typing(self) -> None:
        if self.workspace is not None and self.workspace.chapter._dirty:
            self.setWindowModified(True)
            self.saved_label.setText(tr("Sparar…"))

    def close_plan(self) -> bool:
        """Write the plan back and close it; False if the user chose to keep it open."""
        if self.context is None:
            return True
        assert self.workspace is not None
        self.workspace.flush()
        session = self.context.session
        self.saver.stop()
        try:
            session.close()
        except WriteBackError as error:
            if not self.file_actions.close_anyway(error):
                return False
            session.close(keep_unsaved=True)
        for splitter in self.workspace.findChildren(QSplitter):
            settings().setValue(f"fonster/{splitter.objectName()}", splitter.saveState())
        self.context.forget_history()
        self.context.deleteLater()
        self.context = None
        self.workspace = None
        if not self._closing:  # a window going away needs no start page
            self._show_start_page()
        self._update_title()
        self.update_actions()
        return True

    def open_example(self) -> None:
        """Write a fresh copy of the example plan into the user's data folder and open it."""
        # Deferred for start-up time: the window opens without the JSON interchange format.
        from vplan_desktop.interchange import import_json, load_json

        folder = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
        )
        target = folder / (tr("Exempelplan") + FILE_SUFFIX)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            showing = self.session is not None and self.session.plan == target.absolute()
            if showing and not self.close_plan():
                return
            target.unlink(missing_ok=True)
            import_json(load_json(resource("example_plan.json")), target)
        except (OSError, VplanError) as error:
            message = error.message if isinstance(error, VplanError) else str(error)
            self.report_error(self, tr("Exempelplanen kunde inte skapas"), message)
            return
        self.open_plan(target)

    def export(self, fmt: str) -> None:
        """Arkiv → Exportera: to Word, PDF or Excel, next to the plan file by default."""
        if self.context is None or self.workspace is None:
            return
        self.workspace.flush()
        self.exporter.choose_and_run(self.context.plan, fmt, self.context.session)

    def import_word_plan(self, path: Path | None = None) -> None:
        """A plan written in Word becomes a new vplan plan, after the user confirms it."""
        import_actions.import_word_plan(self, path)

    def import_budget(self, path: Path | None = None) -> None:
        """Read the ekonom's workbook, show every change, apply them all on Verkställ."""
        import_actions.import_budget(self, path)

    # --- undo ----------------------------------------------------------------------------

    def undo(self) -> None:
        if self.context is not None and self.workspace is not None:
            self.workspace.flush()  # typed text becomes a step of its own first
            self.context.undo_stack.undo()

    def redo(self) -> None:
        if self.context is not None and self.workspace is not None:
            # Typed text is saved first, as for undo: redo then goes to another section
            # without saving anything in the middle of the step.
            self.workspace.flush()
            self.context.undo_stack.redo()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            tr("Om vplan"),
            tr(
                "<h3>vplan {version}</h3><p>Nämndens verksamhetsplan, på "
                "din egen dator – utan nätverk.</p>"
            ).format(version=__version__),
        )

    def show_handbook(self) -> HandbookWindow:
        """Hjälp → Handbok (F1): the manual, opened at the section shown."""
        # Deferred for start-up time: the window opens without the handbook.
        from vplan_desktop.ui.handbook import HandbookWindow

        if self.handbook is None:
            self.handbook = HandbookWindow(self)
        self.handbook.open_section(self.workspace.current if self.workspace else None)
        return self.handbook

    def show_welcome(self) -> WelcomeDialog:
        """Hjälp → Välkommen…: the sections, the markers and the three ways to start."""
        # Deferred for start-up time: the window opens without the welcome.
        from vplan_desktop.ui.welcome_dialog import WelcomeDialog

        dialog = WelcomeDialog(
            self,
            new_plan=self.new_plan,
            from_last_year=self.new_from_last_year,
            import_word=self.import_word_plan,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        remember_welcome_seen()
        dialog.open()
        return dialog

    def welcome_first_time(self) -> None:
        """The welcome, once: the first time vplan starts without a plan to show."""
        if self.context is None and not welcome_seen():
            self.show_welcome()

    def new_view(self) -> MainWindow:
        """A window of its own for a backup or version shown read-only."""
        return MainWindow(self.report_error, start_page=False)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closing = True
        if not self.close_plan():
            self._closing = False
            event.ignore()
            return
        if not self.view_label:
            settings().setValue(GEOMETRY_KEY, self.saveGeometry())
        super().closeEvent(event)

"""The main window: a start page until a plan is open, then an overview of the plan.

The guided editors for each section replace the overview as they are built.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vplan_desktop import __version__
from vplan_desktop.db.document import FILE_SUFFIX, PlanDocument
from vplan_desktop.domain import PlanSnapshot
from vplan_desktop.errors import VplanError
from vplan_desktop.interchange import import_json, load_json
from vplan_desktop.paths import resource
from vplan_desktop.services.read import read_plan

FILE_FILTER = f"vplan-planer (*{FILE_SUFFIX});;Alla filer (*)"


def overview_html(plan: PlanSnapshot, path: Path) -> str:
    """The plan's front matter and contents as rich text."""
    u = plan.uppgifter
    rows = [row for row in u.summary() if row[0] not in ("Nämnd", "Titel")]
    facts = "".join(
        f"<tr><td style='padding-right:16px;color:#555'>{label}</td>"
        f"<td>{html.escape(value or '–')}</td></tr>"
        for label, value in rows
    )
    counts = "".join(
        f"<tr><td style='padding-right:16px'>{label}</td><td align='right'>{count}</td></tr>"
        for label, count in plan.counts().items()
    )
    chapters = "".join(f"<li>{html.escape(k.rubrik)}</li>" for k in plan.kapitel)
    return (
        f"<h1>{html.escape(u.namnd)}</h1><h2>{html.escape(u.titel)}</h2>"
        f"<table>{facts}</table><h3>Innehåll</h3><table>{counts}</table>"
        f"<h3>Kapitel</h3><ol>{chapters}</ol>"
        f"<p style='color:#777'>{html.escape(str(path.resolve()))}</p>"
    )


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
        self.document: PlanDocument | None = None
        self._build_menus()
        self._show_start_page()
        self._update_title()

    def _build_menus(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Arkiv"))
        self.open_action = QAction(self.tr("&Öppna…"), self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.choose_plan)
        menu.addAction(self.open_action)
        self.example_action = QAction(self.tr("Öppna &exempelplan"), self)
        self.example_action.triggered.connect(self.open_example)
        menu.addAction(self.example_action)
        menu.addSeparator()
        quit_action = QAction(self.tr("&Avsluta"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Hjälp"))
        about = QAction(self.tr("&Om vplan"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _show_start_page(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel(
            self.tr("<h1>vplan</h1><p>Nämndens verksamhetsplan – på din egen dator.</p>")
        )
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        open_button = QPushButton(self.tr("Öppna plan…"))
        open_button.clicked.connect(self.choose_plan)
        example_button = QPushButton(self.tr("Öppna exempelplan"))
        example_button.clicked.connect(self.open_example)
        for button in (open_button, example_button):
            button.setMinimumWidth(220)
            layout.addWidget(button, alignment=Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(page)

    def _update_title(self) -> None:
        if self.document is None:
            self.setWindowTitle("vplan")
        else:
            self.setWindowTitle(f"{self.document.path.name} – vplan")

    def choose_plan(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Öppna plan"), str(Path.home()), FILE_FILTER
        )
        if name:
            self.open_plan(Path(name))

    def open_plan(self, path: Path) -> bool:
        """Open ``path``; a file that cannot be opened is explained and nothing changes."""
        try:
            document = PlanDocument.open(path)
            plan = read_plan(document)
        except VplanError as error:
            self.report_error(self, self.tr("Planen kunde inte öppnas"), error.message)
            return False
        if self.document is not None:
            self.document.close()
        self.document = document
        overview = QLabel(overview_html(plan, path))
        overview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        overview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        overview.setMargin(24)
        overview.setObjectName("overview")
        self.setCentralWidget(overview)
        self._update_title()
        return True

    def open_example(self) -> None:
        """Write a fresh copy of the example plan into the user's data folder and open it."""
        folder = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
        )
        try:
            folder.mkdir(parents=True, exist_ok=True)
            target = folder / f"Exempelplan{FILE_SUFFIX}"
            if self.document is not None and self.document.path == target:
                self.document.close()
                self.document = None
            target.unlink(missing_ok=True)
            import_json(load_json(resource("example_plan.json")), target)
        except (OSError, VplanError) as error:
            message = error.message if isinstance(error, VplanError) else str(error)
            self.report_error(self, self.tr("Exempelplanen kunde inte skapas"), message)
            return
        self.open_plan(target)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Om vplan"),
            self.tr(
                "<h3>vplan {0}</h3><p>Nämndens verksamhetsplan, offline på din dator.</p>"
            ).format(__version__),
        )

    def closeEvent(self, event: object) -> None:
        if self.document is not None:
            self.document.close()
            self.document = None
        super().closeEvent(event)  # type: ignore[arg-type]

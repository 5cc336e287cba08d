"""Hjälp → Handbok: the short Swedish manual shipped with vplan, shown offline."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from vplan_desktop.paths import resource
from vplan_desktop.sections import SECTIONS, section_of_key
from vplan_desktop.ui.i18n import tr

START_PAGE = "index.html"

PAGES = {section: info.handbook for section, info in SECTIONS.items()}
"""The handbook page (and place on it) for each section of the workspace."""


def handbook_folder() -> Path:
    """The folder of the shipped handbook (inside the package, or resources/ in a checkout)."""
    return Path(str(resource("handbok")))


def page_for(section: str | None) -> str:
    """The page that explains the section of a window key ("kapitel:7" is any chapter); the
    contents if none."""
    if section is None:
        return START_PAGE
    try:
        return PAGES[section_of_key(section)]
    except ValueError:
        return START_PAGE


class HandbookWindow(QWidget):
    """A window of its own with the handbook; links between its pages work as in a browser."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(tr("Handbok – vplan"))
        self.setObjectName("handbok")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        buttons = QHBoxLayout()
        self.back_button = QPushButton(tr("◀ &Tillbaka"))
        self.back_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Back))
        self.contents_button = QPushButton(tr("&Innehåll"))
        self.close_button = QPushButton(tr("&Stäng"))
        self.close_button.setShortcut(QKeySequence("Esc"))
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.contents_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.browser = QTextBrowser()
        self.browser.setObjectName("handbokText")
        self.browser.setAccessibleName(tr("Handbok"))
        self.browser.setOpenLinks(True)
        self.browser.setOpenExternalLinks(False)  # vplan stays offline
        self.browser.document().setDocumentMargin(14)
        layout.addWidget(self.browser, 1)
        self.back_button.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.back_button.setEnabled(False)
        self.contents_button.clicked.connect(lambda: self.open_page(START_PAGE))
        self.close_button.clicked.connect(self.close)
        self.resize(820, 720)

    def open_page(self, page: str) -> None:
        """Show ``page`` ("budget.html#drift" scrolls to the Driftbudget part)."""
        name, _, anchor = page.partition("#")
        url = QUrl.fromLocalFile(str(handbook_folder() / name))
        if anchor:
            url.setFragment(anchor)
        self.browser.setSource(url)

    def open_section(self, section: str | None) -> None:
        """Show the page about ``section`` and bring the window to the front."""
        self.open_page(page_for(section))
        if not self.isVisible():
            self.show()  # a window shown anew comes up in front
        elif QGuiApplication.platformName() != "offscreen":  # (which cannot stack windows)
            self.raise_()
            self.activateWindow()

    def current_page(self) -> str:
        """The file name shown, with its anchor ("budget.html#drift")."""
        url = self.browser.source()
        name = Path(url.toLocalFile()).name
        return f"{name}#{url.fragment()}" if url.fragment() else name

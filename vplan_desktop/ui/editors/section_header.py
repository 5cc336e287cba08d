"""The head of a section's page: its title, the one-line hint under it and, right-aligned on
the title's line, the section's primary actions ("Ny aktivitet…", "Nytt mål…") as buttons
with their icons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class SectionHeader(QWidget):
    """Title and actions on one line (a long title wraps beside them), the hint below across
    the whole width."""

    def __init__(self, title: str, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sectionHeader")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(f"<h2>{title}</h2>")
        self.heading.setObjectName("sectionHeading")
        # A long chapter title wraps rather than push the actions out of the window.
        self.heading.setWordWrap(True)
        top.addWidget(self.heading, 1)
        self.actions_box = QWidget()
        self.actions_box.setObjectName("sectionActions")
        self.actions_row = QHBoxLayout(self.actions_box)
        """The primary actions, right-aligned."""
        self.actions_row.setContentsMargins(0, 0, 0, 0)
        self.actions_box.hide()  # until the section gives it an action
        top.addWidget(self.actions_box, 0, Qt.AlignmentFlag.AlignVCenter)
        outer.addLayout(top)
        self.help_label = QLabel(hint)
        """The one-line hint under the heading (hidden when the section has none)."""
        self.help_label.setWordWrap(True)
        self.help_label.setStyleSheet("color: palette(placeholder-text);")
        outer.addWidget(self.help_label)
        self.help_label.setHidden(not hint)
        self.buttons: list[QPushButton] = []

    def add_actions(self, *buttons: QPushButton) -> None:
        """Put ``buttons`` at the right end of the title's line. Tab reaches them first in the
        page, before its fields and tables, as they are read: from the top (a page may order
        them later: a chapter's text comes first, as in a word processor)."""
        for button in buttons:
            self.actions_row.addWidget(button)
            self.buttons.append(button)
        self.actions_box.show()
        page = self.parentWidget()
        if page is None:
            return
        # Qt puts a widget at the end of the focus chain when it gets its parent, and orders
        # only focusable widgets: the page takes a tab stop for the moment it takes to put
        # the buttons right after it.
        policy = page.focusPolicy()
        page.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        previous: QWidget = page
        for button in self.buttons:
            QWidget.setTabOrder(previous, button)
            previous = button
        page.setFocusPolicy(policy)

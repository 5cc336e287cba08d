"""The row under a section's page: the button that hides or shows the section list,
Föregående, "Avsnitt 3 av 14" and Nästa.

Light (Qt only): the window's first frame shows the same row before the rest of vplan has
loaded; the workspace (``ui/workspace.py``) connects the buttons.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton

from vplan_desktop.ui.i18n import tr


class StepsBar:
    """The row's widgets in ``layout``."""

    def __init__(self) -> None:
        self.layout = QHBoxLayout()
        self.layout.setContentsMargins(16, 4, 16, 8)
        self.navigator_button = QPushButton()
        self.navigator_button.setObjectName("visaAvsnittslistan")
        self.layout.addWidget(self.navigator_button)
        self.previous_button = QPushButton(tr("◀ Föregående"))
        self.previous_button.setToolTip(tr("Föregående avsnitt (Ctrl+Page Up)"))
        self.next_button = QPushButton(tr("Nästa ▶"))
        self.next_button.setToolTip(tr("Nästa avsnitt (Ctrl+Page Down)"))
        self.step_label = QLabel()
        self.layout.addWidget(self.previous_button)
        self.layout.addStretch(1)
        self.layout.addWidget(self.step_label)
        self.layout.addStretch(1)
        self.layout.addWidget(self.next_button)


def show_navigator_shown(button: QPushButton, shown: bool) -> None:
    """The section-list button's words while the list is ``shown`` (or hidden)."""
    button.setText(tr("◧ Dölj avsnitten") if shown else tr("☰ Visa avsnitten"))
    button.setToolTip(
        tr("Dölj listan med avsnitt (Ctrl+0)") if shown else tr("Visa listan med avsnitt (Ctrl+0)")
    )


def show_step(
    previous: QPushButton, following: QPushButton, label: QLabel, position: int, total: int
) -> None:
    """Föregående/Nästa and "Avsnitt 3 av 14" at ``position`` (from 0) of ``total``."""
    previous.setEnabled(position > 0)
    following.setEnabled(position < total - 1)
    label.setText(tr("Avsnitt {number} av {total}").format(number=position + 1, total=total))

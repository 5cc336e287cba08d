"""The start page: recent plans, and the ways to begin."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.errors import VplanError
from vplan_desktop.server.address import PlanAddress
from vplan_desktop.services.read import read_front_matter
from vplan_desktop.ui.i18n import tr
from vplan_desktop.ui.plan_session import place_text
from vplan_desktop.ui.settings import RecentPlan, recent_entry, recent_plans
from vplan_desktop.ui.style import tone

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


def describe(path: RecentPlan) -> tuple[str, bool]:
    """A line for the recent list: nämnd, title, period and when the file last changed; a
    plan on a server by its name and place (the server is not asked until it is opened)."""
    if isinstance(path, PlanAddress):
        name = path.plan or path.database
        return tr("{name} – på servern\n{place}").format(name=name, place=place_text(path)), True
    try:
        changed = dt.datetime.fromtimestamp(path.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
        with PlanDocument.open(path, read_only=True) as doc:
            u = read_front_matter(doc)
    except (OSError, VplanError):
        unreadable = tr("{name} – kan inte öppnas just nu\n{path}")
        return unreadable.format(name=path.name, path=path), False
    changed_line = tr("Ändrad {when}").format(when=changed)
    return f"{u.namnd} – {u.titel} ({u.period})\n{changed_line} · {path}", True


MUTED_TEXT = tone("nedtonad", "#6b6b6b", "#a3a3a3")
"""A plan in the list that cannot be read now."""


class StartPage(QWidget):
    openRequested = Signal(object)
    """A plan chosen in the recent list: its ``Path``, or the ``PlanAddress`` of a plan on a
    server."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(48, 36, 48, 36)
        left = QVBoxLayout()
        title = QLabel(tr("<h1>vplan</h1><p>Nämndens verksamhetsplan – på din egen dator.</p>"))
        left.addWidget(title)
        self.new_button = QPushButton(tr("&Ny plan…"))
        self.open_button = QPushButton(tr("Ö&ppna…"))
        self.server_button = QPushButton(tr("Öppna från se&rver…"))
        self.server_button.setToolTip(
            tr("Öppna en plan som ligger på kommunens server, som Arkiv → Öppna från server…")
        )
        self.example_button = QPushButton(tr("Öppna &exempelplan"))
        self.rollover_button = QPushButton(tr("Ny plan från &förra årets plan…"))
        self.rollover_button.setToolTip(
            tr(
                "Gör nästa års plan av förra årets: perioden flyttas, "
                "innehållet följer med och markeras att granska."
            )
        )
        buttons = (
            self.new_button,
            self.open_button,
            self.server_button,
            self.example_button,
            self.rollover_button,
        )
        # All as wide as the widest text (at least 260): a longer translation is not cut.
        width = max(260, *(button.sizeHint().width() for button in buttons))
        for button in buttons:
            button.setMinimumWidth(width)
            left.addWidget(button)
        left.addStretch(1)
        outer.addLayout(left)
        right = QVBoxLayout()
        label = QLabel(tr("<b>&Senaste planer</b>"))
        self.recent = QListWidget()
        self.recent.setObjectName("senaste")
        self.recent.setAccessibleName(tr("Senaste planer"))
        self.recent.setWordWrap(True)
        label.setBuddy(self.recent)
        self.recent.itemActivated.connect(self._activated)
        right.addWidget(label)
        right.addWidget(self.recent, 1)
        outer.addLayout(right, 1)
        self.refresh()

    def refresh(self) -> None:
        self.recent.clear()
        for path in recent_plans():
            text, ok = describe(path)
            item = QListWidgetItem(text)
            item.setData(PATH_ROLE, str(path))
            if not ok:
                item.setForeground(QBrush(MUTED_TEXT))
            self.recent.addItem(item)
        if not self.recent.count():
            item = QListWidgetItem(
                tr("Inga planer ännu. Börja med en ny plan eller exempelplanen.")
            )
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(item)
        else:
            self.recent.setCurrentRow(0)

    def _activated(self, item: QListWidgetItem) -> None:
        path = item.data(PATH_ROLE)
        if path and (entry := recent_entry(path)) is not None:
            self.openRequested.emit(entry)

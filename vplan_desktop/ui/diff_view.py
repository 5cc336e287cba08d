"""The differences between two states of a plan, grouped by section."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QGuiApplication
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from vplan_desktop.compare import ADDED, REMOVED, Difference, format_differences
from vplan_desktop.ui.i18n import tr
from vplan_desktop.ui.style import tone

_REMOVED = tone("borttaget", "#b3261e", "#ff8a80")
_ADDED = tone("tillagt", "#1b6e20", "#81c784")


class DiffView(QTreeWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(4)
        self.setHeaderLabels([tr("Post"), tr("Fält"), tr("Före"), tr("Efter")])
        self.setAccessibleName(tr("Skillnader"))
        self.setAccessibleDescription(tr("Varje ändrad post och fält, med värdet före och efter"))
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.differences: list[Difference] = []

    def show_differences(self, differences: list[Difference]) -> None:
        self.clear()
        self.differences = differences
        if not differences:
            QTreeWidgetItem(self, [tr("Inga skillnader.")])
            return
        sections: dict[str, QTreeWidgetItem] = {}
        for difference in differences:
            section = sections.get(difference.section)
            if section is None:
                section = QTreeWidgetItem(self, [difference.section])
                font = section.font(0)
                font.setBold(True)
                section.setFont(0, font)
                sections[difference.section] = section
            if difference.change in (ADDED, REMOVED):
                row = QTreeWidgetItem(section, [difference.item, difference.change.capitalize()])
                colour = _ADDED if difference.change == ADDED else _REMOVED
                row.setForeground(1, QBrush(colour))
            else:
                row = QTreeWidgetItem(
                    section, [difference.item, difference.field, difference.old, difference.new]
                )
                for line in difference.text_diff:
                    child = QTreeWidgetItem(
                        row, ["", "", *((line[1:], "") if line.startswith("-") else ("", line[1:]))]
                    )
                    child.setForeground(2, QBrush(_REMOVED))
                    child.setForeground(3, QBrush(_ADDED))
            for column in (0, 2, 3):
                row.setToolTip(column, row.text(column))
        self.expandAll()
        for column, width in enumerate((300, 140, 260, 260)):
            self.setColumnWidth(column, width)

    def copy_all(self) -> None:
        """The differences as text on the clipboard (to paste into an e-mail)."""
        QGuiApplication.clipboard().setText(format_differences(self.differences))

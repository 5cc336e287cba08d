"""The section list's entries: the plan's parts in order (its chapters under Kapitel, the
budget's pages under Budget), each with its section's icon and room for a mark.

Light on purpose (Qt and the section registry only): the window's first frame lists the plan's
sections with it before the rest of vplan has loaded, and the navigator (``ui/navigator.py``)
builds on it, so the two always list the same entries in the same way.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from vplan_desktop.sections import (
    BUDGET_TITLE,
    FOLLOW_UP_SECTIONS,
    GROUPS,
    SECTIONS,
    Section,
    chapter_key,
)
from vplan_desktop.ui.i18n import tr
from vplan_desktop.ui.section_icons import SIZE, SectionIcons, icon_name

KEY_ROLE = Qt.ItemDataRole.UserRole + 1

BUDGET_KEY = "budget"
"""The key of the "Budget" heading, which opens its first page (the pages are sections)."""


def _follow_up_groups() -> tuple[tuple[str, tuple[Section, ...]], ...]:
    shown = (*FOLLOW_UP_SECTIONS, Section.GRANSKNING)
    budget = tuple(s for s in shown if SECTIONS[s].budget)
    groups: list[tuple[str, tuple[Section, ...]]] = []
    for section in shown:
        if not SECTIONS[section].budget:
            groups.append((SECTIONS[section].title, (section,)))
        elif section is budget[0]:
            groups.append((BUDGET_TITLE, budget))
    return tuple(groups)


FOLLOW_UP_GROUPS = _follow_up_groups()
"""The navigator's top level while a period is shown: its summary first, then the plan's
sections that have the period's columns (the budget without Nyckeltal), and Granskning."""


class SectionTree(QTreeWidget):
    """The entries of a plan's sections, keyed "uppgifter", "kapitel:7", "drift", …"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setIconSize(SIZE)
        self.setAccessibleName(tr("Avsnitt"))
        self.setObjectName("navigator")
        self.setRootIsDecorated(False)
        self.setIndentation(14)
        self._items: dict[str, QTreeWidgetItem] = {}
        self._sections = SectionIcons(self.palette())
        blank = QPixmap(32, 32)
        blank.fill(Qt.GlobalColor.transparent)
        self._blank = QIcon(blank)
        """For an entry without a mark, so its title lines up with the others."""

    def _mark(self, item: QTreeWidgetItem, mark: QIcon) -> None:
        """Show ``mark`` on ``item``, beside its section's icon."""
        key = item.data(0, KEY_ROLE)
        item.setIcon(0, self._sections.with_mark(mark, icon_name(key)))

    def titles(self) -> dict[str, str]:
        return {key: item.text(0) for key, item in self._items.items()}

    def lay_out(self, chapters: Sequence[tuple[int, str]], *, follow_up: bool) -> None:
        """The entries for a plan with ``chapters`` ((id, title) in order), or with
        ``follow_up`` a period's sections, all expanded and still without marks."""
        self.clear()
        self._items = {}
        for title, group in FOLLOW_UP_GROUPS if follow_up else GROUPS:
            key = group[0].value if len(group) == 1 else BUDGET_KEY
            item = QTreeWidgetItem([title])
            item.setData(0, KEY_ROLE, key)
            self._mark(item, self._blank)
            self.addTopLevelItem(item)
            self._items[key] = item
            children: list[tuple[str, str]] = []
            if group == (Section.KAPITEL,):
                children = [(chapter_key(key), title) for key, title in chapters]
            elif len(group) > 1:
                children = [(section.value, SECTIONS[section].title) for section in group]
            for child_key, child_title in children:
                child = QTreeWidgetItem([child_title])
                child.setData(0, KEY_ROLE, child_key)
                self._mark(child, self._blank)
                item.addChild(child)
                self._items[child_key] = child
            item.setExpanded(True)

    def select(self, key: str, *, emit: bool = True) -> None:
        item = self._items.get(key)
        if item is None:
            return
        if not emit:
            self.blockSignals(True)
        self.setCurrentItem(item)
        self.blockSignals(False)

    def leaf_keys(self) -> list[str]:
        """The sections in reading order, as Föregående/Nästa walks them."""
        keys: list[str] = []
        for index in range(self.topLevelItemCount()):
            item = self.topLevelItem(index)
            if item is None:
                continue
            children = [item.child(c) for c in range(item.childCount())]
            if children:
                keys += [child.data(0, KEY_ROLE) for child in children if child is not None]
            elif item.data(0, KEY_ROLE) != Section.KAPITEL:
                keys.append(item.data(0, KEY_ROLE))
        return keys

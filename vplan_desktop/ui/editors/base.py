"""What every section editor shares: a header (its title, a short help line and its primary
actions) and the plan context."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vplan_desktop.ui.change_place import Place
from vplan_desktop.ui.context import PlanContext
from vplan_desktop.ui.editors.section_header import SectionHeader
from vplan_desktop.ui.empty_hint import EmptyHint
from vplan_desktop.ui.i18n import tr
from vplan_desktop.ui.icons import IconButton
from vplan_desktop.ui.spreadsheet import SpreadsheetView
from vplan_desktop.ui.style import REJECTED_EDGE
from vplan_desktop.validation import Finding


class SectionEditor(QWidget):
    """A page of the main window for one section of the plan."""

    title = ""
    """The section's title (``sections.SECTIONS``, the core's), shown as it is."""
    help_text = ""
    """The hint under the heading, marked with ``QT_TR_NOOP`` and translated where shown."""
    parts: tuple[str, ...] = ()
    """The parts of the snapshot (``sections.Part`` values) the page shows outside its table
    models: an edit that read none of them again does not call ``on_changed`` (empty: every
    edit does)."""

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(16, 12, 16, 12)
        self.header = SectionHeader(
            self.heading_text(), tr(self.help_text) if self.help_text else ""
        )
        self.outer.addWidget(self.header)
        self.heading = self.header.heading
        self.help_label = self.header.help_label
        """The one-line hint under the heading (hidden when the section has none)."""
        self._pending: dict[Callable[[], object], None] = {}
        self._shown_plan = context.plan
        context.changed.connect(self._plan_changed)

    def add_header_actions(self, *buttons: QPushButton) -> None:
        """Show the section's primary actions (one or two) in its header, right of the title;
        the rest stay by what they act on."""
        self.header.add_actions(*buttons)

    def heading_text(self) -> str:
        """The page's heading (and its grid's accessible name): the section's ``title``."""
        return self.title

    def _plan_changed(self, change: object) -> None:
        plan, before = self.context.plan, self._shown_plan
        self._shown_plan = plan
        unchanged = all(getattr(plan, part) is getattr(before, part) for part in self.parts)
        if change is not None and self.parts and unchanged:
            return  # the edit was in another part of the plan
        self.on_changed(change)

    def add_empty_hint(
        self, view: QAbstractItemView, text: str, is_empty: Callable[[], bool]
    ) -> EmptyHint:
        """Write ``text`` inside ``view`` while the section has nothing in it (``is_empty``)."""
        hint = EmptyHint(view, text, is_empty)
        self.context.changed.connect(hint.refresh)
        self.empty_hint = hint
        return hint

    def when_shown(self, action: Callable[[], object]) -> None:
        """Run ``action`` now if the editor is on screen, else the next time it is shown.

        Fitting hundreds of table rows to their text is the slowest part of opening a large
        plan; on a page nobody is looking at it can wait until the page is opened.
        """
        if self.isVisible():
            action()
        else:
            self._pending[action] = None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        pending, self._pending = self._pending, {}
        for action in pending:
            action()

    def on_changed(self, change: object) -> None:
        """The plan changed; editors that show more than a model refresh here."""

    def show_item(self, item_id: object) -> None:
        """Bring an item of this section into view (used when a section is opened for it)."""

    def focus_finding(self, finding: Finding) -> None:
        """Put the cursor on the item and field a finding names, and make it stand out."""
        self.setFocus()

    def flush(self) -> None:
        """Save what is typed but not yet saved (before an undo, when leaving, on close)."""

    def show_change(self, place: Place) -> bool:
        """Select the item an undo or redo changed; True if the focus went to it.

        This default serves an editor with one grid (``self.view``): the item's row is made
        current, in the column that was current.
        """
        view = getattr(self, "view", None)
        if isinstance(view, SpreadsheetView) and place.row is not None:
            return select_row(view, place.row)
        return False


def select_row(view: SpreadsheetView, row_id: object) -> bool:
    """Make the row of an item current in the column that was current, and focus the grid."""
    column = view.currentIndex().column()
    if not view.select_item(row_id):
        return False
    if column > 0:
        found = view.currentIndex()
        view.setCurrentIndex(found.sibling(found.row(), column))
    return True


def flash(widget: QWidget, milliseconds: int = 1800) -> None:
    """Outline a widget in red for a moment, so the eye finds what a finding points at."""
    original = widget.styleSheet()
    edge = REJECTED_EDGE.name()  # the scheme's red (ui/style.py)
    widget.setStyleSheet(original + f"\n{type(widget).__name__} {{ border: 2px solid {edge}; }}")
    # With the widget as context the timer is dropped if the widget goes away first.
    QTimer.singleShot(milliseconds, widget, lambda: widget.setStyleSheet(original))


def button_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


def tool_button(text: str, tooltip: str = "", icon: str = "") -> QPushButton:
    """A section's action button; ``icon`` names its line icon (``resources/icons/ui``)."""
    button = IconButton(text, icon) if icon else QPushButton(text)
    button.setToolTip(tooltip or text)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return button

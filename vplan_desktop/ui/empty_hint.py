"""A hint written inside an empty table or tree, saying how to add its first item."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView


class EmptyHint(QLabel):
    """Shown over ``view``'s empty area while ``is_empty()`` holds, hidden otherwise.

    The label sits on the view's viewport, below any rows the view still shows (a budget
    grid keeps its KF ram and total rows when it has no verksamheter), so nothing is covered.
    Call ``refresh()`` when the plan changes; a model reset or resize also refreshes it.
    """

    def __init__(self, view: QAbstractItemView, text: str, is_empty: Callable[[], bool]) -> None:
        super().__init__(text, view.viewport())
        self.view = view
        self.is_empty = is_empty
        self.setObjectName("tomtTips")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setStyleSheet(
            "#tomtTips { color: palette(placeholder-text); font-size: 11pt; padding: 32px 24px; }"
        )
        # Clicks go to the view underneath (a double-click still edits, a click focuses it).
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        view.viewport().installEventFilter(self)
        model = view.model()
        if model is not None:
            for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
                signal.connect(self.refresh)
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._place()
        return False

    def refresh(self, *_args: object) -> None:
        """Show the hint if the section is empty, hide it if not."""
        empty = self.is_empty()
        self.setVisible(empty)
        if empty:
            self._place()

    def _place(self) -> None:
        viewport = self.view.viewport()
        top = self.view.verticalHeader().length() if isinstance(self.view, QTableView) else 0
        self.setGeometry(0, top, viewport.width(), max(viewport.height() - top, 0))
        self.raise_()

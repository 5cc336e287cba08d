"""Tables that use the window's width: text columns wrap and share the spare width, number
and date columns fit their content, and a cell whose text is cut shows it whole as a tooltip.
Also a splitter that puts its panes side by side when there is room, else one above the other."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSize, Qt
from PySide6.QtGui import QHelpEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QSplitter,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QWidget,
)


def cut_text(view: QAbstractItemView, index: QModelIndex) -> str | None:
    """The whole text of a cell when the view shows only part of it, else None."""
    if not index.isValid():
        return None
    text = str(index.data() or "")
    if not text:
        return None
    rect = view.visualRect(index)
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = rect
    delegate = view.itemDelegateForIndex(index)
    if delegate is None:
        return None
    hint = delegate.sizeHint(option, index)  # with word wrap: the height the text needs
    return text if hint.width() > rect.width() + 1 or hint.height() > rect.height() + 1 else None


class ElidedToolTips(QObject):
    """Shows the whole text of a cut cell as its tooltip (a model's own tooltip comes first)."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ToolTip or not isinstance(event, QHelpEvent):
            return False
        index = self.view.indexAt(event.pos())
        if not index.isValid():
            return False
        own = str(index.data(Qt.ItemDataRole.ToolTipRole) or "")
        text = cut_text(self.view, index)
        if text is None:
            if own:
                return False  # the view shows the model's tooltip
            QToolTip.hideText()
            return True
        if own and text not in own:
            text = f"{text}\n\n{own}"  # e.g. an activity's name above its description
        QToolTip.showText(
            event.globalPos(), text, self.view.viewport(), self.view.visualRect(index)
        )
        return True


FEW_ROWS = 20
"""Up to this many changed rows are fitted one by one; more are laid out with the table."""


class ColumnFitter(QObject):
    """Lays a table's columns out across its viewport whenever the viewport or rows change.

    ``text_columns`` maps a column to the narrowest width its wrapped text may get; those
    columns share what the other columns (sized to their content) leave, in proportion to
    that width. When even the narrowest widths do not fit, the table scrolls sideways.
    """

    def __init__(self, view: QTableView, text_columns: dict[int, int]) -> None:
        super().__init__(view)
        self.view = view
        self.text_columns = text_columns
        self._busy = False
        self._again = False
        view.setWordWrap(True)
        view.viewport().installEventFilter(self)
        model = view.model()
        model.modelReset.connect(self.fit)
        model.layoutChanged.connect(self.fit)
        model.rowsInserted.connect(self.fit)
        model.dataChanged.connect(self._rows_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        resized = event.type() == QEvent.Type.Resize and isinstance(event, QResizeEvent)
        if resized and event.size().width() != event.oldSize().width():  # type: ignore[attr-defined]
            self.fit()
        return False

    def _rows_changed(self, top: QModelIndex, bottom: QModelIndex) -> None:
        """A few changed rows are fitted alone (an edit must repaint within a frame); only a
        value wider than its column, or many rows at once, lay the whole table out again."""
        view = self.view
        if not view.isVisible():
            return
        first, last = top.row(), bottom.row()
        if not top.isValid() or last - first >= FEW_ROWS:
            self.fit()
            return
        model = view.model()
        columns = range(top.column(), bottom.column() + 1)
        for column in columns:
            if column in self.text_columns or view.isColumnHidden(column):
                continue
            width = view.columnWidth(column)
            for row in range(first, last + 1):
                if view.sizeHintForIndex(model.index(row, column)).width() + 1 > width:
                    self.fit()  # a longer number needs a wider column
                    return
        # Numbers and dates stay on one line; only wrapped text can change a row's height.
        if view.wordWrap() and any(column in self.text_columns for column in columns):
            for row in range(first, last + 1):
                view.resizeRowToContents(row)

    def fit(self) -> None:
        """Share the viewport's width out among the columns and fit the rows to their text."""
        if self._busy:
            self._again = True  # a scroll bar came or went while fitting: fit once more
            return
        self._busy = True
        try:
            for _ in range(3):
                self._again = False
                self._fit_once()
                if not self._again:
                    break
        finally:
            self._busy = False

    def _fit_once(self) -> None:
        view = self.view
        model = view.model()
        header = view.horizontalHeader()
        shown = [c for c in range(model.columnCount()) if not view.isColumnHidden(c)]
        if not shown:
            return
        widths: dict[int, int] = {}
        text = {c: w for c, w in self.text_columns.items() if c in shown}
        for column in shown:
            if column not in text:
                widths[column] = max(view.sizeHintForColumn(column), header.sectionSizeHint(column))
        spare = view.viewport().width() - sum(widths.values())
        # A text column as wide as its header where the width allows it (a longer translation,
        # a larger font); else as narrow as it may be, rather than a scroll bar.
        headed = {c: max(w, header.sectionSizeHint(c)) for c, w in text.items()}
        if spare >= sum(headed.values()):
            text = headed
        least = sum(text.values())
        if text:
            if spare > least:
                given = 0
                for column, narrowest in text.items():
                    widths[column] = narrowest + (spare - least) * narrowest // least
                    given += widths[column]
                widths[max(text)] += spare - given  # rounding: the last text column ends flush
            else:
                widths.update(text)
        elif spare > 0:
            widths[shown[-1]] += spare
        for column, width in widths.items():
            if view.columnWidth(column) != width:
                view.setColumnWidth(column, width)
        if view.wordWrap() and view.isVisible():
            view.resizeRowsToContents()


class AdaptiveSplitter(QSplitter):
    """A splitter with its panes side by side when it is at least ``wide`` pixels wide, else
    one above the other (the detail pane below the list on a laptop screen).

    ``first_share`` gives the first pane's share of the length after each turn, side by side
    and above each other.
    """

    def __init__(
        self,
        wide: int,
        first_share: tuple[float, float] = (0.4, 0.4),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.wide = wide
        self.first_share = first_share

    def _panes(self) -> list[QWidget]:
        panes = (self.widget(n) for n in range(self.count()))
        return [pane for pane in panes if pane is not None and not pane.isHidden()]

    def side_by_side_width(self) -> int:
        """The width the panes need side by side: each at its narrowest, and the handles.
        A larger font or a longer translation makes it more than ``wide``."""
        panes = self._panes()
        narrowest = sum(max(p.minimumSizeHint().width(), p.minimumWidth()) for p in panes)
        return narrowest + self.handleWidth() * max(len(panes) - 1, 0)

    def minimumSizeHint(self) -> QSize:
        """Side by side, as narrow as the widest pane: narrower than both need, the splitter
        turns them one above the other instead of widening the window past the screen."""
        hint = super().minimumSizeHint()
        if self.orientation() == Qt.Orientation.Horizontal:
            widest = max((p.minimumSizeHint().width() for p in self._panes()), default=0)
            return QSize(min(hint.width(), widest), hint.height())
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        size = event.size()
        horizontal = size.width() >= max(self.wide, self.side_by_side_width())
        orientation = Qt.Orientation.Horizontal if horizontal else Qt.Orientation.Vertical
        if orientation != self.orientation():
            self.setOrientation(orientation)
            length = size.width() if horizontal else size.height()
            first = int(length * self.first_share[0 if horizontal else 1])
            self.setSizes([first, length - first])
        super().resizeEvent(event)

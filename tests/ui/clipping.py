"""Run as ``python -m tests.ui.clipping PLAN WIDTHxHEIGHT``, in a process of its own (the scale
factor, ``QT_SCALE_FACTOR``, is read when Qt starts): opens PLAN in vplan's window at that
size, shows every section and prints, as one line of JSON, each visible label, button or
group box whose text is wider than the widget (clipped), each empty field too narrow for its
placeholder text (unless its tooltip shows that whole), a section that makes the window wider
than the screen, and whether the Uppgifter form needs a horizontal scroll bar."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QStyle,
    QToolButton,
    QWidget,
)

from vplan_desktop.sections import Section, chapter_key
from vplan_desktop.ui.main_window import MainWindow
from vplan_desktop.ui.qt_app import application


def clipped(root: QWidget) -> list[str]:
    """The visible labels, buttons and group boxes under ``root`` drawn narrower than their
    text, and the empty fields narrower than their placeholder text."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.width() <= 1:
            continue
        if isinstance(widget, QLabel):
            if widget.wordWrap() or not widget.text() or not widget.pixmap().isNull():
                continue
            text, needed, width = widget.text(), widget.minimumSizeHint().width(), widget.width()
        elif isinstance(widget, QAbstractButton) and widget.text():
            if _icon_only(widget):
                continue  # the text is its accessible name, not drawn
            text, needed, width = widget.text(), widget.minimumSizeHint().width(), widget.width()
        elif isinstance(widget, QGroupBox) and widget.title():
            text, width = widget.title(), widget.width()
            needed = widget.fontMetrics().horizontalAdvance(text.replace("&", "")) + 8
        elif isinstance(widget, QLineEdit) and _shows_placeholder(widget):
            text, width = widget.placeholderText(), _room(widget)
            needed = widget.fontMetrics().horizontalAdvance(text)
        else:
            continue
        if needed > width + 1:
            shown = text.replace("&", "")
            found.append(f"{type(widget).__name__} ”{shown}”: {width} < {needed}")
    return found


def cut_headers(root: QWidget) -> list[str]:
    """The column headers of the visible tables and trees under ``root`` drawn narrower than
    their text. (Not part of ``clipped``: a table's wrapping text columns may be narrower than
    their headers where the screen has no room, rather than scroll.)"""
    return [
        found
        for header in root.findChildren(QHeaderView)
        if header.isVisibleTo(root)
        for found in _cut_headers(header)
    ]


def _cut_headers(header: QHeaderView) -> list[str]:
    """The sections of ``header`` narrower than their text (each line of a header on two
    lines) and the header's margins."""
    model = header.model()
    if header.orientation() != Qt.Orientation.Horizontal or model is None:
        return []
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    # A wrapping text column at its narrowest (vplan_desktop/ui/table_layout.py): the table
    # has no room for more, and its columns share what there is rather than scroll.
    fitter = getattr(header.parentWidget(), "fitter", None)
    narrowest: dict[int, int] = fitter.text_columns if fitter is not None else {}
    found = []
    for section in range(header.count()):
        text = model.headerData(section, Qt.Orientation.Horizontal)
        if header.isSectionHidden(section) or not isinstance(text, str) or not text.strip():
            continue
        if section in narrowest and header.sectionSize(section) <= narrowest[section] + 1:
            continue
        needed = max(header.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
        needed += 2 * margin
        if needed > header.sectionSize(section) + 1:
            shown = text.replace("\n", " ")
            found.append(f"QHeaderView ”{shown}”: {header.sectionSize(section)} < {needed}")
    return found


def _icon_only(button: QAbstractButton) -> bool:
    return (
        isinstance(button, QToolButton)
        and button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
        and not button.icon().isNull()
    )


def _shows_placeholder(edit: QLineEdit) -> bool:
    """Whether ``edit`` is an empty field of its own showing a placeholder (a combo box's or
    a spin box's line edit shows their text) that its tooltip does not show whole."""
    inside = isinstance(edit.parentWidget(), QComboBox | QAbstractSpinBox)
    shown = edit.placeholderText()
    return not inside and not edit.text() and bool(shown) and shown not in edit.toolTip()


def _room(edit: QLineEdit) -> int:
    """The width a field leaves its text: inside its frame, padding and margins (2 pixels a
    side, as Qt's QLineEdit keeps), beside the buttons of its actions."""
    margins = edit.textMargins()
    buttons = sum(
        button.width()
        for button in edit.findChildren(QToolButton)
        if button.isVisibleTo(edit) and button.parentWidget() is edit
    )
    frame = edit.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, edit)
    return edit.width() - 2 * frame - 4 - margins.left() - margins.right() - buttons


def main() -> int:
    plan, size = Path(sys.argv[1]), sys.argv[2]
    width, height = (int(n) for n in size.split("x"))
    app = application()
    window = MainWindow(start_page=False)
    window.resize(width, height)
    window.show()
    window.open_plan(plan)
    app.processEvents()
    workspace = window.workspace
    assert workspace is not None
    problems: dict[str, list[str]] = {}
    keys = [s.value for s in Section if s is not Section.KAPITEL]
    keys.insert(1, chapter_key(workspace.context.plan.kapitel[0].id))
    for key in keys:
        workspace.show_section(key)
        for _ in range(3):
            app.processEvents()
        found = clipped(window)
        shown = workspace.stack.currentWidget()
        if window.width() > width:
            # A page too wide for the screen: the window grew past it, its right edge unseen.
            found.append(f"fönstret {window.width()} bredare än skärmen {width}")
        if key == Section.UPPGIFTER and shown is not None:
            for area in shown.findChildren(QScrollArea):
                if area.isVisible() and area.horizontalScrollBar().isVisible():
                    found.append("Uppgifter: vågrät rullningslist")
        if found:
            problems[key] = found
    # The menu bar's titles first, on a line of their own: they show whether VPLAN_TRANS_SCALE
    # lengthened the texts (tests/ui/test_pseudo_translation.py).
    menus = [action.text() for action in window.menuBar().actions()]
    print(json.dumps({"menus": menus}, ensure_ascii=False))
    print(json.dumps(problems, ensure_ascii=False))
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Run as ``python -m tests.ui.clipping PLAN WIDTHxHEIGHT``, in a process of its own (the scale
factor, ``QT_SCALE_FACTOR``, is read when Qt starts): opens PLAN in vplan's window at that
size, shows every section and prints, as one line of JSON, each visible label or button whose
text is wider than the widget (clipped), and whether the Uppgifter form needs a horizontal
scroll bar."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QScrollArea,
    QWidget,
)

from vplan_desktop.sections import Section, chapter_key
from vplan_desktop.ui.app import application
from vplan_desktop.ui.main_window import MainWindow


def clipped(root: QWidget) -> list[str]:
    """The visible labels and buttons under ``root`` drawn narrower than their text."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.width() <= 1:
            continue
        if isinstance(widget, QLabel):
            if widget.wordWrap() or not widget.text() or not widget.pixmap().isNull():
                continue
            needed = widget.minimumSizeHint().width()
        elif isinstance(widget, QAbstractButton) and widget.text():
            needed = widget.minimumSizeHint().width()
        else:
            continue
        if needed > widget.width() + 1:
            text = widget.text().replace("&", "")
            found.append(f"{type(widget).__name__} ”{text}”: {widget.width()} < {needed}")
    return found


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
        if key == Section.UPPGIFTER and shown is not None:
            for area in shown.findChildren(QScrollArea):
                if area.isVisible() and area.horizontalScrollBar().isVisible():
                    found.append("Uppgifter: vågrät rullningslist")
        if found:
            problems[key] = found
    print(json.dumps(problems, ensure_ascii=False))
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())

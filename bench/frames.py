"""``python -m bench.frames PLAN``: one edit to the repainted view, in vplan's real window.

Run in a process of its own (offscreen Qt), so the bench's own process stays free of Qt. The
window opens the plan as the program does; for each case the section is shown, and the edit is
made as a cell editor commits it (``setData`` on the view's own model index). The time runs
from that call until the paint event of the view's viewport has been handled. Between edits
the window is left idle, as between two keystrokes of a user, so the background check and
anything else queued by the previous edit do not fall into the next measurement. The cases
run in one window, in order: the sections of the earlier cases stay open (built) and are
brought up to date by each later edit, as when a user has visited them.

Prints one JSON object: for each case the total times, the part spent in ``setData`` (service,
re-read, models) and the processor time of the whole edit, in seconds (on a busy machine the
processor time shows what the edit itself cost).
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, QThreadPool
from PySide6.QtWidgets import QAbstractItemView, QApplication

from vplan_desktop.sections import Section
from vplan_desktop.ui.main_window import MainWindow
from vplan_desktop.ui.qt_app import application
from vplan_desktop.ui.workspace import PlanWorkspace

WARMUP = 3
IDLE_S = 0.3
"""Time the window is left alone before each edit (the check starts 150 ms after an edit)."""
PAINT_TIMEOUT_S = 10.0


class PaintWatch(QObject):
    """Notes that a widget received a paint event."""

    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


@dataclass(frozen=True)
class Case:
    """An edit a user makes in one section: the view, the cell and two values to alternate."""

    label: str
    section: str
    view: Callable[[PlanWorkspace], QAbstractItemView]
    cell: Callable[[QAbstractItemView], QModelIndex]
    values: tuple[str, str]


def _source_cell(view: QAbstractItemView, field: str, row: int = 0) -> QModelIndex:
    """The cell of ``field`` in the view's ``row``, as an index of the view's own model (a
    filter's index where the view shows one)."""
    model: QAbstractItemModel = view.model()
    source: Any = getattr(model, "sourceModel", lambda: model)()  # a ColumnTableModel
    column = source.column_for(field)
    index = model.index(row, 0)
    return model.index(index.row(), column)


def _budget_cell(view: QAbstractItemView) -> QModelIndex:
    model = view.model()
    first = model.plan_columns()[0]  # type: ignore[attr-defined]
    return _source_cell(view, f"kolumn:{first.id}")


def _target_cell(view: QAbstractItemView) -> QModelIndex:
    model = view.model()
    year = model.context.plan.uppgifter.years[0]  # type: ignore[attr-defined]
    return _source_cell(view, f"malniva:{year}")


CASES = (
    Case(
        "budget",
        "drift",
        lambda w: w.editors[Section.DRIFT].view,  # type: ignore[attr-defined]
        _budget_cell,
        ("1 234", "1 235"),
    ),
    Case(
        "malniva",
        "mal",
        lambda w: w.editors[Section.MAL].indicators,  # type: ignore[attr-defined]
        _target_cell,
        ("70 %", "71 %"),
    ),
    Case(
        "aktivitet",
        "aktiviteter",
        lambda w: w.editors[Section.AKTIVITETER].view,  # type: ignore[attr-defined]
        lambda view: _source_cell(view, "namn"),
        ("Aktivitet i mätningen A", "Aktivitet i mätningen B"),
    ),
)


def idle(app: QApplication, seconds: float) -> None:
    """Let the event loop run for ``seconds`` and until the background check is done."""
    end = time.perf_counter() + seconds
    pool = QThreadPool.globalInstance()
    while time.perf_counter() < end or pool.activeThreadCount():
        app.processEvents()
        time.sleep(0.002)
    app.processEvents()


def time_case(
    app: QApplication, workspace: PlanWorkspace, case: Case, runs: int
) -> dict[str, list[float]]:
    workspace.show_section(case.section)
    view = case.view(workspace)
    idle(app, IDLE_S)
    watch = PaintWatch()
    view.viewport().installEventFilter(watch)
    totals: list[float] = []
    in_set_data: list[float] = []
    processor: list[float] = []
    for n in range(WARMUP + runs):
        index = case.cell(view)
        if not view.viewport().rect().intersects(view.visualRect(index)):
            raise RuntimeError(f"{case.label}: cellen syns inte")
        idle(app, IDLE_S)
        watch.painted = False
        cpu = time.process_time()
        start = time.perf_counter()
        if not view.model().setData(index, case.values[n % 2]):
            raise RuntimeError(f"{case.label}: ändringen gjordes inte")
        set_data = time.perf_counter()
        while not watch.painted:
            app.processEvents()
            if time.perf_counter() - start > PAINT_TIMEOUT_S:
                raise RuntimeError(f"{case.label}: vyn ritades inte om")
        end = time.perf_counter()
        if n >= WARMUP:
            totals.append(end - start)
            in_set_data.append(set_data - start)
            processor.append(time.process_time() - cpu)
    view.viewport().removeEventFilter(watch)
    return {"total": totals, "setData": in_set_data, "cpu": processor}


def main(argv: list[str]) -> int:
    path = Path(argv[0])
    runs = int(argv[1]) if len(argv) > 1 else 30
    app = application()
    window = MainWindow(start_page=False)
    window.resize(1280, 800)
    window.show()
    if not window.open_plan(path) or window.workspace is None:
        raise RuntimeError("planen öppnades inte")
    idle(app, 1.0)
    result = {case.label: time_case(app, window.workspace, case, runs) for case in CASES}
    print(json.dumps(result), flush=True)
    window.close()  # writes the plan back and removes its working copy
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Arkiv → Exportera uppföljning: the period's report (delårsrapport, årsredovisning) in Word,
PDF or Excel, exported on a worker thread with a progress dialog like the plan's export
(``export_runner``), then the offer to open the file or show it in its folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRunnable, QThreadPool
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QProgressDialog, QWidget

from vplan_desktop.domain import PlanSnapshot
from vplan_desktop.errors import VplanError
from vplan_desktop.exports.targets import check_export_target
from vplan_desktop.follow_up_data import Uppfoljning
from vplan_desktop.ui.context import PlanContext
from vplan_desktop.ui.export_runner import FILTERS, ExportRunner, _Relay
from vplan_desktop.ui.i18n import tr
from vplan_desktop.ui.plan_session import PlanSession

RUNNER_NAME = "vplan-uppfoljningsexport"


class _FollowUpJob(QRunnable):
    def __init__(
        self,
        plan: PlanSnapshot,
        period_id: int,
        fmt: str,
        out: Path,
        keep: tuple[Path | None, Path | None],
        relay: _Relay,
    ) -> None:
        super().__init__()
        self.plan, self.period_id, self.fmt, self.out, self.relay = plan, period_id, fmt, out, relay
        self.plan_file, self.working = keep  # never written over

    def run(self) -> None:
        # deferred: the exports are imported when one is asked for, not at start-up
        from vplan_desktop.exports.follow_up_export import export_follow_up

        try:
            notices = export_follow_up(
                self.plan,
                self.period_id,
                self.fmt,
                self.out,
                plan_file=self.plan_file,
                working=self.working,
            )
        except VplanError as error:
            self.relay.finished.emit(None, error.message)
        except Exception as error:  # a bug in an export must not take the window down
            self.relay.finished.emit(
                None,
                tr("Exporten misslyckades: {error}").format(
                    error=f"{type(error).__name__}: {error}"
                ),
            )
        else:
            self.relay.finished.emit(notices, None)


class FollowUpRunner(ExportRunner):
    """The plan's export runner (progress, result dialog) running a period's export."""

    def start(
        self,
        plan: PlanSnapshot,
        period: Uppfoljning,
        fmt: str,
        out: Path,
        source: PlanSession | None,
    ) -> None:
        self.out = out
        self.progress = QProgressDialog(
            tr("Skapar {name} …").format(name=out.name), "", 0, 0, self.window
        )
        self.progress.setWindowTitle(tr("Exporterar"))
        self.progress.setCancelButton(None)
        self.progress.setMinimumDuration(300)
        self.progress.setValue(0)
        # The paths are taken now, on this thread: the session may move on while the job runs.
        keep = (source.plan, source.working) if source is not None else (None, None)
        QThreadPool.globalInstance().start(
            _FollowUpJob(plan, period.id, fmt, out, keep, self.relay)
        )


def _runner(window: QWidget) -> FollowUpRunner:
    """The window's one runner for follow-up exports (one export at a time)."""
    found = window.findChild(FollowUpRunner, RUNNER_NAME)
    if isinstance(found, FollowUpRunner):
        return found
    runner = FollowUpRunner(window)
    runner.setObjectName(RUNNER_NAME)
    return runner


def _choose_period(window: QWidget, context: PlanContext) -> Uppfoljning | None:
    """The period shown in the window, else the one the user picks; None when none."""
    plan = context.plan
    if context.period is not None:
        return context.period
    periods = plan.uppfoljningar
    if not periods:
        # Deferred with the exports: the message lives beside the export it belongs to.
        from vplan_desktop.exports.follow_up_export import NO_PERIODS

        QMessageBox.information(window, tr("Ingen uppföljning"), NO_PERIODS)
        return None
    if len(periods) == 1:
        return periods[0]
    names = [p.namn for p in periods]
    name, ok = QInputDialog.getItem(
        window, tr("Exportera uppföljning"), tr("Vilken uppföljning?"), names, len(names) - 1, False
    )
    if not ok:
        return None
    return next((p for p in periods if p.namn == name), None)


def export_follow_up(window: QWidget, context: PlanContext, fmt: str) -> None:
    """Ask for a file (suggested: "<period>.<fmt>" beside the plan), then export the shown
    period's report there in the background."""
    period = _choose_period(window, context)
    if period is None:
        return
    source = context.session
    suggested = source.plan.parent / f"{period.namn}.{fmt}".replace("/", "-")
    name, _ = QFileDialog.getSaveFileName(
        window, tr("Exportera {namn}").format(namn=period.namn), str(suggested), tr(FILTERS[fmt])
    )
    if not name:
        return
    path = Path(name)
    out = path if path.suffix == f".{fmt}" else path.with_name(f"{path.name}.{fmt}")
    try:  # said at once, before the progress dialog; the export checks again
        check_export_target(out, plan=source.plan, working=source.working)
    except VplanError as error:
        QMessageBox.warning(window, tr("Exporten kan inte sparas där"), error.message)
        return
    _runner(window).start(context.plan, period, fmt, out, source)

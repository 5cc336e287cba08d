"""Runs the plan checks off the UI thread after each edit, so typing never waits for them.

While the window shows a follow-up period (``PlanContext.period``) it runs that period's
checks instead of the plan's, and runs again as soon as another period (or the plan) is
chosen."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from vplan_desktop.domain import PlanSnapshot
from vplan_desktop.ui.context import PlanContext
from vplan_desktop.validation import Finding, validate, validate_follow_up

DELAY_MS = 150


class _Relay(QObject):
    done = Signal(int, object)


class _Job(QRunnable):
    def __init__(
        self, generation: int, plan: PlanSnapshot, relay: _Relay, period_id: int | None = None
    ) -> None:
        super().__init__()
        self.generation = generation
        self.plan = plan
        self.period_id = period_id
        self.relay = relay

    def run(self) -> None:
        # The snapshot is immutable plain data: safe to read on a worker thread.
        period = None if self.period_id is None else self.plan.uppfoljning(self.period_id)
        findings = validate(self.plan) if period is None else validate_follow_up(self.plan, period)
        # The plan may have been closed while it was being checked: nobody waits for this.
        with contextlib.suppress(RuntimeError):
            self.relay.done.emit(self.generation, findings)


class Checker(QObject):
    """Emits ``findingsReady`` with the findings of the newest snapshot."""

    findingsReady = Signal(object)

    def __init__(self, context: PlanContext) -> None:
        super().__init__(context)
        self.context = context
        self.findings: list[Finding] = []
        self._generation = 0
        self._relay = _Relay(self)
        self._relay.done.connect(self._finished)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.run)
        context.changed.connect(lambda change: self._timer.start())
        # At once: the list must not go on showing the other period's findings.
        context.period_changed.connect(lambda period_id: self.run())

    def run_soon(self) -> None:
        """Check the current snapshot after ``DELAY_MS``: a plan just opened is painted
        first (the check, on another thread, would hold the interpreter while it paints)."""
        self._timer.start()

    def run_if_pending(self) -> None:
        """Run a check that is waiting for its delay now."""
        if self._timer.isActive():
            self._timer.stop()
            self.run()

    def run(self) -> None:
        """Check the current snapshot (and period) now (on the thread pool)."""
        self._generation += 1
        job = _Job(self._generation, self.context.plan, self._relay, self.context.period_id)
        QThreadPool.globalInstance().start(job)

    def _finished(self, generation: int, findings: list[Finding]) -> None:
        if generation != self._generation:
            return  # an older snapshot; a newer check is on its way
        self.findings = findings
        self.findingsReady.emit(findings)

"""Granskning in follow-up mode: with a period shown, the list holds that period's findings
under its name, and choosing another period (or the plan) checks again at once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.helpers import context_of, shown_window, workspace_of
from vplan_desktop.db.enums import Bedomningsgrad, UppfoljningSlag
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import follow_up
from vplan_desktop.storage.working import EditSession
from vplan_desktop.ui.checker import Checker
from vplan_desktop.ui.context import PlanContext
from vplan_desktop.ui.review import FINDING_ROLE, WARNINGS_LEFT, ReviewPage
from vplan_desktop.validation import Finding

APRIL = "Provdelår april 2027"
AUGUST = "Provdelår augusti 2027"


class Page:
    """A Granskning page and its checker over one open plan, as the window wires them."""

    def __init__(self, qtbot: QtBot, context: PlanContext) -> None:
        self.qtbot = qtbot
        self.context = context
        self.review = ReviewPage(context)
        qtbot.addWidget(self.review)
        self.checker = Checker(context)
        self.checker.findingsReady.connect(self.review.show_findings)

    def rows(self) -> list[str]:
        """Every row of the list: the section headings and the findings under them."""
        model = self.review.model
        found = []
        for top in range(model.rowCount()):
            heading = model.index(top, 0)
            found.append(str(heading.data()))
            found += [
                str(model.index(r, 0, heading).data()) for r in range(model.rowCount(heading))
            ]
        return found

    def findings(self) -> list[Finding]:
        model = self.review.model
        return [
            model.index(r, 0, model.index(top, 0)).data(FINDING_ROLE)
            for top in range(model.rowCount())
            for r in range(model.rowCount(model.index(top, 0)))
        ]

    def choose(self, period_id: int | None) -> None:
        """Choose a period (None: the plan) and wait for its findings."""
        with self.qtbot.waitSignal(self.checker.findingsReady, timeout=5000):
            self.context.set_period(period_id)


@pytest.fixture
def page(qtbot: QtBot, example_path: Path) -> Iterator[Page]:
    session = EditSession.open(example_path)
    context = PlanContext(session)
    for namn, end in ((APRIL, dt.date(2027, 4, 30)), (AUGUST, dt.date(2027, 8, 31))):
        context.edit_follow_up(
            "Ny uppföljning",
            partial(
                follow_up.add_period, namn=namn, ar=2027, slag=UppfoljningSlag.DELAR, slutdatum=end
            ),
        )
    shown = Page(qtbot, context)
    with qtbot.waitSignal(shown.checker.findingsReady, timeout=5000):
        shown.checker.run()
    yield shown
    session.discard()


def _period(page: Page, namn: str) -> int:
    period = page.context.plan.uppfoljning(namn)
    assert period is not None
    return period.id


def test_a_period_shows_its_own_findings_under_its_name(page: Page) -> None:
    assert "Redo för nämnd" in page.review.summary.text()
    plan_rows = page.rows()
    page.choose(_period(page, APRIL))
    orange = WARNINGS_LEFT.name()  # ready, but with warnings
    assert page.review.summary.text().startswith(f"<b style='color:{orange}'>{APRIL}: 0 fel, ")
    rows = page.rows()
    assert rows != plan_rows
    assert any(row.startswith("Uppföljning – ") for row in rows)
    assert any("mål saknar bedömning" in row for row in rows)
    assert f"Tips: {APRIL} saknar sammanfattning. " in "\n".join(rows)
    assert all(f.rule.startswith("uppfoljning.") for f in page.findings())
    # Back to the plan: the plan's findings again.
    page.choose(None)
    assert "Redo för nämnd" in page.review.summary.text()
    assert page.rows() == plan_rows


def test_switching_periods_checks_again(page: Page) -> None:
    april, august = _period(page, APRIL), _period(page, AUGUST)
    page.choose(april)
    page.context.edit_follow_up(
        "Sammanfattning",
        partial(follow_up.update_period, period_id=august, fields={"sammanfattning": "Bra."}),
    )
    page.qtbot.waitUntil(lambda: APRIL in page.review.summary.text())
    assert any("saknar sammanfattning" in row for row in page.rows())
    page.choose(august)
    assert AUGUST in page.review.summary.text()
    assert not any("saknar sammanfattning" in row for row in page.rows())


def test_an_edit_in_the_period_shown_is_checked(page: Page) -> None:
    april = _period(page, APRIL)
    page.choose(april)
    plan = page.context.plan
    goal = plan.namndsmal[0]
    level = next(b.id for b in plan.bedomningsskala if b.grad is Bedomningsgrad.EJ_UPPFYLLT)
    with page.qtbot.waitSignal(page.checker.findingsReady, timeout=5000):
        page.context.edit_follow_up(
            "Bedömning",
            partial(
                follow_up.set_follow_up,
                kind=ItemKind.UPPFOLJNING_MAL,
                period_id=april,
                item_id=goal.id,
                fields={"bedomningsniva_id": level},
            ),
        )
    found = [f for f in page.findings() if f.rule == "uppfoljning.mal_analys.ej_uppfyllt"]
    assert [(f.kind, f.item_id) for f in found] == [(ItemKind.UPPFOLJNING_MAL, goal.id)]


def test_the_window_checks_the_period_chosen(qtbot: QtBot, example_path: Path) -> None:
    window = shown_window(qtbot, example_path)
    workspace = workspace_of(window)
    qtbot.waitUntil(lambda: "Redo för nämnd" in workspace.review.summary.text())
    context = context_of(window)
    context.edit_follow_up(
        "Ny uppföljning",
        partial(
            follow_up.add_period,
            namn=APRIL,
            ar=2027,
            slag=UppfoljningSlag.DELAR,
            slutdatum=dt.date(2027, 4, 30),
        ),
    )
    period = context.plan.uppfoljning(APRIL)
    assert period is not None
    with qtbot.waitSignal(workspace.checker.findingsReady, timeout=5000):
        context.set_period(period.id)
    qtbot.waitUntil(lambda: APRIL in workspace.review.summary.text())
    assert all(f.rule.startswith("uppfoljning.") for f in workspace.review.findings)


def test_a_periods_granskning_speaks_of_the_follow_up(page: Page) -> None:
    assert "innan planen går till nämnden" in page.review.help_label.text()
    page.choose(_period(page, APRIL))
    assert "i uppföljningen innan den rapporteras" in page.review.help_label.text()
    assert page.review.reviewed_button.isHidden()  # marking items reviewed is the plan's
    page.choose(None)
    assert "innan planen går till nämnden" in page.review.help_label.text()
    assert not page.review.reviewed_button.isHidden()


def test_a_page_shows_no_window_of_its_own_while_it_is_built(page: Page, qtbot: QtBot) -> None:
    """The hint under a heading once became a window of its own for a moment (shown before it
    had a parent), taking the focus from the window's cell editors."""
    shown: list[QWidget] = []

    class Shows(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                event.type() == QEvent.Type.Show
                and isinstance(watched, QWidget)
                and watched.isWindow()
            ):
                shown.append(watched)
            return False

    app = QApplication.instance()
    assert app is not None
    watcher = Shows()
    app.installEventFilter(watcher)
    try:
        qtbot.addWidget(ReviewPage(page.context))
    finally:
        app.removeEventFilter(watcher)
    assert shown == []

"""GUI test fixtures: no test may hang on a modal dialog nobody can close."""

from __future__ import annotations

import pytest

from PySide6.QtWidgets import QMessageBox


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A message box a test did not ask for fails the test instead of blocking it."""

    def unexpected(*args: object, **kwargs: object) -> None:
        texts = [a for a in args if isinstance(a, str)]
        raise AssertionError(f"unexpected dialog: {texts}")

    for name in ("warning", "critical", "information", "question", "about"):
        monkeypatch.setattr(QMessageBox, name, unexpected)


@pytest.fixture(autouse=True)
def refresh_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every edit's partial refresh is compared with a full read of the plan: a ``Change`` that
    does not name all it touched fails the test that made it."""
    from vplan_desktop.ui.context import PlanContext

    monkeypatch.setattr(PlanContext, "check_refresh", True)

"""The "Ny …" name dialogs answered with OK and an empty field: the user is told in Swedish what
is missing (the words agreeing with their noun) and the plan is not changed. They used to do
nothing at all, as if the button were broken."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QAbstractButton, QWidget

from tests.ui.helpers import (
    click_and_answer,
    context_of,
    editor_of,
    on_disk,
    shown_window,
    typed_answer,
    workspace_of,
)
from vplan_desktop.sections import Section
from vplan_desktop.ui.editors.activities import ActivitiesEditor
from vplan_desktop.ui.editors.base import SectionEditor
from vplan_desktop.ui.editors.budget_grid import InvesteringEditor
from vplan_desktop.ui.editors.goals import GoalsEditor
from vplan_desktop.ui.editors.key_figures import NyckeltalEditor


def _button(editor: QWidget, text: str) -> QAbstractButton:
    found = [b for b in editor.findChildren(QAbstractButton) if b.text() == text]
    assert len(found) == 1, f"no single button {text!r}"
    return found[0]


@pytest.mark.parametrize(
    ("section", "kind", "button", "title", "message"),
    [
        (
            Section.MAL,
            GoalsEditor,
            "Nytt målområde…",
            "Nytt målområde",
            "Målområdets namn får inte vara tomt.",
        ),
        (
            Section.AKTIVITETER,
            ActivitiesEditor,
            "Ny aktivitet…",
            "Ny aktivitet",
            "Aktivitetens namn får inte vara tomt.",
        ),
        (
            Section.INVESTERINGAR,
            InvesteringEditor,
            "Nytt projekt…",
            "Nytt projekt",
            "Projektnamnet får inte vara tomt.",
        ),
        (
            Section.NYCKELTAL,
            NyckeltalEditor,
            "Ny tabell…",
            "Ny tabell",
            "Rubriken får inte vara tom.",
        ),
        (
            Section.NYCKELTAL,
            NyckeltalEditor,
            "Ny rad…",
            "Ny rad",
            "Radens namn får inte vara tomt.",
        ),
        (
            Section.NYCKELTAL,
            NyckeltalEditor,
            "Ny kolumn…",
            "Ny kolumn",
            "Kolumnens rubrik får inte vara tom.",
        ),
    ],
)
def test_ok_with_an_empty_name_says_what_is_missing_and_changes_nothing(
    qtbot: QtBot,
    example_path: Path,
    section: Section,
    kind: type[SectionEditor],
    button: str,
    title: str,
    message: str,
) -> None:
    window = shown_window(qtbot, example_path)
    window.show_section(section)
    editor = editor_of(window, section, kind)
    qtbot.waitUntil(editor.isVisible)
    before = on_disk(example_path)
    seen = click_and_answer(qtbot, _button(editor, button), typed_answer(qtbot, "  "))
    assert seen == [title]
    workspace = workspace_of(window)
    assert workspace.message.isVisible() and workspace.message.text() == message
    assert on_disk(example_path) == before
    assert context_of(window).undo_stack.count() == 0

"""After someone else changed what the window shows, an edit typed over it is refused: the
message names her, nothing is written, and the view shows her value (``PlanContext`` reads
the plan again after a refusal). On a plan file, with a second document on the window's
working copy as the other person (tests/ui/test_server_conflicts.py does it on the server)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.ui import conflict_steps
from tests.ui.helpers import context_of, edit_cell, shown_window, workspace_of
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.services.read import read_plan
from vplan_desktop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, example_path: Path) -> MainWindow:
    return shown_window(qtbot, example_path)


@pytest.fixture
def hers(window: MainWindow) -> Iterator[PlanDocument]:
    """Anna Svensson, editing the same plan (its working copy) through a document of her own."""
    document = context_of(window).document
    other = PlanDocument(document.path, read_only=False, data_file=document.file)
    other.user_name = "Anna Svensson"
    with other:
        yield other


@pytest.mark.parametrize("step", conflict_steps.CELL_STEPS)
def test_a_cell_someone_else_changed_is_refused_and_shows_her_value(
    qtbot: QtBot, window: MainWindow, hers: PlanDocument, step: conflict_steps.Step
) -> None:
    def enter(view: object, row: int, column: int, text: str) -> None:
        edit_cell(qtbot, view, row, column, text)  # type: ignore[arg-type]

    step(qtbot, window, hers, "Anna Svensson", enter)
    assert workspace_of(window).message.isVisible()


def test_a_chapter_text_someone_else_saved_is_not_overwritten(
    qtbot: QtBot, window: MainWindow, hers: PlanDocument
) -> None:
    """The text typed is saved on the version it was loaded from: her text, saved meanwhile,
    stays, and the editor shows it."""
    from vplan_desktop.sections import ItemKind
    from vplan_desktop.services import items
    from vplan_desktop.ui.editors.chapter import ChapterEditor

    chapter = context_of(window).plan.kapitel[0]
    window.show_section(f"kapitel:{chapter.id}")
    editor = workspace_of(window).chapter
    assert isinstance(editor, ChapterEditor)
    qtbot.waitUntil(editor.text.isVisible)
    items.update_item(hers, ItemKind.KAPITEL, chapter.id, {"text": "Hennes text."})
    editor.text.setFocus()
    editor.text.selectAll()
    editor.text.insertPlainText("Min text.")
    editor.flush()
    message = workspace_of(window).message.text()
    assert conflict_steps.conflict_pattern("Anna Svensson").match(message), message
    assert read_plan(hers).kapitel[0].text == "Hennes text."
    assert editor.markdown().strip() == "Hennes text."

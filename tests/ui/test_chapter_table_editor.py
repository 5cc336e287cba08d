"""Tables in the chapter editor (issue 15, item 8): a chapter's Markdown table is shown as a
table with a bold header row and saved back unchanged; "Infoga tabell…", "Lägg till rad",
"Ta bort rad" and Tab work as a secretary expects, and Ctrl+Z takes a table back."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont, QTextCursor, QTextDocument, QTextTable
from PySide6.QtWidgets import QApplication, QSpinBox, QWidget

from tests.test_chapter_tables import texts_with_tables
from tests.ui.helpers import (
    answer_next_dialog,
    on_disk,
    press,
    shown_on_first_chapter,
    type_text,
    workspace_of,
)
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.markdown import Block, write
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import items
from vplan_desktop.services.read import read_plan
from vplan_desktop.ui.editors.chapter import ChapterEditor
from vplan_desktop.ui.editors.chapter_markdown import document_markdown, load_markdown
from vplan_desktop.ui.editors.chapter_tables import TableSizeDialog
from vplan_desktop.ui.main_window import MainWindow

TABLE_TEXT = (
    "Fördelningen per område:\n\n"
    "| Område | Årsarbetare | Kommentar |\n"
    "| :--- | ---: | --- |\n"
    "| Äldreomsorg | 412 | **Hemtjänst** \\| *boende* |\n"
    "| IFO | 96 | rad ett<br>rad två |\n\n"
    "- en punkt efter tabellen\n"
)


def _tables(document: QTextDocument) -> list[QTextTable]:
    return [f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable)]


def _cells(table: QTextTable) -> list[list[str]]:
    return [
        [
            _cell_cursor(table, row, column).selectedText().replace("\u2028", "\n")
            for column in range(table.columns())
        ]
        for row in range(table.rows())
    ]


def _cell_cursor(table: QTextTable, row: int, column: int) -> QTextCursor:
    cell = table.cellAt(row, column)
    cursor = cell.firstCursorPosition()
    cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
    return cursor


def test_a_chapter_table_loads_as_a_table_with_a_bold_header(qapp: object) -> None:
    document = QTextDocument()
    load_markdown(document, TABLE_TEXT)
    [table] = _tables(document)
    assert _cells(table) == [
        ["Område", "Årsarbetare", "Kommentar"],
        ["Äldreomsorg", "412", "Hemtjänst | boende"],
        ["IFO", "96", "rad ett\nrad två"],
    ]
    header = table.cellAt(0, 1).firstCursorPosition()
    header.movePosition(QTextCursor.MoveOperation.NextCharacter)
    assert header.charFormat().fontWeight() == QFont.Weight.Bold
    body = table.cellAt(1, 0).firstCursorPosition()
    body.movePosition(QTextCursor.MoveOperation.NextCharacter)
    assert body.charFormat().fontWeight() == QFont.Weight.Normal
    number = table.cellAt(1, 1).firstCursorPosition().blockFormat().alignment()
    assert number & Qt.AlignmentFlag.AlignRight  # "---:" in the Markdown
    # Saved without an edit: the same Markdown, bold and italic in a cell kept.
    assert document_markdown(document) == TABLE_TEXT


def test_any_text_with_tables_comes_back_from_the_editor_unchanged(qapp: object) -> None:
    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(texts_with_tables())
    def check(blocks: list[Block]) -> None:
        markdown = write(blocks)
        document = QTextDocument()
        load_markdown(document, markdown)
        assert document_markdown(document) == markdown

    check()


def test_a_table_pasted_from_word_or_the_web_keeps_all_its_text(qapp: object) -> None:
    # Merged cells, a table inside a cell, a centred <th> header: Markdown has none of them,
    # so the text goes into the first place of a merged cell and the cell around a table.
    document = QTextDocument()
    document.setHtml(
        "<p>Före</p><table border=1><tr><th colspan=2>Över två</th><th>C</th></tr>"
        "<tr><td rowspan=2>Lång</td><td>b</td><td><table><tr><td>inre 1</td><td>inre 2</td>"
        "</tr></table></td></tr><tr><td>e</td><td align=right>5</td></tr></table><p>Efter</p>"
    )
    assert document_markdown(document) == (
        "Före\n\n| Över två |  | C |\n| --- | --- | --- |\n"
        "| Lång | b | inre 1<br>inre 2 |\n|  | e | 5 |\n\nEfter\n"
    )


# --- in the window -----------------------------------------------------------------------------


@pytest.fixture
def chapter_path(plan_path: Path) -> Path:
    with PlanDocument.open(plan_path) as document:
        first = read_plan(document).kapitel[0]
        items.update_item(document, ItemKind.KAPITEL, first.id, {"text": "Inledande text.\n"})
    return plan_path


@pytest.fixture
def window(qtbot: QtBot, chapter_path: Path) -> MainWindow:
    return shown_on_first_chapter(qtbot, chapter_path)


def _editor(window: MainWindow) -> ChapterEditor:
    return workspace_of(window).chapter


def _answer_size(qtbot: QtBot, rows: str, columns: str, shown: list[str]) -> list[str]:
    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, TableSizeDialog)
        for spin, value in ((dialog.rows, rows), (dialog.columns, columns)):
            assert isinstance(spin, QSpinBox)
            spin.setFocus()
            spin.selectAll()
            type_text(spin, value)
        qtbot.keyClick(dialog.columns, Qt.Key.Key_Return)
        shown.append(dialog.error.text())

    return answer_next_dialog(qtbot, fill)


def test_insert_a_table_type_in_it_save_and_undo(
    window: MainWindow, chapter_path: Path, qtbot: QtBot
) -> None:
    editor = _editor(window)
    text = editor.text
    text.setFocus()
    text.moveCursor(QTextCursor.MoveOperation.End)
    type_text(text, " Mer.")  # not saved yet: saved as a step of its own before the table
    shown: list[str] = []
    seen = _answer_size(qtbot, "2", "3", shown)
    press(
        qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: bool(_tables(text.document())))
    assert seen == ["Infoga tabell"] and shown == [""]
    window.activateWindow()  # the window has the keyboard again, the cursor in the table
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert text.hasFocus()
    # Typed as a user types: Tab goes on to the next cell.
    for n, word in enumerate(["Område", "Antal", "Not", "Äldreomsorg", "412", "ny | rad"]):
        if n:
            press(qtbot, Qt.Key.Key_Tab)
        type_text(text, word)
    editor.flush()
    saved = on_disk(chapter_path).kapitel[0].text
    assert saved == (
        "Inledande text. Mer.\n\n"
        "| Område | Antal | Not |\n| --- | --- | --- |\n| Äldreomsorg | 412 | ny \\| rad |\n"
    )
    # Reopened from the file: the same table.
    editor._loaded_text = None
    editor._load()
    [table] = _tables(text.document())
    assert _cells(table) == [["Område", "Antal", "Not"], ["Äldreomsorg", "412", "ny | rad"]]

    text.setFocus()
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert on_disk(chapter_path).kapitel[0].text == "Inledande text. Mer.\n"
    assert not _tables(text.document())
    assert text.toPlainText() == "Inledande text. Mer."


def test_a_size_beyond_the_limits_gets_a_swedish_message(
    window: MainWindow, chapter_path: Path, qtbot: QtBot
) -> None:
    text = _editor(window).text
    text.setFocus()
    shown: list[str] = []
    _answer_size(qtbot, "25", "3", shown)
    _editor(window).tables.insert_action.trigger()
    assert shown == ["En tabell kan ha 1–20 rader (rubrikraden medräknad)."]
    shown.clear()
    _answer_size(qtbot, "3", "9", shown)
    _editor(window).tables.insert_action.trigger()
    assert shown == ["En tabell kan ha 1–8 kolumner."]
    assert not _tables(text.document())
    assert on_disk(chapter_path).kapitel[0].text == "Inledande text.\n"


def test_rows_are_added_and_removed_where_the_cursor_stands(
    window: MainWindow, chapter_path: Path, qtbot: QtBot
) -> None:
    editor = _editor(window)
    text = editor.text
    text.setFocus()
    table = editor.tables.insert(2, 2)
    assert table is not None
    assert not editor.tables.insert_action.isEnabled()  # no table inside a table
    type_text(text, "A")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(text, "B")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(text, "1")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(text, "2")
    press(qtbot, Qt.Key.Key_Tab)  # in the last cell: a new row, as in Word
    assert table.rows() == 3
    type_text(text, "3")
    press(qtbot, Qt.Key.Key_Backtab)
    type_text(text, "x")
    assert _cells(table) == [["A", "B"], ["1", "2x"], ["3", ""]]

    text.setTextCursor(table.cellAt(0, 0).firstCursorPosition())
    editor.tables.add_row_action.trigger()
    type_text(text, "ny")
    assert _cells(table) == [["A", "B"], ["ny", ""], ["1", "2x"], ["3", ""]]
    editor.tables.remove_row_action.trigger()  # the cursor is still in the new row
    assert _cells(table) == [["A", "B"], ["1", "2x"], ["3", ""]]
    # Removing the header row makes the next row the header (bold, written as the header).
    text.setTextCursor(table.cellAt(0, 1).firstCursorPosition())
    editor.tables.remove_row_action.trigger()
    editor.flush()
    assert on_disk(chapter_path).kapitel[0].text == (
        "Inledande text.\n\n| 1 | 2x |\n| --- | --- |\n| 3 |  |\n"
    )
    first = table.cellAt(0, 0).firstCursorPosition()
    first.movePosition(QTextCursor.MoveOperation.NextCharacter)
    assert first.charFormat().fontWeight() == QFont.Weight.Bold

    # The last rows go, and the table with them; the text around it stays as it was.
    text.moveCursor(QTextCursor.MoveOperation.End)
    type_text(text, "Efter.")
    for _ in range(2):
        text.setTextCursor(table.cellAt(0, 0).firstCursorPosition())
        editor.tables.remove_row_action.trigger()
    assert not _tables(text.document())
    editor.flush()
    assert on_disk(chapter_path).kapitel[0].text == "Inledande text.\n\nEfter.\n"
    assert editor.tables.insert_action.isEnabled()
    assert not editor.tables.add_row_action.isEnabled()


def test_the_table_actions_are_in_the_text_fields_menu(window: MainWindow) -> None:
    tables = _editor(window).tables
    menu = tables.context_menu(QPoint(5, 5))
    shown = {action.text(): action.toolTip() for action in menu.actions()}
    assert shown["Tabell…"] == "Infoga tabell (Ctrl+Shift+T)"
    assert "Lägg till rad" in shown and "Ta bort rad" in shown
    menu.deleteLater()

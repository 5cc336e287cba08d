"""The chapter editor's formatting bar (issue "A window a secretary is glad to open", item 4):
icon buttons as in Word for what a chapter's Markdown holds, each doing what it says to the
text saved in the plan file, pressed where the cursor stands, each with an icon, a tooltip
naming its shortcut and a Swedish accessible name."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPalette, QTextCursor, QTextTable
from PySide6.QtWidgets import QApplication, QSpinBox, QTextEdit, QToolButton, QWidget

from tests.ui.helpers import (
    answer_next_dialog,
    click,
    on_disk,
    press,
    shown_on_first_chapter,
    type_text,
    workspace_of,
)
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import items
from vplan_desktop.services.read import read_plan
from vplan_desktop.ui.editors import chapter_format as fmt
from vplan_desktop.ui.editors.chapter import ChapterEditor
from vplan_desktop.ui.editors.chapter_markdown import document_markdown, load_markdown
from vplan_desktop.ui.editors.chapter_tables import TableSizeDialog
from vplan_desktop.ui.icons import ui_icon
from vplan_desktop.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier

# key: (accessible name, tooltip), in the order the bar shows them
BUTTONS = {
    "fet": ("Fet", "Fet (Ctrl+F eller Ctrl+B)"),
    "kursiv": ("Kursiv", "Kursiv (Ctrl+K eller Ctrl+I)"),
    "rubrik1": ("Rubrik 1", "Rubrik 1 – en rubrik i kapitlet (Ctrl+Shift+R)"),
    "rubrik2": ("Rubrik 2", "Rubrik 2 – en underrubrik under en Rubrik 1 (Ctrl+Shift+H)"),
    "punktlista": ("Punktlista", "Punktlista (Ctrl+Shift+L)"),
    "numrerad": ("Numrerad lista", "Numrerad lista (Ctrl+Shift+N)"),
    "minska": ("Minska listnivå", "Minska listnivå (Shift+Tab i en lista)"),
    "oka": ("Öka listnivå", "Öka listnivå (Tab i en lista)"),
    "tabell": ("Infoga tabell", "Infoga tabell (Ctrl+Shift+T)"),
    "lagg_till_rad": (
        "Lägg till rad",
        "Lägg till en rad under raden där markören står (Ctrl+Shift+Enter)",
    ),
    "ta_bort_rad": ("Ta bort rad", "Ta bort tabellraden där markören står (Ctrl+Shift+Backspace)"),
    "bild": ("Infoga bild", "Infoga bild (Ctrl+Shift+B)"),
    "angra": ("Ångra", "Ångra (Ctrl+Z)"),
    "gor_om": ("Gör om", "Gör om (Ctrl+Y)"),
}


@pytest.fixture
def chapter_path(plan_path: Path) -> Path:
    with PlanDocument.open(plan_path) as document:
        first = read_plan(document).kapitel[0]
        items.update_item(document, ItemKind.KAPITEL, first.id, {"text": ""})
    return plan_path


@pytest.fixture
def window(qtbot: QtBot, chapter_path: Path) -> MainWindow:
    return shown_on_first_chapter(qtbot, chapter_path)


def _editor(window: MainWindow) -> ChapterEditor:
    editor = workspace_of(window).chapter
    editor.text.setFocus()
    return editor


def _saved(editor: ChapterEditor, path: Path) -> str:
    editor.flush()
    return on_disk(path).kapitel[0].text


def _press(qtbot: QtBot, editor: ChapterEditor, key: str) -> None:
    """Click the bar's button ``key`` with the mouse, as a user does."""
    click(qtbot, editor.format_buttons[key])


# --- how the buttons look ------------------------------------------------------------------


def test_every_button_has_an_icon_a_tooltip_with_its_shortcut_and_a_name(
    window: MainWindow,
) -> None:
    editor = _editor(window)
    assert list(editor.format_buttons) == list(BUTTONS)
    for key, button in editor.format_buttons.items():
        name, tip = BUTTONS[key]
        assert isinstance(button, QToolButton)
        assert button.isVisible(), key
        assert not button.icon().isNull(), key
        assert button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
        assert button.toolTip() == tip
        assert button.accessibleName() == name
        # The shortcut the tooltip names is the action's own (the undo keys are the window's).
        action = button.defaultAction()
        named = tip.rsplit("(", 1)[1].rstrip(")").replace("Enter", "Return").split(" eller ")
        own = [s.toString() for s in action.shortcuts()]
        if own:
            assert own == named, key
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    assert "Ctrl+Y" in [s.toString() for s in window.redo_action.shortcuts()]
    # Formatting keys reach their actions from the text (Ctrl+K is the text's own otherwise).
    assert {"Ctrl+Shift+H", "Ctrl+K"} <= {k.toString() for k in editor._filter.keys}


def _opaque_colours(icon_image: QImage) -> set[str]:
    colours = set()
    for y in range(icon_image.height()):
        for x in range(icon_image.width()):
            pixel = icon_image.pixelColor(x, y)
            if pixel.alpha() == 255:
                colours.add(pixel.name())
    return colours


@pytest.mark.parametrize("text_colour", ["#1a1a1a", "#f0f0f0"])
def test_the_icons_are_drawn_in_the_palettes_text_colour(qapp: object, text_colour: str) -> None:
    """Light and dark themes alike: the lines take the palette's text colour, a disabled
    button's its disabled text colour."""
    palette = QPalette()
    palette.setColor(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText, text_colour)
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, "#808080")
    for name in ("letter-f", "list-numbers", "table", "arrow-back-up"):
        icon = ui_icon(name, palette)
        image = icon.pixmap(48).toImage()
        assert _opaque_colours(image) == {text_colour}, name
        disabled = icon.pixmap(48, QIcon.Mode.Disabled).toImage()
        assert _opaque_colours(disabled) == {"#808080"}, name


def test_the_icons_follow_a_palette_change(window: MainWindow) -> None:
    editor = _editor(window)
    button = editor.format_buttons["fet"]
    palette = editor.toolbar.palette()
    palette.setColor(QPalette.ColorRole.ButtonText, QColor("#ffffff"))
    editor.toolbar.setPalette(palette)
    image = button.icon().pixmap(48).toImage()
    assert _opaque_colours(image) == {"#ffffff"}


# --- what the buttons do -------------------------------------------------------------------


def _type_then(qtbot: QtBot, editor: ChapterEditor, before: str, key: str, after: str = "") -> None:
    type_text(editor.text, before)
    _press(qtbot, editor, key)
    type_text(editor.text, after)


@pytest.mark.parametrize(
    ("before", "key", "after", "markdown"),
    [
        ("vanlig ", "fet", "fet", "vanlig **fet**\n"),
        ("vanlig ", "kursiv", "kursiv", "vanlig *kursiv*\n"),
        ("Mål och ", "rubrik1", "inriktning", "## Mål och inriktning\n"),
        ("", "rubrik1", "Mål", "## Mål\n"),  # pressed first, then typed
        ("Vårt ", "rubrik2", "uppdrag", "### Vårt uppdrag\n"),
        ("ett", "punktlista", "", "- ett\n"),
        ("ett", "numrerad", "", "1. ett\n"),
    ],
)
def test_each_button_formats_the_text_saved_in_the_plan(
    window: MainWindow,
    chapter_path: Path,
    qtbot: QtBot,
    before: str,
    key: str,
    after: str,
    markdown: str,
) -> None:
    editor = _editor(window)
    _type_then(qtbot, editor, before, key, after)
    assert editor.format_actions[key].isChecked()  # the button shows it where the cursor is
    assert _saved(editor, chapter_path) == markdown


def test_a_heading_button_again_makes_plain_text_and_the_other_level_switches(
    window: MainWindow, chapter_path: Path, qtbot: QtBot
) -> None:
    editor = _editor(window)
    _type_then(qtbot, editor, "Mål", "rubrik1")
    _press(qtbot, editor, "rubrik2")
    assert _saved(editor, chapter_path) == "### Mål\n"
    assert not editor.format_actions["rubrik1"].isChecked()
    _press(qtbot, editor, "rubrik2")
    assert _saved(editor, chapter_path) == "Mål\n"
    assert not editor.format_actions["rubrik2"].isChecked()
    press(qtbot, Qt.Key.Key_H, CTRL | SHIFT)  # the key the tooltip names
    assert _saved(editor, chapter_path) == "### Mål\n"


def test_list_buttons_make_switch_and_end_a_list(
    window: MainWindow, chapter_path: Path, qtbot: QtBot
) -> None:
    editor = _editor(window)
    _type_then(qtbot, editor, "ett", "punktlista")
    press(qtbot, Qt.Key.Key_Return)
    type_text(editor.text, "två")
    assert _saved(editor, chapter_path) == "- ett\n- två\n"
    _press(qtbot, editor, "numrerad")  # the other kind: the list becomes numbered
    assert _saved(editor, chapter_path) == "1. ett\n2. två\n"
    assert editor.format_actions["numrerad"].isChecked()
    assert not editor.format_actions["punktlista"].isChecked()
    _press(qtbot, editor, "numrerad")  # the same kind again: a paragraph
    assert _saved(editor, chapter_path) == "1. ett\n\ntvå\n"
    assert not editor.format_actions["numrerad"].isChecked()


def test_a_heading_on_a_list_item_takes_it_out_of_the_list(
    window: MainWindow, chapter_path: Path, qtbot: QtBot
) -> None:
    editor = _editor(window)
    _type_then(qtbot, editor, "ett", "punktlista")
    _press(qtbot, editor, "rubrik1")
    assert _saved(editor, chapter_path) == "## ett\n"
    _press(qtbot, editor, "punktlista")  # and a list item is no heading
    assert _saved(editor, chapter_path) == "- ett\n"


def _two_items(qtbot: QtBot, editor: ChapterEditor, list_key: str) -> None:
    _type_then(qtbot, editor, "ett", list_key)
    press(qtbot, Qt.Key.Key_Return)
    type_text(editor.text, "två")


@pytest.mark.parametrize(
    ("list_key", "flat", "nested"),
    [
        ("punktlista", "- ett\n- två\n", "- ett\n  - två\n"),
        ("numrerad", "1. ett\n2. två\n", "1. ett\n   1. två\n"),
    ],
)
def test_list_level_buttons_nest_an_item_under_the_one_before(
    window: MainWindow,
    chapter_path: Path,
    qtbot: QtBot,
    list_key: str,
    flat: str,
    nested: str,
) -> None:
    editor = _editor(window)
    _two_items(qtbot, editor, list_key)
    oka, minska = editor.format_actions["oka"], editor.format_actions["minska"]
    assert oka.isEnabled() and not minska.isEnabled()
    _press(qtbot, editor, "oka")
    assert _saved(editor, chapter_path) == nested
    assert minska.isEnabled() and not oka.isEnabled()  # one level under the item before
    _press(qtbot, editor, "minska")
    assert _saved(editor, chapter_path) == flat
    # The first item has no item to go under.
    editor.text.moveCursor(QTextCursor.MoveOperation.Start)
    assert not oka.isEnabled() and not minska.isEnabled()


def test_tab_and_shift_tab_change_the_level_in_a_list_and_move_on_elsewhere(
    window: MainWindow, chapter_path: Path, qtbot: QtBot
) -> None:
    editor = _editor(window)
    _two_items(qtbot, editor, "punktlista")
    press(qtbot, Qt.Key.Key_Tab)
    assert editor.text.hasFocus()
    type_text(editor.text, " djupare")
    assert _saved(editor, chapter_path) == "- ett\n  - två djupare\n"
    press(qtbot, Qt.Key.Key_Backtab)
    assert editor.text.hasFocus()
    assert _saved(editor, chapter_path) == "- ett\n- två djupare\n"
    # Outside a list Tab leaves the text field, as before.
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Return)  # Enter in an empty item ends the list
    type_text(editor.text, "Slut.")
    press(qtbot, Qt.Key.Key_Tab)
    assert not editor.text.hasFocus()
    assert _saved(editor, chapter_path) == "- ett\n- två djupare\n\nSlut.\n"


def test_outdenting_keeps_the_items_after_it_under_it_numbered_from_one(
    window: MainWindow, chapter_path: Path, qtbot: QtBot
) -> None:
    editor = _editor(window)
    load_markdown(editor.text.document(), "1. A\n   1. i\n   2. ii\n   3. iii\n2. B\n")
    editor._dirty = True
    block = editor.text.document().findBlockByNumber(2)  # "ii"
    editor.text.setTextCursor(QTextCursor(block))
    _press(qtbot, editor, "minska")
    # (A blank line before an outer item after a nested one is how vplan writes lists.)
    assert _saved(editor, chapter_path) == "1. A\n   1. i\n\n2. ii\n   1. iii\n\n3. B\n"


@pytest.mark.parametrize(
    ("markdown", "item", "step", "moved"),
    [
        # The items under the one moved in become its siblings.
        ("- a\n- b\n  - c\n", 1, fmt.indent, "- a\n  - b\n  - c\n"),
        (
            "1. a\n2. b\n   1. c\n   2. d\n3. e\n",
            1,
            fmt.indent,
            "1. a\n   1. b\n   2. c\n   3. d\n\n2. e\n",
        ),
        ("1. a\n2. b\n3. e\n", 2, fmt.indent, "1. a\n2. b\n   1. e\n"),
        ("- a\n  - b\n    - c\n- d\n", 1, fmt.outdent, "- a\n- b\n  - c\n- d\n"),
        ("Text\n\n- a\n- b\n", 2, fmt.indent, "Text\n\n- a\n  - b\n"),
        # The first item has none to go under; the outermost level none to go out to.
        ("- a\n- b\n", 0, fmt.indent, None),
        ("- a\n- b\n", 1, fmt.outdent, None),
    ],
)
def test_list_levels_move_items_as_word_does(
    qapp: object,
    markdown: str,
    item: int,
    step: Callable[[QTextEdit], bool],
    moved: str | None,
) -> None:
    text = QTextEdit()
    load_markdown(text.document(), markdown)
    text.setTextCursor(QTextCursor(text.document().findBlockByNumber(item)))
    assert step(text) is (moved is not None)
    assert document_markdown(text.document()) == (moved or markdown)


def _answer_size(qtbot: QtBot, rows: int, columns: int) -> list[str]:
    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, TableSizeDialog)
        for spin, value in ((dialog.rows, rows), (dialog.columns, columns)):
            assert isinstance(spin, QSpinBox)
            spin.setValue(value)
        dialog.accept()

    return answer_next_dialog(qtbot, fill)


def test_table_buttons_insert_a_table_and_add_and_remove_rows(
    window: MainWindow, chapter_path: Path, qtbot: QtBot
) -> None:
    editor = _editor(window)
    type_text(editor.text, "Före.")
    assert not editor.format_buttons["lagg_till_rad"].isEnabled()  # no table to add to
    seen = _answer_size(qtbot, 2, 2)
    _press(qtbot, editor, "tabell")
    qtbot.waitUntil(lambda: editor.text.textCursor().currentTable() is not None)
    assert seen == ["Infoga tabell"]
    type_text(editor.text, "Område")
    assert _saved(editor, chapter_path) == "Före.\n\n| Område |  |\n| --- | --- |\n|  |  |\n"
    # A cell holds text alone (Markdown has no heading or list there); the header's bold is
    # its style.
    off = ("fet", "rubrik1", "rubrik2", "punktlista", "numrerad")
    assert not any(editor.format_buttons[key].isEnabled() for key in off)
    assert editor.format_buttons["kursiv"].isEnabled()
    _press(qtbot, editor, "lagg_till_rad")
    assert all(editor.format_buttons[key].isEnabled() for key in off[:1])
    assert not any(editor.format_buttons[key].isEnabled() for key in off[1:])
    type_text(editor.text, "IFO")
    # Under the row the cursor stood in (the header), as in Word.
    assert _saved(editor, chapter_path).endswith("| --- | --- |\n| IFO |  |\n|  |  |\n")
    _press(qtbot, editor, "ta_bort_rad")
    table = editor.text.textCursor().currentTable()
    assert isinstance(table, QTextTable) and table.rows() == 2
    assert "IFO" not in _saved(editor, chapter_path)


def test_the_image_button_is_the_image_action(window: MainWindow) -> None:
    editor = _editor(window)
    assert editor.format_buttons["bild"].defaultAction() is editor.images.insert_action


def test_undo_and_redo_buttons_take_back_typing_as_the_edit_menu_does(
    window: MainWindow, chapter_path: Path, qtbot: QtBot
) -> None:
    editor = _editor(window)
    angra, gor_om = editor.format_buttons["angra"], editor.format_buttons["gor_om"]
    assert not angra.isEnabled() and not gor_om.isEnabled()
    type_text(editor.text, "N")
    assert angra.isEnabled()  # typing not saved yet is a step to undo
    type_text(editor.text, "y text.")
    click(qtbot, angra)  # saved as a step of its own, then taken back
    assert on_disk(chapter_path).kapitel[0].text == ""
    qtbot.waitUntil(lambda: editor.text.toPlainText() == "")
    assert gor_om.isEnabled()
    click(qtbot, gor_om)
    assert on_disk(chapter_path).kapitel[0].text == "Ny text.\n"
    qtbot.waitUntil(lambda: editor.text.toPlainText() == "Ny text.")
    # The same steps as Redigera → Ångra.
    window.undo_action.trigger()
    assert on_disk(chapter_path).kapitel[0].text == ""


# --- the pressed state follows the cursor --------------------------------------------------

STATE_TEXT = "## Rubrik ett\n\n### Rubrik två\n\nvanlig **fet** *kursiv*\n\n- punkt\n\n1. nummer\n"
PRESSABLE = ("fet", "kursiv", "rubrik1", "rubrik2", "punktlista", "numrerad")


def test_bold_is_off_in_a_heading_where_it_is_the_style(
    window: MainWindow, chapter_path: Path, qtbot: QtBot
) -> None:
    """A heading is bold by its style and Markdown keeps no bold in it: the button is not
    pressed there and cannot be, so nothing is formatted that the file would not keep."""
    editor = _editor(window)
    _type_then(qtbot, editor, "Mål", "rubrik1")
    assert not editor.format_actions["fet"].isChecked()
    assert not editor.format_buttons["fet"].isEnabled()
    press(qtbot, Qt.Key.Key_Return)
    type_text(editor.text, "Text")
    assert editor.format_buttons["fet"].isEnabled()
    assert _pressed(editor) == set()  # the paragraph after a heading is plain text
    assert _saved(editor, chapter_path) == "## Mål\n\nText\n"


def _pressed(editor: ChapterEditor) -> set[str]:
    return {k for k in PRESSABLE if editor.format_actions[k].isChecked()}


@pytest.mark.parametrize(
    ("where", "pressed"),
    [
        (lambda d: d.findBlockByNumber(0).position() + 3, {"rubrik1"}),
        (lambda d: d.findBlockByNumber(1).position() + 3, {"rubrik2"}),
        (lambda d: d.findBlockByNumber(2).position() + 2, set()),
        (lambda d: d.findBlockByNumber(2).position() + len("vanlig f"), {"fet"}),
        (lambda d: d.findBlockByNumber(2).position() + len("vanlig fet k"), {"kursiv"}),
        (lambda d: d.findBlockByNumber(3).position() + 2, {"punktlista"}),
        (lambda d: d.findBlockByNumber(4).position() + 2, {"numrerad"}),
    ],
)
def test_the_pressed_buttons_follow_the_cursor(
    window: MainWindow, qtbot: QtBot, where: Callable[[object], int], pressed: set[str]
) -> None:
    editor = _editor(window)
    document = editor.text.document()
    load_markdown(document, STATE_TEXT)
    cursor = QTextCursor(document)
    cursor.setPosition(where(document))
    editor.text.setTextCursor(cursor)
    assert _pressed(editor) == pressed


def test_moving_with_the_keys_updates_the_buttons(window: MainWindow, qtbot: QtBot) -> None:
    editor = _editor(window)
    load_markdown(editor.text.document(), STATE_TEXT)
    editor.text.moveCursor(QTextCursor.MoveOperation.Start)
    assert _pressed(editor) == {"rubrik1"}
    for expected in ({"rubrik2"}, set(), {"punktlista"}, {"numrerad"}):
        press(qtbot, Qt.Key.Key_Down)
        assert _pressed(editor) == expected
    assert QApplication.focusWidget() is editor.text

"""Images in the chapter editor (issue 15, item 8): a secretary inserts an organisation chart
with its alternative text and caption, sees it in the text, changes or replaces it, and one
Ctrl+Z takes each step back. The chapter keeps ``![Bildtext](bild:N)``; the picture and its
alternative text are in the plan's table of images."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest
from PIL import Image
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QToolButton,
    QWidget,
)

from tests.ui.helpers import (
    answer_next_dialog,
    click,
    context_of,
    on_disk,
    press,
    shown_on_first_chapter,
    shown_window,
    type_text,
    workspace_of,
)
from tests.ui.test_chapter_image_markdown import png
from vplan_desktop import images
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.markdown import ImageBlock
from vplan_desktop.sections import ItemKind, Part
from vplan_desktop.services import items
from vplan_desktop.services.images import add_to_chapter
from vplan_desktop.services.read import read_plan
from vplan_desktop.ui.editors.chapter import ChapterEditor
from vplan_desktop.ui.editors.chapter_image_view import (
    MISSING,
    images_in,
    objects_of,
)
from vplan_desktop.ui.editors.chapter_images import NOT_IN_PLAN
from vplan_desktop.ui.image_dialog import CHECK_ALT_TEXT, NO_ALT_TEXT, TOO_LONG, ImageDialog
from vplan_desktop.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


# --- in the window -------------------------------------------------------------------------


@pytest.fixture
def chapter_path(plan_path: Path) -> Path:
    with PlanDocument.open(plan_path) as document:
        first = read_plan(document).kapitel[0]
        items.update_item(document, ItemKind.KAPITEL, first.id, {"text": "Före. Efter.\n"})
    return plan_path


def _open(qtbot: QtBot, path: Path) -> MainWindow:
    return shown_on_first_chapter(qtbot, path)


@pytest.fixture
def window(qtbot: QtBot, chapter_path: Path) -> MainWindow:
    return _open(qtbot, chapter_path)


def _editor(window: MainWindow) -> ChapterEditor:
    return workspace_of(window).chapter


def _pick(monkeypatch: pytest.MonkeyPatch, path: Path | None) -> list[str]:
    """The file dialog answers ``path`` (None: Avbryt); the filters it offered are kept."""
    offered: list[str] = []

    def pick(*args: object) -> tuple[str, str]:
        offered.append(str(args[3]))
        return (str(path) if path else "", "")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", pick)
    return offered


def _answer(
    qtbot: QtBot, alt: str | None, caption: str | None, seen: dict[str, object], ok: bool = True
) -> list[str]:
    """Answer the image dialog: type the alternative text and the caption (None: leave them),
    keep what it showed in ``seen``, then click the OK button (or Avbryt)."""

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ImageDialog)
        seen.update(
            alt=dialog.alt.toPlainText(),
            caption=dialog.caption.text(),
            details=dialog.details.text(),
            preview=not dialog.preview.pixmap().isNull(),
            note=dialog.alt_note.isVisible(),
        )
        if alt is not None:
            dialog.alt.setFocus()
            dialog.alt.selectAll()
            type_text(dialog.alt, alt)
        if caption is not None:
            dialog.caption.setFocus()
            dialog.caption.selectAll()
            type_text(dialog.caption, caption)
        box = dialog.findChild(QDialogButtonBox)
        assert box is not None
        role = QDialogButtonBox.StandardButton.Ok if ok else QDialogButtonBox.StandardButton.Cancel
        click(qtbot, box.button(role))

    return answer_next_dialog(qtbot, fill)


def _back_to(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_insert_an_image_with_its_texts_then_undo_and_redo(
    window: MainWindow,
    chapter_path: Path,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    picture = tmp_path / "organisation.png"
    picture.write_bytes(png())
    offered = _pick(monkeypatch, picture)
    editor = _editor(window)
    text = editor.text
    text.setFocus()
    text.moveCursor(QTextCursor.MoveOperation.End)
    type_text(text, " Mer.")  # saved as a step of its own before the image
    seen: dict[str, object] = {}
    titles = _answer(
        qtbot, "Nämnden överst, fyra verksamheter under.", "Figur 1. Organisation", seen
    )
    press(qtbot, Qt.Key.Key_B, CTRL_SHIFT)
    qtbot.waitUntil(lambda: bool(on_disk(chapter_path).bilder))
    _back_to(window, qtbot)
    assert offered == [images.FILE_PATTERN]
    assert titles == ["Infoga bild"]
    assert seen == {
        "alt": "",
        "caption": "",
        "details": "organisation.png – 120 × 80 bildpunkter",
        "preview": True,
        "note": True,  # "Utan alternativtext tas bilden upp i Granskning."
    }
    plan = on_disk(chapter_path)
    [bild] = plan.bilder
    assert (bild.namn, bild.alt_text, bild.data) == (
        "organisation.png",
        "Nämnden överst, fyra verksamheter under.",
        picture.read_bytes(),
    )
    assert (
        plan.kapitel[0].text == f"Före. Efter. Mer.\n\n![Figur 1. Organisation](bild:{bild.id})\n"
    )
    assert [ref for _p, ref in images_in(text.document())] == [
        ImageBlock(bild.id, "Figur 1. Organisation")
    ]
    assert text.hasFocus() and text.textCursor().atEnd()  # after the new image

    press(qtbot, Qt.Key.Key_Z, CTRL)  # one undo takes back the image and its reference
    plan = on_disk(chapter_path)
    assert plan.bilder == () and plan.kapitel[0].text == "Före. Efter. Mer.\n"
    assert images_in(text.document()) == []
    text.setFocus()
    press(qtbot, Qt.Key.Key_Y, CTRL)
    plan = on_disk(chapter_path)
    assert len(plan.bilder) == 1 and "](bild:" in plan.kapitel[0].text
    assert len(images_in(text.document())) == 1


def test_the_button_puts_the_image_after_the_paragraph_never_inside_a_sentence(
    window: MainWindow,
    chapter_path: Path,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    picture = tmp_path / "karta.png"
    picture.write_bytes(png())
    _pick(monkeypatch, picture)
    editor = _editor(window)
    cursor = editor.text.textCursor()
    cursor.setPosition(len("Före. "))
    editor.text.setTextCursor(cursor)
    seen: dict[str, object] = {}
    _answer(qtbot, None, None, seen)  # no alternative text: allowed
    [button] = [
        b
        for b in editor.findChildren(QToolButton)
        if b.defaultAction() is editor.images.insert_action
    ]
    assert button.toolTip() == "Infoga bild (Ctrl+Shift+B)"
    click(qtbot, button)
    qtbot.waitUntil(lambda: bool(on_disk(chapter_path).bilder))
    [bild] = on_disk(chapter_path).bilder
    assert bild.alt_text == "" and seen["note"] is True
    # The cursor stood between two sentences: they stay one paragraph, the image comes after.
    assert on_disk(chapter_path).kapitel[0].text == f"Före. Efter.\n\n![](bild:{bild.id})\n"


def test_avbryt_inserts_nothing(
    window: MainWindow,
    chapter_path: Path,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    picture = tmp_path / "karta.png"
    picture.write_bytes(png())
    _pick(monkeypatch, picture)
    seen: dict[str, object] = {}
    _answer(qtbot, "Något", "Något", seen, ok=False)
    _editor(window).images.insert_action.trigger()
    assert seen  # the dialog was shown
    plan = on_disk(chapter_path)
    assert plan.bilder == () and plan.kapitel[0].text == "Före. Efter.\n"
    assert not context_of(window).undo_stack.canUndo()


def _truncated_png() -> bytes:
    data = png(300, 200, "#804020")
    return data[: len(data) // 2]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "anteckning.png",
            "Det här är en textfil.".encode(),
            f"”anteckning.png”: {images.NOT_AN_IMAGE}",
        ),
        ("halv.png", _truncated_png(), f"”halv.png”: {images.DAMAGED}"),
        (
            "borta.png",
            None,
            "”borta.png” kunde inte läsas. Kontrollera att filen finns och att du har "
            "behörighet att läsa den.",
        ),
        ("stor.png", b"", images.TOO_LARGE.format(size="10,5 MB")),
    ],
)
def test_a_file_that_cannot_be_inserted_gets_a_swedish_message(
    window: MainWindow,
    chapter_path: Path,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    content: bytes | None,
    message: str,
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    if name == "stor.png":
        with path.open("r+b") as file:
            file.truncate(images.MAX_BYTES + 512 * 1024)  # 10,5 MB, mostly a hole on disk
    _pick(monkeypatch, path)
    monkeypatch.setattr(ImageDialog, "exec", lambda self: pytest.fail("no dialog for a bad file"))
    context = context_of(window)
    with qtbot.waitSignal(context.failed) as said:
        _editor(window).images.insert_action.trigger()
    assert said.args == [message]
    assert workspace_of(window).message.text() == message
    plan = on_disk(chapter_path)
    assert plan.bilder == () and plan.kapitel[0].text == "Före. Efter.\n"
    assert not context.undo_stack.canUndo()


# --- an image already in the text ----------------------------------------------------------


@pytest.fixture
def image_path(plan_path: Path) -> Path:
    with PlanDocument.open(plan_path) as document:
        first = read_plan(document).kapitel[0]
        add_to_chapter(
            document,
            first.id,
            png(),
            lambda n: f"Före.\n\n![Figur 1](bild:{n})\n\nEfter.\n",
            namn="org.png",
            alt_text="Gammal beskrivning",
        )
    return plan_path


def _image_centre(editor: ChapterEditor) -> QPoint:
    [(position, _ref)] = images_in(editor.text.document())
    cursor = QTextCursor(editor.text.document())
    cursor.setPosition(position)
    left = editor.text.cursorRect(cursor)
    cursor.setPosition(position + 1)
    right = editor.text.cursorRect(cursor)
    return QRect(left.topLeft(), right.bottomLeft()).center() + QPoint(
        (right.left() - left.left()) // 2, 0
    )


def test_double_click_changes_alt_text_and_caption_as_one_step(
    qtbot: QtBot, image_path: Path
) -> None:
    window = _open(qtbot, image_path)
    editor = _editor(window)
    before = on_disk(image_path)
    [bild] = before.bilder
    seen: dict[str, object] = {}
    titles = _answer(qtbot, "Nämnden och fyra verksamheter.", "Figur 1. Ny bildtext", seen)
    qtbot.mouseDClick(editor.text.viewport(), Qt.MouseButton.LeftButton, pos=_image_centre(editor))
    qtbot.waitUntil(lambda: on_disk(image_path).bilder[0].alt_text != "Gammal beskrivning")
    _back_to(window, qtbot)
    assert titles == ["Bildens egenskaper"]
    assert seen["alt"] == "Gammal beskrivning" and seen["caption"] == "Figur 1"
    assert seen["note"] is False
    after = on_disk(image_path)
    assert after.bilder[0].alt_text == "Nämnden och fyra verksamheter."
    assert after.bilder[0].data == bild.data
    assert after.kapitel[0].text == f"Före.\n\n![Figur 1. Ny bildtext](bild:{bild.id})\n\nEfter.\n"
    # The image is still selected; hovering tells its new alternative text.
    selected = editor.images.image_at_cursor()
    assert selected is not None
    assert "Alternativtext: Nämnden och fyra verksamheter." in editor.images.tooltip(selected)
    editor.text.setFocus()
    press(qtbot, Qt.Key.Key_Z, CTRL)  # both back in one undo
    assert on_disk(image_path) == before


def test_replace_the_picture_from_the_dialog(
    qtbot: QtBot, image_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _open(qtbot, image_path)
    editor = _editor(window)
    [(position, _ref)] = images_in(editor.text.document())
    cursor = editor.text.textCursor()
    cursor.setPosition(position)
    editor.text.setTextCursor(cursor)
    assert editor.images.properties_action.isEnabled()
    bad = tmp_path / "fel.png"
    bad.write_bytes(b"inte en bild")
    good = tmp_path / "ny.png"
    good.write_bytes(png(200, 100, "#2e7d32"))
    said: list[str] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ImageDialog) and dialog.replace_button is not None
        _pick(monkeypatch, bad)
        click(qtbot, dialog.replace_button)
        said.append(dialog.error.text())
        _pick(monkeypatch, good)
        click(qtbot, dialog.replace_button)
        said.append(dialog.error.text())
        said.append(dialog.details.text())
        # the old picture's alt text is kept, with a word to check it describes the new one
        assert dialog.alt_note.isVisibleTo(dialog) and dialog.alt_note.text() == CHECK_ALT_TEXT
        dialog.accept()

    answer_next_dialog(qtbot, fill)
    editor.images.properties_action.trigger()
    assert said == [f"”{bad.name}”: {images.NOT_AN_IMAGE}", "", "ny.png – 200 × 100 bildpunkter"]
    [bild] = on_disk(image_path).bilder
    assert (bild.namn, bild.data, bild.alt_text) == (
        "ny.png",
        good.read_bytes(),
        "Gammal beskrivning",
    )
    assert on_disk(image_path).kapitel[0].text.count("](bild:") == 1  # the text as it was
    # The editor draws the new picture (Part.BILDER changed; the text was not reloaded).
    shown = objects_of(editor.text.document()).known(bild.id)
    assert shown.picture is not None and shown.picture.width() == 200


def test_too_long_alt_text_is_refused_in_the_dialog(qapp: object) -> None:
    dialog = ImageDialog(png(), "org.png")
    dialog.alt.setPlainText("x" * (images.ALT_TEXT_LIMIT + 1))
    dialog.accept()
    too_long = TOO_LONG.format(limit=images.ALT_TEXT_LIMIT)
    assert dialog.error.text() == too_long and dialog.result() == 0
    assert too_long == "Alternativtexten är för lång (högst 2000 tecken)."
    assert not dialog.alt_note.isVisibleTo(dialog)
    dialog.alt.setPlainText("  ")
    assert dialog.alt_note.isVisibleTo(dialog) and dialog.alt_note.text() == NO_ALT_TEXT
    dialog.deleteLater()


def test_deleting_the_image_from_the_text_keeps_it_in_the_plan(
    qtbot: QtBot, image_path: Path
) -> None:
    window = _open(qtbot, image_path)
    editor = _editor(window)
    [(position, _ref)] = images_in(editor.text.document())
    cursor = editor.text.textCursor()
    cursor.setPosition(position)
    editor.text.setTextCursor(cursor)
    editor.text.setFocus()
    press(qtbot, Qt.Key.Key_Delete)
    editor.flush()
    plan = on_disk(image_path)
    assert plan.kapitel[0].text == "Före.\n\nEfter.\n" and len(plan.bilder) == 1


def test_images_no_chapter_shows_are_removed_after_a_question_and_undo_brings_them_back(
    qtbot: QtBot, image_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with PlanDocument.open(image_path) as plan:
        items.add_item(plan, ItemKind.BILD, {"data": png(), "namn": "karta.png"})
    window = _open(qtbot, image_path)
    action = _editor(window).images.remove_unused_action
    assert action in _editor(window).text.actions() and action.isEnabled()
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.text())
        choice = "Avbryt" if len(asked) == 1 else "Ta bort"
        next(b for b in box.buttons() if b.text() == choice).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    action.trigger()  # Avbryt: nothing goes
    assert len(on_disk(image_path).bilder) == 2
    action.trigger()
    assert asked == ["Ta bort ”karta.png” ur planfilen? Inget kapitel visar bilden."] * 2
    assert [b.namn for b in on_disk(image_path).bilder] == ["org.png"]  # the one shown stays
    assert not action.isEnabled()
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert [b.namn for b in on_disk(image_path).bilder] == ["org.png", "karta.png"]
    assert action.isEnabled()


def test_a_missing_image_keeps_its_reference_when_the_text_is_saved(
    qtbot: QtBot, plan_path: Path
) -> None:
    with PlanDocument.open(plan_path) as document:
        first = read_plan(document).kapitel[0]
        items.update_item(
            document, ItemKind.KAPITEL, first.id, {"text": "Karta:\n\n![Kartan](bild:99)\n"}
        )
    with sqlite3.connect(plan_path) as connection:  # a damaged picture in someone's plan file
        connection.execute(
            "INSERT INTO bild (id, namn, alt_text, data) VALUES (5, 'x.png', '', ?)",
            (b"\x89PNG trasig",),
        )
    connection.close()
    window = _open(qtbot, plan_path)
    editor = _editor(window)
    assert objects_of(editor.text.document()).note(99) == MISSING
    editor.text.setFocus()
    editor.text.moveCursor(QTextCursor.MoveOperation.Start)
    type_text(editor.text, "Se ")
    editor.flush()
    assert on_disk(plan_path).kapitel[0].text == "Se Karta:\n\n![Kartan](bild:99)\n"
    # Its properties cannot be changed: the plan has no such image; the user is told why.
    [(position, _ref)] = images_in(editor.text.document())
    cursor = editor.text.textCursor()
    cursor.setPosition(position)
    editor.text.setTextCursor(cursor)
    with qtbot.waitSignal(context_of(window).failed) as said:
        editor.images.properties_action.trigger()
    assert said.args == [NOT_IN_PLAN.format(bild=99)]


def test_the_image_actions_are_in_the_menu_and_their_keys_are_free(window: MainWindow) -> None:
    editor = _editor(window)
    menu = editor.tables.context_menu(QPoint(5, 5))
    shown = {action.text(): action for action in menu.actions()}
    assert shown["Infoga bild…"].toolTip() == "Infoga bild (Ctrl+Shift+B)"
    assert shown["Infoga bild…"].iconText() == "Bild"  # the formatting bar's button
    assert not shown["Bildens egenskaper…"].isEnabled()  # the cursor is at no image
    menu.deleteLater()
    keys = [
        key.toString()
        for action in editor.text.actions()
        for key in action.shortcuts()
        if not key.isEmpty()
    ]
    assert len(keys) == len(set(keys)) and QKeySequence("Ctrl+Shift+B").toString() in keys
    assert Part.BILDER in editor.parts


def test_a_right_click_on_an_image_selects_it_for_the_menu(qtbot: QtBot, image_path: Path) -> None:
    window = _open(qtbot, image_path)
    editor = _editor(window)
    editor.text.moveCursor(QTextCursor.MoveOperation.Start)
    assert not editor.images.properties_action.isEnabled()
    qtbot.mousePress(editor.text.viewport(), Qt.MouseButton.RightButton, pos=_image_centre(editor))
    selected = editor.text.textCursor()
    assert selected.selectedText() == "\ufffc"
    assert editor.images.properties_action.isEnabled()
    assert "org.png" in editor.images.tooltip(selected)


def test_an_image_is_shown_as_large_as_it_prints(qtbot: QtBot, plan_path: Path) -> None:
    # 1 600 × 640 pixels at 150 dpi is 27 cm wide: printed 17 cm wide (the page's text), so
    # shown 17 cm wide at 96 to the inch, not 1 600 pixels wide.
    buffer = io.BytesIO()
    Image.new("RGB", (1600, 640), "#1f4e79").save(buffer, "PNG", dpi=(150, 150))
    with PlanDocument.open(plan_path) as plan:
        first = read_plan(plan).kapitel[0]
        add_to_chapter(plan, first.id, buffer.getvalue(), lambda n: f"![Figur](bild:{n})\n")
    window = _open(qtbot, plan_path)
    window.resize(1900, 1000)
    text = _editor(window).text.document()
    [(position, _ref)] = images_in(text)
    format_ = text.findBlock(position).begin().fragment().charFormat()
    size = objects_of(text).intrinsicSize(text, position, format_)
    assert size.width() == pytest.approx(17 / 2.54 * 96, abs=1)


def test_a_chapter_opens_at_its_top(qtbot: QtBot, plan_path: Path) -> None:
    # A chapter taller than the editor (an image and text) opened with the cursor after its
    # last word, scrolled to its end.
    with PlanDocument.open(plan_path) as plan:
        first = read_plan(plan).kapitel[0]
        text = "Överst.\n\n" + "\n\n".join(f"Stycke {n}." for n in range(60))
        add_to_chapter(plan, first.id, png(), lambda n: f"{text}\n\n![Figur](bild:{n})\n")
    window = _open(qtbot, plan_path)
    editor = _editor(window)
    qtbot.waitUntil(lambda: editor.text.verticalScrollBar().maximum() > 0)
    assert editor.text.textCursor().position() == 0
    assert editor.text.verticalScrollBar().value() == 0


def test_the_chapters_are_parsed_for_unused_images_only_when_the_chapter_is_shown(
    qtbot: QtBot, image_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Finding the images no chapter shows parses every chapter: not at start-up behind
    Uppgifter (it was a fifth of the cold start with a large plan), nor at each cursor move."""
    from vplan_desktop.domain import PlanSnapshot
    from vplan_desktop.validation.image_rules import shown

    calls: list[int] = []

    def counted(plan: PlanSnapshot) -> dict[int, list[int]]:
        calls.append(1)
        return shown(plan)

    monkeypatch.setattr("vplan_desktop.ui.editors.chapter_images.shown", counted)
    window = shown_window(qtbot, image_path)
    qtbot.waitUntil(workspace_of(window).isVisible)
    assert calls == []
    window.show_section(f"kapitel:{on_disk(image_path).kapitel[0].id}")
    qtbot.waitUntil(workspace_of(window).chapter.isVisible)
    assert calls == [1]
    editor = _editor(window)
    for position in (0, 3, 1):
        cursor = editor.text.textCursor()
        cursor.setPosition(position)
        editor.text.setTextCursor(cursor)
    assert calls == [1]

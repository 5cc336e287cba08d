"""The chapter editor's images as Markdown and back (issue 15, item 8): ``![Bildtext](bild:N)``
loads as the plan's image, drawn as wide as the text at most, and saves back unchanged; an image
the plan does not have keeps its reference."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from PySide6.QtGui import QTextCursor, QTextDocument, QTextDocumentFragment

from vplan_desktop import images
from vplan_desktop.domain import Bild
from vplan_desktop.markdown import ImageBlock
from vplan_desktop.ui.editors.chapter_image_view import (
    MISSING,
    UNREADABLE,
    images_in,
    objects_of,
)
from vplan_desktop.ui.editors.chapter_images import markdown_with_image
from vplan_desktop.ui.editors.chapter_markdown import document_markdown, load_markdown


def png(width: int = 120, height: int = 80, colour: str = "#1f4e79") -> bytes:
    """A PNG of one colour, as Pillow writes it."""
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(buffer, "PNG")
    return buffer.getvalue()


def _bild(bild_id: int, data: bytes, alt_text: str = "") -> Bild:
    return Bild(bild_id, f"bild{bild_id}.png", alt_text, data, images.describe(data))


TWO_IMAGES = (
    "Före bilderna, med **fetstil**.\n\n"
    "![Figur 1. Organisationen \\*2026\\*](bild:3)\n\n"
    "Mellan bilderna.\n\n"
    "![](bild:12)\n\n"
    "- en punkt efter\n"
)


def test_a_chapters_images_load_as_images_and_save_back_unchanged(qapp: object) -> None:
    document = QTextDocument()
    load_markdown(document, TWO_IMAGES, {3: _bild(3, png()), 12: _bild(12, png(40, 30))})
    assert [ref for _position, ref in images_in(document)] == [
        ImageBlock(3, "Figur 1. Organisationen *2026*"),
        ImageBlock(12, ""),
    ]
    # Each image is a paragraph of its own, between the text before and after it.
    lines = document.toPlainText().split("\n")
    assert lines == [
        "Före bilderna, med fetstil.",
        "\ufffc",
        "Mellan bilderna.",
        "\ufffc",
        "en punkt efter",
    ]
    handler = objects_of(document)
    assert handler.note(3) == "" and handler.note(12) == ""
    picture = document.resource(QTextDocument.ResourceType.ImageResource, "bild:3")
    assert picture.width() == 120 and picture.height() == 80
    assert document_markdown(document) == TWO_IMAGES


def test_an_image_is_shown_no_wider_than_the_text_and_never_enlarged(qapp: object) -> None:
    document = QTextDocument()
    load_markdown(
        document,
        "![](bild:1)\n\n![](bild:2)\n",
        {
            1: _bild(1, png(1600, 800)),
            2: _bild(2, png(100, 50)),
        },
    )

    def shown(number: int) -> tuple[float, float]:
        """The width and height the image takes in its line."""
        block = document.findBlock(images_in(document)[number][0])
        document.documentLayout().blockBoundingRect(block)  # laid out
        line = block.layout().lineAt(0)
        return line.naturalTextWidth(), line.height()

    document.setTextWidth(600)  # 600 less the margins (4 each side) and room for the cursor
    assert shown(0) == (588, 588 / 2 + 12)  # as wide as the text, 6 above and 6 under it
    assert shown(1) == (100, 50 + 12)  # its own size: never enlarged
    document.setTextWidth(300)
    assert shown(0) == (288, 288 / 2 + 12)
    assert shown(1) == (100, 50 + 12)


def test_a_missing_or_unreadable_image_shows_a_box_and_keeps_its_reference(qapp: object) -> None:
    text = "Karta:\n\n![Karta över kommunen](bild:7)\n\n![Skadad](bild:8)\n\nSlut.\n"
    damaged = Bild(8, "trasig.png", "", b"\x89PNG trasig", None)
    document = QTextDocument()
    load_markdown(document, text, {8: damaged})
    handler = objects_of(document)
    assert handler.note(7) == MISSING and handler.note(8) == UNREADABLE
    document.setTextWidth(500)
    layout = document.documentLayout()
    for position, _ref in images_in(document):
        assert layout.blockBoundingRect(document.findBlock(position)).height() > 40  # a box
    assert document_markdown(document) == text  # nothing lost


def test_an_image_in_a_list_item_heading_or_table_comes_after_it(qapp: object) -> None:
    # Markdown has no image in these places: pasted or joined there, it goes right after.
    document = QTextDocument()
    load_markdown(document, "- ett\n- två\n\n![Kart](bild:4)\n")
    cursor = QTextCursor(document)
    [(position, _ref)] = images_in(document)
    cursor.setPosition(position)
    cursor.deletePreviousChar()  # Backspace at the image's start joins it to the list item
    assert document_markdown(document) == "- ett\n- två\n\n![Kart](bild:4)\n"


def test_a_cut_and_pasted_image_keeps_its_caption(qapp: object) -> None:
    document = QTextDocument()
    load_markdown(document, "Först.\n\n![Figur 2](bild:5)\n\nSist.\n")
    [(position, _ref)] = images_in(document)
    cursor = QTextCursor(document)
    cursor.setPosition(position)
    cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
    html = cursor.selection().toHtml()  # what the clipboard gets
    cursor.removeSelectedText()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertBlock()
    cursor.insertFragment(QTextDocumentFragment.fromHtml(html))
    assert document_markdown(document) == "Först.\n\nSist.\n\n![Figur 2](bild:5)\n"


def test_text_typed_after_an_image_is_text(qapp: object) -> None:
    document = QTextDocument()
    load_markdown(document, "![Figur](bild:5)\n")
    cursor = QTextCursor(document)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText(" och mer")  # Qt gives it the image's format, without its object
    assert document_markdown(document) == "![Figur](bild:5)\n\noch mer\n"


@pytest.mark.parametrize(
    ("text", "at", "expected"),
    [
        ("", 0, "![Figur](bild:9)\n"),
        # In a paragraph: after it, never splitting a sentence; at its start: before it.
        ("Före. Efter.\n", 6, "Före. Efter.\n\n![Figur](bild:9)\n"),
        ("Före.\n", 5, "Före.\n\n![Figur](bild:9)\n"),
        ("Före.\n", 0, "![Figur](bild:9)\n\nFöre.\n"),
        # In a list item or a heading: after it; in a table: after the table.
        ("- ett\n- två\n", 2, "- ett\n\n![Figur](bild:9)\n\n- två\n"),
        ("## Rubrik\n\nText.\n", 3, "## Rubrik\n\n![Figur](bild:9)\n\nText.\n"),
        (
            "| A | B |\n| --- | --- |\n| 1 | 2 |\n\nSist.\n",
            3,
            "| A | B |\n| --- | --- |\n| 1 | 2 |\n\n![Figur](bild:9)\n\nSist.\n",
        ),
    ],
)
def test_a_new_image_goes_where_the_cursor_is(
    qapp: object, text: str, at: int, expected: str
) -> None:
    document = QTextDocument()
    load_markdown(document, text)
    assert markdown_with_image(document, at, 9, "Figur") == expected
    assert document_markdown(document) == text  # the editor's own text is left as it was

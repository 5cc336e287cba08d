"""What the chapter editor's formatting buttons do to its text, and what the text has where
the cursor stands: bold, italic, the two heading levels, bullet and numbered lists and their
nesting.

The chapter's Markdown (``vplan_desktop.markdown``) holds headings of any level, but the Word
and PDF exports print two under the chapter's own title: "#" and "##" as one, "###" and below
as the next (``exports.content``). The editor offers those two: "Rubrik 1" is written "## "
(as the one heading button made it before), "Rubrik 2" is "### ".
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtGui import (
    QFont,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextList,
    QTextListFormat,
)
from PySide6.QtWidgets import QTextEdit

from vplan_desktop.ui.editors.chapter_markdown import HEADING_SIZES

HEADING_LEVELS = {1: 2, 2: 3}
"""The Markdown level of "Rubrik 1" and "Rubrik 2"."""


@dataclass(frozen=True, slots=True)
class FormatState:
    """What the text has where the cursor stands, as the buttons show it."""

    bold: bool = False
    can_bold: bool = True
    """False in a heading and a table's header row: bold is their style, not the text's."""
    italic: bool = False
    heading: int = 0
    """0 for none, 1 for "Rubrik 1" (Markdown "#" or "##"), 2 for "Rubrik 2" (deeper)."""
    numbered: bool | None = None
    """None outside a list, else whether the cursor's list is numbered."""
    can_indent: bool = False
    can_outdent: bool = False
    in_table: bool = False
    """A table's cell holds text alone: no heading, no list (Markdown has none there)."""


def heading_rank(level: int) -> int:
    """The button ("Rubrik 1" or "Rubrik 2") of a Markdown heading level; 0 for none."""
    if level <= 0:
        return 0
    return 1 if level <= HEADING_LEVELS[1] else 2


def format_at(text: QTextEdit) -> FormatState:
    cursor = text.textCursor()
    current = cursor.currentList()
    heading = heading_rank(cursor.blockFormat().headingLevel())
    table = cursor.currentTable()
    can_bold = not heading and (table is None or table.cellAt(cursor).row() > 0)
    return FormatState(
        bold=can_bold and text.fontWeight() > QFont.Weight.Normal,
        can_bold=can_bold,
        italic=text.fontItalic(),
        heading=heading,
        numbered=None if current is None else _numbered(current),
        can_indent=can_indent(cursor.block()),
        can_outdent=can_outdent(cursor.block()),
        in_table=table is not None,
    )


def _numbered(text_list: QTextList) -> bool:
    return text_list.format().style() == QTextListFormat.Style.ListDecimal


def _blocks(cursor: QTextCursor) -> Iterator[QTextBlock]:
    """The paragraphs the cursor's selection touches (the cursor's own without one)."""
    document = cursor.document()
    block = document.findBlock(cursor.selectionStart())
    last = document.findBlock(cursor.selectionEnd())
    while block.isValid():
        yield block
        if block == last:
            return
        block = block.next()


# --- characters ---------------------------------------------------------------------------


def toggle_bold(text: QTextEdit) -> None:
    bold = text.fontWeight() > QFont.Weight.Normal
    text.setFontWeight(QFont.Weight.Normal if bold else QFont.Weight.Bold)


def toggle_italic(text: QTextEdit) -> None:
    text.setFontItalic(not text.fontItalic())


# --- headings -----------------------------------------------------------------------------


def toggle_heading(text: QTextEdit, rank: int) -> None:
    """Make the cursor's paragraphs "Rubrik ``rank``" (1 or 2), or plain text again where
    they already are. A heading is no list item (Markdown has no heading inside one)."""
    cursor = text.textCursor()
    blocks = list(_blocks(cursor))
    on = any(heading_rank(b.blockFormat().headingLevel()) != rank for b in blocks)
    level = HEADING_LEVELS[rank] if on else 0
    cursor.beginEditBlock()
    for block in blocks:
        if block.textList() is not None:
            _leave_list(block)
        _set_heading(QTextCursor(block), level, text.document().defaultFont().pointSizeF())
    cursor.endEditBlock()
    if not cursor.hasSelection():
        # What is typed next (in an empty paragraph) is written as the heading.
        text.setCurrentCharFormat(QTextCursor(cursor.block()).blockCharFormat())


def _set_heading(cursor: QTextCursor, level: int, normal: float) -> None:
    block = cursor.block()
    format_ = block.blockFormat()
    format_.setHeadingLevel(level)
    cursor.setBlockFormat(format_)
    char = QTextCharFormat()
    char.setFontWeight(QFont.Weight.Bold if level else QFont.Weight.Normal)
    char.setFontPointSize(HEADING_SIZES.get(level, normal))
    cursor.setPosition(block.position())
    cursor.setPosition(block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
    cursor.mergeCharFormat(char)
    cursor.mergeBlockCharFormat(char)


# --- lists --------------------------------------------------------------------------------


def _leave_list(block: QTextBlock) -> None:
    """Take ``block`` out of its list as a plain paragraph (Qt would keep the list's indent)."""
    text_list = block.textList()
    if text_list is not None:
        text_list.remove(block)
    format_ = block.blockFormat()
    format_.setIndent(0)
    QTextCursor(block).setBlockFormat(format_)


def toggle_list(text: QTextEdit, numbered: bool) -> None:
    """Make the cursor's paragraphs a bullet or a numbered list; the other kind of list
    becomes this kind; a list of this kind becomes plain paragraphs again."""
    cursor = text.textCursor()
    blocks = list(_blocks(cursor))
    lists = [b.textList() for b in blocks]
    cursor.beginEditBlock()
    if all(lst is not None and _numbered(lst) == numbered for lst in lists):
        for block in blocks:
            _leave_list(block)
    elif all(lst is not None for lst in lists):
        for text_list in {id(lst): lst for lst in lists if lst is not None}.values():
            format_ = text_list.format()
            format_.setStyle(_style(numbered))
            text_list.setFormat(format_)
    else:
        normal = text.document().defaultFont().pointSizeF()
        for block in blocks:
            if block.blockFormat().headingLevel():
                _set_heading(QTextCursor(block), 0, normal)  # a list item is no heading
            if block.textList() is not None:
                _leave_list(block)
        cursor.createList(_list_format(numbered, 1))
    cursor.endEditBlock()


def _style(numbered: bool) -> QTextListFormat.Style:
    return QTextListFormat.Style.ListDecimal if numbered else QTextListFormat.Style.ListDisc


def _indent(block: QTextBlock) -> int:
    """The block's list level as the list's indent (1 = outermost), 0 outside a list."""
    text_list = block.textList()
    return max(text_list.format().indent(), 1) if text_list is not None else 0


def can_indent(block: QTextBlock) -> bool:
    """A list item can go one level deeper under the item before it (Markdown nests a list
    only inside an item): not the first item, nor one already deeper than the item before."""
    level = _indent(block)
    return level > 0 and _indent(block.previous()) >= level


def can_outdent(block: QTextBlock) -> bool:
    return _indent(block) > 1


def indent(text: QTextEdit) -> bool:
    """Move the cursor's list item one level deeper; False where it cannot go."""
    block = text.textCursor().block()
    if not can_indent(block):
        return False
    _move_to_level(block, _indent(block) + 1)
    return True


def outdent(text: QTextEdit) -> bool:
    """Move the cursor's list item one level out; False at the outermost level."""
    block = text.textCursor().block()
    if not can_outdent(block):
        return False
    _move_to_level(block, _indent(block) - 1)
    return True


def _move_to_level(block: QTextBlock, level: int) -> None:
    """Make ``block`` an item at list ``level``, as Word does: of the list of that level just
    before it (past the items deeper than it), else of a new one of its kind. Moved out, the
    items that followed it at its old level now stand under it: a list of their own, numbered
    from 1. Items of the new level right after it (past deeper ones) join its list."""
    old = block.textList()
    assert old is not None
    old_level = _indent(block)
    under = _contiguous_after(block, old_level) if level < old_level else []
    cursor = QTextCursor(block)
    cursor.beginEditBlock()
    _leave_list(block)
    target = _list_before(block, level)
    if target is None:
        target = cursor.createList(_list_format(_numbered(old), level))
    else:
        target.add(block)
    if under and under[0].textList() is old:
        _regroup(under, _list_format(_numbered(old), old_level))
    after = _contiguous_after(block, level)
    lst = after[0].textList() if after else None
    if lst is not None and lst is not target and _numbered(lst) == _numbered(target):
        for item in after:
            _leave_list(item)
            target.add(item)
    cursor.endEditBlock()


def _list_format(numbered: bool, level: int) -> QTextListFormat:
    format_ = QTextListFormat()
    format_.setStyle(_style(numbered))
    format_.setIndent(level)
    return format_


def _list_before(block: QTextBlock, level: int) -> QTextList | None:
    """The list of ``level`` that ``block`` would go on (past items deeper than it)."""
    before = block.previous()
    while before.isValid() and _indent(before) > level:
        before = before.previous()
    return before.textList() if _indent(before) == level else None


def _contiguous_after(block: QTextBlock, level: int) -> list[QTextBlock]:
    """The items right after ``block`` (past deeper ones) at ``level``, of one list, up to
    an item of a shallower level or a paragraph outside lists."""
    found: list[QTextBlock] = []
    after = block.next()
    first_list: QTextList | None = None
    while after.isValid() and _indent(after) >= level > 0:
        if _indent(after) == level:
            if first_list is None:
                first_list = after.textList()
            elif after.textList() is not first_list:
                break
            found.append(after)
        after = after.next()
    return found


def _regroup(blocks: list[QTextBlock], format_: QTextListFormat) -> None:
    """Put ``blocks`` into one new list of ``format_``."""
    for block in blocks:
        _leave_list(block)
    first = QTextCursor(blocks[0])
    new = first.createList(format_)
    for block in blocks[1:]:
        new.add(block)

"""The chapter editor's document as the chapter's Markdown and back.

Qt's own Markdown writer wraps lines at 80 characters, also between a bold word and the comma
after it ("**dagtid**⏎," reads back as "dagtid ,"), and its reader is not the one the exports
use. Both ways go through ``exports.markdown`` instead: one CommonMark reader for the editor,
the PDF and Word, and a writer whose output that reader reads back as what was typed.
"""

from __future__ import annotations

from PySide6.QtGui import (
    QFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextList,
    QTextListFormat,
)

from vplan_desktop.exports.markdown import Block, Heading, ListBlock, Paragraph, Run, parse, write

HEADING_SIZES = {1: 16.0, 2: 13.0, 3: 11.5}
_BULLETS = (
    QTextListFormat.Style.ListDisc,
    QTextListFormat.Style.ListCircle,
    QTextListFormat.Style.ListSquare,
)
LINE_BREAK = "\u2028"  # Shift+Enter: a new line within the paragraph


def block_runs(block: QTextBlock) -> tuple[Run, ...]:
    """The styled runs of one paragraph of the editor."""
    runs: list[Run] = []
    fragments = block.begin()
    while not fragments.atEnd():
        fragment = fragments.fragment()
        char = fragment.charFormat()
        text = fragment.text().replace(LINE_BREAK, "\n").replace("\ufffc", "")
        runs.append(Run(text, char.fontWeight() > QFont.Weight.Normal, char.fontItalic()))
        fragments += 1
    return tuple(runs)


def document_blocks(document: QTextDocument) -> list[Block]:
    """The editor's paragraphs, headings and list items as Markdown blocks."""
    blocks: list[Block] = []
    block = document.begin()
    while block.isValid():
        runs = block_runs(block)
        text_list = block.textList()
        level = block.blockFormat().headingLevel()
        if text_list is not None:
            _add_item(blocks, text_list, block, runs)
        elif level:
            blocks.append(Heading(level, tuple(Run(r.text, False, r.italic) for r in runs)))
        elif "".join(r.text for r in runs).strip():
            blocks.append(Paragraph(runs))  # an empty line between paragraphs is no paragraph
        block = block.next()
    return blocks


def _add_item(
    blocks: list[Block], text_list: QTextList, block: QTextBlock, runs: tuple[Run, ...]
) -> None:
    style = text_list.format()
    previous = blocks[-1] if blocks and isinstance(blocks[-1], ListBlock) else None
    # Markdown nests a list only inside an item: at most one level deeper than the one before.
    deepest = previous.level + 1 if previous is not None else 0
    level = min(max(style.indent(), 1) - 1, deepest)
    ordered = style.style() not in _BULLETS
    number = style.start() + text_list.itemNumber(block)
    if (
        previous is not None
        and (previous.level, previous.ordered) == (level, ordered)
        and previous.start + len(previous.items) == number
    ):
        blocks[-1] = ListBlock(ordered, (*previous.items, runs), level, previous.start)
    else:
        blocks.append(ListBlock(ordered, (runs,), level, number))


def document_markdown(document: QTextDocument) -> str:
    """The editor's text as the chapter's Markdown, or nothing when it is empty."""
    if not document.toPlainText().strip():
        return ""
    return write(document_blocks(document))


def load_markdown(document: QTextDocument, markdown: str) -> None:
    """Fill the editor's document with a chapter's Markdown."""
    document.clear()
    cursor = QTextCursor(document)
    normal = document.defaultFont().pointSizeF()
    lists: dict[int, tuple[QTextList, bool, int]] = {}  # level: list, ordered, next number
    first = True
    for block in parse(markdown):
        if isinstance(block, ListBlock):
            lists = {level: entry for level, entry in lists.items() if level <= block.level}
            units = list(block.items)
        else:
            lists = {}
            units = [block.runs]
        for number, runs in enumerate(units):
            if not first:
                cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
            first = False
            heading = block.level if isinstance(block, Heading) else 0
            if heading:
                format_ = QTextBlockFormat()
                format_.setHeadingLevel(heading)
                cursor.setBlockFormat(format_)
            if isinstance(block, ListBlock):
                _into_list(cursor, lists, block, block.start + number)
            for run in runs:
                char = QTextCharFormat()
                bold = run.bold or bool(heading)
                char.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
                char.setFontItalic(run.italic)
                if heading:
                    char.setFontPointSize(HEADING_SIZES.get(heading, normal))
                cursor.insertText(run.text.replace("\n", LINE_BREAK), char)


def _into_list(
    cursor: QTextCursor,
    lists: dict[int, tuple[QTextList, bool, int]],
    block: ListBlock,
    number: int,
) -> None:
    """Make the cursor's paragraph item ``number`` of the list ``block`` belongs to."""
    known = lists.get(block.level)
    if known is not None and known[1:] == (block.ordered, number):
        known[0].add(cursor.block())
    else:
        style = QTextListFormat()
        style.setStyle(
            QTextListFormat.Style.ListDecimal if block.ordered else QTextListFormat.Style.ListDisc
        )
        style.setIndent(block.level + 1)
        style.setStart(number)
        known = (cursor.createList(style), block.ordered, number)
    lists[block.level] = (known[0], block.ordered, number + 1)

"""The chapter editor's document as the chapter's Markdown and back.

Qt's own Markdown writer wraps lines at 80 characters, also between a bold word and the comma
after it ("**dagtid**⏎," reads back as "dagtid ,"), and its reader is not the one the exports
use. Both ways go through ``vplan_desktop.markdown`` instead: one CommonMark reader for the editor,
the PDF and Word, and a writer whose output that reader reads back as what was typed.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextLength,
    QTextList,
    QTextListFormat,
    QTextTable,
    QTextTableCell,
    QTextTableFormat,
)

from vplan_desktop.domain import Bild
from vplan_desktop.markdown import (
    Block,
    Heading,
    ImageBlock,
    ListBlock,
    Run,
    TableBlock,
    merged,
    parse,
    split_at_images,
    write,
)
from vplan_desktop.ui.editors.chapter_image_view import (
    OBJECT,
    image_format,
    image_ref,
    objects_of,
)
from vplan_desktop.ui.style import ToneUse, tone

HEADING_SIZES = {1: 16.0, 2: 13.0, 3: 11.5}
_BULLETS = (
    QTextListFormat.Style.ListDisc,
    QTextListFormat.Style.ListCircle,
    QTextListFormat.Style.ListSquare,
)
LINE_BREAK = "\u2028"  # Shift+Enter: a new line within the paragraph
HEADER_FILL = tone("tabellrubrik", "#E4EAF0", "#3a4350", ToneUse.FILL)  # as printed
_MARKDOWN_ALIGN = QTextFormat.Property.UserProperty + 1
"""A cell paragraph's alignment as its table's Markdown says it (see ``_alignment``)."""
_ALIGNMENTS = {
    "left": Qt.AlignmentFlag.AlignLeft,
    "right": Qt.AlignmentFlag.AlignRight,
    "center": Qt.AlignmentFlag.AlignHCenter,
}


def block_runs(block: QTextBlock) -> tuple[Run, ...]:
    """The styled runs of one paragraph of the editor."""
    runs: list[Run] = []
    fragments = block.begin()
    while not fragments.atEnd():
        fragment = fragments.fragment()
        char = fragment.charFormat()
        text = fragment.text().replace(LINE_BREAK, "\n").replace(OBJECT, "")
        runs.append(Run(text, char.fontWeight() > QFont.Weight.Normal, char.fontItalic()))
        fragments += 1
    return tuple(runs)


def _pieces(block: QTextBlock) -> list[Run | ImageBlock]:
    """A paragraph's styled runs and the plan's images among them, in order."""
    pieces: list[Run | ImageBlock] = []
    fragments = block.begin()
    while not fragments.atEnd():
        fragment = fragments.fragment()
        char = fragment.charFormat()
        ref = image_ref(char)
        if ref is not None:
            pieces += [ref] * fragment.text().count(OBJECT)  # neighbours alike share a fragment
        else:
            text = fragment.text().replace(LINE_BREAK, "\n").replace(OBJECT, "")
            pieces.append(Run(text, char.fontWeight() > QFont.Weight.Normal, char.fontItalic()))
        fragments += 1
    return pieces


def document_blocks(document: QTextDocument) -> list[Block]:
    """The editor's paragraphs, headings, list items, tables and images as Markdown blocks.

    Markdown has no image inside a list item, a heading or a table's cell (pasted or joined
    there): such an image comes right after its item, heading or table, so none is lost."""
    blocks: list[Block] = []
    block = document.begin()
    while block.isValid():
        table = outer_table(QTextCursor(block))
        if table is not None:
            blocks.append(table_block(table))
            images: list[Block] = []
            while block.isValid() and block.position() <= table.lastPosition():
                images += [p for p in _pieces(block) if isinstance(p, ImageBlock)]
                block = block.next()
            blocks += images
            continue
        pieces = _pieces(block)
        runs = tuple(p for p in pieces if isinstance(p, Run))
        images = [p for p in pieces if isinstance(p, ImageBlock)]
        text_list = block.textList()
        level = block.blockFormat().headingLevel()
        if text_list is not None:
            _add_item(blocks, text_list, block, runs)
            blocks += images
        elif level:
            blocks.append(Heading(level, tuple(Run(r.text, False, r.italic) for r in runs)))
            blocks += images
        else:
            blocks += split_at_images(pieces)
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
    has_table = any(isinstance(f, QTextTable) for f in document.rootFrame().childFrames())
    if not document.toPlainText().strip() and not has_table:
        return ""
    return write(document_blocks(document))


# --- tables ----------------------------------------------------------------------------


def outer_table(cursor: QTextCursor) -> QTextTable | None:
    """The table the cursor stands in; of a table inside a table's cell (pasted from Word),
    the outer one, which holds the inner one's text in that cell."""
    found = None
    frame = cursor.currentFrame()
    while frame is not None:
        if isinstance(frame, QTextTable):
            found = frame
        frame = frame.parentFrame()
    return found


def _cell_runs(cell: QTextTableCell, header: bool) -> tuple[Run, ...]:
    """A cell's text as runs: its paragraphs one line each (a header's bold is its style)."""
    document = cell.firstCursorPosition().document()
    lines: list[tuple[Run, ...]] = []
    block = document.findBlock(cell.firstPosition())
    while block.isValid() and block.position() <= cell.lastPosition():
        lines.append(block_runs(block))
        block = block.next()
    # Empty paragraphs at a cell's ends (Qt keeps them around a table pasted into a cell;
    # Enter pressed at the end) show nothing.
    while len(lines) > 1 and not "".join(r.text for r in lines[-1]):
        lines.pop()
    while len(lines) > 1 and not "".join(r.text for r in lines[0]):
        lines.pop(0)
    runs = [run for n, line in enumerate(lines) for run in (Run("\n"),) * bool(n) + line]
    if header:
        runs = [Run(r.text, False, r.italic) for r in runs]
    return merged(runs)


def _alignment(cell: QTextTableCell) -> str:
    """The column alignment a cell says: as the Markdown said it (``align_column``); in a
    table pasted from Word or the web, "right" or "center" where its cell is so aligned
    ("left" there is only the default, and "" lets the printed table right-align figures)."""
    format_ = cell.firstCursorPosition().blockFormat()
    if format_.hasProperty(_MARKDOWN_ALIGN):
        return str(format_.property(_MARKDOWN_ALIGN))
    if not format_.hasProperty(QTextFormat.Property.BlockAlignment):
        return ""
    horizontal = format_.alignment() & Qt.AlignmentFlag.AlignHorizontal_Mask
    return next((n for n, flag in _ALIGNMENTS.items() if horizontal == flag and n != "left"), "")


def table_block(table: QTextTable) -> TableBlock:
    """``table`` as Markdown: its first row is the header; a cell merged over several (pasted
    from Word) keeps its text in its first place."""
    rows = []
    for row in range(table.rows()):
        cells = []
        for column in range(table.columns()):
            cell = table.cellAt(row, column)
            first = (cell.row(), cell.column()) == (row, column)
            cells.append(_cell_runs(cell, row == 0) if first else ())
        rows.append(tuple(cells))
    # A column lines up as its first row of figures: a header pasted from a web page (<th>)
    # is centred whatever its column holds.
    top = 1 if table.rows() > 1 else 0
    align = tuple(_alignment(table.cellAt(top, column)) for column in range(table.columns()))
    return TableBlock(rows[0] if rows else (), tuple(rows[1:]), align)


def table_format() -> QTextTableFormat:
    """A chapter table in the editor: the page's width, thin rules, the header row marked."""
    format_ = QTextTableFormat()
    format_.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    format_.setBorder(1)
    format_.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
    format_.setBorderBrush(QBrush(QColor("#B0BAC4")))
    format_.setBorderCollapse(True)
    format_.setCellSpacing(0)
    format_.setCellPadding(4)
    format_.setTopMargin(6)
    format_.setBottomMargin(6)
    format_.setHeaderRowCount(1)
    return format_


def _cell_text(cell: QTextTableCell) -> QTextCursor:
    """A cursor selecting all of ``cell``'s text."""
    cursor = cell.firstCursorPosition()
    cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
    return cursor


def style_header(table: QTextTable) -> None:
    """Show the first row as the header: bold (also what is typed into it), shaded."""
    bold = QTextCharFormat()
    bold.setFontWeight(QFont.Weight.Bold)
    for column in range(table.columns()):
        cell = table.cellAt(0, column)
        format_ = cell.format().toTableCellFormat()
        format_.setBackground(QBrush(QColor(HEADER_FILL)))
        cell.setFormat(format_)
        cursor = _cell_text(cell)
        cursor.mergeCharFormat(bold)
        cursor.mergeBlockCharFormat(bold)


def align_column(table: QTextTable, column: int, align: str) -> None:
    """Set ``column``'s paragraphs to the alignment its Markdown says ("" leaves it unset)."""
    if not align:
        return
    for row in range(table.rows()):
        cursor = _cell_text(table.cellAt(row, column))
        format_ = QTextBlockFormat()
        format_.setAlignment(_ALIGNMENTS[align])
        format_.setProperty(_MARKDOWN_ALIGN, align)
        cursor.mergeBlockFormat(format_)


def _insert_table(cursor: QTextCursor, block: TableBlock) -> None:
    """Put ``block`` into the document as a table at ``cursor`` (then after the table)."""
    columns = len(block.header)
    table = cursor.insertTable(1 + len(block.rows), columns, table_format())
    for row, cells in enumerate((block.header, *block.rows)):
        for column, runs in enumerate(cells[:columns]):
            place = table.cellAt(row, column).firstCursorPosition()
            for run in runs:
                char = QTextCharFormat()
                char.setFontWeight(QFont.Weight.Bold if run.bold else QFont.Weight.Normal)
                char.setFontItalic(run.italic)
                place.insertText(run.text.replace("\n", LINE_BREAK), char)
    for column, align in enumerate(block.align[:columns]):
        align_column(table, column, align)
    style_header(table)
    cursor.setPosition(table.lastPosition() + 1)


def load_markdown(
    document: QTextDocument, markdown: str, images: Mapping[int, Bild] | None = None
) -> None:
    """Fill the editor's document with a chapter's Markdown; its images are drawn from
    ``images`` (the plan's, by id), one the plan does not have as a box saying so."""
    document.clear()
    handler = objects_of(document)
    cursor = QTextCursor(document)
    normal = document.defaultFont().pointSizeF()
    lists: dict[int, tuple[QTextList, bool, int]] = {}  # level: list, ordered, next number
    first = True
    blocks = parse(markdown)
    handler.show(images or {}, {b.bild for b in blocks if isinstance(b, ImageBlock)})
    for block in blocks:
        if isinstance(block, ImageBlock):
            lists = {}
            # Centred, with its caption, as Word and the PDF print it.
            centred = QTextBlockFormat()
            centred.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            if first:
                cursor.setBlockFormat(centred)
            else:
                cursor.insertBlock(centred, QTextCharFormat())
            first = False
            cursor.insertImage(image_format(block.bild, block.caption))
            continue
        if isinstance(block, TableBlock):
            lists = {}
            if block.header:
                _insert_table(cursor, block)
                # The paragraph Qt keeps after a table takes the next block's text.
                cursor.setBlockFormat(QTextBlockFormat())
                cursor.setBlockCharFormat(QTextCharFormat())
                first = True
            continue
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

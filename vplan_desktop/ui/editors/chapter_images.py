"""Images in the chapter editor: "Infoga bild…" and "Bildens egenskaper…" (also a double-click
on an image), and a tooltip naming the image and its alternative text.

The picture and its alternative text live in the plan's table of images; the chapter's text
holds the reference ``![Bildtext](bild:7)`` (see ``chapter_image_view``). Inserting an image
adds both as one step, so one undo takes both back. Deleting the image from the text is an
ordinary edit of the text: the picture stays in the plan (Granskning reports it unused).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import (
    QAction,
    QHelpEvent,
    QKeySequence,
    QMouseEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QDialog, QTextEdit, QToolTip

from vplan_desktop.domain import Bild, Kapitel
from vplan_desktop.errors import InputError
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import changes, items
from vplan_desktop.services.images import NEW_IMAGE_ID, insert_image
from vplan_desktop.ui import seen
from vplan_desktop.ui.context import PlanContext
from vplan_desktop.ui.editors.chapter_image_view import (
    MISSING,
    image_cursor,
    image_format,
    image_ref,
    images_in,
    objects_of,
    set_caption,
)
from vplan_desktop.ui.editors.chapter_markdown import document_markdown, outer_table
from vplan_desktop.ui.i18n import QT_TR_NOOP, tr
from vplan_desktop.ui.image_dialog import ImageDialog, choose_image_file, read_image
from vplan_desktop.ui.removal import may_remove
from vplan_desktop.validation.image_rules import image_name, shown

INSERT_KEYS = "Ctrl+Shift+B"
NOT_IN_PLAN = QT_TR_NOOP(
    "Bild {bild} finns inte i planen, så den kan inte ändras. Infoga bilden på nytt med "
    "”Infoga bild…” och ta bort den tomma rutan."
)


def markdown_with_image(
    document: QTextDocument, position: int, bild_id: int, caption: str = ""
) -> str:
    """The chapter's Markdown with image ``bild_id`` put in at ``position``: an image stands on
    a line of its own, so it goes after the paragraph, list item or heading the cursor is in
    (before the paragraph when the cursor is at its start; in place on an empty line), and
    after the table it is in; a sentence is never split. ``document`` is left as it is."""
    copy = document.clone()
    cursor = QTextCursor(copy)
    cursor.setPosition(max(0, min(position, copy.characterCount() - 1)))
    table = outer_table(cursor)
    if table is not None:
        cursor.setPosition(table.lastPosition() + 1)  # the paragraph Qt keeps after a table
    elif cursor.block().textList() is not None or cursor.blockFormat().headingLevel():
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
    elif cursor.block().text().strip() and not cursor.atBlockStart():
        # In the middle or at the end of a paragraph: after it, on a line of its own.
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
    cursor.insertImage(image_format(bild_id, caption))
    return document_markdown(copy)


def markdown_with_caption(document: QTextDocument, position: int, caption: str) -> str:
    """The chapter's Markdown with the image at ``position`` given the caption ``caption``."""
    copy = document.clone()
    cursor = image_cursor(copy, position)
    if cursor is not None:
        set_caption(cursor, caption)
    return document_markdown(copy)


class ChapterImages(QObject):
    """The image actions of a chapter editor's text field. ``before_change`` is called before
    an image is inserted or changed, so that what was typed before is saved as a step of its
    own and an undo takes back the image alone."""

    def __init__(
        self,
        text: QTextEdit,
        context: PlanContext,
        chapter: Callable[[], Kapitel | None],
        before_change: Callable[[], None],
    ) -> None:
        super().__init__(text)
        self.text = text
        self.context = context
        self.chapter = chapter
        self._before_change = before_change
        self.folder: Path | None = None
        """Where the last image was picked (the plan's folder to begin with)."""
        self.insert_action = QAction(tr("Infoga bild…"), text)
        self.insert_action.setIconText(tr("Bild"))  # on the formatting bar; the menu says it all
        self.insert_action.setToolTip(tr("Infoga bild ({keys})").format(keys=INSERT_KEYS))
        self.insert_action.setShortcut(QKeySequence(INSERT_KEYS))
        self.insert_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.insert_action.triggered.connect(lambda _checked=False: self.ask_and_insert())
        text.addAction(self.insert_action)
        self.properties_action = QAction(tr("Bildens egenskaper…"), text)
        self.properties_action.setToolTip(
            tr(
                "Ändra bildens alternativtext eller bildtext, eller byt bilden "
                "(dubbelklicka på bilden)"
            )
        )
        self.properties_action.triggered.connect(lambda _checked=False: self.edit_properties())
        text.addAction(self.properties_action)
        self.remove_unused_action = QAction(tr("Ta bort bilder som inget kapitel visar…"), text)
        self.remove_unused_action.setToolTip(
            tr("Ta bort bilder som finns kvar i planfilen men inte visas i något kapitel")
        )
        self.remove_unused_action.triggered.connect(lambda _checked=False: self.remove_unused())
        text.addAction(self.remove_unused_action)
        self.actions = (self.insert_action, self.properties_action, self.remove_unused_action)
        self.keys = [self.insert_action.shortcut()]
        # Which images no chapter shows takes parsing every chapter: done when the plan has
        # changed and the text field is on screen (not at start-up behind Uppgifter, nor at
        # every move of the cursor).
        self._unused_stale = True
        text.cursorPositionChanged.connect(self.update_actions)
        context.changed.connect(lambda _change: self.plan_changed())
        text.viewport().installEventFilter(self)
        self.update_actions()

    # --- where the images are ------------------------------------------------------------

    def image_at_cursor(self) -> QTextCursor | None:
        """The image the cursor has selected or stands next to (before it, else after it)."""
        cursor = self.text.textCursor()
        document = self.text.document()
        if cursor.hasSelection():
            start, end = cursor.selectionStart(), cursor.selectionEnd()
            return image_cursor(document, start) if end - start == 1 else None
        return image_cursor(document, cursor.position()) or image_cursor(
            document, cursor.position() - 1
        )

    def image_at(self, point: QPoint) -> QTextCursor | None:
        """The image under ``point`` of the text's viewport, or None."""
        document = self.text.document()
        position = self.text.cursorForPosition(point).position()
        for candidate in (position, position - 1):
            found = image_cursor(document, candidate)
            if found is None:
                continue
            before = QTextCursor(document)
            before.setPosition(candidate)
            left = self.text.cursorRect(before)
            before.setPosition(candidate + 1)
            right = self.text.cursorRect(before)
            if left.left() <= point.x() <= right.left() and left.top() <= point.y() <= (
                left.bottom()
            ):
                return found
        return None

    def select(self, field: str) -> bool:
        """Select the image a finding names by its field ("bild:7") and show it; False when
        the text does not show it."""
        name, _, number = field.partition(":")
        if name != "bild" or not number.isdigit():
            return False
        found = [p for p, ref in images_in(self.text.document()) if ref.bild == int(number)]
        if not found:
            return False
        cursor = self.text.textCursor()
        cursor.setPosition(found[0])
        cursor.setPosition(found[0] + 1, QTextCursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(cursor)
        self.text.ensureCursorVisible()
        return True

    def update_actions(self) -> None:
        self.properties_action.setEnabled(self.image_at_cursor() is not None)
        if self._unused_stale and self.text.isVisible():
            self._unused_stale = False
            self.remove_unused_action.setEnabled(bool(self.unused()))

    def plan_changed(self) -> None:
        self._unused_stale = True
        self.update_actions()

    # --- images no chapter shows ------------------------------------------------------------

    def unused(self) -> list[Bild]:
        """The plan's images that no chapter shows (deleted from the text, or never placed)."""
        plan = self.context.plan
        if not plan.bilder:  # nothing to look for in the chapters
            return []
        used = {bild_id for ids in shown(plan).values() for bild_id in ids}
        return [bild for bild in plan.bilder if bild.id not in used]

    def remove_unused(self) -> None:
        """Ta bort bilder som inget kapitel visar…: after a question naming them, one step."""
        unused = self.unused()
        if not unused or self.text.isReadOnly():
            return
        names = ", ".join(image_name(bild) for bild in unused[:5])
        if len(unused) > 5:
            names = tr("{names} och {more} till").format(names=names, more=len(unused) - 5)
        if len(unused) == 1:
            question = tr("Ta bort {name} ur planfilen? Inget kapitel visar bilden.").format(
                name=names
            )
        else:
            question = tr("Ta bort {count} bilder ur planfilen ({names})? Inget kapitel visar dem.")
            question = question.format(count=len(unused), names=names)
        if not may_remove(self.text.window(), question):
            return
        self._before_change()
        self.context.edit(
            tr("Ta bort bilder som inget kapitel visar"),
            seen.delete(self.context.plan, [(ItemKind.BILD, bild.id) for bild in unused]),
        )

    # --- inserting -----------------------------------------------------------------------

    def ask_and_insert(self) -> None:
        """Infoga bild…: a file, then its alternative text and caption; the image goes in
        where the cursor is. A file that is refused, or Avbryt, changes nothing."""
        if self.text.isReadOnly() or self.chapter() is None:
            return
        self._before_change()
        path = choose_image_file(self.text.window(), tr("Infoga bild"), self._folder())
        if path is None:
            return
        self.folder = path.parent
        try:
            data = read_image(path)
        except InputError as error:
            self.context.failed.emit(error.message)
            return
        dialog = ImageDialog(data, path.name, folder=self.folder, parent=self.text.window())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.insert(dialog.data, dialog.namn, dialog.alt_text(), dialog.caption_text())

    def insert(self, data: bytes, namn: str, alt_text: str, caption: str) -> int | None:
        """Add the image to the plan and put it in at the cursor, as one undoable step; the
        cursor goes after it. The new image's id, or None if the plan refused it."""
        chapter = self.chapter()
        if chapter is None:
            return None
        self._before_change()
        document = self.text.document()
        position = self.text.textCursor().position()
        change = self.context.edit(
            tr("Infoga bild i ”{rubrik}”").format(rubrik=chapter.rubrik),
            partial(
                insert_image,
                kapitel_id=chapter.id,
                data=data,
                text=markdown_with_image(document, position, NEW_IMAGE_ID, caption),
                namn=namn,
                alt_text=alt_text,
                seen=chapter.version,
            ),
        )
        if change is None:
            return None
        bild_id = next(
            (c.item_id for c in change.leaves() if c.kind == ItemKind.BILD), change.item_id
        )
        # The editor has shown the saved text again: the cursor goes after the new image.
        shown = [p for p, ref in images_in(self.text.document()) if ref.bild == bild_id]
        if shown:
            cursor = self.text.textCursor()
            cursor.setPosition(shown[0] + 1)
            self.text.setTextCursor(cursor)
        self.text.setFocus()
        return bild_id

    def _folder(self) -> Path:
        if self.folder is not None:
            return self.folder
        return self.context.session.plan.parent

    # --- changing an image ---------------------------------------------------------------

    def edit_properties(self, cursor: QTextCursor | None = None) -> bool:
        """Bildens egenskaper… for the image ``cursor`` selects (the one at the text's
        cursor when None): its alternative text, its caption and its picture, changed as one
        undoable step. False when there was no image to change."""
        cursor = cursor or self.image_at_cursor()
        chapter = self.chapter()
        ref = image_ref(cursor.charFormat()) if cursor is not None else None
        if cursor is None or ref is None or chapter is None or self.text.isReadOnly():
            return False
        bild = self.context.plan.bild(ref.bild)
        if bild is None:
            self.context.failed.emit(tr(NOT_IN_PLAN).format(bild=ref.bild))
            return True
        self._before_change()
        position = cursor.selectionStart()
        dialog = ImageDialog(
            bild.data,
            bild.namn,
            alt_text=bild.alt_text,
            caption=ref.caption,
            replaceable=True,
            folder=self._folder(),
            parent=self.text.window(),
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return True
        self.folder = dialog.folder
        self._apply(chapter, bild, position, ref.caption, dialog)
        return True

    def _apply(
        self, chapter: Kapitel, bild: Bild, position: int, caption: str, dialog: ImageDialog
    ) -> None:
        """Save what the dialog changed: the image's row, the caption in the chapter's text,
        or both as one step."""
        fields: dict[str, object] = {}
        if dialog.alt_text() != bild.alt_text:
            fields["alt_text"] = dialog.alt_text()
        if dialog.data != bild.data:
            fields.update(data=dialog.data, namn=dialog.namn)
        edits = []
        if fields:
            edits.append(
                partial(
                    items.update_item,
                    kind_name=ItemKind.BILD,
                    item_id=bild.id,
                    fields=fields,
                    seen=bild.version,
                )
            )
        if dialog.caption_text() != caption:
            text = markdown_with_caption(self.text.document(), position, dialog.caption_text())
            edits.append(
                partial(
                    items.update_item,
                    kind_name=ItemKind.KAPITEL,
                    item_id=chapter.id,
                    fields={"text": text},
                    seen=chapter.version,
                )
            )
        if not edits:
            return
        action = edits[0] if len(edits) == 1 else partial(changes.batch, edits=edits)
        if self.context.edit(tr("Ändra bild"), action) is not None:
            found = image_cursor(self.text.document(), position)
            if found is not None:
                self.text.setTextCursor(found)  # the image stays selected, as before

    # --- the mouse -----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A double-click on an image opens its properties; a right-click selects it (so the
        menu's actions are for it); hovering shows its name and alternative text."""
        kind = event.type()
        if kind == QEvent.Type.Show and self._unused_stale:
            self.update_actions()
            return False
        if kind == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            found = self.image_at(event.pos())
            if found is None:
                return False
            QToolTip.showText(event.globalPos(), self.tooltip(found), self.text.viewport())
            return True
        if not isinstance(event, QMouseEvent):
            return False
        if kind == QEvent.Type.MouseButtonDblClick and event.button() == Qt.MouseButton.LeftButton:
            found = self.image_at(event.position().toPoint())
            if found is not None:
                self.text.setTextCursor(found)
                self.edit_properties(found)
                return True
        elif kind == QEvent.Type.MouseButtonPress and event.button() == Qt.MouseButton.RightButton:
            found = self.image_at(event.position().toPoint())
            if found is not None:
                self.text.setTextCursor(found)
        return False

    def tooltip(self, cursor: QTextCursor) -> str:
        """What hovering over an image says: its file name and alternative text, or why it is
        not shown."""
        ref = image_ref(cursor.charFormat())
        if ref is None:
            return ""
        bild = self.context.plan.bild(ref.bild)
        note = objects_of(self.text.document()).note(ref.bild)
        if bild is None:
            return tr("{missing} (bild {bild}).").format(missing=tr(MISSING), bild=ref.bild)
        alt = bild.alt_text or tr("saknas – tas upp i Granskning")
        name = bild.namn or tr("Bild {bild}").format(bild=bild.id)
        lines = [name, tr("Alternativtext: {alt}").format(alt=alt)]
        if note:
            lines.insert(1, tr(note))
        lines.append(tr("Dubbelklicka för att ändra."))
        return "\n".join(lines)

"""A narrative chapter: its heading and its text, edited as rich text and kept as Markdown.

Typing is saved after a short pause (and when the editor loses focus) as one undoable step.
"""

from __future__ import annotations

import itertools
from functools import partial

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QKeyEvent,
    QKeySequence,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QTextEdit,
    QToolButton,
    QWidget,
)

from vplan_desktop import completeness
from vplan_desktop.domain import Bild, Kapitel
from vplan_desktop.sections import SECTIONS, ItemKind, Part, Section, chapter_key
from vplan_desktop.services import items
from vplan_desktop.ui.change_place import Place
from vplan_desktop.ui.context import PlanContext
from vplan_desktop.ui.editors.base import SectionEditor, flash, tool_button
from vplan_desktop.ui.editors.chapter_hold import ChapterHold
from vplan_desktop.ui.editors.chapter_image_view import show_images
from vplan_desktop.ui.editors.chapter_images import ChapterImages
from vplan_desktop.ui.editors.chapter_markdown import (
    document_markdown,
    load_markdown,
)
from vplan_desktop.ui.editors.chapter_tables import ChapterTables
from vplan_desktop.ui.editors.chapter_toolbar import ChapterToolbar
from vplan_desktop.ui.flow_layout import FlowLayout
from vplan_desktop.ui.i18n import QT_TR_NOOP, tr
from vplan_desktop.ui.removal import may_remove, removal_question
from vplan_desktop.validation import Finding

SAVE_DELAY_MS = 800


class _UndoGoesToThePlan(QObject):
    """Lets Ctrl+Z / Ctrl+Y in the text reach the window's undo, which covers the whole plan,
    and the formatting keys reach their actions (the text field would take Ctrl+K itself, as
    "delete to the end of the line" on Linux)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.keys: list[QKeySequence] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            for sequence in (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo):
                if event.matches(sequence):
                    return True
            return QKeySequence(event.keyCombination()) in self.keys
        return False


class ChapterEditor(SectionEditor):
    title = SECTIONS[Section.KAPITEL].title
    parts = (Part.KAPITEL, Part.BILDER)
    help_text = QT_TR_NOOP(
        "Skriv som i ett ordbehandlingsprogram: Ctrl+F fetstil, Ctrl+K kursiv, knapparna "
        "för rubriker och listor (Tab och Shift+Tab byter listnivå), Ctrl+Shift+T för en "
        "tabell (Tab går till nästa cell), Ctrl+Shift+B för en bild. Texten sparas medan du "
        "skriver."
    )

    preview = Signal(str, object)
    chapter_added = Signal(int)

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.chapter_id: int | None = None
        self._loaded_text: str | None = None
        self._loaded_version: int | None = None
        """The version of the chapter the shown text was loaded from."""
        self._loaded_id: int | None = None
        self._shown_images: tuple[Bild, ...] | None = None
        self._loading = False
        self._dirty = False

        top = QHBoxLayout()
        self.rubrik = QLineEdit()
        self.rubrik.setObjectName("rubrik")
        self.rubrik.setAccessibleName(tr("Kapitlets rubrik"))
        self.rubrik.editingFinished.connect(self._save_title)
        label = QLabel(tr("&Rubrik:"))
        label.setBuddy(self.rubrik)
        top.addWidget(label)
        top.addWidget(self.rubrik, 1)
        self.omvarld = QCheckBox(tr("&Omvärldsanalys"))
        self.omvarld.setToolTip(tr("Kapitlet är planens omvärldsanalys (kontrolleras särskilt)."))
        self.omvarld.toggled.connect(self._save_flag)
        top.addWidget(self.omvarld)
        self.outer.addLayout(top)

        bar = QHBoxLayout()
        self.text = QTextEdit()
        self.text.setObjectName("kapiteltext")
        self.text.setAccessibleName(tr("Kapitlets text"))
        # An empty chapter says what goes here (the empty-section hint of a text page).
        self.text.setPlaceholderText(
            tr("Kapitlet är tomt. Skriv texten här, eller klistra in den från Word.")
        )
        self.text.setAcceptRichText(True)
        self.text.setUndoRedoEnabled(False)
        self.text.setTabChangesFocus(True)
        self._filter = _UndoGoesToThePlan(self)
        self.text.installEventFilter(self._filter)
        self.tables = ChapterTables(self.text, self.flush)
        self._filter.keys += self.tables.keys
        self.images = ChapterImages(self.text, self.context, self.chapter, self.flush)
        self._filter.keys += self.images.keys
        self.tables.more_actions += self.images.actions
        self.toolbar = ChapterToolbar(
            self.text,
            self.tables,
            self.images,
            self.context.undo_stack,
            self.flush,
            lambda: self._dirty,
        )
        self._filter.keys += self.toolbar.keys
        self.format_actions: dict[str, QAction] = self.toolbar.actions_by_key
        self.format_buttons: dict[str, QToolButton] = self.toolbar.buttons
        bar.addWidget(self.toolbar)
        bar.addStretch(1)
        self.words = QLabel()
        self.words.setObjectName("ordantal")
        bar.addWidget(self.words)
        self.outer.addLayout(bar)
        self.outer.addWidget(self.text, 1)

        self.add_button = tool_button(tr("Nytt kapitel…"), icon="plus")
        self.up_button = tool_button(
            tr("Flytta upp"), tr("Flytta kapitlet ett steg upp"), "arrow-up"
        )
        self.down_button = tool_button(
            tr("Flytta ner"), tr("Flytta kapitlet ett steg ner"), "arrow-down"
        )
        self.remove_button = tool_button(tr("Ta bort kapitel"), icon="trash")
        self.reviewed_button = tool_button(
            tr("Markera som granskat"),
            tr("Kapitlet är överfört från förra årets plan och nu genomläst"),
            icon="check",
        )
        self.reviewed_button.clicked.connect(self.mark_reviewed)
        self.add_button.clicked.connect(self.add_chapter)
        self.up_button.clicked.connect(partial(self.move_by, -1))
        self.down_button.clicked.connect(partial(self.move_by, 1))
        self.remove_button.clicked.connect(self.remove)
        # On two lines when the window is too narrow for one (a larger font, a translation).
        buttons = FlowLayout()
        self.add_header_actions(self.add_button)
        for button in (
            self.up_button,
            self.down_button,
            self.remove_button,
            self.reviewed_button,
        ):
            buttons.addWidget(button)
        self.outer.addLayout(buttons)
        # Tab goes from the heading straight into the text, as in a word processor; the
        # formatting buttons (each has its shortcut) come after it, then Nytt kapitel… in the
        # header and the chapter's own buttons.
        chain = [self.rubrik, self.omvarld, self.text, *self.format_buttons.values()]
        chain += [self.add_button, self.up_button]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self.text.textChanged.connect(self._typed)
        self.text.installEventFilter(self)
        # On a plan on the server, one window at a time writes a chapter's text.
        self.hold = ChapterHold(
            context,
            self.text,
            self.toolbar,
            chapter=lambda: self.chapter_id,
            version=lambda: self._loaded_version,
            flush=self.flush,
            reload=self._reload,
            edit_keys=lambda: self._filter.keys,
        )
        self.outer.insertWidget(self.outer.indexOf(self.text), self.hold.banner)

    # --- loading -------------------------------------------------------------------------

    def chapter(self) -> Kapitel | None:
        return next((k for k in self.context.plan.kapitel if k.id == self.chapter_id), None)

    def show_item(self, item_id: object) -> None:
        if item_id != self.chapter_id:
            self.flush()
            self.chapter_id = item_id if isinstance(item_id, int) else None
            self._dirty = False
            self._loaded_text = None
        self._load()
        self.hold.show(self.chapter_id)

    def _reload(self) -> None:
        """Throw away what was typed but not saved, and show the saved text again."""
        self._timer.stop()
        self._dirty = False
        self._loaded_text = None
        self._load()

    def focus_finding(self, finding: Finding) -> None:
        widget: QWidget = self.omvarld if finding.field == "omvarldsanalys" else self.text
        widget.setFocus()
        # A finding about an image of the chapter ("bild:7") selects that image, in view.
        if finding.field and self.images.select(finding.field):
            return
        flash(widget)

    def show_change(self, place: Place) -> bool:
        if self.chapter() is None:
            return False
        self.text.setFocus()  # its Ctrl+Z goes to the plan's undo (see _UndoGoesToThePlan)
        return True

    def on_changed(self, change: object) -> None:
        if not self._dirty:
            self._load()

    def _load(self) -> None:
        chapter = self.chapter()
        self.setEnabled(chapter is not None)
        if chapter is None:
            return
        if not self._dirty:
            self._loaded_version = chapter.version  # what is shown, until typing starts
        self.heading.setText(f"<h2>{chapter.rubrik}</h2>")
        if self.rubrik.text() != chapter.rubrik:
            self.rubrik.setText(chapter.rubrik)
        self.omvarld.blockSignals(True)
        self.omvarld.setChecked(chapter.omvarldsanalys)
        self.omvarld.blockSignals(False)
        if chapter.text != self._loaded_text and not self._dirty:
            # Only text saved elsewhere (an undo, another chapter) is loaded: reloading what
            # the editor itself saved would move the cursor.
            self._loading = True
            same = self._loaded_id == chapter.id
            where = self.text.textCursor().position() if same else 0
            load_markdown(self.text.document(), chapter.text, self._plan_images())
            # Another chapter opens at its top, as a document does (the cursor would otherwise
            # stand after the text loaded); the same one again (an undo) keeps its place.
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(min(where, self.text.document().characterCount() - 1))
            self.text.setTextCursor(cursor)
            if not same:
                self.text.verticalScrollBar().setValue(0)
            self._loading = False
            self._loaded_id = chapter.id
            self._loaded_text = chapter.text
            self._shown_images = self.context.plan.bilder
        elif self._shown_images is not self.context.plan.bilder:
            # An image's picture or alternative text changed: drawn again, the text untouched.
            show_images(self.text.document(), self._plan_images())
            self._shown_images = self.context.plan.bilder
        self._count()
        self.reviewed_button.setVisible(chapter.att_granska)
        position = [k.id for k in self.context.plan.kapitel].index(chapter.id)
        self.up_button.setEnabled(position > 0)
        self.down_button.setEnabled(position < len(self.context.plan.kapitel) - 1)

    def _plan_images(self) -> dict[int, Bild]:
        """The plan's images by id, as the text's references name them."""
        return {bild.id: bild for bild in self.context.plan.bilder}

    def markdown(self) -> str:
        """The text as Markdown (headings, lists, tables, images, bold and italic), or nothing
        when empty."""
        return document_markdown(self.text.document())

    # --- saving --------------------------------------------------------------------------

    def _typed(self) -> None:
        if self._loading or not self.hold.typed():
            return
        self._dirty = True
        self._count()
        self._timer.start()
        self.toolbar.show_undo()

    def _count(self) -> None:
        text = self.text.toPlainText()
        count = completeness.word_count(text)
        self.words.setText(tr("{count} ord").format(count=count))
        if self.chapter_id is not None:
            self.preview.emit(chapter_key(self.chapter_id), completeness.chapter(text))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.text and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return False

    def flush(self) -> None:
        """Save typed text now (before undo, when leaving the chapter, on close)."""
        self._timer.stop()
        chapter = self.chapter()
        if not self._dirty or chapter is None:
            return
        self._dirty = False
        self.toolbar.show_undo()
        text = self.markdown()
        self._loaded_text = text
        if text != chapter.text:
            self.context.edit(
                tr("Skriv i ”{rubrik}”").format(rubrik=chapter.rubrik),
                partial(
                    items.update_item,
                    kind_name=ItemKind.KAPITEL,
                    item_id=chapter.id,
                    fields={"text": text},
                    # The version the typed text started from: a text someone else saved
                    # meanwhile is not overwritten.
                    seen=self._loaded_version,
                ),
            )

    def _save_title(self) -> None:
        chapter = self.chapter()
        if chapter is not None and self.rubrik.text().strip() != chapter.rubrik:
            self.context.edit(
                tr("Byt rubrik"),
                partial(
                    items.update_item,
                    kind_name=ItemKind.KAPITEL,
                    item_id=chapter.id,
                    fields={"rubrik": self.rubrik.text()},
                    seen=chapter.version,
                ),
            )

    def _save_flag(self, checked: bool) -> None:
        chapter = self.chapter()
        if chapter is not None and checked != chapter.omvarldsanalys:
            self.context.edit(
                tr("Ändra omvärldsanalys"),
                partial(
                    items.update_item,
                    kind_name=ItemKind.KAPITEL,
                    item_id=chapter.id,
                    fields={"omvarldsanalys": checked},
                    seen=chapter.version,
                ),
            )

    # --- chapters ------------------------------------------------------------------------

    def add_chapter(self) -> None:
        self.flush()
        name, ok = QInputDialog.getText(self, tr("Nytt kapitel"), tr("Kapitlets rubrik:"))
        if not ok or not name.strip():
            return
        chapters = [k.id for k in self.context.plan.kapitel]
        index = chapters.index(self.chapter_id) + 1 if self.chapter_id in chapters else None
        change = self.context.edit(
            tr("Nytt kapitel"),
            partial(
                items.add_item, kind_name=ItemKind.KAPITEL, fields={"rubrik": name}, index=index
            ),
        )
        if change is not None and change.item_id is not None:
            self.chapter_added.emit(change.item_id)

    def move_by(self, step: int) -> None:
        chapter = self.chapter()
        if chapter is None:
            return
        self.flush()
        position = [k.id for k in self.context.plan.kapitel].index(chapter.id)
        self.context.edit(
            tr("Flytta kapitel"),
            partial(
                items.move_item,
                kind_name=ItemKind.KAPITEL,
                item_id=chapter.id,
                index=position + step,
                seen=chapter.version,
            ),
        )

    def mark_reviewed(self) -> None:
        chapter = self.chapter()
        if chapter is not None:
            self.flush()
            self.context.edit(
                tr("Markera som granskat"),
                partial(
                    items.update_item,
                    kind_name=ItemKind.KAPITEL,
                    item_id=chapter.id,
                    fields={"att_granska": False},
                    seen=chapter.version,
                ),
            )

    def remove(self) -> None:
        self.flush()  # what was just typed is asked about, and comes back with an undo
        chapter = self.chapter()
        if chapter is None:
            return
        if not may_remove(self, removal_question(self.context.plan, ItemKind.KAPITEL, chapter.id)):
            return
        self.context.edit(
            tr("Ta bort ”{rubrik}”").format(rubrik=chapter.rubrik),
            partial(
                items.delete_items, items=[(ItemKind.KAPITEL, chapter.id)], seen=[chapter.version]
            ),
        )

"""The chapter editor's formatting bar, as Word's: icon buttons for what a chapter's text can
hold (bold, italic, two heading levels, lists and their levels, tables, images) and undo.

The buttons show what the text has where the cursor stands. Each names its shortcut in its
tooltip; the keys work in the text field (see ``ChapterEditor``'s shortcut filter).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QFrame, QHBoxLayout, QTextEdit, QToolButton, QWidget

from vplan_desktop.ui.editors import chapter_format as fmt
from vplan_desktop.ui.editors.chapter_images import ChapterImages
from vplan_desktop.ui.editors.chapter_tables import ChapterTables
from vplan_desktop.ui.i18n import QT_TR_NOOP, tr
from vplan_desktop.ui.icons import ui_icon

ICON_SIZE = 20


@dataclass(frozen=True, slots=True)
class _Look:
    """A button's icon: the SVG's name, its line width, its lean (see ``ui_icon``)."""

    icon: str
    weight: float = 2.0
    slant: float = 0.0


# Ctrl+F and Ctrl+K as in Swedish Word (Ctrl+B/Ctrl+I as in English). No Ctrl+Alt shortcut:
# on Windows Ctrl+Alt is AltGr, so Ctrl+Alt+2 fires when a Swedish keyboard types @. No
# Ctrl+Shift+digit either: which digit a shifted key is depends on the layout. Letters with
# Ctrl+Shift are the same on every layout.
_FORMATS: tuple[tuple[str, str, str, tuple[str, ...], _Look], ...] = (
    # key, name (accessible name), tooltip, shortcuts, icon
    (
        "fet",
        QT_TR_NOOP("Fet"),
        QT_TR_NOOP("Fet (Ctrl+F eller Ctrl+B)"),
        ("Ctrl+F", "Ctrl+B"),
        _Look("letter-f", 3.2),
    ),
    (
        "kursiv",
        QT_TR_NOOP("Kursiv"),
        QT_TR_NOOP("Kursiv (Ctrl+K eller Ctrl+I)"),
        ("Ctrl+K", "Ctrl+I"),
        _Look("letter-k", 2.0, 0.22),
    ),
    (
        "rubrik1",
        QT_TR_NOOP("Rubrik 1"),
        QT_TR_NOOP("Rubrik 1 – en rubrik i kapitlet (Ctrl+Shift+R)"),
        ("Ctrl+Shift+R",),
        _Look("h-1"),
    ),
    (
        "rubrik2",
        QT_TR_NOOP("Rubrik 2"),
        QT_TR_NOOP("Rubrik 2 – en underrubrik under en Rubrik 1 (Ctrl+Shift+H)"),
        ("Ctrl+Shift+H",),
        _Look("h-2"),
    ),
    (
        "punktlista",
        QT_TR_NOOP("Punktlista"),
        QT_TR_NOOP("Punktlista (Ctrl+Shift+L)"),
        ("Ctrl+Shift+L",),
        _Look("list"),
    ),
    (
        "numrerad",
        QT_TR_NOOP("Numrerad lista"),
        QT_TR_NOOP("Numrerad lista (Ctrl+Shift+N)"),
        ("Ctrl+Shift+N",),
        _Look("list-numbers"),
    ),
)
_LEVELS = (
    (
        "minska",
        QT_TR_NOOP("Minska listnivå"),
        QT_TR_NOOP("Minska listnivå (Shift+Tab i en lista)"),
        "indent-decrease",
    ),
    (
        "oka",
        QT_TR_NOOP("Öka listnivå"),
        QT_TR_NOOP("Öka listnivå (Tab i en lista)"),
        "indent-increase",
    ),
)
_UNDO = (
    ("angra", QT_TR_NOOP("Ångra"), QT_TR_NOOP("Ångra (Ctrl+Z)"), "arrow-back-up"),
    ("gor_om", QT_TR_NOOP("Gör om"), QT_TR_NOOP("Gör om (Ctrl+Y)"), "arrow-forward-up"),
)


class ChapterToolbar(QWidget):
    """The row of buttons over a chapter's text. ``flush`` saves what was typed (an undo
    takes back a step of the plan's ``undo_stack``, as Redigera → Ångra does); ``dirty``
    says whether there is typing not yet saved (then there is something to undo; the editor
    calls ``show_undo`` when that changes)."""

    def __init__(
        self,
        text: QTextEdit,
        tables: ChapterTables,
        images: ChapterImages,
        undo_stack: QUndoStack,
        flush: Callable[[], None],
        dirty: Callable[[], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("formatBar")
        self.text = text
        self.undo_stack = undo_stack
        self._flush = flush
        self._dirty = dirty
        self.actions_by_key: dict[str, QAction] = {}
        self.buttons: dict[str, QToolButton] = {}
        self.keys: list[QKeySequence] = []
        """The shortcuts the text field must leave to these actions (see the editor's filter)."""
        self._looks: dict[str, _Look] = {}
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(1)

        slots: dict[str, Callable[[], object]] = {
            "fet": partial(fmt.toggle_bold, text),
            "kursiv": partial(fmt.toggle_italic, text),
            "rubrik1": partial(fmt.toggle_heading, text, 1),
            "rubrik2": partial(fmt.toggle_heading, text, 2),
            "punktlista": partial(fmt.toggle_list, text, False),
            "numrerad": partial(fmt.toggle_list, text, True),
            "minska": partial(fmt.outdent, text),
            "oka": partial(fmt.indent, text),
        }
        for group in (_FORMATS[:2], _FORMATS[2:4], _FORMATS[4:]):
            for key, name, tip, shortcuts, look in group:
                action = self._action(key, tr(name), tr(tip), look, checkable=True)
                action.setShortcuts([QKeySequence(s) for s in shortcuts])
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
                self.keys += action.shortcuts()
                text.addAction(action)
                action.triggered.connect(partial(self._format, slots[key]))
            self._separator()
        for key, name, tip, icon in _LEVELS:
            action = self._action(key, tr(name), tr(tip), _Look(icon))
            action.triggered.connect(partial(self._format, slots[key]))
        self._separator()
        table_names = (tr("Infoga tabell"), tr("Lägg till rad"), tr("Ta bort rad"))
        table_icons = ("table", "row-insert-bottom", "row-remove")
        for key, action, name, icon in zip(
            ("tabell", "lagg_till_rad", "ta_bort_rad"),
            tables.actions,
            table_names,
            table_icons,
            strict=True,
        ):
            self._add(key, action, name, _Look(icon))
        self._add("bild", images.insert_action, tr("Infoga bild"), _Look("photo"))
        self._separator()
        for key, name, tip, icon in _UNDO:
            # No shortcut of their own: Ctrl+Z and Ctrl+Y are the window's (Redigera-menyn).
            action = self._action(key, tr(name), tr(tip), _Look(icon))
            action.triggered.connect(self.undo if key == "angra" else self.redo)

        self.list_keys = _ListKeys(text, self)
        text.currentCharFormatChanged.connect(lambda _format: self.show_format())
        text.cursorPositionChanged.connect(self.show_format)
        undo_stack.indexChanged.connect(lambda _index: self.show_undo())
        undo_stack.canUndoChanged.connect(lambda _can: self.show_undo())
        undo_stack.canRedoChanged.connect(lambda _can: self.show_undo())
        self._draw_icons()
        self.show_format()
        self.show_undo()

    # --- building ------------------------------------------------------------------------

    def _action(
        self, key: str, name: str, tip: str, look: _Look, checkable: bool = False
    ) -> QAction:
        action = QAction(name, self.text)
        action.setToolTip(tip)
        action.setCheckable(checkable)  # the button shows what is on where the cursor stands
        self._add(key, action, name, look)
        return action

    def _add(self, key: str, action: QAction, name: str, look: _Look) -> None:
        button = QToolButton(self)
        button.setObjectName(f"format_{key}")
        button.setDefaultAction(action)
        button.setAutoRaise(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        button.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        button.setAccessibleName(name)
        button.setAccessibleDescription(action.toolTip())
        self._layout.addWidget(button)
        self.actions_by_key[key] = action
        self.buttons[key] = button
        self._looks[key] = look

    def _separator(self) -> None:
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        self._layout.addWidget(line)

    def _draw_icons(self) -> None:
        palette = self.palette()
        for key, look in self._looks.items():
            icon = ui_icon(look.icon, palette, weight=look.weight, slant=look.slant)
            self.actions_by_key[key].setIcon(icon)

    def changeEvent(self, event: QEvent) -> None:
        """A light or dark theme chosen while the window is open redraws the icons."""
        if event.type() == QEvent.Type.PaletteChange:
            self._draw_icons()
        super().changeEvent(event)

    # --- what the buttons show and do ----------------------------------------------------

    def _format(self, slot: Callable[[], object], _checked: bool = False) -> None:
        slot()
        self.show_format()

    def show_format(self) -> None:
        """Press the buttons of what the text has at the cursor; the list levels can be
        changed where the cursor's list item can move."""
        state = fmt.format_at(self.text)
        pressed = {
            "fet": state.bold,
            "kursiv": state.italic,
            "rubrik1": state.heading == 1,
            "rubrik2": state.heading == 2,
            "punktlista": state.numbered is False,
            "numrerad": state.numbered is True,
        }
        for key, on in pressed.items():
            self.actions_by_key[key].setChecked(on)
        self.actions_by_key["fet"].setEnabled(state.can_bold)
        for key in ("rubrik1", "rubrik2", "punktlista", "numrerad"):
            self.actions_by_key[key].setEnabled(not state.in_table)
        self.actions_by_key["oka"].setEnabled(state.can_indent)
        self.actions_by_key["minska"].setEnabled(state.can_outdent)

    def show_undo(self) -> None:
        """Ångra is there when the plan has a step to undo or typing not saved yet."""
        self.actions_by_key["angra"].setEnabled(self.undo_stack.canUndo() or self._dirty())
        self.actions_by_key["gor_om"].setEnabled(self.undo_stack.canRedo())

    def undo(self) -> None:
        self._flush()  # typed text becomes a step of its own first, as Redigera → Ångra
        self.undo_stack.undo()
        self.show_undo()

    def redo(self) -> None:
        self._flush()
        self.undo_stack.redo()
        self.show_undo()


class _ListKeys(QObject):
    """Tab and Shift+Tab in a list item change its level, as in Word, where it can move;
    elsewhere Tab leaves the text field as before (in a table it goes from cell to cell)."""

    def __init__(self, text: QTextEdit, bar: ChapterToolbar) -> None:
        super().__init__(bar)
        self.text = text
        self.bar = bar
        text.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)):
            return False
        key = event.key()
        modifiers = event.modifiers()
        if key not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) or modifiers & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            return False
        cursor = self.text.textCursor()
        if cursor.currentList() is None or cursor.currentTable() is not None:
            return False
        back = key == Qt.Key.Key_Backtab or bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
        moved = fmt.outdent(self.text) if back else fmt.indent(self.text)
        if moved:
            self.bar.show_format()
        return moved

"""On a plan on the server, a chapter's text is written by one window at a time.

Looking at a chapter holds nothing; the first key that would change its text takes the hold
(``server.chapter_holds``). While someone else holds it, the text is read-only under a
banner that says who and since when ("Kapitlet redigeras av Anna Svensson sedan kl. 10.42"),
and the window asks the server every few seconds whether it is free again: then the text is
read anew if it changed, and is writable. The hold is let go of when the user leaves the
chapter (another chapter or section), closes the plan, or types nothing for a while (what
was typed is saved first). A plan file has no holds: nothing of this happens there.

Even without a hold (the server could not be asked) a write is safe: the chapter editor
passes the version its text started from (``seen=``), so text someone else saved meanwhile
is not overwritten.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QTextEdit, QWidget

from vplan_desktop.errors import ServerError
from vplan_desktop.ui.context import PlanContext
from vplan_desktop.ui.i18n import tr

if TYPE_CHECKING:
    from vplan_desktop.server.chapter_holds import ChapterHolds, Holder

POLL_MS = 3000
"""How often a window asks whether the chapter it shows is free, or still its own (one
small query)."""
IDLE_MS = 5 * 60 * 1000
"""Typing nothing this long lets go of the chapter (what was typed is saved first)."""
RETRY_S = 30.0
"""After the server could not be asked for the chapter, typing goes on without asking
again for this long."""

_MOVING = frozenset(
    key.value
    for key in (
        Qt.Key.Key_Left,
        Qt.Key.Key_Right,
        Qt.Key.Key_Up,
        Qt.Key.Key_Down,
        Qt.Key.Key_Home,
        Qt.Key.Key_End,
        Qt.Key.Key_PageUp,
        Qt.Key.Key_PageDown,
        Qt.Key.Key_Shift,
        Qt.Key.Key_Control,
        Qt.Key.Key_Alt,
        Qt.Key.Key_AltGr,
        Qt.Key.Key_Meta,
        Qt.Key.Key_CapsLock,
        Qt.Key.Key_NumLock,
        Qt.Key.Key_ScrollLock,
        Qt.Key.Key_Escape,
        Qt.Key.Key_Menu,
        Qt.Key.Key_Tab,  # moves the focus, or to the next cell of a table
        Qt.Key.Key_Backtab,
    )
)
"""Keys that move the cursor or the focus without changing the text."""
_READING = (QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.SelectAll)


def holds_of(context: PlanContext) -> ChapterHolds | None:
    """The window's chapter holds: a plan on the server that the user may write; else None."""
    session = context.session
    if session.address is None or session.read_only:
        return None
    # Deferred for start-up time: a plan file never needs psycopg.
    from vplan_desktop.server.session import ServerSession

    return session.chapter_holds if isinstance(session, ServerSession) else None


def _changes_text(event: QKeyEvent) -> bool:
    key = event.key()
    if key in _MOVING or Qt.Key.Key_F1.value <= key <= Qt.Key.Key_F35.value:
        return False
    return not any(event.matches(sequence) for sequence in _READING)


class ChapterHold(QObject):
    """The hold of the chapter a chapter editor shows.

    ``chapter`` gives the chapter shown (its id), ``version`` the version its text was
    loaded from, ``flush`` saves what was typed, ``reload`` throws away what was typed
    without a hold and shows the saved text again. ``edit_keys`` are the editor's own
    shortcuts that change the text (bold, lists, tables…).
    """

    def __init__(
        self,
        context: PlanContext,
        text: QTextEdit,
        bar: QWidget,
        *,
        chapter: Callable[[], int | None],
        version: Callable[[], int | None],
        flush: Callable[[], None],
        reload: Callable[[], None],
        edit_keys: Callable[[], list[QKeySequence]],
    ) -> None:
        super().__init__(text)
        self.context = context
        self.text = text
        self.bar = bar
        self._chapter = chapter
        self._version = version
        self._flush = flush
        self._reload = reload
        self._edit_keys = edit_keys
        self.holds = holds_of(context)
        self.holder: Holder | None = None
        """Who else writes the chapter shown (the text is read-only meanwhile)."""
        self.shown: int | None = None
        """The chapter on screen whose hold this follows (None: none, or not on screen)."""
        self._retry_at = 0.0
        """Until when typing goes on without asking the server (it could not be asked)."""
        self.banner = QLabel()
        self.banner.setObjectName("last")  # the look of the window's other notices
        self.banner.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.banner.setWordWrap(True)
        self.banner.setContentsMargins(10, 6, 10, 6)
        self.banner.hide()
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._look)
        self.idle = QTimer(self)
        """Runs while the chapter is held; typing starts it again."""
        self.idle.setSingleShot(True)
        self.idle.setInterval(IDLE_MS)
        self.idle.timeout.connect(self._idle_out)
        if self.holds is not None:
            text.installEventFilter(self)  # after the editor's: sees the keys first

    @property
    def active(self) -> bool:
        """Whether holds apply: a plan on the server the user may write, not adopted."""
        return self.holds is not None and not self.context.read_only

    # --- what the editor tells -----------------------------------------------------------

    def show(self, chapter_id: int | None) -> None:
        """The editor shows ``chapter_id`` (what was typed in another is saved already)."""
        if chapter_id != self.shown:
            self.leave()
        if not self.active or chapter_id is None or not self.text.isVisible():
            return  # a page not on screen is followed from when it is shown
        self.shown = chapter_id
        self._look()
        self._poll.start()

    def leave(self) -> None:
        """The chapter is no longer on screen (what was typed is saved already): let go."""
        self._poll.stop()
        self.idle.stop()
        shown, self.shown = self.shown, None
        self._unblock()
        if shown is not None and self.holds is not None:
            self.holds.release(shown)

    def may_edit(self) -> bool:
        """The user is about to change the text: take the hold (again) if need be. False
        when someone else holds the chapter: the text is read-only now and says who."""
        chapter = self._chapter()
        if not self.active or self.holds is None or chapter is None:
            return True
        if self.holds.held == chapter:
            self.idle.start()
            return True
        if self.context.offline or time.monotonic() < self._retry_at:
            return True  # not at every key while the server cannot be reached
        try:
            taken = self.holds.take(chapter)
        except ServerError as error:
            # Written all the same, guarded by the version the text started from.
            self._retry_at = time.monotonic() + RETRY_S
            self._say(
                tr("Kapitlet kunde inte reserveras åt dig: {reason}").format(reason=error.message)
            )
            return True
        # Deferred for start-up time, as in holds_of.
        from vplan_desktop.server.chapter_holds import Held

        if not isinstance(taken, Held):
            self._block(taken)
            return False
        self.shown = chapter
        self._poll.start()
        self._unblock()
        self.idle.start()
        if taken.version != self._version():
            self.context.refresh(None)  # someone saved it since it was shown: the latest
        return True

    # --- the server ----------------------------------------------------------------------

    def _look(self) -> None:
        """Ask who else holds the chapter shown; free again, it is read anew if it changed.
        Held by this window: whether it still is (a cut connection let go of it; the next
        key takes it anew)."""
        if self.holds is None or self.shown is None or self.context.offline:
            return  # offline, the window waits for the server anyway
        try:
            if self.holds.held == self.shown:
                self.holds.still_held(self.shown)
                return
            holder = self.holds.holder(self.shown)
            if holder is not None:
                self._block(holder)
                return
            if self.holder is not None:
                self._unblock()
                if self.holds.version(self.shown) != self._version():
                    self.context.refresh(None)  # what the holder wrote
        except ServerError:
            return  # asked again in a moment; the writes stay guarded by their versions

    def _idle_out(self) -> None:
        chapter = self._chapter()
        if self.holds is None or chapter is None or self.holds.held != chapter:
            return
        self._flush()
        self.holds.release(chapter)

    # --- what the user sees --------------------------------------------------------------

    def _block(self, holder: Holder) -> None:
        if self.holder is None:
            self._flush()  # typed without the hold: refused if it was overwritten meanwhile
            self.text.setReadOnly(True)
            self.bar.setEnabled(False)
        self.holder = holder
        self._say(holder.message())
        self._poll.start()

    def _unblock(self) -> None:
        if self.holder is not None:
            self.holder = None
            self.text.setReadOnly(False)
            self.bar.setEnabled(True)
        self.banner.hide()

    def _say(self, message: str) -> None:
        self.banner.setText(message)
        self.banner.show()

    # --- the keys ------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.text:
            return False
        kind = event.type()
        # The editor's page shown or left (not the window minimised or restored).
        if kind == QEvent.Type.Show and not event.spontaneous():
            self.show(self._chapter())
            return False
        if kind == QEvent.Type.Hide and not event.spontaneous():
            self._flush()
            self.leave()
            return False
        # A text read-only for the plan's sake (adopted, a limited redaktör) is none of this.
        if not self.active or (self.text.isReadOnly() and self.holder is None):
            return False
        if kind == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            # A formatting shortcut changes the text as a key does: refused, the key is
            # kept from its action and goes to the read-only text, which ignores it.
            if QKeySequence(event.keyCombination()) in self._edit_keys() and not self.may_edit():
                event.accept()
                return True
        elif kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if _changes_text(event) and not self.may_edit():
                return True
        elif kind == QEvent.Type.InputMethod and not self.may_edit():
            return True
        return False

    def typed(self) -> bool:
        """The text changed by other means than a key (a button, a menu, a drop): True if
        the change may stand; else the saved text is shown again (after this signal)."""
        if self.may_edit():
            return True
        QTimer.singleShot(0, self._reload)
        return False

"""The edits kept on this computer while the server could not be reached, offered back.

When the connection is back (or the plan is opened again after vplan was closed or crashed
while offline), the dialog lists the kept edits by their undo texts and offers:

- "Gör ändringarna igen": each is made again on the server, as one undoable step, with the
  ``seen=`` it was made with, so what someone else has changed meanwhile is refused and
  reported, never written over;
- "Granska först": the same, one edit at a time, each made again or left out;
- "Spara som fil…": the plan as it is on the server is written to a plan file and the edits
  are made there, the plan on the server left as it is;
- "Senare": nothing now; the edits stay kept and are offered again.

What was made and what was refused (and why) is shown in the window's message line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.file_header import FILE_SUFFIX
from vplan_desktop.errors import ServerError, VplanError
from vplan_desktop.server.recorded_edits import RecordedEdit, apply_edits
from vplan_desktop.ui.dialog_parts import plan_file
from vplan_desktop.ui.i18n import tr

if TYPE_CHECKING:
    from vplan_desktop.ui.lost_connection import OfflineWatch

AGAIN, REVIEW, TO_FILE = 1, 2, 3
"""The dialog's results besides Rejected ("Senare")."""


def entry_text(entry: RecordedEdit) -> str:
    """One line of the list: when, and what (the edit's undo text)."""
    line = f"{entry.made}  {entry.text}"
    if not entry.replayable:
        line += " " + tr("(kan inte göras om av vplan – gör den igen för hand)")
    return line


class JournalDialog(QDialog):
    """Lists the kept edits; its result says what the user chose."""

    def __init__(self, entries: list[RecordedEdit], plan: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Ändringar som inte kom fram till servern"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "De här ändringarna i ”{plan}” gjordes medan förbindelsen med servern var "
                "bruten och är sparade på den här datorn. Det som någon annan har ändrat "
                "sedan dess skrivs inte över: den ändringen görs inte, och du får veta varför."
            ).format(plan=plan)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Sparade ändringar"))
        for entry in entries:
            self.list.addItem(entry_text(entry))
        layout.addWidget(self.list)
        buttons = QDialogButtonBox()
        self.again_button = self._button(buttons, tr("Gör ändringarna igen"), AGAIN)
        self.review_button = self._button(buttons, tr("Granska först"), REVIEW)
        self.file_button = self._button(buttons, tr("Spara som fil…"), TO_FILE)
        later = buttons.addButton(tr("Senare"), QDialogButtonBox.ButtonRole.RejectRole)
        later.setToolTip(tr("Ändringarna sparas och visas igen nästa gång"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.again_button.setDefault(True)

    def _button(self, buttons: QDialogButtonBox, text: str, result: int) -> QPushButton:
        button = buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.clicked.connect(lambda: self.done(result))
        return button


def offer_journal(watch: OfflineWatch) -> None:
    """Offer ``watch``'s kept edits, and do what the user chooses."""
    window = watch.window
    try:
        entries = watch.journal.entries()
    except ServerError as error:
        moved = watch.journal.set_aside()
        where = tr(" Filen flyttades till {path}.").format(path=moved) if moved else ""
        window.report_error(window, tr("Sparade ändringar"), error.message + where)
        return
    if not entries or watch.context.offline:
        return
    dialog = JournalDialog(entries, watch.journal.address.plan or "", window)
    choice = dialog.exec()
    if choice == AGAIN:
        report(watch, *replay(watch, entries, review=False))
    elif choice == REVIEW:
        report(watch, *replay(watch, entries, review=True))
    elif choice == TO_FILE:
        to_file(watch, entries)
    elif window.workspace is not None:
        window.workspace.show_message(
            tr(
                "%n ändring(ar) är sparade på den här datorn och erbjuds igen nästa gång "
                "planen öppnas.",
                None,
                len(entries),
            )
        )


Outcome = tuple[list[RecordedEdit], list[tuple[RecordedEdit, str]], list[RecordedEdit]]
"""The edits made, those refused with why, and those left kept."""


def replay(watch: OfflineWatch, entries: list[RecordedEdit], *, review: bool) -> Outcome:
    """Make ``entries`` again in the window, one undoable step each (asking first for each
    with ``review``). The journal keeps what is not done yet after each step, so a crash or
    a new break loses nothing."""
    context = watch.context
    made: list[RecordedEdit] = []
    refused: list[tuple[RecordedEdit, str]] = []
    messages: list[str] = []
    context.failed.connect(messages.append)
    watch.replaying = True
    remaining = list(entries)
    try:
        while remaining:
            entry = remaining[0]
            if not entry.replayable:
                refused.append((entry, tr("vplan kan inte göra den här ändringen igen")))
            elif review and (answer := _asked(watch, entry, len(remaining))) != AGAIN:
                if answer == STOP:
                    break
                refused.append((entry, tr("du valde att inte göra den")))
            else:
                messages.clear()
                try:
                    change = context.edit(entry.text, entry.action())
                except VplanError as error:
                    change = None
                    messages.append(error.message)
                if context.offline:
                    break  # broken again: it stays kept, with the rest
                if change is None:
                    refused.append((entry, messages[-1] if messages else tr("den gjordes inte")))
                else:
                    made.append(entry)
            remaining.pop(0)
            watch.journal.replace(remaining)
    finally:
        watch.replaying = False
        context.failed.disconnect(messages.append)
    return made, refused, remaining


SKIP, STOP = 4, 5


def _asked(watch: OfflineWatch, entry: RecordedEdit, left: int) -> int:
    """Whether the user wants ``entry`` made again (AGAIN), left out (SKIP), or to stop
    reviewing, the rest kept (STOP)."""
    box = QMessageBox(watch.window)
    box.setWindowTitle(tr("Granska sparad ändring"))
    box.setIcon(QMessageBox.Icon.Question)
    box.setText(
        tr("Göra ändringen ”{text}” från {made} igen på servern?").format(
            text=entry.text, made=entry.made
        )
    )
    box.setInformativeText(tr("%n ändring(ar) kvar att granska.", None, left))
    again = box.addButton(tr("Gör igen"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("Hoppa över"), QMessageBox.ButtonRole.DestructiveRole)
    stop = box.addButton(tr("Sluta granska"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(again)
    box.exec()
    clicked = box.clickedButton()
    return AGAIN if clicked is again else STOP if clicked is stop or clicked is None else SKIP


def report(
    watch: OfflineWatch,
    made: list[RecordedEdit],
    refused: list[tuple[RecordedEdit, str]],
    remaining: list[RecordedEdit],
    where: str = "",
) -> None:
    """Say what was made, what was not and why: in the window's message line, and in a box
    that stays until it is read when anything was not made (it may have to be made again by
    hand)."""
    parts = [tr("%n sparad(e) ändring(ar) gjordes{where}.", None, len(made)).format(where=where)]
    for entry, reason in refused:
        parts.append(tr("”{text}” gjordes inte: {reason}").format(text=entry.text, reason=reason))
    if remaining:
        parts.append(
            tr("%n ändring(ar) är fortfarande sparade på den här datorn.", None, len(remaining))
        )
    if watch.window.workspace is not None:
        watch.window.workspace.show_message(" ".join(parts))
    if refused:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            tr("Sparade ändringar"),
            "\n\n".join(parts),
            QMessageBox.StandardButton.Ok,
            watch.window,
        )
        box.exec()


def to_file(watch: OfflineWatch, entries: list[RecordedEdit]) -> None:
    """The choice "Spara som fil…": the plan on the server to a new plan file, the edits
    made there."""
    window = watch.window
    session = watch.context.session
    name, _ = QFileDialog.getSaveFileName(
        window,
        tr("Spara planen med ändringarna som"),
        str(session.plan.with_name(f"{session.plan.stem} med ändringar{FILE_SUFFIX}")),
        tr("vplan-planer (*{suffix});;Alla filer (*)").format(suffix=FILE_SUFFIX),
    )
    target = plan_file(name)
    if target is None:
        return
    try:
        session.save_as(target)
        with PlanDocument.open(target) as doc:
            made, refused = apply_edits(doc, entries)
    except VplanError as error:
        window.report_error(window, tr("Planen kunde inte sparas"), error.message)
        return
    watch.journal.clear()
    report(watch, made, refused, [], tr(" i {name}").format(name=target.name))

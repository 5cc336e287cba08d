"""Opening a plan for editing, with the questions that can come first.

Someone else has the plan open: say who and offer it read-only. An earlier vplan stopped
before writing the plan back: offer to recover the edits (``RecoveryDialog``). A sync client
left a conflict copy beside the plan: point it out once the plan is open.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from vplan_desktop.storage.locks import PlanInUseError, conflict_copies
from vplan_desktop.storage.working import EditSession, Unsaved, UnsavedEditsError
from vplan_desktop.ui.i18n import tr


def ask_read_only(parent: QWidget, error: PlanInUseError) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(tr("Planen används"))
    box.setText(error.message)
    read = box.addButton(tr("Öppna &skrivskyddad"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("Avbryt"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(read)
    box.exec()
    return box.clickedButton() is read


def start_session(parent: QWidget, path: Path, *, read_only: bool = False) -> EditSession | None:
    """An ``EditSession`` for ``path`` after asking what must be asked; None if the user
    chose not to open it. ``VplanError`` reaches the caller."""
    try:
        return EditSession.open(path, read_only=read_only)
    except PlanInUseError as error:
        if ask_read_only(parent, error):
            return EditSession.open(path, read_only=True)
        return None
    except UnsavedEditsError as error:
        return recover(parent, error.unsaved)


def recover(parent: QWidget, unsaved: Unsaved) -> EditSession | None:
    """Ask what to do with edits an earlier vplan left; the session to open, if any."""
    # Deferred for start-up time: only a vplan that stopped unexpectedly needs the dialog.
    from vplan_desktop.ui.recovery_dialog import RecoveryDialog

    dialog = RecoveryDialog(unsaved, parent)
    dialog.exec()
    if dialog.choice == RecoveryDialog.RESUME:
        return EditSession.resume(unsaved)
    if dialog.choice == RecoveryDialog.DISCARD:
        unsaved.discard()
        if unsaved.plan.exists():
            return start_session(parent, unsaved.plan)
    return None


def conflict_notice(path: Path) -> str:
    """A line about sync-client conflict copies beside ``path``, or ""."""
    copies = conflict_copies(path)
    if not copies:
        return ""
    names = ", ".join(f"”{p.name}”" for p in copies[:3])
    more = tr(" och {count} till").format(count=len(copies) - 3) if len(copies) > 3 else ""
    return tr(
        "Bredvid planen ligger {names}{more}: en konfliktkopia som synkroniseringen har gjort "
        "när planen ändrats på två datorer samtidigt. Jämför den med planen (Arkiv → Jämför…) "
        "och ta sedan bort den."
    ).format(names=names, more=more)

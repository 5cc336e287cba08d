"""Running an edit from a dialog: a refusal is shown in the dialog, which stays open."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from vplan_desktop.services.changes import Change
from vplan_desktop.ui.context import Edit, PlanContext
from vplan_desktop.ui.i18n import tr


def follow_up_edit(context: PlanContext, text: str, action: Edit, error: QLabel) -> Change | None:
    """Run a follow-up edit (``PlanContext.edit_follow_up``); when it is refused, its message
    goes into ``error`` (the dialog's red line) and None is returned."""
    said: list[str] = []

    def heard(message: str) -> None:
        said.append(message)

    context.failed.connect(heard)
    try:
        change = context.edit_follow_up(text, action)
    finally:
        context.failed.disconnect(heard)
    if change is None:
        error.setText(said[-1] if said else tr("Ändringen gjordes inte."))
    return change

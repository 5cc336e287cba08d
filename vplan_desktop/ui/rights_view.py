"""The window as the user's right in a plan on the server allows (``server.permissions``).

The server enforces the rights; the window only offers what it would take, along the path a
plan opened read-only takes (``read_only.set_read_only``): a läsare's plan is read-only as a
whole (``ServerSession.read_only``); for a redaktör limited to some verksamheter, every
section is read-only but the tables of her verksamheter's rows (activities, driftbudget,
resultaträkning and their follow-up), whose models let her edit only her rows
(``ColumnTableModel.writes``), and the menu entries that would change the plan as a whole are
disabled.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QInputDialog, QWidget

from vplan_desktop.sections import Section
from vplan_desktop.ui.context import PlanContext
from vplan_desktop.ui.i18n import tr
from vplan_desktop.ui.read_only import PER_VERKSAMHET, set_read_only

if TYPE_CHECKING:
    from vplan_desktop.ui.main_window import MainWindow


class Lock(Enum):
    """How much of a section's page may be edited."""

    OPEN = 0
    LIMITED = 1
    """Only the widgets marked ``per_verksamhet``, and in them the user's own rows."""
    LOCKED = 2


def section_lock(context: PlanContext, section: Section | None, *, follow_up: bool = False) -> Lock:
    """The lock of ``section``'s page (its follow-up page, with ``follow_up``): the plan's or
    the period's read-only state first, then the user's right."""
    period_page = follow_up or section is Section.UPPFOLJNING
    if context.follow_up_read_only if period_page else context.read_only:
        return Lock.LOCKED
    permissions = context.permissions
    if permissions.can_edit_plan:
        return Lock.OPEN
    if section is not None and permissions.section_writes(section, follow_up=follow_up):
        return Lock.LIMITED
    return Lock.LOCKED


def apply_lock(page: QWidget, lock: Lock) -> None:
    """Make ``page`` as writable as ``lock`` says (again and again: it may have shown a button
    since)."""
    if lock is Lock.OPEN:
        set_read_only(page, False)
    else:
        set_read_only(page, True, spared=PER_VERKSAMHET if lock is Lock.LIMITED else "")


def limit_actions(window: MainWindow) -> None:
    """Disable the menu entries the user's right does not allow (after ``update_actions``);
    "Spara som…" stays for a läsare: a plan file of the server's plan is hers to make."""
    context = window.context
    if context is None:
        return
    permissions = context.permissions
    if context.session.address is not None:
        window.save_as_action.setEnabled(True)
    if not permissions.can_edit_plan:
        for action in (
            window.import_budget_action,
            window.version_action,
            window.follow_up_menu.read_in,
        ):
            action.setEnabled(False)
    if not permissions.adopts:
        window.reopen_action.setEnabled(False)


def new_activity_verksamhet(parent: QWidget, context: PlanContext) -> dict[str, object] | None:
    """The fields a new activity needs for the user's right: none for a right to the whole
    plan; for a redaktör limited to verksamheter, one of hers (asked for when she has more than
    one). None: she has none, or cancelled."""
    permissions = context.permissions
    if not permissions.limited:
        return {}
    own = [v for v in context.plan.verksamheter if permissions.may_edit_verksamhet(v.id)]
    if not own:
        context.failed.emit(
            tr("Du har ingen verksamhet i planen som du kan lägga till aktiviteter för.")
        )
        return None
    if len(own) == 1:
        return {"verksamhet_id": own[0].id}
    name, ok = QInputDialog.getItem(
        parent,
        tr("Ny aktivitet"),
        tr("Verksamhet:"),
        [v.namn for v in own],
        0,
        False,
    )
    if not ok:
        return None
    chosen = next(v for v in own if v.namn == name)
    return {"verksamhet_id": chosen.id}


def may_remove_activity(context: PlanContext, activity_id: object) -> bool:
    """Whether the user's right lets her remove the activity ``activity_id``."""
    permissions = context.permissions
    if permissions.can_edit_plan:
        return True
    found = next((a for a in context.plan.aktiviteter if a.id == activity_id), None)
    return found is not None and permissions.may_write("aktivitet", found.verksamhet_id)

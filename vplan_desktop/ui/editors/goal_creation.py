"""New items in Mål och indikatorer: a målområde, a goal at the top of one, a sub-goal under
the selected goal and an indicator under it, each asked for in a dialog and then selected in
the goal tree."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog, QInputDialog

from vplan_desktop.db.enums import MalNiva
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import items
from vplan_desktop.ui.i18n import QT_TR_NOOP, tr
from vplan_desktop.ui.models.goals import AREA, GOAL, INDICATOR, goal_label
from vplan_desktop.ui.new_goal_dialog import SUB_LEVEL, NewGoalDialog

if TYPE_CHECKING:
    from vplan_desktop.ui.editors.goals import GoalsEditor

NO_GOAL = QT_TR_NOOP("Markera först det mål som delmålet ska ligga under.")


def ask_name(editor: GoalsEditor, title: str, label: str) -> str | None:
    # OK with an empty field goes on to the service, which refuses it and says why
    # (nothing at all happening looked like a broken button).
    text, ok = QInputDialog.getText(editor, title, label)
    return text.strip() if ok else None


def new_area(editor: GoalsEditor) -> None:
    name = ask_name(editor, tr("Nytt målområde"), tr("Målområdets namn:"))
    if name is not None:
        change = editor.context.edit(
            tr("Nytt målområde"),
            partial(items.add_item, kind_name=ItemKind.MALOMRADE, fields={"namn": name}),
        )
        if change and change.item_id:
            editor.select(AREA, change.item_id)


def _add_goal(
    editor: GoalsEditor, title: str, place: str, level: MalNiva, fields: dict[str, Any]
) -> None:
    """Ask the new goal's level and text, then add it with ``fields`` (its place)."""
    dialog = NewGoalDialog(editor.context.plan.uppgifter, title, place, level, editor)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    fields = {**fields, "niva": dialog.chosen_level(), "text": dialog.goal_text()}
    change = editor.context.edit(
        title, partial(items.add_item, kind_name=ItemKind.NAMNDSMAL, fields=fields)
    )
    if change and change.item_id:
        editor.select(GOAL, change.item_id)


def new_goal(editor: GoalsEditor) -> None:
    """A goal at the top of the selected målområde (under no other goal)."""
    area_id = editor._area_in_view()
    area = editor.tree_model.tree.area.get(area_id) if area_id is not None else None
    place = (
        tr("Målet läggs i målområdet ”{area}”, inte under något annat mål.").format(
            area=area.rubrik
        )
        if area is not None
        else tr("Målet läggs utan målområde. (Markera ett målområde för att lägga det där.)")
    )
    fields = {"malomrade_id": area_id, "overordnat_id": None}
    _add_goal(editor, tr("Nytt mål"), place, MalNiva.NAMND, fields)


def new_sub_goal(editor: GoalsEditor) -> None:
    """A goal under the selected goal, one level below it."""
    goal_id = editor._goal_in_view()
    if goal_id is None:
        editor.context.failed.emit(tr(NO_GOAL))
        return
    goal = editor.tree_model.tree.goal[goal_id]
    place = tr("Delmålet läggs under {goal}").format(
        goal=goal_label(editor.context.plan.uppgifter, goal)
    )
    fields = {"malomrade_id": goal.malomrade_id, "overordnat_id": goal_id}
    _add_goal(editor, tr("Nytt delmål"), place, SUB_LEVEL[goal.niva], fields)


def new_indicator(editor: GoalsEditor) -> None:
    goal_id = editor._goal_in_view()
    name = ask_name(editor, tr("Ny indikator"), tr("Indikatorns namn:")) if goal_id else None
    if name is not None:
        change = editor.context.edit(
            tr("Ny indikator"),
            partial(
                items.add_item,
                kind_name=ItemKind.INDIKATOR,
                fields={"namndsmal_id": goal_id, "namn": name},
            ),
        )
        if change and change.item_id:
            editor.select(INDICATOR, change.item_id)

"""The dialog "Målnivåernas namn": what the plan calls each level of its goal tree ("KF:s mål"
may be "Kommunfullmäktiges mål" in one kommun, "Inriktningsmål" in another)."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLayout, QLineEdit, QVBoxLayout, QWidget

from vplan_desktop.db.enums import MalNiva
from vplan_desktop.domain import MALNIVA_LABELS
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import items
from vplan_desktop.ui.context import PlanContext
from vplan_desktop.ui.dialog_parts import buddy_label, error_label, ok_cancel
from vplan_desktop.ui.i18n import QT_TR_NOOP, tr

SHORTCUTS = {
    MalNiva.KF: QT_TR_NOOP("&KF:s mål"),
    MalNiva.KS: QT_TR_NOOP("K&S:s mål"),
    MalNiva.NAMND: QT_TR_NOOP("&Nämndsmål"),
    MalNiva.FORVALTNING: QT_TR_NOOP("&Förvaltningens mål"),
    MalNiva.UPPDRAG: QT_TR_NOOP("&Uppdrag"),
}
"""The label of each level's field, with its Alt key."""


def field_name(level: MalNiva) -> str:
    """The plan field that holds the plan's own name of ``level``."""
    return f"malniva_{level.value}"


class GoalLevelsDialog(QDialog):
    """One line a level: the plan's own name, or empty for vplan's (shown greyed)."""

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(tr("Målnivåernas namn"))
        layout = QVBoxLayout(self)
        # As big as its text, also when a long message appears under the fields.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        intro = QLabel(
            tr("Skriv vad planen kallar varje målnivå.\nLämna ett fält tomt för vplans namn.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        front = context.plan.uppgifter
        self._seen = front.version or None
        """The version of the names the dialog opened with."""
        self.fields: dict[MalNiva, QLineEdit] = {}
        for level in MalNiva:
            field = QLineEdit(str(getattr(front, field_name(level))))
            field.setPlaceholderText(MALNIVA_LABELS[level])
            field.setMinimumWidth(field.fontMetrics().horizontalAdvance("x") * 40)
            field.setAccessibleName(
                tr("Namnet på nivån {level}").format(level=MALNIVA_LABELS[level])
            )
            form.addRow(buddy_label(f"{tr(SHORTCUTS[level])}:", field), field)
            self.fields[level] = field
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)
        self.buttons = ok_cancel(self, tr("OK"))
        layout.addWidget(self.buttons)

    def changed(self) -> dict[str, str]:
        """The names typed that differ from the plan's (spaces around a name do not count;
        vplan's own name typed out is kept as empty, so it follows vplan's)."""
        front = self.context.plan.uppgifter
        typed: dict[str, str] = {}
        for level, field in self.fields.items():
            text = field.text().strip()
            typed[field_name(level)] = "" if text == MALNIVA_LABELS[level] else text
        return {name: text for name, text in typed.items() if text != getattr(front, name)}

    def accept(self) -> None:
        """Save every changed name as one undoable step; a refusal keeps the dialog open."""
        fields = self.changed()
        if fields:
            said: list[str] = []

            def heard(message: str) -> None:
                said.append(message)

            self.context.failed.connect(heard)  # the refusal is shown here, by the fields
            try:
                change = self.context.edit(
                    tr("Ändra målnivåernas namn"),
                    partial(
                        items.update_item,
                        kind_name=ItemKind.PLAN,
                        item_id=1,
                        fields=fields,
                        seen=self._seen,
                    ),
                )
            finally:
                self.context.failed.disconnect(heard)
            if change is None:
                self.error.setText(said[-1] if said else tr("Namnen sparades inte."))
                return
        super().accept()

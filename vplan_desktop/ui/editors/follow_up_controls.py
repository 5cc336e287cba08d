"""Internkontroll at a follow-up period: for each control point of the plan, whether it was
carried out, the deviation it found and the åtgärd."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from vplan_desktop.sections import SECTIONS, ItemKind, Part, Section
from vplan_desktop.ui.change_place import Place
from vplan_desktop.ui.context import PlanContext
from vplan_desktop.ui.editors.base import select_row
from vplan_desktop.ui.editors.follow_up_base import FollowUpEditor, FollowUpSheet
from vplan_desktop.ui.i18n import QT_TR_NOOP, tr
from vplan_desktop.ui.models.follow_up_controls import (
    ATGARD,
    AVVIKELSE,
    KONTROLLMOMENT,
    PROCESS,
    RISK,
    FollowUpControlsModel,
)
from vplan_desktop.validation import Finding

EMPTY = QT_TR_NOOP(
    "<b>Planen har inga kontrollpunkter.</b><br>Kontrollpunkterna läggs till i planens "
    "internkontroll; deras resultat skrivs sedan här."
)
NO_PERIOD = QT_TR_NOOP(
    "<b>Ingen uppföljning vald.</b><br>Välj ett delår eller en årsredovisning för att skriva "
    "kontrollernas resultat."
)


class FollowUpControlsEditor(FollowUpEditor):
    title = SECTIONS[Section.INTERNKONTROLL].title
    section = Section.INTERNKONTROLL
    help_text = QT_TR_NOOP(
        "Resultatet av varje kontroll i planen: om den är utförd, vilken avvikelse den visade "
        "och vilken åtgärd avvikelsen leder till."
    )
    parts = (Part.UPPFOLJNINGAR, Part.INTERNKONTROLL)

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = FollowUpControlsModel(context)
        self.view = FollowUpSheet()
        self.view.setObjectName("uppfoljningInternkontroll")
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.heading_text())
        self.view.setAccessibleDescription(tr(self.help_text))
        self.outer.addWidget(self.view, 1)
        # Utförd fits its content; the texts wrap and share the width.
        self.view.share_width(
            {PROCESS: 120, RISK: 150, KONTROLLMOMENT: 160, AVVIKELSE: 170, ATGARD: 170}
        )
        self.hint = self.add_empty_hint(self.view, self.hint_text(), self._empty)
        context.period_changed.connect(self.hint.refresh)
        self.on_changed(None)

    def _empty(self) -> bool:
        return self.model.rowCount() == 0

    def hint_text(self) -> str:
        """What the empty grid says: choose a period, or the plan has no control points."""
        return tr(NO_PERIOD) if self.context.period is None else tr(EMPTY)

    def on_changed(self, change: object) -> None:
        super().on_changed(change)
        self.hint.setText(self.hint_text())
        self.when_shown(self.view.resizeRowsToContents)

    def show_change(self, place: Place) -> bool:
        if place.kind is not ItemKind.UPPFOLJNING_KONTROLL or place.item_id is None:
            return False
        return select_row(self.view, place.item_id)

    def focus_finding(self, finding: Finding) -> None:
        if finding.item_id is None or not self.view.select_item(finding.item_id, finding.field):
            self.view.setFocus()

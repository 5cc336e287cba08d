"""The budget sections at a follow-up period: driftbudget, resultaträkning and investeringar
with budget, utfall, prognos, avvikelse and a comment per row, in the table's unit."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from vplan_desktop.budget_labels import Table, table_unit
from vplan_desktop.sections import SECTIONS, ItemKind, Part, Section
from vplan_desktop.ui.change_place import Place
from vplan_desktop.ui.context import PlanContext
from vplan_desktop.ui.editors.base import select_row
from vplan_desktop.ui.editors.follow_up_base import FollowUpEditor, FollowUpSheet
from vplan_desktop.ui.i18n import QT_TR_NOOP, tr
from vplan_desktop.ui.models.follow_up_budget import (
    KOMMENTAR,
    NAMN,
    FollowUpAmountsModel,
    FollowUpDriftModel,
    FollowUpInvesteringModel,
    FollowUpResultatModel,
)
from vplan_desktop.ui.read_only import per_verksamhet
from vplan_desktop.validation import Finding

NO_PERIOD = QT_TR_NOOP(
    "<b>Ingen uppföljning vald.</b><br>Välj ett delår eller en årsredovisning för att skriva "
    "utfall och prognos."
)
HINT = QT_TR_NOOP("Utfall hittills visas bredvid; avvikelsen är budget minus prognos för helåret.")


class FollowUpBudgetEditor(FollowUpEditor):
    """The period's figures of one budget table, with the table's unit above the grid."""

    parts = (Part.UPPFOLJNINGAR, Part.UPPGIFTER)
    caption = QT_TR_NOOP("Belopp i {unit}")
    unit_table: Table
    row_kind: ItemKind
    """The follow-up kind a row's edits and findings name."""
    empty_text = ""
    """What the grid says when the plan has no rows in the table."""

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = self.make_model()
        self.caption_label = QLabel()
        self.outer.addWidget(self.caption_label)
        self.view = per_verksamhet(FollowUpSheet())  # her rows: the model says which
        self.view.setObjectName("uppfoljningBudget")
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.heading_text())
        self.view.setAccessibleDescription(tr(self.help_text))
        self.outer.addWidget(self.view, 1)
        # The amounts fit their content; the names and the comments wrap.
        self.view.share_width({NAMN: 170, KOMMENTAR: 240})
        self.hint = self.add_empty_hint(self.view, self.hint_text(), self._empty)
        context.period_changed.connect(self.hint.refresh)
        self.on_changed(None)

    def make_model(self) -> FollowUpAmountsModel:
        raise NotImplementedError

    def _empty(self) -> bool:
        return self.model.rowCount() == 0

    def hint_text(self) -> str:
        """What the empty grid says: choose a period, or the plan has no rows to follow up."""
        return tr(NO_PERIOD) if self.context.period is None else tr(self.empty_text)

    def on_changed(self, change: object) -> None:
        unit = table_unit(self.context.plan.uppgifter, self.unit_table)
        self.caption_label.setText(f"<i>{tr(self.caption).format(unit=unit.value)}</i>")
        super().on_changed(change)
        self.hint.setText(self.hint_text())
        self.when_shown(self.view.resizeRowsToContents)

    def row_of(self, item_id: object) -> object:
        """The grid's row id of a budget row (the resultaträkning names its first line)."""
        return item_id

    def show_change(self, place: Place) -> bool:
        if place.kind is not self.row_kind or place.item_id is None:
            return False
        return select_row(self.view, self.row_of(place.item_id))

    def focus_finding(self, finding: Finding) -> None:
        if finding.item_id is None or not self.view.select_item(
            self.row_of(finding.item_id), finding.field
        ):
            self.view.setFocus()


class FollowUpDriftEditor(FollowUpBudgetEditor):
    title = SECTIONS[Section.DRIFT].title
    section = Section.DRIFT
    help_text = HINT
    caption = QT_TR_NOOP("Nettobelopp i {unit}")
    unit_table = "drift"
    row_kind = ItemKind.UPPFOLJNING_DRIFT
    empty_text = QT_TR_NOOP(
        "<b>Driftbudgeten har inga verksamheter.</b><br>Verksamheterna läggs till i planens "
        "driftbudget; deras utfall och prognos skrivs sedan här."
    )

    def make_model(self) -> FollowUpAmountsModel:
        return FollowUpDriftModel(self.context)


class FollowUpResultatEditor(FollowUpBudgetEditor):
    title = SECTIONS[Section.RESULTAT].title
    section = Section.RESULTAT
    help_text = QT_TR_NOOP(
        "Utfall hittills visas bredvid; avvikelsen är prognos minus budget för helåret. "
        "Kostnaderna skrivs negativa, så ett minus är alltid sämre än budget."
    )
    caption = QT_TR_NOOP("Intäkter, kostnader och netto i {unit}")
    unit_table = "resultat"
    row_kind = ItemKind.UPPFOLJNING_RESULTAT
    empty_text = QT_TR_NOOP(
        "<b>Resultaträkningen har inga verksamheter.</b><br>Verksamheterna läggs till i "
        "planens resultaträkning; deras utfall och prognos skrivs sedan här."
    )

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        # One comment per verksamhet: its cell spans the verksamhet's three lines.
        self.model.modelReset.connect(self._span_comments)
        self._span_comments()

    def _span_comments(self) -> None:
        self.view.clearSpans()
        for number in range(self.model.rowCount()):
            row = self.model.row_at(number)
            if row.shows_comment:
                self.view.setSpan(number, KOMMENTAR, 3, 1)

    def make_model(self) -> FollowUpAmountsModel:
        return FollowUpResultatModel(self.context)

    def row_of(self, item_id: object) -> object:
        return (item_id, "intakter")


class FollowUpInvesteringEditor(FollowUpBudgetEditor):
    title = SECTIONS[Section.INVESTERINGAR].title
    section = Section.INVESTERINGAR
    help_text = HINT
    caption = QT_TR_NOOP("Investeringsutgifter i {unit}")
    unit_table = "investering"
    row_kind = ItemKind.UPPFOLJNING_INVESTERING
    empty_text = QT_TR_NOOP(
        "<b>Planen har inga investeringar.</b><br>Projekten läggs till i planens "
        "investeringar; deras utfall och prognos skrivs sedan här."
    )

    def make_model(self) -> FollowUpAmountsModel:
        return FollowUpInvesteringModel(self.context)

"""Internkontroll: the controls table beside a live risk matrix that filters it; on a narrow
page the matrix is folded away behind a button, and the table has the page's width. The
user's choice with the button is remembered between sessions."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from vplan_desktop.sections import SECTIONS, ItemKind, Part, Section
from vplan_desktop.services import items
from vplan_desktop.services.plan import DEFAULT_SCALES, set_risk_scale
from vplan_desktop.ui import seen
from vplan_desktop.ui.change_place import Place
from vplan_desktop.ui.context import PlanContext
from vplan_desktop.ui.delegates import PlanDelegate
from vplan_desktop.ui.editors.base import SectionEditor, button_row, select_row, tool_button
from vplan_desktop.ui.i18n import QT_TR_NOOP, tr
from vplan_desktop.ui.models.internal_control import InternalControlModel, RiskCellFilter
from vplan_desktop.ui.models.table import ROW_ID_ROLE
from vplan_desktop.ui.read_only import view_only
from vplan_desktop.ui.removal import may_remove, removal_question
from vplan_desktop.ui.risk_matrix import RiskMatrix, legend_html
from vplan_desktop.ui.settings import remember_risk_matrix_shown, risk_matrix_shown
from vplan_desktop.ui.spreadsheet import SpreadsheetView
from vplan_desktop.ui.table_layout import AdaptiveSplitter
from vplan_desktop.validation import Finding

NARROWEST_BESIDE = 960
"""The editor's width (px) from which the risk matrix stands beside the table."""
MATRIX_SHOWN_FROM = 1200
"""The editor's width (px) from which the risk matrix is shown until the user folds it away:
narrower (1366×768, or 1920×1080 at 150 %), the table needs the width for its columns."""


class InternalControlEditor(SectionEditor):
    title = SECTIONS[Section.INTERNKONTROLL].title
    parts = (Part.INTERNKONTROLL, Part.RISKSKALA)
    help_text = QT_TR_NOOP(
        "Nämndens plan för intern kontroll: vad kan gå fel, hur troligt och hur allvarligt "
        "det är, och hur det kontrolleras. Klicka i riskmatrisen för att visa en ruta."
    )

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        # The matrix stands beside the table when there is room, else below it: sannolikhet,
        # konsekvens and riskvärde must stay in sight on a laptop.
        splitter = AdaptiveSplitter(NARROWEST_BESIDE, (0.64, 0.6))
        splitter.setObjectName("internkontrollSplitter")
        self.splitter = splitter
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.model = InternalControlModel(context)
        self.proxy = RiskCellFilter()
        self.proxy.setSourceModel(self.model)
        self.view = SpreadsheetView()
        self.view.setObjectName("internkontroll")
        self.view.setAccessibleName(tr("Kontrollpunkter"))
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(PlanDelegate(self.view))
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.setWordWrap(True)
        left_layout.addWidget(self.view, 1)
        self.filter_note = QLabel()
        left_layout.addWidget(self.filter_note)
        self.add_button = tool_button(tr("Ny kontrollpunkt"), icon="plus")
        self.remove_button = tool_button(tr("Ta bort kontrollpunkt"), icon="trash")
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.add_header_actions(self.add_button)
        self.matrix_button = view_only(
            tool_button(
                tr("Risk&matris"),
                tr("Visa eller dölj riskmatrisen bredvid tabellen"),
                icon="table",
            )
        )
        self.matrix_button.setCheckable(True)
        self.matrix_button.toggled.connect(self._matrix_toggled)
        buttons = button_row(self.remove_button)
        buttons.addWidget(self.matrix_button)
        left_layout.addLayout(buttons)
        self._matrix_wanted = risk_matrix_shown()
        """Shown or folded away by the user (now or in an earlier session); None: as the
        page's width has it."""
        self.add_empty_hint(
            self.view,
            tr(
                "<b>Inga kontrollpunkter ännu.</b><br>Lägg till den första med "
                "<i>Ny kontrollpunkt</i> uppe till höger: en risk, hur sannolik den är och vad den "
                "skulle leda till."
            ),
            lambda: not self.context.plan.internkontroll,
        )
        splitter.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        scale_row = QHBoxLayout()
        self.scale = QComboBox()
        self.scale.setAccessibleName(tr("Riskskala"))
        self.scale.addItem("4 × 4", 4)
        self.scale.addItem("5 × 5", 5)
        self.scale.activated.connect(self._change_scale)
        label = QLabel(tr("&Riskskala:"))
        label.setBuddy(self.scale)
        scale_row.addWidget(label)
        scale_row.addWidget(self.scale)
        scale_row.addStretch(1)
        right_layout.addLayout(scale_row)
        right_layout.addWidget(
            QLabel(tr("<b>Sannolikhet</b> (uppåt) × <b>konsekvens</b> (åt höger)"))
        )
        self.matrix = RiskMatrix()
        self.matrix.setObjectName("riskmatris")
        self.matrix.cellChosen.connect(self._filter)
        right_layout.addWidget(self.matrix)
        # The bands by name and range: the matrix's colours are not the only telling.
        self.legend = QLabel()
        self.legend.setObjectName("riskband")
        self.legend.setWordWrap(True)
        right_layout.addWidget(self.legend)
        right_layout.addStretch(1)
        splitter.addWidget(right)
        self.matrix_pane = right
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        self.outer.addWidget(splitter, 1)
        # Sannolikhet, konsekvens and riskvärde keep their width; the texts wrap.
        self.view.share_width({0: 110, 1: 120, 5: 110, 6: 90, 7: 70, 8: 80, 9: 80, 10: 70})
        if self._matrix_wanted is not None:
            self._show_matrix(self._matrix_wanted)
        self.on_changed(None)

    def resizeEvent(self, event: QResizeEvent) -> None:
        if self._matrix_wanted is None:
            self._show_matrix(event.size().width() >= MATRIX_SHOWN_FROM)
        super().resizeEvent(event)

    def _show_matrix(self, shown: bool) -> None:
        self.matrix_pane.setVisible(shown)
        self.matrix_button.blockSignals(True)
        self.matrix_button.setChecked(shown)
        self.matrix_button.blockSignals(False)

    def _matrix_toggled(self, shown: bool) -> None:
        self._matrix_wanted = shown
        remember_risk_matrix_shown(shown)
        self._show_matrix(shown)
        if not shown and self.matrix.chosen:
            self.matrix.choose(self.matrix.chosen)  # a hidden filter would hide rows unseen

    def focus_finding(self, finding: Finding) -> None:
        if self.matrix.chosen:
            self.matrix.choose(self.matrix.chosen)  # show every row again
        if finding.item_id is None or not self.view.select_item(finding.item_id, finding.field):
            self.add_button.setFocus()

    def show_change(self, place: Place) -> bool:
        if place.kind != ItemKind.INTERNKONTROLL or place.item_id is None:
            return False
        if select_row(self.view, place.item_id):
            return True
        if self.matrix.chosen:
            self.matrix.choose(self.matrix.chosen)  # the matrix hid the row: show every row
        return select_row(self.view, place.item_id)

    def on_changed(self, change: object) -> None:
        plan = self.context.plan
        self.matrix.set_data(plan.riskskala, plan.internkontroll)
        self.legend.setText(legend_html(plan.riskskala))
        self.scale.setCurrentIndex(self.scale.findData(plan.riskskala.storlek))
        self.when_shown(self.view.resizeRowsToContents)

    def _filter(self, cell: tuple[int, int] | None) -> None:
        self.proxy.set_cell(cell)
        if cell is None:
            self.filter_note.setText("")
        else:
            s, k = cell
            self.filter_note.setText(
                tr(
                    "Visar risker med sannolikhet {s} och konsekvens {k} "
                    "(riskvärde {risk}). Klicka i rutan igen för att visa alla."
                ).format(s=s, k=k, risk=s * k)
            )

    def _change_scale(self) -> None:
        size = self.scale.currentData()
        if size != self.context.plan.riskskala.storlek:
            self.context.edit(
                tr("Riskskala {size}×{size}").format(size=size),
                partial(
                    set_risk_scale, scale=DEFAULT_SCALES[size], seen=self.context.plan.riskskala
                ),
            )

    def add(self) -> None:
        self.matrix.choose(None) if self.matrix.chosen else None
        change = self.context.edit(
            tr("Ny kontrollpunkt"),
            partial(items.add_item, kind_name=ItemKind.INTERNKONTROLL, fields={}),
        )
        if change is not None:
            row = self.proxy.rowCount() - 1
            self.view.setCurrentIndex(self.proxy.index(row, 0))
            self.view.setFocus()

    def remove(self) -> None:
        index = self.view.currentIndex()
        row = index.data(ROW_ID_ROLE) if index.isValid() else None
        if isinstance(row, int) and may_remove(
            self, removal_question(self.context.plan, ItemKind.INTERNKONTROLL, row)
        ):
            self.context.edit(
                tr("Ta bort kontrollpunkt"),
                seen.delete(self.context.plan, [(ItemKind.INTERNKONTROLL, row)]),
            )

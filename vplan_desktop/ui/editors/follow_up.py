"""Uppföljning: with the plan shown, the list of follow-up periods and their settings; with a
period shown, that period's summary texts and its report mark.

Every edit here is a follow-up edit (``PlanContext.edit_follow_up``): allowed on an adopted
plan, refused in a reported period.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vplan_desktop.follow_up_data import Uppfoljning
from vplan_desktop.formatting import format_date, format_number
from vplan_desktop.sections import SECTIONS, Part, Section
from vplan_desktop.services.follow_up import (
    set_deviation_threshold,
    update_period,
)
from vplan_desktop.ui import seen
from vplan_desktop.ui.change_place import Place
from vplan_desktop.ui.context import PlanContext
from vplan_desktop.ui.dialog_parts import buddy_label
from vplan_desktop.ui.editors.base import SectionEditor, flash, tool_button
from vplan_desktop.ui.i18n import QT_TR_NOOP, tr
from vplan_desktop.ui.read_only import view_only
from vplan_desktop.ui.removal import may_remove
from vplan_desktop.ui.undo_keys import PlanUndoKeys
from vplan_desktop.validation import Finding

PERIOD_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = (
    QT_TR_NOOP("Uppföljning"),
    QT_TR_NOOP("År"),
    QT_TR_NOOP("Slag"),
    QT_TR_NOOP("Period t.o.m."),
    QT_TR_NOOP("Rapporterad"),
)

TEXTS = (
    (
        "sammanfattning",
        QT_TR_NOOP("&Sammanfattning:"),
        QT_TR_NOOP("Sammanfattning"),
        QT_TR_NOOP("Hur har verksamheten gått?"),
    ),
    (
        "viktiga_handelser",
        QT_TR_NOOP("Viktiga hä&ndelser:"),
        QT_TR_NOOP("Viktiga händelser"),
        QT_TR_NOOP("Det som hänt"),
    ),
    (
        "framtid",
        QT_TR_NOOP("&Framtid:"),
        QT_TR_NOOP("Framtid"),
        QT_TR_NOOP("Vad väntar resten av året och framåt?"),
    ),
)
"""The period's summary texts: (field, label, accessible name, placeholder)."""

PLAN_HELP = QT_TR_NOOP(
    "Planens uppföljningar: delårsrapporter och årsredovisning. Välj en och tryck Visa (eller "
    "välj den under Visa överst) för att skriva in bedömningar, utfall och status. "
    "Uppföljningarna kan skrivas även när planen är antagen, tills de markeras som rapporterade."
)
PERIOD_HELP = QT_TR_NOOP(
    "Periodens sammanfattande texter, som inleder rapporten. Markdown går bra (**fet**, "
    "listor med -). Allt sparas när du lämnar ett fält."
)


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class FollowUpEditor(SectionEditor):
    title = SECTIONS[Section.UPPFOLJNING].title
    parts = (Part.UPPFOLJNINGAR, Part.BEDOMNINGSSKALA, Part.UPPGIFTER)

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.help = QLabel()
        self.help.setWordWrap(True)
        self.help.setStyleSheet("color: palette(placeholder-text);")
        self.outer.addWidget(self.help)
        self.pages = QStackedWidget()
        self.outer.addWidget(self.pages, 1)
        self._undo_keys = PlanUndoKeys(self)
        self.plan_page = self._build_plan_page()
        self.period_page = self._build_period_page()
        self.pages.addWidget(self.plan_page)
        self.pages.addWidget(self.period_page)
        self._text_period: int | None = None
        """The period whose texts the fields hold (saved there, also after a switch)."""
        context.period_changed.connect(self._period_changed)
        self.on_changed(None)

    # --- the plan's periods ------------------------------------------------------------------

    def _build_plan_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 0)
        self.periods = QTreeWidget()
        self.periods.setObjectName("uppfoljningar")
        self.periods.setAccessibleName(tr("Uppföljningar"))
        self.periods.setHeaderLabels([tr(column) for column in COLUMNS])
        self.periods.setRootIsDecorated(False)
        self.periods.setAllColumnsShowFocus(True)
        self.periods.setUniformRowHeights(True)
        header = self.periods.header()
        header.setStretchLastSection(False)
        for column, width in ((1, 70), (2, 140), (3, 120), (4, 120)):
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))
        # The name takes the width the table has: the list reads across the whole page.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.periods.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.periods.itemActivated.connect(lambda *_: self.show_chosen())
        layout.addWidget(self.periods, 1)
        self.add_empty_hint(
            self.periods,
            tr(
                "<b>Inga uppföljningar ännu.</b><br>Lägg till ett års delårsrapporter och "
                "årsredovisning med <i>Nya uppföljningar…</i> uppe till höger."
            ),
            lambda: not self.context.plan.uppfoljningar,
        )
        self.new_button = tool_button(
            tr("Nya upp&följningar…"),
            tr("Ett års uppföljningar enligt en mall (tertial, halvår, helår)"),
            icon="calendar-plus",
        )
        self.new_one_button = tool_button(
            tr("Ny &uppföljning…"), tr("En uppföljning med eget namn"), icon="plus"
        )
        self.edit_button = tool_button(tr("Än&dra…"), tr("Byt namn eller slutdatum"), "pencil")
        self.remove_button = tool_button(
            tr("&Ta bort…"), tr("Ta bort uppföljningen och allt i den"), icon="trash"
        )
        self.report_button = tool_button(
            tr("&Markera som rapporterad…"),
            tr("Uppföljningen har rapporterats till nämnden och låses"),
            icon="lock",
        )
        self.reopen_button = tool_button(
            tr("&Öppna för ändringar…"),
            tr("Öppna en rapporterad uppföljning för ändringar igen"),
            icon="lock-open",
        )
        self.show_button = view_only(
            tool_button(tr("Vi&sa"), tr("Visa uppföljningen i alla avsnitt"), icon="eye")
        )
        self.add_header_actions(self.new_button, self.new_one_button)
        first = QHBoxLayout()
        for button in (self.edit_button, self.remove_button):
            first.addWidget(button)
        first.addStretch(1)
        second = QHBoxLayout()
        for button in (self.show_button, self.report_button, self.reopen_button):
            second.addWidget(button)
        second.addStretch(1)
        layout.addLayout(first)
        layout.addLayout(second)
        self.new_button.clicked.connect(self.new_periods)
        self.new_one_button.clicked.connect(self.new_period)
        self.edit_button.clicked.connect(self.edit_period)
        self.remove_button.clicked.connect(self.remove_period)
        self.report_button.clicked.connect(self.report_period)
        self.reopen_button.clicked.connect(self.reopen_period)
        self.show_button.clicked.connect(self.show_chosen)

        settings = QGroupBox(tr("Inställningar för uppföljningarna"))
        grid = QVBoxLayout(settings)
        scale_row = QHBoxLayout()
        scale_row.addWidget(QLabel(tr("Skala för måluppfyllelse:")))
        self.scale_text = QLabel()
        self.scale_text.setObjectName("skala")
        self.scale_text.setTextFormat(Qt.TextFormat.RichText)
        self.scale_text.setWordWrap(True)
        scale_row.addWidget(self.scale_text, 1)
        self.scale_button = tool_button(
            tr("S&kala för måluppfyllelse…"),
            tr("Nivåernas namn, färger och betydelse"),
            icon="adjustments-horizontal",
        )
        self.scale_button.clicked.connect(self.edit_scale)
        scale_row.addWidget(self.scale_button)
        grid.addLayout(scale_row)
        threshold_row = QHBoxLayout()
        self.threshold = QLineEdit()
        self.threshold.setObjectName("avvikelsegrans")
        self.threshold.setAccessibleName(tr("Gräns för avvikelser i procent"))
        self.threshold.setMaximumWidth(70)
        self.threshold.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.threshold.editingFinished.connect(self._save_threshold)
        self.threshold.installEventFilter(self._undo_keys)
        threshold_row.addWidget(buddy_label(tr("Gräns för avv&ikelser:"), self.threshold))
        threshold_row.addWidget(self.threshold)
        note = QLabel(tr("% av budget – större avvikelser behöver en kommentar"))
        note.setStyleSheet("color: palette(placeholder-text);")
        threshold_row.addWidget(note)
        threshold_row.addStretch(1)
        grid.addLayout(threshold_row)
        layout.addWidget(settings)
        return page

    def chosen(self) -> Uppfoljning | None:
        """The period selected in the list."""
        item = self.periods.currentItem()
        return None if item is None else self.context.plan.uppfoljning(item.data(0, PERIOD_ROLE))

    def _fill_periods(self) -> None:
        chosen = self.chosen()
        self.periods.clear()
        for period in self.context.plan.uppfoljningar:
            reported = tr("Ja")
            if period.rapporterad_datum is not None:
                reported = format_date(period.rapporterad_datum)
            item = QTreeWidgetItem(
                [
                    period.namn,
                    str(period.ar),
                    period.slag_text,
                    format_date(period.slutdatum),
                    reported if period.rapporterad else tr("Nej"),
                ]
            )
            item.setData(0, PERIOD_ROLE, period.id)
            self.periods.addTopLevelItem(item)
        self.select_period(chosen.id if chosen else None)

    def select_period(self, period_id: int | None) -> None:
        """Make ``period_id`` the selected row (the first when it is not there)."""
        for index in range(self.periods.topLevelItemCount()):
            item = self.periods.topLevelItem(index)
            if item is not None and item.data(0, PERIOD_ROLE) == period_id:
                self.periods.setCurrentItem(item)
                break
        else:
            if (first := self.periods.topLevelItem(0)) is not None:
                self.periods.setCurrentItem(first)
        self._update_buttons()

    def _update_buttons(self) -> None:
        period = self.chosen()
        open_ = period is not None and not period.rapporterad
        for button in (self.edit_button, self.remove_button, self.report_button):
            button.setEnabled(open_)
        self.reopen_button.setEnabled(period is not None and period.rapporterad)
        self.show_button.setEnabled(period is not None)

    def _show_settings(self) -> None:
        levels = self.context.plan.bedomningsskala
        self.scale_text.setText(
            " ".join(
                f'<span style="color:{level.farg}">●</span>&nbsp;{_escaped(level.namn)}'
                for level in levels
            )
            or tr("(ingen nivå)")
        )
        if not self.threshold.hasFocus():
            self.threshold.setText(format_number(self.context.plan.uppgifter.avvikelsegrans))

    # --- one period's texts -----------------------------------------------------------------

    def _build_period_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 0)
        self.period_line = QLabel()
        self.period_line.setObjectName("periodRad")
        self.period_line.setWordWrap(True)
        layout.addWidget(self.period_line)
        self.texts: dict[str, QPlainTextEdit] = {}
        for name, label, accessible, placeholder in TEXTS:
            field = QPlainTextEdit()
            field.setObjectName(name)
            field.setAccessibleName(tr(accessible))
            field.setPlaceholderText(tr(placeholder))
            field.setTabChangesFocus(True)
            field.installEventFilter(self)
            field.installEventFilter(self._undo_keys)
            self.texts[name] = field
            layout.addWidget(buddy_label(tr(label), field))
            layout.addWidget(field, 1)
        buttons = QHBoxLayout()
        self.period_report_button = tool_button(
            tr("&Markera som rapporterad…"),
            tr("Uppföljningen har rapporterats till nämnden och låses"),
            icon="lock",
        )
        self.period_reopen_button = view_only(
            tool_button(
                tr("&Öppna för ändringar…"),
                tr("Öppna den rapporterade uppföljningen igen"),
                icon="lock-open",
            )
        )
        self.period_report_button.clicked.connect(self.report_period)
        self.period_reopen_button.clicked.connect(self.reopen_period)
        buttons.addWidget(self.period_report_button)
        buttons.addWidget(self.period_reopen_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _show_period(self, period: Uppfoljning) -> None:
        end = ""
        if period.slutdatum:
            end = tr(", t.o.m. {date}").format(date=format_date(period.slutdatum))
        state = tr("Ej rapporterad.")
        if period.rapporterad and period.rapporterad_datum:
            when = format_date(period.rapporterad_datum)
            state = tr("Rapporterad – låst (rapporterad {date}).").format(date=when)
        elif period.rapporterad:
            state = tr("Rapporterad – låst.")
        self.period_line.setText(
            f"<b>{_escaped(period.namn)}</b> – {period.slag_text} {period.ar}{end}. {state}"
        )
        for name, field in self.texts.items():
            saved = str(getattr(period, name))
            if field.toPlainText() != saved:
                field.setPlainText(saved)
        self._text_period = period.id
        # (Hidden while read-only: the workspace shows it again, then asks here.)
        whole = self.context.permissions.can_edit_plan  # a period is the plan's, not a verksamhet's
        self.period_report_button.setVisible(
            not period.rapporterad and not self.context.follow_up_read_only and whole
        )
        self.period_reopen_button.setVisible(
            period.rapporterad and not self.context.session.read_only and whole
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and watched in self.texts.values():
            self.save_texts()
        return False

    def save_texts(self) -> None:
        """Save every summary text that differs from the period's, as one step."""
        period = (
            None if self._text_period is None else self.context.plan.uppfoljning(self._text_period)
        )
        if period is None or period.rapporterad or self.context.session.read_only:
            return
        fields: dict[str, Any] = {
            name: field.toPlainText()
            for name, field in self.texts.items()
            if field.toPlainText() != str(getattr(period, name))
        }
        if fields:
            self.context.edit_follow_up(
                tr("Ändra uppföljningens texter"),
                partial(
                    update_period, period_id=period.id, fields=fields, seen=period.version or None
                ),
            )

    # --- the editor -------------------------------------------------------------------------

    def _period_changed(self, period_id: object) -> None:
        self.save_texts()  # what was typed belongs to the period it was typed in
        self.on_changed(None)

    def on_changed(self, change: object) -> None:
        period = self.context.period
        if period is None:
            self.help.setText(tr(PLAN_HELP))
            self.pages.setCurrentWidget(self.plan_page)
            self.header.actions_box.show()
            self._fill_periods()
            self._show_settings()
            self._text_period = None
        else:
            self.help.setText(tr(PERIOD_HELP))
            self.pages.setCurrentWidget(self.period_page)
            self.header.actions_box.hide()  # new periods are made in the plan's list
            self._show_period(period)

    def flush(self) -> None:
        self.save_texts()
        if self.threshold.hasFocus():
            self._save_threshold()

    def focus_finding(self, finding: Finding) -> None:
        field = self.texts.get(finding.field or "")
        if self.context.period is not None and field is not None:
            field.setFocus()
            flash(field)
        elif self.context.period is None:
            self.periods.setFocus()
        else:
            self.setFocus()

    def show_change(self, place: Place) -> bool:
        if self.context.period is None and isinstance(place.item_id, int):
            self.select_period(place.item_id)
            self.periods.setFocus()
            return True
        return False

    # --- actions ----------------------------------------------------------------------------

    def _save_threshold(self) -> None:
        shown = format_number(self.context.plan.uppgifter.avvikelsegrans)
        text = self.threshold.text().strip().removesuffix("%").strip()
        if text == shown:
            return
        if not text:
            self.context.failed.emit(tr("Skriv gränsen för avvikelser i procent, t.ex. 5."))
            self.threshold.setText(shown)
            return
        self.context.edit_follow_up(
            tr("Ändra gränsen för avvikelser"),
            partial(
                set_deviation_threshold,
                procent=text,
                seen=self.context.plan.uppgifter.avvikelsegrans,
            ),
        )
        # Saved or refused, the field shows the plan's value (the refusal says why).
        self.threshold.setText(format_number(self.context.plan.uppgifter.avvikelsegrans))

    def new_periods(self) -> None:
        # Deferred: the dialog is built only when the user asks for it.
        from vplan_desktop.ui.follow_up_templates_dialog import NewPeriodsDialog

        before = {p.id for p in self.context.plan.uppfoljningar}
        if NewPeriodsDialog(self.context, self.window()).exec():
            added = [p.id for p in self.context.plan.uppfoljningar if p.id not in before]
            self.select_period(added[0] if added else None)

    def new_period(self) -> None:
        # Deferred: the dialog is built only when the user asks for it.
        from vplan_desktop.ui.follow_up_period_dialog import PeriodDialog

        before = {p.id for p in self.context.plan.uppfoljningar}
        if PeriodDialog(self.context, None, self.window()).exec():
            added = [p.id for p in self.context.plan.uppfoljningar if p.id not in before]
            self.select_period(added[0] if added else None)

    def edit_period(self) -> None:
        # Deferred: the dialog is built only when the user asks for it.
        from vplan_desktop.ui.follow_up_period_dialog import PeriodDialog

        period = self.chosen()
        if period is not None:
            PeriodDialog(self.context, period, self.window()).exec()

    def remove_period(self) -> None:
        period = self.chosen()
        if period is None:
            return
        question = tr(
            "Ta bort uppföljningen ”{name}” och allt som skrivits in i den "
            "(bedömningar, utfall, status och texter)?"
        ).format(name=period.namn)
        if may_remove(self.window(), question):
            self.context.edit_follow_up(tr("Ta bort uppföljning"), seen.delete_period(period))

    def _target(self) -> Uppfoljning | None:
        return self.context.period or self.chosen()

    def report_period(self) -> None:
        # Deferred: the dialog is built only when the user asks for it.
        from vplan_desktop.ui.follow_up_report_dialog import ReportDialog

        self.save_texts()
        if (period := self._target()) is not None:
            ReportDialog(self.context, period.id, self.window()).exec()

    def reopen_period(self) -> None:
        # Deferred: the dialog is built only when the user asks for it.
        from vplan_desktop.ui.follow_up_reopen_dialog import ReopenPeriodDialog

        if (period := self._target()) is not None:
            ReopenPeriodDialog(self.context, period.id, self.window()).exec()

    def show_chosen(self) -> None:
        """Show the selected period in every section (as choosing it under Visa does)."""
        if (period := self.chosen()) is not None:
            self.context.set_period(period.id)

    def edit_scale(self) -> None:
        # Deferred: the dialog is built only when the user asks for it.
        from vplan_desktop.ui.assessment_scale_dialog import AssessmentScaleDialog

        AssessmentScaleDialog(self.context, self.window()).exec()

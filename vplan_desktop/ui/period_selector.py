"""The bar over the workspace: "Visa: Planen / Delår april 2027 / …", and what is shown.

Choosing a follow-up period turns the sections into follow-up mode (``PlanContext.set_period``);
the bar then says which period is shown, and that it is locked once it is reported.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from vplan_desktop.follow_up_data import Uppfoljning
from vplan_desktop.formatting import format_date
from vplan_desktop.ui.context import PlanContext
from vplan_desktop.ui.i18n import QT_TR_NOOP, tr
from vplan_desktop.ui.read_only import view_only
from vplan_desktop.ui.style import repolish

PLAN_CHOICE = QT_TR_NOOP("Planen")
SHORTCUT = "Ctrl+Shift+U"
REPORTED_MARK = QT_TR_NOOP(" ✓ (rapporterad)")

STATES = ("plan", "period", "reported")
"""The bar's ``tillstand`` property; ui/style.py gives each its colours."""


def choice_text(period: Uppfoljning) -> str:
    """A period as the selector lists it: its name, marked when it is reported."""
    return period.namn + (tr(REPORTED_MARK) if period.rapporterad else "")


def banner_text(period: Uppfoljning) -> str:
    """What the bar says while ``period`` is shown."""
    end = tr(", t.o.m. {date}").format(date=format_date(period.slutdatum))
    end = end if period.slutdatum else ""
    if period.rapporterad:
        when = f" {format_date(period.rapporterad_datum)}" if period.rapporterad_datum else ""
        return tr(
            "<b>{name} – Rapporterad – låst.</b> Rapporterad till nämnden{when}; den kan "
            "läsas men inte ändras."
        ).format(name=_escaped(period.namn), when=when)
    return tr(
        "<b>Uppföljning: {name}</b> ({kind} {year}{end}). Här skrivs periodens utfall in; "
        "planen själv ändras inte."
    ).format(name=_escaped(period.namn), kind=period.slag_text.lower(), year=period.ar, end=end)


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class PeriodBar(QWidget):
    """The period selector and the line saying which period is shown."""

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("periodBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        self.combo = view_only(QComboBox())
        self.combo.setObjectName("visa")
        self.combo.setAccessibleName(tr("Visa"))
        self.combo.setAccessibleDescription(tr("Planen eller en av dess uppföljningar"))
        self.combo.setToolTip(
            tr(
                "Visa planen eller en uppföljning (delårsrapport, årsredovisning) ({shortcut})"
            ).format(shortcut=SHORTCUT)
        )
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.setMinimumContentsLength(14)
        label = QLabel(tr("&Visa:"))
        label.setBuddy(self.combo)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        self.text = QLabel()
        self.text.setObjectName("periodText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.text, 1)
        self.reopen_button = view_only(QPushButton(tr("Öppna uppföljningen för ändringar…")))
        self.reopen_button.setObjectName("oppnaUppfoljning")
        self.reopen_button.clicked.connect(self.reopen)
        layout.addWidget(self.reopen_button)
        self.shortcut = QShortcut(QKeySequence(SHORTCUT), self)
        self.shortcut.activated.connect(self.focus_selector)
        self._listed: list[tuple[int, str]] | None = None
        """The periods listed (None: nothing yet, not even Planen)."""
        self._reopen_here = True
        self.combo.activated.connect(self._chosen)
        context.changed.connect(self._plan_changed)
        context.period_changed.connect(self._period_changed)
        self._fill()
        self._show_state()

    def focus_selector(self) -> None:
        """Put the keyboard on the selector (Ctrl+Shift+U)."""
        self.combo.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def choices(self) -> list[str]:
        """The selector's entries as the user sees them."""
        return [self.combo.itemText(i) for i in range(self.combo.count())]

    def _fill(self) -> None:
        periods = self.context.plan.uppfoljningar
        listed = [(p.id, choice_text(p)) for p in periods]
        if listed != self._listed:
            self._listed = listed
            self.combo.blockSignals(True)
            self.combo.clear()
            self.combo.addItem(tr(PLAN_CHOICE), None)
            for period_id, text in listed:
                self.combo.addItem(text, period_id)
            self.combo.blockSignals(False)
        index = self.combo.findData(self.context.period_id)
        self.combo.setCurrentIndex(max(index, 0))

    def _chosen(self, index: int) -> None:
        self.context.set_period(self.combo.itemData(index))

    def _plan_changed(self, change: object) -> None:
        self._fill()
        self._show_state()

    def _period_changed(self, period_id: object) -> None:
        self._fill()
        self._show_state()

    def _show_state(self) -> None:
        period = self.context.period
        if period is None:
            state, text = "plan", ""
        else:
            state = "reported" if period.rapporterad else "period"
            text = banner_text(period)
        self.setProperty("tillstand", state)
        repolish(self)
        self.text.setText(text)
        self.reopen_button.setVisible(
            state == "reported"
            and self._reopen_here
            and not self.context.session.read_only
            and self.context.permissions.can_edit_plan  # the period is the plan's
        )

    def set_reopen_here(self, shown: bool) -> None:
        """Offer to open a reported period here (not where the section has its own button)."""
        self._reopen_here = shown
        self._show_state()

    def reopen(self) -> None:
        """Ask why the reported period shown must change, and open it for edits."""
        # Deferred: the dialog is needed only when a reported period is opened again.
        from vplan_desktop.ui.follow_up_reopen_dialog import ReopenPeriodDialog

        period = self.context.period
        if period is not None and period.rapporterad:
            ReopenPeriodDialog(self.context, period.id, self.window()).exec()

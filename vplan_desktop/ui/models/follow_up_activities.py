"""The plan's activities at a follow-up period: the plan's name, link, ansvarig and end date
beside the period's status, comment and revised end date.

A status is shown as a marker of its own shape and colour and as its word, so it is read
without telling colours apart. A row whose end date has passed the period's end while it is
still "Pågår" or "Ej påbörjad" is tinted, marked and says why in its tooltip (the same rule
as Granskning's).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap, QPolygonF

from vplan_desktop import domain as d
from vplan_desktop.colours import text_colour_on
from vplan_desktop.db.enums import UppfoljningStatus
from vplan_desktop.follow_up_data import (
    STATUS_LABELS,
    AktivitetUppfoljning,
    Uppfoljning,
    status_label,
)
from vplan_desktop.follow_up_progress import activity_end, overdue
from vplan_desktop.formatting import format_date, parse_date
from vplan_desktop.sections import ItemKind, Part
from vplan_desktop.ui.activity_links import link_of, links
from vplan_desktop.ui.context import Edit
from vplan_desktop.ui.i18n import QT_TR_NOOP, tr
from vplan_desktop.ui.models.follow_up_table import FollowUpModel, large_marker
from vplan_desktop.ui.models.table import Column
from vplan_desktop.ui.style import ToneUse, tone

NAMN, MAL, ANSVARIG, SLUTDATUM, STATUS, KOMMENTAR, REVIDERAT = range(7)
"""The grid's columns."""
NO_STATUS_LABEL = ""
STATUS_CHOICES: list[tuple[str, Any]] = [(NO_STATUS_LABEL, None)] + [
    (label, s.value) for s, label in STATUS_LABELS.items()
]
STATUS_ORDER = {status: rank for rank, status in enumerate(UppfoljningStatus, start=1)}
PASSED = QT_TR_NOOP("Slutdatum har passerats")
PASSED_TINT = tone("passerat", "#fde7e4", "#5a2a26", ToneUse.FILL)
"""Behind a row whose end date has passed: a light red the text stays readable on."""
STATUS_COLOURS = {
    UppfoljningStatus.EJ_PABORJAD: tone("statusEjPaborjad", "#757575", "#9a9a9a", ToneUse.MARK),
    UppfoljningStatus.PAGAR: tone("statusPagar", "#1565c0", "#64a8f0", ToneUse.MARK),
    UppfoljningStatus.KLAR: tone("statusKlar", "#2e7d32", "#66bb6a", ToneUse.MARK),
    UppfoljningStatus.AVBRUTEN: tone("statusAvbruten", "#c62828", "#ef5350", ToneUse.MARK),
    UppfoljningStatus.SENARELAGD: tone("statusSenarelagd", "#c65a00", "#ffa040", ToneUse.MARK),
}
"""Each status's colour (a light/dark pair, ui/style.py): 3:1 against the grid, its tinted
rows and the window in either scheme (WCAG 1.4.11)."""


@dataclass(frozen=True)
class ActivityRow:
    """An activity and what the shown period holds for it."""

    id: int
    activity: d.Aktivitet
    given: AktivitetUppfoljning
    end: dt.date | None
    """The end date the period knows (revised at the period, else in the plan)."""
    passed: bool
    """Its end date passed before the period's end while it is still to be done."""


def activity_rows(plan: d.PlanSnapshot, period: Uppfoljning) -> list[ActivityRow]:
    rows = []
    for a in plan.aktiviteter:
        given = period.activity(a.id)
        rows.append(ActivityRow(a.id, a, given, activity_end(a, period), overdue(a, period)))
    return rows


def status_value(value: Any) -> str | None:
    """The status a picked, typed or pasted cell means: blank is none, a label ("Pågår", any
    case) names its status; anything else goes to the service, which says it is no choice."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, str):
        folded = value.strip().casefold()
        for status, label in STATUS_LABELS.items():
            if folded in (label.casefold(), status.value):
                return status.value
    return value  # type: ignore[no-any-return]


def date_value(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return parse_date(str(value))


_ICONS: dict[tuple[UppfoljningStatus, int], QIcon] = {}
"""The markers drawn, by status and colour (a marker is drawn again in the other scheme)."""


def status_marker(status: UppfoljningStatus) -> QIcon:
    """A status's marker, a shape of its own in its colour: an open ring (ej påbörjad), a half
    filled ring (pågår), a disc with a tick (klar), a cross (avbruten), a clock (senarelagd)."""
    key = (status, STATUS_COLOURS[status].rgba())
    if key in _ICONS:
        return _ICONS[key]
    size = 32  # drawn large and scaled down by the view: sharp on high-DPI screens
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(STATUS_COLOURS[status])
    ring = QRectF(4, 4, size - 8, size - 8)
    # The sign on a filled marker: black or white, whichever reads better on its colour.
    sign = QColor(text_colour_on(colour.name()))
    sign_pen = QPen(sign, 4.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    if status is UppfoljningStatus.EJ_PABORJAD:
        painter.setPen(QPen(colour, 3.5))
        painter.drawEllipse(ring)
    elif status is UppfoljningStatus.PAGAR:
        painter.setPen(QPen(colour, 3.5))
        painter.drawEllipse(ring)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPie(ring, 90 * 16, 180 * 16)  # the left half filled: under way
    elif status is UppfoljningStatus.KLAR:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(ring)
        painter.setPen(sign_pen)
        painter.drawPolyline(QPolygonF([QPointF(10, 16.5), QPointF(14.5, 21), QPointF(22, 11.5)]))
    elif status is UppfoljningStatus.AVBRUTEN:
        painter.setPen(QPen(colour, 5.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(QPointF(8, 8), QPointF(24, 24))
        painter.drawLine(QPointF(24, 8), QPointF(8, 24))
    else:  # senarelagd: a clock
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(ring)
        painter.setPen(sign_pen)
        painter.drawLine(QPointF(16, 16), QPointF(16, 9))
        painter.drawLine(QPointF(16, 16), QPointF(21, 19))
    painter.end()
    _ICONS[key] = QIcon(pixmap)
    return _ICONS[key]


class FollowUpActivityModel(FollowUpModel):
    """One row per activity of the plan; the period's columns are editable."""

    kind = ItemKind.UPPFOLJNING_AKTIVITET
    parts = (
        Part.AKTIVITETER,
        Part.NAMNDSMAL,
        Part.MALOMRADEN,
        Part.UPPGIFTER,
        Part.UPPFOLJNINGAR,
    )
    row_parts = (Part.AKTIVITETER, Part.UPPFOLJNINGAR)

    def period_rows(self, period: Uppfoljning) -> Sequence[ActivityRow]:
        return activity_rows(self.context.plan, period)

    def columns(self) -> list[Column]:
        tied = links(self.context.plan)
        labels = {link.key: link.label for link in tied}
        order = {link.key: n for n, link in enumerate(tied)}

        def passed_tip(tip: Callable[[ActivityRow], str]) -> Callable[[ActivityRow], str]:
            def shown(r: ActivityRow) -> str:
                own = tip(r)
                if not r.passed:
                    return own
                why = tr("{passed} ({date}) men aktiviteten har status ”{status}”.").format(
                    passed=tr(PASSED), date=format_date(r.end), status=status_label(r.given.status)
                )
                return f"{why}\n{own}" if own else why

            return shown

        def tint(r: ActivityRow) -> QColor | None:
            return PASSED_TINT if r.passed else None

        return [
            Column(
                tr("Aktivitet"),
                lambda r: r.activity.namn,
                tooltip=passed_tip(lambda r: r.activity.beskrivning),
                background=tint,
                field="namn",
            ),
            Column(
                tr("Mål"),
                lambda r: labels.get(link_of(r.activity), ""),
                sort_key=lambda r: order.get(link_of(r.activity), len(order)),
                tooltip=passed_tip(lambda r: labels.get(link_of(r.activity), "")),
                background=tint,
                accessible=tr("Kopplad till"),
                field="namndsmal_id",
            ),
            Column(
                tr("Ansvarig"),
                lambda r: r.activity.ansvarig,
                tooltip=passed_tip(lambda r: ""),
                background=tint,
                field="ansvarig",
            ),
            Column(
                tr("Slutdatum"),
                lambda r: format_date(r.activity.slutdatum_reviderat or r.activity.slutdatum),
                sort_key=lambda r: r.end or dt.date.max,
                tooltip=passed_tip(self._plan_end_tip),
                background=tint,
                accessible=tr("Slutdatum i planen"),
                field="slutdatum",
            ),
            Column(
                tr("Status"),
                lambda r: status_label(r.given.status),
                edit_value=lambda r: None if r.given.status is None else r.given.status.value,
                choices=lambda r: STATUS_CHOICES,
                commit=self._status,
                sort_key=lambda r: STATUS_ORDER.get(r.given.status, 0),
                tooltip=passed_tip(lambda r: ""),
                background=tint,
                field="status",
            ),
            Column(
                tr("Kommentar"),
                lambda r: r.given.kommentar,
                commit=self._comment,
                tooltip=passed_tip(lambda r: r.given.kommentar),
                background=tint,
                field="kommentar",
            ),
            Column(
                tr("Reviderat slutdatum"),
                lambda r: format_date(r.given.slutdatum_reviderat),
                editor="date",
                commit=self._revised,
                sort_key=lambda r: r.given.slutdatum_reviderat or dt.date.max,
                tooltip=passed_tip(
                    lambda r: tr("Nytt slutdatum som uppföljningen anger (planen ändras inte).")
                ),
                background=tint,
                field="slutdatum_reviderat",
            ),
        ]

    @staticmethod
    def _plan_end_tip(r: ActivityRow) -> str:
        a = r.activity
        if a.slutdatum_reviderat and a.slutdatum:
            return tr("Reviderat i planen; först {date}.").format(date=format_date(a.slutdatum))
        return ""

    def decoration(self, row: Any, column: int) -> QIcon | None:
        if column == STATUS and row.given.status is not None:
            return status_marker(row.given.status)
        if column == SLUTDATUM and row.passed:
            return large_marker()
        return None

    def editable_row(self, row: Any, column: int) -> bool:
        return not self.context.follow_up_read_only

    def writes(self, row: Any, column: int) -> tuple[str, int | None]:
        return "uppfoljning_aktivitet", row.activity.verksamhet_id

    def _status(self, row: ActivityRow, value: Any) -> tuple[str, Edit]:
        return self.follow_up_edit(tr("Ändra status"), row.id, {"status": status_value(value)})

    def _comment(self, row: ActivityRow, value: Any) -> tuple[str, Edit]:
        return self.follow_up_edit(tr("Ändra kommentar"), row.id, {"kommentar": str(value or "")})

    def _revised(self, row: ActivityRow, value: Any) -> tuple[str, Edit]:
        return self.follow_up_edit(
            tr("Ändra reviderat slutdatum"), row.id, {"slutdatum_reviderat": date_value(value)}
        )

"""The activities table and its filter."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from vplan_desktop import domain as d
from vplan_desktop.errors import InputError
from vplan_desktop.formatting import format_date, format_number, parse_date, parse_number
from vplan_desktop.sections import ItemKind, Part
from vplan_desktop.services import items
from vplan_desktop.services.kinds import MAX_YEAR, MIN_YEAR
from vplan_desktop.ui.activity_links import (
    WHOLE_PLAN_KEY,
    covered,
    find_link,
    link_fields,
    link_of,
    links,
)
from vplan_desktop.ui.context import Edit
from vplan_desktop.ui.i18n import QT_TR_NOOP, tr
from vplan_desktop.ui.models.table import (
    RIGHT,
    SORT_ROLE,
    Column,
    ColumnTableModel,
    review_column,
    review_tint,
)

Index = QModelIndex | QPersistentModelIndex
STATUS_CHOICES: list[tuple[str, Any]] = [(d.UNSET_STATUS_LABEL, None)] + [
    (label, s.value) for s, label in d.AKTIVITET_STATUS_LABELS.items()
]
STATUS_ORDER = {status: rank for rank, status in enumerate(d.AktivitetStatus, start=1)}
"""Sort rank of each status; an unset status (rank 0) sorts first."""
EGEN_TID = QT_TR_NOOP("Egen tid")
REVISED_END = QT_TR_NOOP("Reviderat slutdatum")


def cost_text(a: d.Aktivitet) -> str:
    if a.egen_tid:
        return tr(EGEN_TID)
    if a.kostnad_tkr is None:
        return ""
    return tr("{amount} tkr").format(amount=format_number(a.kostnad_tkr))


def cost_fields(value: Any) -> dict[str, Any]:
    """The fields for a typed cost: "Egen tid", an amount in tkr ("120", "1 450 tkr"), or blank."""
    text = str(value or "").strip()
    if not text:
        return {"kostnad_tkr": None, "egen_tid": False}
    if text.casefold().replace("-", " ") in (EGEN_TID.casefold(), tr(EGEN_TID).casefold()):
        return {"egen_tid": True}
    number = text.removesuffix("tkr").strip()
    try:
        return {"kostnad_tkr": parse_number(number, allow_percent=False)}
    except InputError:
        raise InputError(
            tr("”{text}”: skriv ett belopp i tkr eller ”Egen tid”.").format(text=text)
        ) from None


def _date_value(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return parse_date(str(value))


def year_value(value: Any) -> int | None:
    """The year a typed or pasted cell means ("2027"); blank is no year."""
    if value is None or isinstance(value, int):
        return value
    text = str(value).strip()
    if not text:
        return None
    if not (text.isascii() and text.isdigit()) or not MIN_YEAR <= int(text) <= MAX_YEAR:
        raise InputError(
            tr("”{text}” är inget årtal. Skriv ett år från {first} till {last}.").format(
                text=text, first=MIN_YEAR, last=MAX_YEAR
            )
        )
    return int(text)


class ActivityModel(ColumnTableModel):
    parts = (
        Part.AKTIVITETER,
        Part.NAMNDSMAL,
        Part.MALOMRADEN,
        Part.VERKSAMHETER,
        Part.UPPGIFTER,
    )
    row_parts = (Part.AKTIVITETER,)

    def rows(self) -> Sequence[d.Aktivitet]:
        return self.context.plan.aktiviteter

    def link_choices(self, row: Any = None) -> list[tuple[str, Any]]:
        """ "Kopplad till": the whole plan, each målområde, its goals indented under it."""
        return [(link.indented, link.key) for link in links(self.context.plan)]

    def verksamhet_choices(self, row: Any = None) -> list[tuple[str, Any]]:
        permissions = self.context.permissions
        allowed = [
            (v.namn, v.id)
            for v in self.context.plan.verksamheter
            if permissions.may_edit_verksamhet(v.id)
        ]
        # A redaktör for some verksamheter keeps her activities among them.
        return allowed if permissions.limited else [("–", None), *allowed]

    def writes(self, row: Any, column: int) -> tuple[str, int | None]:
        return "aktivitet", row.verksamhet_id

    def columns(self) -> list[Column]:
        tied = links(self.context.plan)
        labels = {link.key: link.label for link in tied}
        order = {link.key: n for n, link in enumerate(tied)}
        units = {v.id: v.namn for v in self.context.plan.verksamheter}
        return [
            Column(
                tr("Aktivitet"),
                lambda a: a.namn,
                commit=partial(self._text, "namn"),
                tooltip=lambda a: a.beskrivning,
                field="namn",
                foreground=review_tint,
            ),
            Column(
                tr("Kopplad till"),
                lambda a: labels.get(link_of(a), ""),
                edit_value=link_of,
                choices=self.link_choices,
                commit=self._link,
                sort_key=lambda a: order.get(link_of(a), len(order)),
                field="namndsmal_id",
            ),
            Column(
                tr("Ansvarig"),
                lambda a: a.ansvarig,
                commit=partial(self._text, "ansvarig"),
                field="ansvarig",
            ),
            Column(
                tr("År"),
                lambda a: "" if a.ar is None else str(a.ar),
                commit=self._year,
                sort_key=lambda a: a.ar or MAX_YEAR + 1,
                field="ar",
            ),
            Column(
                tr("Start"),
                lambda a: format_date(a.startdatum),
                editor="date",
                commit=partial(self._date, "startdatum"),
                sort_key=lambda a: a.startdatum or dt.date.max,
                field="startdatum",
            ),
            Column(
                tr("Slutdatum"),
                lambda a: format_date(a.slutdatum),
                editor="date",
                commit=partial(self._date, "slutdatum"),
                sort_key=lambda a: a.slutdatum or dt.date.max,
                field="slutdatum",
            ),
            Column(
                tr(REVISED_END),
                lambda a: format_date(a.slutdatum_reviderat),
                editor="date",
                commit=partial(self._date, "slutdatum_reviderat"),
                sort_key=lambda a: a.slutdatum_reviderat or dt.date.max,
                field="slutdatum_reviderat",
            ),
            Column(
                tr("Status"),
                lambda a: d.aktivitet_status_label(a.status),
                edit_value=lambda a: None if a.status is None else a.status.value,
                choices=lambda a: STATUS_CHOICES,
                commit=self._status,
                sort_key=lambda a: 0 if a.status is None else STATUS_ORDER[a.status],
                field="status",
            ),
            Column(
                tr("Verksamhet"),
                lambda a: units.get(a.verksamhet_id, ""),
                edit_value=lambda a: a.verksamhet_id,
                choices=self.verksamhet_choices,
                commit=partial(self._value, "verksamhet_id"),
                field="verksamhet_id",
            ),
            Column(
                tr("Kostnad"),
                cost_text,
                commit=self._cost,
                align=RIGHT,
                edit_value=lambda a: (
                    tr(EGEN_TID)
                    if a.egen_tid
                    else ("" if a.kostnad_tkr is None else format_number(a.kostnad_tkr))
                ),
                sort_key=lambda a: -1 if a.egen_tid else (a.kostnad_tkr or 0),
                field="kostnad_tkr",
            ),
            Column(
                tr("Beskrivning"),
                lambda a: a.beskrivning,
                commit=partial(self._text, "beskrivning"),
                field="beskrivning",
            ),
            review_column(ItemKind.AKTIVITET),
        ]

    def _update(self, activity: d.Aktivitet, **fields: Any) -> tuple[str, Edit]:
        return tr("Ändra aktivitet"), partial(
            items.update_item,
            kind_name=ItemKind.AKTIVITET,
            item_id=activity.id,
            fields=fields,
            seen=activity.version,
        )

    def _text(self, name: str, activity: d.Aktivitet, value: Any) -> tuple[str, Edit]:
        return self._update(activity, **{name: str(value or "")})

    def _value(self, name: str, activity: d.Aktivitet, value: Any) -> tuple[str, Edit]:
        return self._update(activity, **{name: value})

    def _date(self, name: str, activity: d.Aktivitet, value: Any) -> tuple[str, Edit]:
        return self._update(activity, **{name: _date_value(value)})

    def _year(self, activity: d.Aktivitet, value: Any) -> tuple[str, Edit]:
        return self._update(activity, ar=year_value(value))

    def _link(self, activity: d.Aktivitet, value: Any) -> tuple[str, Edit]:
        """A picked link (its key), or a typed or pasted text naming one."""
        if value is None:
            key = WHOLE_PLAN_KEY
        elif isinstance(value, int) and not isinstance(value, bool):
            key = value
        else:
            key = find_link(self.context.plan, str(value))
        return tr("Ändra koppling"), partial(
            items.update_item,
            kind_name=ItemKind.AKTIVITET,
            item_id=activity.id,
            fields=link_fields(key),
            seen=activity.version,
        )

    def _cost(self, activity: d.Aktivitet, value: Any) -> tuple[str, Edit]:
        return self._update(activity, **cost_fields(value))

    def _status(self, activity: d.Aktivitet, value: Any) -> tuple[str, Edit]:
        return self._update(activity, status=status_value(value))


def status_value(value: Any) -> Any:
    """The status a picked, pasted or cleared cell means: blank is no status, and a label
    ("Pågår") names its status; any other value is left for the service to check."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, str):
        folded = value.strip().casefold()
        for label, status in STATUS_CHOICES:
            if folded == label.casefold():
                return status
    return value


NO_STATUS = ""
"""The status filter's value for activities without a status."""
SHORT_HEADERS = {REVISED_END: QT_TR_NOOP("Reviderat\nslutdatum")}
"""Headers the table shows on two lines, so that their columns stay as narrow as a date (a
message about a cell names the column on one line, from the model)."""


class ActivityFilter(QSortFilterProxyModel):
    """Filters by link, status, ansvarig and free text; sorts by each column's sort key."""

    def __init__(self) -> None:
        super().__init__()
        self.link: int | None = None  # None: all; else a link (activity_links), with all under it
        self.status: str | None = None  # None: all; NO_STATUS: activities without a status
        self.ansvarig: str | None = None
        self.text = ""
        self._covered: tuple[object, int | None, set[int]] = (None, None, set())
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_filter(self, **values: Any) -> None:
        self.beginFilterChange()
        for name, value in values.items():
            setattr(self, name, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        header = super().headerData(section, orientation, role)
        if role == Qt.ItemDataRole.DisplayRole and isinstance(header, str):
            short = {tr(long): tr(two_lines) for long, two_lines in SHORT_HEADERS.items()}
            return short.get(header, header)
        return header

    def _links_shown(self, model: ActivityModel, link: int) -> set[int]:
        """The links the link filter lets through, worked out once per goal tree."""
        goals, shown_for, shown = self._covered
        plan = model.context.plan
        if goals is not plan.namndsmal or shown_for != link:
            shown = covered(plan, link)
            self._covered = (plan.namndsmal, link, shown)
        return shown

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, ActivityModel)
        a: d.Aktivitet = model.row_at(source_row)
        if self.link is not None and link_of(a) not in self._links_shown(model, self.link):
            return False
        if self.status is not None and (a.status.value if a.status else NO_STATUS) != self.status:
            return False
        if self.ansvarig is not None and a.ansvarig != self.ansvarig:
            return False
        if self.text:
            haystack = " ".join((a.namn, a.beskrivning, a.ansvarig)).casefold()
            return all(word in haystack for word in self.text.casefold().split())
        return True

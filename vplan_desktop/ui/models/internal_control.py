"""The internal-control table: pickers for sannolikhet and konsekvens with the plan's level
names, the risk value computed and coloured by the plan's bands, with the band's name beside it
(not by colour alone) in black or white, whichever reads better on the band's colour."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel
from PySide6.QtGui import QColor

from vplan_desktop import domain as d
from vplan_desktop.colours import is_colour, text_colour_on
from vplan_desktop.sections import ItemKind, Part
from vplan_desktop.services import items
from vplan_desktop.ui.context import Edit
from vplan_desktop.ui.i18n import QT_TR_NOOP, tr
from vplan_desktop.ui.models.table import (
    SORT_ROLE,
    Column,
    ColumnTableModel,
    review_column,
    review_tint,
)

Index = QModelIndex | QPersistentModelIndex

TEXT_COLUMNS = [
    ("kontrollmoment", QT_TR_NOOP("Kontrollmoment")),
    ("kontrollansvar", QT_TR_NOOP("Kontrollansvar")),
    ("frekvens", QT_TR_NOOP("Frekvens")),
    ("metod", QT_TR_NOOP("Metod")),
    ("rapportering_till", QT_TR_NOOP("Rapportering till")),
    ("rapportering_nar", QT_TR_NOOP("När")),
]


def level_text(level: int | None, labels: tuple[str, ...]) -> str:
    if level is None:
        return ""
    return f"{level} {labels[level - 1]}" if 0 < level <= len(labels) else str(level)


def _band_name(scale: d.RiskScale, row: d.Internkontroll) -> str:
    band = scale.band_for(row.riskvarde) if row.riskvarde is not None else None
    return band.namn if band else ""


def risk_text(scale: d.RiskScale, row: d.Internkontroll) -> str:
    """ "6 Måttlig": the risk value and its band's name; "" when the risk is not scored."""
    if row.riskvarde is None:
        return ""
    return f"{row.riskvarde} {_band_name(scale, row)}".strip()


class InternalControlModel(ColumnTableModel):
    parts = (Part.INTERNKONTROLL, Part.RISKSKALA, Part.UPPGIFTER)
    row_parts = (Part.INTERNKONTROLL,)

    def rows(self) -> Sequence[d.Internkontroll]:
        return self.context.plan.internkontroll

    def columns(self) -> list[Column]:
        scale = self.context.plan.riskskala

        def choices(labels: tuple[str, ...]) -> list[tuple[str, Any]]:
            return [("–", None)] + [(level_text(n, labels), n) for n in range(1, scale.storlek + 1)]

        def band_of(row: d.Internkontroll) -> d.RiskBand | None:
            band = scale.band_for(row.riskvarde) if row.riskvarde is not None else None
            return band if band and is_colour(band.farg) else None

        def band_colour(row: d.Internkontroll) -> QColor | None:
            band = band_of(row)
            return QColor(band.farg) if band else None

        def band_text_colour(row: d.Internkontroll) -> QColor | None:
            band = band_of(row)
            return QColor(text_colour_on(band.farg)) if band else None

        return [
            Column(
                tr("Process/rutin"),
                lambda r: r.process,
                commit=partial(self._text, "process"),
                field="process",
                foreground=review_tint,
            ),
            Column(tr("Risk"), lambda r: r.risk, commit=partial(self._text, "risk"), field="risk"),
            Column(
                tr("Sannolikhet"),
                lambda r: level_text(r.sannolikhet, scale.sannolikhet),
                edit_value=lambda r: r.sannolikhet,
                choices=lambda r: choices(scale.sannolikhet),
                commit=partial(self._value, "sannolikhet"),
                sort_key=lambda r: r.sannolikhet or 0,
                field="sannolikhet",
            ),
            Column(
                tr("Konsekvens"),
                lambda r: level_text(r.konsekvens, scale.konsekvens),
                edit_value=lambda r: r.konsekvens,
                choices=lambda r: choices(scale.konsekvens),
                commit=partial(self._value, "konsekvens"),
                sort_key=lambda r: r.konsekvens or 0,
                field="konsekvens",
            ),
            Column(
                tr("Riskvärde"),
                partial(risk_text, scale),
                background=band_colour,
                foreground=band_text_colour,
                sort_key=lambda r: r.riskvarde or 0,
                tooltip=partial(_band_name, scale),
                field="riskvarde",
            ),
            *[
                Column(
                    tr(label),
                    partial(lambda n, r: getattr(r, n), name),
                    commit=partial(self._text, name),
                    field=name,
                )
                for name, label in TEXT_COLUMNS
            ],
            review_column(ItemKind.INTERNKONTROLL),
        ]

    def _text(self, name: str, row: d.Internkontroll, value: Any) -> tuple[str, Edit]:
        return self._value(name, row, str(value or ""))

    def _value(self, name: str, row: d.Internkontroll, value: Any) -> tuple[str, Edit]:
        return tr("Ändra kontrollpunkt"), partial(
            items.update_item,
            kind_name=ItemKind.INTERNKONTROLL,
            item_id=row.id,
            fields={name: value},
            seen=row.version,
        )


class RiskCellFilter(QSortFilterProxyModel):
    """Shows only the controls in one cell of the risk matrix (or all)."""

    def __init__(self) -> None:
        super().__init__()
        self.cell: tuple[int, int] | None = None
        self.setSortRole(SORT_ROLE)

    def set_cell(self, cell: tuple[int, int] | None) -> None:
        self.beginFilterChange()
        self.cell = cell
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self.cell is None:
            return True
        model = self.sourceModel()
        assert isinstance(model, InternalControlModel)
        row: d.Internkontroll = model.row_at(source_row)
        return (row.sannolikhet, row.konsekvens) == self.cell

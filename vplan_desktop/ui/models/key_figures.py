"""A key-figure table: rows of nyckeltal, the user's own columns, values that are numbers or
text."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import Any

from vplan_desktop import domain as d
from vplan_desktop.formatting import format_value, parse_value
from vplan_desktop.sections import ItemKind, Part
from vplan_desktop.services import items, values
from vplan_desktop.ui.context import Edit, PlanContext
from vplan_desktop.ui.i18n import tr
from vplan_desktop.ui.models.table import RIGHT, Column, ColumnTableModel

SUB_ROW_INDENT = "\u2003\u2003"
"""Two em spaces before a sub-row's name ("varav …"): the grid has no indent of its own."""


def shown_name(row: d.NyckeltalRad) -> str:
    """A row's name as the grid shows it: a sub-row indented under its main row."""
    return SUB_ROW_INDENT + row.namn if row.niva else row.namn


def main_row(table: d.NyckeltalTabell, row: d.NyckeltalRad) -> d.NyckeltalRad | None:
    """The main row a sub-row belongs to (the nearest main row above); None for a main row."""
    if not row.niva:
        return None
    above = table.rader[: next(n for n, r in enumerate(table.rader) if r.id == row.id)]
    return next((r for r in reversed(above) if not r.niva), None)


class NyckeltalModel(ColumnTableModel):
    parts = (Part.NYCKELTAL, Part.UPPGIFTER)

    def __init__(self, context: PlanContext, table_id: int | None = None) -> None:
        self.table_id = table_id
        super().__init__(context)

    def set_table(self, table_id: int | None) -> None:
        self.table_id = table_id
        self.refresh()

    def table(self) -> d.NyckeltalTabell | None:
        return next((t for t in self.context.plan.nyckeltal if t.id == self.table_id), None)

    def rows(self) -> Sequence[d.NyckeltalRad]:
        table = self.table()
        return table.rader if table else ()

    def columns(self) -> list[Column]:
        table = self.table()
        result = [
            Column(
                tr("Nyckeltal"),
                shown_name,
                commit=partial(self._field, "namn"),
                edit_value=lambda r: r.namn,
                tooltip=partial(self._main_row_of, table),
                accessible=tr("Nyckeltal"),
                field="namn",
            ),
            Column(
                tr("Enhet"), lambda r: r.enhet, commit=partial(self._field, "enhet"), field="enhet"
            ),
        ]
        for column in table.kolumner if table else ():
            result.append(
                Column(
                    column.rubrik,
                    partial(lambda c, r: format_value(r.varden.get(c.id), r.enhet), column),
                    commit=partial(self._set_value, column),
                    edit_value=partial(lambda c, r: format_value(r.varden.get(c.id)), column),
                    align=RIGHT,
                    field=f"kolumn:{column.id}",
                )
            )
        return result

    @staticmethod
    def _main_row_of(table: d.NyckeltalTabell | None, row: d.NyckeltalRad) -> str:
        """A sub-row's tooltip names the row it belongs to."""
        main = main_row(table, row) if table is not None else None
        return tr("Underrad till ”{row}”").format(row=main.namn) if main is not None else ""

    def _field(self, name: str, row: d.NyckeltalRad, text: Any) -> tuple[str, Edit]:
        return tr("Ändra nyckeltal"), partial(
            items.update_item,
            kind_name=ItemKind.NYCKELTAL_RAD,
            item_id=row.id,
            fields={name: text},
            seen=row.version,
        )

    def _set_value(
        self, column: d.NyckeltalKolumn, row: d.NyckeltalRad, text: Any
    ) -> tuple[str, Edit]:
        return tr("Ändra {row}, {column}").format(row=row.namn, column=column.rubrik), partial(
            values.set_nyckeltal_value,
            rad_id=row.id,
            kolumn_id=column.id,
            value=parse_value(str(text or "")),
            seen=row.varden.get(column.id),
        )

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
from vplan_desktop.ui.models.table import RIGHT, Column, ColumnTableModel


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
                "Nyckeltal", lambda r: r.namn, commit=partial(self._field, "namn"), field="namn"
            ),
            Column("Enhet", lambda r: r.enhet, commit=partial(self._field, "enhet"), field="enhet"),
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

    def _field(self, name: str, row: d.NyckeltalRad, text: Any) -> tuple[str, Edit]:
        return "Ändra nyckeltal", partial(
            items.update_item, kind_name=ItemKind.NYCKELTAL_RAD, item_id=row.id, fields={name: text}
        )

    def _set_value(
        self, column: d.NyckeltalKolumn, row: d.NyckeltalRad, text: Any
    ) -> tuple[str, Edit]:
        return f"Ändra {row.namn}, {column.rubrik}", partial(
            values.set_nyckeltal_value,
            rad_id=row.id,
            kolumn_id=column.id,
            value=parse_value(str(text or "")),
        )

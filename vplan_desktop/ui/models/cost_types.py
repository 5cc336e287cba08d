"""The resultaträkning by cost type as a grid: a row per cost type (Intäkter,
Personalkostnader, …) over the resultaträkning's columns, in its unit, then their sum, the
nettokostnad. Avvikelse columns are computed, as in the resultaträkning above it; the amounts
have this table's decimals."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import partial
from typing import Any

from vplan_desktop import budget
from vplan_desktop import domain as d
from vplan_desktop.budget_labels import cost_type_amounts, table_decimals
from vplan_desktop.db.enums import BudgetTabell
from vplan_desktop.sections import ItemKind, Part
from vplan_desktop.services import items, values
from vplan_desktop.ui import seen
from vplan_desktop.ui.context import Edit
from vplan_desktop.ui.i18n import QT_TR_NOOP, tr
from vplan_desktop.ui.models.budget import BudgetGridModel
from vplan_desktop.ui.models.budget_cells import amount_from, computed_note
from vplan_desktop.ui.models.table import Column

TOTAL = QT_TR_NOOP("Nettokostnad")
"""The row under the cost types: their sum."""


@dataclass(frozen=True)
class CostTypeRow:
    kind: str  # "rad" or "summa"
    id: Any
    namn: str
    belopp: dict[int, Decimal | None] = field(default_factory=dict)
    decimals: int = 0
    """The decimals the table's amounts are shown with (``budget_labels.table_decimals``)."""


class CostTypeModel(BudgetGridModel):
    """Cost types × the resultaträkning's columns, then Nettokostnad."""

    parts = (Part.KOSTNADSSLAG, Part.BUDGETKOLUMNER, Part.UPPGIFTER)
    row_parts = (Part.KOSTNADSSLAG,)
    tabell = BudgetTabell.RESULTAT

    def rows(self) -> Sequence[CostTypeRow]:
        table = budget.kostnadsslag(self.context.plan)
        columns = table.columns
        places = table_decimals(cost_type_amounts(table), self.unit())
        rows = [
            CostTypeRow(
                "rad",
                line.rad.id,
                line.rad.namn,
                budget.column_figures(columns, line.belopp),
                places,
            )
            for line in table.lines
        ]
        total = budget.column_figures(columns, table.totals)
        return [*rows, CostTypeRow("summa", "summa", tr(TOTAL), total, places)]

    def row_font_bold(self, row: Any) -> bool:
        return bool(row.kind == "summa")

    def given_total_row(self, row: Any) -> bool:
        return False  # the nettokostnad here is always the cost types' sum

    def editable_row(self, row: Any, column: int) -> bool:
        shown = self.plan_column(column)
        return bool(row.kind == "rad") and (shown is None or not shown.computed)

    def columns(self) -> list[Column]:
        result = [
            Column(
                tr("Kostnadsslag"),
                lambda r: r.namn,
                commit=self._rename,
                field="namn",
            )
        ]
        columns = self.plan_columns()
        for column in columns:
            note = computed_note(columns, column) if column.computed else ""
            result.append(
                self.amount_column(
                    column, partial(self._set_amount, column), partial(lambda n, r: n, note)
                )
            )
        return result

    def _rename(self, row: CostTypeRow, name: Any) -> tuple[str, Edit]:
        return tr("Byt namn på kostnadsslag"), partial(
            items.update_item,
            kind_name=ItemKind.KOSTNADSSLAG_RAD,
            item_id=row.id,
            fields={"namn": name},
            seen=seen.version(self.context.plan, ItemKind.KOSTNADSSLAG_RAD, row.id),
        )

    def _set_amount(self, column: d.BudgetKolumn, row: CostTypeRow, text: Any) -> tuple[str, Edit]:
        return tr("Ändra {row}, {column}").format(row=row.namn, column=column.rubrik), partial(
            values.set_cost_type_amount,
            rad_id=row.id,
            kolumn_id=column.id,
            belopp=amount_from(text),
            seen=seen.cost_type_amount(self.context.plan, row.id, column.id),
        )

"""The budget at a follow-up period: driftbudget, resultaträkning and investeringar with the
year's budget, utfall so far, prognos for the year and the avvikelse beside each other.

Every figure comes from ``follow_up`` (the avvikelse is never worked out here); utfall,
prognos and comments are typed the Swedish way and checked by the service. A deviation beyond
the plan's threshold shows a marker, and its comment cell asks to be written while empty.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import partial
from typing import Any

from PySide6.QtGui import QColor, QIcon

from vplan_desktop import follow_up
from vplan_desktop.budget import RESULTAT_LINES
from vplan_desktop.budget_labels import Table, investment_heading, table_decimals, table_unit
from vplan_desktop.db.enums import BeloppEnhet, BudgetTabell
from vplan_desktop.follow_up import BudgetLine, ResultLines
from vplan_desktop.follow_up_data import Uppfoljning
from vplan_desktop.formatting import format_amount, format_percent
from vplan_desktop.numbers import check_amount
from vplan_desktop.sections import ItemKind, Part
from vplan_desktop.ui.context import Edit
from vplan_desktop.ui.i18n import QT_TR_NOOP, tr
from vplan_desktop.ui.models.budget_cells import computed_colour
from vplan_desktop.ui.models.follow_up_table import (
    NEEDS_TEXT,
    FollowUpModel,
    large_marker,
    utfall_heading,
)
from vplan_desktop.ui.models.table import RIGHT, WARNING_RED, Column, Index

NAMN, BUDGET, UTFALL, PROGNOS, AVVIKELSE, PROCENT, KOMMENTAR = range(7)
"""The grid's columns, the same in the three tables."""

FIGURES = {"utfall": QT_TR_NOOP("Utfallet"), "prognos": QT_TR_NOOP("Prognosen")}


@dataclass(frozen=True)
class AmountRow:
    """A row of a follow-up budget grid: one line of figures and, on the row that shows it,
    the comment of its budget row."""

    kind: str  # "rad" or "summa"
    id: Any
    namn: str
    line: BudgetLine
    item_id: int | None
    """The driftbudget row, resultaträkning row or investment the row follows up."""
    falt: str = ""
    """In the resultaträkning: "intakter", "kostnader" or "netto"."""
    kommentar: str = ""
    shows_comment: bool = False
    """The row whose Kommentar cell holds its budget row's comment (a verksamhet of the
    resultaträkning has one comment for its three lines)."""
    needs_comment: bool = False
    """The budget row's deviation is beyond the threshold and it has no comment."""
    asks_comment: bool = True
    """Whether this line's deviation is the one a comment answers (in the resultaträkning
    the netto's, as Granskning reads it: ``validation.follow_up_rules``)."""
    decimals: int = 0
    grans: Decimal = Decimal(5)
    """The plan's threshold (``avvikelsegrans``), for the marker's text."""


def large_text(row: AmountRow) -> str:
    """What the marker of a large deviation says, or "" when the deviation is not large."""
    if not row.line.stor:
        return ""
    limit = format_percent(row.grans)
    if row.kind == "summa" or not row.asks_comment:
        return tr("Avvikelsen är större än {limit}.").format(limit=limit)
    if not row.kommentar.strip():
        return tr("Avvikelsen är större än {limit} – kommentera den").format(limit=limit)
    return tr("Avvikelsen är större än {limit}; kommenterad.").format(limit=limit)


class FollowUpAmountsModel(FollowUpModel):
    """Budget, utfall, prognos, avvikelse (amount and percent) and a comment per row."""

    table: Table
    name_header = ""
    deviation_tip = ""
    """How the avvikelse is worked out, as the Avvikelse column says when pointed at."""

    def unit(self) -> BeloppEnhet:
        return table_unit(self.context.plan.uppgifter, self.table)

    def period_rows(self, period: Uppfoljning) -> Sequence[AmountRow]:
        rows = self.lines(period)
        amounts = (
            amount
            for row in rows
            for amount in (row.line.budget, row.line.utfall, row.line.prognos, row.line.avvikelse)
        )
        places = table_decimals(amounts, self.unit())
        grans = self.context.plan.uppgifter.avvikelsegrans
        return [
            AmountRow(
                r.kind,
                r.id,
                r.namn,
                r.line,
                r.item_id,
                r.falt,
                r.kommentar,
                r.shows_comment,
                r.needs_comment,
                r.asks_comment,
                places,
                grans,
            )
            for r in rows
        ]

    def lines(self, period: Uppfoljning) -> list[AmountRow]:
        """The grid's rows (their decimals and threshold are filled in afterwards)."""
        raise NotImplementedError

    def row_id(self, row: Any) -> Any:
        return row.id

    def row_font_bold(self, row: Any) -> bool:
        return bool(row.kind == "summa")

    def editable_row(self, row: Any, column: int) -> bool:
        if row.kind != "rad":
            return False
        if column == KOMMENTAR:
            return bool(row.shows_comment)
        return bool(row.falt != "netto")

    def columns(self) -> list[Column]:
        period = self.context.period
        year = period.ar if period is not None else self.context.plan.uppgifter.forsta_ar
        unit = self.unit()

        def amount(header: str, name: str, commit: Any = None, **more: Any) -> Column:
            shown = partial(
                lambda n, r: format_amount(getattr(r.line, n), unit, decimals=r.decimals), name
            )
            return Column(
                header,
                shown,
                commit=commit,
                # Typing starts from the amount as stored, without the zeros the table adds.
                edit_value=partial(lambda n, r: format_amount(getattr(r.line, n), unit), name),
                align=RIGHT,
                sort_key=partial(lambda n, r: getattr(r.line, n) or 0, name),
                field=name,
                accessible=f"{header}, {unit}",
                **more,
            )

        return [
            Column(self.name_heading(), lambda r: r.namn, field="namn", tooltip=self.name_tip),
            amount(
                self.budget_heading(year), "budget", tooltip=lambda r: tr("Planens belopp för året")
            ),
            amount(utfall_heading(period), "utfall", partial(self._amount, "utfall")),
            amount(tr("Prognos helår"), "prognos", partial(self._amount, "prognos")),
            amount(
                tr("Avvikelse"),
                "avvikelse",
                foreground=self._deviation_colour,
                tooltip=lambda r: tr(self.deviation_tip),
            ),
            Column(
                tr("Avvikelse %"),
                lambda r: (
                    "" if r.line.procent is None else format_percent(r.line.procent, decimals=1)
                ),
                align=RIGHT,
                sort_key=lambda r: r.line.procent or 0,
                foreground=self._deviation_colour,
                tooltip=large_text,
                field="procent",
            ),
            Column(
                tr("Kommentar"),
                lambda r: r.kommentar if r.shows_comment else "",
                commit=self._comment,
                background=lambda r: NEEDS_TEXT if r.needs_comment else None,
                tooltip=lambda r: (
                    tr("Avvikelsen är stor: skriv vad den beror på.") if r.needs_comment else ""
                ),
                field="kommentar",
            ),
        ]

    def name_heading(self) -> str:
        return tr(self.name_header)

    def budget_heading(self, year: int) -> str:
        """The heading of the plan's figures for the period's year: its Budget column's (or
        the Plan column's, for a year the plan only plans)."""
        tabell = BudgetTabell.DRIFT if self.table == "drift" else BudgetTabell.RESULTAT
        found = follow_up.budget_column(self.context.plan, tabell, year)
        return tr("Budget {year}").format(year=year) if found is None else found.rubrik

    def prepare(self, index: Index, value: Any) -> tuple[str, Edit] | None:
        prepared = super().prepare(index, value)  # checks the typed amount first
        if prepared is None:
            return None
        row, column = self.row_at(index.row()), index.column()
        if column in (UTFALL, PROGNOS):
            typed = (
                check_amount(str(value), "") if value is not None and str(value).strip() else None
            )
            if typed == getattr(row.line, "utfall" if column == UTFALL else "prognos"):
                return None  # a cell opened and left as it was: no empty undo step
        elif column == KOMMENTAR and str(value or "") == row.kommentar:
            return None
        return prepared

    def name_tip(self, row: AmountRow) -> str:
        return ""

    def _deviation_colour(self, row: AmountRow) -> QColor | None:
        found = row.line.avvikelse
        return WARNING_RED if found is not None and found < 0 else computed_colour()

    def decoration(self, row: Any, column: int) -> QIcon | None:
        return large_marker() if column == PROCENT and row.line.stor else None

    def field_name(self, figure: str, row: AmountRow) -> str:
        """The service's field for the utfall or prognos of ``row``."""
        return figure

    def _amount(self, figure: str, row: AmountRow, text: Any) -> tuple[str, Edit]:
        assert row.item_id is not None
        label = tr(FIGURES[figure])
        # Checked here too, so that a cell refuses a wrong amount before it closes and a paste
        # names the cell; the service gets the text as typed and reads it the same way.
        if text is not None and str(text).strip():
            check_amount(str(text), label)
        given = "" if text is None else str(text)
        return self.follow_up_edit(
            tr("Ändra {figure} för {row}").format(figure=label.lower(), row=row.namn),
            row.item_id,
            {self.field_name(figure, row): given},
        )

    def _comment(self, row: AmountRow, text: Any) -> tuple[str, Edit]:
        assert row.item_id is not None
        return self.follow_up_edit(
            tr("Ändra kommentar för {row}").format(row=row.namn),
            row.item_id,
            {"kommentar": str(text or "")},
        )


def _row(line: BudgetLine, **more: Any) -> AmountRow:
    """A row of one budget row (drift, investment): it shows its own comment."""
    return AmountRow(
        "rad",
        line.rad_id,
        line.namn,
        line,
        line.rad_id,
        kommentar=line.kommentar,
        shows_comment=True,
        needs_comment=line.stor and not line.kommentar.strip(),
        **more,
    )


class FollowUpDriftModel(FollowUpAmountsModel):
    """Each verksamhet's nettokostnad at the period, then the Summa row."""

    kind = ItemKind.UPPFOLJNING_DRIFT
    parts = (
        Part.UPPFOLJNINGAR,
        Part.DRIFTBUDGET,
        Part.VERKSAMHETER,
        Part.BUDGETKOLUMNER,
        Part.UPPGIFTER,
    )
    row_parts = (Part.UPPFOLJNINGAR,)
    table = "drift"
    name_header = QT_TR_NOOP("Verksamhet")
    deviation_tip = QT_TR_NOOP("Budget minus prognos för helåret; ett minus är ett underskott.")

    def writes(self, row: Any, column: int) -> tuple[str, int | None]:
        rad = next((r for r in self.context.plan.driftbudget if r.id == row.item_id), None)
        return "uppfoljning_drift", None if rad is None else rad.verksamhet_id

    def lines(self, period: Uppfoljning) -> list[AmountRow]:
        rows = [_row(line) for line in follow_up.drift_lines(self.context.plan, period)]
        if rows:
            total = follow_up.drift_total(self.context.plan, period)
            rows.append(AmountRow("summa", "summa", tr("Summa"), total, None))
        return rows


class FollowUpInvesteringModel(FollowUpAmountsModel):
    """Each investment project's budget for the year, utfall, prognos and avvikelse, then the
    Summa row."""

    kind = ItemKind.UPPFOLJNING_INVESTERING
    parts = (Part.UPPFOLJNINGAR, Part.INVESTERINGAR, Part.UPPGIFTER)
    row_parts = (Part.UPPFOLJNINGAR,)
    table = "investering"
    name_header = QT_TR_NOOP("Projekt")
    deviation_tip = QT_TR_NOOP("Budget minus prognos för helåret; ett minus är en överskridning.")

    def lines(self, period: Uppfoljning) -> list[AmountRow]:
        rows = [_row(line) for line in follow_up.investment_lines(self.context.plan, period)]
        if rows:
            total = follow_up.investment_total(self.context.plan, period)
            rows.append(AmountRow("summa", "summa", tr("Summa"), total, None))
        return rows

    def budget_heading(self, year: int) -> str:
        return investment_heading(year, self.context.plan.uppgifter.forsta_ar)


class FollowUpResultatModel(FollowUpAmountsModel):
    """Each verksamhet's intäkter, kostnader and netto at the period, then the sums."""

    kind = ItemKind.UPPFOLJNING_RESULTAT
    parts = (
        Part.UPPFOLJNINGAR,
        Part.RESULTATRAKNING,
        Part.VERKSAMHETER,
        Part.BUDGETKOLUMNER,
        Part.UPPGIFTER,
    )
    row_parts = (Part.UPPFOLJNINGAR,)
    table = "resultat"
    deviation_tip = QT_TR_NOOP(
        "Prognos minus budget för helåret (kostnaderna är negativa); ett minus är sämre än budget."
    )

    def name_heading(self) -> str:
        return tr("Resultaträkning, {unit}").format(unit=self.unit())

    def writes(self, row: Any, column: int) -> tuple[str, int | None]:
        rad = next((r for r in self.context.plan.resultatrakning if r.id == row.item_id), None)
        return "uppfoljning_resultat", None if rad is None else rad.verksamhet_id

    def lines(self, period: Uppfoljning) -> list[AmountRow]:
        plan = self.context.plan
        rows = [
            row
            for found in follow_up.result_lines(plan, period)
            for row in self._three(found, found.rad_id)
        ]
        if rows and plan.uppgifter.summa_resultat:
            rows.extend(self._three(follow_up.result_total(plan, period), None))
        return rows

    def _three(self, found: ResultLines, rad_id: int | None) -> list[AmountRow]:
        """Intäkter, kostnader and netto of a verksamhet (or of the sums, without an id)."""
        lines = {falt: getattr(found, falt) for falt in RESULTAT_LINES}
        # The netto's deviation asks for the verksamhet's comment, as Granskning asks for it.
        large = found.netto.stor
        return [
            AmountRow(
                "rad" if rad_id is not None else "summa",
                (rad_id if rad_id is not None else "summa", falt),
                f"{found.namn} {label}",
                lines[falt],
                rad_id,
                falt,
                kommentar=found.kommentar,
                shows_comment=rad_id is not None and falt == "intakter",
                needs_comment=rad_id is not None and large and not found.kommentar.strip(),
                asks_comment=falt == "netto",
            )
            for falt, label in RESULTAT_LINES.items()
        ]

    def row_font_bold(self, row: Any) -> bool:
        return bool(row.kind == "summa" or row.falt == "netto")

    def field_name(self, figure: str, row: AmountRow) -> str:
        return f"{figure}_{row.falt}"

    def name_tip(self, row: AmountRow) -> str:
        if row.falt == "kostnader" and row.kind == "rad":
            return tr("Kostnaderna skrivs negativa, som i planen.")
        if row.falt == "netto":
            return tr("Beräknat: intäkter + kostnader")
        return ""

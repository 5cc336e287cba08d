"""One indicator's values per year: målnivå, utfall and jämförelse, one row a year.

A målnivå may compare ("≥ 95 %"): typed and shown through ``targets``; a comparison typed
for an utfall or a jämförelse goes to the service, which refuses it in Swedish.

The rows are the years that hold any value, the plan years, and the years the user added
("Lägg till år…") while the indicator is shown; a year emptied while it is shown keeps its
row, so the cursor does not jump while the user works down the table.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from vplan_desktop import domain as d
from vplan_desktop.db.enums import Jamforare, VardeSlag
from vplan_desktop.formatting import format_value
from vplan_desktop.sections import Part
from vplan_desktop.services import values
from vplan_desktop.targets import format_target, parse_target
from vplan_desktop.ui.context import Edit, PlanContext
from vplan_desktop.ui.i18n import QT_TR_NOOP, tr
from vplan_desktop.ui.models.table import RIGHT, Column, ColumnTableModel

KINDS = (VardeSlag.MALNIVA, VardeSlag.UTFALL, VardeSlag.JAMFORELSE)
"""The value columns, in the order shown."""


@dataclass(frozen=True)
class YearRow:
    """One year of an indicator: its three values and where the year lies."""

    ar: int
    enhet: str
    varden: tuple[d.Value, d.Value, d.Value]
    """Målnivå, utfall and jämförelse (``KINDS``'s order)."""
    plats: str
    """ "före", "plan" or "efter" the plan period."""
    jamforare: Jamforare | None = None
    """How the målnivå compares ("≥"), if it does."""

    @property
    def id(self) -> int:
        return self.ar


def _by_kind(indicator: d.Indikator) -> dict[VardeSlag, dict[int, d.Value]]:
    return {
        VardeSlag.MALNIVA: indicator.malnivaer,
        VardeSlag.UTFALL: indicator.utfall,
        VardeSlag.JAMFORELSE: indicator.jamforelser,
    }


def year_rows(
    indicator: d.Indikator, plan_years: Sequence[int], extra: Sequence[int] = ()
) -> list[YearRow]:
    """The rows of ``indicator``: every year with a value, the plan years and ``extra``."""
    by_kind = _by_kind(indicator)
    years = set(plan_years) | set(extra)
    for kind in KINDS:
        years |= set(by_kind[kind])
    first, last = (min(plan_years), max(plan_years)) if plan_years else (0, 0)
    return [
        YearRow(
            ar=year,
            enhet=indicator.enhet,
            varden=(
                by_kind[VardeSlag.MALNIVA].get(year),
                by_kind[VardeSlag.UTFALL].get(year),
                by_kind[VardeSlag.JAMFORELSE].get(year),
            ),
            plats="före" if year < first else "efter" if year > last else "plan",
            jamforare=indicator.jamforare.get(year),
        )
        for year in sorted(years)
    ]


PLACE_TIPS = {
    "före": QT_TR_NOOP("Före planperioden: utfall och jämförelser från tidigare år."),
    "plan": QT_TR_NOOP("Ett år i planperioden."),
    "efter": QT_TR_NOOP("Efter planperioden: ett långsiktigt mål."),
}
HEADERS = {
    VardeSlag.MALNIVA: QT_TR_NOOP("Målnivå"),
    VardeSlag.UTFALL: QT_TR_NOOP("Utfall"),
    VardeSlag.JAMFORELSE: QT_TR_NOOP("Jämförelse"),
}


class IndicatorYearsModel(ColumnTableModel):
    """The year table of one indicator (none: no rows)."""

    parts = (Part.INDIKATORER, Part.UPPGIFTER)
    row_parts = (Part.INDIKATORER,)

    def __init__(self, context: PlanContext) -> None:
        self.indicator_id: int | None = None
        self.shown_years: set[int] = set()
        """Years kept on screen for this indicator (added, or emptied while shown)."""
        super().__init__(context)

    def indicator(self) -> d.Indikator | None:
        return next((i for i in self.context.plan.indikatorer if i.id == self.indicator_id), None)

    def set_indicator(self, indicator_id: int | None) -> None:
        """Show another indicator (or none); the years added for the last one are forgotten."""
        if indicator_id == self.indicator_id:
            return
        self.indicator_id = indicator_id
        self.shown_years = set()
        self.refresh()

    def add_year(self, year: int) -> None:
        """Show a row for ``year`` (empty until a value is typed in it)."""
        self.shown_years.add(year)
        self.refresh()

    def row_of(self, year: int) -> int | None:
        return next((n for n, row in enumerate(self._rows) if row.ar == year), None)

    def rows(self) -> Sequence[YearRow]:
        indicator = self.indicator()
        if indicator is None:
            return []
        rows = year_rows(indicator, self.context.plan.uppgifter.years, sorted(self.shown_years))
        self.shown_years |= {row.ar for row in rows}
        return rows

    def row_font_bold(self, row: Any) -> bool:
        return bool(row.plats == "plan")  # the plan years stand out among history and goals

    def columns(self) -> list[Column]:
        result = [
            Column(
                tr("År"),
                lambda r: str(r.ar),
                align=RIGHT,
                tooltip=lambda r: tr(PLACE_TIPS[r.plats]),
                sort_key=lambda r: r.ar,
            )
        ]
        for position, kind in enumerate(KINDS):
            result.append(
                Column(
                    tr(HEADERS[kind]),
                    partial(_shown, position),
                    edit_value=partial(_typed, position),
                    commit=partial(self._commit, kind),
                    align=RIGHT,
                    field=kind.value,
                )
            )
        return result

    def _commit(self, kind: VardeSlag, row: YearRow, value: Any) -> tuple[str, Edit]:
        assert self.indicator_id is not None  # a row is shown only for an indicator
        # Every column reads a comparison, so that "< 5" typed as an utfall is refused by
        # the service (its message names the cell) rather than kept as the text "< 5".
        target, jamforare = parse_target(str(value or ""))
        return tr("Ändra {kind} {year}").format(
            kind=tr(HEADERS[kind]).lower(), year=row.ar
        ), partial(
            values.set_indicator_value,
            indikator_id=self.indicator_id,
            slag=kind,
            ar=row.ar,
            value=target,
            jamforare=jamforare,
            seen=row.varden[KINDS.index(kind)],
        )


def _shown(position: int, row: YearRow) -> str:
    """A value cell as shown: "≥ 95 %" for a målnivå that compares, else "67 %"."""
    if KINDS[position] is VardeSlag.MALNIVA:
        return format_target(row.varden[position], row.jamforare, row.enhet)
    return format_value(row.varden[position], row.enhet)


def _typed(position: int, row: YearRow) -> str:
    """A value cell as its editor opens: the same without the unit ("≥ 95")."""
    if KINDS[position] is VardeSlag.MALNIVA:
        return format_target(row.varden[position], row.jamforare)
    return format_value(row.varden[position])

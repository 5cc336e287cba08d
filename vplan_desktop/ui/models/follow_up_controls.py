"""The internal controls at a follow-up period: each control point of the plan (process, risk,
kontrollmoment) with the period's result: utförd (ja, nej or not told), the deviation it
found and the åtgärd that follows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from vplan_desktop.errors import InputError
from vplan_desktop.follow_up_data import Uppfoljning
from vplan_desktop.sections import ItemKind, Part
from vplan_desktop.ui.context import Edit
from vplan_desktop.ui.i18n import QT_TR_NOOP, tr
from vplan_desktop.ui.models.follow_up_table import NEEDS_TEXT, FollowUpModel
from vplan_desktop.ui.models.table import Column, Index

PROCESS, RISK, KONTROLLMOMENT, UTFORD, AVVIKELSE, ATGARD = range(6)

UTFORD_CHOICES: list[tuple[str, bool | None]] = [
    (QT_TR_NOOP("Ja"), True),
    (QT_TR_NOOP("Nej"), False),
    ("–", None),
]
"""What the Utförd picker offers; "–" leaves it untold."""
UTFORD_LABELS = {True: QT_TR_NOOP("Ja"), False: QT_TR_NOOP("Nej"), None: ""}
_TYPED = {
    "ja": True,
    "j": True,
    "x": True,
    "nej": False,
    "n": False,
    "": None,
    "–": None,
    "-": None,
}


def utford_from(value: Any) -> bool | None:
    """Utförd as picked (True, False, None) or typed or pasted ("Ja", "nej", "")."""
    if value is None or isinstance(value, bool):
        return value
    found = str(value).strip().casefold()
    typed = {**_TYPED, tr("Ja").casefold(): True, tr("Nej").casefold(): False}
    if found not in typed:
        raise InputError(
            tr("Utförd: ”{text}” går inte att läsa. Skriv Ja, Nej eller lämna tomt.").format(
                text=str(value).strip()
            )
        )
    return typed[found]


@dataclass(frozen=True)
class ControlRow:
    """A control point of the plan and its result at the period."""

    id: int
    process: str
    risk: str
    kontrollmoment: str
    utford: bool | None
    avvikelse: str
    atgard: str

    @property
    def needs_atgard(self) -> bool:
        """A deviation is written but no åtgärd."""
        return bool(self.avvikelse.strip()) and not self.atgard.strip()


class FollowUpControlsModel(FollowUpModel):
    """One row per control point: the plan's texts (read-only) and the period's result."""

    kind = ItemKind.UPPFOLJNING_KONTROLL
    parts = (Part.UPPFOLJNINGAR, Part.INTERNKONTROLL)
    row_parts = (Part.UPPFOLJNINGAR, Part.INTERNKONTROLL)

    def period_rows(self, period: Uppfoljning) -> Sequence[ControlRow]:
        rows = []
        for control in self.context.plan.internkontroll:
            result = period.control(control.id)
            rows.append(
                ControlRow(
                    control.id,
                    control.process,
                    control.risk,
                    control.kontrollmoment,
                    result.utford,
                    result.avvikelse,
                    result.atgard,
                )
            )
        return rows

    def columns(self) -> list[Column]:
        return [
            Column(tr("Process/rutin"), lambda r: r.process, field="process"),
            Column(tr("Risk"), lambda r: r.risk, field="risk"),
            Column(tr("Kontrollmoment"), lambda r: r.kontrollmoment, field="kontrollmoment"),
            Column(
                tr("Utförd"),
                lambda r: tr(UTFORD_LABELS[r.utford]),
                commit=self._utford,
                edit_value=lambda r: r.utford,
                choices=lambda r: [(tr(label), value) for label, value in UTFORD_CHOICES],
                sort_key=lambda r: {True: 0, False: 1, None: 2}[r.utford],
                tooltip=lambda r: tr("Utförd vid perioden: Ja, Nej eller tomt"),
                field="utford",
                accessible=tr("Kontrollen utförd"),
            ),
            Column(
                tr("Avvikelse"),
                lambda r: r.avvikelse,
                commit=partial(self._text, "avvikelse"),
                field="avvikelse",
                accessible=tr("Avvikelse som kontrollen visade"),
            ),
            Column(
                tr("Åtgärd"),
                lambda r: r.atgard,
                commit=partial(self._text, "atgard"),
                background=lambda r: NEEDS_TEXT if r.needs_atgard else None,
                tooltip=lambda r: (
                    tr("En avvikelse är skriven men ingen åtgärd: skriv vad den leder till.")
                    if r.needs_atgard
                    else ""
                ),
                field="atgard",
            ),
        ]

    def prepare(self, index: Index, value: Any) -> tuple[str, Edit] | None:
        prepared = super().prepare(index, value)
        if prepared is None:
            return None
        row, column = self.row_at(index.row()), index.column()
        current = {UTFORD: row.utford, AVVIKELSE: row.avvikelse, ATGARD: row.atgard}[column]
        typed = utford_from(value) if column == UTFORD else str(value or "")
        return None if typed == current else prepared  # left as it was: no empty undo step

    def _utford(self, row: ControlRow, value: Any) -> tuple[str, Edit]:
        return self.follow_up_edit(
            tr("Ändra utförd kontroll"), row.id, {"utford": utford_from(value)}
        )

    def _text(self, name: str, row: ControlRow, value: Any) -> tuple[str, Edit]:
        if name == "avvikelse":
            text = tr("Ändra avvikelse för kontrollpunkt")
        else:
            text = tr("Ändra åtgärd för kontrollpunkt")
        return self.follow_up_edit(text, row.id, {name: str(value or "")})

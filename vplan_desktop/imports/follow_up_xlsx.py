"""The ekonom's follow-up workbook back into a period: utfall, prognos and comments per
driftbudget row, resultaträkning row and investment.

Reads a workbook in the layout ``exports.follow_up_workbook`` writes and lists, before
anything is applied, every row that changes (old → new) and every problem: a row the plan does
not have, a cell that is not an amount, a formula without a saved value, a unit that is not the
table's, a workbook written for another period. The file is treated as hostile as the budget
workbook is (``office_safety``, ``xlsx_cells``: no entities, no formulas evaluated, sizes
bounded). A row is found by the id vplan wrote in its last column, by its name when that
column is gone. The changes are applied only when there is no problem, as one action through
``services.follow_up`` that one undo step reverts.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any, cast
from zipfile import BadZipFile

from lxml import etree
from openpyxl.utils import get_column_letter
from sqlalchemy.orm import Session

from vplan_desktop import domain as d
from vplan_desktop.budget_labels import table_unit
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.errors import InputError
from vplan_desktop.exports.follow_up_workbook import (
    DRIFT,
    ID_HEADING,
    INVESTERINGAR,
    KOMMENTAR,
    LAYOUTS,
    RESULTAT,
    TITLE,
    SheetLayout,
)
from vplan_desktop.exports.xlsx_sheet import FIRST_ROW, HEADER_ROW, MAX_CELL
from vplan_desktop.follow_up_data import Uppfoljning
from vplan_desktop.formatting import format_amount
from vplan_desktop.imports.budget_xlsx import _amount  # the budget import's rule for a cell
from vplan_desktop.imports.xlsx_cells import Cell, Row, Workbook
from vplan_desktop.office_safety import check_office_zip, check_xml_parts
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import follow_up
from vplan_desktop.services.changes import Change
from vplan_desktop.services.follow_up_kinds import FOLLOW_UP_KINDS

_UNIT = re.compile(r"\bi (tkr|mnkr)\b", re.IGNORECASE)
MAX_ROWS = 5_000
"""Named rows on one sheet: a plan has tens; more is not vplan's workbook."""
MAX_PROBLEMS = 50
UNIT_ROW = 2
KINDS = {
    DRIFT.name: ItemKind.UPPFOLJNING_DRIFT,
    RESULTAT.name: ItemKind.UPPFOLJNING_RESULTAT,
    INVESTERINGAR.name: ItemKind.UPPFOLJNING_INVESTERING,
}
ADVICE = (
    "Skriv arbetsboken för uppföljningen i vplan (Skriv arbetsbok för utfall och prognos), "
    "låt ekonomen fylla i den och läs in den."
)


class _TooLarge(InputError):
    """More rows than a plan has: refused as it stands, not as an unreadable file."""


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One cell of a row that differs from what the period holds."""

    heading: str
    old: str
    new: str


@dataclass(frozen=True, slots=True)
class RowChange:
    """A row of the workbook that changes what the period holds for one plan row."""

    sheet: str
    row: int
    namn: str
    kind: ItemKind
    item_id: int
    fields: dict[str, Any]
    shown: tuple[FieldChange, ...]
    by_name: bool = False
    """Found by its name (the id column was gone or blank)."""
    seen: dict[str, Any] = dataclasses.field(default_factory=dict)
    """What the period held in the changed fields when the workbook was read (and the
    preview showed): a field someone else has set since refuses the import."""

    @property
    def text(self) -> str:
        cells = "; ".join(f"{f.heading} {f.old} → {f.new}" for f in self.shown)
        return f"{self.sheet} rad {self.row} ({self.namn}): {cells}"


@dataclass(frozen=True)
class FollowUpPreview:
    """What reading the workbook into ``period_id`` would change, and what stops it."""

    period_id: int
    period_name: str
    changes: tuple[RowChange, ...]
    problems: tuple[tuple[str, str], ...]
    """(where, what) of every problem; while there is one, nothing can be applied."""

    @property
    def problem_lines(self) -> list[str]:
        shown = [f"{where}: {what}" for where, what in self.problems[:MAX_PROBLEMS]]
        rest = len(self.problems) - MAX_PROBLEMS
        return shown + ([f"… och {rest} till"] if rest > 0 else [])


@dataclass(frozen=True)
class _PlanRow:
    item_id: int
    namn: str
    held: dict[str, Any]
    """The period's current values by field."""


def _plan_rows(plan: d.PlanSnapshot, period: Uppfoljning, layout: SheetLayout) -> list[_PlanRow]:
    names = {v.id: v.namn for v in plan.verksamheter}
    fields = [f for _, f in layout.inputs] + ["kommentar"]
    if layout is DRIFT:
        pairs: list[tuple[int, str, Any]] = [
            (r.id, names.get(r.verksamhet_id, "?"), period.drift_row(r.id))
            for r in plan.driftbudget
        ]
    elif layout is RESULTAT:
        pairs = [
            (r.id, names.get(r.verksamhet_id, "?"), period.resultat_row(r.id))
            for r in plan.resultatrakning
        ]
    else:
        pairs = [(i.id, i.projekt, period.investment(i.id)) for i in plan.investeringar]
    return [_PlanRow(i, n, {f: getattr(held, f) for f in fields}) for i, n, held in pairs]


def _name(text: str) -> str:
    return " ".join(text.split()).casefold()


def _shown_amount(value: Decimal | None, unit: str) -> str:
    return format_amount(value, unit) or "tomt"


def _shown_text(value: str) -> str:
    flat = " ".join(value.split())
    if not flat:
        return "tomt"
    return f"”{flat if len(flat) <= 60 else flat[:59] + '…'}”"


@dataclass
class _SheetRead:
    headers: dict[str, int]
    first_heading: str
    unit_text: str
    rows: list[tuple[int, str, dict[str, Cell | None], Cell | None]]
    """(row number, name, the cells by heading, the id cell) of each named row."""


class _Reader:
    def __init__(self, plan: d.PlanSnapshot, period: Uppfoljning, path: Path) -> None:
        self.plan = plan
        self.period = period
        self.path = path
        self.problems: list[tuple[str, str]] = []
        self.changes: list[RowChange] = []
        self.title = ""

    def load(self) -> dict[str, _SheetRead]:
        sheets = {}
        with Workbook(self.path) as book:
            for layout in LAYOUTS:
                if layout.name in book.sheetnames:
                    sheets[layout.name] = self._read_sheet(book, layout)
        return sheets

    def _read_sheet(self, book: Workbook, layout: SheetLayout) -> _SheetRead:
        read = _SheetRead({}, "", "", [])
        wanted = [h for h, _ in layout.inputs] + [KOMMENTAR]
        for number, row in book.rows(layout.name):
            if number == 1 and layout is DRIFT:
                self.title = _text_of(row.get(1))
            elif number == UNIT_ROW:
                read.unit_text = _text_of(row.get(1))
            elif number == HEADER_ROW:
                for column in range(1, min(row.width(), 200) + 1):
                    heading = _text_of(row.get(column))
                    if heading:
                        read.headers.setdefault(heading, column)
                read.first_heading = _text_of(row.get(1))
            elif number >= FIRST_ROW:
                self._data_row(read, layout, number, row, wanted)
        return read

    def _data_row(
        self, read: _SheetRead, layout: SheetLayout, number: int, row: Row, wanted: list[str]
    ) -> None:
        name = _text_of(row.get(1))
        id_column = read.headers.get(ID_HEADING)
        ident = row.get(id_column) if id_column else None
        if not name and (ident is None or ident.value in (None, "")):
            return
        if len(read.rows) >= MAX_ROWS:
            raise _TooLarge(
                f"”{self.path.name}” har fler än {MAX_ROWS} rader på bladet {layout.name}; "
                f"det är inte vplans arbetsbok för uppföljningen. {ADVICE}"
            )
        cells = {h: row.get(read.headers[h]) for h in wanted if h in read.headers}
        read.rows.append((number, name, cells, ident))

    def check_layout(self, sheets: dict[str, _SheetRead]) -> None:
        """Refuse a workbook not in the layout vplan writes, or written for another period."""
        usable = {
            name: sheet
            for name, sheet in sheets.items()
            if sheet.first_heading == _layout(name).first_heading
            and any(h in sheet.headers for h, _ in _layout(name).inputs)
        }
        if not usable:
            raise InputError(
                f"”{self.path.name}” har inte vplans upplägg för utfall och prognos: väntade "
                f"bladet Driftbudget med kolumnrubrikerna på rad {HEADER_ROW} (Verksamhet, "
                f"Budget {self.period.ar}, Utfall, Prognos helår, Kommentar). {ADVICE}"
            )
        for other in self.plan.uppfoljningar:
            written_for = TITLE.format(namn=other.namn) + " – "
            if other.id != self.period.id and self.title.startswith(written_for):
                raise InputError(
                    f"”{self.path.name}” är arbetsboken för ”{other.namn}”, inte för "
                    f"”{self.period.namn}”. Välj den uppföljningen, eller skriv en ny arbetsbok "
                    f"för ”{self.period.namn}”."
                )
        for name in set(sheets) - set(usable):
            self.problems.append(
                (
                    f"{name}!A{HEADER_ROW}",
                    f"bladet har inte vplans kolumnrubriker ({_layout(name).first_heading}, "
                    f"{', '.join(h for h, _ in _layout(name).inputs)}); det läses inte in",
                )
            )
            del sheets[name]

    def sheet(self, layout: SheetLayout, read: _SheetRead) -> None:
        unit = table_unit(self.plan.uppgifter, layout.table).value
        match = _UNIT.search(read.unit_text)
        found = "" if match is None else match.group(1).lower()
        if found and found != unit:
            self.problems.append(
                (
                    f"{layout.name}!A{UNIT_ROW}",
                    f"beloppen är i {found} men planens belopp på bladet är i {unit}; skriv "
                    "en ny arbetsbok och för över siffrorna dit",
                )
            )
            return
        rows = _plan_rows(self.plan, self.period, layout)
        by_id = {r.item_id: r for r in rows}
        by_name: dict[str, list[_PlanRow]] = {}
        for r in rows:
            by_name.setdefault(_name(r.namn), []).append(r)
        seen: dict[int, int] = {}
        for number, name, cells, ident in read.rows:
            where = f"{layout.name}!A{number}"
            target = self._match(layout, number, name, cells, ident, by_id, by_name)
            if target is None:
                continue
            if target.item_id in seen:
                self.problems.append(
                    (where, f"”{target.namn}” står redan på rad {seen[target.item_id]}")
                )
                continue
            seen[target.item_id] = number
            self._row(layout, read, number, target, cells, unit, by_name_used=_blank(ident))

    def _match(
        self,
        layout: SheetLayout,
        number: int,
        name: str,
        cells: dict[str, Cell | None],
        ident: Cell | None,
        by_id: dict[int, _PlanRow],
        by_name: dict[str, list[_PlanRow]],
    ) -> _PlanRow | None:
        """The plan row a workbook row is for: by its id, else by its name; a problem noted
        when neither finds one and the row holds something to read."""
        where = f"{layout.name}!A{number}"
        if not _blank(ident):
            assert ident is not None
            value = ident.value
            whole = isinstance(value, int | float) and not isinstance(value, bool)
            if whole and float(value).is_integer() and int(value) in by_id:
                return by_id[int(value)]
            self.problems.append(
                (where, f"id ”{value}” på raden ”{name}” finns inte bland planens rader")
            )
            return None
        found = by_name.get(_name(name), [])
        if len(found) == 1:
            return found[0]
        if not found and all(_blank(c) for c in cells.values()):
            return None  # a note or an empty row: nothing to read
        if found:
            self.problems.append(
                (
                    where,
                    f"flera rader i planen heter ”{name}”; skriv en ny arbetsbok, där raderna "
                    "känns igen på sitt id",
                )
            )
        else:
            what = "projektet" if layout is INVESTERINGAR else "verksamheten"
            self.problems.append((where, f"{what} ”{name}” finns inte i planen"))
        return None

    def _row(
        self,
        layout: SheetLayout,
        read: _SheetRead,
        number: int,
        target: _PlanRow,
        cells: dict[str, Cell | None],
        unit: str,
        *,
        by_name_used: bool,
    ) -> None:
        fields: dict[str, Any] = {}
        shown: list[FieldChange] = []
        bad = False
        for heading, field in [*layout.inputs, (KOMMENTAR, "kommentar")]:
            if heading not in cells:
                continue  # a column taken away: what the period holds stays
            cell = cells[heading]
            ref = f"{get_column_letter(read.headers[heading])}{number}"
            try:
                new = self._value(cell, field, KINDS[layout.name])
            except InputError as error:
                self.problems.append((f"{layout.name}!{ref}", error.message))
                bad = True
                continue
            old = target.held[field]
            if new == old or (field == "kommentar" and new == _as_written(old)):
                continue
            fields[field] = new
            if field == "kommentar":
                shown.append(FieldChange(heading, _shown_text(old), _shown_text(new)))
            else:
                shown.append(
                    FieldChange(heading, _shown_amount(old, unit), _shown_amount(new, unit))
                )
        if fields and not bad:
            self.changes.append(
                RowChange(
                    layout.name,
                    number,
                    target.namn,
                    KINDS[layout.name],
                    target.item_id,
                    fields,
                    tuple(shown),
                    by_name_used,
                    seen={name: target.held[name] for name in fields},
                )
            )

    @staticmethod
    def _value(cell: Cell | None, field: str, kind: ItemKind) -> Any:
        if cell is not None and cell.formula and cell.value is None:
            raise InputError("formeln saknar sparat värde; öppna och spara filen i Excel")
        value = None if cell is None else cell.value
        if field == "kommentar":
            given = "" if value is None else value
            if isinstance(given, bool) or not isinstance(given, str | int | float):
                raise InputError("Kommentaren ska vara en text.")
            text = given if isinstance(given, str) else str(given)
            # A text check reads nothing from the plan file: no session is needed.
            checked: str = FOLLOW_UP_KINDS[kind].fields["kommentar"](cast(Session, None), text)
            return checked
        if isinstance(value, bool):
            raise InputError("Beloppet ska vara ett tal, inte SANT eller FALSKT.")
        return _amount(value)


def _as_written(text: str) -> str:
    """A comment as the workbook holds it: one longer than a cell takes was cut (with a
    notice) when it was written, and reading it back changes nothing."""
    if len(text) <= MAX_CELL:
        return text
    return text[: MAX_CELL - 1] + "…"


def _layout(name: str) -> SheetLayout:
    return next(layout for layout in LAYOUTS if layout.name == name)


def _text_of(cell: Cell | None) -> str:
    if cell is None or cell.value is None or isinstance(cell.value, bool):
        return ""
    return " ".join(str(cell.value).split())


def _blank(cell: Cell | None) -> bool:
    return (
        cell is None
        or cell.value is None
        or (isinstance(cell.value, str) and not cell.value.strip())
    )


def read_follow_up_workbook(
    plan: d.PlanSnapshot, period: Uppfoljning, path: Path
) -> FollowUpPreview:
    """What the workbook would change in ``period``, and every problem with it; nothing is
    changed. A reported period, a file that is not a workbook or not vplan's layout is
    refused (InputError)."""
    if period.rapporterad:
        raise InputError(follow_up.REPORTED.format(namn=period.namn))
    path = Path(path)
    check_office_zip(path, "Excel")
    check_xml_parts(path)
    reader = _Reader(plan, period, path)
    try:
        sheets = reader.load()
    except _TooLarge:
        raise
    # InputError is a ValueError: a cell xlsx_cells cannot decode is reported the same way.
    except (KeyError, ValueError, OSError, BadZipFile, etree.LxmlError) as error:
        raise InputError(
            f"”{path.name}” går inte att läsa som Excel-arbetsbok ({error})."
        ) from None
    reader.check_layout(sheets)
    for layout in LAYOUTS:
        if layout.name in sheets:
            reader.sheet(layout, sheets[layout.name])
    return FollowUpPreview(period.id, period.namn, tuple(reader.changes), tuple(reader.problems))


def apply_follow_up(doc: PlanDocument, preview: FollowUpPreview) -> Change:
    """Apply every change of ``preview`` as one action (all or nothing, one undo step);
    refused while the preview lists a problem."""
    if preview.problems:
        raise InputError(
            "Arbetsboken har fel som måste rättas först; inget ändrades:\n"
            + "\n".join(f"  {line}" for line in preview.problem_lines)
        )
    if not preview.changes:
        raise InputError("Arbetsboken innehåller inga ändringar mot uppföljningen.")
    return follow_up.follow_up_batch(
        doc,
        [
            partial(
                follow_up.set_follow_up,
                kind=change.kind,
                period_id=preview.period_id,
                item_id=change.item_id,
                fields=change.fields,
                seen=change.seen or None,
            )
            for change in preview.changes
        ],
    )

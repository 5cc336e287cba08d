"""What a perfect Word import makes of each test document: the items per kind, each with its
name and the figures it must carry, the front matter, the comments the report must name and
the strings that must not reach the plan."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

Val = Decimal | str
"""A value as the plan holds it: a number, or text ("Öka med 10 %")."""

KINDS = (
    "kapitel",
    "mal",
    "indikator",
    "aktivitet",
    "drift",
    "resultat",
    "investering",
    "nyckeltal",
    "tabellnot",
    "internkontroll",
    "bedomning",
    "status",
)
"""The kinds the rate is counted for, in the order the reports print them."""


@dataclass(frozen=True)
class Front:
    """The cover page: what the plan's Uppgifter must say."""

    namnd: str
    kommun: str
    forsta_ar: int
    sista_ar: int
    titel: str = ""
    ordforande: str = ""
    """"Name (Party)" as the cover prints it; the party may be kept apart."""
    forvaltningschef: str = ""
    diarienummer: str = ""


@dataclass(frozen=True)
class Goal:
    text: str
    """The goal's sentence without its label ("Nämndsmål 1:"); empty for a goal known only by
    its yearly sentences."""
    niva: str = ""
    """"kf", "namnd", ... when the document says whose goal it is; "" when it does not."""
    arstexter: dict[int, str] = field(default_factory=dict)
    """The goal in words per year ("Mål 2027: …")."""


@dataclass(frozen=True)
class Indicator:
    goal: str
    """The text of the goal it measures."""
    name: str
    unit: str = ""
    """"%" for values written "67 %"; "" when the values carry no unit (not checked)."""
    nulage_ar: int | None = None
    nulage: Val | None = None
    targets: dict[int, Val] = field(default_factory=dict)
    """Målnivå per year; a blank cell is no entry."""
    outcomes: dict[int, Val] = field(default_factory=dict)
    """Utfall per year (a follow-up document's outcome columns)."""


@dataclass(frozen=True)
class Activity:
    name: str
    ansvarig: str = ""
    slutdatum: dt.date | None = None
    status: str = ""
    """The plan's status (``AktivitetStatus`` value) when the table has a status column."""
    group: str = ""
    """The målområde, goal or verksamhet a grouped table puts it under."""
    verksamhet: str = ""
    kostnad: Decimal | None = None
    egen_tid: bool = False


@dataclass(frozen=True)
class BudgetRow:
    table: str
    """"drift", "resultat" (a line of the resultaträkning by cost type) or "investering"."""
    name: str
    amounts: dict[tuple[str, int], Decimal]
    """(column kind, year) → amount; for investments the kind is not checked."""
    projektnummer: str = ""


@dataclass(frozen=True)
class KeyRow:
    table: str
    """The table's heading or caption; "" for any table."""
    name: str
    values: dict[str, str]
    """Column heading → the cell's text as printed ("15,2 %", "1 164")."""
    group: str = ""
    """The group a grouped table puts the row under (the first column's name above it)."""
    unit: str = ""
    """The row's unit when the table gives it in a column of its own ("Enhet"): the row's
    unit, not one of its values; "" when not checked."""


@dataclass(frozen=True)
class TableNote:
    table: str
    """The heading or caption of the key-figure table the note is printed under."""
    text: str


@dataclass(frozen=True)
class Control:
    kontrollmoment: str
    process: str = ""


@dataclass(frozen=True)
class Assessment:
    goal: str
    grad: str
    """``Bedomningsgrad`` value: "uppfyllt", "delvis", "ej_uppfyllt"."""


@dataclass(frozen=True)
class ActivityStatus:
    activity: str
    status: str
    """``UppfoljningStatus`` value: "klar", "pagar", "ej_paborjad", "avbruten"."""


Item = (
    Goal
    | Indicator
    | Activity
    | BudgetRow
    | KeyRow
    | TableNote
    | Control
    | Assessment
    | ActivityStatus
    | str
)


@dataclass
class Expected:
    """Everything a correct import of one document gives."""

    name: str
    front: Front
    chapters: list[str] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)
    activities: list[Activity] = field(default_factory=list)
    budget: list[BudgetRow] = field(default_factory=list)
    key_figures: list[KeyRow] = field(default_factory=list)
    notes: list[TableNote] = field(default_factory=list)
    """Lines under a table that annotate it ("* Bruttokostnad minus …"): the table's notes."""
    controls: list[Control] = field(default_factory=list)
    assessments: list[Assessment] = field(default_factory=list)
    statuses: list[ActivityStatus] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)
    """Texts of the document's comments: the import's report must mention each."""
    absent: list[str] = field(default_factory=list)
    """Strings that must not be in the plan: deleted text, field instructions, the table of
    contents' entries with their page numbers, page headers and footers."""
    not_rows: list[tuple[str, str]] = field(default_factory=list)
    """(kind, name) of rows a careful reader does not enter, as ("drift", "tkr") for a units
    row under a table's header: the plan must hold no row of that kind by that name (kinds
    "drift", "resultat", "investering", "nyckeltal")."""
    structure: set[str] = field(default_factory=set)
    """Source texts that are the document's structure, not content, so a perfect import keeps
    them as no text: table header cells, totals rows, the labels of the cover page."""
    wrong_totals: list[tuple[Decimal, Decimal]] = field(default_factory=list)
    """(printed total, the rows' sum) of a totals row that does not add up: the report must
    name both figures."""

    def items(self) -> list[tuple[str, Item]]:
        """Every expected item with its kind."""
        out: list[tuple[str, Item]] = [("kapitel", c) for c in self.chapters]
        out += [("mal", g) for g in self.goals]
        out += [("indikator", i) for i in self.indicators]
        out += [("aktivitet", a) for a in self.activities]
        out += [(r.table, r) for r in self.budget]
        out += [("nyckeltal", r) for r in self.key_figures]
        out += [("tabellnot", n) for n in self.notes]
        out += [("internkontroll", c) for c in self.controls]
        out += [("bedomning", a) for a in self.assessments]
        out += [("status", s) for s in self.statuses]
        return out

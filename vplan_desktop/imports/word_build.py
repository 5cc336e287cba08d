"""The plan the Word import builds, as vplan's JSON interchange format: chapters, målområden,
goals with indicators, activities, budget tables, key figures, internkontroll and a follow-up
period; and per block of the source what it became."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from vplan_desktop import markdown as md
from vplan_desktop.db.enums import MalNiva
from vplan_desktop.formatting import format_period
from vplan_desktop.imports.word_blocks import Block
from vplan_desktop.imports.word_goal_restated import restated_goal, summary_area
from vplan_desktop.imports.word_result import Became, Outcome, WordImport
from vplan_desktop.imports.word_table import TableRows
from vplan_desktop.imports.word_tolkning import TableTolkning
from vplan_desktop.interchange import VERSION
from vplan_desktop.services.plan import DEFAULT_SCALES


@dataclass
class TableContext:
    """Where a table stands: the headings over it, a caption line just above it, the plan's
    part it is under ("mal", "aktiviteter", "budget", "investeringar", "internkontroll",
    "nyckeltal" or "" in a chapter), the plan's period, and whether the document is a
    follow-up (delårsrapport, verksamhetsberättelse)."""

    path: list[str] = field(default_factory=list)
    caption: str = ""
    lead: str = ""
    """The short lines right above the table."""
    part: str = ""
    first_year: int = 2000
    last_year: int = 2000
    follow_up: bool = False
    under_goal: bool = False
    """The nearest heading names a goal."""

    @property
    def heading(self) -> str:
        return self.path[-1] if self.path else ""

    def words(self) -> str:
        """The headings and caption in lower case, for the classifiers."""
        return " ".join([*self.path[-2:], self.caption, self.lead]).lower()


@dataclass
class TableView:
    """One table as read: the block (with its continuations), the reading used, the columns'
    names, the title rows and the rows of items."""

    block: Block
    parts: list[tuple[Block, int]]
    tolkning: TableTolkning
    headers: list[str]
    titles: list[str]
    context: TableContext
    rows: TableRows

    @property
    def roles(self) -> list[str]:
        return self.tolkning.columns or []

    def col(self, role: str) -> int | None:
        return self.roles.index(role) if role in self.roles else None

    def cell(self, row: list[str], role: str) -> str:
        index = self.col(role)
        return row[index] if index is not None and index < len(row) else ""

    def others(self, row: list[str]) -> str:
        """The text of the row's columns no field takes ("Källa: SCB"), for the description."""
        parts = []
        for index, role in enumerate(self.roles):
            if role == "ovrigt" and index < len(row) and row[index]:
                name = self.headers[index] if index < len(self.headers) else ""
                parts.append(f"{name}: {row[index]}" if name else row[index])
        return "\n".join(parts)


class Builder:
    """Collects the plan's parts while the blocks are read."""

    def __init__(self, result: WordImport) -> None:
        self.result = result
        self.ids = iter(range(1, 10_000_000))
        self.chapters: list[dict[str, Any]] = []
        self.chapter_blocks: list[list[md.Block]] = []
        self.areas: list[dict[str, Any]] = []
        self.goals: list[dict[str, Any]] = []
        self.activities: list[dict[str, Any]] = []
        self.activity_chapter: dict[int, str] = {}
        """The top heading each activity's table stood under, by the activity's id."""
        self.units: dict[str, int] = {}
        self.drift_columns: dict[str, dict[str, Any]] = {}
        self.drift_rows: list[dict[str, Any]] = []
        self.result_columns: dict[str, dict[str, Any]] = {}
        self.result_rows: list[dict[str, Any]] = []
        self.cost_kinds: list[dict[str, Any]] = []
        self.investments: list[dict[str, Any]] = []
        self.key_tables: list[dict[str, Any]] = []
        self.captioned: set[str] = set()
        """The headings over a key-figure table named by a caption of its own: the heading
        named no table, so it stays a chapter though no text is under it (a plan part's
        heading, "Nyckeltal", makes no chapter in the first place)."""
        self.controls: list[dict[str, Any]] = []
        self.images: list[dict[str, Any]] = []
        self.kf_ram: dict[int, Decimal] = {}
        self.dash_zero = False
        """The document explains "–" as zero (``word_dash_legend``)."""
        self.dash_missing = False  # it explains "–" as a figure missing (word_dash_legend)
        self.enheter: dict[str, str] = {}
        """The unit ("tkr" or "mnkr") of each kind of budget table ("drift", "resultat",
        "investering"), set by its first table (``word_budget_unit``)."""
        self.target_chapter: Callable[[], int] = lambda: self.chapter_named("Inledning")
        """The chapter text goes to at this point of the reading (set by the walk)."""
        self.period: dict[str, Any] | None = None
        self.period_spec: tuple[int, str, str] = (2000, "helar", "Uppföljning")
        """The follow-up period a follow-up document reports: year, kind and name."""
        self.current_area: dict[str, Any] | None = None
        """The målområde whose heading the reading is under."""
        self.loose_areas: set[int] = set()
        self.current_goal: dict[str, Any] | None = None
        """The goal whose heading the reading is under."""
        self.given: dict[int, dict[str, Any]] = {}
        """The KF or KS goal last found in each målområde (by id): its nämndsmål go under it."""
        self.linked: dict[str, dict[str, Any]] = {}
        """The KF goal a table above names each nämndsmål's number under ("KF-mål | Nämndens
        mål": "N1, N2"), by that number: the nämndsmål of the number goes under it."""
        self.by_heading: dict[str, dict[str, Any]] = {}
        """The goals by the heading they were found under, for the tables that follow it."""
        self.named_goal: dict[str, Any] | None = None
        """The goal a line just above the next table names ("Indikatorer: <goal>")."""
        self.table_goal: tuple[int, dict[str, Any]] | None = None
        """The last goal a table of indicators was read for, with that table's last block: an
        activity table right under it is that goal's (``word_activity_table``)."""
        self.summarised: set[int] = set()
        """The goals of a table summing the goals up, not yet given in full, and the
        indicators the summary gave the goals given in full since (``word_goal_restated``)."""

    def next_id(self) -> int:
        return next(self.ids)

    def became(self, block: int, became: Became, text: str, warning: str = "") -> None:
        self.result.outcomes[block] = Outcome(became, text, warning)
        if warning:
            self.result.warnings.append(warning)

    def report(self, line: str) -> None:
        self.result.report.append(line)

    # --- chapters ----------------------------------------------------------------------------

    def chapter(self, rubrik: str) -> dict[str, Any]:
        chapter = {
            "id": self.next_id(),
            "rubrik": rubrik[:300],
            "text": "",
            "omvarldsanalys": "omvärld" in rubrik.lower(),
            "att_granska": True,
        }
        self.chapters.append(chapter)
        self.chapter_blocks.append([])
        return chapter

    def chapter_named(self, rubrik: str) -> int:
        """The chapter ``rubrik`` (made when missing): the index of its text."""
        for index, chapter in enumerate(self.chapters):
            if chapter["rubrik"] == rubrik[:300]:
                return index
        self.chapter(rubrik)
        return len(self.chapters) - 1

    def text(self, chapter: int, block: md.Block) -> None:
        self.chapter_blocks[chapter].append(block)

    # --- goals -------------------------------------------------------------------------------

    def loose_area(self, name: str) -> dict[str, Any]:
        """A målområde made only to hold goals found outside any målområde's heading: its
        goals move when their own headings come, and it goes if it is left empty."""
        area = self.area(name)
        if not area["beskrivning"] and not any(g["malomrade_id"] == area["id"] for g in self.goals):
            self.loose_areas.add(area["id"])
        return area

    def area(self, name: str, kod: str = "") -> dict[str, Any]:
        area = next((a for a in self.areas if a["namn"] == name[:300]), None)
        area = area or summary_area(name, self.areas, self.goals, self.summarised)
        if area is None:
            area = {
                "id": self.next_id(),
                "kod": kod[:20],
                "namn": name[:300],
                "beskrivning": "",
                "att_granska": True,
            }
            self.areas.append(area)
        return area

    def goal(
        self, area: dict[str, Any], niva: MalNiva, kod: str, text: str, parent: int | None = None
    ) -> dict[str, Any]:
        """A new goal of ``area``; a nämndsmål goes under the area's KF or KS goal. A goal
        named again (a summary table before the goals' own headings) is the same goal, placed
        where the later, fuller mention puts it, in the fuller wording when the summary
        shortened it (``word_goal_restated``)."""
        if parent is None and niva is MalNiva.NAMND and kod and kod in self.linked:
            parent = self.linked[kod]["id"]
        elif parent is None and niva is MalNiva.NAMND and area["id"] in self.given:
            parent = self.given[area["id"]]["id"]
        key = " ".join(text.lower().split())
        same = next((g for g in self.goals if " ".join(g["text"].lower().split()) == key), None)
        same = same or restated_goal(self.goals, self.summarised, area["id"], text)
        if same is not None and same["id"] in self.summarised:  # a summary's goal in full
            self.summarised.discard(same["id"])
            self.summarised |= {i["id"] for i in same["indikatorer"]}
            same["text"], same["kod"] = text, same["kod"] or kod[:20]
            self.goals.remove(same)  # in the order of the goals given in full
            self.goals.append(same)
        elif same is not None and self._loose(same) and area["id"] not in self.loose_areas:
            same["malomrade_id"], same["overordnat_id"] = area["id"], parent
            same["niva"], same["kod"] = niva.value, same["kod"] or kod[:20]
            self.goals.remove(same)  # in the order of the goals' own headings
            self.goals.append(same)
        if same is not None:
            return same
        goal: dict[str, Any] = {
            "id": self.next_id(),
            "malomrade_id": area["id"],
            "overordnat_id": parent,
            "niva": niva.value,
            "kod": kod[:20],
            "text": text,
            "beskrivning": "",
            "arstexter": {},
            "indikatorer": [],
            "att_granska": True,
        }
        self.goals.append(goal)
        return goal

    def _loose(self, goal: dict[str, Any]) -> bool:
        return goal["malomrade_id"] in self.loose_areas

    def unit(self, name: str) -> int:
        return self.units.setdefault(name[:300], len(self.units) + 1)

    def unit_name(self, unit_id: int) -> str:
        return next((name for name, i in self.units.items() if i == unit_id), "")

    # --- follow-up ---------------------------------------------------------------------------

    def follow_up(self) -> dict[str, Any]:
        """The follow-up period of a follow-up document (made when first needed)."""
        year, slag, name = self.period_spec
        if self.period is None:
            self.period = {
                "id": 1,
                "namn": name[:100],
                "ar": year,
                "slag": slag,
                "slutdatum": f"{year}-12-31" if slag == "helar" else f"{year}-08-31",
                "rapporterad": False,
                "rapporterad_datum": None,
                "sammanfattning": "",
                "viktiga_handelser": "",
                "framtid": "",
                "mal": [],
                "indikatorer": [],
                "aktiviteter": [],
                "driftbudget": [],
                "resultatrakning": [],
                "investeringar": [],
                "internkontroll": [],
            }
        return self.period

    # --- the plan ----------------------------------------------------------------------------

    def finish_chapters(self) -> None:
        """Every chapter's text as Markdown; a heading with nothing but tables under it is no
        chapter, unless a key-figure table there has a caption of its own (the heading names
        the chapter, not the table)."""
        self._join_same_titles()
        kept = []
        for chapter, blocks in zip(self.chapters, self.chapter_blocks, strict=True):
            chapter["text"] = _markdown(blocks)
            heading = chapter.pop("_block", None)
            if chapter["text"] or heading is None or chapter["rubrik"] in self.captioned:
                kept.append(chapter)
            else:  # a heading over tables alone: it named them, there is no chapter to write
                self.became(
                    heading, Became.STRUKTUR, f"Rubrik över tabeller: ”{chapter['rubrik']}”"
                )
                self.result.report.remove(f"Kapitel: {chapter['rubrik']}")
        self.chapters = kept

    def _join_same_titles(self) -> None:
        """A chapter made for text outside any heading ("Inledning" for a box before the first
        heading) and a heading's chapter of the same title are one chapter, where the first of
        them stands, their texts in reading order."""
        index = 0
        while index < len(self.chapters):
            chapter = self.chapters[index]
            same = [
                j
                for j, other in enumerate(self.chapters)
                if j > index
                and other["rubrik"] == chapter["rubrik"]
                and ("_block" in chapter) != ("_block" in other)
            ]
            if same:
                other = self.chapters.pop(same[0])
                if "_block" in other:
                    chapter["_block"] = other["_block"]
                self.chapter_blocks[index] += self.chapter_blocks.pop(same[0])
                continue
            index += 1

    def drop_empty_areas(self) -> None:
        """The målområden made to hold goals that later found their own: gone when empty."""
        used = {g["malomrade_id"] for g in self.goals} | {
            a.get("malomrade_id") for a in self.activities
        }
        self.areas = [a for a in self.areas if a["id"] not in self.loose_areas or a["id"] in used]

    def data(self, front: WordImport) -> dict[str, Any]:
        first = front.forsta_ar or 2000
        last = max(front.sista_ar or first, first)
        scale = DEFAULT_SCALES[4]
        uppgifter: dict[str, Any] = {
            "kommun": front.kommun or "Kommun",
            "namnd": front.namnd or "Nämnden",
            "titel": front.titel or f"Verksamhetsplan {format_period(first, last)}",
            "forsta_ar": first,
            "sista_ar": last,
        }
        for key in ("ordforande", "forvaltningschef", "diarienummer"):
            if value := getattr(front, key):
                uppgifter[key] = value
        if self.enheter:
            uppgifter["enheter"] = dict(self.enheter)
        return {
            "format": "vplan-plan",
            "version": VERSION,
            "uppgifter": uppgifter,
            "riskskala": {
                "storlek": 4,
                "sannolikhet": list(scale.sannolikhet),
                "konsekvens": list(scale.konsekvens),
                "band": [
                    {"till_och_med": x.till_och_med, "farg": x.farg, "namn": x.namn}
                    for x in scale.band
                ],
            },
            "kapitel": self.chapters,
            "verksamheter": [{"id": i, "namn": name} for name, i in self.units.items()],
            "malomraden": self.areas,
            "namndsmal": self.goals,
            "aktiviteter": self.activities,
            "driftbudget": {
                "kolumner": _columns(self.drift_columns),
                "rader": self.drift_rows,
                "kf_ram": [
                    {"ar": year, "belopp": amount, "beslut": ""}
                    for year, amount in sorted(self.kf_ram.items())
                ],
            },
            "resultatrakning": {
                "kolumner": _columns(self.result_columns),
                "rader": self.result_rows,
                "kostnadsslag": self.cost_kinds,
            },
            "investeringar": self.investments,
            "nyckeltal": self.key_tables,
            "internkontroll": self.controls,
            "bilder": self.images,
            "uppfoljningar": [] if self.period is None else [self.period],
        }


def _columns(columns: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    order = {"bokslut": 0, "budget": 1, "prognos": 2, "plan": 3}
    return sorted(columns.values(), key=lambda c: (c["ar"], order.get(c["slag"], 9)))


def _markdown(blocks: Sequence[md.Block]) -> str:
    text = md.write(blocks).strip()
    return text + "\n" if text else ""


def column_key(slag: str, year: int) -> str:
    return f"{slag}-{year}"

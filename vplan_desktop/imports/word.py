"""A plan written in Word becomes a vplan plan.

Headings (by style, or by the numbered or all-bold short lines that plans without heading styles
use) become chapters; their text, lists, bold and italic become Markdown. Tables are recognised
by their column headings: goals with indicators, activities, budget tables, internkontroll;
anything else is kept as a key-figure table, never dropped. The nämnd and period are guessed
from the title page. Everything imported is marked "att granska", and a report says what was
recognised as what.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from docx import Document
from docx.table import Table
from docx.text.paragraph import Paragraph

from vplan_desktop.db.enums import MalNiva
from vplan_desktop.domain import MALNIVA_LABELS
from vplan_desktop.errors import InputError
from vplan_desktop.formatting import format_period, parse_amount
from vplan_desktop.imports.word_text import (
    DATE,
    PERIOD,
    STATUS,
    YEAR,
    cell_target,
    cell_text,
    cell_value,
    column_kind,
    end_dates,
    goal_heading,
    heading_level,
    is_list,
    kf_line,
    markdown,
    tidy_markdown,
)
from vplan_desktop.interchange import VERSION, import_json
from vplan_desktop.numbers import check_amount, item_name
from vplan_desktop.office_safety import check_office_zip, check_xml_parts
from vplan_desktop.sections import BUDGET_TITLE, SECTIONS, Section
from vplan_desktop.services.plan import DEFAULT_SCALES
from vplan_desktop.wording import count as count_of

STRUCTURE = {
    "innehåll",
    "innehållsförteckning",
    "ekonomi",
    BUDGET_TITLE.lower(),
    *(
        SECTIONS[s].title.lower()
        for s in (Section.MAL, Section.AKTIVITETER, Section.INTERNKONTROLL)
    ),
}
"""Headings of the plan's own parts, not chapters: what is under them is read as such."""
GOALS_TITLE = SECTIONS[Section.MAL].title.lower()
GIVEN = frozenset({MalNiva.KF, MalNiva.KS})
"""The levels whose goals the nämnd is given: found alone (no table needed), and the area's
nämndsmål found after one go under it."""


@dataclass
class WordImport:
    """What was read from the document, and the report of what it became."""

    namnd: str = ""
    titel: str = ""
    kommun: str = ""
    forsta_ar: int | None = None
    sista_ar: int | None = None
    report: list[str] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)


class _Builder:
    def __init__(self, result: WordImport) -> None:
        self.r = result
        self.chapters: list[dict[str, Any]] = []
        self.areas: list[dict[str, Any]] = []
        self.goals: list[dict[str, Any]] = []
        self.activities: list[dict[str, Any]] = []
        self.units: dict[str, int] = {}
        self.drift_rows: list[dict[str, Any]] = []
        self.drift_columns: dict[str, dict[str, Any]] = {}
        self.controls: list[dict[str, Any]] = []
        self.investments: list[dict[str, Any]] = []
        self.key_tables: list[dict[str, Any]] = []
        self.heading_path: list[str] = []
        self.lines: list[str] = []
        self.ids = iter(range(1, 1_000_000))
        self.given: dict[int, dict[str, Any]] = {}
        """The KF or KS goal last found in each målområde (by id): its nämndsmål go under it."""
        self.by_heading: dict[str, dict[str, Any]] = {}
        """The goals by the heading they were found under, for the tables that follow it."""

    def in_structure(self) -> bool:
        """Under a heading of the plan's own parts ("Mål och indikatorer"), not a chapter."""
        return bool(self.heading_path) and self.heading_path[0].lower() in STRUCTURE

    def in_goals(self) -> bool:
        """Under the goal section's heading (a goal's title elsewhere, over its activities,
        names a goal found there)."""
        return bool(self.heading_path) and self.heading_path[0].lower() == GOALS_TITLE

    # --- text -------------------------------------------------------------------------------

    def heading(self, level: int, text: str) -> None:
        self.heading_path = [*self.heading_path[: level - 1], text]
        if level == 1:
            self.flush_chapter()
            if text.lower() not in STRUCTURE:
                self.chapters.append(
                    {
                        "id": next(self.ids),
                        "rubrik": text,
                        "text": "",
                        "omvarldsanalys": "omvärld" in text.lower(),
                        "att_granska": True,
                    }
                )
                self.r.report.append(f"Kapitel: {text}")
        elif self.chapters and not self.in_structure():
            self.lines.append(f"{'#' * min(level, 3)} {text}")
        elif self.in_goals() and (found := goal_heading(text)) and found[0] in GIVEN:
            self.given_goal(*found, self.heading_path)

    def paragraph(self, markdown: str, listed: bool, numbered: bool, plain: str = "") -> None:
        if self.in_goals() and not listed and (kf := kf_line(plain)):
            # "Kommunfullmäktiges mål: …" under a målområde's heading (vplan's earlier
            # export writes it so, as many plans do): a KF goal in that målområde.
            self.given_goal(MalNiva.KF, "", kf, [*self.heading_path, kf])
            return
        if not self.chapters or self.in_structure():
            return
        if listed:
            self.lines.append(("1. " if numbered else "- ") + markdown)
        else:
            self.lines.append("\n" + markdown)

    def flush_chapter(self) -> None:
        if self.chapters and self.lines:
            self.chapters[-1]["text"] = tidy_markdown("\n".join(self.lines).strip())
        self.lines = []

    # --- tables -----------------------------------------------------------------------------

    def table(self, table: Table) -> None:
        rows = [[cell_text(cell) for cell in row.cells] for row in table.rows]
        if not rows or not any(any(c for c in row) for row in rows):
            return
        if self.chapters and not self.lines:
            self.chapters[-1]["bara_tabeller"] = True  # a heading over tables, not a chapter
        header = [h.lower() for h in rows[0]]
        context = self.heading_path[-1] if self.heading_path else ""
        if any("indikator" in h or "mätmetod" in h for h in header):
            self.goal_table(rows, context)
        elif any("aktivitet" in h for h in header) and any(
            w in h for h in header for w in ("ansvarig", "slutdatum", "status")
        ):
            self.activity_table(rows, context, table)
        elif any("kontrollmoment" in h for h in header) and any(
            w in h for h in header for w in ("frekvens", "kontrollansvar", "ansvar")
        ):
            self.control_table(rows)
        elif sum(1 for h in rows[0][1:] if column_kind(h)) >= 2 and (
            "invest" in context.lower() or "projekt" in header[0]
        ):
            self.investment_table(rows)
        elif sum(1 for h in rows[0][1:] if column_kind(h)) >= 2 and "drift" in context.lower():
            self.budget_table(rows, context)
        elif context.lower() == "riskmatris":
            self.r.report.append(
                "Riskmatrisen hoppades över (den räknas fram ur internkontrollen)."
            )
        else:
            self.key_table(rows, context)

    def area(self, path: list[str]) -> dict[str, Any]:
        """The målområde of what stands under ``path``: the heading under the goal section's,
        in a document with one; else the section's own."""
        name = path[1] if len(path) >= 3 else (path[0] if path else "Mål")
        area = next((a for a in self.areas if a["namn"] == name), None)
        if area is None:
            area = {
                "id": next(self.ids),
                "kod": "",
                "namn": name,
                "beskrivning": "",
                "att_granska": True,
            }
            self.areas.append(area)
        return area

    def goal(self, area: dict[str, Any], niva: MalNiva, kod: str, text: str) -> dict[str, Any]:
        """A new goal of ``area``; a nämndsmål goes under the area's KF or KS goal."""
        parent = self.given.get(area["id"]) if niva is MalNiva.NAMND else None
        goal: dict[str, Any] = {
            "id": next(self.ids),
            "malomrade_id": area["id"],
            "overordnat_id": None if parent is None else parent["id"],
            "niva": niva.value,
            "kod": kod,
            "text": text,
            "beskrivning": "",
            "indikatorer": [],
            "att_granska": True,
        }
        self.goals.append(goal)
        return goal

    def given_goal(self, niva: MalNiva, kod: str, text: str, path: list[str]) -> None:
        """A goal KF or KS gives the nämnd (under a heading, or a "KF:s mål: …" line)."""
        area = self.area(path)
        goal = self.goal(area, niva, kod, text)
        self.given[area["id"]] = goal
        self.by_heading.setdefault(path[-1], goal)
        self.r.report.append(f"{MALNIVA_LABELS[niva]}: {text[:60]}")

    def goal_table(self, rows: list[list[str]], context: str) -> None:
        header = rows[0]
        years = {i: int(h.strip()) for i, h in enumerate(header) if YEAR.fullmatch(h.strip())}
        nulage_col = next((i for i, h in enumerate(header) if "nuläge" in h.lower()), None)
        long_col = next((i for i, h in enumerate(header) if "långsiktig" in h.lower()), None)
        area = self.area(self.heading_path)
        given = self.by_heading.get(context)
        if given is not None and given["niva"] in GIVEN:
            goal = given  # the indicators of KF's own goal, right under its heading
        else:
            niva, kod, text = goal_heading(context) or (MalNiva.NAMND, "", context or "Nämndsmål")
            goal = self.goal(area, niva, kod, text)
            self.by_heading.setdefault(context, goal)
        for row in rows[1:]:
            if not row[0]:
                continue
            indicator: dict[str, Any] = {
                "id": next(self.ids),
                "namn": row[0],
                "att_granska": True,
                "malnivaer": {},
            }
            unit = "%" if "%" in row[0] or any("%" in c for c in row[1:]) else ""
            indicator["enhet"] = unit
            if nulage_col is not None and row[nulage_col]:
                found = YEAR.search(header[nulage_col])
                indicator["nulage"] = {
                    "ar": int(found.group(0)) if found else None,
                    "varde": cell_value(row[nulage_col]),
                    "ar_malniva": False,
                }
            for index, year in years.items():
                value, jamforare = cell_target(row[index] if index < len(row) else "")
                if value is not None:
                    indicator["malnivaer"][str(year)] = value
                if jamforare is not None:  # "≥ 95 %"
                    indicator.setdefault("jamforare", {})[str(year)] = jamforare.value
            if long_col is not None and long_col < len(row):
                value, jamforare = cell_target(row[long_col])
                indicator["langsiktigt"] = value
                indicator["langsiktigt_jamforare"] = None if jamforare is None else jamforare.value
            goal["indikatorer"].append(indicator)
        indicators = count_of(len(goal["indikatorer"]), "indikator")
        self.r.report.append(f"Mål med {indicators}: {goal['text'][:60]}")

    def activity_table(self, rows: list[list[str]], context: str, table: Table) -> None:
        header = [h.lower() for h in rows[0]]

        def col(*words: str) -> int | None:
            return next((i for i, h in enumerate(header) if any(w in h for w in words)), None)

        name, owner, end, status = (
            col("aktivitet"),
            col("ansvarig"),
            col("slut", "klart senast"),
            col("status"),
        )
        start, description, cost = col("start"), col("beskrivning"), col("kostnad")
        goal = self.by_heading[context]["id"] if context in self.by_heading else None
        count = 0
        for number, row in enumerate(rows[1:], 1):
            if name is None or not row[name]:
                continue
            # The name's cell may hold the description under it, a paragraph of its own.
            lines = [p.text.strip() for p in table.rows[number].cells[name].paragraphs]
            lines = [line for line in lines if line]
            activity: dict[str, Any] = {
                "id": next(self.ids),
                "namn": lines[0] if lines else row[name],
                "namndsmal_id": goal,
                "att_granska": True,
            }
            if owner is not None:
                activity["ansvarig"] = row[owner]
            if description is not None:
                activity["beskrivning"] = row[description]
            elif len(lines) > 1:
                activity["beskrivning"] = "\n".join(lines[1:])
            if start is not None and re.fullmatch(DATE, row[start]):
                activity["startdatum"] = row[start]
            if end is not None:
                activity.update(end_dates(row[end]))
            if status is not None and row[status].lower() in STATUS:
                activity["status"] = STATUS[row[status].lower()]
            if cost is not None and row[cost]:
                if "egen" in row[cost].lower():
                    activity["egen_tid"] = True
                else:
                    amount = cell_value(row[cost].lower().replace("tkr", ""))
                    if isinstance(amount, Decimal) and amount >= 0:
                        activity["kostnad_tkr"] = amount
            self.activities.append(activity)
            count += 1
        self.r.report.append(
            f"Aktivitetstabell med {count} aktiviteter"
            + (f" (mål: {context[:50]})" if goal else "")
        )

    def amount(self, text: str, field: str) -> Decimal | None:
        """A cell's amount; one out of bounds is named in the report and left out."""
        try:
            amount = parse_amount(text)
        except InputError:
            return None  # empty, a dash or a note: no amount, as before
        try:
            return check_amount(amount, field)
        except InputError as error:
            self.r.report.append(f"{error.message} Cellen lämnades tom.")
            return None

    def budget_table(self, rows: list[list[str]], context: str) -> None:
        header = rows[0]
        kinds = {i: column_kind(h) for i, h in enumerate(header) if i > 0 and column_kind(h)}
        for kind in kinds.values():
            assert kind is not None
            self.drift_columns.setdefault(
                f"{kind[0]}-{kind[1]}", {"slag": kind[0], "ar": kind[1], "anmarkning": ""}
            )
        count = 0
        for row in rows[1:]:
            label = row[0]
            if not label or label.upper().startswith(
                ("NETTOKOSTNAD", "SUMMA", "KF:S RAM", "DIFFERENS")
            ):
                continue
            amounts = {}
            for index, kind in kinds.items():
                assert kind is not None
                where = f"Beloppet för {item_name(label)}, {kind[0].capitalize()} {kind[1]}"
                if (amount := self.amount(row[index], where)) is not None:
                    amounts[f"{kind[0]}-{kind[1]}"] = amount
            unit_id = self.units.setdefault(label, len(self.units) + 1)
            self.drift_rows.append(
                {"id": unit_id, "verksamhet_id": unit_id, "belopp": amounts, "att_granska": True}
            )
            count += 1
        self.r.report.append(f"Budgettabell med {count_of(count, 'rad')}: {context[:60]}")

    def investment_table(self, rows: list[list[str]]) -> None:
        header = rows[0]
        years = {i: kind[1] for i, h in enumerate(header) if (kind := column_kind(h))}
        number_col = 1 if len(header) > 1 and 1 not in years else None
        for row in rows[1:]:
            if not row[0] or row[0].upper().startswith("SUMMA"):
                continue
            amounts = {}
            for index, year in years.items():
                where = f"Beloppet {year} för {item_name(row[0])}"
                if (amount := self.amount(row[index], where)) is not None:
                    amounts[str(year)] = amount
            self.investments.append(
                {
                    "id": next(self.ids),
                    "projekt": row[0],
                    "projektnummer": row[number_col] if number_col else "",
                    "belopp": amounts,
                    "att_granska": True,
                }
            )
        self.r.report.append(f"Investeringar: {len(self.investments)} projekt")

    def control_table(self, rows: list[list[str]]) -> None:
        header = [h.lower() for h in rows[0]]
        names = {
            "process": ("process", "rutin"),
            "risk": ("risk",),
            "kontrollmoment": ("kontrollmoment",),
            "kontrollansvar": ("ansvar",),
            "frekvens": ("frekvens",),
            "metod": ("metod",),
            "rapportering_till": ("rapport",),
        }
        columns = {
            key: next(
                (
                    i
                    for i, h in enumerate(header)
                    if any(w in h for w in words) and not (key == "risk" and "värde" in h)
                ),
                None,
            )
            for key, words in names.items()
        }
        levels = {
            "sannolikhet": next(
                (i for i, h in enumerate(header) if h in ("s", "sannolikhet")), None
            ),
            "konsekvens": next((i for i, h in enumerate(header) if h in ("k", "konsekvens")), None),
        }
        for row in rows[1:]:
            control: dict[str, Any] = {"id": next(self.ids), "att_granska": True}
            for key, index in columns.items():
                if index is not None:
                    control[key] = row[index]
            for key, index in levels.items():
                if index is not None and row[index].isdigit() and 1 <= int(row[index]) <= 4:
                    control[key] = int(row[index])
            if any(v for k, v in control.items() if isinstance(v, str)):
                self.controls.append(control)
        self.r.report.append(f"Internkontroll med {count_of(len(self.controls), 'kontrollpunkt')}")

    def key_table(self, rows: list[list[str]], context: str) -> None:
        table_id = next(self.ids)
        columns = [
            {"id": next(self.ids), "rubrik": h or f"Kolumn {n}"}
            for n, h in enumerate(rows[0][1:], 2)
        ]
        rows_out = []
        for row in rows[1:]:
            if not row[0]:
                continue
            values = {
                str(c["id"]): cell_value(cell)
                for c, cell in zip(columns, row[1:], strict=False)
                if cell_value(cell) is not None
            }
            rows_out.append({"id": next(self.ids), "namn": row[0], "enhet": "", "varden": values})
        self.key_tables.append(
            {
                "id": table_id,
                "rubrik": context or rows[0][0] or "Tabell",
                "enhet": "",
                "kolumner": columns,
                "rader": rows_out,
                "att_granska": True,
            }
        )
        self.r.report.append(
            f"Okänd tabell sparad som nyckeltalstabell: {context[:60] or rows[0][0][:60]}"
        )


def read_word(path: Path) -> WordImport:
    """Read a Word plan; nothing is written."""
    check_office_zip(path, "Word")
    check_xml_parts(path)
    try:
        document = Document(str(path))
    except (KeyError, ValueError, zipfile.BadZipFile) as error:
        raise InputError(f"”{path.name}” går inte att läsa som Word-dokument ({error}).") from None
    result = WordImport()
    builder = _Builder(result)
    front: list[str] = []
    body = document.element.body
    styled = any(
        re.match(r"(?:Heading|Rubrik)\s*\d", p.style.name or "")
        for p in document.paragraphs
        if p.style is not None
    )
    for element in body.iterchildren():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(element, document)
            text = " ".join(paragraph.text.split())
            if not text:
                continue
            level = heading_level(paragraph, styled)
            if level is not None:
                if not styled:  # "2.1 Mål" → "Mål": the number only marked the heading
                    text = re.sub(r"^\d+(?:\.\d+)*[.)]?\s+", "", text)
                builder.heading(level, text)
            elif not builder.chapters and not builder.heading_path:
                front.append(text)
            else:
                listed, numbered = is_list(paragraph)
                builder.paragraph(markdown(paragraph), listed, numbered, text)
        elif tag == "tbl":
            builder.table(Table(element, document))
    builder.flush_chapter()
    builder.chapters = [
        c for c in builder.chapters if not (c.pop("bara_tabeller", False) and not c["text"].strip())
    ]
    kept = {c["rubrik"] for c in builder.chapters}
    result.report = [
        line for line in result.report if not line.startswith("Kapitel: ") or line[9:] in kept
    ]
    _guess_front(result, front + [p.text for p in document.paragraphs[:30]])
    result.data = _plan_data(result, builder)
    return result


def _guess_front(result: WordImport, lines: list[str]) -> None:
    for line in lines:
        text = " ".join(line.split())
        if not result.namnd:
            match = re.search(r"\b([A-ZÅÄÖ][\w\-åäö]*nämnd(?:en)?)\b", text)
            if match:
                result.namnd = match.group(1)
        if not result.kommun:
            match = re.search(r"\b([A-ZÅÄÖ][\wåäö]+ kommun)\b", text)
            if match:
                result.kommun = match.group(1)
        if result.forsta_ar is None:
            period = PERIOD.search(text)
            if period:
                result.forsta_ar, result.sista_ar = int(period.group(1)), int(period.group(2))
                result.titel = result.titel or text
            elif "verksamhetsplan" in text.lower() and YEAR.search(text):
                result.forsta_ar = result.sista_ar = int(YEAR.search(text).group(0))  # type: ignore[union-attr]
                result.titel = text
        if not result.titel and "verksamhetsplan" in text.lower():
            result.titel = text


def _plan_data(result: WordImport, b: _Builder) -> dict[str, Any]:
    first = result.forsta_ar or 2000
    last = result.sista_ar or first
    scale = DEFAULT_SCALES[4]
    return {
        "format": "vplan-plan",
        "version": VERSION,
        "uppgifter": {
            "kommun": result.kommun or "Kommun",
            "namnd": result.namnd or "Nämnden",
            "titel": result.titel or f"Verksamhetsplan {format_period(first, last)}",
            "forsta_ar": first,
            "sista_ar": last,
        },
        "riskskala": {
            "storlek": 4,
            "sannolikhet": list(scale.sannolikhet),
            "konsekvens": list(scale.konsekvens),
            "band": [
                {"till_och_med": x.till_och_med, "farg": x.farg, "namn": x.namn} for x in scale.band
            ],
        },
        "kapitel": b.chapters,
        "verksamheter": [{"id": i, "namn": name} for name, i in b.units.items()],
        "malomraden": b.areas,
        "namndsmal": b.goals,
        "aktiviteter": b.activities,
        "driftbudget": {
            "kolumner": sorted(b.drift_columns.values(), key=lambda c: (c["ar"], c["slag"])),
            "rader": b.drift_rows,
            "kf_ram": [],
        },
        "investeringar": b.investments,
        "nyckeltal": b.key_tables,
        "internkontroll": b.controls,
    }


def import_word(
    path: Path,
    target: Path,
    *,
    namnd: str | None = None,
    first: int | None = None,
    last: int | None = None,
) -> WordImport:
    """Create the plan ``target`` from the Word plan ``path``; the nämnd and period may be
    given (otherwise they are guessed from the title page)."""
    result = read_word(path)
    front = result.data["uppgifter"]
    if namnd:
        front["namnd"] = result.namnd = namnd
    if first is not None:
        front["forsta_ar"] = result.forsta_ar = first
        front["sista_ar"] = result.sista_ar = (
            last if last is not None else max(first, front["sista_ar"])
        )
    if result.forsta_ar is None:
        raise InputError(
            "Planperioden gick inte att hitta på försättsbladet. Ange den med --fran och --till."
        )
    import_json(result.data, target)
    return result

"""The walk through a Word plan's blocks in order: headings open chapters, the plan's own parts
("Mål och indikatorer", "Budget", "Internkontroll"), målområden and goals; paragraphs become
chapter text (or a målområde's or goal's description, a KF goal, yearly goal sentences);
tables go to the classifiers. Every block is given an outcome: nothing is dropped unsaid."""

from __future__ import annotations

import base64
import re
from typing import Any

from vplan_desktop import markdown as md
from vplan_desktop.db.enums import MalNiva
from vplan_desktop.errors import InputError
from vplan_desktop.images import ALT_TEXT_LIMIT, check_image
from vplan_desktop.imports import (
    word_activity_table,
    word_budget_table,
    word_control_table,
    word_goal_table,
    word_investment_table,
    word_key_table,
)
from vplan_desktop.imports.word_activity_lines import goal_line
from vplan_desktop.imports.word_area_chapter import area_heading, goal_part, perspective_part
from vplan_desktop.imports.word_assessment_lines import AssessmentLines
from vplan_desktop.imports.word_blocks import Block, BlockKind, Source
from vplan_desktop.imports.word_budget_join import joined
from vplan_desktop.imports.word_budget_unit import read_in_plan_unit
from vplan_desktop.imports.word_build import Builder, TableContext, TableView
from vplan_desktop.imports.word_caps_area import area_line
from vplan_desktop.imports.word_column_legend import column_legend
from vplan_desktop.imports.word_control_lines import ControlLines
from vplan_desktop.imports.word_dot_thousands import read_dots
from vplan_desktop.imports.word_goal_card import area_name
from vplan_desktop.imports.word_goal_explained import read_prose_goal
from vplan_desktop.imports.word_goal_label_line import label_line
from vplan_desktop.imports.word_goal_lists import GoalLists
from vplan_desktop.imports.word_goal_nesting import kf_may_follow, upper_level
from vplan_desktop.imports.word_goal_prose import leads_in
from vplan_desktop.imports.word_goal_sentences import bold_phrases, phrases_under, yearly_goals
from vplan_desktop.imports.word_goals_under import goals_under
from vplan_desktop.imports.word_heading_codes import heading_goal
from vplan_desktop.imports.word_kf_link import area_goal, goal_link
from vplan_desktop.imports.word_notes import is_table_note
from vplan_desktop.imports.word_part_activity import part_activity
from vplan_desktop.imports.word_result import Became
from vplan_desktop.imports.word_runin_caption import runin_label
from vplan_desktop.imports.word_structure import Structure, strip_outline
from vplan_desktop.imports.word_table import (
    amount,
    column_headers,
    guess_header_rows,
    is_year_header,
    table_rows,
    title_rows,
)
from vplan_desktop.imports.word_table_lead import goal_named_above, keep_table_notes
from vplan_desktop.imports.word_text import goal_heading, labelled_goal
from vplan_desktop.imports.word_tolkning import TableKind, TableTolkning, Tolkning, signature
from vplan_desktop.imports.word_unit_header import unit_rows
from vplan_desktop.imports.word_unit_rows import by_unit
from vplan_desktop.imports.word_unread_table import unreadable
from vplan_desktop.wording import clipped

PARTS = {
    "mal": re.compile(r"\b(?:mål|målområden|målområde|nämndsmål|indikatorer|målen)\b"),
    "aktiviteter": re.compile(r"^(?:aktiviteter|åtgärder|handlingsplan|aktivitetsplan)\b"),
    "investeringar": re.compile(r"^investering"),
    "budget": re.compile(r"\b(?:budget|driftbudget|ekonomi|ekonomiska|resultatbudget|ramar)\b"),
    "internkontroll": re.compile(r"\b(?:internkontroll|intern kontroll|internkontrollplan)"),
    "nyckeltal": re.compile(r"^nyckeltal"),
}
RISK_MATRIX = "Riskmatrisen hoppades över: vplan räknar fram den ur internkontrollen."
_NOT_PARTS = re.compile(r"^(?:bilaga|omvärld|inledning|uppdrag|organisation|sammanfattning)")
_MIN_SCORE = {
    TableKind.MAL: 3.0,
    TableKind.AKTIVITETER: 3.0,
    TableKind.DRIFT: 4.5,
    TableKind.RESULTAT: 5.0,
    TableKind.INVESTERINGAR: 5.5,
    TableKind.INTERNKONTROLL: 3.5,
}
SUMMED = {TableKind.DRIFT, TableKind.RESULTAT, TableKind.INVESTERINGAR, TableKind.NYCKELTAL}
"""The kinds of table whose totals rows are checked against their rows, never read as rows."""
SCORES = {
    TableKind.MAL: word_goal_table.score,
    TableKind.AKTIVITETER: word_activity_table.score,
    TableKind.DRIFT: word_budget_table.score_drift,
    TableKind.RESULTAT: word_budget_table.score_result,
    TableKind.INVESTERINGAR: word_investment_table.score,
    TableKind.INTERNKONTROLL: word_control_table.score,
}
ROLES = {
    TableKind.MAL: word_goal_table.roles,
    TableKind.AKTIVITETER: word_activity_table.roles,
    TableKind.DRIFT: word_budget_table.roles,
    TableKind.RESULTAT: word_budget_table.roles,
    TableKind.INVESTERINGAR: word_investment_table.roles,
    TableKind.INTERNKONTROLL: word_control_table.roles,
    TableKind.NYCKELTAL: word_key_table.roles,
    TableKind.KAPITEL: word_key_table.roles,
}


def part_of(text: str) -> str:
    """The plan's part a heading names ("mal", "budget" …); "" for a chapter of its own."""
    lower = text.lower().strip()
    if _NOT_PARTS.match(lower) or len(lower) > 60:
        return ""
    for part, pattern in PARTS.items():
        if pattern.search(lower):
            return part
    return ""


def continuations(blocks: list[Block], corrections: Tolkning) -> dict[int, list[tuple[Block, int]]]:
    """Each table's parts: itself (skipping nothing) and the tables right after it that a
    page break split off (skipping a header row repeated on the new page, or units rows)."""
    out: dict[int, list[tuple[Block, int]]] = {}
    head: int | None = None
    for block in blocks:
        if block.kind is not BlockKind.TABLE:
            if block.text:
                head = None
            continue
        wanted = corrections.tables.get(block.index)
        forced = wanted.continues if wanted is not None else None
        previous = blocks[block.index - 1] if block.index else None
        joins = (
            forced
            if forced is not None
            else head is not None
            and previous is not None
            and previous.kind is BlockKind.TABLE
            and previous.width == block.width
            and _continues(blocks[head], block)
        )
        if joins and head is not None:
            first = blocks[head]
            repeated = block.row_texts(0) == first.row_texts(0)
            out[head].append((block, guess_header_rows(first) if repeated else unit_rows(block)))
        else:
            head = block.index
            out[head] = [(block, -1)]
    return out


def _once(roles: list[str]) -> list[str]:
    """Each field taken by one column: a second "Slutdatum" column is read as other text (to
    the description), not lost."""
    seen: set[str] = set()
    out = []
    for role in roles:
        if role in seen and role not in ("ovrigt", "varde", "kvartal", "manad"):
            role = "ovrigt"
        seen.add(role)
        out.append(role)
    return out


def _continues(first: Block, block: Block) -> bool:
    """The table is the rest of ``first``: its header repeated, or no header of its own (its
    first row holds figures, or continues a row with an empty first cell)."""
    if block.row_texts(0) == first.row_texts(0):
        return True
    top = block.row_texts(0)
    if not top[0]:
        return True
    figures = sum(1 for t in top[1:] if t and amount(t) is not None and not is_year_header(t))
    return figures >= max(1, (len(top) - 1) // 2)


class Walk:
    """Reads the blocks into the builder; ``result.tolkning`` gets the reading used."""

    def __init__(
        self,
        source: Source,
        structure: Structure,
        corrections: Tolkning,
        b: Builder,
        years: tuple[int, int],
        follow_up: bool,
    ) -> None:
        self.source = source
        self.s = structure
        self.corrections = corrections
        self.b = b
        self.years = years
        self.follow_up = follow_up
        self.path: list[str] = []
        self.parts: list[str] = []
        self.chapter: int | None = None
        self.pending: list[tuple[int, str]] = []
        self.last_table: tuple[TableKind, dict[str, Any] | None] | None = None
        self.sentence_goal: dict[str, Any] | None = None
        self.last_note: int | None = None
        """The last line read as a table's note: a note right under it is the same table's."""
        self.goal_at: dict[int, dict[str, Any]] = {}
        """The goal of each heading level above the reading (its nämndsmål go under it)."""
        self.lists = GoalLists(b, source.blocks, *years)
        """A goal's indicators and activities written as lists and lines, not a table."""
        self.assessments = AssessmentLines(b, follow_up, source.blocks)
        self.controls = ControlLines(b, source.blocks)
        b.target_chapter = self.target_chapter
        self.groups = continuations(source.blocks, corrections)
        self.in_group = {p.index for parts in self.groups.values() for p, _ in parts[1:]}

    @property
    def part(self) -> str:
        return next((p for p in reversed(self.parts) if p), "")

    # --- headings ------------------------------------------------------------------------------

    def heading(self, block: Block, level: int) -> None:
        self.finish()
        kod, text = strip_outline(block)
        self.path = [*self.path[: level - 1], text]
        named = goal_heading(text) or labelled_goal(text)  # "KF:s mål 1 – …", "Nämndmål: …"
        goal_like = named or word_goal_table.GOAL_WORDS.match(text)
        enclosing = next((p for p in reversed(self.parts[: level - 1]) if p), "")
        own = perspective_part(self, block, level, part_of(text))  # a styrkort's "Ekonomi"
        area_like = re.match(r"^(?:(?:mål)?område|fokusområde|perspektiv)\b", text, re.I)
        if level > 1 and (goal_like or (own == enclosing and area_like)):
            own = ""  # a målområde or goal under the goals' heading, not a part of its own
        self.parts = [*self.parts[: level - 1], own]
        self.parts += [""] * (len(self.path) - len(self.parts))
        self.b.result.tolkning.headings[block.index] = level
        self.b.result.tolkning.signatures[block.index] = signature(block.text)
        self.sentence_goal = None
        self.lists.kind = None
        b = self.b
        bare = f" (”{block.text}” utan numret)" if text != block.text else ""
        if level == 1:
            self.pending = []
            self.goal_at = {}
            b.current_area = b.current_goal = None
            if goal_part(self, block) or (self.parts[0] == "mal" and area_like and not goal_like):
                self.chapter, self.parts[0] = None, "mal"  # "Målområde 1 …", "KF:s mål: …"
                self.goal_heading(block, level, kod, text)
            elif self.parts[0]:
                self.chapter = None
                b.became(block.index, Became.STRUKTUR, f"Planens del ”{text}”{bare}")
            else:
                self.chapter = len(b.chapters)
                b.chapter(text)["_block"] = block.index
                b.became(block.index, Became.KAPITEL, f"Kapitlet ”{text}”{bare}")
                b.report(f"Kapitel: {text}")
            return
        known = b.by_heading.get(text) or b.by_heading.get(block.text)
        if known is not None and self.part != "mal":
            b.current_goal = known  # a goal's title over its activities: that goal
            b.became(
                block.index, Became.STRUKTUR, f"Rubrik för målet ”{clipped(known['text'], 50)}”"
            )
        elif (self.part == "mal" and not self.parts[-1]) or named or area_heading(self, block):
            self.goal_heading(block, level, kod, text)
        elif self.chapter is not None:
            b.text(self.chapter, md.Heading(min(level - 1, 3), (md.Run(text),)))
            b.became(
                block.index,
                Became.RUBRIK,
                f"Rubrik i kapitlet ”{b.chapters[self.chapter]['rubrik']}”{bare}",
            )
        else:
            self.pending = [p for p in self.pending if p[0] < level] + [(level, text)]
            what = f"Rubriken ”{text}” i planens del ”{self.path[0]}”{bare}"
            b.became(block.index, Became.STRUKTUR, what)

    def goal_heading(self, block: Block, level: int, kod: str, text: str) -> None:
        b = self.b
        looks_like_goal = bool(goal_heading(text) or word_goal_table.GOAL_WORDS.match(text))
        depth = len([p for p in self.parts if p == "mal"])
        area_level = self.parts.index("mal") + 2 if "mal" in self.parts else 2
        named_area = bool(re.match(r"^(?:(?:mål)?område|fokusområde|perspektiv)\b", text, re.I))
        if not looks_like_goal and (
            named_area
            or (level <= area_level and self.has_subheadings(block.index, level))
            or goals_under(self.source.blocks, self.s.levels, block.index, level)
            or phrases_under(self.source.blocks, block.index, self.s.levels, level)
        ):
            area = b.area(*area_name(text, kod))
            b.current_area, b.current_goal = area, None
            self.goal_at = {}
            b.became(block.index, Became.MALOMRADE, f"Målområdet ”{area['namn']}”")
            return
        niva, goal_kod, goal_text = heading_goal(self.source.blocks, self.s.levels, block.index)
        niva = upper_level(self.source.blocks, self.s.levels, block.index, level, text) or niva
        area = b.current_area or b.area(self.path[0] if depth and level > 1 else "Mål")
        b.current_area = area
        above = [g for at, g in self.goal_at.items() if at < level]
        parent = above[-1]["id"] if above and kf_may_follow(above[-1], niva) else None
        goal = b.goal(area, niva, goal_kod or kod, goal_text, parent)
        self.goal_at = {at: g for at, g in self.goal_at.items() if at < level} | {level: goal}
        if niva in (MalNiva.KF, MalNiva.KS):
            b.given[area["id"]] = goal
        b.by_heading.setdefault(text, goal)
        b.by_heading.setdefault(block.text, goal)
        b.current_goal = goal
        b.became(block.index, Became.MAL, f"Målet ”{clipped(goal_text, 60)}”")

    def has_subheadings(self, index: int, level: int) -> bool:
        """The heading at ``index`` has headings under it before the next of its level."""
        after = min((i for i in self.s.levels if i > index), default=None)
        return after is not None and self.s.levels[after] > level

    # --- text --------------------------------------------------------------------------------

    def target_chapter(self) -> int:
        """The chapter text goes to: the heading's own, or one named for the plan's part."""
        if self.chapter is not None:
            return self.chapter
        index = self.b.chapter_named(self.path[0] if self.path else "Inledning")
        for level, text in self.pending:
            self.b.text(index, md.Heading(min(max(level - 1, 1), 3), (md.Run(text),)))
        self.pending = []
        return index

    def runs(self, block: Block) -> tuple[md.Run, ...]:
        if block.runs:
            return block.runs
        return md.inline(block.markdown) if block.markdown else (md.Run(block.text),)

    def paragraph(self, block: Block) -> None:
        b = self.b
        text = block.text
        previous = self.source.blocks[block.index - 1] if block.index else None
        after_table = previous is not None and (
            previous.kind is BlockKind.TABLE or previous.index == self.last_note
        )
        key_figures = self.last_table is not None and self.last_table[0] is TableKind.NYCKELTAL
        noted = after_table and is_table_note(block, key_figures=key_figures)
        if noted and self.last_table and self.last_table[1] is not None:
            table = self.last_table[1]
            table["fotnoter"] = "\n".join(t for t in (table["fotnoter"], text) if t)
            b.became(
                block.index, Became.NOT, f"Fotnot till tabellen ”{clipped(table['rubrik'], 50)}”"
            )
            self.last_note = block.index
            return
        if previous is not None and column_legend(b, previous, block):  # "Trend: ▲ …"
            return
        if self.part == "mal" and self.lists.outline.read(block, self.path[-1]):
            return  # an item of the goals' outline ("1." / "1.1" numbered by Word)
        if goal_link(b, self.source.blocks, self.s.levels, block) or self.names_goal(block):
            return
        if self.part == "internkontroll" and self.controls.read(block):
            return
        if self.assessments.read(block, self.path[-1] if self.path else ""):
            return
        if self.part != "mal" and goal_line(b, block):  # "Nämndens mål: …" over activities
            return
        if self.lists.read(block) or (self.part == "aktiviteter" and part_activity(b, block)):
            return
        area = b.current_area if self.part == "mal" else None
        if area is not None:  # bold goal phrases in a sentence; the sentence stays text
            for phrase in bold_phrases(block.runs):
                b.goal(area, MalNiva.NAMND, "", phrase)
        if self.part == "mal" and block.kind is BlockKind.PARAGRAPH and self.goal_text(block):
            return
        chapter = self.target_chapter()
        self.add_text(chapter, block)
        for note in block.notes:
            b.text(chapter, md.Paragraph((md.Run(f"Fotnot: {note}"),)))
        heading = clipped(b.chapters[chapter]["rubrik"], 50)
        b.became(block.index, Became.TEXT, f"Text i kapitlet ”{heading}”")

    def finish(self) -> None:
        """Gives the assessment lines read since the last heading to their goals."""
        self.assessments.settle(self.as_text)

    def as_text(self, block: Block) -> None:
        chapter = self.target_chapter()
        self.add_text(chapter, block)
        what = f"Text i kapitlet ”{clipped(self.b.chapters[chapter]['rubrik'], 50)}”"
        self.b.became(block.index, Became.TEXT, what)

    def names_goal(self, block: Block) -> bool:
        """An "Indikatorer: <goal>" line just above a table: the table measures that goal."""
        blocks = self.source.blocks
        after = blocks[block.index + 1] if block.index + 1 < len(blocks) else None
        if after is None or after.kind is not BlockKind.TABLE:
            return False
        self.b.named_goal = goal = goal_named_above(block.text, self.b.goals)
        if goal is not None:
            what = f"Rubrik över indikatorerna för målet ”{clipped(goal['text'], 50)}”"
            self.b.became(block.index, Became.STRUKTUR, what)
        return goal is not None

    def goal_text(self, block: Block) -> bool:
        """Text under the goal part: a KF goal line, yearly goal sentences, or a målområde's
        or goal's description. False when it is none of these (it goes to a chapter)."""
        b, text, lv = self.b, block.text, self.s.levels
        if area_goal(b, block, self.path) or label_line(b, self.source.blocks, block.index, lv):
            return True
        if years := yearly_goals(text):
            area = b.current_area or b.area(self.path[-1] if self.path else "Mål")
            owner = b.current_goal or self.sentence_goal
            if owner is None or (
                owner is self.sentence_goal and any(str(y) in owner["arstexter"] for y in years)
            ):
                owner = b.goal(area, MalNiva.NAMND, "", years[min(years)])
                self.sentence_goal = owner
            for year, sentence in years.items():
                owner["arstexter"][str(year)] = sentence[:2000]
            b.became(block.index, Became.MAL, f"Målet ”{clipped(owner['text'], 50)}” per år")
            return True
        if found_area := area_line(block):  # "Målområde: …", "TRYGGHET – …" in bold
            b.current_area, b.current_goal = b.area(found_area), None
            b.became(block.index, Became.MALOMRADE, f"Målområdet ”{clipped(text, 50)}”")
            return True
        blocks, at = self.source.blocks, block.index  # "Nämnden ska …" in a series too
        if read_prose_goal(b, blocks, at, lv, self.path[-1] if self.path else "Mål"):
            return True
        target = None if leads_in(blocks, at, b.goals) else b.current_goal or b.current_area
        if target is not None:
            target["beskrivning"] = "\n\n".join(t for t in (target["beskrivning"], text) if t)
            kind = "målet" if target is b.current_goal else "målområdet"
            name = target.get("text") or target.get("namn") or ""
            b.became(
                block.index,
                Became.MAL if kind == "målet" else Became.MALOMRADE,
                f"Beskrivning av {kind} ”{clipped(name, 50)}”",
            )
            return True
        return False

    def add_text(self, chapter: int, block: Block) -> None:
        blocks = self.b.chapter_blocks[chapter]
        runs = self.runs(block)
        if block.kind is BlockKind.LIST_ITEM:
            last = blocks[-1] if blocks else None
            if (
                isinstance(last, md.ListBlock)
                and last.level == block.list_level
                and last.ordered == block.numbered
            ):
                blocks[-1] = md.ListBlock(last.ordered, (*last.items, runs), last.level, last.start)
            else:
                blocks.append(md.ListBlock(block.numbered, (runs,), block.list_level))
        else:
            blocks.append(md.Paragraph(runs))

    def image(self, block: Block, caption: str) -> None:
        """A picture in PNG or JPEG goes into the chapter with its alt text; any other (EMF, a
        missing picture) is named in the report."""
        b = self.b
        name = f"”{clipped(block.alt, 50)}”" if block.alt else "utan alternativtext"
        try:
            check_image(block.image)
        except InputError:
            b.became(
                block.index,
                Became.BILD,
                f"Bilden {name} följde inte med",
                f"Bilden {name} är inte i PNG eller JPEG och följde inte med: spara den som "
                "bild ur Word och lägg in den i kapitlet.",
            )
            return
        image_id = len(b.images) + 1
        b.images.append(
            {
                "id": image_id,
                "namn": (block.alt or caption or f"Bild {image_id}")[:200],
                "alt_text": block.alt[:ALT_TEXT_LIMIT],
                "data": base64.b64encode(block.image).decode("ascii"),
                "att_granska": True,
            }
        )
        chapter = self.target_chapter()
        b.text(chapter, md.ImageBlock(image_id, caption))
        warning = "" if block.alt else "Bilden saknar alternativtext: skriv en i kapitlet."
        b.became(
            block.index,
            Became.BILD,
            f"Bilden {name} i kapitlet ”{clipped(b.chapters[chapter]['rubrik'], 50)}”",
            warning,
        )

    # --- tables ------------------------------------------------------------------------------

    def table(self, block: Block, caption: str) -> None:
        self.lists.kind = None
        if block.index in self.in_group:
            return  # read with the table it continues
        parts = [(p, skip) for p, skip in self.groups.get(block.index, [(block, -1)])]
        wanted = self.corrections.tables.get(block.index, TableTolkning())
        header_rows = (
            wanted.header_rows if wanted.header_rows is not None else guess_header_rows(block)
        )
        header_rows = max(0, min(header_rows, len(block.rows)))
        parts[0] = (block, header_rows)
        headers = column_headers(block, header_rows)
        titles = title_rows(block, header_rows)
        ctx = TableContext(
            path=list(self.path),
            caption=caption or runin_label(self.source.blocks, block.index),
            lead=self.lead_in(block.index),
            part=self.part,
            first_year=self.years[0],
            last_year=self.years[1],
            follow_up=self.follow_up,
            under_goal=self.b.current_goal is not None,
        )
        if self.b.named_goal is None and caption:
            self.b.named_goal = goal_named_above(caption, self.b.goals)
        kind = wanted.kind or self.guess_kind(block, headers, titles, ctx)
        if kind is TableKind.RESULTAT and not wanted.kind and by_unit(block, header_rows):
            kind = TableKind.DRIFT  # "Bygglov intäkter | … kostnader | … nettokostnad"
        roles = wanted.columns if wanted.columns is not None else ROLES[kind](headers, ctx)
        roles = _once((list(roles) + ["ovrigt"] * block.width)[: block.width])
        groups = {
            (p.index, r): g
            for p, _ in parts
            for r, g in self.corrections.tables.get(p.index, TableTolkning()).groups.items()
        }
        parts = read_dots(self.b, parts, roles, kind, [caption, ctx.lead, *headers, *titles])
        rows = table_rows(parts, roles, groups, totals=kind in SUMMED)
        kind = kind if wanted.kind or not unreadable(kind, rows, roles) else TableKind.KAPITEL
        used = TableTolkning(kind=kind, header_rows=header_rows, columns=roles, continues=False)
        view = TableView(block, parts, used, headers, titles, ctx, rows)
        self.read(view)
        self.b.named_goal = None
        kept = self.last_table[1] if self.last_table else None
        keep_table_notes(self.b, [p for p, _ in parts], kept, self.target_chapter)
        tolkning = self.b.result.tolkning
        for number, (part, skip) in enumerate(parts):
            entry = used if number == 0 else TableTolkning(kind, skip, roles, continues=True)
            entry.groups = {
                r.index: r.group for r in rows.rows if r.block == part.index and r.group
            }
            tolkning.tables[part.index] = entry
            tolkning.signatures[part.index] = signature(part.text)

    def lead_in(self, index: int) -> str:
        """The short lines right above a table ("Resultaträkning, tkr", "Nettobelopp i kkr"):
        words for the classifiers, whether or not they are kept as text."""
        lines = []
        for block in reversed(self.source.blocks[max(0, index - 2) : index]):
            if block.kind is not BlockKind.PARAGRAPH or len(block.text) > 100:
                break
            lines.append(block.text)
        return " ".join(reversed(lines))

    def guess_kind(
        self, block: Block, headers: list[str], titles: list[str], ctx: TableContext
    ) -> TableKind:
        scores = {kind: score(headers, titles, block, ctx) for kind, score in SCORES.items()}
        passing = {k: s for k, s in scores.items() if s >= _MIN_SCORE[k]}
        key = word_key_table.score_key(headers, titles, block, ctx)
        if passing and max(passing.values()) >= key:
            return max(passing, key=lambda k: passing[k])
        text = word_key_table.score_text(headers, titles, block, ctx)
        return TableKind.NYCKELTAL if key >= text else TableKind.KAPITEL

    def read(self, view: TableView) -> None:
        kind = view.tolkning.kind
        b = self.b
        table: dict[str, Any] | None = None
        if view.context.heading.lower() == "riskmatris" and kind is TableKind.NYCKELTAL:
            b.became(view.block.index, Became.INTERNKONTROLL, RISK_MATRIX)
            b.report(RISK_MATRIX)
        elif kind is TableKind.MAL:
            word_goal_table.read(view, b)
        elif kind is TableKind.AKTIVITETER:
            word_activity_table.read(view, b)
        elif kind is TableKind.DRIFT:
            read_in_plan_unit(view, b, "drift", joined(word_budget_table.read_drift))
        elif kind is TableKind.RESULTAT:
            read_in_plan_unit(view, b, "resultat", word_budget_table.read_result)
        elif kind is TableKind.INVESTERINGAR:
            read_in_plan_unit(view, b, "investering", word_investment_table.read)
        elif kind is TableKind.INTERNKONTROLL:
            word_control_table.read(view, b)
        elif kind is TableKind.NYCKELTAL:
            table = word_key_table.read_key(view, b)
        else:
            chapter = self.target_chapter()
            if view.context.caption:
                b.text(chapter, md.Paragraph((md.Run(view.context.caption, bold=True),)))
            b.text(chapter, word_key_table.chapter_table(view))
            word_key_table.kept_in_chapter(view, b, b.chapters[chapter]["rubrik"])
        assert kind is not None
        self.last_table = (kind, table)

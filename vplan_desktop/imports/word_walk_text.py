"""The walk's text (``word_walk``): paragraphs become chapter text, or a målområde's or goal's
description, a KF goal, yearly goal sentences, a table's note; pictures go into the chapter.
``TextWalk`` also declares the walk's state, which ``Walk`` sets."""

from __future__ import annotations

import base64
from typing import Any

from vplan_desktop import markdown as md
from vplan_desktop.db.enums import MalNiva
from vplan_desktop.errors import InputError
from vplan_desktop.images import ALT_TEXT_LIMIT, check_image
from vplan_desktop.imports.word_activity_lines import goal_line
from vplan_desktop.imports.word_assessment_lines import AssessmentLines
from vplan_desktop.imports.word_blocks import Block, BlockKind, Source
from vplan_desktop.imports.word_build import Builder
from vplan_desktop.imports.word_caps_area import area_line
from vplan_desktop.imports.word_column_legend import column_legend
from vplan_desktop.imports.word_control_lines import ControlLines
from vplan_desktop.imports.word_form_tables import form_goal_line
from vplan_desktop.imports.word_goal_explained import read_prose_goal
from vplan_desktop.imports.word_goal_label_line import label_line
from vplan_desktop.imports.word_goal_lists import GoalLists
from vplan_desktop.imports.word_goal_prose import leads_in
from vplan_desktop.imports.word_goal_sentences import bold_phrases, yearly_goals
from vplan_desktop.imports.word_kf_link import area_goal, goal_link
from vplan_desktop.imports.word_notes import is_table_note
from vplan_desktop.imports.word_part_activity import part_activity
from vplan_desktop.imports.word_result import Became
from vplan_desktop.imports.word_structure import Structure
from vplan_desktop.imports.word_table_lead import goal_named_above
from vplan_desktop.imports.word_tolkning import TableKind, Tolkning
from vplan_desktop.wording import clipped


class TextWalk:
    """The walk's reading of text and pictures."""

    source: Source
    s: Structure
    corrections: Tolkning
    b: Builder
    years: tuple[int, int]
    follow_up: bool
    path: list[str]
    parts: list[str]
    chapter: int | None
    pending: list[tuple[int, str]]
    last_table: tuple[TableKind, dict[str, Any] | None] | None
    sentence_goal: dict[str, Any] | None
    last_note: int | None
    goal_at: dict[int, dict[str, Any]]
    lists: GoalLists
    assessments: AssessmentLines
    controls: ControlLines
    groups: dict[int, list[tuple[Block, int]]]
    in_group: set[int]

    @property
    def part(self) -> str:
        return next((p for p in reversed(self.parts) if p), "")

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
        if form_goal_line(b, block):  # "Kommentar: …" of a goal's form, under its table
            return
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

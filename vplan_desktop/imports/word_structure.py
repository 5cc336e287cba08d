"""Which lines of a Word plan are its headings, and at what level: by Word's heading styles
starting at any level (chapters in Heading 2 with only the appendices in Heading 1), or in a
plan without them by numbered lines ("3.2 Mål"), short bold lines (their levels told by font
size when the plan sizes them, ``word_sizes``) and lines in capitals; a line the table of
contents names is a heading too, as is, in a plan with heading styles, a bold line the writer
sized as a chapter or a section (``word_styled_sizes``). A line just above a table is its
caption."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from vplan_desktop.imports.word_blocks import Block, BlockKind, HeadingBy, Source
from vplan_desktop.imports.word_caption_word import caption_line
from vplan_desktop.imports.word_goal_label_caption import labelled_caption
from vplan_desktop.imports.word_numbered_siblings import numbered_siblings
from vplan_desktop.imports.word_roman_numbers import strip_roman
from vplan_desktop.imports.word_sizes import heading_sizes, sized_level
from vplan_desktop.imports.word_styled_sizes import styled_sized_levels
from vplan_desktop.imports.word_text import labelled_goal
from vplan_desktop.imports.word_tjansteskrivelse import case_levels
from vplan_desktop.imports.word_toc_prefix import toc_prefixed

APPENDIX = re.compile(r"^(?:bilaga|bilagor|appendix)\b", re.IGNORECASE)
TOC_HEADING = re.compile(
    r"^(?:innehåll|innehållsförteckning):?(?:\s+(?:sid|sida|sidan|sidnr|sidnummer)\.?)?$", re.I
)
"""The line over a table of contents, with or without the label of its page column
("Innehållsförteckning<TAB>Sidnr")."""
_PAGE = re.compile(r"[\s.…·_\-]*\d{1,3}$")
_NUMBER = re.compile(r"^\d+(?:[.:]\d+)*[.)]?\s+")


def toc_key(text: str) -> str:
    """A heading or table-of-contents line without its number and page: for matching."""
    text = _PAGE.sub("", text.strip())
    return " ".join(_NUMBER.sub("", text).lower().split())


def strip_number(text: str) -> tuple[str, str]:
    """("3.2", "Mål") for "3.2 Mål"; ("", text) for a heading without a number."""
    found = _NUMBER.match(text)
    if found is None:
        return "", text
    return found.group(0).strip().rstrip(".)"), text[found.end() :].strip() or text


_LETTER = re.compile(r"^(?P<kod>[A-ZÅÄÖ](?:\.\d{1,2})+\.?|[A-ZÅÄÖ][.)])\s+(?=\S)")


def strip_letter(text: str) -> tuple[str, str]:
    """("A", "Inledning") for a heading lettered "A. Inledning", ("D.1", "Trygghet") for
    "D.1 Trygghet": a letter is a section number as "1." is; ("", text) for any other."""
    found = _LETTER.match(text)
    if found is None or len(found.group("kod")) < 2:
        return "", text
    return found.group("kod").rstrip(".)"), text[found.end() :].strip()


_SHOWN = re.compile(r"(\d+(?:\.\d+)*|[A-ZÅÄÖ](?:\.\d+)*)[.):]?$")
"""The section number at the end of the number Word's list numbering shows."""


def strip_outline(block: Block) -> tuple[str, str]:
    """A heading's section number and words: a numbered line's number, a styled heading's
    letter ("A. Inledning"), else the number Word's list numbering shows before it ("4.2.1")."""
    if block.heading_by is HeadingBy.NUMBER:
        return strip_number(block.text)
    kod, text = strip_letter(block.text)
    if not kod:
        kod, text = strip_roman(block.text)  # "II. OMVÄRLD"
    shown = _SHOWN.search(block.number)  # "Kapitel 4" shows the number 4
    return kod or (shown.group(1) if shown else ""), text


@dataclass
class Structure:
    levels: dict[int, int] = field(default_factory=dict)
    """Block index → heading level (1 = a chapter)."""
    captions: set[int] = field(default_factory=set)
    """Lines that name the table right under them."""
    toc_lines: set[int] = field(default_factory=set)
    """Paragraphs of a table of contents typed by hand."""
    title: int | None = None
    """A heading that is the document's title, not a chapter."""
    styled: bool = False


def resolve(source: Source, corrections: dict[int, int]) -> Structure:
    blocks = source.blocks
    out = Structure(styled=any(b.kind is BlockKind.HEADING for b in blocks))
    typed = _typed_toc(blocks, out)
    toc = {toc_key(line) for line in [*source.toc, *typed]}
    toc.discard("")
    if out.styled:
        heads = [b for b in blocks if b.kind is BlockKind.HEADING and b.index not in out.toc_lines]
        body = [b.level or 1 for b in heads if not APPENDIX.match(b.text)]
        base = min(body) if body else 1
        tops = [b for b in heads if (b.level or 1) == base and not APPENDIX.match(b.text)]
        titled = bool(tops) and bool(
            re.search(r"plan|budget|rapport|berättelse|redovisning", tops[0].text, re.I)
        )
        if len(tops) == 1 and heads and heads[0] is tops[0] and titled:
            below = [b for b in heads if (b.level or 1) == base + 1]
            if len(below) >= 3:
                out.title, base = tops[0].index, base + 1
        for b in heads:
            if b.index == out.title:
                continue
            level = 1 if APPENDIX.match(b.text) else max(1, (b.level or 1) - base + 1)
            out.levels[b.index] = level
        named = {toc_key(b.text) for b in heads}
        for b in blocks:
            if b.candidate_level and toc_key(b.text) in toc - named:
                out.levels[b.index] = b.candidate_level if b.heading_by is HeadingBy.NUMBER else 1
            elif b.candidate_level and _before_table(blocks, b.index):
                out.captions.add(b.index)
        for index, level in styled_sized_levels(blocks, out.toc_lines).items():
            if index not in out.levels:  # a bold chapter in a size of its own ("Ekonomi")
                out.levels[index] = level
                out.captions.discard(index)
        for index, level in numbered_siblings(blocks, out.levels).items():
            out.levels[index] = level  # "3.2" in bold beside the styled "3.1"
            out.captions.discard(index)
        for index, level in toc_prefixed(blocks, toc - named, out.levels).items():
            out.levels[index] = level  # "KVALITET – …" where the contents say "Kvalitet"
            out.captions.discard(index)
    else:
        numbers = [b.candidate_level or 1 for b in blocks if b.heading_by is HeadingBy.NUMBER]
        caps = any(b.heading_by is HeadingBy.CAPS for b in blocks if b.candidate_level)
        sizes = heading_sizes(blocks)
        # numbered bold lines all in the sections' size ("1 Klimat" in 13 pt under chapters
        # in 14 pt, a plan converted from a PDF): sections, their level told by size
        sized_numbers = _sized_numbers(blocks, sizes)
        sub_numbers = bool(numbers) and (min(numbers) >= 2 or sized_numbers)
        current = 0
        first_number = next(
            (b.index for b in blocks if b.heading_by is HeadingBy.NUMBER and b.candidate_level),
            None,
        )
        for b in blocks:
            if not b.candidate_level or b.index in out.toc_lines:
                continue
            if first_number is not None and b.index < first_number and not sub_numbers:
                continue  # the cover's bold and capital lines, before the numbered chapters
            confirmed = toc_key(b.text) in toc
            by_number = b.heading_by is HeadingBy.NUMBER
            chapter_size = b.heading_by is HeadingBy.BOLD and sized_level(b, sizes) == 1
            if _before_table(blocks, b.index) and not (
                # an appendix's heading, or a line in the chapters' size, over a table
                confirmed
                or by_number
                or names_part(b.text)
                or APPENDIX.match(b.text)
                or chapter_size
                # a goal labelled with its level ("Nämndmål: …") in a heading size, over its
                # status line (a converted plan makes the line a table)
                or (labelled_goal(b.text) and sized_level(b, sizes) is not None)
            ):
                out.captions.add(b.index)
                continue
            if by_number:
                level = (sized_level(b, sizes) if sized_numbers else None) or b.candidate_level
                current = level
            elif sizes and b.heading_by is HeadingBy.BOLD and not confirmed:
                if (sized := sized_level(b, sizes)) is None:
                    continue  # a cover line in a size of its own, a bold line of the body
                level = sized
            elif numbers and not sub_numbers and b.heading_by is HeadingBy.CAPS and current > 1:
                # after numbered sections ("5.4 …") an unnumbered capital line is no section
                # (it would be "5.5"), nor below one: a chapter of its own
                level = 1
            elif numbers and not sub_numbers:
                level = current + 1 if current else 1
            elif b.heading_by is HeadingBy.CAPS or not caps:
                level = 1
            else:
                level = 2
            out.levels[b.index] = min(level, 6)
    for b in blocks:
        if (
            b.kind is BlockKind.PARAGRAPH
            and (b.bold or caption_line(b.text) or labelled_caption(b))
            and len(b.text) <= 150
            and b.index not in out.levels
            and _before_table(blocks, b.index, images=True)
        ):
            out.captions.add(b.index)
    out.levels = case_levels(blocks, out.levels)  # a plan inside a tjänsteskrivelse
    for index, level in corrections.items():
        if 0 <= index < len(blocks):
            if level:
                out.levels[index] = level
                out.captions.discard(index)
            else:
                out.levels.pop(index, None)
    return out


PART_WORDS = re.compile(
    r"^(?:\d+(?:\.\d+)*\s+)?(?:mål|nämndens mål|mål och|driftbudget|budget|ekonomi|investering|"
    r"internkontroll|intern kontroll|aktiviteter|nyckeltal|resultaträkning)",
    re.IGNORECASE,
)


def names_part(text: str) -> bool:
    """A line naming one of the plan's parts ("Driftbudget"): a heading, not a caption."""
    return bool(PART_WORDS.match(text.strip())) and len(text) <= 40


def _sized_numbers(blocks: list[Block], sizes: dict[float, int]) -> bool:
    """Every numbered line is bold in the headings' second size."""
    numbered = [b for b in blocks if b.heading_by is HeadingBy.NUMBER and b.candidate_level]
    return bool(numbered) and all(b.bold and sized_level(b, sizes) == 2 for b in numbered)


def _before_table(blocks: list[Block], index: int, images: bool = False) -> bool:
    kinds = (BlockKind.TABLE, BlockKind.IMAGE) if images else (BlockKind.TABLE,)
    return index + 1 < len(blocks) and blocks[index + 1].kind in kinds


def _typed_toc(blocks: list[Block], out: Structure) -> list[str]:
    """A table of contents typed as lines ("Uppdrag och organisation ..... 2") under an
    "Innehåll" line: its lines are set aside and confirm the headings."""
    lines: list[str] = []
    for b in blocks[:200]:
        if TOC_HEADING.match(b.text.strip()):
            out.toc_lines.add(b.index)
            for after in blocks[b.index + 1 :]:
                if after.kind is BlockKind.TABLE or not re.search(r"\d{1,3}$", after.text):
                    break
                out.toc_lines.add(after.index)
                lines.append(after.text)
            break
    return lines

"""A plan written in Word (or OpenDocument) becomes a vplan plan.

``read_source`` reads the document into blocks (``word_docx``, ``word_odt``; struck and hidden
text left out and reported, ``word_docx_struck``; a plan converted from a PDF repaired: margin
tables, wrapped bold headings and headings told by size alone, ``word_margin_tables``,
``word_wrapped_headings``, ``word_plain_sizes``), reading lone coloured symbols in tables
through the document's legend (``word_symbols``), joining tables split at a page end or
sideways by columns (``word_page_tables``, ``word_side_tables``), folding tab-aligned lines
into the tables they lay out (``word_tab_table``), unfolding one-cell boxes (``word_box``),
one-page grids of målområden (``word_area_grid``), two-column goal cards
(``word_column_cards``), goal matrices with the målområden as columns (``word_goal_matrix``),
matrices of activities with their owners as columns (``word_owner_matrix``),
layout tables, målkort and tables in sections (``word_layout``, ``word_goal_card``,
``word_section_table``), turning tables that run their years downwards (``word_transpose``;
indicators a row per year, ``word_year_rows``) and kontrollkort (``word_control_cards``), and
chapters headed in Word's Title style (``word_title_chapters``); ``interpret`` reads the
blocks as a plan – headings (``word_structure``; in a tjänsteskrivelse the plan inside
"Ärendet", ``word_tjansteskrivelse``), the cover page (``word_front``; the first page's own
header and footer when the body has none), the walk through chapters, goals and tables
(``word_walk`` with one classifier per kind of table; ``word_kf_table`` for a table linking
fullmäktige's goals to the nämnd's by number; each unit's own plan in a plan compiled from
the förvaltning's units, ``word_unit_chapters``, ``word_unit_goals``, ``word_unit_lines``), a
working draft's notes, placeholders and withdrawn goals (``word_bracket_notes``,
``word_placeholders``, ``word_withdrawn_goals``) – under the user's corrections
(``word_tolkning``, found again by signature: ``word_remapped``), and says per block what it
became (the report's head: ``word_front_matter``); ``create_plan`` writes the plan.
Everything imported is marked "att granska"."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from vplan_desktop.errors import InputError, InterchangeError
from vplan_desktop.imports.word_activity_cards import unfold_activity_cards
from vplan_desktop.imports.word_activity_units import units_in_names
from vplan_desktop.imports.word_area_grid import unfold_area_grids
from vplan_desktop.imports.word_blocks import Block, BlockKind, Source
from vplan_desktop.imports.word_box import unfold_boxes
from vplan_desktop.imports.word_bracket_notes import set_notes_apart
from vplan_desktop.imports.word_build import Builder
from vplan_desktop.imports.word_card_grid import unfold_card_grids
from vplan_desktop.imports.word_chart_caption import chart_captions_above
from vplan_desktop.imports.word_column_cards import card_goal, unfold_column_cards
from vplan_desktop.imports.word_control_cards import upright_cards
from vplan_desktop.imports.word_cross_columns import fold_cross_columns
from vplan_desktop.imports.word_dash_legend import dash_means_missing, dash_means_zero
from vplan_desktop.imports.word_docx import read_docx
from vplan_desktop.imports.word_dot_magnitude import undotted_rows
from vplan_desktop.imports.word_drawing_prose import after_drawing
from vplan_desktop.imports.word_fact_lines import fold_fact_lines
from vplan_desktop.imports.word_form_tables import unfold_form_tables
from vplan_desktop.imports.word_formats import Format, document_format
from vplan_desktop.imports.word_front import FOLLOW_UP, read_front
from vplan_desktop.imports.word_front_matter import (
    _FRONT_NAMES,
    _extend_period,
    _summarise,
    _wider_cover,
)
from vplan_desktop.imports.word_goal_card import unfold_cards
from vplan_desktop.imports.word_goal_cascade import read_goal_cascade
from vplan_desktop.imports.word_goal_fields import read_goal_fields
from vplan_desktop.imports.word_goal_label_heading import join_label_headings
from vplan_desktop.imports.word_goal_labels import description_label, type_line
from vplan_desktop.imports.word_goal_matrix import unfold_goal_matrices
from vplan_desktop.imports.word_goal_row_across import goal_rows_across
from vplan_desktop.imports.word_heading_indicator import heading_indicator
from vplan_desktop.imports.word_investment_lines import fold_investment_lines
from vplan_desktop.imports.word_kf_table import read_kf_links
from vplan_desktop.imports.word_label_cards import unfold_label_cards
from vplan_desktop.imports.word_layout import unfold_layout
from vplan_desktop.imports.word_margin_tables import unfold_margin_tables
from vplan_desktop.imports.word_merged_columns import split_merged_columns
from vplan_desktop.imports.word_movement_cells import split_movements
from vplan_desktop.imports.word_named_figures import unfold_named_figures
from vplan_desktop.imports.word_number_cells import fold_number_cells
from vplan_desktop.imports.word_numbered_area import numbered_area
from vplan_desktop.imports.word_odt import read_odt
from vplan_desktop.imports.word_owner_matrix import unfold_owner_matrices
from vplan_desktop.imports.word_page_front import page_front
from vplan_desktop.imports.word_page_notes import page_notes
from vplan_desktop.imports.word_page_tables import join_page_tables
from vplan_desktop.imports.word_perspective_goals import label_goal, read_perspective_goals
from vplan_desktop.imports.word_placeholders import drop_placeholders
from vplan_desktop.imports.word_plain_sizes import plain_size_headings
from vplan_desktop.imports.word_refusal import word_refusal
from vplan_desktop.imports.word_remapped import _remapped
from vplan_desktop.imports.word_result import Became, WordImport
from vplan_desktop.imports.word_running_lines import set_aside_running_lines
from vplan_desktop.imports.word_second_language import second_language
from vplan_desktop.imports.word_section_table import unfold_section_tables
from vplan_desktop.imports.word_sex_columns import unfold_sex_columns
from vplan_desktop.imports.word_short_years import full_header_years
from vplan_desktop.imports.word_side_tables import continuation_line, join_side_tables
from vplan_desktop.imports.word_sized_sentences import sentence_headings
from vplan_desktop.imports.word_spaced_letters import close_spaced_letters
from vplan_desktop.imports.word_status_marks import status_marks
from vplan_desktop.imports.word_structure import resolve, toc_key
from vplan_desktop.imports.word_symbols import read_symbols
from vplan_desktop.imports.word_tab_glue import unglue_tab_lines
from vplan_desktop.imports.word_tab_table import fold_tab_tables
from vplan_desktop.imports.word_target_year_line import stated_target_years, target_year_label
from vplan_desktop.imports.word_title_chapters import title_chapters
from vplan_desktop.imports.word_titled_cards import unfold_titled_cards
from vplan_desktop.imports.word_tjansteskrivelse import case_title, note_case_part
from vplan_desktop.imports.word_tolkning import Tolkning
from vplan_desktop.imports.word_transpose import upright
from vplan_desktop.imports.word_trend_column import unmark_trends
from vplan_desktop.imports.word_typed_goals import typed_goal
from vplan_desktop.imports.word_typed_outline import typed_outlines
from vplan_desktop.imports.word_unit_chapters import unit_chapters
from vplan_desktop.imports.word_unit_goals import UnitGoals
from vplan_desktop.imports.word_unit_lines import UnitLines
from vplan_desktop.imports.word_unplaced import keep_lost_sentences
from vplan_desktop.imports.word_walk import Walk
from vplan_desktop.imports.word_withdrawn_goals import drop_withdrawn_goals
from vplan_desktop.imports.word_wrapped_headings import join_wrapped_headings
from vplan_desktop.imports.word_year_rows import fold_year_rows
from vplan_desktop.interchange import import_json

__all__ = [
    "WordImport",
    "create_plan",
    "import_word",
    "interpret",
    "read_source",
    "read_word",
    "with_front",
]


def read_source(path: Path) -> Source:
    """The blocks of the document ``path`` (.docx or .odt); any other file is refused with a
    message saying how to make a .docx of it."""
    if document_format(path) is Format.ODT:
        source = second_language(read_odt(path))  # only the Swedish names items
    else:
        source = second_language(read_docx(path))
    source = full_header_years(goal_rows_across(close_spaced_letters(source)))  # "Bu27"
    source = unfold_card_grids(source)  # before any pass reads a grid's cells as its own
    source = chart_captions_above(source)  # a chart's caption under it names its table
    source = join_page_tables(page_notes(set_aside_running_lines(source)))
    source = split_merged_columns(join_side_tables(source))  # before a table's columns are read
    source = typed_outlines(source)
    source = join_label_headings(join_wrapped_headings(unfold_margin_tables(source)))
    source = plain_size_headings(sentence_headings(fold_number_cells(undotted_rows(source))))
    boxed = unfold_boxes(fold_tab_tables(unglue_tab_lines(read_symbols(source))))
    boxed = fold_investment_lines(fold_fact_lines(boxed))  # "name: figure", "name: 5 tkr 2027"
    cards = unfold_goal_matrices(unfold_column_cards(unfold_area_grids(boxed)))
    cards = unfold_owner_matrices(cards)  # owners as columns, goals by number as rows
    laid_out = unfold_layout(cards)  # a goal card or matrix is no layout
    laid_out = unfold_form_tables(laid_out)  # a form's goals, activities and controls
    cards = unfold_section_tables(unfold_label_cards(unfold_cards(laid_out)))
    cards = unfold_activity_cards(unfold_named_figures(cards))  # before tables are turned
    cards = unfold_titled_cards(cards)  # "Indikator: …" over its fields and values
    cards = unfold_sex_columns(unmark_trends(split_movements(cards)))  # before years' rows
    cards = fold_cross_columns(cards)  # "Uppfylls | Delvis | Uppfylls inte" marked "X"
    return stated_target_years(title_chapters(upright_cards(upright(fold_year_rows(cards)))))


def interpret(source: Source, corrections: Tolkning | None = None) -> WordImport:
    """What ``source`` becomes as a plan, under the user's ``corrections``; nothing is
    written. Fast enough to run again after every correction."""
    corrections = _remapped(source, corrections or Tolkning())
    result = WordImport(source=source, warnings=list(source.warnings))
    structure = resolve(source, corrections.headings)
    blocks = source.blocks
    first_chapter = next((i for i in sorted(structure.levels) if structure.levels[i] == 1), None)
    cover_end = first_chapter if first_chapter is not None else min(len(blocks), 15)
    cover = [b for b in blocks[:cover_end] if b.index not in structure.toc_lines]
    if structure.title is not None:
        cover.insert(0, blocks[structure.title])
    front = read_front(cover, blocks[cover_end:], source.title)
    if front.forsta_ar is None and (wider := _wider_cover(source, structure.toc_lines)):
        cover_end, front = wider
    if not front.used and source.first_page:  # the cover is the first page's header and footer
        front = read_front([*source.first_page, *cover], blocks[cover_end:], source.title)
    page_front(front, source)  # the kommun, nämnd and Dnr only in page headers or properties
    for key, value in corrections.front.items():
        setattr(front, key, value)
    if front.forsta_ar is not None and (front.sista_ar or 0) < front.forsta_ar:
        front.sista_ar = front.forsta_ar
    result.titel, result.namnd, result.kommun = front.titel, front.namnd, front.kommun
    result.forsta_ar, result.sista_ar = front.forsta_ar, front.sista_ar
    result.ordforande, result.forvaltningschef = front.ordforande, front.forvaltningschef
    result.diarienummer = front.diarienummer
    b = Builder(result)
    b.dash_zero = dash_means_zero(block.text for block in blocks)
    b.dash_missing = not b.dash_zero and dash_means_missing(block.text for block in blocks)
    first = front.forsta_ar or 2000
    follow_up = front.follow_up or bool(FOLLOW_UP.search(source.title))
    if follow_up:
        slag = "delar" if re.search(r"delår|tertial", front.titel, re.I) else "helar"
        b.period_spec = (first, slag, (front.titel or f"Uppföljning {first}")[:100])
    walk = Walk(source, structure, corrections, b, (first, front.sista_ar or first), follow_up)
    intro: list[int] = []
    cover_text: list[Block] = []  # lines of a cover table that gave no front matter
    marks: set[int] = set()  # a goal's status line and its pictures, read together
    unit_goals = UnitGoals(b.goals)  # an avdelning's own goals are the förvaltning's
    unit_lines = UnitLines(b, blocks, first, walk.as_text)  # an avdelning's lines
    own_chapters = unit_chapters(blocks, structure.levels)  # each avdelning's plan
    for block in blocks:
        unit_goals.look(walk.path)
        index = block.index
        if index in marks:
            continue
        after_drawing(b, blocks, block)  # a målhus's last box owns no prose under it
        if index in structure.toc_lines:
            b.became(index, Became.STRUKTUR, "Innehållsförteckningen (hoppas över)")
        elif index == structure.title and front.titel != case_title(block.text):
            walk.heading(block, 1)  # another line is the title: this one heads a chapter
        elif index < cover_end or index == structure.title:
            if index in front.used or index == structure.title:
                what = _FRONT_NAMES.get(front.used.get(index, "titel"), "Titel")
                rest = front.unused_lines(index)
                kept = " (övrig text i kapitlet ”Inledning”)" if rest else ""
                b.became(index, Became.FORSATTSBLAD, f"{what} på försättsbladet{kept}")
                cover_text += rest
            elif block.kind is BlockKind.TABLE:
                walk.table(block, "")
            else:
                intro.append(index)
        elif (level := structure.levels.get(index)) is not None:
            if not heading_indicator(
                b, blocks, block, level, walk.goal_at, walk.lists.figure_lines
            ):
                walk.heading(block, 1 if index in own_chapters else level)
        elif (name := numbered_area(b, blocks, block, walk.part, structure.levels)) is not None:
            marks.add(name)  # "Målområde 1" over its name: the name is read with it
        elif typed_goal(b, blocks, structure.levels, block, walk.part, walk.path):
            structure.captions.discard(index)  # the goal over its table, not the table's name
        elif index in structure.captions:
            image = index + 1 < len(blocks) and blocks[index + 1].kind is BlockKind.IMAGE
            what = "Bildtext" if image else "Tabellens rubrik"
            b.became(index, Became.STRUKTUR, f"{what}: ”{block.text}”")
        elif block.kind is BlockKind.TABLE:
            caption = blocks[index - 1].text if index - 1 in structure.captions else ""
            corrected = index in corrections.tables  # the user's reading of it comes first
            if corrected or not (
                read_kf_links(b, block, walk.path)
                or read_goal_fields(b, blocks, block)  # "Beskrivning | …", "Kopplade mål | …"
                or read_goal_cascade(b, block, walk.path)
                or read_perspective_goals(b, block, walk.path)  # "1 Medborgare | …", "1:1 …"
            ):
                walk.table(block, caption)
        elif block.kind is BlockKind.IMAGE:
            caption = blocks[index - 1].text if index - 1 in structure.captions else ""
            walk.image(block, caption)
        elif not (
            continuation_line(b, blocks, block)  # "Tabellen fortsätter." under a table
            or description_label(b, block)
            or type_line(b, blocks, block)  # "Nämndmål", "Senast ändrad …" under a goal
            or target_year_label(b, blocks, block)  # "Målvärdena avser 2027." by its table
            or card_goal(b, block, walk.path)
            or status_marks(b, blocks, block, marks)
            or (walk.part == "mal" and label_goal(b, blocks, block, first))  # "Mål 1:2"
            or (walk.part != "mal" and unit_lines.read(block, walk.path))
        ):
            walk.paragraph(block)
    walk.finish()
    unit_goals.look(walk.path)
    units_in_names(b)
    if intro or cover_text:  # the cover's other lines open the introduction ("1 Inledning")
        named = [i for i, c in enumerate(b.chapters) if toc_key(c["rubrik"]) == "inledning"]
        chapter = named[0] if named else b.chapter_named("Inledning")
        b.chapters.insert(0, b.chapters.pop(chapter))
        own = b.chapter_blocks.pop(chapter)
        b.chapter_blocks.insert(0, [])
        for line in cover_text:
            walk.add_text(0, line)
        what = f"Text i kapitlet ”{b.chapters[0]['rubrik']}” (från försättsbladet)"
        for index in intro:
            walk.add_text(0, blocks[index])
            b.became(index, Became.TEXT, what)
        b.chapter_blocks[0] += own
    b.finish_chapters()
    note_case_part(result, blocks, structure.levels)  # the plan's part of a tjänsteskrivelse
    b.drop_empty_areas()
    _extend_period(result, b)
    result.data = b.data(result)
    set_notes_apart(result.data, result.report)
    drop_placeholders(result.data, result.report)
    drop_withdrawn_goals(result.data, result.report)
    keep_lost_sentences(b, source)  # a sentence set aside that the plan holds nowhere
    result.tolkning.front = {
        k: v
        for k, v in (
            ("namnd", result.namnd),
            ("kommun", result.kommun),
            ("titel", result.titel),
            ("forsta_ar", result.forsta_ar),
            ("sista_ar", result.sista_ar),
            ("ordforande", result.ordforande),
            ("forvaltningschef", result.forvaltningschef),
            ("diarienummer", result.diarienummer),
        )
        if v
    }
    _summarise(result, source, front.antagen, front.used)
    return result


def read_word(path: Path, tolkning: Tolkning | None = None) -> WordImport:
    """Read a Word plan; nothing is written."""
    return interpret(read_source(path), tolkning)


def create_plan(result: WordImport, target: Path) -> None:
    """Write the plan ``result`` describes to ``target`` (whole or not at all)."""
    if result.forsta_ar is None:
        raise InputError(
            "Planperioden gick inte att hitta på försättsbladet. Ange planens första och sista år."
        )
    try:
        import_json(result.data, target)
    except InterchangeError as error:  # the user gave a Word document, not a JSON file
        raise word_refusal(error, result.data) from None


def with_front(
    corrections: Tolkning | None,
    *,
    namnd: str | None = None,
    first: int | None = None,
    last: int | None = None,
) -> Tolkning:
    """``corrections`` with the nämnd and period the user gave (on the command line)."""
    corrections = corrections or Tolkning()
    front = dict(corrections.front)
    if namnd:
        front["namnd"] = namnd
    if first is not None:
        front["forsta_ar"] = first
        front["sista_ar"] = (
            last if last is not None else max(first, int(front.get("sista_ar", first)))
        )
    elif last is not None:
        front["sista_ar"] = last
    return replace(corrections, front=front)


def import_word(
    path: Path,
    target: Path,
    *,
    namnd: str | None = None,
    first: int | None = None,
    last: int | None = None,
    tolkning: Tolkning | None = None,
) -> WordImport:
    """Create the plan ``target`` from the Word plan ``path``; the nämnd and period may be
    given (otherwise they are guessed from the title page), and ``tolkning`` corrects how the
    document is read."""
    corrections = with_front(tolkning, namnd=namnd, first=first, last=last)
    result = interpret(read_source(path), corrections)
    if result.forsta_ar is None:
        raise InputError(
            "Planperioden gick inte att hitta på försättsbladet. Ange den med --fran och --till."
        )
    create_plan(result, target)
    return result

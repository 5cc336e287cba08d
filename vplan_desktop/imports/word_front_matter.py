"""``interpret``'s steps (``word``) around the plan's front matter: the names of the cover's
fields in the report, a cover read wider when its lines look like headings (a plan converted
from a PDF), the period extended from a cover naming one year, and the report's head – what the
cover gave, what was set aside (contents, page headers and footers), the document's comments."""

from __future__ import annotations

from collections.abc import Iterable

from vplan_desktop.imports.word_blocks import BlockKind, Source
from vplan_desktop.imports.word_build import Builder
from vplan_desktop.imports.word_front import MAX_TITLE, Front, read_front
from vplan_desktop.imports.word_result import WordImport
from vplan_desktop.plan_status import MAX_PERIOD_YEARS
from vplan_desktop.wording import count as count_of

_FRONT_NAMES = {
    "titel": "Titel",
    "ordforande": "Ordförande",
    "forvaltningschef": "Förvaltningschef",
    "diarienummer": "Diarienummer",
    "antagen": "Antagen",
    "kommun": "Kommun",
    "namnd": "Nämnd",
}


_COVER_LINES = 15
"""The most lines a cover page has."""


def _wider_cover(source: Source, toc: set[int]) -> tuple[int, Front] | None:
    """A cover whose lines look like chapter headings (a plan converted from a PDF: the
    nämnd and the title in large bold type): the front matter of the short lines before the
    body's first paragraph or table, when they name the plan's period; the cover then ends
    after the last line that gave a field."""
    end = 0
    for block in source.blocks[:_COVER_LINES]:
        if block.kind is BlockKind.TABLE or len(block.text) > MAX_TITLE:
            break
        end = block.index + 1
    cover = [b for b in source.blocks[:end] if b.index not in toc]
    front = read_front(cover, source.blocks[end:], source.title)
    if front.forsta_ar is None or not front.used:
        return None
    end = max(front.used) + 1
    return end, read_front(cover[:end], source.blocks[end:], source.title)


def _extend_period(result: WordImport, b: Builder) -> None:
    """A cover naming one year: the plan's last year is the last year it plans for (within the
    longest period a plan can have). The goals' targets say which years those are: a plan that
    sets targets for its first year alone is that year's plan, the budget's plan columns beside
    it the fullmäktige budget's outlook (a cover naming the plan years decides before this,
    ``word_cover_plan_years``), and a target set beyond the budget's last year ("Mål 2030"
    beside "Mål 2027" under a budget to 2029) is a long-term horizon, no plan year. A plan
    setting no targets has its budget to tell: the budget's plan years count when there are two
    or more (a lone "Plan 2028" column is an outlook), and an investment plan's years only
    with them (projects planned over several years beside a one-year "internbudget")."""
    first = result.forsta_ar
    if first is None or (result.sista_ar or first) != first:
        return
    budget_end = max((c["ar"] for c in b.drift_columns.values()), default=first)
    targets = {int(y) for g in b.goals for i in g["indikatorer"] for y in i["malnivaer"]}
    years = {y for y in targets if not b.drift_columns or y <= budget_end}
    if not targets:
        plan = {c["ar"] for c in b.drift_columns.values() if c["slag"] == "plan"}
        years = plan if len({y for y in plan if y > first}) >= 2 else set()
        if years:
            years |= {int(y) for i in b.investments for y in i["belopp"]}
    later = [y for y in years if first < y < first + MAX_PERIOD_YEARS]
    if later and not b.period:
        result.sista_ar = max(later)


def _summarise(
    result: WordImport, source: Source, antagen: str, front_lines: Iterable[int]
) -> None:
    """The report's head: what was found on the cover, what was set aside, the comments."""
    head = []
    if antagen:
        head.append(f"Försättsbladet: antagen av {antagen}.")
    if not result.kommun:
        head.append("Kommunens namn står inte i dokumentet: skriv det under Uppgifter.")
    if source.toc:
        head.append(f"Innehållsförteckningen hoppades över ({count_of(len(source.toc), 'rad')}).")
    if any(index < 0 for index in front_lines):
        head.append(
            "Försättsbladet lästes ur första sidans sidhuvud och sidfot; "
            "de andra sidornas sidhuvuden och sidfötter hoppades över."
        )
    elif source.set_aside:
        head.append("Sidhuvuden och sidfötter hoppades över.")
    if source.other_language:
        lines = count_of(len(source.other_language), "rad")
        head.append(f"Texten på planens andra språk lästes som översättning ({lines}).")
    for comment in source.comments:
        head.append(f"Kommentar i dokumentet: {comment}")
    if result.tolkning.headings or result.tolkning.tables:
        chapters = count_of(len(result.data.get("kapitel", [])), "kapitel")
        head.append(f"Läst: {chapters}, {count_of(len(result.tolkning.tables), 'tabell')}.")
    result.report[:0] = head

"""The walk's tables (``word_walk``): a table and those a page break split off it read as one,
its kind guessed by the classifiers' scores (or taken from the corrections), its columns' roles,
and the table handed to its kind's reader."""

from __future__ import annotations

from typing import Any

from vplan_desktop import markdown as md
from vplan_desktop.imports import (
    word_activity_table,
    word_budget_table,
    word_control_table,
    word_goal_read,
    word_goal_table,
    word_investment_table,
    word_key_table,
)
from vplan_desktop.imports.word_blocks import Block, BlockKind
from vplan_desktop.imports.word_budget_drift import read_drift
from vplan_desktop.imports.word_budget_join import joined
from vplan_desktop.imports.word_budget_result import read_result
from vplan_desktop.imports.word_budget_unit import read_in_plan_unit
from vplan_desktop.imports.word_build import TableContext, TableView
from vplan_desktop.imports.word_dot_thousands import read_dots
from vplan_desktop.imports.word_note_split import after_note, same_rows
from vplan_desktop.imports.word_result import Became
from vplan_desktop.imports.word_runin_caption import runin_label
from vplan_desktop.imports.word_table import (
    amount,
    column_headers,
    guess_header_rows,
    is_year_header,
    table_rows,
    title_rows,
)
from vplan_desktop.imports.word_table_lead import goal_named_above, keep_table_notes
from vplan_desktop.imports.word_tolkning import TableKind, TableTolkning, Tolkning, signature
from vplan_desktop.imports.word_unit_header import unit_rows
from vplan_desktop.imports.word_unit_rows import by_unit
from vplan_desktop.imports.word_unread_table import unreadable
from vplan_desktop.imports.word_walk_text import TextWalk

RISK_MATRIX = "Riskmatrisen hoppades över: vplan räknar fram den ur internkontrollen."
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


def continuations(blocks: list[Block], corrections: Tolkning) -> dict[int, list[tuple[Block, int]]]:
    """Each table's parts: itself (skipping nothing) and the tables right after it that a
    page break split off (skipping a header row repeated on the new page, or units rows)."""
    out: dict[int, list[tuple[Block, int]]] = {}
    head: int | None = None
    last: Block | None = None  # the table before, across a page's footnote (word_note_split)
    for block in blocks:
        if block.kind is not BlockKind.TABLE:
            continue
        wanted = corrections.tables.get(block.index)
        forced = wanted.continues if wanted is not None else None
        previous = blocks[block.index - 1] if block.index else None
        noted = last is not None and head is not None and after_note(blocks, block, last)
        if previous is not None and previous.kind is not BlockKind.TABLE and not noted:
            head = None
        joins = (
            forced
            if forced is not None
            else head is not None
            and previous is not None
            and (previous.kind is BlockKind.TABLE or noted)
            and blocks[head].width == block.width
            and (
                _continues(blocks[head], block)
                or (noted and same_rows(blocks[head], block, guess_header_rows(blocks[head])))
            )
        )
        last = block
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


class TableWalk(TextWalk):
    """The walk's reading of tables."""

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
            word_goal_read.read(view, b)
        elif kind is TableKind.AKTIVITETER:
            word_activity_table.read(view, b)
        elif kind is TableKind.DRIFT:
            read_in_plan_unit(view, b, "drift", joined(read_drift))
        elif kind is TableKind.RESULTAT:
            read_in_plan_unit(view, b, "resultat", read_result)
        elif kind is TableKind.INVESTERINGAR:
            read_in_plan_unit(view, b, "investering", word_investment_table.read)
        elif kind is TableKind.INTERNKONTROLL:
            word_control_table.read(view, b)
            self.heading_over_controls()
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

    def heading_over_controls(self) -> None:
        """A sub-heading of the internkontroll's part right over its table ("5.1
        Internkontrollplan 2027"): the plan holds no title for the table, so the heading is
        kept in the part's chapter, as it is when text follows it (no chapter made for it)."""
        named = self.path[0] if self.path else ""
        if (
            self.pending
            and self.chapter is None
            and any(c["rubrik"] == named for c in self.b.chapters)
        ):
            self.target_chapter()

"""Small tables inside chapter texts (issue 15, item 8): GFM pipe tables read into
``TableBlock`` and written back identically, and printed as real tables in Word and PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as open_docx
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.exports.chapter_tables import chapter_table
from vplan_desktop.exports.export import export_plan
from vplan_desktop.markdown import (
    Block,
    Heading,
    ListBlock,
    Paragraph,
    Run,
    TableBlock,
    merged,
    parse,
    write,
)
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import items
from vplan_desktop.services.read import read_plan


def _cell(text: str, bold: bool = False, italic: bool = False) -> tuple[Run, ...]:
    return (Run(text, bold, italic),) if text else ()


def test_a_table_is_read_with_its_alignment_and_styled_cells() -> None:
    blocks = parse(
        "Före tabellen.\n\n"
        "| Område | Kostnad, tkr | Mitten |\n"
        "|:--|--:|:-:|\n"
        "| **Äldreomsorg** *(hela)* | 138 661 | x |\n"
    )
    assert blocks == [
        Paragraph((Run("Före tabellen."),)),
        TableBlock(
            header=(_cell("Område"), _cell("Kostnad, tkr"), _cell("Mitten")),
            rows=(
                (
                    (Run("Äldreomsorg", bold=True), Run(" "), Run("(hela)", italic=True)),
                    _cell("138 661"),
                    _cell("x"),
                ),
            ),
            align=("left", "right", "center"),
        ),
    ]


def test_rows_shorter_or_longer_than_the_header_lose_no_text() -> None:
    [table] = parse("| a | b |\n|---|---|\n| 1 |\n| 1 | 2 | 3 | 4 \\| 5 |\n")
    assert isinstance(table, TableBlock)
    assert table.rows == ((_cell("1"), ()), (_cell("1"), _cell("2 | 3 | 4 | 5")))
    assert parse(write([table])) == [table]


def test_a_table_inside_a_list_item_keeps_the_items_around_it() -> None:
    blocks = parse("1. ett\n\n   | a | b |\n   |---|---|\n   | 1 | 2 |\n2. två\n")
    assert blocks == [
        ListBlock(True, (_cell("ett"),)),
        TableBlock((_cell("a"), _cell("b")), ((_cell("1"), _cell("2")),), ("", "")),
        ListBlock(True, (_cell("två"),), start=2),
    ]


HOSTILE = [
    "a | b",
    "\\",
    "slut\\",
    "\\|",
    "\\\\|\\",
    "| början",
    "slut |",
    "rad ett\nrad två",
    "\n",
    "<br>",
    "<br/> &amp; &#124;",
    "  luft runt  ",
    "---",
    ":--|--:",
    "1. inte en lista",
    "- inte heller",
    "# inte en rubrik",
    "**inte fet**",
    "`kod` *",
    "\t",
    "x" * 5000,
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_cells_survive_write_and_parse(text: str) -> None:
    table = TableBlock(
        (_cell(text), _cell("rubrik")),
        ((_cell("före"), _cell(text, italic=True)), (_cell(text, bold=True), ())),
        ("", "right"),
    )
    markdown = write([table])
    assert parse(markdown) == [table], markdown
    assert len(markdown.splitlines()) == 4  # header, delimiter row, two rows: one line each


@pytest.mark.parametrize(
    "table",
    [
        TableBlock(((),), (), ("",)),
        TableBlock(((), ()), (((), ()), ((), ())), ("", "")),
        TableBlock((_cell("bara rubrik"), ()), (), ("center", "")),
    ],
)
def test_empty_tables_survive(table: TableBlock) -> None:
    assert parse(write([table])) == [table]


def test_a_table_without_columns_is_not_written() -> None:
    assert write([Paragraph(_cell("text")), TableBlock(())]) == "text\n"


def test_a_table_followed_by_a_list_and_a_list_followed_by_a_table() -> None:
    table = TableBlock((_cell("a"),), ((_cell("1"),),), ("",))
    blocks: list[Block] = [
        ListBlock(False, (_cell("före"),)),
        table,
        ListBlock(True, (_cell("ett"), _cell("två"))),
        table,
        Paragraph(_cell("slut")),
    ]
    assert parse(write(blocks)) == blocks


def test_a_header_is_written_without_its_bold_and_extra_cells_joined() -> None:
    table = TableBlock(
        ((Run("Rubrik", bold=True, italic=True),),), ((_cell("a"), _cell("b")),), ("right",)
    )
    assert write([table]) == "| *Rubrik* |\n| ---: |\n| a \\| b |\n"


def test_pipes_in_a_paragraph_are_escaped_so_that_no_table_appears() -> None:
    # Without escaping, the first line above ":-|-:" would be read as a table's header.
    paragraph = Paragraph((Run("a | b\n:-|-:"),))
    assert parse(write([paragraph])) == [paragraph]


def test_texts_without_tables_read_as_before() -> None:
    # What older plans hold: pipes in running text, a line of dashes between paragraphs.
    assert parse("Kostnad | intäkt | netto\n\nx\n\n---\n\n- a | b\n") == [
        Paragraph(_cell("Kostnad | intäkt | netto")),
        Paragraph(_cell("x")),
        ListBlock(False, (_cell("a | b"),)),
    ]


_TEXT = st.text(alphabet="ab |\\*_<>&#:-1.\n`~[]", max_size=10)
_RUNS = st.lists(st.builds(Run, _TEXT, st.booleans(), st.booleans()), max_size=3).map(merged)


@st.composite
def _tables(draw: st.DrawFn) -> TableBlock:
    columns = draw(st.integers(1, 4))
    header = tuple(
        merged([Run(r.text, False, r.italic) for r in draw(_RUNS)]) for _ in range(columns)
    )
    rows = tuple(tuple(draw(_RUNS) for _ in range(columns)) for _ in range(draw(st.integers(0, 3))))
    align = tuple(draw(st.sampled_from(["", "left", "right", "center"])) for _ in range(columns))
    return TableBlock(header, rows, align)


@st.composite
def texts_with_tables(draw: st.DrawFn) -> list[Block]:
    blocks: list[Block] = []
    for kind in draw(st.lists(st.sampled_from(["p", "t", "ul", "ol", "h"]), max_size=4)):
        if kind == "t":
            blocks.append(draw(_tables()))
            continue
        runs = draw(_RUNS)
        if not "".join(r.text for r in runs).strip(" \t\n") or runs[-1].text.endswith("\n"):
            continue  # (a line break at the end of a paragraph is left out: see below)
        if kind == "p":
            blocks.append(Paragraph(runs))
        elif kind == "h":
            runs = merged([Run(r.text.replace("\n", " "), False, r.italic) for r in runs])
            if "".join(r.text for r in runs).strip(" \t"):
                blocks.append(Heading(2, runs))
        else:
            blocks.append(ListBlock(kind == "ol", (runs,)))
    return blocks


@settings(max_examples=100, deadline=None)
@given(texts_with_tables())
def test_every_table_survives_write_and_parse(blocks: list[Block]) -> None:
    assert parse(write(blocks)) == blocks


def test_a_line_break_at_the_end_of_a_paragraph_is_left_out_not_printed_as_a_backslash() -> None:
    # Shift+Enter at the end of a paragraph was saved as "1\\" and printed with the backslash.
    blocks: list[Block] = [
        Paragraph((Run("1"), Run("\n", bold=True))),
        ListBlock(False, (_cell("a\n\n"),)),
    ]
    assert parse(write(blocks)) == [Paragraph(_cell("1")), ListBlock(False, (_cell("a"),))]


# --- printed ----------------------------------------------------------------------------------


def test_a_printed_table_is_bold_on_top_and_right_aligned_where_numbers_stand() -> None:
    [block] = parse(
        "| Område | Årsarbetare | Kod | Not |\n|---|---|---|:--|\n"
        "| Äldreomsorg | 412 | A1 | 12 |\n| IFO | −8 055 | 7 |  |\n| **Summa** | 35,5 % | | |\n"
    )
    assert isinstance(block, TableBlock)
    table = chapter_table(block)
    assert [(h.text, h.align, h.bold) for h in table.header] == [
        ("Område", "left", True),
        ("Årsarbetare", "right", True),
        ("Kod", "left", True),  # "A1" is no number
        ("Not", "left", True),  # the Markdown says left
    ]
    assert [[(cell.text, cell.bold) for cell in row] for row in table.rows][2] == [
        ("Summa", True),
        ("35,5 %", False),
        ("", False),
        ("", False),
    ]
    assert table.caption == ""
    widths = dict(zip([h.text for h in table.header], table.widths, strict=True))
    assert widths["Kod"] == widths["Not"] < widths["Område"]  # shared by the text they hold


TABLE_TEXT = (
    "Nämnden har tre verksamhetsområden.\n\n"
    "| Område | Årsarbetare | Kommentar |\n|---|---|---|\n"
    "| Äldreomsorg | 412 | Hemtjänst \\| boende |\n"
    "| Individ- och familjeomsorg | 96 | *Ökar* |\n\n"
    "Efter tabellen.\n"
)


@pytest.fixture
def plan_with_table(plan_path: Path) -> Path:
    with PlanDocument.open(plan_path) as document:
        first = read_plan(document).kapitel[0]
        items.update_item(document, ItemKind.KAPITEL, first.id, {"text": TABLE_TEXT})
    return plan_path


def _plan(path: Path) -> d.PlanSnapshot:
    with PlanDocument.open(path, read_only=True) as document:
        return read_plan(document)


def test_the_word_file_has_the_table_after_its_paragraph(
    plan_with_table: Path, tmp_path: Path
) -> None:
    export_plan(_plan(plan_with_table), "docx", tmp_path / "plan.docx")
    document = open_docx(str(tmp_path / "plan.docx"))
    [table] = document.tables
    assert [[cell.text for cell in row.cells] for row in table.rows] == [
        ["Område", "Årsarbetare", "Kommentar"],
        ["Äldreomsorg", "412", "Hemtjänst | boende"],
        ["Individ- och familjeomsorg", "96", "Ökar"],
    ]
    assert all(run.bold for cell in table.rows[0].cells for run in cell.paragraphs[0].runs)
    assert table.rows[1].cells[1].paragraphs[0].alignment == 2  # right: a column of numbers
    body = [element.tag.rsplit("}", 1)[1] for element in document.element.body]
    texts = [p.text for p in document.paragraphs]
    before = texts.index("Nämnden har tre verksamhetsområden.")
    after = texts.index("Efter tabellen.")
    # The table stands between the two paragraphs (and a spacing paragraph after it).
    paragraphs_seen = [n for n, tag in enumerate(body) if tag == "p"]
    table_at = body.index("tbl")
    assert paragraphs_seen[before] < table_at < paragraphs_seen[after]


def test_the_pdf_prints_the_cells_in_order(plan_with_table: Path, tmp_path: Path) -> None:
    export_plan(_plan(plan_with_table), "pdf", tmp_path / "plan.pdf")
    text = " ".join(
        " ".join((page.extract_text() or "").split())
        for page in PdfReader(tmp_path / "plan.pdf").pages
    )
    order = [
        "Nämnden har tre verksamhetsområden.",
        "Område Årsarbetare Kommentar",
        "Äldreomsorg 412 Hemtjänst | boende",
        "Individ- och familjeomsorg 96 Ökar",
        "Efter tabellen.",
    ]
    places = [text.find(part) for part in order]
    assert -1 not in places, text
    assert places == sorted(places)

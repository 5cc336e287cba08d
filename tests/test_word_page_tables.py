"""A plan converted from a PDF makes each page a section and each page's part of a long table
a table of its own: the part on the next page repeats the header row; a row the page end cut
goes on in that part's first row (its first cell empty, its other cells holding only the
rest of the cut texts); a cell merged down over the page end is an empty cell at the top of
the next part. Such parts are joined into one table again: the repeated header dropped, the
cut row's pieces joined to the row they continue (a lower-case word goes on mid-sentence,
other text is a line of its own), the empty cell made the merged cell it continues. Two
tables on one page, or a table beginning a page with rows of its own, stay apart."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_SECTION
from docx.table import Table

from vplan_desktop.imports.word import read_source
from vplan_desktop.imports.word_blocks import Block, BlockKind

HEADER = ["Målområde", "Indikator", "Utfall 2025", "Mål 2027"]
RUNNING = "Älvbo kommun – Socialnämnden – Verksamhetsplan 2027"


def _table(doc: DocxDocument, rows: list[list[str]]) -> Table:
    table: Table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    return table


def _merge_down(table: Table, column: int, first: int, last: int) -> None:
    text = table.cell(first, column).text
    merged = table.cell(first, column).merge(table.cell(last, column))
    merged.text = text


def _tables(source_blocks: list[Block]) -> list[Block]:
    return [b for b in source_blocks if b.kind is BlockKind.TABLE]


def _texts(block: Block) -> list[list[str]]:
    return [[c.text for c in row] for row in block.rows]


def _split_plan(path: Path, new_page: bool = True) -> Path:
    doc = Document()
    doc.add_paragraph(RUNNING)
    doc.add_paragraph("Indikatorer")
    first = _table(
        doc,
        [
            HEADER,
            ["Trygghet", "Andel förhandsbedömningar klara inom 14 dagar", "82 %", "90 %"],
            ["Trygghet", "Andel utredningar om barn", "71 %", "85 %"],
        ],
    )
    _merge_down(first, 0, 1, 2)
    doc.add_paragraph("Sida 1 av 2")
    if new_page:
        doc.add_section(WD_SECTION.NEW_PAGE)
        doc.add_paragraph(RUNNING)
    second = _table(
        doc,
        [
            HEADER,
            ["", "och unga klara inom fyra månader", "", ""],
            ["", "Barn som inte återaktualiseras inom ett år", "68 %", "71 %"],
            ["Egen försörjning", "Hushåll med långvarigt bistånd", "212", "Minska"],
        ],
    )
    _merge_down(second, 0, 1, 2)
    doc.add_paragraph("Sida 2 av 2")
    doc.save(str(path))
    return path


def test_a_table_split_at_a_page_end_is_joined(tmp_path: Path) -> None:
    source = read_source(_split_plan(tmp_path / "plan.docx"))
    tables = _tables(source.blocks)
    assert len(tables) == 1
    assert _texts(tables[0]) == [
        HEADER,
        ["Trygghet", "Andel förhandsbedömningar klara inom 14 dagar", "82 %", "90 %"],
        ["Trygghet", "Andel utredningar om barn och unga klara inom fyra månader", "71 %", "85 %"],
        ["Trygghet", "Barn som inte återaktualiseras inom ett år", "68 %", "71 %"],
        ["Egen försörjning", "Hushåll med långvarigt bistånd", "212", "Minska"],
    ]
    joined = tables[0]
    assert joined.rows[3][0] is joined.rows[2][0]  # the målområde merged over the page end
    assert joined.rows[2][1].lines == (
        "Andel utredningar om barn och unga klara inom fyra månader",
    )


def test_two_tables_on_one_page_stay_apart(tmp_path: Path) -> None:
    source = read_source(_split_plan(tmp_path / "plan.docx", new_page=False))
    assert len(_tables(source.blocks)) == 2


def _control_plan(path: Path, second_rows: list[list[str]]) -> Path:
    header = ["Rutin", "Kontrollmoment", "Ansvarig", "Frekvens"]
    doc = Document()
    doc.add_paragraph("Internkontroll")
    _table(
        doc,
        [
            header,
            ["Inköp", "Att inköp görs enligt avtal", "Controller", "Kvartalsvis"],
            ["Delegation", "Att delegationsbeslut anmäls till", "Nämndsekreterare", "Årligen"],
        ],
    )
    doc.add_section(WD_SECTION.NEW_PAGE)
    _table(doc, [header, *second_rows])
    doc.save(str(path))
    return path


def test_a_cut_row_goes_on_in_the_next_part(tmp_path: Path) -> None:
    rows = [
        ["", "nämnden", "", ""],
        ["Utbetalningar", "Att utbetalningar attesteras", "Ekonomichef", "Månadsvis"],
    ]
    tables = _tables(read_source(_control_plan(tmp_path / "plan.docx", rows)).blocks)
    assert len(tables) == 1
    assert [r[1] for r in _texts(tables[0])] == [
        "Kontrollmoment",
        "Att inköp görs enligt avtal",
        "Att delegationsbeslut anmäls till nämnden",
        "Att utbetalningar attesteras",
    ]


def test_a_cut_row_whose_first_cell_goes_on(tmp_path: Path) -> None:
    rows = [
        ["rutin", "nämnden", "", ""],
        ["Utbetalningar", "Att utbetalningar attesteras", "Ekonomichef", "Månadsvis"],
    ]
    tables = _tables(read_source(_control_plan(tmp_path / "plan.docx", rows)).blocks)
    assert len(tables) == 1
    assert _texts(tables[0])[2][:2] == [
        "Delegation rutin",
        "Att delegationsbeslut anmäls till nämnden",
    ]


def test_a_new_row_at_the_top_of_the_next_part_is_kept(tmp_path: Path) -> None:
    rows = [["Utbetalningar", "Att utbetalningar attesteras", "Ekonomichef", "Månadsvis"]]
    tables = _tables(read_source(_control_plan(tmp_path / "plan.docx", rows)).blocks)
    assert len(tables) == 1
    assert len(tables[0].rows) == 4
    assert _texts(tables[0])[2][1] == "Att delegationsbeslut anmäls till"


def test_rest_of_a_stacked_cell_is_a_line_of_its_own(tmp_path: Path) -> None:
    doc = Document()
    header = ["Nämndsmål", "Indikatorer", "Nuläge", "Mål 2027"]
    _table(doc, [header, ["Mål 3: Säker mat", "Andel planerade kontroller", "87 %", "100 %"]])
    doc.add_section(WD_SECTION.NEW_PAGE)
    _table(
        doc,
        [
            header,
            ["", "Andel avvikelser som följts upp", "", ""],
            ["Mål 4: Rent vatten", "Inventerade avlopp", "210", "250"],
        ],
    )
    doc.save(str(tmp_path / "plan.docx"))
    tables = _tables(read_source(tmp_path / "plan.docx").blocks)
    assert len(tables) == 1
    cell = tables[0].rows[1][1]
    assert cell.lines == ("Andel planerade kontroller", "Andel avvikelser som följts upp")
    assert [r[0] for r in _texts(tables[0])] == [
        "Nämndsmål",
        "Mål 3: Säker mat",
        "Mål 4: Rent vatten",
    ]

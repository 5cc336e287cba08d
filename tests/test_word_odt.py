"""The OpenDocument text reader: an .odt becomes the same blocks a .docx does, as LibreOffice
shows it with every change accepted, with what is not the plan's body set aside; a broken or
hostile file is refused in Swedish."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document

from tests import docx_xml
from tests.odt_builder import (
    NS,
    cell,
    covered,
    h,
    p,
    row,
    simple_table,
    span,
    table,
    text_list,
    write_odt,
    x,
)
from vplan_desktop.errors import InputError
from vplan_desktop.imports.word_blocks import Block, BlockKind, HeadingBy, Source
from vplan_desktop.imports.word_docx import read_docx
from vplan_desktop.imports.word_odt import read_odt
from vplan_desktop.markdown import Run

PNG = b"\x89PNG\r\n\x1a\n" + bytes(40)


def _read(
    tmp_path: Path,
    body: str,
    *,
    title: str = "",
    master: str = "",
    files: dict[str, bytes] | None = None,
) -> Source:
    path = write_odt(tmp_path / "plan.odt", body, title=title, master=master, files=files)
    return read_odt(path)


def _grid(block: Block) -> list[list[str]]:
    return [block.spread_texts(r) for r in range(len(block.rows))]


def _all_text(source: Source) -> str:
    parts = [b.text for b in source.blocks]
    parts += [c.text for b in source.blocks for c in b.cells()]
    return " ".join(parts)


def test_headings_by_outline_and_by_style(tmp_path: Path) -> None:
    source = _read(
        tmp_path,
        p(x("Verksamhetsplan 2026–2028"), "Title")
        + h("Inledning", 1)
        + h("Uppdrag", 2)
        + p(x("Nämndens mål"), "P1")  # an automatic style over Heading 2
        + p(x("Fördjupning"), "Heading_20_3")
        + p(x("Brödtext om planen."))
        + '<text:h text:style-name="Text_20_body" text:outline-level="2">Dispositionsnivå</text:h>',
    )
    assert [(b.kind, b.text, b.level, b.style) for b in source.blocks] == [
        (BlockKind.PARAGRAPH, "Verksamhetsplan 2026–2028", None, "Title"),
        (BlockKind.HEADING, "Inledning", 1, "Heading 1"),
        (BlockKind.HEADING, "Uppdrag", 2, "Heading 2"),
        (BlockKind.HEADING, "Nämndens mål", 2, "Heading 2"),
        (BlockKind.HEADING, "Fördjupning", 3, "Heading 3"),
        (BlockKind.PARAGRAPH, "Brödtext om planen.", None, "Text body"),
        (BlockKind.HEADING, "Dispositionsnivå", 2, "Text body"),
    ]
    assert [b.heading_by for b in source.blocks if b.kind is BlockKind.HEADING] == [
        *[HeadingBy.STYLE] * 4,
        HeadingBy.OUTLINE,  # as a .docx paragraph's own outline level
    ]


def test_bold_italic_and_white_space(tmp_path: Path) -> None:
    source = _read(
        tmp_path,
        p(
            "Planen  beskriver\n  "
            + span("nämndens", "T1")
            + " arbete<text:s text:c='2'/>under "
            + span("tre år", "T2")
            + "<text:tab/>"
            + span("viktigt", "Strong_20_Emphasis")
            + " "
            + span("fet kursiv", "T3")
            + " "
            + span("vanlig", "Plain")
            + "<text:line-break/>slut"
        )
        + p(x("Fet rubrikrad"), "P2"),
    )
    first, second = source.blocks
    assert first.text == (
        "Planen beskriver nämndens arbete under tre år viktigt fet kursiv vanlig slut"
    )
    assert first.runs == (
        Run("Planen beskriver "),
        Run("nämndens", bold=True),
        Run(" arbete  under "),
        Run("tre år", italic=True),
        Run(" "),
        Run("viktigt", bold=True),
        Run(" "),
        Run("fet kursiv", bold=True, italic=True),
        Run(" vanlig slut"),
    )
    assert not first.bold
    # A short bold paragraph (its style is bold) may be a heading: the classifiers decide.
    assert (second.bold, second.candidate_level, second.heading_by) == (True, 1, HeadingBy.BOLD)


def test_nested_lists_with_their_numbering(tmp_path: Path) -> None:
    inner = text_list(["Första steget", "Andra steget"])  # no style: the outer list's
    source = _read(
        tmp_path,
        text_list([("Biblioteken", inner), "Kulturskolan"], style="Mixed")
        + text_list(["Ett", ("Två", text_list(["Två a"]))], style="Num")
        + "<text:list>"
        + "<text:list-item>"
        + p(x("Numrerad genom sitt stycke"), "Numbered_20_para")
        + "</text:list-item></text:list>",
    )
    assert [(b.kind, b.text, b.list_level, b.numbered) for b in source.blocks] == [
        (BlockKind.LIST_ITEM, "Biblioteken", 0, False),
        (BlockKind.LIST_ITEM, "Första steget", 1, True),
        (BlockKind.LIST_ITEM, "Andra steget", 1, True),
        (BlockKind.LIST_ITEM, "Kulturskolan", 0, False),
        (BlockKind.LIST_ITEM, "Ett", 0, True),
        (BlockKind.LIST_ITEM, "Två", 0, True),
        (BlockKind.LIST_ITEM, "Två a", 1, True),
        (BlockKind.LIST_ITEM, "Numrerad genom sitt stycke", 0, True),
    ]


def test_table_with_spans_and_repeats(tmp_path: Path) -> None:
    nested = simple_table([["Inre", "tabell"]])
    source = _read(
        tmp_path,
        table(
            header=[
                row(cell("Nämndsmål 1: Fler läser", columns=3), covered(2)),
                row(cell("Indikator"), cell("2026"), cell("2027")),
            ],
            rows=[
                row(cell("Utlån per invånare", rows=2), cell("5,1"), cell("5,3")),
                row(covered(), cell("Mål", repeat=2)),
                row(cell("Besök"), cell("0"), cell("0"), repeat=2),
                "<text:soft-page-break/>",
                row(
                    cell("Med inre tabell"),
                    f"<table:table-cell>{nested}</table:table-cell>",
                    cell(),
                ),
            ],
        ),
    )
    (block,) = source.blocks
    assert block.kind is BlockKind.TABLE
    assert block.header_rows == 2
    assert block.text.startswith("Nämndsmål 1: Fler läser")  # the first row, as a .docx's
    assert _grid(block) == [
        ["Nämndsmål 1: Fler läser"] * 3,
        ["Indikator", "2026", "2027"],
        ["Utlån per invånare", "5,1", "5,3"],
        ["Utlån per invånare", "Mål", "Mål"],
        ["Besök", "0", "0"],
        ["Besök", "0", "0"],
        ["Med inre tabell", "Inre tabell", ""],
    ]
    rows = block.rows
    assert rows[0][0] is rows[0][1] is rows[0][2]  # merged across
    assert rows[2][0] is rows[3][0] and block.is_merged_down(3, 0)  # merged down
    assert rows[3][1] is not rows[3][2]  # repeated cells are copies, not one merged cell
    assert rows[4][0] is not rows[5][0] and not block.is_merged_down(5, 0)
    assert rows[6][1].lines == ("Inre", "tabell")


def test_empty_padding_rows_and_columns_cost_nothing(tmp_path: Path) -> None:
    source = _read(
        tmp_path,
        table(
            [
                row(cell("Verksamhet"), cell("Belopp"), cell(repeat=1_000_000)),
                row(cell(), cell("Tom rad ovan"), cell(repeat=1_000_000)),
                row(cell(repeat=1_000_000), repeat=1_000_000),
            ]
        ),
    )
    assert _grid(source.blocks[0]) == [["Verksamhet", "Belopp"], ["", "Tom rad ovan"]]


def test_image_with_alt_text(tmp_path: Path) -> None:
    frame = (
        '<draw:frame draw:name="Bild1"><draw:image xlink:href="Pictures/karta.png"/>'
        "<svg:title>Karta</svg:title><svg:desc>Karta över biblioteken</svg:desc></draw:frame>"
    )
    linked = (
        '<draw:frame><draw:image xlink:href="https://example.invalid/bild.png"/>'
        "<svg:title>Logotyp</svg:title></draw:frame>"
    )
    source = _read(
        tmp_path,
        p("Bibliotekens läge." + frame) + p(linked),
        files={"Pictures/karta.png": PNG},
    )
    assert [(b.kind, b.text, b.alt, b.image) for b in source.blocks] == [
        (BlockKind.PARAGRAPH, "Bibliotekens läge.", "", b""),
        (BlockKind.IMAGE, "Karta över biblioteken", "Karta över biblioteken", PNG),
        (BlockKind.IMAGE, "Logotyp", "Logotyp", b""),  # a link is never followed
    ]


def test_table_of_contents_is_set_aside(tmp_path: Path) -> None:
    toc = (
        '<text:table-of-content text:name="Innehåll"><text:table-of-content-source/>'
        "<text:index-body><text:index-title>"
        + p(x("Innehållsförteckning"))
        + "</text:index-title>"
        + p("1 Inledning<text:tab/>3", "Contents_20_1")
        + p("2 Mål<text:tab/>5", "Contents_20_1")
        + "</text:index-body></text:table-of-content>"
    )
    source = _read(tmp_path, toc + h("Inledning", 1) + p(x("En hand skriven rad")))
    assert source.toc == ["Innehållsförteckning", "1 Inledning 3", "2 Mål 5"]
    assert [b.text for b in source.blocks] == ["Inledning", "En hand skriven rad"]


def test_tracked_changes_read_as_accepted(tmp_path: Path) -> None:
    changes = (
        "<text:tracked-changes>"
        '<text:changed-region text:id="c1"><text:deletion><office:change-info>'
        "<dc:creator>Anna</dc:creator><dc:date>2025-10-01T10:00:00</dc:date></office:change-info>"
        + p(x("ibland "))
        + "</text:deletion></text:changed-region>"
        '<text:changed-region text:id="c2"><text:insertion><office:change-info>'
        "<dc:creator>Anna</dc:creator><dc:date>2025-10-01T10:00:00</dc:date></office:change-info>"
        "</text:insertion></text:changed-region>"
        "</text:tracked-changes>"
    )
    source = _read(
        tmp_path,
        changes
        + p(
            'Nämnden ska <text:change text:change-id="c1"/>'
            '<text:change-start text:change-id="c2"/>alltid <text:change-end text:change-id="c2"/>'
            "följa upp."
        ),
    )
    assert [b.text for b in source.blocks] == ["Nämnden ska alltid följa upp."]
    assert "ibland" not in _all_text(source)


def test_tracked_table_rows(tmp_path: Path) -> None:
    """A row deleted with changes tracked keeps only the marks where its text stood; a row
    inserted so keeps its text. Both rows are marked as changes of their own."""
    changes = (
        '<text:tracked-changes><text:changed-region text:id="d1"><text:deletion>'
        "<office:change-info><dc:creator>Anna</dc:creator></office:change-info>"
        + p(x("Struken aktivitet"))
        + "</text:deletion></text:changed-region></text:tracked-changes>"
    )
    marked = (
        '<table:table-cell><text:p><text:change text:change-id="d1"/></text:p></table:table-cell>'
    )
    source = _read(
        tmp_path,
        changes
        + table(
            [
                row(cell("Aktivitet"), cell("Ansvarig")),
                row(marked, marked, style="Rad"),
                row(cell("Ny aktivitet"), cell("Bo"), style="Rad"),
                row(cell(), cell(), style="Rad"),
                row(cell("Sista"), cell("Eva")),
            ]
        ),
    )
    assert _grid(source.blocks[0]) == [
        ["Aktivitet", "Ansvarig"],
        ["Ny aktivitet", "Bo"],
        ["", ""],
        ["Sista", "Eva"],
    ]
    assert "Struken" not in _all_text(source)


def test_comments_and_footnotes_are_not_body_text(tmp_path: Path) -> None:
    comment = (
        '<office:annotation office:name="k1"><dc:creator>Anna Berg</dc:creator>'
        "<dc:date>2025-10-01T10:00:00</dc:date>"
        + p(x("Stämmer siffran?"))
        + p(x("Kolla med ekonomen."))
        + "</office:annotation>"
    )
    note = (
        '<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1'
        "</text:note-citation><text:note-body>"
        + p(x("Bruttokostnad minus intäkter."))
        + "</text:note-body></text:note>"
    )
    cell_note = note.replace("ftn1", "ftn2").replace("Bruttokostnad", "Tkr, bruttokostnad")
    source = _read(
        tmp_path,
        p(
            "Kostnaden"
            + comment
            + " ökar"
            + note
            + ' med 3 %.<office:annotation-end office:name="k1"/>'
        )
        + table(
            [
                row(
                    cell("Verksamhet"),
                    f"<table:table-cell>{p('Belopp' + cell_note)}</table:table-cell>",
                )
            ]
        ),
    )
    paragraph, grid = source.blocks
    assert paragraph.text == "Kostnaden ökar med 3 %."
    assert paragraph.notes == ("Bruttokostnad minus intäkter.",)
    assert _grid(grid) == [["Verksamhet", "Belopp"]]
    assert grid.notes == ("Tkr, bruttokostnad minus intäkter.",)
    assert source.comments == ["Anna Berg: Stämmer siffran? Kolla med ekonomen."]


def test_headers_footers_title_and_text_boxes(tmp_path: Path) -> None:
    master = (
        '<style:master-page style:name="Standard">'
        "<style:header>" + p(x("Kulturnämnden – Verksamhetsplan")) + "</style:header>"
        "<style:footer>" + p("Sida <text:page-number>1</text:page-number>") + "</style:footer>"
        '</style:master-page><style:master-page style:name="Första">'
        "<style:footer>" + p("Sida <text:page-number>1</text:page-number>") + "</style:footer>"
        "</style:master-page>"
    )
    box = (
        '<draw:frame draw:name="Ruta"><draw:text-box>'
        + p(x("Faktaruta: 12 bibliotek"))
        + text_list(["Stadsbiblioteket"])
        + "</draw:text-box></draw:frame>"
    )
    source = _read(
        tmp_path,
        p("Bibliotek i kommunen." + box)
        + "<text:section text:name='S1'>"
        + p(x("Efter rutan."))
        + "</text:section>",
        master=master,
        title="Verksamhetsplan 2026 för Kulturnämnden",
    )
    assert source.title == "Verksamhetsplan 2026 för Kulturnämnden"
    assert source.set_aside == ["Kulturnämnden – Verksamhetsplan", "Sida 1"]
    assert [(b.kind, b.text) for b in source.blocks] == [
        (BlockKind.PARAGRAPH, "Bibliotek i kommunen."),
        (BlockKind.PARAGRAPH, "Faktaruta: 12 bibliotek"),
        (BlockKind.LIST_ITEM, "Stadsbiblioteket"),
        (BlockKind.PARAGRAPH, "Efter rutan."),
    ]


def test_odt_reads_as_the_same_blocks_as_docx(tmp_path: Path) -> None:
    """The same plan written as .docx and as .odt gives the classifiers the same blocks."""
    doc = Document()
    doc.add_paragraph("Kulturnämnden")
    doc.add_heading("Mål och indikatorer", 1)
    paragraph = doc.add_paragraph("Planen beskriver ")
    paragraph.add_run("nämndens").bold = True
    paragraph.add_run(" arbete.")
    doc.add_paragraph("Biblioteken", style="List Bullet")
    docx_xml.add_xml(
        doc,
        docx_xml.table(
            docx_xml.row(
                '<w:tc><w:tcPr><w:gridSpan w:val="3"/></w:tcPr><w:p><w:r><w:t>Nämndsmål 1'
                "</w:t></w:r></w:p></w:tc>"
            ),
            docx_xml.row(docx_xml.cell("Indikator"), docx_xml.cell("2026"), docx_xml.cell("2027")),
            docx_xml.row(docx_xml.cell("Utlån"), docx_xml.cell("5,1"), docx_xml.cell("5,3")),
        ),
    )
    doc.save(str(tmp_path / "plan.docx"))
    odt = write_odt(
        tmp_path / "plan.odt",
        p(x("Kulturnämnden"), "Standard")
        + h("Mål och indikatorer", 1)
        + p("Planen beskriver " + span("nämndens", "T1") + " arbete.", "Standard")
        + text_list(["Biblioteken"], style="Bullets")
        + table(
            [
                row(cell("Nämndsmål 1", columns=3), covered(2)),
                row(cell("Indikator"), cell("2026"), cell("2027")),
                row(cell("Utlån"), cell("5,1"), cell("5,3")),
            ]
        ),
    )

    def shape(source: Source) -> list[tuple[object, ...]]:
        return [
            (b.kind, b.text, b.level, b.list_level, b.numbered, b.bold, b.runs, _grid(b))
            for b in source.blocks
        ]

    assert shape(read_odt(odt)) == shape(read_docx(tmp_path / "plan.docx"))


# --- refused ----------------------------------------------------------------------------------


def _bomb(path: Path) -> Path:
    write_odt(path, p(x("Text")))
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as package:
        package.writestr("Pictures/stor.png", bytes(50 * 1024 * 1024))
    return path


ENTITIES = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
    f"<office:document-content {NS}><office:body><office:text><text:p>&lol2;</text:p>"
    "</office:text></office:body></office:document-content>"
)
SPREADSHEET = (
    f'<?xml version="1.0"?><office:document-content {NS}><office:body><office:spreadsheet>'
    "<table:table/></office:spreadsheet></office:body></office:document-content>"
)


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda path: write_odt(path, content=ENTITIES), "otillåtna XML-konstruktioner"),
        (
            lambda path: write_odt(path, content='<?xml version="1.0"?><!DOCTYPE x><x/>'),
            "otillåtna XML-konstruktioner",
        ),
        (
            lambda path: write_odt(path, table([row(cell("Rad"), repeat=1_000_000)])),
            "orimligt många celler",
        ),
        (
            lambda path: write_odt(path, table([row(cell("Cell", repeat=1_000_000))])),
            "orimligt bred",
        ),
        (
            lambda path: write_odt(path, table([row(cell("Cell", columns=10**12))])),
            "orimligt bred",
        ),
        (_bomb, "misstänkt hårt packad"),
        (lambda path: write_odt(path, without=["content.xml"]), "saknar sitt innehåll"),
        (
            lambda path: write_odt(
                path, content=SPREADSHEET, mimetype="application/vnd.oasis.opendocument.spreadsheet"
            ),
            r"ett kalkylark \(\.ods\), inget textdokument",
        ),
        (lambda path: write_odt(path, content=SPREADSHEET, mimetype=None), "ett kalkylark"),
        (
            lambda path: write_odt(path, content=b"\x8f\x02krypterat", encrypted=True),
            "lösenordsskyddad",
        ),
        (lambda path: write_odt(path, content="<office:document-content>"), r"skadad \(content"),
        (lambda path: path.write_bytes(b"Bara text, ingen zip."), "ingen OpenDocument-fil"),
        (lambda path: path.write_bytes(write_odt(path).read_bytes()[:200]), "skadad|ingen"),
        (lambda path: None, "finns inte"),
    ],
    ids=[
        "entiteter",
        "doctype",
        "miljon-rader",
        "miljon-kolumner",
        "jattespann",
        "zipbomb",
        "utan-content",
        "omdopt-ods",
        "ods-utan-mimetype",
        "losenord",
        "trasig-xml",
        "inte-zip",
        "avkortad",
        "saknas",
    ],
)
def test_bad_files_are_refused_in_swedish(
    tmp_path: Path, make: Callable[[Path], object], reason: str
) -> None:
    path = tmp_path / "plan.odt"
    make(path)
    with pytest.raises(InputError) as caught:
        read_odt(path)
    message = str(caught.value)
    assert message.startswith("”plan.odt” går inte att läsa som OpenDocument-text. ")
    assert re.search(reason, message), message
    assert "Traceback" not in message and "Error" not in message

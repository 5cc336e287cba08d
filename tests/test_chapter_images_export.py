"""A chapter's images in Word and PDF, read back as a reader (or Word) sees them: the picture at
its size, its alt text, its caption under it, and a line saying so where an image is missing or
cannot be read."""

from __future__ import annotations

import base64
import io
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pikepdf
import pytest
from docx import Document
from docx.document import Document as DocxDocument
from docx.text.paragraph import Paragraph as DocxParagraph
from PIL import Image, ImageChops
from pypdf import PdfReader

from tests.pdf_reading import page_lines
from tests.word_reading import style_name
from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.exports.export import export_plan
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import items
from vplan_desktop.services.read import read_plan

EMU_PER_CM = 360_000
POINTS_PER_CM = 72 / 2.54
PDF_TEXT = (17.0, 25.7)
"""The PDF's text area on a portrait page, in cm (A4 less 2 cm each side, 2,2 cm top and
1,8 cm bottom)."""
CHAPTER = "Bilder i planen"
NAVY = (20, 40, 120)


def _encoded(image: Image.Image, kind: str = "PNG", **options: Any) -> bytes:
    out = io.BytesIO()
    image.save(out, kind, **options)
    return out.getvalue()


def _rgba() -> Image.Image:
    """A navy square on a transparent ground."""
    image = Image.new("RGBA", (300, 300), (0, 0, 0, 0))
    image.paste((*NAVY, 255), (75, 75, 225, 225))
    return image


@dataclass(frozen=True)
class Picture:
    caption: str
    alt_text: str
    data: bytes
    size_cm: tuple[float, float]
    """Its printed size where it fits the page as it is (at its resolution)."""


PICTURES = [
    Picture(
        "Figur 1. Organisation",
        "Organisationsschema: nämnden överst, fem enheter under förvaltningschefen.",
        _encoded(Image.new("RGB", (600, 300), NAVY), dpi=(150, 150)),
        (600 / 150 * 2.54, 300 / 150 * 2.54),
    ),
    Picture(
        'Figur 2. Foto <b>inte fet</b> & <img src="karta.png"/>',  # printed as written
        "Fotografi av Sjöbacka & kommunhuset <entrén>.",
        _encoded(Image.new("RGB", (480, 240), (200, 60, 30)), "JPEG", dpi=(96, 96)),
        (480 / 96 * 2.54, 240 / 96 * 2.54),
    ),
    Picture(
        "Figur 3. Genomskinlig",
        "En blå fyrkant.",
        _encoded(_rgba(), dpi=(100, 100)),
        (300 / 100 * 2.54, 300 / 100 * 2.54),
    ),
    Picture(
        "",  # no caption: nothing printed under it
        "Karta i tryckfärger.",
        _encoded(Image.new("CMYK", (200, 100), (0, 80, 200, 0)), "JPEG"),
        (200 / 96 * 2.54, 100 / 96 * 2.54),
    ),
    Picture(
        "Figur 5. Sexton bitar",
        "Gråskala med sexton bitar per bildpunkt.",
        _encoded(Image.new("I;16", (192, 96), 40000)),
        (192 / 96 * 2.54, 96 / 96 * 2.54),
    ),
]
WIDE = _encoded(Image.new("RGB", (3000, 600), "green"))  # 79 cm at 96 dpi: as wide as the text
TALL = _encoded(Image.new("RGB", (400, 2000), "purple"))  # 53 cm: 60 % of the text height


def _plan_with_images(doc: PlanDocument) -> None:
    """A chapter showing every picture of ``PICTURES`` and then ``WIDE`` and ``TALL``, with
    paragraphs between them."""
    ids = []
    for n, picture in enumerate(PICTURES):
        fields = {"data": picture.data, "namn": f"bild{n}", "alt_text": picture.alt_text}
        ids.append(items.add_item(doc, ItemKind.BILD, fields).item_id)
    for name, data in (("bred.png", WIDE), ("hog.png", TALL)):
        ids.append(items.add_item(doc, ItemKind.BILD, {"data": data, "namn": name}).item_id)
    captions = [p.caption for p in PICTURES] + ["Bred", "Hög"]
    text = "\n\n".join(
        f"Text före. {n}\n\n![{caption}](bild:{bild_id})"
        for n, (caption, bild_id) in enumerate(zip(captions, ids, strict=True))
    )
    items.add_item(doc, ItemKind.KAPITEL, {"rubrik": CHAPTER, "text": f"{text}\n\nText efter."})


@pytest.fixture
def plan(doc: PlanDocument) -> d.PlanSnapshot:
    _plan_with_images(doc)
    return read_plan(doc)


# --- Word ----------------------------------------------------------------------------------


def _pictures(document: DocxDocument) -> list[tuple[DocxParagraph, Any, DocxParagraph]]:
    """(the picture's paragraph, its wp:inline, the paragraph after it) for each picture."""
    paragraphs = document.paragraphs
    found = []
    for n, paragraph in enumerate(paragraphs):
        for inline in paragraph._p.xpath(".//wp:inline"):
            found.append((paragraph, inline, paragraphs[n + 1]))
    return found


def _text_area_cm(document: DocxDocument) -> tuple[float, float]:
    section = document.sections[0]
    page_width, page_height = int(section.page_width or 0), int(section.page_height or 0)
    width = page_width - int(section.left_margin or 0) - int(section.right_margin or 0)
    height = page_height - int(section.top_margin or 0) - int(section.bottom_margin or 0)
    return width / EMU_PER_CM, height / EMU_PER_CM


def test_word_prints_each_image_centred_with_alt_text_size_and_caption(
    plan: d.PlanSnapshot, tmp_path: Path
) -> None:
    out = tmp_path / "plan.docx"
    export_plan(plan, "docx", out)
    document = Document(str(out))
    pictures = _pictures(document)
    chart_and_others = [p for p in pictures if p[1].docPr.get("title")]  # the budget chart
    pictures = [p for p in pictures if not p[1].docPr.get("title")]
    assert len(pictures) == len(PICTURES) + 2 and len(chart_and_others) <= 1
    width_cm, height_cm = _text_area_cm(document)
    for (paragraph, inline, after), picture in zip(pictures, PICTURES, strict=False):
        assert inline.docPr.get("descr") == picture.alt_text
        assert inline.docPr.get("name").startswith("Bild ")  # Word's selection pane, Swedish
        assert (inline.extent.cx, inline.extent.cy) == (
            pytest.approx(picture.size_cm[0] * EMU_PER_CM, abs=2),
            pytest.approx(picture.size_cm[1] * EMU_PER_CM, abs=2),
        )
        assert paragraph.alignment == 1  # centred
        if picture.caption:
            assert (after.text, style_name(after)) == (picture.caption, "Caption")
            assert paragraph.paragraph_format.keep_with_next
        else:
            assert style_name(after) != "Caption" and after.text.startswith("Text före")
    wide, tall = pictures[-2][1], pictures[-1][1]
    assert wide.extent.cx == pytest.approx(width_cm * EMU_PER_CM, abs=2)
    assert wide.extent.cy == pytest.approx(width_cm * EMU_PER_CM / 5, abs=2)
    assert tall.extent.cy == pytest.approx(0.6 * height_cm * EMU_PER_CM, abs=2)
    assert tall.extent.cx == pytest.approx(0.6 * height_cm * EMU_PER_CM / 5, abs=2)
    assert wide.docPr.get("descr") == ""  # none written: Granskning asks for one


def test_word_embeds_what_every_word_reads(plan: d.PlanSnapshot, tmp_path: Path) -> None:
    out = tmp_path / "plan.docx"
    export_plan(plan, "docx", out)
    document = Document(str(out))
    blobs = []
    for _, inline, _ in _pictures(document)[: len(PICTURES)]:
        rid = inline.graphic.graphicData.pic.blipFill.blip.embed
        blobs.append(document.part.related_parts[rid].blob)
    png, jpeg, rgba, cmyk, sixteen = (Image.open(io.BytesIO(blob)) for blob in blobs)
    assert blobs[1] == PICTURES[1].data  # a photo keeps its own JPEG bytes
    assert (rgba.format, rgba.mode) == ("PNG", "RGBA")  # Word keeps the transparency
    assert (cmyk.format, cmyk.mode) == ("JPEG", "RGB")  # not CMYK, which some readers invert
    assert (sixteen.format, sixteen.mode) == ("PNG", "RGB")  # 8 bits a channel
    assert png.size == (600, 300) and jpeg.format == "JPEG"


def test_a_16_bit_grey_png_prints_in_its_own_grey(plan: d.PlanSnapshot, tmp_path: Path) -> None:
    grey = round(40000 / 257)  # 16 bits down to 8
    export_plan(plan, "docx", tmp_path / "plan.docx")
    export_plan(plan, "pdf", tmp_path / "plan.pdf")
    document = Document(str(tmp_path / "plan.docx"))
    inline = _pictures(document)[4][1]
    rid = inline.graphic.graphicData.pic.blipFill.blip.embed
    word = Image.open(io.BytesIO(document.part.related_parts[rid].blob)).convert("L")
    with pikepdf.open(tmp_path / "plan.pdf") as pdf:
        pages = _chapter_pages(PdfReader(str(tmp_path / "plan.pdf")))
        drawn = [_xobject(pdf.pages[n], i[0]) for n in pages for i in _drawn_images(pdf.pages[n])]
        printed = pikepdf.PdfImage(drawn[4]).as_pil_image().convert("L")
    assert word.getpixel((0, 0)) == pytest.approx(grey, abs=1)
    assert printed.getpixel((0, 0)) == pytest.approx(grey, abs=1)


def test_a_photo_turned_by_its_exif_tag_prints_as_vplan_shows_it(
    doc: PlanDocument, tmp_path: Path
) -> None:
    """Some readers turn a JPEG by its Exif orientation and others do not, and the printed size
    is the stored one: the photo is saved again without the tag, so every reader shows the
    same picture at the size it was given."""
    exif = Image.Exif()
    exif[0x0112] = 6  # "turn 90° to be upright"
    data = _encoded(Image.new("RGB", (300, 100), (200, 60, 30)), "JPEG", exif=exif)
    bild = items.add_item(doc, ItemKind.BILD, {"data": data, "alt_text": "Foto"}).item_id
    items.add_item(
        doc, ItemKind.KAPITEL, {"rubrik": CHAPTER, "text": f"![Foto](bild:{bild})\n\nText efter."}
    )
    plan = read_plan(doc)
    export_plan(plan, "docx", tmp_path / "plan.docx")
    export_plan(plan, "pdf", tmp_path / "plan.pdf")
    document = Document(str(tmp_path / "plan.docx"))
    (_, inline, _) = _pictures(document)[0]
    rid = inline.graphic.graphicData.pic.blipFill.blip.embed
    word = Image.open(io.BytesIO(document.part.related_parts[rid].blob))
    assert (word.format, word.size, word.getexif().get(0x0112)) == ("JPEG", (300, 100), None)
    assert inline.extent.cx == 3 * inline.extent.cy
    with pikepdf.open(tmp_path / "plan.pdf") as pdf:
        pages = _chapter_pages(PdfReader(str(tmp_path / "plan.pdf")))
        [(name, w, h, _)] = [i for n in pages for i in _drawn_images(pdf.pages[n])]
        image = _xobject(pdf.pages[pages[0]], name)
        stored = Image.open(io.BytesIO(base64.a85decode(image.read_raw_bytes(), adobe=True)))
        assert stored.getexif().get(0x0112) is None and w == pytest.approx(3 * h)


def test_a_writer_given_the_markdown_block_itself_looks_the_image_up(
    plan: d.PlanSnapshot, tmp_path: Path
) -> None:
    from vplan_desktop.exports import content as c
    from vplan_desktop.exports.docx_writer import write_docx
    from vplan_desktop.exports.pdf_writer import write_pdf
    from vplan_desktop.markdown import ImageBlock

    bild = plan.bilder[0]
    blocks: list[c.DocBlock] = [ImageBlock(bild.id, "Figur"), ImageBlock(999, "Borta")]
    write_docx(c.Document(plan, blocks), tmp_path / "plan.docx")
    write_pdf(c.Document(plan, blocks), tmp_path / "plan.pdf")
    document = Document(str(tmp_path / "plan.docx"))
    [(_, inline, caption)] = _pictures(document)
    assert (inline.docPr.get("descr"), caption.text) == (bild.alt_text, "Figur")
    assert "[Bilden saknas]" in [p.text for p in document.paragraphs]
    with pikepdf.open(tmp_path / "plan.pdf") as pdf:
        assert sum(len(_drawn_images(page)) for page in pdf.pages) == 1


# --- PDF -----------------------------------------------------------------------------------


def _xobject(page: pikepdf.Page, name: str) -> pikepdf.Stream:
    stream = page.Resources.XObject[name]
    assert isinstance(stream, pikepdf.Stream)
    return stream


def _drawn_images(page: pikepdf.Page) -> list[tuple[str, float, float, float]]:
    """(XObject name, drawn width, drawn height, left edge) of each image drawn on ``page``,
    in points, in the order drawn."""
    matrix = pikepdf.Matrix()
    stack = []
    drawn = []
    for instruction in pikepdf.parse_content_stream(page):
        assert isinstance(instruction, pikepdf.ContentStreamInstruction)
        op, operands = str(instruction.operator), instruction.operands
        if op == "q":
            stack.append(matrix)
        elif op == "Q":
            matrix = stack.pop()
        elif op == "cm":
            matrix = pikepdf.Matrix(*[float(v) for v in operands]) @ matrix
        elif op == "Do":
            name = str(operands[0])
            if _xobject(page, name).Subtype == "/Image":
                drawn.append((name, matrix.a, matrix.d, matrix.e))
    return drawn


def _chapter_pages(reader: PdfReader) -> list[int]:
    """The pages from the chapter's heading to "Text efter." (0-based); the contents page,
    which lists the heading as a link, is not one of them."""
    lines = [page_lines(page) for page in reader.pages]
    first = next(
        n for n, page in enumerate(reader.pages) if CHAPTER in lines[n] and "/Annots" not in page
    )
    last = next(n for n in range(first, len(lines)) if "Text efter." in lines[n])
    return list(range(first, last + 1))


def test_pdf_prints_each_image_centred_with_its_size_and_caption(
    plan: d.PlanSnapshot, tmp_path: Path
) -> None:
    out = tmp_path / "plan.pdf"
    export_plan(plan, "pdf", out)
    reader = PdfReader(str(out))
    with pikepdf.open(out) as pdf:
        pages = _chapter_pages(reader)
        drawn = [(n, *image) for n in pages for image in _drawn_images(pdf.pages[n])]
        assert len(drawn) == len(PICTURES) + 2
        for (_, _, w, h, left), picture in zip(drawn, PICTURES, strict=False):
            expected = [size * POINTS_PER_CM for size in picture.size_cm]
            assert [w, h] == pytest.approx(expected, abs=0.01)
            page_width = float(pdf.pages[0].MediaBox[2])
            assert left + w / 2 == pytest.approx(page_width / 2, abs=0.5)  # centred
        (_, _, wide_w, wide_h, _), (_, _, tall_w, tall_h, _) = drawn[-2:]
        assert (wide_w, wide_h) == pytest.approx((PDF_TEXT[0] * POINTS_PER_CM, wide_w / 5))
        assert tall_h == pytest.approx(0.6 * PDF_TEXT[1] * POINTS_PER_CM, abs=0.01)
        assert tall_w == pytest.approx(tall_h / 5)
        objects = [_xobject(pdf.pages[n], name) for n, name, *_ in drawn]
        photo, rgba, cmyk = objects[1], objects[2], objects[3]
        # The photo as it was stored, its JPEG only wrapped in ASCII85 as reportlab writes it.
        assert photo.Filter[-1] == "/DCTDecode"
        assert base64.a85decode(photo.read_raw_bytes(), adobe=True) == PICTURES[1].data
        assert cmyk.ColorSpace == "/DeviceRGB"  # CMYK is not for an sRGB PDF/A
        assert cmyk.Filter[-1] == "/DCTDecode"  # still a JPEG
        # The transparent ground lies white on the page, without a soft mask.
        assert "/SMask" not in rgba and "/Mask" not in rgba
        flat = pikepdf.PdfImage(rgba).as_pil_image()
        assert flat.getpixel((5, 5)) == (255, 255, 255)
        assert flat.getpixel((150, 150)) == NAVY
        text = "\n".join(reader.pages[n].extract_text() or "" for n in pages)
        lines = [line.strip() for line in text.splitlines()]
        for picture in PICTURES:
            if picture.caption:
                assert picture.caption in lines
        assert "Bred" in lines and "Hög" in lines


def test_pdf_gives_each_picture_its_alt_text(plan: d.PlanSnapshot, tmp_path: Path) -> None:
    """The tagged PDF's Figure elements carry the pictures' alt texts, in order (what a
    screen reader reads instead of the picture)."""
    out = tmp_path / "plan.pdf"
    export_plan(plan, "pdf", out)
    alt_texts = []
    with pikepdf.open(out) as pdf:

        def walk(elem: pikepdf.Object) -> None:
            if elem.get("/S") == "/Figure" and "/BBox" in elem.get("/A", {}):
                alt_texts.append(str(elem.Alt))
            kids = elem.get("/K")
            for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
                if isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/StructElem":
                    walk(kid)

        walk(pdf.Root.StructTreeRoot.K)
    assert alt_texts[: len(PICTURES)] == [p.alt_text for p in PICTURES]


def test_pdfa_with_a_transparent_image_has_no_soft_mask(
    plan: d.PlanSnapshot, tmp_path: Path
) -> None:
    out = tmp_path / "arkiv.pdf"
    export_plan(plan, "pdf", out, pdfa=True)
    with pikepdf.open(out) as pdf:
        assert pdf.open_metadata().get("pdfaid:part") == "2"
        spaces = set()
        for page in pdf.pages:
            for image in page.get_images().values():
                assert "/SMask" not in image and "/Mask" not in image
                spaces.add(str(image.ColorSpace))
        assert spaces <= {"/DeviceRGB", "/DeviceGray"}  # all within the sRGB output intent


# --- missing and damaged images ------------------------------------------------------------


GARBAGE_ID, TRUNCATED_ID = 50, 51


def _plan_with_broken_images(plan_path: Path) -> d.PlanSnapshot:
    """A chapter showing an image the plan lacks, one whose bytes are no image at all and one
    whose header is sound but whose body is cut off (as a hostile plan file may hold)."""
    with PlanDocument.open(plan_path) as doc:
        items.add_item(
            doc,
            ItemKind.KAPITEL,
            {
                "rubrik": CHAPTER,
                "text": "Före.\n\n![Saknas](bild:999)\n\nMitten.\n\n"
                f"![Trasig](bild:{GARBAGE_ID})\n\n![Avkortad](bild:{TRUNCATED_ID})\n\nText efter.",
            },
        )
    sound = _encoded(Image.effect_noise((400, 400), 60).convert("RGB"))
    with sqlite3.connect(plan_path) as connection:
        connection.executemany(
            "INSERT INTO bild (id, namn, alt_text, data) VALUES (?, ?, '', ?)",
            [
                (GARBAGE_ID, "trasig.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4),
                (TRUNCATED_ID, "", sound[: len(sound) // 2]),
            ],
        )
    connection.close()
    with PlanDocument.open(plan_path, read_only=True) as doc:
        plan = read_plan(doc)
    assert plan.bild(TRUNCATED_ID) is not None and plan.bild(TRUNCATED_ID).info is not None  # type: ignore[union-attr]
    return plan


PLACEHOLDERS = [
    "[Bilden saknas]",
    "[Bilden kan inte visas: trasig.png]",
    f"[Bilden kan inte visas: bild {TRUNCATED_ID}]",
]


def test_a_missing_or_damaged_image_prints_a_line_saying_so_in_word(
    plan_path: Path, tmp_path: Path
) -> None:
    plan = _plan_with_broken_images(plan_path)
    out = tmp_path / "plan.docx"
    export_plan(plan, "docx", out)
    document = Document(str(out))
    texts = [p.text for p in document.paragraphs]
    start = next(
        n
        for n, p in enumerate(document.paragraphs)
        if p.text == CHAPTER and style_name(p) == "Heading 1"
    )
    assert texts[start + 1 : start + 10] == [
        "Före.",
        PLACEHOLDERS[0],
        "Saknas",
        "Mitten.",
        PLACEHOLDERS[1],
        "Trasig",
        PLACEHOLDERS[2],
        "Avkortad",
        "Text efter.",
    ]
    for paragraph in document.paragraphs[start + 1 : start + 10]:
        if paragraph.text in PLACEHOLDERS:
            assert all(run.italic for run in paragraph.runs)
    assert [p for p in _pictures(document) if not p[1].docPr.get("title")] == []


def test_a_missing_or_damaged_image_prints_a_line_saying_so_in_pdf(
    plan_path: Path, tmp_path: Path
) -> None:
    plan = _plan_with_broken_images(plan_path)
    out = tmp_path / "plan.pdf"
    export_plan(plan, "pdf", out, pdfa=True)
    reader = PdfReader(str(out))
    with pikepdf.open(out) as pdf:
        pages = _chapter_pages(reader)
        assert all(_drawn_images(pdf.pages[n]) == [] for n in pages)
    lines = [
        line.strip() for n in pages for line in (reader.pages[n].extract_text() or "").splitlines()
    ]
    start = lines.index(CHAPTER)
    assert lines[start + 1 : start + 10] == [
        "Före.",
        PLACEHOLDERS[0],
        "Saknas",
        "Mitten.",
        PLACEHOLDERS[1],
        "Trasig",
        PLACEHOLDERS[2],
        "Avkortad",
        "Text efter.",
    ]


# --- as a reader sees the page -------------------------------------------------------------


def _navy_columns(png: Path) -> tuple[float, float]:
    """The leftmost and rightmost column of navy pixels on the rendered page, as shares of the
    page's width."""
    image = Image.open(png).convert("RGB")
    difference = ImageChops.difference(image, Image.new("RGB", image.size, NAVY))
    red, green, blue = difference.split()
    furthest = ImageChops.lighter(ImageChops.lighter(red, green), blue)
    box = furthest.point(lambda v: 255 if v < 16 else 0).getbbox()
    assert box, "no navy picture on the page"
    return box[0] / image.width, box[2] / image.width


def _render(pdf: Path, page: int, folder: Path) -> Path:
    prefix = folder / "sida"
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", str(page), "-l", str(page), str(pdf), str(prefix)],
        check=True,
    )
    (png,) = folder.glob("sida-*.png")
    return png


def _first_picture_page(pdf: Path) -> int:
    texts = [page.extract_text() or "" for page in PdfReader(str(pdf)).pages]
    return next(n for n, text in enumerate(texts, start=1) if PICTURES[0].caption in text)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm is not installed")
def test_pdf_page_shows_the_picture_centred(plan: d.PlanSnapshot, tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    export_plan(plan, "pdf", out)
    png = _render(out, _first_picture_page(out), tmp_path)
    left, right = _navy_columns(png)
    # 10,16 cm of a 21 cm page, in the middle
    assert right - left == pytest.approx(10.16 / 21, abs=0.02)
    assert (left + right) / 2 == pytest.approx(0.5, abs=0.02)


@pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdftoppm") is None,
    reason="LibreOffice or pdftoppm is not installed",
)
def test_word_page_shows_the_picture_centred(plan: d.PlanSnapshot, tmp_path: Path) -> None:
    out = tmp_path / "plan.docx"
    export_plan(plan, "docx", out)
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(out),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    pdf = tmp_path / "plan.pdf"
    png = _render(pdf, _first_picture_page(pdf), tmp_path)
    left, right = _navy_columns(png)
    assert right - left == pytest.approx(10.16 / 21, abs=0.02)
    assert (left + right) / 2 == pytest.approx(0.5, abs=0.02)


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_an_image_shown_in_many_chapters_is_decoded_once(
    doc: PlanDocument, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    """A logo on every chapter's page is decoded and made ready once for the whole document
    (each decoded copy held width × height × 4 bytes until the PDF was written, 56 copies of
    one logo took 230 MB; Word saved each again as a PNG, 1,6 s), and is still printed in
    every chapter with its caption."""
    from vplan_desktop.exports import figures

    logo = PICTURES[0]
    fields = {"data": logo.data, "namn": "logo.png", "alt_text": logo.alt_text}
    bild_id = items.add_item(doc, ItemKind.BILD, fields).item_id
    for n in range(4):
        text = f"Kapitel {n}.\n\n![Figur {n}. Organisation](bild:{bild_id})"
        items.add_item(doc, ItemKind.KAPITEL, {"rubrik": f"Med logotyp {n}", "text": text})
    decodes: list[int] = []
    real = figures.printable

    def counted(figure: Any) -> Any:
        decodes.append(figure.bild_id)
        return real(figure)

    monkeypatch.setattr(figures, "printable", counted)
    out = tmp_path / f"logotyper.{fmt}"
    export_plan(read_plan(doc), fmt, out)
    assert decodes == [bild_id]
    if fmt == "pdf":
        with pikepdf.open(out) as pdf:
            drawn = [image for page in pdf.pages for image in _drawn_images(page)]
        assert len(drawn) == 4
        reader = PdfReader(out)
        for n in range(4):
            assert any(f"Figur {n}. Organisation" in page_lines(page) for page in reader.pages)
    else:
        document = Document(str(out))
        shown = _pictures(document)
        assert [caption.text for _, _, caption in shown] == [
            f"Figur {n}. Organisation" for n in range(4)
        ]
        assert all(inline.docPr.get("descr") == logo.alt_text for _, inline, _ in shown)

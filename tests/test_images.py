"""Images in chapters, the core: the check every image passes before it goes into a plan (a file
picked on disk, a JSON file, someone else's plan), the Markdown that shows one, and adding one
to a chapter as one undoable action."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest
from PIL import Image

from vplan_desktop import images
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.domain import ImageInfo
from vplan_desktop.errors import InputError
from vplan_desktop.markdown import ImageBlock, Paragraph, Run, image_refs, parse, write
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import items
from vplan_desktop.services.images import add_to_chapter
from vplan_desktop.services.read import read_plan


def _encoded(image: Image.Image, kind: str = "PNG", **options: object) -> bytes:
    out = io.BytesIO()
    image.save(out, kind, **options)
    return out.getvalue()


def test_png_and_jpeg_are_described_with_their_resolution() -> None:
    png = _encoded(Image.new("RGBA", (300, 200), (0, 0, 0, 0)), dpi=(150, 150))
    assert images.check_image(png) == ImageInfo("image/png", 300, 200, 150.0)
    jpeg = _encoded(Image.new("CMYK", (64, 48)), "JPEG")
    assert images.check_image(jpeg) == ImageInfo("image/jpeg", 64, 48, images.DEFAULT_DPI)
    assert images.describe(jpeg) == images.check_image(jpeg)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", images.NOT_AN_IMAGE),
        ("Det här är ingen bild".encode(), images.NOT_AN_IMAGE),
        (_encoded(Image.new("RGB", (10, 10)), "GIF"), images.NOT_AN_IMAGE),
        (_encoded(Image.new("RGB", (10, 10)), "BMP"), images.NOT_AN_IMAGE),
        (b"<svg xmlns='http://www.w3.org/2000/svg'/>", images.NOT_AN_IMAGE),
        (_encoded(Image.new("RGB", (200, 200), "red"))[:120], images.DAMAGED),
        (_encoded(Image.effect_noise((200, 200), 50), "JPEG")[:3000], images.DAMAGED),
    ],
    ids=["empty", "text", "gif", "bmp", "svg", "truncated-png", "truncated-jpeg"],
)
def test_anything_but_a_sound_png_or_jpeg_is_refused_in_swedish(data: bytes, message: str) -> None:
    with pytest.raises(InputError) as refused:
        images.check_image(data)
    assert refused.value.message == message
    assert images.describe(data) is None or message == images.DAMAGED
    assert images.decoded(data) is None


def test_an_image_too_large_in_bytes_or_pixels_is_refused() -> None:
    with pytest.raises(InputError, match=r"för stor \(10,0 MB\)"):
        images.check_image(b"\x89PNG\r\n\x1a\n" + bytes(images.MAX_BYTES))
    # 8 000 × 6 000 one-bit pixels: a small file that would decode to 48 million pixels.
    huge = _encoded(Image.new("1", (8000, 6000)))
    assert len(huge) < 100_000
    with pytest.raises(InputError, match="8\u00a0000 × 6\u00a0000 bildpunkter"):
        images.check_image(huge)
    assert images.describe(huge) is None


def test_a_resolution_nobody_means_is_read_as_96_dpi() -> None:
    for dpi in (1, 100_000):
        png = _encoded(Image.new("RGB", (96, 96)), dpi=(dpi, dpi))
        assert images.check_image(png).dpi == images.DEFAULT_DPI


def test_an_image_prints_at_its_own_size_or_smaller_never_larger() -> None:
    info = ImageInfo("image/png", 1500, 750, 150.0)  # 25,4 × 12,7 cm at its resolution
    assert images.print_size(info, 16.0, 20.0) == pytest.approx((16.0, 8.0))
    assert images.print_size(info, 16.0, 4.0) == pytest.approx((8.0, 4.0))
    small = ImageInfo("image/png", 96, 48, 96.0)
    assert images.print_size(small, 16.0, 20.0) == pytest.approx((2.54, 1.27))


def test_decoded_images_are_rgb_or_rgba_for_the_writers() -> None:
    assert images.decoded(_encoded(Image.new("CMYK", (8, 8)), "JPEG")).mode == "RGB"  # type: ignore[union-attr]
    assert images.decoded(_encoded(Image.new("LA", (8, 8)))).mode == "RGBA"  # type: ignore[union-attr]
    assert images.decoded(_encoded(Image.new("I;16", (8, 8)))).mode == "RGB"  # type: ignore[union-attr]


def test_markdown_shows_an_image_on_a_line_of_its_own() -> None:
    text = "Se bilden: ![Figur 1. *Organisation*](bild:12) och mer.\n"
    blocks = parse(text)
    assert blocks == [
        Paragraph((Run("Se bilden:"),)),
        ImageBlock(12, "Figur 1. Organisation"),
        Paragraph((Run("och mer."),)),
    ]
    assert parse(write(blocks)) == blocks
    assert write([ImageBlock(3, "Karta [ny]\nrad två")]) == "![Karta \\[ny\\] rad två](bild:3)\n"
    assert image_refs("![a](bild:1)\n\n- ![b](bild:2)\n\n![c](bild:3)") == [
        ImageBlock(1, "a"),
        ImageBlock(3, "c"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "![lösenord](/etc/passwd)",
        "![karta](file:///C:/Users/x/karta.png)",
        "![karta](https://example.invalid/karta.png)",
        "![karta](bild:0)",
        "![karta](bild:7x)",
        "![karta](BILD:7)",
    ],
)
def test_only_an_image_of_the_plan_is_an_image(text: str) -> None:
    assert image_refs(text) == []
    assert all(isinstance(block, Paragraph) for block in parse(text))


def test_a_reference_in_a_list_or_table_is_kept_as_text() -> None:
    text = "- ![a](bild:2)\n\n| A |\n| --- |\n| ![b](bild:4) |\n"
    assert "bild:2" in write(parse(text)) and "bild:4" in write(parse(text))


def _png() -> bytes:
    return _encoded(Image.new("RGB", (120, 60), "navy"))


def test_an_image_goes_into_a_chapter_as_one_undoable_action(doc: PlanDocument) -> None:
    chapter = read_plan(doc).kapitel[0]
    change = add_to_chapter(
        doc, chapter.id, _png(), lambda n: f"Före\n\n![Bildtext](bild:{n})\n", namn="org.png"
    )
    plan = read_plan(doc)
    (image,) = plan.bilder
    assert (image.namn, image.info.bredd if image.info else 0) == ("org.png", 120)
    assert plan.kapitel[0].text == f"Före\n\n![Bildtext](bild:{image.id})\n"
    change.undo(doc)
    plan = read_plan(doc)
    assert plan.bilder == () and plan.kapitel[0].text == chapter.text


def test_a_refused_image_changes_nothing(doc: PlanDocument) -> None:
    before = read_plan(doc)
    with pytest.raises(InputError):
        add_to_chapter(doc, before.kapitel[0].id, b"GIF89a", lambda n: f"![x](bild:{n})")
    assert read_plan(doc) == before


def test_alt_text_and_picture_are_edited_and_undone(doc: PlanDocument) -> None:
    added = items.add_item(doc, ItemKind.BILD, {"data": _png(), "alt_text": "Karta"})
    assert added.item_id is not None
    other = _encoded(Image.new("RGB", (10, 10)), "JPEG")
    change = items.update_item(doc, ItemKind.BILD, added.item_id, {"data": other})
    assert read_plan(doc).bilder[0].info.mediatyp == "image/jpeg"  # type: ignore[union-attr]
    change.undo(doc)
    assert read_plan(doc).bilder[0].data == _png()
    with pytest.raises(InputError, match="Alternativtexten är för lång"):
        items.update_item(doc, ItemKind.BILD, added.item_id, {"alt_text": "x" * 2001})


def test_a_damaged_image_in_a_plan_file_reads_as_unreadable(plan_path: Path) -> None:
    with sqlite3.connect(plan_path) as connection:
        connection.execute(
            "INSERT INTO bild (id, namn, alt_text, data) VALUES (4, 'x', '', ?)",
            (b"\x89PNG garbage",),
        )
    connection.close()
    with PlanDocument.open(plan_path, read_only=True) as doc:
        image = read_plan(doc).bild(4)
    assert image is not None and image.info is None

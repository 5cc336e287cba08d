"""A chapter's image in the Word document: the picture centred in a paragraph of its own, its
alt text where Word keeps it (the drawing's ``descr``, "Alternativ text"), the caption under it
in Word's Caption style – the style the tables' captions are in."""

from __future__ import annotations

import io

from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.image.image import Image as DocxImage
from docx.shared import Emu, Pt

from vplan_desktop.exports.blocks import Figure
from vplan_desktop.exports.docx_styles import add_styled
from vplan_desktop.exports.figures import Prepared, Printable, placeholder

EMU_PER_CM = 360_000


def _blob(picture: Printable) -> bytes:
    """The bytes Word is given: a photo as a JPEG (``Printable.jpeg``), anything else as a PNG
    made from the decoded image (a 16-bit or interlaced PNG is read alike in every Word)."""
    if picture.jpeg is not None:
        try:
            DocxImage.from_blob(picture.jpeg)  # add_picture reads its header: it parses
            return picture.jpeg
        except Exception:  # a JPEG marker python-docx does not know: give it the PNG instead
            pass
    return picture.png()


def blobs() -> Prepared[bytes]:
    """The images of one Word document, each made ready once (``figures.Prepared``)."""
    return Prepared(_blob)


def add_figure(
    document: DocxDocument,
    figure: Figure,
    width: int,
    height: int,
    prepared: Prepared[bytes] | None = None,
) -> None:
    """``figure`` added to ``document`` on a text area of ``width`` × ``height`` EMU; a line
    in italics where the image is missing or cannot be read. ``prepared`` holds the images
    made ready for the document so far."""
    shown = (prepared or blobs()).of(figure)
    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    layout = paragraph.paragraph_format
    layout.first_line_indent = Pt(0)  # a template's indented body text would push it aside
    if shown is None:
        paragraph.add_run(placeholder(figure)).italic = True
    else:
        picture, blob = shown
        # A template's "exactly 14 pt" line spacing would show a 14 pt strip of the picture.
        layout.line_spacing_rule = WD_LINE_SPACING.SINGLE
        w_cm, h_cm = picture.size_cm(width / EMU_PER_CM, height / EMU_PER_CM)
        shape = paragraph.add_run().add_picture(
            io.BytesIO(blob),
            width=Emu(round(w_cm * EMU_PER_CM)),
            height=Emu(round(h_cm * EMU_PER_CM)),
        )
        # What Word shows as the picture's "Alternativ text" and screen readers read out. No
        # title: the caption is printed right under it, and would be read twice.
        shape._inline.docPr.set("descr", picture.alt_text)
        # Word's selection pane lists the picture by this name ("Picture 3" otherwise).
        shape._inline.docPr.set("name", f"Bild {figure.bild_id}")
    if figure.caption:
        layout.keep_with_next = True
        caption = add_styled(document, figure.caption, "Caption")
        caption.alignment = WD_ALIGN_PARAGRAPH.CENTER

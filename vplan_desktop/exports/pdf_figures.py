"""A chapter's image in the PDF: the picture centred, scaled as in Word, kept on one page with
its caption under it; a line in italics where the image is missing or cannot be read."""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfutils import readJPEGInfo
from reportlab.platypus import Flowable, KeepTogether, Spacer

from vplan_desktop.exports.blocks import Figure
from vplan_desktop.exports.figures import CM_PER_POINT, Prepared, Printable, placeholder
from vplan_desktop.exports.pdf_markup import paragraph_text
from vplan_desktop.exports.pdf_paragraph import Paragraph, tagged
from vplan_desktop.exports.pdf_tagging import Marked, Tag, sizing_only
from vplan_desktop.images import decoded


class Picture(Flowable):  # type: ignore[misc]
    """An image drawn at a set size (reportlab's own ``Image`` takes only a path or a file,
    not an image already decoded)."""

    def __init__(self, reader: ImageReader, width: float, height: float, alt_text: str) -> None:
        super().__init__()
        self.reader = reader
        self.width, self.height = width, height
        self.hAlign = "CENTER"
        self.alt_text = alt_text

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        if not sizing_only(self.canv):
            draw_image(self.canv, self.reader, self.width, self.height)


def draw_image(canvas: Any, reader: ImageReader, width: float, height: float) -> None:
    """``reader`` at (0, 0) scaled to ``width`` × ``height``, stored once in the PDF however
    often it is drawn.

    reportlab's ``drawImage`` names an image by an MD5 of its decoded pixels, and so hashes
    them again at every use (a 1600 × 640 logo in each of 56 chapters: 0,3 s of the large
    plan's export). The name it gave the image the first time is kept for the canvas, and
    each later use draws that XObject again (``doForm``).
    """
    names: dict[ImageReader, str] = canvas.__dict__.setdefault("_vplan_image_names", {})
    name = names.get(reader)
    if name is None:
        given: dict[str, Any] = {"name": None}
        canvas.drawImage(reader, 0, 0, width, height, mask=None, extraReturn=given)
        names[reader] = given["name"]
        return
    canvas.saveState()
    canvas.scale(width, height)
    canvas.doForm(name)
    canvas.restoreState()


def _reader(picture: Printable) -> ImageReader:
    """What reportlab draws: a photo's JPEG (``Printable.jpeg``, embedded as it is), anything
    else the decoded image laid on white.

    Transparency is flattened onto the white page, which looks the same and keeps soft masks
    out of the file: the archival export (``pdfa``, PDF/A-2a) would allow them, PDF/A-1 not.
    """
    if picture.jpeg is not None:
        try:
            info = readJPEGInfo(io.BytesIO(picture.jpeg))  # what reportlab embeds it by
            if info[2] in (1, 3):  # grey or RGB
                return ImageReader(io.BytesIO(picture.jpeg))
        except Exception:  # a JPEG reportlab cannot copy as it is: it gets the decoded pixels
            pass
    return ImageReader(picture.on_white())


def pictures() -> Prepared[ImageReader]:
    """The images of one PDF, each decoded once (``figures.Prepared``)."""
    return Prepared(_reader)


def figure_flowables(
    figure: Figure,
    width: float,
    height: float,
    styles: dict[str, ParagraphStyle],
    decoded: Prepared[ImageReader] | None = None,
) -> list[Flowable]:
    """``figure`` on a frame of ``width`` × ``height`` points; ``decoded`` holds the images
    decoded for the document so far."""
    caption_style = ParagraphStyle(
        "Bildtext, centrerad", parent=styles["caption"], alignment=TA_CENTER, spaceBefore=3
    )
    shown = (decoded or pictures()).of(figure)
    parts: list[Flowable]
    if shown is None:
        # Centred, where the picture would stand.
        style = ParagraphStyle("Bild saknas", parent=styles["body"], alignment=TA_CENTER)
        parts = [Paragraph(f"<i>{paragraph_text(placeholder(figure))}</i>", style)]
    else:
        picture, reader = shown
        w_cm, h_cm = picture.size_cm(width * CM_PER_POINT, height * CM_PER_POINT)
        size = w_cm / CM_PER_POINT, h_cm / CM_PER_POINT
        alt = picture.alt_text or figure.caption or "Bild"
        picture_flowable = Picture(reader, *size, alt_text=alt)
        parts = [Marked(picture_flowable, Tag("Figure", alt=alt))]
    if figure.caption:
        parts.append(tagged(Paragraph(paragraph_text(figure.caption), caption_style), "Caption"))
    return [KeepTogether(parts), Spacer(1, 6)]


LOGO_HEIGHT = 18 * mm
LOGO_WIDTH = 60 * mm


def draw_logo(canvas: Any, logo: bytes, left: float, top: float) -> None:
    """The kommun's logo (PNG or JPEG, checked by ``images``) with its top left corner at
    (``left``, ``top``), at most ``LOGO_WIDTH`` × ``LOGO_HEIGHT``, laid on white as on the page;
    nothing when it cannot be read."""
    image = decoded(logo)
    if image is None:
        return
    if image.mode == "RGBA":
        from PIL import Image as PilImage  # deferred: Pillow only when there is a logo

        white = PilImage.new("RGBA", image.size, (255, 255, 255, 255))
        image = PilImage.alpha_composite(white, image).convert("RGB")
    scale = min(LOGO_WIDTH / image.width, LOGO_HEIGHT / image.height)
    width, height = image.width * scale, image.height * scale
    canvas.drawImage(ImageReader(image), left, top - height, width, height, mask=None)

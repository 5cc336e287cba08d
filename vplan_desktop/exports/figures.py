"""A chapter's image as the Word and PDF writers print it: decoded once, at which size, and the
line printed instead when the image is missing or cannot be read.

The bytes come from the plan file, which may come from anyone: they are decoded by
``images.decoded`` (PNG and JPEG readers only, within its limits) before any writer sees them,
and only what decoded cleanly is printed. Nothing here raises on a bad image.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

from vplan_desktop import images
from vplan_desktop.db.columns import clean_text
from vplan_desktop.domain import ImageInfo
from vplan_desktop.exports.blocks import Figure

if TYPE_CHECKING:
    from PIL.Image import Image

MAX_HEIGHT_SHARE = 0.6
"""An image is at most this share of the text height: a tall one leaves room for its caption
and some text on its page."""
MISSING = "[Bilden saknas]"
UNREADABLE = "[Bilden kan inte visas: {namn}]"
CM_PER_POINT = 2.54 / 72


@dataclass(frozen=True)
class Printable:
    """An image that decoded cleanly, ready for a writer."""

    image: Image
    """Decoded: RGB, or RGBA where it is transparent."""
    info: ImageInfo
    alt_text: str
    jpeg: bytes | None
    """For a JPEG, the bytes to embed: the stored ones when every reader shows them as they are,
    else the decoded image saved again as a JPEG (a CMYK one, or one turned by its Exif tag).
    A photo keeps a photo's compression instead of growing tenfold as a PNG. None for a PNG."""

    def size_cm(self, width_cm: float, text_height_cm: float) -> tuple[float, float]:
        """The printed size on a text area of ``width_cm`` × ``text_height_cm``."""
        return images.print_size(self.info, width_cm, text_height_cm * MAX_HEIGHT_SHARE)

    def png(self) -> bytes:
        """The decoded image as a PNG (of 8 bits a channel, whatever the stored file was)."""
        return _saved(self.image, "PNG")

    def on_white(self) -> Image:
        """The image without transparency, laid on white as the page shows it."""
        if self.image.mode != "RGBA":
            return self.image
        from PIL import Image as PilImage  # deferred: Pillow only when a plan has images

        white = PilImage.new("RGBA", self.image.size, (255, 255, 255, 255))
        return PilImage.alpha_composite(white, self.image).convert("RGB")


def printable(figure: Figure) -> Printable | None:
    """``figure``'s image decoded for printing; None when the plan lacks it or it cannot be
    read (``placeholder`` then says which)."""
    bild = figure.bild
    if bild is None or bild.info is None:
        return None
    image = images.decoded(bild.data)
    if image is None:
        return None
    jpeg = None
    if bild.info.mediatyp == "image/jpeg":
        jpeg = bild.data if _plain_jpeg(bild.data) else _saved(image, "JPEG", quality=90)
    return Printable(image, bild.info, clean_text(bild.alt_text), jpeg)


Ready = TypeVar("Ready")


class Prepared(Generic[Ready]):
    """The images of one document, each decoded and made ready for its writer (``prepare``:
    a PNG for Word, a reader for reportlab) once, however many figures show it. A decoded
    image takes width × height × 4 bytes for as long as the document is built, and saving it
    again as a PNG takes long: a logo on each of 56 chapter pages cost the PDF 230 MB and the
    Word file 1,6 s when every figure had its own."""

    def __init__(self, prepare: Callable[[Printable], Ready]) -> None:
        self._prepare = prepare
        self._done: dict[tuple[bytes, str, str], tuple[Printable, Ready] | None] = {}

    def of(self, figure: Figure) -> tuple[Printable, Ready] | None:
        """``figure``'s image and what its writer draws; None when it cannot be printed."""
        bild = figure.bild
        if bild is None or bild.info is None:
            return None
        key = (bild.data, bild.info.mediatyp, bild.alt_text)
        if key not in self._done:
            picture = printable(figure)
            self._done[key] = None if picture is None else (picture, self._prepare(picture))
        return self._done[key]


EXIF_ORIENTATION = 0x0112


def _plain_jpeg(data: bytes) -> bool:
    """Whether ``data`` (a JPEG that has decoded cleanly) is shown alike by every reader and
    as vplan measures it: in RGB or grey (a CMYK JPEG is shown inverted by some readers, and
    is not allowed in PDF/A with an sRGB output intent), and not turned by an Exif tag (which
    some readers obey and others do not, and which ``ImageInfo``'s size does not count)."""
    from PIL import Image as PilImage  # deferred: Pillow only when a plan has images

    try:
        with PilImage.open(io.BytesIO(data), formats=["JPEG"]) as image:
            upright = image.getexif().get(EXIF_ORIENTATION, 1) == 1
            return upright and image.mode in ("RGB", "L")
    except Exception:  # decoded once already; a reader that fails now means "save again"
        return False


def _saved(image: Image, kind: str, **options: object) -> bytes:
    out = io.BytesIO()
    image.save(out, kind, **options)
    return out.getvalue()


def placeholder(figure: Figure) -> str:
    """The line printed where ``figure``'s image cannot be."""
    bild = figure.bild
    if bild is None:
        return MISSING
    return UNREADABLE.format(namn=clean_text(bild.namn).strip() or f"bild {bild.id}")

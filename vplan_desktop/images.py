"""Images in chapters: the check a file passes before it goes into a plan, what a stored image
is, and how large it is printed.

An image may come from anyone (a file picked on disk, a plan or JSON file from another kommun),
so its bytes are read by Pillow with only the PNG and JPEG readers enabled, within limits on
bytes and pixels, and decoded in full once before they are accepted. A plan file's bytes are
checked again when the plan is read (``describe``): a damaged image is shown as missing, never
handed to Word or the PDF writer.
"""

from __future__ import annotations

import io
import warnings
from typing import TYPE_CHECKING

from vplan_desktop.domain import ImageInfo
from vplan_desktop.errors import InputError
from vplan_desktop.formatting import format_number

if TYPE_CHECKING:
    from PIL.Image import Image

MAX_BYTES = 10 * 1024 * 1024
"""An organisation chart or a map is far smaller; a photo straight from a camera may not be."""
MAX_PIXELS = 40_000_000
MEDIA_TYPES = {"PNG": "image/png", "JPEG": "image/jpeg"}
SUFFIXES = {"image/png": ".png", "image/jpeg": ".jpg"}
FILE_PATTERN = "Bilder (*.png *.jpg *.jpeg)"
"""The file dialog's filter (the formats ``check_image`` accepts)."""
DEFAULT_DPI = 96.0
PORTRAIT_ROOM_CM = (17.0, 15.4)
"""The most an image takes on a portrait A4 page of the documents: the text's width, and 60 %
of its height (the chapter editor shows an image as large as it will print)."""
ALT_TEXT_LIMIT = 2000

TOO_LARGE = (
    "Bilden är för stor ({size}); en bild får vara högst 10 MB. Spara den med lägre "
    "upplösning eller som JPEG och försök igen."
)
TOO_MANY_PIXELS = (
    "Bilden är för stor ({width} × {height} bildpunkter). Minska den till högst 40 miljoner "
    "bildpunkter och försök igen."
)
FAR_TOO_MANY_PIXELS = (
    "Bilden är för stor. Minska den till högst 40 miljoner bildpunkter och försök igen."
)
NOT_AN_IMAGE = (
    "Filen är inte en bild som kan infogas. Bara PNG- och JPEG-bilder går att infoga: spara "
    "bilden i något av de formaten och försök igen."
)
DAMAGED = "Bilden går inte att läsa: filen är skadad eller ofullständig."


def _open(data: bytes) -> Image:
    # deferred: Pillow is needed only when a plan has images, not at start-up
    from PIL import Image as PilImage

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", PilImage.DecompressionBombWarning)
            return PilImage.open(io.BytesIO(data), formats=list(MEDIA_TYPES))
    except (PilImage.DecompressionBombError, PilImage.DecompressionBombWarning) as error:
        raise InputError(FAR_TOO_MANY_PIXELS) from error
    except Exception as error:  # Pillow's readers raise many kinds on hostile bytes
        raise InputError(NOT_AN_IMAGE) from error


def _dpi(image: Image) -> float:
    dpi = image.info.get("dpi")
    try:
        value = float(dpi[0]) if dpi else DEFAULT_DPI
    except (TypeError, ValueError, IndexError):
        return DEFAULT_DPI
    # A file that claims 1 or 100 000 dpi would print as a poster or a dot.
    return round(value, 1) if 30 <= value <= 1200 else DEFAULT_DPI


def _info(image: Image) -> ImageInfo:
    width, height = image.size
    if width < 1 or height < 1:
        raise InputError(NOT_AN_IMAGE)
    if width * height > MAX_PIXELS:
        raise InputError(
            TOO_MANY_PIXELS.format(width=format_number(width), height=format_number(height))
        )
    return ImageInfo(MEDIA_TYPES[str(image.format)], width, height, _dpi(image))


def check_image(data: bytes) -> ImageInfo:
    """What ``data`` is, once it has been decoded in full; InputError with a Swedish message for
    anything but a sound PNG or JPEG within the limits."""
    if not isinstance(data, bytes | bytearray) or not data:
        raise InputError(NOT_AN_IMAGE)
    if len(data) > MAX_BYTES:
        raise InputError(TOO_LARGE.format(size=_megabytes(len(data))))
    image = _open(bytes(data))
    with image:
        info = _info(image)
        try:
            image.load()  # every byte decoded: a truncated or damaged file fails here
        except Exception as error:  # Pillow's decoders raise many kinds on hostile bytes
            raise InputError(DAMAGED) from error
    return info


def describe(data: bytes) -> ImageInfo | None:
    """What a stored image is, read from its header only; None when it is not one vplan shows
    (the plan file may come from someone else)."""
    if not data or len(data) > MAX_BYTES:
        return None
    try:
        with _open(data) as image:
            return _info(image)
    except InputError:
        return None


def decoded(data: bytes) -> Image | None:
    """The image decoded and converted to what every writer takes (RGB, or RGBA where it is
    transparent); None when it cannot be read. For the exports, which must not fail on a
    damaged image in someone else's plan."""
    try:
        check_image(data)
        image = _open(data)
        image.load()
    except Exception:  # checked above; a decoder may still fail on the second pass
        return None
    if image.mode in ("I", "I;16", "I;16B", "I;16L"):  # 16-bit grey: convert() clips at 255
        image = image.convert("I").point(lambda v: v * (1 / 256)).convert("L")
    transparent = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
    wanted = "RGBA" if transparent else "RGB"
    return image if image.mode == wanted else image.convert(wanted)


def print_size(info: ImageInfo, max_width_cm: float, max_height_cm: float) -> tuple[float, float]:
    """The printed width and height in cm: the image's own size at its resolution, made
    smaller (never larger) to fit within ``max_width_cm`` × ``max_height_cm``."""
    width = info.bredd / info.dpi * 2.54
    height = info.hojd / info.dpi * 2.54
    scale = min(1.0, max_width_cm / width, max_height_cm / height)
    return width * scale, height * scale


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB".replace(".", ",")

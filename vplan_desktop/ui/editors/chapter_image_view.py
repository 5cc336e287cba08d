"""How the chapter editor shows the plan's images: each ``![Bildtext](bild:7)`` is an image in
the text (a ``QTextImageFormat`` named "bild:7", its picture a resource of the document), drawn
as large as it prints on a portrait page and no wider than the text, with its caption in
italics under it.

An image the plan does not have, or whose bytes cannot be shown (a damaged or foreign plan
file), is drawn as a grey box saying so; its reference stays in the text, so nothing is lost on
save. A picture pasted from elsewhere (Word, a web page) is not one of the plan's images and is
not saved: its box says how to insert it instead. No image is ever read from a path or an
address: only the plan's own bytes are drawn.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import NamedTuple

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QPointF,
    QRect,
    QRectF,
    QSize,
    QSizeF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QImageReader,
    QPainter,
    QPalette,
    QPen,
    QPyTextObject,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextImageFormat,
)

from vplan_desktop import images
from vplan_desktop.domain import Bild, ImageInfo
from vplan_desktop.markdown import ImageBlock
from vplan_desktop.ui.i18n import QT_TR_NOOP, tr

CAPTION = QTextFormat.Property.UserProperty + 2
"""An image's caption (the Markdown's bracket text). Kept as its title too, which Qt's HTML
keeps when an image is cut and pasted within the text; a user property is not."""
_NAME = re.compile(r"^bild:([1-9][0-9]{0,17})$")
OBJECT = "\ufffc"
"""The character that stands for an image in the document's text."""

MISSING = QT_TR_NOOP("Bilden saknas")
UNREADABLE = QT_TR_NOOP("Bilden kan inte visas")
NOT_SAVED = QT_TR_NOOP("Bilden sparas inte")
PASTED = QT_TR_NOOP(
    "En inklistrad bild följer inte med planen. Infoga den med ”Infoga bild…” (Ctrl+Shift+B)."
)
"""What the box in place of a picture says (a ``_Shown.note`` is one of the first two, as
written here: ``tr`` translates it where it is shown)."""
_QT_FORMATS = {"image/png": b"png", "image/jpeg": b"jpeg"}
MAX_DECODED = 2400
"""Pixels along the longer side a picture is decoded to for the screen: a 40-megapixel photo
would take 160 MB as it is, and the editor is never wider than a screen."""
_PLACEHOLDER_WIDTH = 420.0
_PAD = 6.0  # above the picture and under the image's caption, apart from the text around it
_GAP = 3.0  # between the picture and its caption
_INSET = 10.0  # inside the box shown in place of a picture
_WRAP = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignHCenter)
"""A caption is centred under its picture, as the documents print it."""
_CENTRED = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignHCenter)


def image_name(bild_id: int) -> str:
    return f"bild:{bild_id}"


def image_format(bild_id: int, caption: str = "") -> QTextImageFormat:
    """The format of image ``bild_id`` in the text, its caption kept on it."""
    format_ = QTextImageFormat()
    format_.setName(image_name(bild_id))
    format_.setProperty(CAPTION, caption)
    format_.setProperty(QTextFormat.Property.ImageTitle, caption)
    return format_


def image_ref(format_: QTextFormat) -> ImageBlock | None:
    """The plan's image a character's format shows (None for text or a pasted picture)."""
    if not format_.isImageFormat():
        return None
    found = _NAME.match(format_.toImageFormat().name())
    if found is None:
        return None
    caption = format_.property(CAPTION)
    if not isinstance(caption, str):  # cut and pasted: Qt's HTML kept only the title
        caption = format_.property(QTextFormat.Property.ImageTitle)
    return ImageBlock(int(found.group(1)), caption if isinstance(caption, str) else "")


def images_in(document: QTextDocument) -> list[tuple[int, ImageBlock]]:
    """The plan's images in the text, each with its position, in order."""
    found: list[tuple[int, ImageBlock]] = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            ref = image_ref(fragment.charFormat())
            if ref is not None:
                # Two neighbouring images alike share one fragment.
                for offset, char in enumerate(fragment.text()):
                    if char == OBJECT:
                        found.append((fragment.position() + offset, ref))
            fragments += 1
        block = block.next()
    return found


def image_cursor(document: QTextDocument, position: int) -> QTextCursor | None:
    """A cursor selecting the plan's image at ``position``, or None if there is none."""
    if not 0 <= position < document.characterCount() - 1:
        return None
    cursor = QTextCursor(document)
    cursor.setPosition(position)
    cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
    if cursor.selectedText() != OBJECT or image_ref(cursor.charFormat()) is None:
        return None
    return cursor


def set_caption(cursor: QTextCursor, caption: str) -> None:
    """Give the image ``cursor`` selects the caption ``caption``."""
    change = QTextCharFormat()
    change.setProperty(CAPTION, caption)
    change.setProperty(QTextFormat.Property.ImageTitle, caption)
    cursor.mergeCharFormat(change)


def decode(data: bytes, info: ImageInfo | None) -> QImage | None:
    """The picture ``data`` for the screen, at most ``MAX_DECODED`` pixels along its longer
    side; None when it cannot be shown (``info`` None: not an image vplan shows). Only the
    reader of its own format is used."""
    if info is None or info.mediatyp not in _QT_FORMATS:
        return None
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, QByteArray(_QT_FORMATS[info.mediatyp]))
    reader.setAutoDetectImageFormat(False)
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > MAX_DECODED:
        reader.setScaledSize(
            size.scaled(MAX_DECODED, MAX_DECODED, Qt.AspectRatioMode.KeepAspectRatio)
        )
    image = reader.read()
    return None if image.isNull() else image


def _printed(info: ImageInfo) -> QSizeF:
    """The image as large as it prints on a portrait page, in the screen's logical pixels (96
    to the inch), as a word processor shows a page at 100 %."""
    width_cm, height_cm = images.print_size(info, *images.PORTRAIT_ROOM_CM)
    return QSizeF(width_cm / 2.54 * 96, height_cm / 2.54 * 96)


class _Shown:
    """What is known of one image of the text: its picture and its natural size, or why it is
    not shown."""

    def __init__(self, bild: Bild | None) -> None:
        self.bild = bild
        picture = decode(bild.data, bild.info) if bild is not None else None
        self.picture = picture
        self.note = "" if picture is not None else MISSING if bild is None else UNREADABLE
        self.natural = (
            _printed(bild.info)
            if picture is not None and bild is not None and bild.info is not None
            else QSizeF()
        )
        self.scaled: QImage | None = None


class ImageObjects(QPyTextObject):
    """Lays out and draws the images of one document (Qt asks it for every image object)."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.setObjectName("vplan_bilder")
        self.images: dict[int, Bild] = {}
        self.shown: dict[int, _Shown] = {}

    # --- what is shown -------------------------------------------------------------------

    def show(self, images: Mapping[int, Bild], ids: set[int]) -> None:
        """Draw the plan's images as ``images`` has them; of the pictures decoded so far, keep
        those of ``ids`` (the text's images) that did not change."""
        self.images = dict(images)
        self.shown = {
            bild_id: known
            for bild_id, known in self.shown.items()
            if bild_id in ids and known.bild == self.images.get(bild_id)
        }
        for bild_id in ids:
            self.known(bild_id)
        for bild_id, known in self.shown.items():
            self._register(bild_id, known)  # again: clearing the document dropped them

    def known(self, bild_id: int) -> _Shown:
        """Image ``bild_id`` as shown: decoded the first time it is asked for (an image
        pasted from another chapter of the plan is found too)."""
        known = self.shown.get(bild_id)
        if known is None:
            known = self.shown[bild_id] = _Shown(self.images.get(bild_id))
            self._register(bild_id, known)
        return known

    def note(self, bild_id: int) -> str:
        """Why image ``bild_id`` is not shown ("" when it is)."""
        return self.known(bild_id).note

    def _register(self, bild_id: int, known: _Shown) -> None:
        document = self.parent()
        if known.picture is not None and isinstance(document, QTextDocument):
            document.addResource(
                QTextDocument.ResourceType.ImageResource, QUrl(image_name(bild_id)), known.picture
            )

    # --- QTextObjectInterface ------------------------------------------------------------

    def intrinsicSize(self, doc: QTextDocument, posInDocument: int, format: QTextFormat) -> QSizeF:
        return self._layout(doc, format).size

    def drawObject(
        self,
        painter: QPainter,
        rect: QRectF | QRect,
        doc: QTextDocument,
        posInDocument: int,
        format: QTextFormat,
    ) -> None:
        layout = self._layout(doc, format)
        origin = QRectF(rect).topLeft()
        box = layout.box.translated(origin)
        palette = QGuiApplication.palette()
        painter.save()
        if layout.known is not None and layout.known.picture is not None:
            painter.drawImage(box, self._scaled(layout.known, box.size(), painter))
        else:
            _draw_placeholder(painter, box, palette, doc, layout.note)
        if layout.caption:
            painter.setFont(_caption_font(doc))
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(layout.caption_box.translated(origin), _WRAP, layout.caption)
        painter.restore()

    # --- helpers -------------------------------------------------------------------------

    def _layout(self, doc: QTextDocument, format_: QTextFormat) -> _Layout:
        """Where the picture (or the box saying why there is none) and the caption go."""
        ref = image_ref(format_)
        known = self.known(ref.bild) if ref is not None else None
        room = _room(doc)
        note = _note(ref, known)
        if known is not None and known.picture is not None:
            natural = known.natural
            if room is None:
                room = natural.width()
            scale = min(1.0, room / natural.width()) if natural.width() > 0 else 1.0
            size = QSizeF(max(natural.width() * scale, 1.0), max(natural.height() * scale, 1.0))
        else:
            room = _PLACEHOLDER_WIDTH if room is None else room
            width = min(room, _PLACEHOLDER_WIDTH)
            size = QSizeF(width, _placeholder_height(doc, width, note))
        box = QRectF(QPointF(0, _PAD), size)
        caption = _one_line(ref.caption) if ref is not None else ""
        if not caption:
            return _Layout(
                known, note, box, "", QRectF(), QSizeF(size.width(), box.bottom() + _PAD)
            )
        # The caption wraps under the picture; under a narrow one it may take the text's width.
        font = _caption_font(doc)
        width = max(size.width(), min(room, QFontMetricsF(font).horizontalAdvance(caption) + 2))
        height = QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 1e6), _WRAP, caption).height()
        caption_box = QRectF(0, box.bottom() + _GAP, width, height)
        box.moveLeft((width - size.width()) / 2)  # the picture centred over a wider caption
        total = QSizeF(width, caption_box.bottom() + _PAD)
        return _Layout(known, note, box, caption, caption_box, total)

    def _scaled(self, known: _Shown, size: QSizeF, painter: QPainter) -> QImage:
        """The picture scaled smoothly to ``size`` on the painter's device, kept until the size
        changes (scaling a large picture at every paint would make scrolling slow)."""
        assert known.picture is not None
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        wanted = QSize(max(1, round(size.width() * ratio)), max(1, round(size.height() * ratio)))
        if known.scaled is None or known.scaled.size() != wanted:
            if known.picture.size() == wanted:
                known.scaled = QImage(known.picture)
            else:
                known.scaled = known.picture.scaled(
                    wanted,
                    Qt.AspectRatioMode.IgnoreAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            known.scaled.setDevicePixelRatio(ratio)
        return known.scaled


class _Layout(NamedTuple):
    known: _Shown | None
    note: tuple[str, str]
    """What the box says when there is no picture: a title and a line under it."""
    box: QRectF
    caption: str
    caption_box: QRectF
    size: QSizeF


def _note(ref: ImageBlock | None, known: _Shown | None) -> tuple[str, str]:
    """What the box in place of a picture says."""
    if ref is None:
        return tr(NOT_SAVED), tr(PASTED)
    if known is not None and known.note == UNREADABLE:
        damaged = tr("Bild {bild} är skadad. Byt den under ”Bildens egenskaper…”.")
        return tr(UNREADABLE), damaged.format(bild=ref.bild)
    missing = tr("Bild {bild} finns inte i planen. Hänvisningen sparas som den är.")
    return tr(MISSING), missing.format(bild=ref.bild)


def _note_fonts(doc: QTextDocument) -> tuple[QFont, QFont]:
    title = QFont(doc.defaultFont())
    title.setBold(True)
    return title, QFont(doc.defaultFont())


def _placeholder_height(doc: QTextDocument, width: float, note: tuple[str, str]) -> float:
    inner = QRectF(0, 0, max(width - 2 * _INSET, 10.0), 1e6)
    height = 2 * _INSET
    for font, line in zip(_note_fonts(doc), note, strict=True):
        if line:
            height += QFontMetricsF(font).boundingRect(inner, _CENTRED, line).height()
    return height + (_GAP if note[1] else 0)


def _draw_placeholder(
    painter: QPainter, box: QRectF, palette: QPalette, doc: QTextDocument, note: tuple[str, str]
) -> None:
    """A dashed box saying why there is no picture here."""
    painter.fillRect(box, palette.color(QPalette.ColorRole.AlternateBase))
    pen = QPen(palette.color(QPalette.ColorRole.Mid))
    pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.drawRect(box.adjusted(0.5, 0.5, -0.5, -0.5))
    painter.setPen(palette.color(QPalette.ColorRole.Text))
    inner = box.adjusted(_INSET, _INSET, -_INSET, -_INSET)
    for font, line in zip(_note_fonts(doc), note, strict=True):
        if not line:
            continue
        painter.setFont(font)
        used = painter.boundingRect(inner, _CENTRED, line)
        painter.drawText(inner, _CENTRED, line)
        inner.setTop(used.bottom() + _GAP)


def _room(doc: QTextDocument) -> float | None:
    """The width an image may take: the text's, less its margins and room for the cursor;
    None for a document laid out without a width."""
    width = doc.textWidth()
    if width <= 0:
        return None
    return max(width - 2 * doc.documentMargin() - 4, 40.0)


def _caption_font(doc: QTextDocument) -> QFont:
    font = QFont(doc.defaultFont())
    font.setItalic(True)
    return font


def _one_line(caption: str) -> str:
    """The caption as the Markdown keeps it: on one line."""
    return " ".join(caption.split())


def objects_of(document: QTextDocument) -> ImageObjects:
    """The document's image handler, made and registered the first time."""
    found = document.findChild(ImageObjects, "vplan_bilder")
    if isinstance(found, ImageObjects):
        return found
    handler = ImageObjects(document)
    document.documentLayout().registerHandler(QTextFormat.ObjectTypes.ImageObject, handler)
    return handler


def show_images(document: QTextDocument, images: Mapping[int, Bild]) -> None:
    """Draw the text's images as ``images`` has them now (after an image was changed)."""
    objects_of(document).show(images, {ref.bild for _position, ref in images_in(document)})
    document.markContentsDirty(0, document.characterCount())

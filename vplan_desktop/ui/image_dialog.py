"""The dialog for an image in a chapter: the picture, its alternative text and its caption.

The same dialog inserts a new image and changes one already in the text (then it can also
replace the picture, "Byt bild…").
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vplan_desktop import images
from vplan_desktop.errors import InputError
from vplan_desktop.formatting import format_number
from vplan_desktop.ui.dialog_parts import buddy_label, error_label, ok_cancel
from vplan_desktop.ui.editors.chapter_image_view import UNREADABLE, decode
from vplan_desktop.ui.i18n import QT_TR_NOOP, tr

PREVIEW_WIDTH = 420
PREVIEW_HEIGHT = 240
ALT_TEXT_WHY = QT_TR_NOOP(
    "Beskriv vad bilden visar, för den som inte kan se den, till exempel den som använder "
    "skärmläsare."
)
NO_ALT_TEXT = QT_TR_NOOP("Utan alternativtext tas bilden upp i Granskning.")
CHECK_ALT_TEXT = QT_TR_NOOP(
    "Bilden är bytt: se till att alternativtexten beskriver den nya bilden."
)
TOO_LONG = QT_TR_NOOP("Alternativtexten är för lång (högst {limit} tecken).")


def read_image(path: Path) -> bytes:
    """The bytes of the image file ``path``, checked as ``images.check_image`` checks them;
    InputError with a Swedish message when it cannot be read or is not an image to insert."""
    unreadable = tr(
        "”{name}” kunde inte läsas. Kontrollera att filen finns och att du har behörighet "
        "att läsa den."
    ).format(name=path.name)
    try:
        size = path.stat().st_size
        if size > images.MAX_BYTES:  # said before a large file is read into memory
            megabytes = format_number(Decimal(size) / 1024 / 1024, decimals=1)
            raise InputError(images.TOO_LARGE.format(size=tr("{size} MB").format(size=megabytes)))
        data = path.read_bytes()
    except OSError:
        raise InputError(unreadable) from None
    try:
        images.check_image(data)
    except InputError as error:  # the message says which file it was about
        raise InputError(f"”{path.name}”: {error.message}") from None
    return data


def choose_image_file(parent: QWidget, title: str, folder: Path) -> Path | None:
    """A PNG or JPEG file chosen in the file dialog, starting in ``folder``; None for Avbryt."""
    name, _ = QFileDialog.getOpenFileName(parent, title, str(folder), images.FILE_PATTERN)
    return Path(name) if name else None


class ImageDialog(QDialog):
    """Shows the picture and asks for its alternative text and caption. With ``replaceable``
    it has "Byt bild…", which takes another picture from a file."""

    def __init__(
        self,
        data: bytes,
        namn: str,
        *,
        alt_text: str = "",
        caption: str = "",
        replaceable: bool = False,
        folder: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Bildens egenskaper") if replaceable else tr("Infoga bild"))
        self.replaced = False
        """The picture was replaced with Byt bild… (the alt text should be looked at)."""
        self.data = data
        self.namn = namn
        self.folder = folder or Path.home()
        layout = QVBoxLayout(self)

        self.preview = QLabel()
        self.preview.setObjectName("bildforhandsvisning")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(PREVIEW_WIDTH, PREVIEW_HEIGHT)
        self.preview.setStyleSheet("background: palette(base); border: 1px solid palette(mid);")
        layout.addWidget(self.preview)
        about = QHBoxLayout()
        self.details = QLabel()
        self.details.setWordWrap(True)
        about.addWidget(self.details, 1)
        self.replace_button: QPushButton | None = None
        if replaceable:
            self.replace_button = QPushButton(tr("&Byt bild…"))
            self.replace_button.setToolTip(tr("Byt bilden mot en annan bildfil (PNG eller JPEG)"))
            self.replace_button.clicked.connect(self.choose_replacement)
            about.addWidget(self.replace_button)
        layout.addLayout(about)

        form = QFormLayout()
        self.alt = QPlainTextEdit(alt_text)
        self.alt.setObjectName("alternativtext")
        self.alt.setAccessibleName(tr("Alternativtext"))
        self.alt.setAccessibleDescription(tr(ALT_TEXT_WHY))
        self.alt.setTabChangesFocus(True)
        self.alt.setFixedHeight(self.alt.fontMetrics().lineSpacing() * 4 + 12)
        alt_box = QVBoxLayout()
        alt_box.setSpacing(2)
        why = QLabel(tr(ALT_TEXT_WHY))
        why.setWordWrap(True)
        alt_box.addWidget(why)
        alt_box.addWidget(self.alt)
        self.alt_note = QLabel(tr(NO_ALT_TEXT))
        self.alt_note.setStyleSheet("color: palette(placeholder-text);")
        alt_box.addWidget(self.alt_note)
        self.alt.textChanged.connect(self._show_alt_note)
        form.addRow(buddy_label(tr("&Alternativtext:"), self.alt), alt_box)

        self.caption = QLineEdit(caption)
        self.caption.setObjectName("bildtext")
        self.caption.setAccessibleName(tr("Bildtext"))
        self.caption.setPlaceholderText(tr("Valfri. Skrivs under bilden."))
        form.addRow(buddy_label(tr("Bild&text:"), self.caption), self.caption)
        layout.addLayout(form)

        self.error = error_label()
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self, tr("OK") if replaceable else tr("Infoga")))
        self._show_picture()
        self._show_alt_note()
        self.alt.setFocus()

    def alt_text(self) -> str:
        """The alternative text as typed, without blanks at its ends."""
        return self.alt.toPlainText().strip()

    def caption_text(self) -> str:
        """The caption on one line (as the chapter's Markdown keeps it)."""
        return " ".join(self.caption.text().split())

    def accept(self) -> None:
        if len(self.alt_text()) > images.ALT_TEXT_LIMIT:
            self.error.setText(tr(TOO_LONG).format(limit=images.ALT_TEXT_LIMIT))
            self.alt.setFocus()
            return
        super().accept()

    def choose_replacement(self) -> None:
        """Byt bild…: another picture from a file; a file that is refused changes nothing."""
        path = choose_image_file(self, tr("Byt bild"), self.folder)
        if path is None:
            return
        self.folder = path.parent
        try:
            data = read_image(path)
        except InputError as error:
            self.error.setText(error.message)
            return
        self.error.setText("")
        self.data, self.namn = data, path.name
        self._show_picture()
        self.replaced = True
        self._show_alt_note()
        if self.alt_text():  # the old picture's description may now describe something else
            self.alt.setFocus()
            self.alt.selectAll()

    def _show_picture(self) -> None:
        info = images.describe(self.data)
        picture = decode(self.data, info)
        if picture is None or info is None:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(tr(UNREADABLE))
            self.details.setText(self.namn)
            return
        pixmap = QPixmap.fromImage(picture)
        ratio = self.devicePixelRatioF()
        if pixmap.width() > PREVIEW_WIDTH * ratio or pixmap.height() > PREVIEW_HEIGHT * ratio:
            pixmap = pixmap.scaled(
                round(PREVIEW_WIDTH * ratio),
                round(PREVIEW_HEIGHT * ratio),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        pixmap.setDevicePixelRatio(ratio)
        self.preview.setPixmap(pixmap)
        size = tr("{width} × {height} bildpunkter").format(
            width=format_number(info.bredd), height=format_number(info.hojd)
        )
        self.details.setText(f"{self.namn} – {size}" if self.namn else size)

    def _show_alt_note(self) -> None:
        """Under the alt text: that an image without one is reported, or, once the picture is
        replaced, that the old description may no longer fit."""
        self.alt_note.setText(tr(NO_ALT_TEXT) if not self.alt_text() else tr(CHECK_ALT_TEXT))
        self.alt_note.setVisible(not self.alt_text() or self.replaced)

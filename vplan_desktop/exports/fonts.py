"""The typeface of vplan's PDF (and of the measures the Word tables are laid out by): DejaVu
Sans, shipped with vplan and embedded in every PDF."""

from __future__ import annotations

from typing import Any

from reportlab.graphics import shapes
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from vplan_desktop.paths import resource

FONT = "DejaVuSans"
BOLD = f"{FONT}-Bold"
FONT_FILES = {
    FONT: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    f"{FONT}-Oblique": "DejaVuSans-Oblique.ttf",
    f"{FONT}-BoldOblique": "DejaVuSans-BoldOblique.ttf",
}


NBSP = 0x00A0
_STAND_IN = 0xFDD0  # a Unicode noncharacter: never in a text, and not escaped away before here


class _Font(TTFont):  # type: ignore[misc]
    """A TrueType font that writes the no-break space as a no-break space.

    reportlab writes U+00A0 with the space's code, so the PDF shows the same but a number
    copied from it ("1 307") has an ordinary space. The no-break space is handed to reportlab
    as a stand-in character drawn with the space's glyph, and the stand-in is then named
    U+00A0 in the font subset, which is what the PDF's text (its ToUnicode map) says.
    """

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename)
        glyphs, widths = self.face.charToGlyph, self.face.charWidths
        glyphs[_STAND_IN] = glyphs[0x20]
        widths[_STAND_IN] = widths[0x20]

    def splitString(self, text: str, doc: Any, encoding: str = "utf-8") -> list[Any]:
        if "\u00a0" not in text:
            return list(super().splitString(text, doc, encoding))
        chunks = list(super().splitString(text.replace("\u00a0", chr(_STAND_IN)), doc, encoding))
        for subset in self.state[doc].subsets:
            for index, code in enumerate(subset):
                if code == _STAND_IN:
                    subset[index] = NBSP
        return chunks


def register_fonts() -> None:
    """Register DejaVu Sans (regular, bold, italic, bold italic) once per process."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    for name, file in FONT_FILES.items():
        pdfmetrics.registerFont(_Font(name, str(resource(f"fonts/{file}"))))
    pdfmetrics.registerFontFamily(
        FONT,
        normal=FONT,
        bold=BOLD,
        italic=f"{FONT}-Oblique",
        boldItalic=f"{FONT}-BoldOblique",
    )
    # Drawings (the chart) start from these defaults; Helvetica would not be embedded.
    shapes.STATE_DEFAULTS["fontName"] = FONT

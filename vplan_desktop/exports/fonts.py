"""The typeface of vplan's PDF (and of the measures the Word tables are laid out by): DejaVu
Sans, shipped with vplan and embedded in every PDF."""

from __future__ import annotations

import io
import re
from typing import Any

from reportlab.graphics import shapes
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from vplan_desktop.errors import InputError
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
ZWNBSP = "\ufeff"
PLACEHOLDER = 0x25A1
"""□, drawn for a character the font has no glyph for (an emoji, a script DejaVu lacks)."""


def _missing_pattern(codes: set[int]) -> re.Pattern[str]:
    """A pattern matching any character outside ``codes`` (control characters aside: they
    are never drawn as glyphs)."""
    ranges: list[str] = []
    start = previous = -2
    for code in sorted(c for c in codes if c > 0x20):
        if code != previous + 1:
            if start >= 0:
                ranges.append(f"{re.escape(chr(start))}-{re.escape(chr(previous))}")
            start = code
        previous = code
    ranges.append(f"{re.escape(chr(start))}-{re.escape(chr(previous))}")
    return re.compile(f"[^\x00-\x20{''.join(ranges)}]")


class _Font(TTFont):  # type: ignore[misc]
    """A TrueType font that writes the no-break space as a no-break space, and draws a
    character it has no glyph for as □ (never as the empty .notdef glyph).

    reportlab writes U+00A0 with the space's code, so the PDF shows the same but a number
    copied from it ("1 307") has an ordinary space. The no-break space is handed to reportlab
    as a stand-in character drawn with the space's glyph, and the stand-in is then named
    U+00A0 in the font subset, which is what the PDF's text (its ToUnicode map) says.

    A character missing from the font gets the glyph of □ under its own code, so the page
    shows □ while the text (the ToUnicode map) keeps the character itself: copied, searched
    or read aloud, an emoji is still the emoji. PDF/UA and PDF/A forbid .notdef glyphs.
    """

    def __init__(self, name: str, filename: str | io.BytesIO) -> None:
        super().__init__(name, filename)
        glyphs, widths = self.face.charToGlyph, self.face.charWidths
        # What needs more than reportlab does: a character the font lacks, the no-break space,
        # the zero-width no-break space. Most text has none, and is passed on at once.
        self._missing = _missing_pattern(set(glyphs))
        self._special = _missing_pattern(set(glyphs) - {NBSP, ord(ZWNBSP)})
        glyphs[_STAND_IN] = glyphs[0x20]
        widths[_STAND_IN] = widths[0x20]
        # A character without a glyph is measured (by reportlab, without asking the font) at
        # the default width: that of □, which it is drawn with.
        self.face.defaultWidth = widths[PLACEHOLDER]

    def _cover(self, text: str) -> None:
        """Give each character of ``text`` the font lacks the glyph of □."""
        glyphs, widths = self.face.charToGlyph, self.face.charWidths
        for char in set(self._missing.findall(text)):
            glyphs[ord(char)] = glyphs[PLACEHOLDER]
            widths[ord(char)] = widths[PLACEHOLDER]

    def splitString(self, text: str, doc: Any, encoding: str = "utf-8") -> list[Any]:
        if self._special.search(text) is None:
            return list(super().splitString(text, doc, encoding))
        self._cover(text)
        # The zero-width no-break space (a stray byte order mark) draws nothing, and U+FEFF in
        # the ToUnicode map is forbidden by PDF/UA and PDF/A: it is left out.
        text = text.replace(ZWNBSP, "")
        if "\u00a0" not in text:
            return list(super().splitString(text, doc, encoding))
        chunks = list(super().splitString(text.replace("\u00a0", chr(_STAND_IN)), doc, encoding))
        for subset in self.state[doc].subsets:
            for index, code in enumerate(subset):
                if code == _STAND_IN:
                    subset[index] = NBSP
        return chunks


def fallback_pieces(text: str, font_name: str) -> list[tuple[str, str]] | None:
    """``text`` in pieces, each with the font that draws it, when ``font_name`` (bold, italic)
    lacks a character that DejaVu Sans (regular) has: that character is drawn upright rather
    than as □. None when ``font_name`` draws the text as it is."""
    if font_name == FONT:
        return None
    missing = _missing_in(font_name)
    if missing is None or missing.search(text) is None:
        return None
    regular = _missing_in(FONT)
    pieces: list[tuple[str, str]] = []
    for char in text:
        use = FONT if missing.match(char) and not (regular and regular.match(char)) else font_name
        if pieces and pieces[-1][0] == use:
            pieces[-1] = (use, pieces[-1][1] + char)
        else:
            pieces.append((use, char))
    return pieces if any(name != font_name for name, _ in pieces) else None


_MISSING: dict[str, re.Pattern[str] | None] = {}


def _missing_in(font_name: str) -> re.Pattern[str] | None:
    """The pattern of characters ``font_name`` has no glyph for (None for a font not vplan's)."""
    if font_name not in _MISSING:
        _MISSING[font_name] = getattr(pdfmetrics.getFont(font_name), "_missing", None)
    return _MISSING[font_name]


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode map of a font subset, without the codes no character is drawn
    with (reportlab maps them to U+0000, which PDF/UA and PDF/A forbid) and with characters
    beyond the BMP (an emoji) written in UTF-16, as the map must."""
    cmap: str = _REPORTLAB_CMAP(fontname, [])
    head, tail = cmap.split("0 beginbfchar")
    entries = []
    for code, char in enumerate(subset):
        if char:
            utf16 = chr(char).encode("utf-16-be", "surrogatepass").hex().upper()
            entries.append(f"<{code:02X}> <{utf16}>")
    head = head.replace("<00> <-1>", f"<00> <{max(len(subset) - 1, 0):02X}>")
    return f"{head}{len(entries)} beginbfchar\n" + "\n".join(entries) + tail


_REPORTLAB_CMAP = ttfonts.makeToUnicodeCMap


def register_fonts() -> None:
    """Register DejaVu Sans (regular, bold, italic, bold italic) once per process."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap  # what reportlab's TrueType subsets write
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


SWEDISH = "AaÅåÄäÖöÉé–0123456789"
"""Characters a kommun's font must have for a Swedish plan (the rest fall back to DejaVu)."""
MAX_FONT_BYTES = 30 * 1024 * 1024


def register_font_file(data: bytes, label: str) -> str:
    """Register the TrueType font ``data`` (a kommun's, from its graphic profile) and return
    the name it is drawn by; InputError in Swedish for a file that is no usable TrueType font.
    ``label`` names the file in messages. A font is registered once per content."""
    import hashlib  # deferred: only a graphic profile's fonts need it

    register_fonts()
    name = f"Profil-{hashlib.sha256(data).hexdigest()[:16]}"
    if name in pdfmetrics.getRegisteredFontNames():
        return name
    if len(data) > MAX_FONT_BYTES:
        raise InputError(f"Typsnittet ”{label}” är orimligt stort och används inte.")
    try:
        font = _Font(name, io.BytesIO(data))
    except Exception as error:  # reportlab's TTF reader raises many kinds on a hostile file
        reason = str(error).lower()
        if "embed" in reason or "restrict" in reason:
            detail = "Typsnittets licens tillåter inte att det bäddas in i en PDF."
        elif "postscript" in reason or "cff" in reason:
            detail = "Det är ett OpenType-typsnitt med PostScript-konturer; välj TrueType (.ttf)."
        else:
            detail = "Filen är inget TrueType-typsnitt (.ttf) eller är skadad."
        raise InputError(f"Typsnittet ”{label}” går inte att använda. {detail}") from None
    lacking = [char for char in SWEDISH if ord(char) not in font.face.charToGlyph]
    if lacking:
        raise InputError(
            f"Typsnittet ”{label}” saknar tecken som en svensk plan behöver: {' '.join(lacking)}."
        )
    pdfmetrics.registerFont(font)
    return name


def register_family(regular: str, bold: str, italic: str, bold_italic: str) -> None:
    """Make ``regular``'s bold and italic markup (<b>, <i>) draw with the other three."""
    pdfmetrics.registerFontFamily(
        regular, normal=regular, bold=bold, italic=italic, boldItalic=bold_italic
    )

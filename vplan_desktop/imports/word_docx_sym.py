"""A symbol Word's "Infoga symbol" puts in a run (``<w:sym w:font="Wingdings"
w:char="F06C"/>``): the character the symbol font draws, read as the Unicode glyph a reader
sees. The symbol fonts (Wingdings, Wingdings 2 and 3, Webdings, Symbol) keep their glyphs in
the private-use area (U+F020–U+F0FF, the font's own code plus F000) or give the code alone
("006C"); the code is only the font's, so it is read through the font. A plan marks a status
with such a glyph (Wingdings' filled circle "l", square "n", star "«"), a trend with Wingdings
3's or Webdings' arrows and triangles, and lists and checkboxes use them. A glyph not mapped
here has no Unicode counterpart a plan's text needs and is left out, as a picture without alt
text is."""

from __future__ import annotations

import re

__all__ = ["sym_text"]

_WINGDINGS = {
    0x4A: "\u263a",  # ☺ smiling face
    0x4C: "\u2639",  # ☹ frowning face
    0x6C: "\u25cf",  # ● black circle
    0x6D: "\u274d",  # ❍ shadowed white circle
    0x6E: "\u25a0",  # ■ black square
    0x6F: "\u25a1",  # □ white square
    0x70: "\u25fb",  # ◻ white medium square
    0x71: "\u2751",  # ❑ shadowed white square
    0x72: "\u2752",  # ❒
    0x73: "\u2b27",  # ⬧ black medium lozenge
    0x74: "\u29eb",  # ⧫ black lozenge
    0x75: "\u25c6",  # ◆ black diamond
    0x76: "\u2756",  # ❖
    0x77: "\u2b25",  # ⬥ black medium diamond
    0x9F: "\u2022",  # • bullet
    0xA1: "\u25cb",  # ○ white circle
    0xA2: "\u2b55",  # ⭕ heavy large circle
    0xA4: "\u25c9",  # ◉ fisheye
    0xA7: "\u25aa",  # ▪ small black square
    0xA8: "\u25fb",  # ◻ white medium square
    0xAB: "\u2605",  # ★ black star
    0xD8: "\u27a2",  # ➢ arrowhead (a list's bullet)
    0xE8: "\u2794",  # ➔ arrow
    0xFB: "\u2718",  # ✘ ballot x
    0xFC: "\u2714",  # ✔ check mark
    0xFD: "\u2612",  # ☒ ballot box with x
    0xFE: "\u2611",  # ☑ ballot box with check
}
"""Wingdings' glyphs a plan uses as a mark, a bullet or a box."""
_SYMBOL = {
    0xA7: "\u2663",  # ♣
    0xA8: "\u2666",  # ♦
    0xA9: "\u2665",  # ♥
    0xAA: "\u2660",  # ♠
    0xB7: "\u2022",  # • bullet
    0xB0: "\u00b0",  # ° degree
    0xB1: "\u00b1",  # ± plus-minus
    0xB3: "\u2265",  # ≥
    0xA3: "\u2264",  # ≤
    0xB4: "\u00d7",  # × times
    0xB8: "\u00f7",  # ÷
    0xD6: "\u221a",  # √
    0xE0: "\u25ca",  # ◊ lozenge
}
"""The Symbol font's glyphs a plan uses: bullets, a target's "≥", a unit's "°"."""
_SYMBOL.update((c, chr(c)) for c in range(0x20, 0x40) if c not in (0x22, 0x24, 0x27))
_SYMBOL.update(zip(range(0x41, 0x5B), "ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ", strict=True))
_SYMBOL.update(zip(range(0x61, 0x7B), "αβχδεφγηιϕκλμνοπθρστυϖωξψζ", strict=True))
_WINGDINGS_3 = {
    0x66: "\u2190",  # ← arrows: left, right, up, down, and the diagonals
    0x67: "\u2192",
    0x68: "\u2191",
    0x69: "\u2193",
    0x6A: "\u2196",
    0x6B: "\u2197",
    0x6C: "\u2199",
    0x6D: "\u2198",
    0x70: "\u25b2",  # ▲ triangles: up, down, white up, white down, left, right
    0x71: "\u25bc",
    0x72: "\u25b3",
    0x73: "\u25bd",
    0x74: "\u25c4",
    0x75: "\u25ba",
    0x81: "\u25b2",
    0x82: "\u25bc",
    0x83: "\u25c0",
    0x84: "\u25b6",
    0xC5: "\u2190",  # the heavy arrows, as the plain ones: left, right, up, down
    0xC6: "\u2192",
    0xC7: "\u2191",
    0xC8: "\u2193",
}
"""Wingdings 3's arrows and triangles: a trend ("↑ förbättring") or a direction."""
_WEBDINGS = {0x33: "\u25c0", 0x34: "\u25b6", 0x35: "\u25b2", 0x36: "\u25bc"}
"""Webdings' triangles (a media player's), used as a trend's arrows."""
_FONTS = {"wingdings": _WINGDINGS, "wingdings 3": _WINGDINGS_3, "webdings": _WEBDINGS}
_FONTS["symbol"] = _SYMBOL
_PICTURE_FONTS = ("wingdings", "webdings", "symbol")
"""Fonts whose codes are pictures, not the letters they stand at."""


def sym_text(font: str, char: str) -> str:
    """The text a ``w:sym`` of ``font`` and ``char`` (four hex digits) shows; "" for a glyph
    of a symbol font not mapped, or a code that is no character."""
    if not re.fullmatch(r"[0-9A-Fa-f]{4}", char):
        return ""
    code = int(char, 16)
    name = " ".join(font.lower().split())
    if code < 0x100 or 0xF000 <= code <= 0xF0FF:
        if name in _FONTS:
            return _FONTS[name].get(code & 0xFF, "")
        if name.startswith(_PICTURE_FONTS):
            return ""  # Wingdings 2 …: no glyph of theirs is mapped
    if 0xE000 <= code <= 0xF8FF or code < 0x20:
        return ""  # a private-use glyph of a font not known here, or a control code
    return chr(code)

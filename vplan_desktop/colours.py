"""Colour contrast as WCAG 2.1 measures it, and the text colour that reads best on a fill.

A risk band's or an assessment level's colour is the user's choice (or vplan's default); the
text printed on it is black or white, whichever stands out more, so every band reads at
4.5:1 or better (WCAG 1.4.3) whatever colour a kommun picks: no colour has less than 4.58:1
against both black and white.
"""

from __future__ import annotations

import re

BLACK = "#000000"
WHITE = "#ffffff"
MIN_CONTRAST = 4.5
"""WCAG 2.1 AA for normal text (1.4.3)."""
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


def is_colour(text: str) -> bool:
    """Whether ``text`` is a colour as vplan stores them: "#rrggbb"."""
    return _COLOUR.fullmatch(text) is not None


def _channel(value: int) -> float:
    """One sRGB channel (0–255) as linear light."""
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """WCAG's relative luminance of ``colour`` ("#rrggbb"): 0 for black, 1 for white."""
    if not is_colour(colour):
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(first: str, second: str) -> float:
    """WCAG's contrast ratio of two colours, from 1 (the same) to 21 (black on white)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)))[::-1]
    return (lighter + 0.05) / (darker + 0.05)


def text_colour_on(fill: str) -> str:
    """Black or white, whichever contrasts more with ``fill`` (black when they tie, and for a
    text that is no colour: a file from elsewhere may hold one)."""
    try:
        on_black = contrast_ratio(fill, BLACK)
    except ValueError:
        return BLACK
    return BLACK if on_black >= contrast_ratio(fill, WHITE) else WHITE

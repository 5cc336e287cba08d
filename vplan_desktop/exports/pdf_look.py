"""The PDF's graphic profile: colours, typefaces and logo (vplan's own, or a kommun's), and the
paragraph styles made from them."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle

from vplan_desktop.exports.fonts import FONT


@dataclass(frozen=True)
class Look:
    """How the PDF looks. Colours are "#rrggbb"; the typefaces are registered reportlab font
    names (a kommun's own TrueType fonts are registered by ``graphic_profile``); ``logo`` is
    a PNG or JPEG file's bytes, drawn at the top of the title page."""

    ink: str = "#1f2a36"
    """Body text."""
    accent: str = "#1a4f7a"
    """Headings, the title and the rule under a table's header row."""
    header_fill: str = "#e4eaf0"
    """A table's header row."""
    rule: str = "#9aa8b5"
    """Lines between table rows and under the page header."""
    muted: str = "#4a5561"
    """The page header, page numbers and captions."""
    regular: str = FONT
    bold: str = f"{FONT}-Bold"
    italic: str = f"{FONT}-Oblique"
    bold_italic: str = f"{FONT}-BoldOblique"
    heading: str = ""
    """The headings', title's and contents heading's typeface; empty: ``bold``."""
    logo: bytes = b""
    name: str = ""
    """The profile's name, for messages ("Sjöbacka kommun")."""


VPLAN = Look()
"""vplan's own look."""


def styles(look: Look = VPLAN) -> dict[str, ParagraphStyle]:
    """The paragraph styles of the PDF in ``look``'s fonts and colours."""
    ink, accent = colors.HexColor(look.ink), colors.HexColor(look.accent)
    regular, heading = look.regular, look.heading or look.bold
    base = ParagraphStyle(
        "Brödtext",
        fontName=regular,
        fontSize=10,
        leading=14,
        textColor=ink,
        spaceAfter=6,
        allowWidows=0,  # a paragraph's last line never alone at the top of a page
        allowOrphans=0,  # nor its first line alone at the foot of one
    )
    return {
        "body": base,
        "body_cont": ParagraphStyle("Brödtext, fortsättning", parent=base, spaceAfter=0),
        "h1": ParagraphStyle(
            "Rubrik 1",
            parent=base,
            fontName=heading,
            fontSize=17,
            leading=21,
            textColor=accent,
            spaceBefore=4,
            spaceAfter=10,
        ),
        "h2": ParagraphStyle(
            "Rubrik 2",
            parent=base,
            fontName=heading,
            fontSize=13,
            leading=17,
            textColor=accent,
            spaceBefore=10,
            spaceAfter=6,
        ),
        "h3": ParagraphStyle(
            "Rubrik 3",
            parent=base,
            fontName=heading,
            fontSize=10.5,
            leading=14,
            spaceBefore=8,
            spaceAfter=4,
        ),
        "h4": ParagraphStyle(
            "Rubrik 4",
            parent=base,
            fontName=heading,
            fontSize=10,
            leading=13.5,
            spaceBefore=7,
            spaceAfter=3,
        ),
        "h5": ParagraphStyle(
            "Rubrik 5",
            parent=base,
            fontName=heading,
            fontSize=9.5,
            leading=13,
            spaceBefore=6,
            spaceAfter=3,
        ),
        "h6": ParagraphStyle(
            "Rubrik 6",
            parent=base,
            fontName=look.bold_italic,
            fontSize=9.5,
            leading=13,
            spaceBefore=6,
            spaceAfter=3,
        ),
        "cell": ParagraphStyle("Tabell", parent=base, fontSize=8.5, leading=10.5, spaceAfter=0),
        "caption": ParagraphStyle(
            "Bildtext",
            parent=base,
            fontName=look.italic,
            fontSize=8.5,
            leading=11,
            textColor=colors.HexColor(look.muted),
            spaceAfter=3,
        ),
        "title": ParagraphStyle(
            "Titel",
            parent=base,
            fontName=heading,
            fontSize=26,
            leading=32,
            textColor=accent,
            spaceAfter=14,
        ),
        "subtitle": ParagraphStyle(
            "Undertitel", parent=base, fontSize=15, leading=20, spaceAfter=6
        ),
        "toc": ParagraphStyle(
            "Innehåll",
            parent=base,
            fontName=heading,
            fontSize=17,
            leading=21,
            textColor=accent,
            spaceAfter=12,
        ),
    }

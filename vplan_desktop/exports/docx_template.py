"""What the kommun's Word template says about its graphic profile, for the PDF: the colours of
its Heading 1 and body text, and its logo (the first picture in a header, else anywhere)."""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.oxml.ns import qn

from vplan_desktop.colours import is_colour

IMAGE_TYPES = ("image/png", "image/jpeg")


def _style_colour(document: DocxDocument, style_id: str) -> str | None:
    """The colour a paragraph style sets on its text ("#rrggbb"), following its base styles;
    None for none, "auto" or a value that is no colour."""
    styles = document.styles.element
    seen: set[str] = set()
    while style_id and style_id not in seen:
        seen.add(style_id)
        style = next(
            (s for s in styles.findall(qn("w:style")) if s.get(qn("w:styleId")) == style_id),
            None,
        )
        if style is None:
            return None
        colour = style.find(f"{qn('w:rPr')}/{qn('w:color')}")
        if colour is not None:
            value = f"#{colour.get(qn('w:val'), '')}".lower()
            return value if is_colour(value) else None
        based = style.find(qn("w:basedOn"))
        style_id = based.get(qn("w:val"), "") if based is not None else ""
    return None


def template_colours(document: DocxDocument) -> dict[str, str]:
    """The template's heading and body text colours, as ``Look`` fields."""
    found = {
        "accent": _style_colour(document, "Heading1"),
        "ink": _style_colour(document, "Normal"),
    }
    return {field: colour for field, colour in found.items() if colour}


def template_logo(document: DocxDocument) -> bytes:
    """The first PNG or JPEG picture of the template's headers, else of the whole template;
    empty when it has none."""
    pictures = []
    for header_first in (True, False):
        for part in document.part.package.iter_parts():
            in_header = "/header" in str(part.partname)
            if in_header != header_first:
                continue
            for rel in part.rels.values():
                if rel.is_external or rel.target_part.content_type not in IMAGE_TYPES:
                    continue
                pictures.append(rel.target_part.blob)
        if pictures:
            return bytes(pictures[0])
    return b""

"""A .docx's paragraph and character styles, each resolved once through the styles it is
based on: its heading level (by name or outline level), bold, italic, list, title and table
of contents."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def w(name: str) -> str:
    return f"{{{W}}}{name}"


VAL = w("val")
_OFF = {"0", "false", "off", "none"}
_HEADING_NAME = re.compile(
    r"^(?:[\w-]+\s+)?(?:heading|rubrik|överskrift)\s*(?:nivå|niv\.|level)?\s*(\d)$", re.IGNORECASE
)
"""A heading style by its name: "heading 1", "Rubrik 2", a template's own "Rubrik nivå 1" or
"KF Rubrik 2"."""
_TOC_NAME = re.compile(r"^(?:toc|innehåll|innehållsförteckning)\s*\d$", re.IGNORECASE)
_TITLE_NAMES = {"title", "rubrik", "titel", "subtitle", "underrubrik"}


@dataclass(frozen=True, slots=True)
class Style:
    name: str
    heading: int | None
    bold: bool
    italic: bool
    listed: bool
    title: bool
    toc: bool
    num: tuple[str, int] | None = None
    """The list the style numbers its paragraphs by (numId, level; -1 when the list's level
    linked to the style gives it), through the styles it is based on."""


def on(element: etree._Element | None) -> bool | None:
    """A toggle property (w:b, w:i): None when absent."""
    if element is None:
        return None
    return element.get(VAL, "true").lower() not in _OFF


@dataclass
class Styles:
    raw: dict[str, etree._Element] = field(default_factory=dict)
    cache: dict[str, Style] = field(default_factory=dict)
    default: str = ""

    def get(self, style_id: str | None) -> Style:
        key = style_id or self.default
        if key not in self.cache:
            self.cache[key] = self._resolve(key, 0)
        return self.cache[key]

    def _resolve(self, style_id: str, depth: int) -> Style:
        element = self.raw.get(style_id)
        if element is None or depth > 20:
            return Style(style_id, None, False, False, False, False, False)
        name_el = element.find(w("name"))
        name = name_el.get(VAL, style_id) if name_el is not None else style_id
        based = element.find(w("basedOn"))
        parent = (
            self._resolve(based.get(VAL, ""), depth + 1)
            if based is not None and based.get(VAL) != style_id
            else None
        )
        heading: int | None = None
        if found := _HEADING_NAME.match(name.strip()):
            heading = int(found.group(1))
        else:
            outline = element.find(f"{w('pPr')}/{w('outlineLvl')}")
            if outline is not None and outline.get(VAL, "").isdigit() and int(outline.get(VAL)) < 9:
                heading = int(outline.get(VAL, "0")) + 1
            elif parent is not None:
                heading = parent.heading
        bold = on(element.find(f"{w('rPr')}/{w('b')}"))
        italic = on(element.find(f"{w('rPr')}/{w('i')}"))
        num_pr = element.find(f"{w('pPr')}/{w('numPr')}")
        listed = num_pr is not None
        num = parent.num if parent is not None else None
        if num_pr is not None:
            num_id, ilvl = num_pr.find(w("numId")), num_pr.find(w("ilvl"))
            raw = ilvl.get(VAL, "") if ilvl is not None else ""
            if num_id is not None:
                num = (num_id.get(VAL, ""), int(raw) if raw.isdigit() else -1)
        lower = name.strip().lower()
        return Style(
            name=name,
            heading=heading,
            bold=bold if bold is not None else bool(parent and parent.bold),
            italic=italic if italic is not None else bool(parent and parent.italic),
            listed=listed or bool(parent and parent.listed) or lower.startswith("list"),
            title=lower in _TITLE_NAMES or bool(parent and parent.title and heading is None),
            toc=bool(_TOC_NAME.match(lower)) or lower in ("toc heading", "innehållsrubrik"),
            num=None if num is None or num[0] == "0" else num,
        )

"""The names and styles of an OpenDocument text, as the .odt reader (``word_odt``) needs them:
the namespaces, and each paragraph, text and list style resolved once through its parents
(bold, italic, a heading's level, numbered or bulleted list levels)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
SVG = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
XLINK = "http://www.w3.org/1999/xlink"
LOEXT = "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"
DC = "http://purl.org/dc/elements/1.1/"

_HEADING_NAME = re.compile(r"^(?:heading|rubrik)\s*(\d{1,2})$", re.IGNORECASE)
_TOC_NAME = re.compile(r"^(?:contents|toc|innehåll|innehållsförteckning)\s*\d+$", re.IGNORECASE)
_TOC_HEADINGS = {"contents heading", "toc heading", "innehållsrubrik"}
_TITLE_NAMES = {"title", "rubrik", "titel", "subtitle", "underrubrik"}
_ENCODED = re.compile(r"_([0-9A-Fa-f]{2})_")


def t(name: str) -> str:
    """The text namespace's ``name``."""
    return f"{{{TEXT}}}{name}"


def tb(name: str) -> str:
    """The table namespace's ``name``."""
    return f"{{{TABLE}}}{name}"


class Refused(Exception):
    """Why the file cannot be read, as the second sentence of the user's message."""


def count(raw: str | None, default: int) -> int:
    """A count attribute (repeats, spans, levels); a giant number stays giant but finite."""
    if raw is None or not raw.isdigit():
        return default
    return max(1, int(raw)) if len(raw) <= 9 else 10**9


@dataclass(frozen=True, slots=True)
class Style:
    name: str
    """The name the user knows (an automatic style "P3" goes by the named style under it)."""
    bold: bool | None
    italic: bool | None
    heading: int | None
    list_style: str
    title: bool
    toc: bool


PLAIN = Style("", None, None, None, "", False, False)


def _shown(name: str) -> str:
    """A style's name as the user sees it: ODF writes "Heading 1" as "Heading_20_1"."""
    return _ENCODED.sub(lambda m: chr(int(m.group(1), 16)), name)


@dataclass
class Styles:
    raw: dict[tuple[str, str], etree._Element] = field(default_factory=dict)
    cache: dict[tuple[str, str], Style] = field(default_factory=dict)
    lists: dict[str, dict[int, bool]] = field(default_factory=dict)
    """List style → level (1 = outermost) → numbered."""

    def add(self, root: etree._Element | None) -> None:
        """The styles of a part (styles.xml's named and automatic ones, content.xml's)."""
        if root is None:
            return
        for container in root:
            if container.tag not in (f"{{{OFFICE}}}styles", f"{{{OFFICE}}}automatic-styles"):
                continue
            for style in container:
                if style.tag == f"{{{STYLE}}}style":
                    family = style.get(f"{{{STYLE}}}family", "")
                    self.raw[(family, style.get(f"{{{STYLE}}}name", ""))] = style
                elif style.tag == t("list-style"):
                    levels: dict[int, bool] = {}
                    for level in style:
                        number = count(level.get(t("level")), 1)
                        shown = level.get(f"{{{STYLE}}}num-format", "1")
                        levels[number] = level.tag == t("list-level-style-number") and bool(shown)
                    self.lists[style.get(f"{{{STYLE}}}name", "")] = levels

    def get(self, family: str, name: str | None) -> Style:
        key = (family, name or "")
        if key not in self.cache:
            self.cache[key] = self._resolve(key, 0)
        return self.cache[key]

    def whole_row_tracked(self, name: str | None) -> bool:
        """A table row's style says the row itself is a tracked change (LibreOffice marks a
        row deleted or inserted so; which of the two its content's changes say)."""
        element = self.raw.get(("table-row", name or ""))
        props = element.find(f"{{{STYLE}}}table-row-properties") if element is not None else None
        return props is not None and props.get(f"{{{LOEXT}}}text-changes-only") == "false"

    def _resolve(self, key: tuple[str, str], depth: int) -> Style:
        element = self.raw.get(key)
        if element is None or depth > 20:
            return PLAIN
        parent_name = element.get(f"{{{STYLE}}}parent-style-name")
        parent = (
            self._resolve((key[0], parent_name), depth + 1)
            if parent_name and parent_name != key[1]
            else PLAIN
        )
        container = element.getparent()
        automatic = container is not None and container.tag == f"{{{OFFICE}}}automatic-styles"
        shown = element.get(f"{{{STYLE}}}display-name") or _shown(key[1])
        name = parent.name if automatic else shown
        props = element.find(f"{{{STYLE}}}text-properties")
        bold = italic = None
        if props is not None:
            if (weight := props.get(f"{{{FO}}}font-weight")) is not None:
                bold = weight == "bold" or (weight.isdigit() and int(weight) >= 600)
            if (slant := props.get(f"{{{FO}}}font-style")) is not None:
                italic = slant in ("italic", "oblique")
        outline = element.get(f"{{{STYLE}}}default-outline-level")
        heading = parent.heading
        if not automatic and (found := _HEADING_NAME.match(shown.strip())):
            heading = int(found.group(1))
        elif outline is not None:  # "" says "body text" and stops what the parent says
            heading = count(outline, 1) if outline.isdigit() and outline != "0" else None
        lower = name.strip().lower()
        return Style(
            name=name,
            bold=bold if bold is not None else parent.bold,
            italic=italic if italic is not None else parent.italic,
            heading=min(heading, 9) if heading is not None else None,
            list_style=element.get(f"{{{STYLE}}}list-style-name") or parent.list_style,
            title=lower in _TITLE_NAMES or (parent.title and heading is None),
            toc=bool(_TOC_NAME.match(lower)) or lower in _TOC_HEADINGS or parent.toc,
        )

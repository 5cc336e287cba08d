"""Reading vplan's PDFs back as a reader sees them: the lines of each page, where the headings
are drawn, where the bookmarks and the contents' links lead."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from pypdf import PdfReader


def page_lines(page: Any) -> list[str]:
    """The page's lines, runs of spaces made one (a no-break space is kept)."""
    text = page.extract_text() or ""
    return [re.sub(r"[ \t]+", " ", line).strip() for line in text.splitlines()]


def drawn_on(lines: list[str], heading: str) -> bool:
    """Whether ``heading`` stands on lines of its own (one, or wrapped over up to three)."""
    heading = " ".join(heading.split())
    return any(" ".join(lines[n : n + k]) == heading for n in range(len(lines)) for k in (1, 2, 3))


def outline(reader: PdfReader) -> list[tuple[str, int]]:
    """Every bookmark, in order: (title, the page it opens, 0-based)."""
    entries: list[tuple[str, int]] = []

    def walk(items: list[Any]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                page = reader.get_destination_page_number(item)
                assert page is not None, item.title
                entries.append((str(item.title), page))

    walk(reader.outline)
    return entries


def heading_pages(reader: PdfReader) -> list[tuple[str, int, int]]:
    """(title, target page, page the heading is drawn on) for every bookmark. The headings come
    in the order of the bookmarks, so each is looked for from the page of the one before; the
    contents pages (the pages with links) list the headings but do not draw them."""
    pages = [[] if "/Annots" in page else heading_lines(page) for page in reader.pages]
    found, result = 1, []
    for title, target in outline(reader):
        drawn = next((n for n in range(found, len(pages)) if drawn_on(pages[n], title)), None)
        assert drawn is not None, f"{title!r} is drawn on no page after page {found + 1}"
        found = drawn
        result.append((title, target, drawn))
    return result


CELL_SIZE = 9.25
"""Table cells (8,5 pt), bullets and page headers are drawn smaller than this; body text and
headings (10 pt and up) larger."""


def heading_lines(page: Any) -> list[str]:
    """The lines of the page outside tables, where headings stand (a heading's text in a table
    cell, as in the goals' summary, is not the heading)."""
    lines: list[str] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        words = " ".join(text.split())
        if words and size * abs(tm[3] * cm[3]) > CELL_SIZE:
            lines.append(words)

    page.extract_text(visitor_text=visit)
    return lines


def contents_lines(page: Any, header: str) -> list[tuple[float, str]]:
    """The contents page's entry texts with their baselines (the dot leaders, the page header
    and the page number left out)."""
    lines: list[tuple[float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: Any) -> None:
        words = " ".join(text.split())
        if words == header or words.startswith("Sida "):
            return
        if words and not re.fullmatch(r"[. ]*\d*", words):
            lines.append((tm[4] * cm[1] + tm[5] * cm[3] + cm[5], words))

    page.extract_text(visitor_text=visit)
    return lines


def pdf_text(path: Path) -> str:
    """The PDF's lines, page after page."""
    return "\n".join("\n".join(page_lines(page)) for page in PdfReader(str(path)).pages)


def fragments(page: Any) -> list[str]:
    """The pieces of text as drawn, each line of a paragraph or table cell by itself."""
    texts: list[str] = []
    page.extract_text(visitor_text=lambda text, *_: texts.append(" ".join(text.split())))
    return [t for t in texts if t]

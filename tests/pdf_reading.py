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


def drawn_texts(path: Path, number: int) -> list[tuple[str, str, tuple[float, ...]]]:
    """Each text shown on page ``number`` (0-based), in drawing order: (its characters, its
    font's name, its fill colour), read from the page's content stream with each font's
    ToUnicode map (vplan's fonts are single-byte subsets)."""
    import pikepdf

    with pikepdf.open(path) as pdf:
        page = pdf.pages[number]
        fonts: Any = page.Resources.get("/Font", {})
        maps: dict[str, tuple[str, dict[int, str]]] = {}
        for name, font in fonts.items():
            table: dict[int, str] = {}
            if "/ToUnicode" in font:
                cmap = font.ToUnicode.read_bytes().decode("latin-1")
                for section in re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.S):
                    for code, hexed in re.findall(
                        r"<([0-9A-Fa-f]{2})>\s*<([0-9A-Fa-f]+)>", section
                    ):
                        table[int(code, 16)] = bytes.fromhex(hexed).decode("utf-16-be")
            maps[str(name)] = (str(font.get("/BaseFont", "")), table)
        out: list[tuple[str, str, tuple[float, ...]]] = []
        colour: tuple[float, ...] = (0.0, 0.0, 0.0)
        current: tuple[str, dict[int, str]] = ("", {})
        stack: list[tuple[float, ...]] = []
        for instruction in pikepdf.parse_content_stream(page):
            operands: Any = instruction.operands
            operator = instruction.operator
            op = str(operator)
            if op == "rg":
                colour = tuple(round(float(v), 3) for v in operands)
            elif op == "g":
                colour = (round(float(operands[0]), 3),) * 3
            elif op == "q":
                stack.append(colour)
            elif op == "Q" and stack:
                colour = stack.pop()
            elif op == "Tf":
                current = maps.get(str(operands[0]), ("", {}))
            elif op in ("Tj", "'", '"', "TJ"):
                pieces = operands[-1] if op == "TJ" else [operands[-1]]
                raw = b"".join(bytes(p) for p in pieces if isinstance(p, pikepdf.String))
                text = "".join(current[1].get(b, "") for b in raw)
                if text.strip():
                    out.append((text, current[0], colour))
        return out

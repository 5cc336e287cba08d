"""A check of a Word file like Word's own accessibility checker ("Granska tillgänglighet"):
pictures without alt text, tables without a marked header row, merged cells in a table's
header, tables without a caption (``w:tblCaption``), two tables Word would join, empty
paragraphs used as spacing, heading levels that skip, no document title, no document language.

Each finding is one line a reader understands ("tabell 3: ingen rubrikrad"); a file Word would
pass gives ``[]``.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
DC = "http://purl.org/dc/elements/1.1/"
NS = {"w": W, "wp": WP, "dc": DC}
_HEADING_STYLE = re.compile(r"^(?:Heading|Rubrik)\s*(\d)$", re.I)


def _xml(archive: zipfile.ZipFile, name: str) -> etree._Element | None:
    if name not in archive.namelist():
        return None
    return etree.fromstring(archive.read(name))


def _heading_levels(styles: etree._Element | None) -> dict[str, int]:
    """Style id → outline level + 1 for the styles that are headings."""
    levels: dict[str, int] = {}
    if styles is None:
        return levels
    for style in styles.iterfind("w:style", NS):
        style_id = style.get(f"{{{W}}}styleId", "")
        name = style.find("w:name", NS)
        outline = style.find("w:pPr/w:outlineLvl", NS)
        if outline is not None and int(outline.get(f"{{{W}}}val", "9")) < 9:
            levels[style_id] = int(outline.get(f"{{{W}}}val", "0")) + 1
        elif name is not None and (found := _HEADING_STYLE.match(name.get(f"{{{W}}}val", ""))):
            levels[style_id] = int(found.group(1))
    return levels


def _is_empty(paragraph: etree._Element) -> bool:
    """A paragraph that shows nothing: no text, no picture, no field, no break, no tab."""
    if "".join(paragraph.itertext()).strip():
        return False
    shows = ("w:drawing", "w:pict", "w:object", "w:fldChar", "w:fldSimple", "w:br", "w:sectPr")
    return not any(paragraph.find(f".//{tag}", NS) is not None for tag in shows)


def findings(path: Path) -> list[str]:
    """What Word's accessibility checker would flag in the Word file at ``path``."""
    found: list[str] = []
    with zipfile.ZipFile(path) as archive:
        document = _xml(archive, "word/document.xml")
        styles = _xml(archive, "word/styles.xml")
        settings = _xml(archive, "word/settings.xml")
        core = _xml(archive, "docProps/core.xml")
    assert document is not None
    title = core.find("dc:title", NS) if core is not None else None
    if title is None or not (title.text or "").strip():
        found.append("dokumentet har ingen titel")
    lang = (
        styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:lang", NS) if styles is not None else None
    )
    if lang is None or not lang.get(f"{{{W}}}val", "").startswith("sv"):
        found.append("formatmallarna anger inget språk (sv-SE)")
    theme_lang = settings.find("w:themeFontLang", NS) if settings is not None else None
    if theme_lang is None or not theme_lang.get(f"{{{W}}}val", "").startswith("sv"):
        found.append("inställningarna anger inget språk (themeFontLang sv-SE)")
    for number, picture in enumerate(document.iterfind(".//wp:docPr", NS), start=1):
        if not (picture.get("descr") or "").strip():
            found.append(f"bild {number} ({picture.get('name')}): ingen alternativ text")
    for number, table in enumerate(document.iterfind(".//w:tbl", NS), start=1):
        rows = table.findall("w:tr", NS)
        if rows and rows[0].find("w:trPr/w:tblHeader", NS) is None:
            found.append(f"tabell {number}: ingen rubrikrad")
        header = [r for r in rows if r.find("w:trPr/w:tblHeader", NS) is not None]
        for row in header:
            if row.find(".//w:gridSpan", NS) is not None or row.find(".//w:vMerge", NS) is not None:
                found.append(f"tabell {number}: sammanfogade celler i rubrikraden")
        if table.find("w:tblPr/w:tblCaption", NS) is None:
            found.append(f"tabell {number}: ingen rubrik (tblCaption)")
    levels = _heading_levels(styles)
    body = document.find("w:body", NS)
    assert body is not None
    for table in body.iterfind("w:tbl", NS):
        following = table.getnext()
        if following is not None and following.tag == f"{{{W}}}tbl":
            found.append("två tabeller utan något mellan sig (Word visar dem som en)")
    previous = 0
    for paragraph in body.iterfind("w:p", NS):  # not inside tables: cells may be blank
        style = paragraph.find("w:pPr/w:pStyle", NS)
        level = levels.get(style.get(f"{{{W}}}val", "") if style is not None else "", 0)
        text = "".join(paragraph.itertext()).strip()
        if level:
            if level > previous + 1:
                found.append(f"rubriknivå {previous} → {level}: ”{text[:40]}”")
            previous = level
        elif _is_empty(paragraph):
            found.append(f"tomt stycke efter ”{_last_text(paragraph)[:40]}”")
    return found


def _last_text(paragraph: etree._Element) -> str:
    """The text of the nearest paragraph before ``paragraph`` that has any (for a finding)."""
    for before in paragraph.itersiblings(preceding=True):
        text = "".join(before.itertext()).strip()
        if text:
            return text
    return ""

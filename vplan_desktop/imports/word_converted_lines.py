"""Shapes a plan converted from a PDF gives its lines, read as the paragraphs they were.

- A heading glued to the paragraph before it: the converter keeps each of the PDF's lines as a
  run, and a heading that followed a text block closely becomes that paragraph's last runs
  ("2.Hålla öppet hus … – Bygglovshandläggare Mål 1.2 Tillsynen …", the tail bold and in a
  larger font). Runs that end a paragraph, start a line (the run before ends with the
  converter's space), are all bold and at least a point larger than every run before them
  (which are not all bold) are split off as a paragraph of their own, which keeps the
  paragraph's properties; a section's end stays with the last of the two.
- Bullets run together: a paragraph opening with a typed Symbol-font bullet ("\\uf0b7") that
  has the same bullet again at the start of a later run ("\\uf0b7 Konkurrensen … hård.\\uf0b7
  Andelen …") holds one list item a bullet; it is split before each.
- A typed list number that lost its tab: "1.Införa …", the number and the text with no space
  between (the PDF placed them apart; the converter kept no tab), a capital letter right after
  the number. Such a paragraph is the numbered list item it was written as, its number ("1.")
  Word's list number, not part of its text."""

from __future__ import annotations

import copy
import re
from typing import Any

from lxml import etree

from vplan_desktop.imports.word_blocks import BlockKind
from vplan_desktop.imports.word_docx_styles import VAL, on, w
from vplan_desktop.markdown import Run

TAIL_MAX = 150
"""The longest heading read off a paragraph's end."""
_TYPED = re.compile(r"^(\d{1,2}[.)])(?=[A-ZÅÄÖ])")
_P, _R, _T, _PPR = w("p"), w("r"), w("t"), w("pPr")
SYMBOL_BULLETS = "\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf06e\uf0a8"
"""The Symbol and Wingdings fonts' bullets as a converter types them: private-use characters,
which a document written in Word keeps as list numbering or a w:sym, never as text."""


def split_glued_headings(body: etree._Element) -> None:
    """Splits off the headings glued to the end of ``body``'s paragraphs (see the module's
    docstring); ``body`` is changed in place."""
    for paragraph in list(body.iter(_P)):
        runs = [r for r in paragraph if r.tag == _R and _text(r)]
        cut = _tail_start(runs)
        if cut is None:
            continue
        split_at(paragraph, runs[cut])


def split_typed_bullets(body: etree._Element) -> None:
    """Splits each paragraph of ``body`` that opens with a typed Symbol-font bullet and has the
    same bullet again at a run's start into one paragraph a bullet (see the module's
    docstring); ``body`` is changed in place."""
    for paragraph in list(body.iter(_P)):
        runs = [r for r in paragraph if r.tag == _R and _text(r).strip()]
        glyph = _text(runs[0]).strip()[:1] if runs else ""
        if glyph not in SYMBOL_BULLETS:
            continue
        starts = [r for r in runs[1:] if _text(r).lstrip().startswith(glyph)]
        for run in reversed(starts):
            split_at(paragraph, run)


def split_at(paragraph: etree._Element, run: etree._Element) -> None:
    """Moves ``run`` and what follows it in ``paragraph`` to a new paragraph after it, with
    the same properties; a section's end goes with the new paragraph."""
    properties = paragraph.find(_PPR)
    tail = etree.Element(_P)
    if properties is not None:
        tail.append(copy.deepcopy(properties))
        section = properties.find(w("sectPr"))
        if section is not None:
            properties.remove(section)
    for node in list(paragraph)[list(paragraph).index(run) :]:
        tail.append(node)  # moves it
    paragraph.addnext(tail)


def _tail_start(runs: list[etree._Element]) -> int | None:
    """Where the glued heading in ``runs`` starts; None when it has none."""
    sizes = [_size(r) for r in runs]
    if len(runs) < 2 or not all(sizes):
        return None
    start = len(runs)
    while start > 1 and bold_run(runs[start - 1]):
        start -= 1
    if start == len(runs) or all(bold_run(r) for r in runs[:start]):
        return None
    while start < len(runs) and not _text(runs[start - 1]).endswith(" "):
        start += 1  # a heading starts a line
    if start == len(runs):
        return None
    head, tail = runs[:start], runs[start:]
    text = " ".join("".join(_text(r) for r in tail).split())
    if len(text) > TAIL_MAX or not "".join(_text(r) for r in head).strip():
        return None
    if min(sizes[start:]) < max(sizes[:start]) + 2:  # half-points: a point larger
        return None
    return start


def _text(run: etree._Element) -> str:
    return "".join(t.text or "" for t in run.iter(_T))


def bold_run(run: etree._Element) -> bool:
    properties = run.find(w("rPr"))
    return properties is not None and bool(on(properties.find(w("b"))))


def _size(run: etree._Element) -> int:
    size = run.find(f"{w('rPr')}/{w('sz')}")
    raw = size.get(VAL, "") if size is not None else ""
    return int(raw) if raw.isdigit() else 0


def typed_item(fields: dict[str, Any]) -> dict[str, Any]:
    """A body paragraph's block fields, a paragraph opening with a typed list number glued to
    its text ("1.Införa …") made the numbered list item it is (see the module's docstring)."""
    text = fields.get("text", "")
    typed = _TYPED.match(text)
    if fields.get("kind") != BlockKind.PARAGRAPH or typed is None:
        return fields
    number = typed.group(1)
    runs = list(fields.get("runs", ()))
    while runs and not runs[0].text.strip():
        runs.pop(0)
    if not runs or not runs[0].text.lstrip().startswith(number):
        return fields
    head = runs[0].text.lstrip()[len(number) :]
    runs = [Run(head, runs[0].bold, runs[0].italic), *runs[1:]] if head else runs[1:]
    out = {k: v for k, v in fields.items() if k not in ("candidate_level", "heading_by", "size")}
    out.update(
        kind=BlockKind.LIST_ITEM, text=text[typed.end() :], runs=runs, number=number, numbered=True
    )
    out["tabbed"] = ()
    return out

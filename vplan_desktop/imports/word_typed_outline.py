"""An outline list whose numbers are typed ("1.", "1.1", "a)") instead of Word's list
numbering, read as the list it is. A plan converted from a PDF has every list number as text
(the PDF printed it), and a secretary who numbers by hand types them the same way.

- **Items run together.** The converter keeps the PDF's lines as runs, so an outline's items
  may share a paragraph: "a) Andel … studera ⇥ b) Andel … kursen 2. ⇥ Alla invånare …". In a
  paragraph that opens with a typed number in a run of its own, a later run that is a number
  of the same kind by itself, set apart from the text before it (by a tab, a line break or the
  converter's space at a line's end) and followed by a capital letter, starts an item of its
  own; the paragraph is split there.
- **The list.** Four or more paragraphs in a row, each opening with a typed outline number,
  on two levels or more with at least two items on one level (a chain of numbered headings
  "2 / 2.1 / 2.1.1" has one item a level) and none of them bold throughout (a numbered
  heading), are list items: "1." is the top level, "1.1" the
  next, "1.1.1" the next, and "a)" one level below the number before it; each keeps its
  number, as Word's numbering would show it, and not in its text. A paragraph in the middle
  that goes on with a small letter is the line before it wrapped ("a) Andel som har arbete
  … efter" / "etableringsprogrammet") and joins it. A list whose lines end in page numbers is
  a table of contents and is left alone."""

from __future__ import annotations

import re
from dataclasses import replace

from lxml import etree

from vplan_desktop.imports.word_blocks import Block, BlockKind, Source
from vplan_desktop.imports.word_converted_lines import split_at
from vplan_desktop.imports.word_docx_styles import w
from vplan_desktop.markdown import Run

_LABEL = re.compile(r"^\s*(?:(?P<number>\d{1,2}(?:\.\d{1,2}){0,3})\.?|(?P<letter>[a-zåäö])\))\s+")
_LABEL_RUN = re.compile(r"\s*(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|[a-zåäö]\))\s*")
_PAGE = re.compile(r"(?:\.{2,}|…|\s)\s*\d{1,3}$")
MIN_ITEMS = 4
_P, _R, _T, _TAB, _BR, _CR = w("p"), w("r"), w("t"), w("tab"), w("br"), w("cr")


def split_typed_labels(body: etree._Element) -> None:
    """Splits each paragraph of ``body`` that opens with a typed outline number before each
    later number of its own run (see the module's docstring); ``body`` is changed in place."""
    for paragraph in list(body.iter(_P)):
        runs = [r for r in paragraph if r.tag == _R]
        texts = [r for r in runs if _text(r).strip()]
        if not texts or not _LABEL_RUN.fullmatch(_text(texts[0])):
            continue
        starts: list[etree._Element] = []
        apart = False  # whether the text so far ends set apart (tab, break, line's end)
        seen = False  # whether a text after the opening number has been read
        for at, run in enumerate(runs):
            text = _text(run)
            if not text.strip():
                apart = apart or run.find(_TAB) is not None or _breaks(run) or text.endswith(" ")
                continue
            label = _LABEL_RUN.fullmatch(text)
            if label and seen and apart and _capital_after(runs[at + 1 :]):
                starts.append(run)
            seen = seen or not label
            apart = text.endswith((" ", "\t")) or _breaks(run) or run.find(_TAB) is not None
        for run in reversed(starts):
            first = run  # the blank runs before the number go with it; its line breaks go
            while (before := first.getprevious()) is not None and before.tag == _R:
                if _text(before).strip():
                    break
                first = before
            split_at(paragraph, first)
            for blank in list(paragraph.getnext()):
                if blank is run:
                    break
                if blank.tag == _R and _breaks(blank):
                    blank.getparent().remove(blank)


def _breaks(run: etree._Element) -> bool:
    return run.find(_BR) is not None or run.find(_CR) is not None


def _capital_after(runs: list[etree._Element]) -> bool:
    """Whether the first text in ``runs`` opens with a capital letter."""
    for run in runs:
        text = _text(run).lstrip()
        if text:
            return text[0].isupper()
    return False


def _text(run: etree._Element) -> str:
    return "".join(t.text or "" for t in run.iter(_T))


def typed_outlines(source: Source) -> Source:
    """``source`` with its typed outline lists read as list items (see the module's
    docstring); unchanged when it has none."""
    blocks = source.blocks
    out: list[Block] = []
    at = 0
    while at < len(blocks):
        end = _run_end(blocks, at)
        items = _items(blocks[at:end]) if end - at >= MIN_ITEMS else None
        if items is None:
            out.append(blocks[at])
            at += 1
            continue
        out.extend(items)
        at = end
    if len(out) == len(blocks) and all(a is b for a, b in zip(out, blocks, strict=True)):
        return source
    ends = source.section_ends
    kept = {b.index for b in out}
    source.section_ends = [sum(1 for i in kept if i < end) for end in ends]
    source.blocks = [replace(b, index=i) for i, b in enumerate(out)]
    return source


def _plain(block: Block) -> bool:
    """A paragraph that may be an outline's line: a bold one is a numbered heading."""
    return block.kind is BlockKind.PARAGRAPH and block.level is None and not block.bold


def _run_end(blocks: list[Block], start: int) -> int:
    """The end of the run of typed outline lines (and their wrapped lines) from ``start``;
    ``start`` when none opens there."""
    if not (_plain(blocks[start]) and _LABEL.match(blocks[start].text)):
        return start
    end = start + 1
    while end < len(blocks) and _plain(blocks[end]):
        text = blocks[end].text
        if not (_LABEL.match(text) or text[:1].islower()):
            break
        end += 1
    return end


def _items(run: list[Block]) -> list[Block] | None:
    """``run``'s lines as list items, wrapped lines joined to theirs; None when they are no
    outline list (see the module's docstring)."""
    labelled = [b for b in run if _LABEL.match(b.text)]
    if len(labelled) < MIN_ITEMS or 2 * sum(bool(_PAGE.search(b.text)) for b in labelled) > len(
        labelled
    ):
        return None
    levels: list[int] = []
    depth = 0  # the level of the last number
    for block in labelled:
        match = _LABEL.match(block.text)
        assert match is not None
        if match.group("number") is not None:
            depth = match.group("number").count(".")
            levels.append(depth)
        else:
            levels.append(depth + 1)
    counts = {level: levels.count(level) for level in levels}
    if len(counts) < 2 or max(counts.values()) < 2:
        return None
    out: list[Block] = []
    level_of = iter(levels)
    for block in run:
        match = _LABEL.match(block.text)
        if match is None:  # a wrapped line: the item before it goes on
            last = out[-1]
            runs = (*last.runs, Run(" "), *block.runs)
            out[-1] = replace(last, text=f"{last.text} {block.text}", runs=runs, markdown="")
            continue
        number = block.text[: match.end()].strip()
        out.append(
            replace(
                block,
                kind=BlockKind.LIST_ITEM,
                text=block.text[match.end() :],
                runs=_without_number(block.runs, number),
                markdown="",
                number=number,
                numbered=True,
                list_level=next(level_of),
                candidate_level=None,
                heading_by=None,
                tabbed=(),
            )
        )
    return out


def _without_number(runs: tuple[Run, ...], number: str) -> tuple[Run, ...]:
    """``runs`` without the typed ``number`` they open with (and the space after it)."""
    out = list(runs)
    while out and not out[0].text.strip():
        out.pop(0)
    rest = number
    while out and rest:
        head = out[0].text.lstrip()
        if len(head) <= len(rest) and rest.startswith(head.strip()):
            rest = rest[len(head.strip()) :].lstrip()
            out.pop(0)
        elif head.startswith(rest):
            out[0] = Run(head[len(rest) :].lstrip(), out[0].bold, out[0].italic)
            rest = ""
        else:
            break
    while out and not out[0].text.strip():
        out.pop(0)
    return tuple(out)

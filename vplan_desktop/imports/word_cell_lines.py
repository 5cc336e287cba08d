"""A table cell's entries in a plan converted from a PDF, parted as they were written.

The converter keeps each of the PDF's lines in a cell as a run of one paragraph and ends a line
either with a space alone (the line filled the column) or with a line break (it stopped short),
whether the line was the end of an entry (an indicator, an ansvar, a figure stacked one a line)
or only where the PDF wrapped a long one. Read as it comes, a cell stacking two entries that
each filled the column is one entry ("Anläggningschef Fastighetsstrateg", "5,5 % 0 %"), and
an entry wrapped short of the edge is two ("… ekonomi i balans och friska" / "medarbetare.").
In a paragraph of a table cell whose runs all carry an explicit font size (the converter's
mark), each line end is read again:
- a line going on with a small letter continues the entry (a wrapped line): a line break there
  is dropped, unless the line before ends an entry of its own (a sentence's end, a figure or a
  date: "oktober 2027" / "december 2027");
- a run opening with a comparison right after a run ending with a figure ("1 400" + "≥ 4,0")
  is a line of its own (the converter glued the two lines with neither space nor break);
- a line starting with a capital letter, or a figure after a line holding a figure, begins an
  entry: a line end marked only by the space gets a line break, unless the line before cannot
  end there (a comma, a hyphen, a label's colon, a word such as "i" or "och") or the two lines
  differ in boldness (a bold label and its value).
Text outside tables and documents written in Word are left as they are."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from lxml import etree

from vplan_desktop.imports.word_docx_styles import on, w

_P, _R, _T, _BR, _TC, _XML_SPACE = (
    w("p"),
    w("r"),
    w("t"),
    w("br"),
    w("tc"),
    "{http://www.w3.org/XML/1998/namespace}space",
)
_SMALL = re.compile(r"^[a-zåäöéü]")
_CAPITAL = re.compile(r"^[A-ZÅÄÖÉÜ]")
_FIGURE = re.compile(r"^[-−–+±<>≤≥]?\s?\d")
_GLUED = re.compile(r"[\d%]$")
_COMPARISON = re.compile(r"^[<>≤≥]")
_ENDS_ENTRY = re.compile(r"(?:[.!?)%]|\d)$")
_GOES_ON = re.compile(r"[,:;–-]$")
_FUNCTION_WORDS = frozenset({
    "i", "på", "av", "för", "till", "med", "om", "som", "vid", "och", "eller", "att", "en",
    "ett", "de", "den", "det", "där", "från", "mot", "per", "under", "inom", "utan", "över",
    "efter", "genom", "hos", "samt", "både", "än"
})  # fmt: skip
"""Words a line of Swedish does not end an entry with."""


@dataclass
class _Line:
    texts: list[etree._Element] = field(default_factory=list)
    """The line's w:t elements."""
    breaks: list[etree._Element] = field(default_factory=list)
    """The line breaks (w:br) after it."""

    def text(self) -> str:
        return " ".join("".join(t.text or "" for t in self.texts).split())


def part_cell_entries(body: etree._Element) -> None:
    """Parts and joins the lines of ``body``'s table cells as the module's docstring says;
    ``body`` is changed in place."""
    for paragraph in list(body.iter(_P)):
        if _in_cell(paragraph) and _converted(paragraph):
            _reread(paragraph)


def _in_cell(paragraph: etree._Element) -> bool:
    parent = paragraph.getparent()
    while parent is not None:
        if parent.tag == _TC:
            return True
        parent = parent.getparent()
    return False


def _converted(paragraph: etree._Element) -> bool:
    runs = [r for r in paragraph.iter(_R) if "".join(t.text or "" for t in r.iter(_T)).strip()]
    return bool(runs) and all(r.find(f"{w('rPr')}/{w('sz')}") is not None for r in runs)


def _lines(paragraph: etree._Element) -> list[_Line]:
    """The PDF's lines in ``paragraph``: a line ends at a w:t ending with the converter's space
    or at a line break (a break right after the space ends the same line)."""
    lines = [_Line()]
    for node in paragraph.iter(_T, _BR):
        current = lines[-1]
        if node.tag == _T:
            glued = bool(current.texts) and _GLUED.search(current.texts[-1].text or "")
            if current.breaks or (glued and _COMPARISON.match(node.text or "")):
                current = _Line()  # text after a break, or a comparison after a figure's
                lines.append(current)  # run ("1 400" + "≥ 4,0"), starts the next line
            current.texts.append(node)
            if (node.text or "").endswith(" "):
                lines.append(_Line())
        elif node.get(w("type"), "") in ("", "textWrapping"):
            if current.texts:
                current.breaks.append(node)
            elif len(lines) > 1 and not lines[-2].breaks:
                lines[-2].breaks.append(node)  # the converter's space and a break: one line end
    return [line for line in lines if line.texts and line.text()]


def _reread(paragraph: etree._Element) -> None:
    lines = _lines(paragraph)
    for before, after in itertools.pairwise(lines):
        previous, text = before.text(), after.text()
        if before.breaks and _continues(previous, text):
            _join(before)
        elif not before.breaks and _begins(previous, text) and _same_weight(before, after):
            last = before.texts[-1].getparent()
            run = etree.Element(_R)
            run.append(etree.Element(_BR))
            last.addnext(run)


def _continues(previous: str, text: str) -> bool:
    """Whether the line ``text`` goes on with the entry ``previous`` ended."""
    return bool(_SMALL.match(text)) and not _ENDS_ENTRY.search(previous)


def _begins(previous: str, text: str) -> bool:
    """Whether the line ``text`` begins an entry of its own after the line ``previous``."""
    if _GOES_ON.search(previous) or previous.split()[-1].lower() in _FUNCTION_WORDS:
        return False
    if _FIGURE.match(text):
        return bool(_FIGURE.match(previous))
    return bool(_CAPITAL.match(text))


def _same_weight(before: _Line, after: _Line) -> bool:
    def bold(t: etree._Element) -> bool:
        found = t.getparent().find(f"{w('rPr')}/{w('b')}")
        return found is not None and bool(on(found))

    return bold(before.texts[-1]) == bold(after.texts[0])


def _join(line: _Line) -> None:
    """Drops the line breaks after ``line``, leaving a space unless it ends with a hyphen."""
    for node in line.breaks:
        run = node.getparent()
        run.remove(node)
        if not any(child.tag != w("rPr") for child in run):
            run.getparent().remove(run)
    line.breaks.clear()
    last = line.texts[-1]
    text = last.text or ""
    if not text.endswith((" ", "-")):
        last.text = text + " "
        last.set(_XML_SPACE, "preserve")

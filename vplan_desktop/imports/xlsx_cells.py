"""The cells of an Excel workbook, streamed straight from its XML.

The budget import needs the saved value of a few cells and whether a cell holds a formula.
openpyxl reads every cell into Python objects (and a workbook without a ``<dimension>`` once
more to find its size): a 200,000-row workbook took 40 s. Here each sheet is streamed once with
lxml, a row at a time, and a cell is decoded only when asked for; memory stays flat.

The workbook has passed ``safety.check_office_zip`` and ``check_xml_parts`` (no DTD, no entity
declarations) before it comes here; the parsers still resolve no entities and load nothing.
"""

from __future__ import annotations

import posixpath
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from lxml import etree

from vplan_desktop.errors import InputError

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
OFFICE_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
CELL, VALUE, FORMULA, INLINE, TEXT = (f"{MAIN}{t}" for t in ("c", "v", "f", "is", "t"))
MAX_ROW = 1_048_576
MAX_COLUMN = 16_384
_PARSE = {"resolve_entities": False, "no_network": True, "load_dtd": False, "huge_tree": False}


@dataclass(frozen=True, slots=True)
class Cell:
    """A cell as saved: its value (None if blank or never calculated) and whether it is a
    formula."""

    value: Any
    formula: bool


def column_number(reference: str) -> tuple[int, int]:
    """(row, column) of a cell reference such as "AB12"; raises ValueError on a bad one."""
    letters = reference.rstrip("0123456789")
    digits = reference[len(letters) :]
    if not letters or not letters.isalpha() or not letters.isascii() or len(letters) > 3:
        raise ValueError(reference)
    column = 0
    for letter in letters.upper():
        column = column * 26 + ord(letter) - 64
    row = int(digits) if digits else 0
    if column > MAX_COLUMN or row > MAX_ROW:
        raise ValueError(reference)
    return row, column


class Row:
    """One row while it is being read: cells are found and decoded only on request (most rows
    of a large workbook are looked at for their first cell alone)."""

    def __init__(self, element: Any, strings: list[str]) -> None:
        self._element = element
        self._strings = strings
        self._cells: dict[int, Any] | None = None

    def _index(self) -> dict[int, Any]:
        if self._cells is None:
            self._cells = {}
            counter = 0
            for cell in self._element.iterchildren(f"{MAIN}c"):
                reference = cell.get("r")
                counter = column_number(reference)[1] if reference else counter + 1
                self._cells[counter] = cell
        return self._cells

    def width(self) -> int:
        return max(self._index(), default=0)

    def get(self, column: int) -> Cell | None:
        if column == 1 and self._cells is None:
            # The label column: the row's first cell, when it is in column A.
            if not len(self._element):
                return None
            first = self._element[0]
            reference = first.get("r")
            if first.tag == CELL and (reference is None or _in_column_a(reference)):
                return _decode(first, self._strings)
            return None
        element = self._index().get(column)
        return None if element is None else _decode(element, self._strings)


def _in_column_a(reference: str) -> bool:
    return reference[:1] in ("A", "a") and reference[1:2].isdigit()


def _decode(element: Any, strings: list[str]) -> Cell:
    kind = element.get("t", "n")
    formula = False
    raw = None
    inline = None
    for child in element:
        tag = child.tag
        if tag == VALUE:
            raw = child.text
        elif tag == FORMULA:
            formula = True
        elif tag == INLINE:
            inline = child
    if kind == "inlineStr":
        return Cell(_text(inline) if inline is not None else None, formula)
    if raw is None or raw == "":
        return Cell(None, formula)
    if kind == "s":
        try:
            return Cell(strings[int(raw)], formula)
        except (ValueError, IndexError):
            raise InputError(
                f"cellen {element.get('r', '')} hänvisar till en text som saknas"
            ) from None
    if kind == "b":
        return Cell(raw == "1", formula)
    if kind in ("str", "e", "d"):
        return Cell(raw, formula)
    return Cell(_number(raw), formula)


def _number(raw: str) -> int | float | str:
    text = raw.strip()
    if text.lstrip("-").isdigit() and len(text) < 30:
        return int(text)
    try:
        return float(text)
    except ValueError:
        return raw


def _text(element: Any) -> str:
    """The text of a shared or inline string: its own ``t`` and the runs' ``t``, not the
    phonetic hints."""
    if len(element) == 1 and element[0].tag == TEXT:
        return str(element[0].text or "")
    parts = [t.text or "" for t in element.iterchildren(TEXT)]
    for run in element.iterchildren(f"{MAIN}r"):
        parts.extend(t.text or "" for t in run.iterchildren(TEXT))
    return "".join(parts)


def _part(folder: str, target: str) -> str:
    """The zip member a relationship's target names (absolute, or relative to ``folder``)."""
    part = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
    return posixpath.normpath(part)


class Workbook:
    """An open .xlsx: sheet names and their rows."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._zip = zipfile.ZipFile(path)
        self._strings_part: str | None = None
        self._sheets = self._sheet_parts()
        self._strings: list[str] | None = None

    def close(self) -> None:
        self._zip.close()

    def __enter__(self) -> Workbook:
        return self

    def __exit__(self, *args: object) -> None:
        self.close()

    @property
    def sheetnames(self) -> list[str]:
        return list(self._sheets)

    def _open(self, name: str) -> IO[bytes]:
        try:
            return self._zip.open(name)
        except KeyError:
            raise InputError(
                f"”{self.path.name}” är ingen Excel-arbetsbok ({name} saknas)."
            ) from None

    def _tree(self, name: str) -> Any:
        with self._open(name) as stream:
            return etree.parse(stream, etree.XMLParser(**_PARSE)).getroot()

    def _sheet_parts(self) -> dict[str, str]:
        workbook = self._workbook_part()
        folder = posixpath.dirname(workbook)
        rels_name = posixpath.join(folder, "_rels", posixpath.basename(workbook) + ".rels")
        relations = list(self._tree(rels_name).iterchildren(f"{RELS}Relationship"))
        targets = {rel.get("Id"): rel.get("Target", "") for rel in relations}
        for rel in relations:
            if rel.get("Type", "").endswith("/sharedStrings"):
                self._strings_part = _part(folder, rel.get("Target", ""))
        parts = {}
        sheets = self._tree(workbook).find(f"{MAIN}sheets")
        for sheet in [] if sheets is None else sheets.iterchildren(f"{MAIN}sheet"):
            target = targets.get(sheet.get(f"{OFFICE_REL}id"), "")
            if not target:
                continue
            parts[sheet.get("name", "")] = _part(folder, target)
        return parts

    def _workbook_part(self) -> str:
        root = self._tree("_rels/.rels")
        for rel in root.iterchildren(f"{RELS}Relationship"):
            if rel.get("Type", "").endswith("/officeDocument"):
                return str(rel.get("Target", "")).lstrip("/")
        raise InputError(f"”{self.path.name}” är ingen Excel-arbetsbok.")

    def _shared_strings(self) -> list[str]:
        if self._strings is None:
            self._strings = []
            if self._strings_part is not None:
                with self._open(self._strings_part) as stream:
                    for _, element in etree.iterparse(
                        stream, events=("end",), tag=f"{MAIN}si", **_PARSE
                    ):
                        self._strings.append(_text(element))
                        element.clear()
        return self._strings

    def rows(self, sheet: str, first: int = 1) -> Iterator[tuple[int, Row]]:
        """(row number, row) from row ``first`` on; a row is only valid until the next."""
        strings = self._shared_strings()
        counter = 0
        with self._open(self._sheets[sheet]) as stream:
            for _, element in etree.iterparse(stream, events=("end",), tag=f"{MAIN}row", **_PARSE):
                number = element.get("r")
                counter = int(number) if number and number.isdigit() else counter + 1
                if counter > MAX_ROW:
                    raise ValueError(f"rad {counter}")
                if counter >= first:
                    yield counter, Row(element, strings)
                element.clear()
                while element.getprevious() is not None:
                    del element.getparent()[0]

"""Legacy Word form fields for corpus document CX: FORMTEXT fields with their typed value as
the result, FORMCHECKBOX fields ticked by w:default or w:checked, FORMDROPDOWN fields whose
choice is only in the field's data; and the plain runs and cell paragraphs they sit in."""

from __future__ import annotations

from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from tests.word_shapes_docx import set_cell_paragraph

DEFAULT = "Skriv här"
"""The template's default text of its text fields."""


class Fields:
    """The legacy form fields of the document: numbered as Word numbers them."""

    def __init__(self) -> None:
        self.count = 0

    def _run(self, child: Any, rpr: bool = False) -> Any:
        run = OxmlElement("w:r")
        if rpr:
            props = OxmlElement("w:rPr")
            props.append(OxmlElement("w:noProof"))
            run.append(props)
        run.append(child)
        return run

    def _char(self, kind: str, data: Any = None) -> Any:
        char = OxmlElement("w:fldChar")
        char.set(qn("w:fldCharType"), kind)
        if data is not None:
            char.append(data)
        return self._run(char)

    def _data(self, name: str) -> Any:
        data = OxmlElement("w:ffData")
        for tag, val in (("w:name", name), ("w:enabled", None), ("w:calcOnExit", "0")):
            el = OxmlElement(tag)
            if val is not None:
                el.set(qn("w:val"), val)
            data.append(el)
        return data

    def _instr(self, text: str) -> Any:
        instr = OxmlElement("w:instrText")
        instr.set(qn("xml:space"), "preserve")
        instr.text = text
        return self._run(instr)

    def _bookmarked(self, p: Any, name: str, runs: list[Any]) -> None:
        start = OxmlElement("w:bookmarkStart")
        start.set(qn("w:id"), str(self.count))
        start.set(qn("w:name"), name)
        end = OxmlElement("w:bookmarkEnd")
        end.set(qn("w:id"), str(self.count))
        p.append(start)
        for run in runs:
            p.append(run)
        p.append(end)

    def text(self, p: Any, value: str, *, date: bool = False) -> None:
        """A FORMTEXT field in paragraph ``p`` showing ``value``."""
        self.count += 1
        name = f"Text{self.count}"
        data = self._data(name)
        text_input = OxmlElement("w:textInput")
        if date:
            kind = OxmlElement("w:type")
            kind.set(qn("w:val"), "date")
            text_input.append(kind)
            fmt = OxmlElement("w:format")
            fmt.set(qn("w:val"), "yyyy-MM-dd")
        default = OxmlElement("w:default")
        default.set(qn("w:val"), DEFAULT)
        text_input.append(default)
        if date:
            text_input.append(fmt)
        data.append(text_input)
        t = OxmlElement("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = value
        runs = [
            self._char("begin", data),
            self._instr(" FORMTEXT "),
            self._char("separate"),
            self._run(t, rpr=True),
            self._char("end"),
        ]
        self._bookmarked(p, name, runs)

    def checkbox(self, p: Any, ticked: str) -> None:
        """A FORMCHECKBOX field: ``ticked`` "default" (w:default 1), "checked" (w:checked)."""
        self.count += 1
        name = f"Kryss{self.count}"
        data = self._data(name)
        box = OxmlElement("w:checkBox")
        box.append(OxmlElement("w:sizeAuto"))
        default = OxmlElement("w:default")
        default.set(qn("w:val"), "1" if ticked == "default" else "0")
        box.append(default)
        if ticked == "checked":
            box.append(OxmlElement("w:checked"))
        data.append(box)
        self._bookmarked(p, name, [self._char("begin", data), self._instr(" FORMCHECKBOX ")])
        p.append(self._char("end"))

    def dropdown(self, p: Any, entries: tuple[str, ...], chosen: str) -> None:
        """A FORMDROPDOWN field: the choice only in the field's data."""
        self.count += 1
        name = f"Listruta{self.count}"
        data = self._data(name)
        ddlist = OxmlElement("w:ddList")
        result = OxmlElement("w:result")
        result.set(qn("w:val"), str(entries.index(chosen)))
        ddlist.append(result)
        for entry in entries:
            el = OxmlElement("w:listEntry")
            el.set(qn("w:val"), entry)
            ddlist.append(el)
        data.append(ddlist)
        self._bookmarked(p, name, [self._char("begin", data), self._instr(" FORMDROPDOWN ")])
        p.append(self._char("end"))


def plain(p: Any, text: str, *, bold: bool = False) -> None:
    run = OxmlElement("w:r")
    if bold:
        props = OxmlElement("w:rPr")
        props.append(OxmlElement("w:b"))
        run.append(props)
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    run.append(t)
    p.append(run)


def cell_paragraph(cell: Any) -> Any:
    """The cell's paragraph, emptied, for fields."""
    p = OxmlElement("w:p")
    set_cell_paragraph(cell, p)
    return p


def field_cell(f: Fields, cell: Any, value: str, *, date: bool = False) -> None:
    f.text(cell_paragraph(cell), value, date=date)

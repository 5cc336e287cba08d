"""A form filled in through Word's legacy form fields (Utvecklare → Äldre verktyg): a text
field (FORMTEXT) shows what was typed as its result, a checkbox (FORMCHECKBOX) and a drop-down
list (FORMDROPDOWN) keep their state only in the field's data (``w:ffData``) and have no text at
all. The body is made to read as Word shows it before its blocks are read: a checkbox becomes
"☒" when ticked (``w:checked``, or ``w:default`` "1" when never changed) and "☐" when not, a
drop-down list the entry chosen. A text field still showing its template's own default text
("Skriv här", "Klicka här") was never filled in: that text is no value and is left out, and
the report says how many fields were empty. A form template's line telling how to fill it in
("Fyll i de grå fälten. Gå till nästa fält med Tab.") is the template's, not the plan's: it
is left out and reported as well, in a document with form fields only."""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field

from lxml import etree

from vplan_desktop.imports.word_docx_styles import VAL, w

__all__ = ["TICKED", "UNTICKED", "fill_form_fields"]

TICKED = "\u2612"  # ☒
UNTICKED = "\u2610"  # ☐
_FLD_CHAR, _INSTR, _T, _R, _P = w("fldChar"), w("instrText"), w("t"), w("r"), w("p")
_TC = w("tc")
_FORM = re.compile(r"^FORM(?:TEXT|CHECKBOX|DROPDOWN)\b")
_GUIDE = re.compile(
    r"\b(?:fyll\s+i|skriv\s+i|gå\s+till|tabb?(?:tangenten)?|klicka|markera|kryssa|välj)\b", re.I
)
_FIELD_WORD = re.compile(r"\bfält(?:et|en|s)?\b|\bformulär", re.I)
_GUIDE_LIMIT = 300
"""Characters: a template's instruction is a line or two."""


@dataclass
class _Field:
    data: etree._Element | None
    instruction: str = ""
    separated: bool = False
    results: list[etree._Element] = field(default_factory=list)


def _on(element: etree._Element | None) -> bool:
    return element is not None and element.get(VAL, "1").lower() not in ("0", "false", "off")


def _ticked(box: etree._Element) -> bool:
    checked = box.find(w("checked"))
    if checked is not None:
        return _on(checked)
    return _on(box.find(w("default")))


def _after(end: etree._Element, text: str) -> None:
    """A run showing ``text`` right after the run holding the field's ``end``."""
    run = end.getparent()
    if run is None or run.tag != _R:
        return
    shown = etree.Element(_R)
    run.addnext(shown)
    props = run.find(w("rPr"))
    if props is not None:
        shown.append(copy.deepcopy(props))
    t = etree.SubElement(shown, _T)
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    t.text = text


def _closed(found: _Field, end: etree._Element) -> bool:
    """Show a closed form field as Word does; True when it is a text field never filled in."""
    data = found.data
    kind = found.instruction.strip().upper()
    if data is None or not _FORM.match(kind):
        return False
    if kind.startswith("FORMCHECKBOX") and (box := data.find(w("checkBox"))) is not None:
        _after(end, TICKED if _ticked(box) else UNTICKED)
    elif kind.startswith("FORMDROPDOWN") and (choices := data.find(w("ddList"))) is not None:
        if not found.separated:  # a result Word wrote is read as it stands
            entries = [e.get(VAL, "") for e in choices.findall(w("listEntry"))]
            chosen = choices.find(w("result"))
            if chosen is None:
                chosen = choices.find(w("default"))
            at = chosen.get(VAL, "0") if chosen is not None else "0"
            if entries and at.isdigit() and int(at) < len(entries):
                _after(end, entries[int(at)])
    elif kind.startswith("FORMTEXT"):
        default = data.find(f"{w('textInput')}/{w('default')}")
        typed = " ".join("".join(t.text or "" for t in found.results).split())
        template = " ".join((default.get(VAL, "") if default is not None else "").split())
        if template and typed == template:
            for t in found.results:
                t.text = ""
            return True
    return False


def _guides(body: etree._Element) -> list[etree._Element]:
    """The paragraphs outside any field telling how to fill in the form's fields."""
    out = []
    for paragraph in body.iter(_P):
        parent = paragraph.getparent()
        if paragraph.find(f".//{_FLD_CHAR}") is not None or parent is None or parent.tag == _TC:
            continue  # a cell keeps its paragraph
        text = " ".join("".join(t.text or "" for t in paragraph.iter(_T)).split())
        if len(text) <= _GUIDE_LIMIT and _GUIDE.search(text) and _FIELD_WORD.search(text):
            out.append(paragraph)
    return out


def fill_form_fields(body: etree._Element, warnings: list[str]) -> None:
    """``body`` read as Word shows its legacy form fields (see the module's docstring);
    what is left out is said in ``warnings``."""
    stack: list[_Field] = []
    unfilled = 0
    forms = False
    for element in list(body.iter(_FLD_CHAR, _INSTR, _T)):
        if element.tag == _FLD_CHAR:
            kind = element.get(w("fldCharType"))
            if kind == "begin":
                stack.append(_Field(element.find(w("ffData"))))
            elif kind == "separate" and stack:
                stack[-1].separated = True
            elif kind == "end" and stack:
                found = stack.pop()
                forms = forms or bool(_FORM.match(found.instruction.strip().upper()))
                unfilled += _closed(found, element)
        elif element.tag == _INSTR:
            if stack and not stack[-1].separated:
                stack[-1].instruction += element.text or ""
        elif stack and stack[-1].separated:
            stack[-1].results.append(element)
    if unfilled:
        warnings.append(
            f"{unfilled} formulärfält var inte ifyllda (de visade mallens förvalda text) "
            "och lästes inte in."
        )
    if not forms:
        return
    for paragraph in _guides(body):
        text = " ".join("".join(t.text or "" for t in paragraph.iter(_T)).split())
        warnings.append(f"Formulärmallens instruktion ”{text}” lästes inte in i planen.")
        parent = paragraph.getparent()
        if parent is not None:
            parent.remove(paragraph)

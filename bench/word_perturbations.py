"""Variations of a .docx that real municipal plans show and that change nothing a reader sees
in them: the same texts, the same figures, the same structure, written differently in the
WordprocessingML (empty paragraphs around tables, templates' own heading styles, no-break
spaces, runs split by Word's revision ids, ...). ``bench/word_robust.py`` imports each corpus
document under each variation and rates it against the same expectation.

Each variation is a function that edits the package's parsed XML parts in place; ``perturb``
writes the varied copy of a document to a new .docx."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def w(name: str) -> str:
    """The Clark name of a WordprocessingML element or attribute."""
    return f"{{{W_NS}}}{name}"


VAL = w("val")

# --- the package -----------------------------------------------------------------------------


class Package:
    """A .docx's XML parts under word/, parsed when first asked for; the rest kept as bytes."""

    def __init__(self, path: Path) -> None:
        with zipfile.ZipFile(path) as package:
            self.infos = package.infolist()
            self.data = {info.filename: package.read(info.filename) for info in self.infos}
        self.parsed: dict[str, Any] = {}

    def part(self, name: str) -> Any:
        """The root element of ``name`` ("word/document.xml"); None when the package has none."""
        if name not in self.parsed:
            if name not in self.data:
                return None
            self.parsed[name] = etree.fromstring(self.data[name])
        return self.parsed[name]

    @property
    def document(self) -> Any:
        return self.part("word/document.xml")

    @property
    def body(self) -> Any:
        return self.document.find(w("body"))

    def xml_parts(self) -> Iterator[Any]:
        """Every XML part directly under word/ (document, styles, numbering, headers, ...)."""
        for name in self.data:
            if re.fullmatch(r"word/[^/]+\.xml", name):
                yield self.part(name)

    def save(self, path: Path) -> None:
        """Write the package, with the parts edited, to ``path``."""
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
            for info in self.infos:
                data = self.data[info.filename]
                if info.filename in self.parsed:
                    data = etree.tostring(
                        self.parsed[info.filename], xml_declaration=True, encoding="UTF-8"
                    )
                out.writestr(info, data)


Perturbation = Callable[[Package], None]


def perturb(source: Path, target: Path, variation: Perturbation) -> None:
    """Write ``source`` varied by ``variation`` to ``target``."""
    package = Package(source)
    variation(package)
    package.save(target)


# --- helpers ---------------------------------------------------------------------------------


def _names(text: str) -> list[str]:
    """The element names of a schema sequence, in their order."""
    return text.split()


_RPR_ORDER = _names(
    "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint "
    "noProof snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u "
    "effect bdr shd fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath"
)
_PPR_ORDER = _names(
    "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers "
    "pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE "
    "autoSpaceDN bidi adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents "
    "suppressOverlap jc textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle "
    "rPr sectPr pPrChange"
)

_STYLE_ORDER = _names(
    "name aliases basedOn next link autoRedefine hidden uiPriority semiHidden unhideWhenUsed "
    "qFormat locked personal personalCompose personalReply rsid pPr rPr tblPr trPr tcPr "
    "tblStylePr"
)


def _set_ordered(parent: Any, name: str, order: list[str]) -> Any:
    """The child ``name`` of ``parent``, made where the schema's sequence puts it if absent."""
    found = parent.find(w(name))
    if found is not None:
        return found
    child = etree.Element(w(name))
    rank = order.index(name)
    for index, sibling in enumerate(parent):
        local = etree.QName(sibling).localname
        if local in order and order.index(local) > rank:
            parent.insert(index, child)
            return child
    parent.append(child)
    return child


def _first_child(parent: Any, name: str, after: tuple[str, ...] = ()) -> Any:
    """The child ``name`` of ``parent``, made as its first child (after ``after``) if absent."""
    found = parent.find(w(name))
    if found is not None:
        return found
    child = etree.Element(w(name))
    index = 0
    while index < len(parent) and etree.QName(parent[index]).localname in after:
        index += 1
    parent.insert(index, child)
    return child


_HEADING_NAME = re.compile(r"(?:heading|rubrik)\s*([1-9])", re.IGNORECASE)


def _styles(package: Package) -> Iterator[Any]:
    for name in ("word/styles.xml", "word/stylesWithEffects.xml"):
        root = package.part(name)
        if root is not None:
            yield from root.findall(w("style"))


def _style_name(style: Any) -> str:
    name = style.find(w("name"))
    return "" if name is None else str(name.get(VAL, ""))


def heading_styles(package: Package) -> dict[str, int]:
    """The paragraph styles that are headings, by id: their level (1 for Heading 1), from the
    name ("heading 2", "Rubrik 2") or the outline level the style gives."""
    out: dict[str, int] = {}
    for style in _styles(package):
        if style.get(w("type")) != "paragraph":
            continue
        level = None
        if found := _HEADING_NAME.fullmatch(_style_name(style).strip()):
            level = int(found.group(1))
        outline = style.find(f"{w('pPr')}/{w('outlineLvl')}")
        if level is None and outline is not None and outline.get(VAL, "").isdigit():
            level = int(outline.get(VAL)) + 1 if int(outline.get(VAL)) < 9 else None
        if level is not None:
            out[style.get(w("styleId"), "")] = level
    return out


def _is_heading(p: Any, headings: dict[str, int]) -> bool:
    style = p.find(f"{w('pPr')}/{w('pStyle')}")
    if style is not None and style.get(VAL) in headings:
        return True
    outline = p.find(f"{w('pPr')}/{w('outlineLvl')}")
    return outline is not None and outline.get(VAL, "9") < "9"


def _shown_ts(p: Any) -> list[Any]:
    """The paragraph's own w:t elements (not a nested text box's, not deleted text)."""
    out = []
    for t in p.iter(w("t")):
        ancestor = t.getparent()
        inside = False
        while ancestor is not None and ancestor is not p:
            if etree.QName(ancestor).localname in ("txbxContent", "del", "moveFrom", "p"):
                inside = True
                break
            ancestor = ancestor.getparent()
        if not inside:
            out.append(t)
    return out


def _empty_paragraph() -> Any:
    return etree.Element(w("p"))


# --- the variations --------------------------------------------------------------------------


def tomma_stycken(package: Package) -> None:
    """An empty paragraph before and after every table and every heading, as documents
    exported from case-management and intranet systems have them (and writers who space
    with Enter). Two tables side by side are left so: a paragraph between them would split
    what Word shows as one table."""
    headings = heading_styles(package)
    targets = [t for t in package.document.iter(w("tbl"))]
    targets += [p for p in package.document.iter(w("p")) if _is_heading(p, headings)]
    for element in targets:
        before, after = element.getprevious(), element.getnext()
        table = element.tag == w("tbl")
        if not (table and before is not None and before.tag == w("tbl")):
            element.addprevious(_empty_paragraph())
        if not (table and after is not None and after.tag == w("tbl")):
            element.addnext(_empty_paragraph())  # before a final w:sectPr is its place too


_STYLE_REFS = ("pStyle", "basedOn", "next", "link", "rStyle")


def egna_rubrikformat(package: Package) -> None:
    """Heading 1–4 renamed to a template's own styles, "Rubrik A" … "Rubrik D", each keeping
    its outline level (as kommunens mallar do: "KS Rubrik", "Avsnittsrubrik"), the style
    definitions and every reference to them renamed alike."""
    renamed: dict[str, str] = {}
    for style in _styles(package):
        found = _HEADING_NAME.fullmatch(_style_name(style).strip())
        if style.get(w("type")) != "paragraph" or not found or not 1 <= int(found.group(1)) <= 4:
            continue
        level = int(found.group(1))
        letter = "ABCD"[level - 1]
        old = style.get(w("styleId"), "")
        renamed[old] = f"Rubrik{letter}"
        renamed[old + "Char"] = f"Rubrik{letter}Char"
        style.set(w("styleId"), f"Rubrik{letter}")
        style.find(w("name")).set(VAL, f"Rubrik {letter}")
        p_pr = _set_ordered(style, "pPr", _STYLE_ORDER)
        outline = _set_ordered(p_pr, "outlineLvl", _PPR_ORDER)
        outline.set(VAL, str(level - 1))
    for style in _styles(package):  # the linked character styles: "Rubrik A Char"
        old = style.get(w("styleId"), "")
        if style.get(w("type")) == "character" and old in renamed:
            style.set(w("styleId"), renamed[old])
            style.find(w("name")).set(VAL, renamed[old].replace("Rubrik", "Rubrik ", 1))
    for root in package.xml_parts():
        for name in _STYLE_REFS:
            for ref in root.iter(w(name)):
                if ref.get(VAL) in renamed:
                    ref.set(VAL, renamed[ref.get(VAL)])


_GROUP_SPACE = re.compile(r"(?<=\d) (?=\d{3}(?!\d))|(?<=\d) (?=%)")
_MINUS = re.compile(r"(?<![\w\u2212-])-(?=\d)")


def hårda_mellanslag(package: Package) -> None:
    """No-break spaces in figures ("1 234", "85 %" with U+00A0) and a real minus sign (U+2212)
    before a negative figure, as documents typeset by a careful writer or exported from an
    economy system have them."""
    for t in package.document.iter(w("t")):
        if t.text:
            text = _GROUP_SPACE.sub("\u00a0", t.text)
            t.text = _MINUS.sub("\u2212", text)


def ingen_tabellstil(package: Package) -> None:
    """Tables without a table style and without borders: plain tables, as a document pasted
    from a web page or exported from a spreadsheet has them (cell shading is kept: it may be
    the only mark of a status)."""
    for tbl_pr in package.document.iter(w("tblPr")):
        for name in ("tblStyle", "tblBorders"):
            for child in tbl_pr.findall(w(name)):
                tbl_pr.remove(child)
    for tc_pr in package.document.iter(w("tcPr")):
        for child in tc_pr.findall(w("tcBorders")):
            tc_pr.remove(child)


def _layout_table(blocks: list[Any]) -> Any:
    """A borderless one-cell table holding ``blocks``."""
    tbl = etree.Element(w("tbl"))
    tbl_pr = etree.SubElement(tbl, w("tblPr"))
    width = etree.SubElement(tbl_pr, w("tblW"))
    width.set(w("w"), "5000")
    width.set(w("type"), "pct")
    borders = etree.SubElement(tbl_pr, w("tblBorders"))
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        etree.SubElement(borders, w(side)).set(VAL, "nil")
    etree.SubElement(etree.SubElement(tbl, w("tblGrid")), w("gridCol")).set(w("w"), "9638")
    tc = etree.SubElement(etree.SubElement(tbl, w("tr")), w("tc"))
    tc_width = etree.SubElement(etree.SubElement(tc, w("tcPr")), w("tcW"))
    tc_width.set(w("w"), "5000")
    tc_width.set(w("type"), "pct")
    for block in blocks:
        tc.append(block)
    if not blocks or blocks[-1].tag != w("p"):
        tc.append(_empty_paragraph())  # a cell ends in a paragraph
    return tbl


def layouttabell(package: Package) -> None:
    """The body laid out in a borderless one-cell table, as some templates frame the page.
    A section break cannot be inside a table, so each section is framed by its own table with
    the paragraph carrying the section's properties after it."""
    body = package.body
    blocks = [child for child in body if child.tag != w("sectPr")]
    out: list[Any] = []
    section: list[Any] = []
    for child in blocks:
        body.remove(child)
        if child.tag == w("p") and child.find(f"{w('pPr')}/{w('sectPr')}") is not None:
            if section:
                out.append(_layout_table(section))
            out.append(child)
            section = []
        else:
            section.append(child)
    if section:
        out.append(_layout_table(section))
    for index, block in enumerate(out):
        body.insert(index, block)


def fetstil_på_allt(package: Package) -> None:
    """Every table's first column in bold, as kommuner that bold their row names have it."""
    for tbl in package.document.iter(w("tbl")):
        for tr in tbl.findall(w("tr")):
            first = tr.find(w("tc"))
            if first is None:
                continue
            for r in first.iter(w("r")):
                r_pr = _first_child(r, "rPr")
                bold = _set_ordered(r_pr, "b", _RPR_ORDER)
                bold.attrib.pop(VAL, None)


def mjuka_radbrytningar(package: Package) -> None:
    """A soft line break (Shift+Enter, ``w:br``) for a space in the middle of every paragraph
    longer than 200 characters, as writers break lines by hand to even out the ragged edge:
    the reader sees the same words, broken at another place."""
    headings = heading_styles(package)
    for p in package.document.iter(w("p")):
        if _is_heading(p, headings):
            continue
        ts = _shown_ts(p)
        text = "".join(t.text or "" for t in ts)
        if len(text) <= 200:
            continue
        middle, offset, best = len(text) // 2, 0, None
        for t in ts:
            for index, char in enumerate(t.text or ""):
                if char == " " and (best is None or abs(offset + index - middle) < best[0]):
                    best = (abs(offset + index - middle), t, index)
            offset += len(t.text or "")
        if best is None:
            continue
        _, t, index = best
        before, after = t.text[:index], t.text[index + 1 :]
        t.text = before
        t.set(XML_SPACE, "preserve")
        tail = etree.Element(w("t"))
        tail.text = after
        tail.set(XML_SPACE, "preserve")
        t.addnext(etree.Element(w("br")))
        t.getnext().addnext(tail)


_SPLITTABLE = {w("t"), w("tab"), w("br")}


def uppdelade_körningar(package: Package) -> None:
    """Every run of text split into runs of at most three characters with the same
    properties, as Word fragments runs by the revision ids (rsid) of each editing session."""
    for r in list(package.document.iter(w("r"))):
        content = [c for c in r if c.tag != w("rPr")]
        if not content or any(c.tag not in _SPLITTABLE for c in content):
            continue
        if any(c.tag == w("br") and c.get(w("type")) for c in content):
            continue  # page and column breaks stay as they are
        r_pr = r.find(w("rPr"))
        pieces: list[Any] = []
        for child in content:
            if child.tag != w("t"):
                pieces.append(child)
                continue
            text = child.text or ""
            for start in range(0, len(text), 3):
                t = etree.Element(w("t"))
                t.text = text[start : start + 3]
                t.set(XML_SPACE, "preserve")
                pieces.append(t)
        if len(pieces) < 2:
            continue
        for piece in pieces:
            run = etree.Element(w("r"))
            for name, value in r.attrib.items():
                run.set(name, value)
            if r_pr is not None:
                run.append(etree.fromstring(etree.tostring(r_pr)))
            run.append(piece)
            r.addprevious(run)
        r.getparent().remove(r)


def versaler_i_rubriker(package: Package) -> None:
    """Heading styles shown in capitals (``w:caps`` in the style), the text stored as written,
    as templates with "INLEDNING"-style headings do."""
    headings = heading_styles(package)
    for style in _styles(package):
        if style.get(w("type")) == "paragraph" and style.get(w("styleId")) in headings:
            r_pr = _set_ordered(style, "rPr", _STYLE_ORDER)
            _set_ordered(r_pr, "caps", _RPR_ORDER)


def tabellrubrikrad(package: Package) -> None:
    """Each table's first row marked as a header row repeated on every page (``w:tblHeader``),
    as long tables in published plans have it."""
    for tbl in package.document.iter(w("tbl")):
        tr = tbl.find(w("tr"))
        if tr is not None:
            tr_pr = _first_child(tr, "trPr", after=("tblPrEx",))
            if tr_pr.find(w("tblHeader")) is None:
                etree.SubElement(tr_pr, w("tblHeader"))


def ingen_rubrikrad(package: Package) -> None:
    """No row marked as a repeated header row (``w:tblHeader`` removed): most tables people
    make themselves never have it, the header row is just the first row."""
    for tr_pr in package.document.iter(w("trPr")):
        for mark in tr_pr.findall(w("tblHeader")):
            tr_pr.remove(mark)


def stavningsmarkeringar(package: Package) -> None:
    """Word's proofing and bookmark marks between the runs of every paragraph (``w:proofErr``,
    an empty ``w:bookmarkStart``/``w:bookmarkEnd``), as every document edited in Word has
    them."""
    counter = 900
    for p in list(package.document.iter(w("p"))):
        runs = p.findall(w("r"))
        if not runs:
            continue
        counter += 1
        start = etree.Element(w("bookmarkStart"))
        start.set(w("id"), str(counter))
        start.set(w("name"), f"_Ref{counter}")
        end = etree.Element(w("bookmarkEnd"))
        end.set(w("id"), str(counter))
        runs[0].addprevious(start)
        runs[-1].addnext(end)
        for r in runs[1:]:
            mark = etree.Element(w("proofErr"))
            mark.set(w("type"), "spellStart")
            r.addprevious(mark)
            r.addnext(etree.Element(w("proofErr")))
            r.getnext().set(w("type"), "spellEnd")


def sidbrytningar(package: Package) -> None:
    """A paragraph holding only a page break before every top-level heading, as writers start
    each chapter on a new page by hand."""
    headings = heading_styles(package)
    for p in list(package.body.iter(w("p"))):
        style = p.find(f"{w('pPr')}/{w('pStyle')}")
        if style is not None and headings.get(style.get(VAL)) == 1:
            breaker = etree.Element(w("p"))
            etree.SubElement(etree.SubElement(breaker, w("r")), w("br")).set(w("type"), "page")
            p.addprevious(breaker)


_FIGURE = re.compile(r"[(+\-\u2212]?\s*\d[\d\s\u00a0,.]*\)?\s*(?:%|tkr|mnkr|kr)?")


def _field_run(kind: str) -> Any:
    run = etree.Element(w("r"))
    etree.SubElement(run, w("fldChar")).set(w("fldCharType"), kind)
    return run


def tal_som_fält(package: Package) -> None:
    """Every figure of a table cell shown as the result of a formula field ("= 1234" with
    Word's own number format), as budget tables whose sums and figures Word computes or links
    have them: the reader sees the field's last result, the figure as it was."""
    for tc in package.document.iter(w("tc")):
        paragraphs = [p for p in tc.findall(w("p")) if p.findall(w("r"))]
        texts = ["".join(t.text or "" for t in _shown_ts(p)) for p in paragraphs]
        if not texts or not all(_FIGURE.fullmatch(t.strip()) for t in texts):
            continue
        for p, text in zip(paragraphs, texts, strict=True):
            runs = p.findall(w("r"))
            instruction = etree.Element(w("r"))
            code = etree.SubElement(instruction, w("instrText"))
            code.text = f' = {re.sub(r"[^0-9,]", "", text)} \\# "# ##0" '
            code.set(XML_SPACE, "preserve")
            runs[0].addprevious(_field_run("begin"))
            runs[0].addprevious(instruction)
            runs[0].addprevious(_field_run("separate"))
            runs[-1].addnext(_field_run("end"))


def spårade_infogningar(package: Package) -> None:
    """Every run of text a tracked insertion (``w:ins``) not yet accepted, as a plan sent back
    with "Spåra ändringar" on has it: the document with the changes accepted is the same."""
    for index, r in enumerate(list(package.document.iter(w("r")))):
        if r.getparent().tag != w("p"):
            continue
        inserted = etree.Element(w("ins"))
        inserted.set(w("id"), str(5000 + index))
        inserted.set(w("author"), "Handläggare")
        inserted.set(w("date"), "2026-10-01T09:00:00Z")
        r.addprevious(inserted)
        inserted.append(r)


PERTURBATIONS: dict[str, Perturbation] = {
    "tomma_stycken": tomma_stycken,
    "egna_rubrikformat": egna_rubrikformat,
    "hårda_mellanslag": hårda_mellanslag,
    "ingen_tabellstil": ingen_tabellstil,
    "layouttabell": layouttabell,
    "fetstil_på_allt": fetstil_på_allt,
    "mjuka_radbrytningar": mjuka_radbrytningar,
    "uppdelade_körningar": uppdelade_körningar,
    "versaler_i_rubriker": versaler_i_rubriker,
    "tabellrubrikrad": tabellrubrikrad,
    "ingen_rubrikrad": ingen_rubrikrad,
    "stavningsmarkeringar": stavningsmarkeringar,
    "sidbrytningar": sidbrytningar,
    "tal_som_fält": tal_som_fält,
    "spårade_infogningar": spårade_infogningar,
}
"""Every variation by its name, in the order the report prints them."""

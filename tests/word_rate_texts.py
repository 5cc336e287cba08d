"""The texts of a Word document and of a plan, compared as a reader compares them: for the
corpus test that no text of the source is lost in the import (tests/word_rate.py counts the
items). The source is read straight from the .docx's XML, independently of the import."""

from __future__ import annotations

import re
import unicodedata
import zipfile
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

from lxml import etree

from tests.word_rate_dates import typed_day
from tests.word_shapes_model import Expected
from vplan_desktop import domain as d
from vplan_desktop.follow_up_data import STATUS_LABELS
from vplan_desktop.interchange import plan_to_json
from vplan_desktop.targets import parse_target

# --- normalising -----------------------------------------------------------------------------

_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2007": " ", "\t": " "})
_DASHES = str.maketrans({"\u2212": "-", "\u2013": "-", "\u2014": "-"})


def norm(text: str) -> str:
    """Text compared as a reader compares it: whitespace collapsed, case and dashes folded,
    Markdown's emphasis markers and escapes left out."""
    text = unicodedata.normalize("NFC", text).translate(_SPACES).translate(_DASHES)
    text = re.sub(r"\\(.)", r"\1", text).replace("*", "")
    return " ".join(text.split()).casefold()


def key(text: str) -> str:
    """A name compared: normalised, without leading dashes ("– varav …"), a trailing colon or
    full stop, or footnote stars."""
    return norm(text).strip(" :.-")


def chapter_key(text: str) -> str:
    """A heading compared without its section number ("3.2 Mål" → "mål")."""
    return re.sub(r"^\d+(?:\.\d+)*\.?\s+", "", key(text))


_NUMBER = re.compile(
    r"^([+-])?\s*(\d{1,3}(?: \d{3})+|\d+)(?:,(\d+))?\s*(%|procent|tkr|kkr|mnkr|kr|st|dagar|min)?$"
)


def number(text: str) -> tuple[Decimal, str] | None:
    """A Swedish number ("1 307", "-12 345", "35,71 %", "+1,65", a negative amount in
    parentheses "(1 234)" or with its minus after it "12 400-") and its unit; None for text
    that is no number."""
    clean = norm(text)
    bracketed = re.fullmatch(r"\(\s*([^()-]+?)\s*\)", clean) or re.fullmatch(
        r"(\d[\d ,]*?)\s?-", clean
    )
    found = _NUMBER.match(bracketed.group(1) if bracketed else clean)
    if found is None:
        return None
    sign, whole, decimals, unit = found.groups()
    sign = "-" if bracketed else sign
    value = Decimal(whole.replace(" ", "") + ("." + decimals if decimals else ""))
    return (-value if sign == "-" else value), {"procent": "%"}.get(unit or "", unit or "")


_DOTTED = re.compile(r"^[+-]?\s*(\d{1,3}(?:\.\d{3})+)(?:,(\d+))?\s*(?:%|tkr|kkr|mnkr|kr)?$")


def dotted(text: str) -> list[Decimal]:
    """The readings of a figure written with dots between groups of three digits ("-12.500",
    "1.200 tkr", "9.874,5"), without its sign: the dots as thousands separators (12 500) and,
    with one dot and no decimal comma, the dot as a decimal point (12,5); [] for any other
    text. Which the document meant is the import's question: the plan holds one of them."""
    found = _DOTTED.match(norm(text))
    if found is None:
        return []
    whole, decimals = found.groups()
    out = [Decimal(whole.replace(".", "") + ("." + decimals if decimals else ""))]
    if whole.count(".") == 1 and not decimals:
        out.append(Decimal(whole))
    return out


def canonical(value: Decimal) -> str:
    """The number as one token: no exponent, no trailing zeros, no sign."""
    return format(abs(value).normalize(), "f")


# --- nothing lost ----------------------------------------------------------------------------

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_DOC_PR = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"
_SKIPPED = {f"{W}del", f"{W}moveFrom", _MC_FALLBACK, f"{W}txbxContent", f"{W}instrText"}


class _Fields:
    """The fields open at a point of the document: a TOC field spans many paragraphs."""

    def __init__(self) -> None:
        self.stack: list[list[Any]] = []  # [instruction, past its separator]

    def char(self, kind: str | None) -> None:
        if kind == "begin":
            self.stack.append(["", False])
        elif kind == "separate" and self.stack:
            self.stack[-1][1] = True
        elif kind == "end" and self.stack:
            self.stack.pop()

    def showing(self) -> bool:
        """Whether text here is shown: not an instruction, not in a table of contents."""
        return all(sep and "TOC" not in instr.split()[:1] for instr, sep in self.stack)


def _runs(element: Any, fields: _Fields, out: list[str], boxes: list[Any]) -> None:
    for child in element:
        tag = child.tag
        if tag == f"{W}txbxContent":
            boxes.append(child)
        elif tag == f"{W}instrText":
            if fields.stack:
                fields.stack[-1][0] += child.text or ""
        elif tag == f"{W}fldChar":
            fields.char(child.get(f"{W}fldCharType"))
        elif tag in _SKIPPED:
            continue
        elif tag == f"{W}t":
            if fields.showing():
                out.append(child.text or "")
        elif tag == f"{W}r" and _note_mark(child, out):
            continue  # a reference to a note line, as Word's own footnote reference is
        elif tag == f"{W}r" and _crossed_out(child):
            continue  # struck-through or hidden: named in the import's report, not plan text
        elif tag in (f"{W}br", f"{W}cr") and child.get(f"{W}type") in (None, "textWrapping"):
            out.append(SOFT_BREAK)
        elif tag in (f"{W}tab", f"{W}br", f"{W}cr"):
            out.append(" ")
        elif tag == _DOC_PR and child.get("descr"):
            boxes.append(child.get("descr"))
        else:
            _runs(child, fields, out, boxes)


def _crossed_out(run: Any) -> bool:
    """A run struck through (a draft's old figure) or hidden (text Word does not print)."""
    for mark in ("strike", "dstrike", "vanish"):
        found = run.find(f"{W}rPr/{W}{mark}")
        if found is not None and found.get(f"{W}val", "true") not in ("0", "false", "off"):
            return True
    return False


def _note_mark(run: Any, before: list[str]) -> bool:
    """A superscript run of note numbers ("1", "2,3") right after a figure ("85 %") or a word
    that is no unit ("Andel nöjda¹", "(AMI)¹"; "m²" is a power)."""
    align = run.find(f"{W}rPr/{W}vertAlign")
    if align is None or align.get(f"{W}val") != "superscript":
        return False
    text = "".join(t.text or "" for t in run.findall(f"{W}t"))
    if not re.fullmatch(r"\s*\d{1,2}(?:\s*,\s*\d{1,2})*\s*", text):
        return False
    last = "".join(before)
    if re.search(r"[\d%]\s*$", last):
        return True
    unit = re.search(r"(?<![^\W\d_])(?:kvm|[kcdm]?m)$", last, re.IGNORECASE)
    return re.search(r"(?:[^\W\d_]{3,}|\))$", last) is not None and unit is None


def _paragraph(p: Any, fields: _Fields) -> list[str]:
    """The paragraph's text, then the texts of its text boxes and pictures' alt texts."""
    style = p.find(f"{W}pPr/{W}pStyle")
    in_toc = style is not None and re.fullmatch(r"TOC\d|TOCHeading", style.get(f"{W}val", ""))
    words: list[str] = []
    boxes: list[Any] = []
    _runs(p, fields, words, boxes)
    out = [] if in_toc else ["".join(words)]
    for box in boxes:
        if isinstance(box, str):
            out.append(box)
        else:
            for inner in box.iter(f"{W}p"):
                out.append("".join(_text_of(inner)))
    return out


def _text_of(p: Any) -> list[str]:
    words: list[str] = []
    _runs(p, _Fields(), words, [])
    return words


CELL_BREAK = "\u204b"
"""Between a cell's paragraphs: the cell is one text, or each of its paragraphs is (a cell
listing several indicators, one per paragraph)."""

SOFT_BREAK = "\u2028"
"""A soft line break (Shift+Enter): a break between a paragraph's lines, the paragraph one
text or each line one (a heading line over its body in a plan converted from a PDF), and in
a cell a break between its lines as a paragraph's end is (a cell stacking several indicators
one per line)."""


def _blocks(parent: Any, fields: _Fields, out: list[str]) -> None:
    for child in parent:
        if child.tag == f"{W}p":
            out += [text.replace(SOFT_BREAK, CELL_BREAK) for text in _paragraph(child, fields)]
        elif child.tag == f"{W}tbl":
            for tc in child.iter(f"{W}tc"):
                texts: list[str] = []
                for p in tc.findall(f"{W}p"):
                    texts += [t for text in _paragraph(p, fields) for t in text.split(SOFT_BREAK)]
                out.append(CELL_BREAK.join(texts))
        elif child.tag == f"{W}sdt":
            gallery = child.find(f".//{W}docPartGallery")
            if gallery is not None and "Contents" in gallery.get(f"{W}val", ""):
                continue
            content = child.find(f"{W}sdtContent")
            if content is not None:
                _blocks(content, fields, out)
        elif child.tag in (f"{W}customXml", f"{W}ins"):
            _blocks(child, fields, out)


def source_texts(path: Path) -> list[str]:
    """Every non-empty paragraph, table cell, text box line, picture alt text, footnote and
    endnote of the .docx as Word shows it with all changes accepted; the table of contents,
    page headers and footers, field instructions and comments left out."""
    with zipfile.ZipFile(path) as package:
        body = etree.fromstring(package.read("word/document.xml")).find(f"{W}body")
        parts = [f"word/{kind}s.xml" for kind in ("footnote", "endnote")]
        notes = [etree.fromstring(package.read(p)) for p in parts if p in package.namelist()]
    out: list[str] = []
    _blocks(body, _Fields(), out)
    for part in notes:
        for note in (*part.findall(f"{W}footnote"), *part.findall(f"{W}endnote")):
            if note.get(f"{W}type") in (None, "normal"):
                out.append(" ".join("".join(_text_of(p)) for p in note.iter(f"{W}p")))
    return [" ".join(t.split()) for t in out if t.strip()]


def _strings(data: Any, out: list[str]) -> None:
    if isinstance(data, dict):
        for name, value in data.items():
            # the links between rows are no text of the plan; a Kolada id is
            links = name == "id" or (name.endswith("_id") and name != "kolada_id")
            if name in ("data", "farg", "format") or links:
                continue
            if re.fullmatch(r"\d{4}|[a-z]+-\d{4}", str(name)):
                out.append(str(name))
            _strings(value, out)
    elif isinstance(data, list):
        for value in data:
            _strings(value, out)
    elif isinstance(data, bool) or data is None:
        return
    elif isinstance(data, int | float):
        out.append(canonical(Decimal(str(data))))
    elif isinstance(data, str):
        out.append(data)


_STATUS_WORDS = {
    "klar": ("Klart", "Genomförd", "Genomfört", "Slutförd", "Slutfört"),
    "pagar": ("Pågående", "Påbörjad"),
    "ej_paborjad": ("Ej startad", "Ej startat", "Inte startad", "Inte påbörjad"),
    "avbruten": ("Avbrutet",),
}
"""The words a document may print for a follow-up status the plan shows by another word: the
status is the source's word read, not a text lost."""


def plan_texts(plan: d.PlanSnapshot) -> str:
    """Every string and number of the plan (its JSON export), with the words the plan shows
    for its choices (statuses, "Egen tid", the risk value), pieces apart by " ¶ "."""
    out: list[str] = []
    _strings(plan_to_json(plan), out)
    u = plan.uppgifter
    out += [u.ordforande_text, u.status_text]
    for a in plan.aktiviteter:
        out.append(d.aktivitet_status_label(a.status))
        out.append("Egen tid" if a.egen_tid else "")
    for period in plan.uppfoljningar:
        for held in period.aktiviteter.values():
            if held.status:
                out += [STATUS_LABELS[held.status], *_STATUS_WORDS.get(held.status.value, ())]
    out += [str(c.riskvarde) for c in plan.internkontroll if c.riskvarde is not None]
    return " ¶ ".join(t for t in out if t)


def _in(text: str, blob: str) -> bool:
    return bool(text) and re.search(rf"(?<!\w){re.escape(text)}(?!\w)", blob) is not None


_TYPED_BULLET = re.compile(r"^\s*[•●▪■◦‣∙–—]\s+")
"""A typed list mark: a bullet or a dash and a space (a tab, whitespace collapsed)."""
_LABELLED_YEARED = re.compile(
    r"(?:[a-zåäö]+\s+)?(?P<figure>[-+]?\d[\d ]*(?:,\d+)?(?:\s*%)?)(?:\s+(?P<unit>[a-zåäö]{2,12}))?"
    r"\s*\((?P<year>(?:19|20)\d\d)\)"
)
_LINE_HYPHEN = re.compile(r"(?<=[a-zåäöéü])-(?=[a-zåäöéü])")


def goal_names(plan: d.PlanSnapshot) -> set[str]:
    """The names the plan holds as målområden and goals (for ``lost_texts``: "Målområde
    Lärande" over the area "Lärande" is its level's label and its name)."""
    return {m.namn for m in plan.malomraden} | {g.text for g in plan.namndsmal}


_LEVEL = re.compile(
    r"^(?:målområde|målområdet|perspektiv|perspektivet|fokusområde|fokusområdet|"
    r"strategiskt område|inriktningsområde|utvecklingsområde|verksamhetsområde|"
    r"kf-mål|kommunmål|nämndmål|nämndsmål|inriktningsmål|effektmål|verksamhetsmål|"
    r"övergripande mål|strategiskt mål|delmål|mål)\s+(?=\S)"
)
"""A goal level's word before the name it labels ("Målområde Lärande", "Perspektiv Ekonomi")."""


def lost_texts(
    sources: Iterable[str], plan_text: str, expected: Expected, names: Iterable[str] = ()
) -> list[str]:
    """The source texts the plan does not hold: each must be in it as words (a number may be
    an amount, "Mål 2027: …" its sentence), or be structure the expectation names. ``names``
    are the plan's målområden and goals (``goal_names``): a level's word before one of them
    ("Målområde Lärande") is a label, as "Målområde: Lärande" is."""
    blob = norm(plan_text)
    held = {norm(n).rstrip(".") for n in names}
    numbers = set(re.findall(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])", blob))
    structure = {norm(s) for s in expected.structure}

    def found(piece: str) -> bool:
        # "(2025: 84 %, mål 2027: 88 %)" split into sentences: "88 %)" is the figure 88 %
        if piece.count("(") != piece.count(")"):
            piece = piece.strip("() ,;")
        # A goal's label ("Mål 1." or "Mål 1 –" before its words) is its number, as "3.2" is a
        # heading's.
        piece = norm(piece)
        label = re.match(
            r"(?:mål|nämndmål|nämndsmål|prioritering|åtagande)\s+(\d+(?:\.\d+)*)"
            r"(?:[.:]|\s+[–—-])?(?:\s+|$)",
            piece,
        )
        if label is not None and label.group(1) in numbers:
            piece = piece[label.end() :]
            if not piece:
                return True
        parsed = number(piece.rstrip("."))  # "Nuläge 2025: 6 412.": the sentence's full stop
        if parsed is not None and canonical(parsed[0]) in numbers:
            return True
        # "-12.500": the plan holds 12 500 (a dot between the thousands) or 12,5 (a decimal
        # point); a figure the plan holds neither way is lost
        if any(canonical(reading) in numbers for reading in dotted(piece)):
            return True
        # "1/6 2027", "31 dec 2027": a typed day the plan holds as a date
        if (day := typed_day(piece)) is not None and _in(day.isoformat(), blob):
            return True
        # two columns a PDF's converter merged ("142 136" under "Nuläge 2025 Mål 2027"):
        # two figures the plan holds apart
        words = piece.split()
        for at in range(1, len(words)):
            pair = [number(" ".join(part)) for part in (words[:at], words[at:])]
            if all(p is not None and canonical(p[0]) in numbers for p in pair):
                return True
        # "Utgångsläge 58 % (2025)": a labelled figure and its year, held apart; "4,5 veckor
        # (2025)": the figure, its unit in words (the indicator's unit) and its year
        yeared = _LABELLED_YEARED.fullmatch(piece.rstrip("."))
        unit_held = yeared is not None and (not yeared["unit"] or _in(yeared["unit"], blob))
        if yeared is not None and unit_held and found(yeared["figure"]) and found(yeared["year"]):
            return True
        # "≥ 25 %", "minst 4,0": the plan holds the number and the comparison apart, and
        # "max 10 dagar" the unit in words as well (the indicator's unit); "minst 80 %
        # årligen" is that target in each year of the plan
        worded = re.fullmatch(r"(.*\d(?:\s*%)?)\s+([a-zåäö]{2,12})", norm(piece))
        # ("minst 31." ends its sentence: the full stop is no part of the target)
        for target, unit in ((piece.rstrip("."), ""), worded.groups() if worded else ("", "")):
            value, jamforare = parse_target(target) if target else (None, None)
            held = isinstance(value, Decimal) and canonical(value) in numbers
            worded_unit = not unit or unit == "årligen" or _in(unit, blob)
            if jamforare is not None and held and worded_unit:
                return True
        # A heading's outline number ("3.2 Mål") is the document's structure.
        # A lettered one ("A. Inledning", "D.1 Trygghet") as well.
        # A Roman one ("ii. omvärld") and a typed list number ("1)") too; a word typed
        # spaced out ("e k o n o m i") is that word.
        outline = r"^(?:\d+(?:\.\d+)*[.)]?|[a-zåäö](?:\.\d+)+\.?|[a-zåäö]\.|[ivx]{2,5}\.)\s+(?=\D)"
        piece = re.sub(outline, "", norm(piece)).rstrip(".:!?;, ")
        if re.fullmatch(r"(?:\w ){3,}\w", piece):
            piece = piece.replace(" ", "")
        # a hyphen a PDF's line end left inside a word ("verk-samhet") a reader drops
        return _in(piece, blob) or _in(_LINE_HYPHEN.sub("", piece), blob)

    def kept(text: str) -> bool:
        if norm(text) in structure or found(text):
            return True
        plain = re.sub(r"^\d+(?:\.\d+)*\.?\s+", "", norm(text))  # "2.1 Målområde Lärande"
        labelled = _LEVEL.match(plain)
        if labelled is not None and plain[labelled.end() :].rstrip(".") in held:
            return True
        # "Besök … (N09410)": the indicator's name and its Kolada id, held apart
        named = re.fullmatch(r"(.+?)\s*\((?:kolada:?\s*)?([nu]\d{5})\)", norm(text))
        if named is not None and all(found(piece) for piece in named.groups()):
            return True
        # "Minst 85 % (2027), 90 % (2028)": targets listed with their years, held apart
        listed = [_YEARED.match(p.strip()) for p in re.split(r",\s+", norm(text))]
        if len(listed) > 1 and all(
            m is not None and found(m["figure"]) and found(m["year"]) for m in listed
        ):
            return True
        return _held_apart(norm(text), found)

    def moved(text: str) -> bool:
        # "KS 1 <goal>": the goal's code (as printed, or as its kod "KS1" without the space,
        # as ``word_heading_codes`` reads it) and its words held apart; "58 % → 65 %", "från A
        # till B", "65 % (58 %)": a baseline and a target held apart; "NKI 68", "Betyg 4,0 av
        # 5": a figure and the label (or scale) the plan holds as its unit or name
        coded = re.fullmatch(
            r"([A-ZÅÄÖ]{1,4} ?\d{1,2}|\d{1,2}:\d{1,2})[.:)]?\s+(\S.*)", text.strip()
        )  # "1:2 <goal>": a goal coded by perspective and number, as in a perspective matrix
        if coded is not None and found(coded[2]):
            code = norm(coded[1])
            if _in(code, blob) or _in(code.replace(" ", ""), blob):
                return True
        text = norm(text)
        if (change := _CHANGE.fullmatch(text)) is not None:  # "<name> ökar från A (2025) till …"
            targets = [_YEAR_LAST.fullmatch(p) for p in re.split(r",\s+|\s+och\s+", change[3])]
            if (
                found(change[1])
                and (found(change[2]) or moved(change[2]))
                and all(
                    t is not None and found(t[2]) and (not t[1] or found(t[1])) for t in targets
                )
            ):
                return True
        if (costs := _AMOUNTS.fullmatch(text)) is not None:  # "<project>: 500 tkr 2027 och …"
            sums = [_AMOUNT_YEAR.fullmatch(p) for p in re.split(r",\s+|\s+och\s+", costs[2])]
            if found(costs[1]) and all(
                a is not None and found(a[1]) and (not a[2] or found(a[2])) for a in sums
            ):
                return True
        sides = _MOVE.fullmatch(text) or _FROM_TO.fullmatch(text) or _BRACKET.fullmatch(text)
        parts = [p.strip() for p in sides.groups()] if sides is not None else [text]
        return all(found(p) or labelled(p) for p in parts) and (sides is not None or labelled(text))

    def labelled(text: str) -> bool:
        figure = _LABEL_FIGURE.fullmatch(text)
        scale = figure is not None and (not figure["scale"] or _in(figure["scale"], blob))
        return scale and figure is not None and _in(figure["label"], blob) and found(figure[2])

    lost = []
    for cell in sources:
        # a bullet typed before the item ("•⇥Ett eftersatt …") is the list's mark, not its text
        parts = [_TYPED_BULLET.sub("", p) for p in cell.split(CELL_BREAK) if p.strip()]
        text = " ".join(parts)
        if kept(text) or moved(text) or (len(parts) > 1 and all(kept(p) for p in parts)):
            continue
        pieces = [s for s in re.split(r"(?<=[.!?:])\s+", norm(text)) if s]
        labels = [s for s in pieces if s.endswith(":")]
        if not all(found(s) for s in pieces if s not in labels or len(pieces) == len(labels)):
            lost.append(text)
    return lost


_CHAIN = re.compile(r"\s*(?:→|->|⇒)\s*")
_MOVE = re.compile(r"(.*\d.*?)\s*(?:→|->|⇒)\s*(.*\d.*)")
_FROM_TO = re.compile(r"från\s+(.*\d.*?)\s+till\s+(.*\d.*)")
_CHANGE = re.compile(
    r"(.+?)\s+(?:ökar|minskar|sjunker|stiger)\s+från\s+(.*\d.*?)\s+till\s+(.*\d.*?)\.?"
)
"""An indicator's sentence of its change: its name, its nuläge and its targets held apart."""
_AMOUNTS = re.compile(r"(.+?)[:,]\s+(\d.*?)\.?")
_AMOUNT_YEAR = re.compile(
    r"(\d[\d ]*(?:,\d+)?)\s*(?:tkr|mnkr|kr)"
    r"(?:\s+(?:per år|varje år|årligen|(?:år\s+)?((?:19|20)\d\d)))?"
)
"""A project's amounts by year in words ("<project>: 500 tkr 2027 och …", a bullet
"<project>, 250 tkr" in the year its list names): each amount (and its year) held apart."""
_YEAR_LAST = re.compile(r"(?:(.*?\d.*?)\s+)?(?:år\s+)?((?:19|20)\d\d)")
"""A target and its year after "till" ("högst 4,0 veckor 2027", "80 år 2028", "2029")."""
_BRACKET = re.compile(r"(.*\d.*?)\s*\(([^()]*\d[^()]*)\)")
_LABEL_FIGURE = re.compile(
    r"(?P<label>[a-zåäö]{2,12})\s+((?:minst|högst)?\s*\d[\d ,]*%?)(?:\s+(?P<scale>av \d{1,3}))?"
)
_YEARED = re.compile(r"^(?P<figure>.*?\S)\s*\((?:[a-zåäö]+\s)?(?P<year>(?:19|20)\d\d)\)$")
_CLOSING = re.compile(r"^(?P<name>.*?\S)\s*\((?P<parts>[^()]+)\)\.?$")
_OWNER_LABEL = re.compile(r"^(?:ansv\.|ansvarig:|ansvar:|klart:?(?=\s+\S))\s*")
_FIGURE = re.compile(r"\d[\d ]*(?:,\d+)?(?:\s*%)?")
_DASHED = re.compile(
    r"^(?P<name>[^-]+?\S) - (?P<figures>\d[\d ,%]*\((?:19|20)\d\d\),?"
    r"(?:\s+(?:mål|och|år)|\s+\d[\d ,]*%?)+)\.?$"
)


def _held_apart(text: str, found: Callable[[str], bool]) -> bool:
    """A line giving an indicator with its figures chained after its name ("sjukfrånvaro 6,8 %
    (2025) → 5,5 % (2027)"): the name, each figure and its year held apart; a line closing
    with a parenthesis of short parts ("meröppet bibliotek (bibliotekschef, vt 2027)"): the
    name and each part held apart."""
    links = _CHAIN.split(text)
    if len(links) > 1:
        chained = [_YEARED.match(link) for link in links]
        if any(f is None or not found(f["year"]) for f in chained):
            return False
        first, *later = (f["figure"] for f in chained if f is not None)
        words = first.split()
        named = any(
            found(" ".join(words[:at]).rstrip(" :-")) and found(" ".join(words[at:]))
            for at in range(1, len(words))
        )
        return named and all(found(figure) for figure in later)
    dashed = _DASHED.match(text)  # "sjukfrånvaro – 7,2 % (2025), mål 6,5 % 2027 och 6 % 2028"
    if dashed is not None:
        figures = _FIGURE.findall(dashed["figures"])
        return found(dashed["name"]) and bool(figures) and all(found(f) for f in figures)
    closing = _CLOSING.match(text)
    if closing is None:
        return False
    # "(ansv. hr-chef, senast 31/5)", "(klart oktober 2027)": the owner's or deadline's label
    # is no text of its own
    parts = [_OWNER_LABEL.sub("", p.strip()) for p in closing["parts"].split(",")]
    return found(closing["name"]) and all(p and len(p) <= 40 and found(p) for p in parts)


def texts_in(plan_text: str, strings: Iterable[str]) -> Iterator[str]:
    """The ``strings`` the plan holds (what must be absent)."""
    blob = norm(plan_text)
    return (s for s in strings if norm(s) in blob)


def numbers_in(text: str) -> set[Decimal]:
    """The numbers a line of the report names ("1 840 mot 1 740"), without their signs."""
    found = re.findall(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+", text)
    return {Decimal(re.sub(r"\s", "", n)) for n in found}

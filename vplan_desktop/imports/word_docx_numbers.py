"""The numbers Word shows before numbered paragraphs (headings numbered "4.2.1" by a multilevel
list linked to their styles): they are not in the text, so they are counted here as Word counts
them from numbering.xml – each list's levels with their start values, formats and level texts
("%1.%2.%3"), a level restarting the levels under it, lists sharing an abstract list counting
on together unless a list starts its own count (``w:startOverride``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _w(name: str) -> str:
    return f"{{{W}}}{name}"


_VAL = _w("val")


@dataclass(frozen=True, slots=True)
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = ""
    style: str = ""
    """The paragraph style linked to the level (``w:pStyle``): its paragraphs are numbered at
    this level."""


@dataclass
class _Counter:
    levels: dict[int, Level]
    counts: dict[int, int] = field(default_factory=dict)


def _int(element: etree._Element | None, default: int) -> int:
    raw = element.get(_VAL, "") if element is not None else ""
    return int(raw) if raw.lstrip("-").isdigit() else default


def _roman(number: int) -> str:
    out = ""
    for value, letters in (
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ):
        while number >= value:
            out += letters
            number -= value
    return out


def shown(number: int, fmt: str) -> str:
    """``number`` in the list format ``fmt`` ("decimal", "upperLetter", "lowerRoman" …)."""
    if fmt in ("lowerLetter", "upperLetter") and number > 0:
        letter = chr(ord("a") + (number - 1) % 26) * ((number - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman") and number > 0:
        roman = _roman(number)
        return roman.upper() if fmt == "upperRoman" else roman
    if fmt == "decimalZero":
        return f"{number:02d}"
    if fmt in ("bullet", "none"):
        return ""
    return str(number)


def _levels(element: etree._Element) -> dict[int, Level]:
    out = {}
    for level in element.iter(_w("lvl")):
        raw = level.get(_w("ilvl"), "0")
        ilvl = int(raw) if raw.isdigit() else 0
        fmt = level.find(_w("numFmt"))
        text = level.find(_w("lvlText"))
        style = level.find(_w("pStyle"))
        out[ilvl] = Level(
            style=style.get(_VAL, "") if style is not None else "",
            start=_int(level.find(_w("start")), 1),
            fmt=fmt.get(_VAL, "decimal") if fmt is not None else "decimal",
            text=text.get(_VAL, "") if text is not None else "",
        )
    return out


class ListNumbers:
    """Counts a document's numbered paragraphs, in reading order, the way Word shows them."""

    def __init__(self, root: etree._Element | None) -> None:
        self.abstract: dict[str, dict[int, Level]] = {}
        self.nums: dict[str, tuple[str, dict[int, int]]] = {}
        """numId → (abstractNumId, the start values it overrides per level)."""
        self.counters: dict[str, _Counter] = {}
        if root is None:
            return
        for element in root.iter(_w("abstractNum")):
            self.abstract[element.get(_w("abstractNumId"), "")] = _levels(element)
        for num in root.iter(_w("num")):
            ref = num.find(_w("abstractNumId"))
            starts = {
                int(o.get(_w("ilvl"), "0")): _int(o.find(_w("startOverride")), 1)
                for o in num.iter(_w("lvlOverride"))
                if o.find(_w("startOverride")) is not None and o.get(_w("ilvl"), "0").isdigit()
            }
            abstract = ref.get(_VAL, "") if ref is not None else ""
            self.nums[num.get(_w("numId"), "")] = (abstract, starts)

    def next(self, num_id: str, ilvl: int) -> str:
        """The number Word shows for the next paragraph of list ``num_id`` at level ``ilvl``
        ("4.2.1"); "" for a list it does not number (bullets, an unknown list)."""
        if num_id not in self.nums:
            return ""
        abstract, starts = self.nums[num_id]
        levels = self.abstract.get(abstract, {})
        key = num_id if starts else abstract
        counter = self.counters.get(key)
        if counter is None:
            merged = {
                i: Level(starts.get(i, lv.start), lv.fmt, lv.text) for i, lv in levels.items()
            }
            counter = self.counters[key] = _Counter(merged)
        level = counter.levels.get(ilvl)
        if level is None:
            return ""
        counter.counts[ilvl] = counter.counts.get(ilvl, level.start - 1) + 1
        for deeper in [i for i in counter.counts if i > ilvl]:
            del counter.counts[deeper]
        if level.fmt in ("bullet", "none"):
            return ""
        text = level.text
        for i in range(9):
            placeholder = f"%{i + 1}"
            if placeholder not in text:
                continue
            at = counter.levels.get(i, Level())
            count = counter.counts.get(i, at.start)
            text = text.replace(placeholder, shown(count, at.fmt))
        return text.strip()

    def paragraph(
        self, properties: etree._Element | None, style_id: str, style_num: tuple[str, int] | None
    ) -> str:
        """The number Word shows for a paragraph with ``properties`` (``w:pPr``) in the style
        ``style_id`` numbered by ``style_num``: the paragraph's own ``w:numPr`` first (numId 0
        switches numbering off), else its style's; "" when it is not numbered."""
        num_id, ilvl = style_num or ("", -1)
        num_pr = properties.find(_w("numPr")) if properties is not None else None
        if num_pr is not None:
            own_id, own_level = num_pr.find(_w("numId")), num_pr.find(_w("ilvl"))
            if own_id is not None:
                num_id = own_id.get(_VAL, "")
            if own_level is not None and own_level.get(_VAL, "").isdigit():
                ilvl = int(own_level.get(_VAL, "0"))
        if not num_id or num_id == "0" or num_id not in self.nums:
            return ""
        if ilvl < 0:  # the level linked to the style, else the first
            levels = self.abstract.get(self.nums[num_id][0], {})
            ilvl = next((i for i, lv in levels.items() if style_id and lv.style == style_id), 0)
        return self.next(num_id, ilvl)

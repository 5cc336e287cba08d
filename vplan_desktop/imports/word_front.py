"""The cover page of a Word plan: the title (a short line, never a body paragraph), the period,
the nämnd and kommun, "Nämndsordförande: …", "Förvaltningschef: …" (or "Socialchef: …"),
"Dnr …", "Antagen av … § …" (or such a label alone over its value on the next line); and
whether the document follows a plan up (delårsrapport, verksamhetsberättelse)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from itertools import pairwise

from vplan_desktop.imports.word_blocks import Block, BlockKind
from vplan_desktop.imports.word_cover_plan_years import cover_plan_years
from vplan_desktop.imports.word_cover_table import after_label, label_lines
from vplan_desktop.imports.word_front_city import city_alone, district_namnd
from vplan_desktop.imports.word_front_contact import contact_head
from vplan_desktop.imports.word_front_forbund import direktion_in, forbund_in
from vplan_desktop.imports.word_front_own_head import own_head
from vplan_desktop.imports.word_front_signature import signed
from vplan_desktop.imports.word_front_title import title_rest
from vplan_desktop.imports.word_tjansteskrivelse import case_title
from vplan_desktop.plan_status import MAX_PERIOD_YEARS

PERIOD = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*[-–—/]\s*((?:19|20)\d\d|\d\d)(?!\d)")
YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
TITLE_WORDS = (
    "verksamhetsplan",
    "plan",
    "budget",
    "delårsrapport",
    "verksamhetsberättelse",
    "årsredovisning",
    "uppföljning",
    "mål och",
    "tertialrapport",
    "årsbokslut",
)
FOLLOW_UP = re.compile(
    r"delårsrapport|delårsbokslut|tertialrapport|verksamhetsberättelse|årsredovisning|"
    r"årsbokslut|årsrapport|uppföljning av verksamhetsplan|"
    r"(?:delårs|helårs|tertial|års)uppföljning",
    re.IGNORECASE,
)
_LABELS = {
    "ordforande": re.compile(
        r"^(?:[\wåäö-]*(?:nämndens|styrelsens|direktionens)\s+)?(?:(?:nämnds)?ordförande|ordf\.?)"
        r"\s*[:：]?\s+"
        r"(?P<v>\S.{1,100})$",
        re.I,
    ),
    "forvaltningschef": re.compile(
        r"^(?:förvaltnings|sektors|verksamhets)chef\s*[:：]?\s+(?P<v>\S.{1,100})$", re.I
    ),
    "diarienummer": re.compile(
        r"^(?:dnr|diarienummer|diarienr|dnr\.)\s*[:：.]?\s*(?P<v>[\w][\w./\-: ]{1,40})$", re.I
    ),
    "antagen": re.compile(
        r"^(?:antagen|fastställd|beslutad)\s+(?:av|i)\s*[:：]?\s+(?P<v>.+)$", re.I
    ),
}
_NEXT_LABEL = re.compile(r",\s*[\wåäö][\wåäö ]{0,30}\s*[:：]\s+\S.*$")
"""A second label on a name's cover line ("Ordförande: Karin Ek (S), vice ordförande: …")."""
_HOME = re.compile(r"(?<=\))\s*,\s*[A-ZÅÄÖ][\wåäö-]+(?:\s+kommun)?\s*$")
"""A member's home kommun after the party in a joint nämnd ("Karin Ek (S), Älvdal")."""


def _person(value: str) -> str:
    """A name from its cover line, without a second label or a member's home kommun."""
    return _HOME.sub("", _NEXT_LABEL.sub("", value))


_OPENS_FIELD = re.compile(r"^[^:：]{2,40}[:：]\s*\S")
_SECOND_FIELD = re.compile(
    r"(?<=\S)\s+(?=[A-ZÅÄÖ][\wåäö-]{2,30}(?:\s+[\wåäö-]{2,30}){0,2}[:：]\s*\S)"
)
"""A second "Label: value" after a cover line's first, with no comma ("Kommunstyrelsens
ordförande: Annika Holm (C) Kommundirektör: Mats Lindqvist"): a converted plan runs fields
printed side by side, or on lines of their own, into one line."""
_DNR_IN = re.compile(
    r"(?:^|[\s.,;])(?:dnr|diarienummer|diarienr)\.?\s*[:：]?\s*"
    r"(?P<v>[A-ZÅÄÖ]{1,8}[\s-]?\d{2,4}[/.:-]\d{1,5}(?:[/.:-]\d{1,5})?)",
    re.I,
)
"""A Dnr inside another cover line (the adoption line), not a line of its own."""
_DNR_ALONE = re.compile(r"^(?P<v>[A-ZÅÄÖ]{2,8}[\s-]?(?:19|20)\d\d[/.:-]\d{1,6}(?:[/.:-]\d{1,5})?)$")
"""A cover line that is a diarienummer without its label ("KFN 2026/88"); a date is not."""
_HEAD_OF = re.compile(
    r"^(?P<role>[\wåäö]+isk\s+|[\wåäö]+(?:-\s*och\s+[\wåäö]+)?)"
    r"(?:chef|direktör)\s*[:：]\s*(?P<v>\S.{1,100})$",
    re.I,
)
"""A cover's "Socialchef: …", "Kultur- och fritidschef: …", "Kommundirektör: …", "Teknisk
chef: …": the head of the förvaltning (read when no line names the förvaltningschef as such),
unless ``NOT_HEADS`` names the role."""
NOT_HEADS = re.compile(
    r"^(?:ekonomi|enhets?|avdelnings|personal|hr|it|kommunikations|stabs|kansli|kommun|"
    r"kvalitets|utvecklings|administrativ|bitr(?:ädande)?)",
    re.I,
)
"""Roles that are not the head of the förvaltning: staff, units, the kommun's own head."""
MAX_TITLE = 150


@dataclass
class Front:
    titel: str = ""
    namnd: str = ""
    kommun: str = ""
    forsta_ar: int | None = None
    sista_ar: int | None = None
    ordforande: str = ""
    forvaltningschef: str = ""
    diarienummer: str = ""
    antagen: str = ""
    follow_up: bool = False
    used: dict[int, str] = field(default_factory=dict)
    """Block index → what the cover line gave ("Titel", "Ordförande")."""
    table_lines: dict[int, list[Block]] = field(default_factory=dict)
    """A cover laid out in a table: its lines, each a paragraph, by the table's index."""
    used_lines: list[Block] = field(default_factory=list)

    def use(self, block: Block, key: str) -> None:
        """``block`` gave the cover's ``key``."""
        if key == "titel":  # a cover table giving several: named by its title
            self.used[block.index] = key
        self.used.setdefault(block.index, key)
        self.used_lines.append(block)

    def gave(self, block: Block) -> bool:
        """``block`` (a line, of a cover table too) gave something of the cover."""
        return any(block is used for used in self.used_lines)

    def unused_lines(self, index: int) -> list[Block]:
        """The lines of the cover table ``index`` that gave nothing: text to keep."""
        return [line for line in self.table_lines.get(index, []) if not self.gave(line)]


def _lines(block: Block, front: Front) -> list[Block]:
    """A cover line; a small table laying out the cover (logo, nämnd, title side by side)
    gives each line of its cells as a line of its own."""
    if block.kind is not BlockKind.TABLE:
        return [block]
    if labelled := label_lines(block):  # "Diarienummer | MBN 2026-000412"
        lines = [
            replace(block, kind=BlockKind.PARAGRAPH, text=t, rows=(), runs=()) for t in labelled
        ]
        front.table_lines[block.index] = lines
        return lines
    if len(block.rows) > 3 or block.width > 3:
        return []
    lines = [
        replace(block, kind=BlockKind.PARAGRAPH, text=" ".join(line.split()), rows=(), runs=())
        for cell in block.cells()
        for line in (cell.lines or (cell.text,))
        if line.strip()
    ]
    front.table_lines[block.index] = lines
    return lines


def _fields(line: Block) -> list[Block]:
    """The cover line ``line`` parted before each later "Label: value" when it opens with one
    (``_SECOND_FIELD``); [line] for any other line."""
    text = line.text.strip()
    if not _OPENS_FIELD.match(text):
        return [line]
    parts = _SECOND_FIELD.split(text)
    if len(parts) < 2:
        return [line]
    return [replace(line, text=part, runs=(), markdown="") for part in parts]


def read_front(cover: list[Block], later: list[Block], doc_title: str) -> Front:
    """The front matter from the cover's lines (those before the first chapter), then from the
    rest of the document for what the cover lacks."""
    front = Front()
    lines = [field for b in cover for line in _lines(b, front) for field in _fields(line)]
    for b in lines:
        text = b.text.strip()
        for key, pattern in _LABELS.items():
            found = pattern.match(text) or pattern.match(after_label(text))
            if found and not getattr(front, key):  # also "Dokumentansvarig: Förvaltningschef …"
                value = found.group("v")  # a name ends before a second label on its line
                if key in ("ordforande", "forvaltningschef"):
                    value = _person(value)
                setattr(front, key, value.strip())
                front.use(b, key)
    _stacked(lines, front)
    for b in lines:  # "Antagen av nämnden 2026-12-08, § 74. Dnr GYN 2026/87."
        if not front.diarienummer and (dnr := _DNR_IN.search(b.text)):
            front.diarienummer = dnr.group("v").strip()
            front.use(b, "diarienummer")
    for b in lines:  # "KFN 2026/88" alone on the cover
        lone = _DNR_ALONE.match(b.text.strip())
        date = re.search(r"\d{4}-\d\d-\d\d$", b.text.strip())
        if not front.diarienummer and lone and not date and not front.gave(b):
            front.diarienummer = lone.group("v")
            front.use(b, "diarienummer")
    for b in lines:
        found = _HEAD_OF.match(b.text.strip())
        if found and not front.forvaltningschef and not NOT_HEADS.match(found.group("role")):
            front.forvaltningschef = found.group("v").strip()
            front.use(b, "forvaltningschef")
    candidates = [b for b in lines if not front.gave(b) and 3 <= len(b.text) <= MAX_TITLE]
    titled = (
        [b for b in candidates if b.style == "Title"]
        + [
            b
            for b in candidates
            if any(w in b.text.lower() for w in TITLE_WORDS) and YEAR.search(b.text)
        ]
        + [b for b in candidates if any(w in b.text.lower() for w in TITLE_WORDS)]
    )
    if titled:
        front.titel = case_title(titled[0].text)
        front.use(titled[0], "titel")
        if (rest := title_rest(lines, titled[0])) is not None:  # "för åren 2027-2028"
            front.titel = f"{front.titel} {' '.join(rest.text.split())}"
            front.use(rest, "titel")
    elif doc_title and len(doc_title) <= MAX_TITLE:
        front.titel = doc_title
    _period(front, [front.titel, *(b.text for b in lines), doc_title])
    front.sista_ar = cover_plan_years(front.forsta_ar, front.sista_ar, (b.text for b in lines))
    short = [b for b in lines if len(b.text) <= 80]
    forbund = next((b for b in short if forbund_in(b.text)), None)
    if forbund is not None:  # a kommunalförbund's plan, adopted by its direktion
        front.kommun = forbund_in(forbund.text)
        front.use(forbund, "kommun")
        front.namnd = next((n for b in lines if (n := direktion_in(b.text))), "")
    alone = [b for b in short if (n := _namnd(b.text)) and len(b.text.strip()) <= len(n) + 2]
    for b in [*alone, *short, *later[:400]]:  # a line naming the nämnd alone first
        city = city_alone(b.text, NOT_NAMES) if b in short else ""  # "Norrhamns stad"
        if not front.kommun and (kommun := kommun_in(b.text) or city):
            front.kommun = kommun
            if b in short and len(b.text) <= len(kommun) + 2:
                front.use(b, "kommun")
        if not front.namnd and (namnd := _namnd(b.text)):
            front.namnd = namnd
            if b in short and len(b.text) <= len(namnd) + 2:
                front.use(b, "namnd")
    if not front.forvaltningschef and "styrelse" in front.namnd.lower():
        for b in lines:  # the kommunchef heads the kommunstyrelse's förvaltning
            found = _HEAD_OF.match(b.text.strip())
            if found and found.group("role").lower() == "kommun":
                front.forvaltningschef = found.group("v").strip()
                front.use(b, "forvaltningschef")
                break
    for b in lines if not front.forvaltningschef else []:  # "IT-chef" of the IT-nämnd
        if head := own_head(b.text, front.namnd) or contact_head(b.text, front.namnd, NOT_HEADS):
            front.forvaltningschef = head
            front.use(b, "forvaltningschef")
            break
    if not front.ordforande or not front.forvaltningschef:  # signed in a förord
        for key, name in signed(later, NOT_HEADS).items():
            setattr(front, key, getattr(front, key) or name)
    front.follow_up = bool(FOLLOW_UP.search(front.titel or doc_title or ""))
    return front


_NOT_YEARS = re.compile(
    r"\d{4}-\d\d-\d\d|(?i:dnr|diarienummer|diarienr)\.?\s*[:：]?\s*(?:[A-ZÅÄÖ]{1,8}[\s-]?)?\d{2,4}[/.:-]\d{1,5}|"
    r"^[A-ZÅÄÖ]{2,8}[\s-]?(?:19|20)\d\d[/.:-]\d{1,6}$"
)
"""A date ("2026-11-18") or a diarienummer ("Dnr VN 2026/31"): no planperiod."""


def _period(front: Front, pool: list[str]) -> None:
    """The planperiod from the first line of ``pool`` naming one ("2027–2029"), else the first
    naming a year; a title naming its years decides (a later line's period counts only when it
    starts in the title's first year), dates and diarienummer name none, and a period longer
    than a plan can be keeps its first years."""
    texts = [_NOT_YEARS.sub(" ", text) for text in pool if text]
    title_years = [int(y) for y in YEAR.findall(texts[0])] if pool[0] else []
    for text in texts:
        if front.forsta_ar is None and (period := PERIOD.search(text)):
            first, last = int(period.group(1)), period.group(2)
            last_year = int(last) if len(last) == 4 else first // 100 * 100 + int(last)
            if first <= last_year <= first + 10:
                # "budget 2027 och plan 2028–2029": the plan starts with its budget year
                years = [int(y) for y in YEAR.findall(text) if last_year - 10 <= int(y) <= first]
                first = min([first, *years])
                if not title_years or first == min(title_years):
                    front.forsta_ar, front.sista_ar = first, last_year
    if front.forsta_ar is None:
        for text in texts:
            if year := YEAR.search(text):
                front.forsta_ar = front.sista_ar = int(year.group(1))
                break
    if front.forsta_ar is not None and front.sista_ar is not None:
        front.sista_ar = min(front.sista_ar, front.forsta_ar + MAX_PERIOD_YEARS - 1)


def _stacked(lines: list[Block], front: Front) -> None:
    """A label alone on its cover line ("Ordförande", "Diarienummer:") with its value on the
    next line ("Jonas Berglund (M)"): the label's value, unless that line is a label itself."""
    for label, value in pairwise(lines):
        bare = label.text.strip().rstrip(":： ")
        text = value.text.strip()
        if not bare or len(bare) > 40 or not text or front.gave(label) or front.gave(value):
            continue
        if any(p.match(text) or p.match(after_label(text)) for p in _LABELS.values()):
            continue
        for key, pattern in _LABELS.items():
            found = pattern.match(f"{bare}: {text}")
            if found and not getattr(front, key) and not pattern.match(bare):
                value_text = found.group("v")
                if key in ("ordforande", "forvaltningschef"):
                    value_text = _person(value_text)
                setattr(front, key, value_text.strip())
                front.use(label, key)
                front.use(value, key)
                break


NOT_NAMES = frozenset(
    [
        "varje",
        "en",
        "den",
        "vår",
        "hela",
        "i",
        "och",
        "för",
        "inom",
        "att",
        "som",
        "det",
        "där",
        "när",
        "från",
        "till",
        "av",
        "med",
        "på",
        "om",
        "under",
        "vid",
        "efter",
        "hos",
        "ska",
        "vi",
        "er",
        "denna",
        "vilken",
        "annan",
        "samma",
    ]
)
"""Capitalised words that begin a sentence, not a kommun's name ("För Bergvika kommun")."""


def kommun_in(text: str) -> str:
    """The kommun a line names ("Värnamo Kommun" → "Värnamo kommun"); "" for none."""
    found = re.search(r"\b([A-ZÅÄÖ][\wåäöé-]+(?:\s[A-ZÅÄÖ][\wåäöé-]+)?)\s+(?i:kommun)\b", text)
    if not found:
        return ""
    words = found.group(1).split()
    if len(words) == 2 and words[0].lower() in NOT_NAMES:  # "För Bergvika kommun innebär …"
        words = words[1:]
    if words[0].lower() in NOT_NAMES:
        return ""
    name = " ".join(words)
    if name.isupper():  # "LINDÅSA KOMMUN" on a cover in capitals
        name = "-".join(part.capitalize() for part in name.split("-"))
    return f"{name[0].upper()}{name[1:]} kommun"


def _namnd(text: str) -> str:
    """The nämnd a line names; in the genitive ("Miljö- och byggnämndens verksamhetsplan")
    as the nämnd itself ("Miljö- och byggnämnden"); a gemensam nämnd named by an abbreviation
    ("Gemensamma IT-nämnden") with its adjective."""
    if district := district_namnd(text, NOT_NAMES):  # "Västerbro stadsdelsnämnd"
        return district
    found = re.search(
        r"\b([A-ZÅÄÖ][\wåäö]*(?:-\s+och\s+[\wåäö]+)?"
        r"(?:(?<=a)\s+(?:[a-zåäö][\wåäö]*|[A-ZÅÄÖ]{2,5}-)?)?nämnd(?:en)?)(?:s\b|\b)",
        text,
    )
    if not found:  # "Kommunstyrelsen", "Kommunstyrelsen Hallsjö"
        found = re.search(r"\b([A-ZÅÄÖ][\wåäö]*styrelsen?)\b", text)
    return found.group(1) if found else ""

"""A flat goal table whose rows each say what they are in a column of their own: "Typ | Nr |
Text | Nuläge 2025 | Mål 2027 | Mål 2028 | Ansvarig | Klart", the plan's whole goal tree
exported from a spreadsheet, one row a KF-mål, a nämndmål, an indicator or an activity, the
type abbreviated ("KF", "NM", "I", "A") and explained in a legend line under (or over) the
table ("Typ: KF = kommunfullmäktiges mål, NM = nämndmål, I = indikator, A = aktivitet"), or
written out ("Nämndmål", "Indikator").

The type column's header is "Typ" (or "Radtyp", "Nivå", "Kategori"); every code in it must be
understood – by the legend's words, else by the usual abbreviations and words – and it must
hold goals and indicators or activities, else the table is left to the other readers. The
text column is the one of most words besides the type and number columns. A goal row makes a
goal of its level (a nämndmål under the KF-mål above it); an indicator row an indicator of the
nearest goal above, whatever its level; an activity row an activity of that goal, with its
owner ("Ansvarig") and end ("Klart", "Tid": a month or a year as its last day, words such as
"Löpande" kept in the description). The type and number cells are structure; a dash is no
value; any other cell that a row's kind has no field for is kept in its description."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from vplan_desktop.db.enums import MalNiva
from vplan_desktop.imports.word_activity_lines import end_of
from vplan_desktop.imports.word_blocks import BlockKind
from vplan_desktop.imports.word_build import Builder, TableView
from vplan_desktop.imports.word_result import Became
from vplan_desktop.wording import count as count_of

__all__ = ["code_legend", "read_typed_rows", "row_kinds"]

TYPE_HEADER = re.compile(r"^(?:typ|radtyp|rad\s*typ|nivå|kategori|objekttyp)$", re.IGNORECASE)
_NUMBER_HEADER = re.compile(r"^(?:nr|nr\.|nummer|id|kod|#)$", re.IGNORECASE)
_OWNER = re.compile(r"^(?:huvud)?ansvar(?:ig|iga|ar|et)?\b", re.IGNORECASE)
_WHEN = re.compile(
    r"^(?:klart?(?:\s+senast)?|tid(?:s?plan|punkt)?|när|slutdatum|datum|deadline)\b",
    re.IGNORECASE,
)
_DASH = re.compile(r"^[-–—]+$")
_PAIR = re.compile(r"^(?P<code>[\wÅÄÖåäö-]{1,10})\s*(?:=|:|–|-)\s*(?P<words>\S.{0,60})$")
_LONGEST_CODE = 12
"""Characters: a type cell is a code or a word, never a sentence."""

INDICATOR, ACTIVITY = "indikator", "aktivitet"
_KINDS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"indikator|mått|mätetal|nyckeltal|styrtal", re.I), INDICATOR),
    (re.compile(r"aktivitet|åtgärd|insats|handlingsplan", re.I), ACTIVITY),
    (
        re.compile(
            r"fullmäktige|^kf\b|kf-?mål|kommun(?:ens )?mål|inriktningsmål|övergripande", re.I
        ),
        "kf",
    ),
    (re.compile(r"kommunstyrelse|^ks\b|ks-?mål", re.I), "ks"),
    (re.compile(r"förvaltning|verksamhetsmål|enhetsmål", re.I), "forvaltning"),
    (re.compile(r"nämnd|mål$", re.I), "namnd"),
]
"""The words naming each kind of row, in a legend or in the type cell itself."""
ABBREVIATIONS = {
    "kf": "kf",
    "kfm": "kf",
    "ks": "ks",
    "nm": "namnd",
    "n": "namnd",
    "m": "namnd",
    "fm": "forvaltning",
    "i": INDICATOR,
    "ind": INDICATOR,
    "a": ACTIVITY,
    "akt": ACTIVITY,
}
"""The usual abbreviations of the kinds, for a table without a legend."""


def _kind_of(words: str) -> str | None:
    """The kind of row ``words`` name ("nämndmål" → "namnd", "indikator" → "indikator")."""
    words = " ".join(words.split()).strip(" .")
    return next((kind for pattern, kind in _KINDS if pattern.search(words)), None)


def code_legend(text: str) -> dict[str, str]:
    """The codes a legend line explains, with their words: "Typ: KF = kommunfullmäktiges mål,
    NM = nämndmål" → {"KF": "kommunfullmäktiges mål", "NM": "nämndmål"}; {} for a line that
    is no such legend (fewer than two codes, or a piece that explains nothing)."""
    text = " ".join(text.split()).rstrip(".")
    label = re.match(r"^[^:=]{1,30}:\s*(?=\S+\s*=)", text)
    rest = text[label.end() :] if label else text
    out: dict[str, str] = {}
    for piece in re.split(r"\s*[,;]\s*|\.\s+", rest):
        found = _PAIR.match(piece.strip())
        if found is None or ("=" not in piece and not label):
            return {}
        out[found.group("code")] = found.group("words").strip()
    return out if len(out) >= 2 else {}


def row_kinds(
    headers: list[str], cells: list[str], legends: list[str]
) -> tuple[int, dict[str, str]] | None:
    """(the type column, each code's kind) of a table of typed rows with ``headers`` and the
    type ``cells`` of each column (column → its body cells, joined by "\\n"), the ``legends``
    the lines next to it; None for a table of no such column (see the module's docstring)."""
    for column, header in enumerate(headers):
        if not TYPE_HEADER.match(header.strip(" :")):
            continue
        codes = {c for c in cells[column].split("\n") if c}
        if not codes or any(len(c) > _LONGEST_CODE for c in codes):
            continue
        explained: dict[str, str] = {}
        for line in legends:
            explained |= code_legend(line)
        kinds: dict[str, str] = {}
        for code in codes:
            words = explained.get(code)
            kind = (_kind_of(words) if words else None) or ABBREVIATIONS.get(code.casefold())
            kind = kind or _kind_of(code)
            if kind is None:
                break
            kinds[code] = kind
        else:
            found = set(kinds.values())
            if found - {INDICATOR, ACTIVITY} and found & {INDICATOR, ACTIVITY}:
                return column, kinds
    return None


def _legends(b: Builder, view: TableView) -> list[str]:
    """The paragraphs right over and right under the table (with its continuations)."""
    source = b.result.source
    if source is None:
        return []
    blocks = source.blocks
    first, last = view.block.index, view.parts[-1][0].index
    near = [blocks[i] for i in (first - 1, last + 1) if 0 <= i < len(blocks)]
    return [bl.text for bl in near if bl.kind is BlockKind.PARAGRAPH and bl.text]


def _columns(view: TableView, typ: int) -> tuple[int | None, int, int | None, int | None] | None:
    """(number, text, owner, end) columns of a typed table; None when no column holds text."""
    number = next(
        (i for i, h in enumerate(view.headers) if i != typ and _NUMBER_HEADER.match(h.strip())),
        None,
    )
    sizes = {
        i: sum(len(r.cells[i]) for r in view.rows.rows if i < len(r.cells))
        for i, role in enumerate(view.roles)
        if i not in (typ, number) and (role in ("namn", "ovrigt", "grupp", "kod", "kommentar"))
    }
    if not sizes:
        return None
    text = max(sizes, key=lambda i: sizes[i])
    owner = next((i for i, h in enumerate(view.headers) if _OWNER.match(h.strip())), None)
    end = next((i for i, h in enumerate(view.headers) if _WHEN.match(h.strip())), None)
    return number, text, owner, end


def _rest(view: TableView, cells: list[str], skip: set[int]) -> str:
    """The row's cells outside ``skip`` that say something (not a dash), as "Header: text"."""
    return "\n".join(
        f"{view.headers[i]}: {text}" if i < len(view.headers) and view.headers[i] else text
        for i, text in enumerate(cells)
        if i not in skip and text and not _DASH.match(text)
    )


def read_typed_rows(
    view: TableView,
    b: Builder,
    indicator: Callable[[TableView, Builder, dict[str, Any] | None, list[str], set[int]], None],
) -> bool:
    """Reads a table of typed rows (see the module's docstring) with ``indicator`` making each
    indicator row's indicator; False, nothing read, for any other table."""
    columns = [
        "\n".join(" ".join(r.cells[c].split()) for r in view.rows.rows if c < len(r.cells))
        for c in range(len(view.headers))
    ]
    found = row_kinds(view.headers, columns, _legends(b, view))
    if found is None or not view.rows.rows:
        return False
    typ, kinds = found
    first = next(r for r in view.rows.rows if any(r.cells))
    if kinds.get(" ".join(first.cells[typ].split()), INDICATOR) in (INDICATOR, ACTIVITY):
        return False  # rows before any goal: no tree to hang them in
    chosen = _columns(view, typ)
    if chosen is None:
        return False
    number, text, owner, end = chosen
    roles = ["ovrigt" if r in ("namn", "grupp", "kod") else r for r in view.roles]
    roles[typ], roles[text] = "typ", "namn"
    if number is not None:
        roles[number] = "kod"
    shown = replace(view, tolkning=replace(view.tolkning, columns=roles))
    area = b.current_area or b.loose_area(view.context.heading or "Mål")
    goal: dict[str, Any] | None = None
    upper: dict[str, Any] | None = None
    made: set[int] = set()
    counts = {"mal": 0, INDICATOR: 0, ACTIVITY: 0}
    for row in view.rows.rows:
        cells = ["" if _DASH.match(c) else c for c in row.cells]
        kind = kinds.get(" ".join(row.cells[typ].split()))
        name = cells[text]
        kod = cells[number] if number is not None else ""
        if kind is None or not name:  # an untyped row: kept with the goal above
            if goal is not None and (rest := _rest(view, cells, {typ})):
                goal["beskrivning"] = "\n\n".join(t for t in (goal["beskrivning"], rest) if t)
            continue
        if kind == INDICATOR:
            indicator(shown, b, goal, cells, made)
            counts[INDICATOR] += 1
        elif kind == ACTIVITY:
            _activity(view, b, goal, cells, (typ, number, text, owner, end))
            counts[ACTIVITY] += 1
        else:
            niva = MalNiva(kind)
            parent = upper["id"] if upper is not None and niva is not MalNiva.KF else None
            goal = b.goal(area, niva, kod, name, parent)
            if niva in (MalNiva.KF, MalNiva.KS):
                upper = goal
            if rest := _rest(view, cells, _known(typ, number, text)):
                goal["beskrivning"] = "\n\n".join(t for t in (goal["beskrivning"], rest) if t)
            counts["mal"] += 1
    what = (
        f"{count_of(counts['mal'], 'mål').capitalize()} med "
        f"{count_of(counts[INDICATOR], 'indikator')} och "
        f"{count_of(counts[ACTIVITY], 'aktivitet')} i en tabell med typ på varje rad"
    )
    b.became(view.block.index, Became.MAL, what)
    for part, _skip in view.parts[1:]:
        b.became(part.index, Became.MAL, f"Fortsättning: {what}")
    b.report(what)
    return True


def _activity(
    view: TableView,
    b: Builder,
    goal: dict[str, Any] | None,
    cells: list[str],
    columns: tuple[int, int | None, int, int | None, int | None],
) -> None:
    """An activity of ``goal`` from its row: name, owner and end; the rest to its description."""
    typ, number, text, owner, end = columns
    activity: dict[str, Any] = {
        "id": b.next_id(),
        "namn": cells[text][:300],
        "namndsmal_id": None if goal is None else goal["id"],
        "att_granska": True,
    }
    if goal is None and b.current_area is not None:
        activity["malomrade_id"] = b.current_area["id"]
    if owner is not None and cells[owner]:
        activity["ansvarig"] = cells[owner][:200]
    words = ""
    if end is not None and cells[end]:
        found = end_of(cells[end])
        if "slutdatum" in found:
            activity["slutdatum"] = found["slutdatum"]
        if found.get("beskrivning"):
            words = f"{view.headers[end]}: {found['beskrivning']}"
    used = _known(typ, number, text, owner, end)
    activity["beskrivning"] = "\n\n".join(t for t in (words, _rest(view, cells, used)) if t)
    b.activities.append(activity)


def _known(*columns: int | None) -> set[int]:
    return {c for c in columns if c is not None}

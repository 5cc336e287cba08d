"""A plan's follow-ups as ``compare`` shows them: the periods and the scale of måluppfyllelse,
what each period holds per item, and two periods of one plan side by side.

Both sides are plans in the interchange format (``plan_to_json``). Each part is handed to
``compare`` as rows to diff – a heading, the rows before and the rows after – with every value
already as a reader sees it (the level's name, "Pågår", "utförd"), so that ``compare``'s one
way of telling differences serves the follow-ups too.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from vplan_desktop import domain as d
from vplan_desktop.db.enums import Bedomningsgrad, UppfoljningSlag, UppfoljningStatus
from vplan_desktop.follow_up_data import GRAD_LABELS, SLAG_LABELS, STATUS_LABELS
from vplan_desktop.follow_up_progress import unknown_period
from vplan_desktop.sections import SECTIONS, Part, Section

Rows = list[dict[str, Any]]
Compared = tuple[str, Rows, Rows]
"""A heading, and the rows (each with an "id" and its "rubrik") before and after."""

FOLLOW_UP_LABELS = {
    "namn": "Namn",
    "ar": "År",
    "slag": "Slag",
    "slutdatum": "Slutdatum",
    "rapporterad": "Rapporterad",
    "rapporterad_datum": "Rapporterad den",
    "sammanfattning": "Sammanfattning",
    "viktiga_handelser": "Viktiga händelser",
    "framtid": "Framtid",
    "farg": "Färg",
    "grad": "Betydelse",
    "bedomningsniva": "Måluppfyllelse",
    "bedomning": "Bedömning",
    "orsak": "Orsak",
    "atgard": "Åtgärd",
    "varde": "Utfall",
    "datum": "Utfallets datum",
    "kalla": "Källa",
    "kommentar": "Kommentar",
    "status": "Status",
    "slutdatum_reviderat": "Reviderat slut",
    "utfall": "Utfall",
    "prognos": "Prognos",
    "utfall_intakter": "Utfall intäkter",
    "utfall_kostnader": "Utfall kostnader",
    "prognos_intakter": "Prognos intäkter",
    "prognos_kostnader": "Prognos kostnader",
    "utford": "Utförd",
    "avvikelse": "Avvikelse",
}
"""How a follow-up's field is named in a difference."""

LONG_TEXTS = frozenset({"sammanfattning", "viktiga_handelser", "framtid"})
"""A period's texts: shown as a line-by-line diff, as a chapter's text is."""

KINDS: tuple[tuple[str, str, Section], ...] = (
    ("mal", "namndsmal_id", Section.MAL),
    ("indikatorer", "indikator_id", Section.MAL),
    ("aktiviteter", "aktivitet_id", Section.AKTIVITETER),
    ("driftbudget", "rad_id", Section.DRIFT),
    ("resultatrakning", "rad_id", Section.RESULTAT),
    ("investeringar", "investering_id", Section.INVESTERINGAR),
    ("internkontroll", "internkontroll_id", Section.INTERNKONTROLL),
)
"""Each list of a period in the format: the field naming the plan item, the section showing it."""

FIGURES = {
    "mal": ("bedomningsniva",),
    "indikatorer": ("varde",),
    "aktiviteter": ("status", "slutdatum_reviderat"),
    "driftbudget": ("utfall", "prognos"),
    "resultatrakning": (
        "utfall_intakter",
        "utfall_kostnader",
        "prognos_intakter",
        "prognos_kostnader",
    ),
    "investeringar": ("utfall", "prognos"),
    "internkontroll": ("utford",),
}
"""What two periods of one plan are compared by: the level, the outcome, the status, the
figures and whether a control was made. Their texts are each period's own (written anew for
every report), so they are not listed as changes."""

PERIOD_FIELDS = (
    "namn",
    "ar",
    "slag",
    "slutdatum",
    "rapporterad",
    "rapporterad_datum",
    "sammanfattning",
    "viktiga_handelser",
    "framtid",
)

_TITLE = SECTIONS[Section.UPPFOLJNING].title


def _clean(text: Any, limit: int = 60) -> str:
    words = " ".join(str(text or "").split())
    return words if len(words) <= limit else words[: limit - 1] + "…"


def _list(value: Any) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


# --- what the plan's items are called ---------------------------------------------------------


def _goal_name(plan: dict[str, Any]) -> Any:
    front = plan.get(Part.UPPGIFTER)
    own = front.get("malnivaer") if isinstance(front, dict) else None
    own = own if isinstance(own, dict) else {}

    def name(goal: dict[str, Any]) -> str:
        niva = str(goal.get("niva") or d.MalNiva.NAMND.value)
        try:
            level = str(own.get(niva) or "") or d.MALNIVA_LABELS[d.MalNiva(niva)]
        except ValueError:
            level = d.MALNIVA_LABELS[d.MalNiva.NAMND]
        kod = _clean(goal.get("kod"))
        head = f"{level} {kod}" if kod else level
        return f"{head} ”{_clean(goal.get('text'))}”"

    return name


def _items(plan: dict[str, Any]) -> dict[str, list[tuple[Any, str]]]:
    """The plan's items of each kind a period follows up, in the plan's order: (id, name)."""
    goals = _list(plan.get(Part.NAMNDSMAL))
    units = {v.get("id"): _clean(v.get("namn")) for v in _list(plan.get(Part.VERKSAMHETER))}

    def rows(part: str, label: str) -> list[tuple[Any, str]]:
        table = plan.get(part)
        found = _list(table.get("rader")) if isinstance(table, dict) else []
        return [
            (r.get("id"), f"{label}, {units.get(r.get('verksamhet_id'), 'rad')}") for r in found
        ]

    goal_name = _goal_name(plan)
    return {
        "mal": [(g.get("id"), goal_name(g)) for g in goals],
        "indikatorer": [
            (i.get("id"), f"Indikator ”{_clean(i.get('namn'))}”")
            for g in goals
            for i in _list(g.get("indikatorer"))
        ],
        "aktiviteter": [
            (a.get("id"), f"Aktivitet ”{_clean(a.get('namn'))}”")
            for a in _list(plan.get(Part.AKTIVITETER))
        ],
        "driftbudget": rows(Part.DRIFTBUDGET, SECTIONS[Section.DRIFT].title),
        "resultatrakning": rows(Part.RESULTATRAKNING, SECTIONS[Section.RESULTAT].title),
        "investeringar": [
            (i.get("id"), f"Investering ”{_clean(i.get('projekt'))}”")
            for i in _list(plan.get(Part.INVESTERINGAR))
        ],
        "internkontroll": [
            (c.get("id"), f"Kontroll ”{_clean(c.get('process'))}”")
            for c in _list(plan.get(Part.INTERNKONTROLL))
        ],
    }


# --- values as a reader sees them -------------------------------------------------------------


def _levels(plan: dict[str, Any]) -> dict[Any, str]:
    return {b.get("id"): str(b.get("namn") or "") for b in _list(plan.get(Part.BEDOMNINGSSKALA))}


def _label(labels: dict[Any, str], value: Any, enum: Any) -> Any:
    try:
        return labels[enum(value)]
    except (KeyError, ValueError):
        return value


def _shown(row: dict[str, Any], id_key: str, levels: dict[Any, str]) -> dict[str, Any]:
    """A period's row with its values as a reader sees them."""
    shown: dict[str, Any] = {}
    for key, value in row.items():
        if key == id_key:
            continue
        if key == "bedomningsniva_id":
            shown["bedomningsniva"] = levels.get(value, value)
        elif key == "status" and value is not None:
            shown[key] = _label(STATUS_LABELS, value, UppfoljningStatus)
        elif key == "utford" and isinstance(value, bool):
            shown[key] = "utförd" if value else "ej utförd"
        else:
            shown[key] = value
    return shown


def _periods(plan: dict[str, Any]) -> dict[Any, dict[str, Any]]:
    return {p.get("id"): p for p in _list(plan.get(Part.UPPFOLJNINGAR))}


def _period_row(period: dict[str, Any]) -> dict[str, Any]:
    row = {key: period.get(key) for key in PERIOD_FIELDS}
    row["slag"] = _label(SLAG_LABELS, row["slag"], UppfoljningSlag)
    return {
        "id": f"period:{period.get('id')}",
        "rubrik": f"Uppföljningen ”{period.get('namn')}”",
    } | row


def _scale_rows(plan: dict[str, Any]) -> Rows:
    return [
        {
            "id": f"niva:{b.get('id')}",
            "rubrik": f"Nivån ”{_clean(b.get('namn'))}” i skalan för måluppfyllelse",
            "namn": b.get("namn"),
            "farg": b.get("farg"),
            "grad": _label(GRAD_LABELS, b.get("grad"), Bedomningsgrad),
        }
        for b in _list(plan.get(Part.BEDOMNINGSSKALA))
    ]


def _held(period: dict[str, Any], kind: str, id_key: str) -> dict[Any, dict[str, Any]]:
    return {r.get(id_key): r for r in _list(period.get(kind))}


def _rows(
    plan: dict[str, Any],
    period: dict[str, Any] | None,
    kind: str,
    id_key: str,
    wanted: set[Any] | None,
    fields: tuple[str, ...] | None = None,
) -> Rows:
    """A row per plan item of ``kind`` (those in ``wanted``, or all), with what ``period``
    holds for it (nothing when it holds nothing), limited to ``fields`` when given."""
    held = _held(period or {}, kind, id_key)
    levels = _levels(plan)
    rows: Rows = []
    for item_id, name in _items(plan)[kind]:
        if wanted is not None and item_id not in wanted:
            continue
        shown = _shown(held.get(item_id, {}), id_key, levels)
        if fields is not None:
            shown = {key: shown.get(key) for key in fields}
        rows.append({"id": f"{kind}:{item_id}", "rubrik": name, **shown})
    return rows


# --- two plans, and two periods of one ---------------------------------------------------------


def follow_up_parts(old: dict[str, Any], new: dict[str, Any]) -> list[Compared]:
    """The follow-ups of two plans to compare: the scale and the periods under "Uppföljning"
    (a period added, removed, renamed, reported, its texts), then each period both have, with
    the rows of every item either side's period holds something for."""
    before, after = _periods(old), _periods(new)
    parts: list[Compared] = [
        (
            _TITLE,
            _scale_rows(old) + [_period_row(p) for p in before.values()],
            _scale_rows(new) + [_period_row(p) for p in after.values()],
        )
    ]
    for period_id, period in after.items():
        earlier = before.get(period_id)
        if earlier is None:
            continue
        old_rows: Rows = []
        new_rows: Rows = []
        for kind, id_key, _section in KINDS:
            wanted = set(_held(earlier, kind, id_key)) | set(_held(period, kind, id_key))
            old_rows += _rows(old, earlier, kind, id_key, wanted)
            new_rows += _rows(new, period, kind, id_key, wanted)
        parts.append((f"{_TITLE}: {period.get('namn')}", old_rows, new_rows))
    return parts


def period_state(plan: dict[str, Any], name: str) -> dict[str, Any]:
    """The period of ``plan`` called ``name`` (case and spaces aside); InputError naming the
    plan's periods when it has none by that name."""
    periods = _list(plan.get(Part.UPPFOLJNINGAR))
    wanted = " ".join(name.split()).lower()
    for period in periods:
        if str(period.get("namn") or "").lower() == wanted:
            return period
    raise unknown_period(name, (str(p.get("namn")) for p in periods))


def period_parts(plan: dict[str, Any], before: str, after: str) -> Iterator[Compared]:
    """Two periods of one plan to compare, per section: each item's level, outcome, status,
    figures and control, from ``before`` to ``after`` (periods named by their names)."""
    first, second = period_state(plan, before), period_state(plan, after)
    for kind, id_key, section in KINDS:
        fields = FIGURES[kind]
        yield (
            SECTIONS[section].title,
            _rows(plan, first, kind, id_key, None, fields),
            _rows(plan, second, kind, id_key, None, fields),
        )

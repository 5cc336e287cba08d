"""What changed between two states of a plan: versions, backups, or two plan files.

Both sides are plans in the interchange format (``plan_to_json``), so a named version stored
years ago compares with today's plan. Items are matched by their ids, which a plan keeps for
its whole life; chapters get a line-by-line text diff, an image's picture its name and size
(``compare_images``), everything else old → new per field.
"""

from __future__ import annotations

import difflib
import json
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any

from vplan_desktop import domain as d
from vplan_desktop.compare_follow_up import (
    FOLLOW_UP_LABELS,
    LONG_TEXTS,
    Compared,
    follow_up_parts,
    period_parts,
)
from vplan_desktop.compare_images import IMAGE_LABELS, image_items, image_name
from vplan_desktop.compare_rows import column_keys, item_names, keyed, row_name, table_parts
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import Jamforare
from vplan_desktop.errors import InterchangeError, PlanFileError
from vplan_desktop.formatting import format_number
from vplan_desktop.interchange import dumps, import_json, load_json, plan_to_json
from vplan_desktop.sections import PART_LABELS, SECTIONS, Part, Section
from vplan_desktop.services.read import read_plan
from vplan_desktop.targets import format_target

ADDED = "tillagd"
REMOVED = "borttagen"
CHANGED = "ändrad"

FIELD_LABELS = {
    "kommun": "Kommun",
    "namnd": "Nämnd",
    "forvaltning": "Förvaltning",
    "titel": "Titel",
    "forsta_ar": "Första år",
    "sista_ar": "Sista år",
    "ordforande": "Ordförande",
    "ordforande_parti": "Ordförandens parti",
    "forvaltningschef": "Förvaltningschef",
    "diarienummer": "Diarienummer",
    "status": "Status",
    "antagen_datum": "Antagen den",
    "antagen_paragraf": "Paragraf",
    "rubrik": "Rubrik",
    "text": "Text",
    "omvarldsanalys": "Omvärldsanalys",
    "namn": "Namn",
    "kod": "Kod",
    "malomrade_id": "Målområde",
    "overordnat_id": "Överordnat mål",
    "foljs_upp_genom": "Följs upp genom",
    "adressat": "Adressat",
    "arstexter": "Mål",
    "beskrivning": "Beskrivning",
    "enhet": "Enhet",
    "riktning": "Riktning",
    "frekvens": "Frekvens",
    "kalla": "Källa",
    "kolada_id": "Kolada-id",
    "varje_ar": "Varje år",
    "nulage": "Nuläge",
    "malnivaer": "Målnivå",
    "utfall": "Utfall",
    "jamforelse": "Jämförs med",
    "jamforelser": "Jämförelse",
    "langsiktigt": "Långsiktigt mål",
    "fotnoter": "Fotnoter",
    "niva": "Underrad",
    "namndsmal_id": "Mål",
    "ansvarig": "Ansvarig",
    "startdatum": "Start",
    "slutdatum": "Slut",
    "slutdatum_reviderat": "Reviderat slut",
    "verksamhet_id": "Verksamhet",
    "kostnad_tkr": "Kostnad (tkr)",
    "egen_tid": "Egen tid",
    "projekt": "Projekt",
    "projektnummer": "Projektnummer",
    "process": "Process",
    "risk": "Risk",
    "sannolikhet": "Sannolikhet",
    "konsekvens": "Konsekvens",
    "kontrollmoment": "Kontrollmoment",
    "kontrollansvar": "Kontrollansvar",
    "metod": "Metod",
    "rapportering_till": "Rapporteras till",
    "rapportering_nar": "Rapporteras när",
    "att_granska": "Att granska",
    "intakter": "intäkter",
    "kostnader": "kostnader",
    "netto": "netto",
    "ar": "år",
    "varde": "värde",
    "ar_malniva": "målnivå som nuläge",
    "anmarkning": "Anmärkning",
    "angiven_summa": "Angiven summa",
    "enhet_drift": "Enhet i driftbudgeten",
    "enhet_resultat": "Enhet i resultaträkningen",
    "enhet_investering": "Enhet för investeringar",
    "avvikelsegrans": "Gräns för avvikelser (%)",
    **{
        f"malniva_{level.value}": f"Namn på nivån {label}"
        for level, label in d.MALNIVA_LABELS.items()
    },
}
"""How a field is named in a difference ("Målnivå 2027"); a kind of item may name some of
its own fields otherwise (``GOAL_LABELS``…)."""
GOAL_LABELS = {"niva": "Nivå", "kod": "Nummer"}
"""A goal's own names: its number is "1:2", its level is no key-figure row's "Underrad"."""
ACTIVITY_LABELS = {"ar": "År"}
_SLAG = {k.value: v for k, v in d.KOLUMN_SLAG_LABELS.items()}


@dataclass(frozen=True)
class Difference:
    """One change: ``section`` (as the plan names it), the item, and old → new."""

    section: str
    item: str
    change: str
    """``tillagd``, ``borttagen`` or ``ändrad``."""
    field: str = ""
    old: str = ""
    new: str = ""
    text_diff: tuple[str, ...] = ()
    """For chapter texts: the changed lines, each starting with "-" or "+"."""

    def line(self) -> str:
        where = f"{self.item}: {self.field}" if self.field else self.item
        if self.change != CHANGED:
            return f"{where} – {self.change}"
        if self.text_diff:
            return f"{where} – ändrad text"
        return f"{where}: {self.old or '(tomt)'} → {self.new or '(tomt)'}"


def _value_labels() -> dict[str, dict[str, str]]:
    statuses = {k.value: v for k, v in d.STATUS_LABELS.items()}
    statuses.update({k.value: v for k, v in d.AKTIVITET_STATUS_LABELS.items()})
    return {
        "status": statuses,
        "riktning": {k.value: v for k, v in d.RIKTNING_LABELS.items()},
        "frekvens": {k.value: v for k, v in d.FREKVENS_LABELS.items()},
    }


Names = dict[str, dict[Any, str]]
"""For fields that refer to another item (``namndsmal_id``…): the item's name by id."""


YEAR_FIELDS = frozenset({"ar", "forsta_ar", "sista_ar"})
"""Fields holding a year: shown as "2027", never with a thousands separator."""


def _shown(key: str, value: Any, names: Names) -> str:
    if key.rsplit(".", 1)[-1] in YEAR_FIELDS and isinstance(value, int):
        return str(value)
    if key in names and value in names[key]:
        return names[key][value]
    labels = _value_labels().get(key, {})
    if isinstance(value, str) and value in labels:
        return labels[value]
    return _text(value)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, int | Decimal | float):
        return format_number(Decimal(str(value)))
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def _label(path: str, labels: dict[str, str] | None = None) -> str:
    """ "malnivaer.2027" → "Målnivå 2027"; "belopp.budget-2027" → "Budget 2027"; a field of
    the item itself may have the item kind's own name (``labels``)."""
    parts = []
    for number, part in enumerate(path.split(".")):
        if part in ("belopp", "varden"):
            continue
        slag, _, year = part.partition("-")
        if slag in _SLAG and year.isdigit():
            parts.append(f"{_SLAG[slag]} {year}")
        elif number == 0 and labels and part in labels:
            parts.append(labels[part])
        else:
            parts.append(FIELD_LABELS.get(part, part))
    return " ".join(parts) or path


def _flatten(value: Any, prefix: str = "") -> dict[str, Any]:
    if isinstance(value, dict):
        flat: dict[str, Any] = {}
        for key, inner in value.items():
            flat.update(_flatten(inner, f"{prefix}.{key}" if prefix else str(key)))
        return flat
    return {prefix: value}


def _fields(
    section: str,
    item: str,
    old: dict[str, Any],
    new: dict[str, Any],
    skip: tuple[str, ...] = (),
    names: Names | None = None,
    labels: dict[str, str] | None = None,
) -> Iterator[Difference]:
    flat_old = _flatten({k: v for k, v in old.items() if k not in skip})
    flat_new = _flatten({k: v for k, v in new.items() if k not in skip})
    for key in dict.fromkeys([*flat_old, *flat_new]):
        before, after = flat_old.get(key), flat_new.get(key)
        if _same(before, after):
            continue
        long_text = key == "text" or key in LONG_TEXTS
        if long_text and isinstance(before, str | None) and isinstance(after, str | None):
            lines = difflib.unified_diff(
                (before or "").splitlines(), (after or "").splitlines(), lineterm="", n=0
            )
            changed = tuple(
                line for line in lines if line[:1] in "+-" and not line.startswith(("+++", "---"))
            )
            yield Difference(section, item, CHANGED, _label(key, labels), text_diff=changed)
            continue
        shown = partial(_shown, key, names=names or {})
        yield Difference(section, item, CHANGED, _label(key, labels), shown(before), shown(after))


def _by_id(items: Any) -> dict[Any, dict[str, Any]]:
    if not isinstance(items, list):
        return {}
    return {it.get("id", n): it for n, it in enumerate(items) if isinstance(it, dict)}


def _items(
    section: str,
    old: Any,
    new: Any,
    name: Callable[[dict[str, Any]], str],
    skip: tuple[str, ...] = ("id",),
    names: Names | None = None,
    labels: dict[str, str] | None = None,
) -> Iterator[Difference]:
    before, after = _by_id(old), _by_id(new)
    for key in dict.fromkeys([*before, *after]):
        if key not in after:
            yield Difference(section, name(before[key]), REMOVED)
        elif key not in before:
            yield Difference(section, name(after[key]), ADDED)
        else:
            yield from _fields(
                section, name(after[key]), before[key], after[key], skip, names, labels
            )


def _quoted(kind: str, key: str) -> Callable[[dict[str, Any]], str]:
    def name(item: dict[str, Any]) -> str:
        text = " ".join(str(item.get(key) or "").split())
        return f"{kind} ”{text[:60]}{'…' if len(text) > 60 else ''}”"

    return name


def _same(before: Any, after: Any) -> bool:
    """Equal, or texts that differ only in whitespace at the end (a trailing newline is
    nothing a reader can see, and would show as "(tomt) → (tomt)")."""
    if isinstance(before, str | None) and isinstance(after, str | None):
        return (before or "").rstrip() == (after or "").rstrip()
    return bool(before == after)


_TITLES = {section: info.title for section, info in SECTIONS.items()}
"""The headings the differences are grouped under: the sections' titles."""


def diff_plans(old: dict[str, Any], new: dict[str, Any]) -> list[Difference]:
    """Every difference from ``old`` to ``new``, in the plan's order of sections."""
    found: list[Difference] = []
    goals = item_names(old, new, Part.NAMNDSMAL, _goal_rubrik)
    levels = _level_names(new) or _level_names(old)
    refs: Names = {
        "verksamhet_id": item_names(old, new, Part.VERKSAMHETER, "namn"),
        "malomrade_id": item_names(old, new, Part.MALOMRADEN, "namn"),
        "namndsmal_id": goals,
        "overordnat_id": goals,
        "niva": dict(levels),
    }
    each = partial(_items, names=refs)
    found += _fields(
        _TITLES[Section.UPPGIFTER],
        "Planens uppgifter",
        _front(old.get(Part.UPPGIFTER)),
        _front(new.get(Part.UPPGIFTER)),
    )
    if old.get(Part.RISKSKALA) != new.get(Part.RISKSKALA):
        found.append(
            Difference(_TITLES[Section.INTERNKONTROLL], "Riskskalan", CHANGED, "", "", "ändrad")
        )
    found += each(
        _TITLES[Section.KAPITEL],
        old.get(Part.KAPITEL),
        new.get(Part.KAPITEL),
        _quoted("Kapitel", "rubrik"),
    )
    # A caption is the chapter's text; the picture, its file name and alt text the image's.
    found += each(
        _TITLES[Section.KAPITEL],
        image_items(old),
        image_items(new),
        image_name,
        labels=IMAGE_LABELS,
    )
    found += each(
        PART_LABELS[Part.VERKSAMHETER],
        old.get(Part.VERKSAMHETER),
        new.get(Part.VERKSAMHETER),
        _quoted("Verksamhet", "namn"),
    )
    found += each(
        _TITLES[Section.MAL],
        old.get(Part.MALOMRADEN),
        new.get(Part.MALOMRADEN),
        _quoted("Målområde", "namn"),
    )
    found += each(
        _TITLES[Section.MAL],
        old.get(Part.NAMNDSMAL),
        new.get(Part.NAMNDSMAL),
        _goal_name(levels),
        skip=("id", "indikatorer"),
        labels=GOAL_LABELS,
    )
    found += each(
        _TITLES[Section.MAL],
        _indicators(old),
        _indicators(new),
        _quoted("Indikator", "namn"),
    )
    found += each(
        _TITLES[Section.AKTIVITETER],
        old.get(Part.AKTIVITETER),
        new.get(Part.AKTIVITETER),
        _quoted("Aktivitet", "namn"),
        labels=ACTIVITY_LABELS,
    )
    for key, section in (
        (Part.DRIFTBUDGET, _TITLES[Section.DRIFT]),
        (Part.RESULTATRAKNING, _TITLES[Section.RESULTAT]),
    ):
        before, after = old.get(key) or {}, new.get(key) or {}
        found += each(
            section,
            before.get("rader"),
            after.get("rader"),
            row_name(section, refs["verksamhet_id"]),
        )
        found += each(
            section,
            keyed(column_keys(before.get("kolumner")), "nyckel"),
            keyed(column_keys(after.get("kolumner")), "nyckel"),
            lambda column: f"Kolumnen {_label(str(column.get('nyckel')))}",
            skip=("id", "nyckel", "slag", "ar"),
        )
        if key is Part.RESULTATRAKNING:
            # Written only when off; a plan without the key is summed.
            summed = [side.get("summerad", True) is not False for side in (before, after)]
            if summed[0] != summed[1]:
                old_said, new_said = ["summeras" if on else "summeras inte" for on in summed]
                found.append(Difference(section, "Verksamheterna", CHANGED, "", old_said, new_said))
            found += each(
                section,
                before.get("kostnadsslag"),
                after.get("kostnadsslag"),
                _quoted("Kostnadsslag", "namn"),
            )
        if key is Part.DRIFTBUDGET:
            found += each(
                section,
                keyed(before.get("kf_ram"), "ar"),
                keyed(after.get("kf_ram"), "ar"),
                lambda row: f"KF:s ram {row.get('ar')}",
                skip=("id", "ar"),
            )
    found += each(
        _TITLES[Section.INVESTERINGAR],
        old.get(Part.INVESTERINGAR),
        new.get(Part.INVESTERINGAR),
        _quoted("Investering", "projekt"),
    )
    found += each(
        _TITLES[Section.NYCKELTAL],
        old.get(Part.NYCKELTAL),
        new.get(Part.NYCKELTAL),
        _quoted("Tabell", "rubrik"),
        skip=("id", "kolumner", "rader"),
    )
    for part, label, field in (("kolumner", "Kolumn", "rubrik"), ("rader", "Rad", "namn")):
        found += each(
            _TITLES[Section.NYCKELTAL],
            table_parts(old, part),
            table_parts(new, part),
            _quoted(label, field),
        )
    found += each(
        _TITLES[Section.INTERNKONTROLL],
        old.get(Part.INTERNKONTROLL),
        new.get(Part.INTERNKONTROLL),
        _quoted("Kontroll", "process"),
    )
    found += _follow_ups(follow_up_parts(old, new))
    return found


def _follow_ups(parts: Iterable[Compared]) -> list[Difference]:
    """The differences in follow-ups (``compare_follow_up``), each part under its heading."""
    return [
        difference
        for heading, before, after in parts
        for difference in _items(
            heading,
            before,
            after,
            lambda row: str(row["rubrik"]),
            ("id", "rubrik"),
            None,
            FOLLOW_UP_LABELS,
        )
    ]


def diff_periods(plan: dict[str, Any], before: str, after: str) -> list[Difference]:
    """What changed from the follow-up period ``before`` to ``after`` of one plan (named by
    their names): levels of måluppfyllelse, outcomes, statuses, utfall and prognoser."""
    return _follow_ups(period_parts(plan, before, after))


def _indicators(plan: dict[str, Any]) -> list[dict[str, Any]]:
    goals = plan.get("namndsmal")
    if not isinstance(goals, list):
        return []
    return [
        _targets_written(i)
        for g in goals
        if isinstance(g, dict)
        for i in g.get("indikatorer") or []
        if isinstance(i, dict)
    ]


def _target(value: Any, comparison: Any) -> Any:
    """A target as the plan writes it ("≥ 95"), so that a changed comparison shows as one
    with its value; what is no target (in a stored version nobody checked) stays as it is."""
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal | str | None):
        return value
    number = Decimal(str(value)) if isinstance(value, int | float) else value
    try:
        jamforare = None if comparison is None else Jamforare(comparison)
    except ValueError:
        jamforare = None
    return format_target(number, jamforare) or None


def _targets_written(indicator: dict[str, Any]) -> dict[str, Any]:
    """The indicator with each target and its comparison as one text: "Målnivå 2027: 95 →
    ≥ 95", never a separate "jamforare" line."""
    result = {k: v for k, v in indicator.items() if k not in ("jamforare", "langsiktigt_jamforare")}
    comparisons = indicator.get("jamforare")
    comparisons = comparisons if isinstance(comparisons, dict) else {}
    targets = indicator.get("malnivaer")
    if isinstance(targets, dict):
        result["malnivaer"] = {y: _target(v, comparisons.get(y)) for y, v in targets.items()}
    if "langsiktigt" in indicator or "langsiktigt_jamforare" in indicator:
        result["langsiktigt"] = _target(
            indicator.get("langsiktigt"), indicator.get("langsiktigt_jamforare")
        )
    return result


def _front(front: Any) -> dict[str, Any]:
    """The front matter with the plan's level names and budget units as fields of their own
    ("malniva_kf", "enhet_drift"): a level's name is no "Målnivå" of an indicator."""
    if not isinstance(front, dict):
        return {}
    result = {k: v for k, v in front.items() if k not in ("malnivaer", "enheter")}
    for key, prefix in (("malnivaer", "malniva"), ("enheter", "enhet")):
        named = front.get(key)
        if isinstance(named, dict):
            result.update({f"{prefix}_{part}": value for part, value in named.items()})
    return result


def _level_names(plan: dict[str, Any]) -> dict[str, str]:
    """The name of each goal level as the plan prints it (its own, or vplan's)."""
    front = plan.get(Part.UPPGIFTER)
    own = front.get("malnivaer") if isinstance(front, dict) else None
    own = own if isinstance(own, dict) else {}
    return {
        level.value: str(own.get(level.value) or "") or label
        for level, label in d.MALNIVA_LABELS.items()
    }


def _goal_rubrik(goal: dict[str, Any]) -> str:
    """ "1:2 Text", as the plan heads the goal."""
    kod = " ".join(str(goal.get("kod") or "").split())
    text = " ".join(str(goal.get("text") or "").split())
    return f"{kod} {text}" if kod else text


def _goal_name(levels: dict[str, str]) -> Callable[[dict[str, Any]], str]:
    """A goal named by its level and number: "Nämndsmål 1:2 ”…”"."""

    def name(goal: dict[str, Any]) -> str:
        level = levels.get(str(goal.get("niva")), d.MALNIVA_LABELS[d.MalNiva.NAMND])
        kod = " ".join(str(goal.get("kod") or "").split())
        return _quoted(f"{level} {kod}" if kod else level, "text")(goal)

    return name


def format_differences(differences: list[Difference]) -> str:
    """The differences as text, grouped by section, for the terminal and the clipboard."""
    if not differences:
        return "Inga skillnader."
    lines: list[str] = []
    section = None
    for difference in differences:
        if difference.section != section:
            section = difference.section
            lines.append("" if lines else section)
            if lines[-1] == "":
                lines.append(section)
        lines.append(f"  {difference.line()}")
        lines.extend(f"      {line}" for line in difference.text_diff)
    return "\n".join(lines)


def plan_state(doc: PlanDocument) -> dict[str, Any]:
    """The plan in ``doc`` as the interchange dict, in the same shape as a stored version."""
    return dict(json.loads(dumps(plan_to_json(read_plan(doc))), parse_float=Decimal))


def load_side(path: Path) -> dict[str, Any]:
    """A plan file (or a JSON plan) as the interchange dict, read without changing it.

    A JSON file is checked as ``import-json`` checks it (the schema, then every field) and
    read back through a temporary plan, so it compares in the same shape as a plan file and
    a file that is no plan is refused with every bad field named.
    """
    if path.suffix.lower() != ".json":
        with PlanDocument.open(path, read_only=True) as doc:
            return plan_state(doc)
    data = load_json(path)
    if not isinstance(data, dict):
        raise PlanFileError(f"”{path.name}” innehåller ingen plan.")
    with tempfile.TemporaryDirectory(prefix="vplan-jamfor-") as folder:
        copy = Path(folder) / "plan.vplan"
        try:
            import_json(data, copy)
        except InterchangeError as error:
            raise InterchangeError(
                error.problems, head=f"”{path.name}” följer inte vplans format"
            ) from None
        with PlanDocument.open(copy, read_only=True) as doc:
            return plan_state(doc)

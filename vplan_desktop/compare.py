"""What changed between two states of a plan: versions, backups, or two plan files.

Both sides are plans in the interchange format (``plan_to_json``), so a named version stored
years ago compares with today's plan. Items are matched by their ids, which a plan keeps for
its whole life; chapters get a line-by-line text diff, everything else old → new per field.
"""

from __future__ import annotations

import difflib
import json
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any

from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.errors import InterchangeError, PlanFileError
from vplan_desktop.formatting import format_number
from vplan_desktop.interchange import dumps, import_json, load_json, plan_to_json
from vplan_desktop.sections import PART_LABELS, SECTIONS, Part, Section
from vplan_desktop.services.read import read_plan

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
    "kf_text": "KF:s mål",
    "malomrade_id": "Målområde",
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
    "fotnoter": "Fotnoter",
    "niva": "Underrad",
    "namndsmal_id": "Nämndsmål",
    "ansvarig": "Ansvarig",
    "startdatum": "Start",
    "slutdatum": "Slut",
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
}
_SLAG = {"bokslut": "Bokslut", "budget": "Budget", "prognos": "Prognos", "plan": "Plan"}


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


def _label(path: str) -> str:
    """ "malnivaer.2027" → "Målnivå 2027"; "belopp.budget-2027" → "Budget 2027"."""
    parts = []
    for part in path.split("."):
        if part in ("belopp", "varden"):
            continue
        slag, _, year = part.partition("-")
        if slag in _SLAG and year.isdigit():
            parts.append(f"{_SLAG[slag]} {year}")
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
) -> Iterator[Difference]:
    flat_old = _flatten({k: v for k, v in old.items() if k not in skip})
    flat_new = _flatten({k: v for k, v in new.items() if k not in skip})
    for key in dict.fromkeys([*flat_old, *flat_new]):
        before, after = flat_old.get(key), flat_new.get(key)
        if _same(before, after):
            continue
        if key == "text" and isinstance(before, str | None) and isinstance(after, str | None):
            lines = difflib.unified_diff(
                (before or "").splitlines(), (after or "").splitlines(), lineterm="", n=0
            )
            changed = tuple(
                line for line in lines if line[:1] in "+-" and not line.startswith(("+++", "---"))
            )
            yield Difference(section, item, CHANGED, _label(key), text_diff=changed)
            continue
        shown = partial(_shown, key, names=names or {})
        yield Difference(section, item, CHANGED, _label(key), shown(before), shown(after))


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
) -> Iterator[Difference]:
    before, after = _by_id(old), _by_id(new)
    for key in dict.fromkeys([*before, *after]):
        if key not in after:
            yield Difference(section, name(before[key]), REMOVED)
        elif key not in before:
            yield Difference(section, name(after[key]), ADDED)
        else:
            yield from _fields(section, name(after[key]), before[key], after[key], skip, names)


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
    refs: Names = {
        "verksamhet_id": _ids(old, new, Part.VERKSAMHETER, "namn"),
        "malomrade_id": _ids(old, new, Part.MALOMRADEN, "namn"),
        "namndsmal_id": _ids(old, new, Part.NAMNDSMAL, "text"),
    }
    each = partial(_items, names=refs)
    found += _fields(
        _TITLES[Section.UPPGIFTER],
        "Planens uppgifter",
        old.get(Part.UPPGIFTER, {}),
        new.get(Part.UPPGIFTER, {}),
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
        _quoted("Nämndsmål", "text"),
        skip=("id", "indikatorer"),
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
            _row_name(section, refs["verksamhet_id"]),
        )
        if key is Part.DRIFTBUDGET:
            found += each(
                section,
                _keyed(before.get("kf_ram"), "ar"),
                _keyed(after.get("kf_ram"), "ar"),
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
            _table_parts(old, part),
            _table_parts(new, part),
            _quoted(label, field),
        )
    found += each(
        _TITLES[Section.INTERNKONTROLL],
        old.get(Part.INTERNKONTROLL),
        new.get(Part.INTERNKONTROLL),
        _quoted("Kontroll", "process"),
    )
    return found


def _indicators(plan: dict[str, Any]) -> list[dict[str, Any]]:
    goals = plan.get("namndsmal")
    if not isinstance(goals, list):
        return []
    return [i for g in goals if isinstance(g, dict) for i in g.get("indikatorer") or []]


def _table_parts(plan: dict[str, Any], part: str) -> list[dict[str, Any]]:
    """The columns or rows of every key-figure table (their ids are unique in the plan)."""
    tables = plan.get(Part.NYCKELTAL)
    if not isinstance(tables, list):
        return []
    return [r for t in tables if isinstance(t, dict) for r in t.get(part) or []]


def _row_name(section: str, names: dict[Any, str]) -> Callable[[dict[str, Any]], str]:
    def name(row: dict[str, Any]) -> str:
        return f"{section}, {names.get(row.get('verksamhet_id'), 'rad')}"

    return name


def _ids(old: dict[str, Any], new: dict[str, Any], key: str, field: str) -> dict[Any, str]:
    found: dict[Any, str] = {}
    for plan in (old, new):
        for item in plan.get(key) or []:
            if isinstance(item, dict):
                text = " ".join(str(item.get(field) or "").split())
                found[item.get("id")] = text[:60] + ("…" if len(text) > 60 else "")
    return found


def _keyed(rows: Any, key: str) -> list[dict[str, Any]]:
    if not isinstance(rows, list):
        return []
    return [{**row, "id": row.get(key)} for row in rows if isinstance(row, dict)]


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

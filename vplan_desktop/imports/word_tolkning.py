"""How a Word plan is read ("tolkning"): each table's kind, header rows, column roles and row
groups, each heading's level, and the front matter. The import guesses all of it; the user's
corrections (from the review dialog or a ``--tolkning`` file) override the guesses one field
at a time, so a kommun's yearly shape is mapped once and applied to next year's document."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from vplan_desktop.db.files import replace_when_done
from vplan_desktop.errors import InputError

FORMAT = "vplan-tolkning"
VERSION = 1
MAX_BYTES = 5_000_000


class TableKind(StrEnum):
    MAL = "mal"
    AKTIVITETER = "aktiviteter"
    DRIFT = "driftbudget"
    RESULTAT = "resultatrakning"
    INVESTERINGAR = "investeringar"
    NYCKELTAL = "nyckeltal"
    INTERNKONTROLL = "internkontroll"
    KAPITEL = "kapiteltext"


TABLE_KIND_LABELS = {
    TableKind.MAL: "Mål och indikatorer",
    TableKind.AKTIVITETER: "Aktiviteter",
    TableKind.DRIFT: "Driftbudget",
    TableKind.RESULTAT: "Resultaträkning",
    TableKind.INVESTERINGAR: "Investeringar",
    TableKind.NYCKELTAL: "Nyckeltal",
    TableKind.INTERNKONTROLL: "Internkontroll",
    TableKind.KAPITEL: "Tabell i kapiteltexten",
}

PLAIN_ROLES = {
    "namn": "Namn",
    "grupp": "Grupp",
    "beskrivning": "Beskrivning",
    "ansvarig": "Ansvarig",
    "startdatum": "Startdatum",
    "slutdatum": "Slutdatum",
    "status": "Status",
    "kostnad": "Kostnad (tkr)",
    "verksamhet": "Verksamhet",
    "nulage": "Nuläge",
    "langsiktigt": "Långsiktigt mål",
    "enhet": "Enhet",
    "kalla": "Källa",
    "bedomning": "Bedömning",
    "kommentar": "Kommentar",
    "projektnummer": "Projektnummer",
    "process": "Process/rutin",
    "risk": "Risk",
    "kontrollmoment": "Kontrollmoment",
    "kontrollansvar": "Kontrollansvar",
    "frekvens": "Frekvens",
    "metod": "Metod",
    "rapportering": "Rapporteras till",
    "sannolikhet": "Sannolikhet",
    "konsekvens": "Konsekvens",
    "varde": "Värde (kolumnens rubrik)",
    "intakter": "Intäkter",
    "kostnader": "Kostnader",
    "kf": "Kommunfullmäktiges mål",
    "malomrade": "Målområde",
    "malkoppling": "Hör till mål",
    "aktivitet": "Aktivitet",
    "kvartal": "Kvartal (markerat när arbetet pågår)",
    "manad": "Månad (markerad eller skuggad när arbetet pågår)",
    "ovrigt": "Övrigt (till beskrivningen)",
}
"""Column roles without a year, and their Swedish names."""

YEAR_ROLES = {
    "mal": "Målnivå",
    "utfall": "Utfall",
    "budget": "Budget",
    "plan": "Plan",
    "bokslut": "Bokslut",
    "prognos": "Prognos",
}
"""Column roles of one year ("mal:2027"), and their Swedish names."""

_ROLE = re.compile(rf"(?:{'|'.join(PLAIN_ROLES)})|(?:{'|'.join(YEAR_ROLES)}):(?:19|20)\d\d")


def role_label(role: str) -> str:
    """ "mal:2027" → "Målnivå 2027"; "ansvarig" → "Ansvarig"."""
    if ":" in role:
        kind, year = role.split(":", 1)
        return f"{YEAR_ROLES[kind]} {year}"
    return PLAIN_ROLES[role]


def role_year(role: str) -> tuple[str, int] | None:
    """("budget", 2027) for "budget:2027"; None for a role without a year."""
    if ":" not in role:
        return None
    kind, year = role.split(":", 1)
    return kind, int(year)


@dataclass
class TableTolkning:
    """How one table is read. In the user's corrections a field left None is guessed."""

    kind: TableKind | None = None
    header_rows: int | None = None
    columns: list[str] | None = None
    """Each column's role (see ``PLAIN_ROLES`` and ``YEAR_ROLES``)."""
    groups: dict[int, str] = field(default_factory=dict)
    """Rows given to another group than the document's (row index → group name)."""
    continues: bool | None = None
    """The table is the rest of the previous one (split by a page break)."""


@dataclass
class Tolkning:
    """The user's corrections to the guessed reading, or (in a result) the reading used."""

    front: dict[str, str | int] = field(default_factory=dict)
    """namnd, kommun, titel, forsta_ar, sista_ar, ordforande, forvaltningschef,
    diarienummer."""
    headings: dict[int, int] = field(default_factory=dict)
    """Block index → heading level (0: not a heading, body text). Block indices count from 0
    here and from 1 in the file, as ``vplan import-docx --prova`` shows them."""
    tables: dict[int, TableTolkning] = field(default_factory=dict)
    signatures: dict[int, str] = field(default_factory=dict)
    """Block index → the table's or heading's text with years left out, so that a file
    saved for one year's document finds the same tables in next year's."""

    def is_empty(self) -> bool:
        return not (self.front or self.headings or self.tables)


FRONT_KEYS = {
    "namnd": str,
    "kommun": str,
    "titel": str,
    "forsta_ar": int,
    "sista_ar": int,
    "ordforande": str,
    "forvaltningschef": str,
    "diarienummer": str,
}


def signature(text: str) -> str:
    """A table's or heading's text with years and figures left out, lower case."""
    return " ".join(re.sub(r"\d+", "#", text.lower()).split())[:200]


def to_json(tolkning: Tolkning) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "uppgifter": dict(tolkning.front),
        "rubriker": [
            {"block": index + 1, "niva": level, "kannetecken": tolkning.signatures.get(index, "")}
            for index, level in sorted(tolkning.headings.items())
        ],
        "tabeller": [
            {
                "block": index + 1,
                "kannetecken": tolkning.signatures.get(index, ""),
                **({"slag": table.kind.value} if table.kind is not None else {}),
                **({"rubrikrader": table.header_rows} if table.header_rows is not None else {}),
                **({"kolumner": list(table.columns)} if table.columns is not None else {}),
                **({"fortsatter": table.continues} if table.continues is not None else {}),
                **(
                    {"grupper": {str(r): g for r, g in sorted(table.groups.items())}}
                    if table.groups
                    else {}
                ),
            }
            for index, table in sorted(tolkning.tables.items())
        ],
    }


def save(tolkning: Tolkning, path: Path) -> None:
    """Write the corrections as a ``--tolkning`` file (whole or not at all)."""
    with replace_when_done(path) as temp:
        temp.write_text(json.dumps(to_json(tolkning), ensure_ascii=False, indent=2) + "\n")


def load(path: Path) -> Tolkning:
    """Read a ``--tolkning`` file; anything not as ``save`` writes it is refused."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise InputError(f"Tolkningsfilen ”{path.name}” är för stor.")
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError:
        raise InputError(f"Tolkningsfilen ”{path.name}” går inte att läsa.") from None
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise InputError(f"”{path.name}” är ingen tolkningsfil från vplan (inte JSON).") from None
    return from_json(data, path.name)


def from_json(data: Any, name: str = "tolkningen") -> Tolkning:
    """The corrections a ``--tolkning`` file holds, every field checked."""

    def bad(where: str) -> InputError:
        return InputError(f"Tolkningsfilen ”{name}” är felaktig: {where}.")

    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise bad("den är ingen tolkningsfil från vplan")
    if data.get("version") != VERSION:
        raise bad(f"version {data.get('version')!r} känns inte igen")
    result = Tolkning()
    front = data.get("uppgifter", {})
    if not isinstance(front, dict):
        raise bad("”uppgifter” ska vara ett objekt")
    for key, value in front.items():
        kind = FRONT_KEYS.get(key)
        if kind is None or not isinstance(value, kind) or isinstance(value, bool):
            raise bad(f"uppgiften ”{key}”")
        if isinstance(value, int) and not 1900 <= value <= 2200:
            raise bad(f"året i ”{key}”")
        if kind is str and len(str(value)) > 500:
            raise bad(f"uppgiften ”{key}” är för lång")
        result.front[key] = value if isinstance(value, int) else str(value)
    for entry in _list(data, "rubriker", bad):
        index = _block(entry, bad)
        level = entry.get("niva")
        if not isinstance(level, int) or isinstance(level, bool) or not 0 <= level <= 9:
            raise bad(f"rubriknivån för block {index + 1}")
        result.headings[index] = level
        result.signatures[index] = _text(entry, "kannetecken", bad)
    for entry in _list(data, "tabeller", bad):
        index = _block(entry, bad)
        table = TableTolkning()
        if "slag" in entry:
            try:
                table.kind = TableKind(entry["slag"])
            except (ValueError, TypeError):
                raise bad(f"tabellslaget för block {index + 1}") from None
        if "rubrikrader" in entry:
            rows = entry["rubrikrader"]
            if not isinstance(rows, int) or isinstance(rows, bool) or not 0 <= rows <= 20:
                raise bad(f"antalet rubrikrader för block {index + 1}")
            table.header_rows = rows
        if "kolumner" in entry:
            columns = entry["kolumner"]
            if (
                not isinstance(columns, list)
                or len(columns) > 200
                or not all(isinstance(c, str) and _ROLE.fullmatch(c) for c in columns)
            ):
                raise bad(f"kolumnerna för block {index + 1}")
            table.columns = list(columns)
        if "fortsatter" in entry:
            if not isinstance(entry["fortsatter"], bool):
                raise bad(f"”fortsatter” för block {index + 1}")
            table.continues = entry["fortsatter"]
        groups = entry.get("grupper", {})
        if not isinstance(groups, dict) or not all(
            isinstance(k, str) and k.isdigit() and isinstance(v, str) and len(v) <= 500
            for k, v in groups.items()
        ):
            raise bad(f"grupperna för block {index + 1}")
        table.groups = {int(k): v for k, v in groups.items()}
        result.tables[index] = table
        result.signatures[index] = _text(entry, "kannetecken", bad)
    return result


def _list(data: dict[str, Any], key: str, bad: Any) -> list[dict[str, Any]]:
    entries = data.get(key, [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise bad(f"”{key}” ska vara en lista")
    return entries


def _block(entry: dict[str, Any], bad: Any) -> int:
    number = entry.get("block")
    if not isinstance(number, int) or isinstance(number, bool) or not 1 <= number <= 1_000_000:
        raise bad("ett blocknummer (stycken och tabeller räknas från 1)")
    return number - 1


def _text(entry: dict[str, Any], key: str, bad: Any) -> str:
    text = entry.get(key, "")
    if not isinstance(text, str) or len(text) > 500:
        raise bad(f"”{key}”")
    return text

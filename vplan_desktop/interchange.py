"""vplan's JSON interchange format: a whole plan as one JSON document.

The format is described by ``resources/vplan-plan.schema.json`` and in the README. Export and
import are lossless: every item keeps its id, every value its exact number. Numbers are JSON
numbers and are read back as ``Decimal``; a value that is text is a JSON string; blank is null.
Import checks the structure against the schema, then each field as the editor would, and
reports every problem with its JSON path; a plan file is written only when there is none.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from decimal import Decimal
from functools import cache
from importlib.abc import Traversable
from pathlib import Path
from typing import Any

import jsonschema
from sqlalchemy.orm import Session

from vplan_desktop import domain as d
from vplan_desktop.db import models as m
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import BudgetTabell, KolumnSlag, VardeSlag
from vplan_desktop.db.files import replace_when_done
from vplan_desktop.errors import InputError, InterchangeError, PlanFileError
from vplan_desktop.paths import resource
from vplan_desktop.services import kinds
from vplan_desktop.services.plan import _check_scale, _write_scale, check_period
from vplan_desktop.services.read import read_plan

FORMAT = "vplan-plan"
VERSION = 1
SCHEMA_FILE = "vplan-plan.schema.json"

# --- export -----------------------------------------------------------------------------


def _number(value: Decimal) -> int | float:
    """A Decimal as a JSON number that reads back as the same Decimal.

    Values have at most 15 significant digits (see ``formatting.MAX_DIGITS``), which a double
    holds exactly in its shortest representation.
    """
    if value == value.to_integral_value() and value.as_tuple().exponent >= 0:  # type: ignore[operator]
        return int(value)
    return float(value)


def _value(value: d.Value) -> Any:
    return _number(value) if isinstance(value, Decimal) else value


def _date(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _review(item: object) -> dict[str, Any]:
    """The review mark, written only when set (so plans without one keep their JSON)."""
    return {"att_granska": True} if getattr(item, "att_granska", False) else {}


def _column_key(column: d.BudgetKolumn) -> str:
    return f"{column.slag.value}-{column.ar}"


def _columns(columns: list[d.BudgetKolumn]) -> list[dict[str, Any]]:
    return [{"slag": c.slag.value, "ar": c.ar, "anmarkning": c.anmarkning} for c in columns]


def plan_to_json(plan: d.PlanSnapshot) -> dict[str, Any]:
    """The plan as a JSON-ready dict in the interchange format."""
    u = plan.uppgifter
    drift_columns = {c.id: c for c in plan.kolumner(BudgetTabell.DRIFT)}
    resultat_columns = {c.id: c for c in plan.kolumner(BudgetTabell.RESULTAT)}
    indicators: dict[int, list[d.Indikator]] = {}
    for indicator in plan.indikatorer:
        indicators.setdefault(indicator.namndsmal_id, []).append(indicator)

    def indicator_json(i: d.Indikator) -> dict[str, Any]:
        nulage = None
        if i.nulage_ar is not None or i.nulage is not None or i.nulage_ar_malniva:
            nulage = {
                "ar": i.nulage_ar,
                "varde": _value(i.nulage),
                "ar_malniva": i.nulage_ar_malniva,
            }
        return {
            "id": i.id,
            "namn": i.namn,
            "enhet": i.enhet,
            "riktning": i.riktning.value,
            "frekvens": None if i.frekvens is None else i.frekvens.value,
            "kalla": i.kalla,
            "kolada_id": i.kolada_id,
            "varje_ar": i.varje_ar,
            "nulage": nulage,
            "malnivaer": {str(y): _value(v) for y, v in sorted(i.malnivaer.items())},
            "utfall": {str(y): _value(v) for y, v in sorted(i.utfall.items())},
            **_review(i),
        }

    return {
        "format": FORMAT,
        "version": VERSION,
        "uppgifter": {
            "kommun": u.kommun,
            "namnd": u.namnd,
            "forvaltning": u.forvaltning,
            "titel": u.titel,
            "forsta_ar": u.forsta_ar,
            "sista_ar": u.sista_ar,
            "ordforande": u.ordforande,
            "ordforande_parti": u.ordforande_parti,
            "forvaltningschef": u.forvaltningschef,
            "diarienummer": u.diarienummer,
            "status": u.status.value,
            "antagen_datum": _date(u.antagen_datum),
            "antagen_paragraf": u.antagen_paragraf,
        },
        "riskskala": {
            "storlek": plan.riskskala.storlek,
            "sannolikhet": list(plan.riskskala.sannolikhet),
            "konsekvens": list(plan.riskskala.konsekvens),
            "band": [
                {"till_och_med": b.till_och_med, "farg": b.farg, "namn": b.namn}
                for b in plan.riskskala.band
            ],
        },
        "kapitel": [
            {
                "id": k.id,
                "rubrik": k.rubrik,
                "text": k.text,
                "omvarldsanalys": k.omvarldsanalys,
                **_review(k),
            }
            for k in plan.kapitel
        ],
        "verksamheter": [{"id": v.id, "namn": v.namn} for v in plan.verksamheter],
        "malomraden": [
            {"id": a.id, "kod": a.kod, "namn": a.namn, "kf_text": a.kf_text, **_review(a)}
            for a in plan.malomraden
        ],
        "namndsmal": [
            {
                "id": g.id,
                "malomrade_id": g.malomrade_id,
                "text": g.text,
                "beskrivning": g.beskrivning,
                "indikatorer": [indicator_json(i) for i in indicators.get(g.id, [])],
                **_review(g),
            }
            for g in plan.namndsmal
        ],
        "aktiviteter": [
            {
                "id": a.id,
                "namn": a.namn,
                "beskrivning": a.beskrivning,
                "namndsmal_id": a.namndsmal_id,
                "ansvarig": a.ansvarig,
                "startdatum": _date(a.startdatum),
                "slutdatum": _date(a.slutdatum),
                "status": a.status.value,
                "verksamhet_id": a.verksamhet_id,
                "kostnad_tkr": None if a.kostnad_tkr is None else _number(a.kostnad_tkr),
                "egen_tid": a.egen_tid,
                **({"overford_fran": a.overford_fran} if a.overford_fran is not None else {}),
                **_review(a),
            }
            for a in plan.aktiviteter
        ],
        "driftbudget": {
            "kolumner": _columns(list(drift_columns.values())),
            "rader": [
                {
                    "id": r.id,
                    "verksamhet_id": r.verksamhet_id,
                    "belopp": {
                        _column_key(c): r.belopp[c.id]
                        for c in drift_columns.values()
                        if c.id in r.belopp
                    },
                    **_review(r),
                }
                for r in plan.driftbudget
            ],
            "kf_ram": [{"ar": r.ar, "belopp": r.belopp, "beslut": r.beslut} for r in plan.kf_ram],
        },
        "resultatrakning": {
            "kolumner": _columns(list(resultat_columns.values())),
            "rader": [
                {
                    "id": r.id,
                    "verksamhet_id": r.verksamhet_id,
                    "belopp": {
                        _column_key(c): {
                            "intakter": r.belopp[c.id].intakter,
                            "kostnader": r.belopp[c.id].kostnader,
                            "netto": r.belopp[c.id].netto,
                        }
                        for c in resultat_columns.values()
                        if c.id in r.belopp
                    },
                    **_review(r),
                }
                for r in plan.resultatrakning
            ],
        },
        "investeringar": [
            {
                "id": i.id,
                "projekt": i.projekt,
                "projektnummer": i.projektnummer,
                "belopp": {str(y): a for y, a in sorted(i.belopp.items())},
                **_review(i),
            }
            for i in plan.investeringar
        ],
        "nyckeltal": [
            {
                "id": t.id,
                "rubrik": t.rubrik,
                "enhet": t.enhet,
                "kolumner": [{"id": k.id, "rubrik": k.rubrik} for k in t.kolumner],
                "rader": [
                    {
                        "id": r.id,
                        "namn": r.namn,
                        "enhet": r.enhet,
                        "varden": {
                            str(k.id): _value(r.varden[k.id])
                            for k in t.kolumner
                            if k.id in r.varden
                        },
                    }
                    for r in t.rader
                ],
                **_review(t),
            }
            for t in plan.nyckeltal
        ],
        "internkontroll": [
            {
                "id": r.id,
                "process": r.process,
                "risk": r.risk,
                "sannolikhet": r.sannolikhet,
                "konsekvens": r.konsekvens,
                "kontrollmoment": r.kontrollmoment,
                "kontrollansvar": r.kontrollansvar,
                "frekvens": r.frekvens,
                "metod": r.metod,
                "rapportering_till": r.rapportering_till,
                "rapportering_nar": r.rapportering_nar,
                **_review(r),
            }
            for r in plan.internkontroll
        ],
    }


def _default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return _number(value)
    raise TypeError(f"{type(value).__name__} kan inte skrivas som JSON")


def dumps(data: dict[str, Any]) -> str:
    """The interchange text: UTF-8 JSON, indented, keys in the order the format lists them."""
    return json.dumps(data, ensure_ascii=False, indent=2, default=_default) + "\n"


def export_json(doc: PlanDocument, out: Path) -> None:
    """Write the plan to ``out`` in the interchange format."""
    text = dumps(plan_to_json(read_plan(doc)))
    with replace_when_done(out) as temp:
        temp.write_text(text, encoding="utf-8")


# --- reading and checking ----------------------------------------------------------------


def load_json(path: Traversable) -> Any:
    """Read a JSON file; numbers with decimals become ``Decimal``."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise PlanFileError(f"Filen ”{path.name}” finns inte.") from None
    except IsADirectoryError:
        raise PlanFileError(f"”{path.name}” är en mapp, inte en JSON-fil.") from None
    except OSError as error:
        raise PlanFileError(f"”{path.name}” kunde inte läsas: {error.strerror}.") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise PlanFileError(f"”{path.name}” är inte en textfil i UTF-8.") from None
    try:
        return json.loads(text, parse_float=Decimal)
    except json.JSONDecodeError as error:
        raise PlanFileError(
            f"”{path.name}” är inte giltig JSON (rad {error.lineno}, kolumn {error.colno})."
        ) from None
    except RecursionError:
        raise PlanFileError(f"”{path.name}” är för djupt nästlad för att läsas.") from None


@cache
def schema() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(resource(SCHEMA_FILE).read_text(encoding="utf-8"))
    return loaded


def json_path(parts: Any) -> str:
    text = "$"
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else f".{part}"
    return text


_TYPE_NAMES = {
    "string": "en text",
    "integer": "ett heltal",
    "number": "ett tal",
    "boolean": "true eller false",
    "object": "ett objekt",
    "array": "en lista",
    "null": "null",
}


def _schema_message(error: jsonschema.ValidationError) -> tuple[list[Any], str]:
    """A Swedish message (and the path it belongs to) for one schema error."""
    path = list(error.absolute_path)
    keyword, expected, instance = error.validator, error.validator_value, error.instance
    if keyword == "type":
        names = [expected] if isinstance(expected, str) else list(expected)
        return path, "ska vara " + " eller ".join(_TYPE_NAMES.get(n, n) for n in names)
    if keyword == "required":
        missing = [name for name in expected if name not in instance]
        return path, "saknar " + ", ".join(f"”{name}”" for name in missing)
    if keyword == "additionalProperties":
        known = set(error.schema.get("properties", {}))
        extra = sorted(str(key) for key in instance if key not in known)
        return path, "okänt fält " + ", ".join(f"”{name}”" for name in extra)
    if keyword == "enum":
        options = ", ".join("null" if v is None else str(v) for v in expected)
        return path, f"”{instance}” är inget giltigt val ({options})"
    if keyword == "const":
        return path, f"ska vara {json.dumps(expected)}"
    if keyword == "minimum":
        return path, f"ska vara minst {expected}"
    if keyword == "maximum":
        return path, f"får vara högst {expected}"
    if keyword in ("minLength", "pattern") and isinstance(instance, str) and not instance.strip():
        return path, "får inte vara tom"
    if keyword == "pattern":
        return path, f"”{instance}” har fel form"
    if keyword == "minItems":
        return path, f"ska ha minst {expected} element"
    if keyword == "maxItems":
        return path, f"får ha högst {expected} element"
    if keyword == "propertyNames":
        return path, f"”{instance}” är ingen giltig nyckel här"
    if keyword == "oneOf":
        return path, "ska vara null eller ett objekt med ar, varde och ar_malniva"
    return path, error.message


def schema_problems(data: Any) -> list[tuple[str, str]]:
    """Every place where ``data`` breaks the schema, as (JSON path, Swedish message)."""
    validator = jsonschema.Draft202012Validator(schema())
    problems = []
    for error in sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path))):
        if "propertyNames" in error.relative_schema_path:
            # The error sits on the object; name the bad key in the path.
            path = [*error.absolute_path, error.instance]
            message = f"”{error.instance}” är ingen giltig nyckel här"
        else:
            path, message = _schema_message(error)
        problems.append((json_path(path), message))
    return problems


# --- import ------------------------------------------------------------------------------


class _Importer:
    """Writes a checked JSON plan into a new plan file, collecting every field problem."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.problems: list[tuple[str, str]] = []
        self.forsta_ar = 0
        self.names: set[str] = set()

    def problem(self, path: list[Any], message: str) -> None:
        self.problems.append((json_path(path), message))

    def value(self, raw: Any, path: list[Any], label: str = "Värdet") -> Any:
        """A number, text or blank in a value cell (target, outcome, key figure)."""
        try:
            return kinds.value(label)(self.session, raw)
        except InputError as error:
            self.problem(path, error.message)
            return None

    def field(self, kind: str, name: str, value: Any, path: list[Any]) -> Any:
        try:
            return kinds.KINDS[kind].fields[name](self.session, value)
        except InputError as error:
            self.problem(path, error.message)
            return None

    def fields(
        self,
        kind: str,
        data: dict[str, Any],
        path: list[Any],
        convert: dict[str, Callable[[Any], Any]] | None = None,
    ) -> dict[str, Any]:
        values = {}
        for name in kinds.KINDS[kind].fields:
            if name in data:
                raw = data[name]
                if convert and name in convert:
                    raw = convert[name](raw)
                checked = self.field(kind, name, raw, [*path, name])
                if checked is not None or raw is None:
                    values[name] = checked
        return values

    def ids(self, items: list[dict[str, Any]], path: list[Any]) -> None:
        seen: set[int] = set()
        for index, item in enumerate(items):
            if "id" in item:
                if item["id"] in seen:
                    self.problem([*path, index, "id"], f"id {item['id']} förekommer två gånger")
                seen.add(item["id"])

    def add(self, obj: m.Base, item: dict[str, Any]) -> Any:
        if "id" in item:
            obj.id = item["id"]  # type: ignore[attr-defined]
        self.session.add(obj)
        self.session.flush()
        return obj

    def run(self, data: dict[str, Any]) -> None:
        self.front_matter(data["uppgifter"])
        if self.problems:
            return  # without a valid period and plan row nothing else can be checked
        self.risk_scale(data.get("riskskala"))
        for key in (
            "kapitel",
            "verksamheter",
            "malomraden",
            "namndsmal",
            "aktiviteter",
            "investeringar",
            "nyckeltal",
            "internkontroll",
        ):
            self.ids(data.get(key, []), [key])
        for key, items in (
            (
                "indikatorer",
                [i for g in data.get("namndsmal", []) for i in g.get("indikatorer", [])],
            ),
            (
                "nyckeltalskolumner",
                [c for t in data.get("nyckeltal", []) for c in t.get("kolumner", [])],
            ),
            ("nyckeltalsrader", [r for t in data.get("nyckeltal", []) for r in t.get("rader", [])]),
        ):
            self.ids(items, [key])
        if self.problems:
            return  # ids must be unique before any item can be written
        self.simple_list(data, "kapitel", "kapitel", m.Kapitel)
        self.simple_list(data, "verksamheter", "verksamhet", m.Verksamhet)
        self.simple_list(data, "malomraden", "malomrade", m.Malomrade)
        self.goals(data.get("namndsmal", []))
        self.simple_list(
            data,
            "aktiviteter",
            "aktivitet",
            m.Aktivitet,
            {"startdatum": _parse_date, "slutdatum": _parse_date},
        )
        for table, key in (
            (BudgetTabell.DRIFT, "driftbudget"),
            (BudgetTabell.RESULTAT, "resultatrakning"),
        ):
            self.budget(table, data.get(key, {}), [key])
        self.investments(data.get("investeringar", []))
        self.key_figures(data.get("nyckeltal", []))
        self.simple_list(data, "internkontroll", "internkontroll", m.Internkontroll)

    def front_matter(self, data: dict[str, Any]) -> None:
        path: list[Any] = ["uppgifter"]
        try:
            check_period(data["forsta_ar"], data["sista_ar"])
        except InputError as error:
            self.problem([*path, "sista_ar"], error.message)
            return
        self.forsta_ar = data["forsta_ar"]
        self.session.add(
            m.Plan(
                id=1,
                kommun="-",
                namnd="-",
                titel="-",
                forsta_ar=data["forsta_ar"],
                sista_ar=data["sista_ar"],
            )
        )
        self.session.flush()
        values = self.fields("plan", data, path, {"antagen_datum": _parse_date})
        plan = self.session.get_one(m.Plan, 1)
        for name, value in values.items():
            setattr(plan, name, value)

    def risk_scale(self, data: dict[str, Any] | None) -> None:
        from vplan_desktop.services.plan import DEFAULT_SCALES

        scale = DEFAULT_SCALES[4]
        if data is not None:
            scale = d.RiskScale(
                storlek=data["storlek"],
                sannolikhet=tuple(data["sannolikhet"]),
                konsekvens=tuple(data["konsekvens"]),
                band=tuple(
                    d.RiskBand(b["till_och_med"], b["farg"], b.get("namn", ""))
                    for b in data["band"]
                ),
            )
            try:
                _check_scale(scale)
            except InputError as error:
                self.problem(["riskskala"], error.message)
                return
        _write_scale(self.session, scale)
        self.session.flush()

    def simple_list(
        self,
        data: dict[str, Any],
        key: str,
        kind: str,
        model: type[m.Base],
        convert: dict[str, Callable[[Any], Any]] | None = None,
    ) -> None:
        for index, item in enumerate(data.get(key, [])):
            values = self.fields(kind, item, [key, index], convert)
            if kind == "verksamhet" and values.get("namn") in self.names:
                self.problem([key, index, "namn"], f"verksamheten ”{values['namn']}” finns redan")
                continue
            if kind == "verksamhet":
                self.names.add(values.get("namn", ""))
            if kind == "aktivitet":
                self.check_activity(values, [key, index])
                values["overford_fran"] = item.get("overford_fran")
            if any(values.get(name) in (None, "") for name in kinds.KINDS[kind].required):
                continue  # already reported
            self.add(model(**values, ordning=index), item)

    def check_activity(self, values: dict[str, Any], path: list[Any]) -> None:
        if values.get("kostnad_tkr") is not None and values.get("egen_tid"):
            self.problem(path, "ange antingen kostnad_tkr eller egen_tid, inte båda")
        start, end = values.get("startdatum"), values.get("slutdatum")
        if start and end and start > end:
            self.problem([*path, "slutdatum"], "slutdatum kan inte ligga före startdatum")

    def goals(self, goals: list[dict[str, Any]]) -> None:
        for index, goal in enumerate(goals):
            path: list[Any] = ["namndsmal", index]
            values = self.fields(
                "namndsmal", {k: v for k, v in goal.items() if k != "indikatorer"}, path
            )
            bad_area = values.get("malomrade_id") is None and goal.get("malomrade_id") is not None
            if "text" not in values or bad_area:
                continue
            self.add(m.Namndsmal(**values, ordning=index), goal)
            for number, indicator in enumerate(goal.get("indikatorer", [])):
                self.indicator(goal["id"], indicator, [*path, "indikatorer", number], number)

    def indicator(self, goal_id: int, data: dict[str, Any], path: list[Any], order: int) -> None:
        plain = {k: v for k, v in data.items() if k not in ("nulage", "malnivaer", "utfall")}
        nulage = data.get("nulage") or {}
        plain.update(
            {
                "namndsmal_id": goal_id,
                "nulage_ar": nulage.get("ar"),
                "nulage": nulage.get("varde"),
                "nulage_ar_malniva": nulage.get("ar_malniva", False),
            }
        )
        values = self.fields("indikator", plain, path)
        if "namn" not in values:
            return
        indicator = self.add(m.Indikator(**values, ordning=order), data)
        for slag, key in ((VardeSlag.MALNIVA, "malnivaer"), (VardeSlag.UTFALL, "utfall")):
            for year, raw in data.get(key, {}).items():
                value = self.value(raw, [*path, key, year])
                if value is not None:
                    row = m.IndikatorVarde(indikator_id=indicator.id, slag=slag, ar=int(year))
                    row.value = value
                    self.session.add(row)

    def budget(self, table: BudgetTabell, data: dict[str, Any], path: list[Any]) -> None:
        columns: dict[str, m.BudgetKolumn] = {}
        for index, column in enumerate(data.get("kolumner", [])):
            key = f"{column['slag']}-{column['ar']}"
            if key in columns:
                self.problem([*path, "kolumner", index], f"kolumnen {key} förekommer två gånger")
                continue
            columns[key] = m.BudgetKolumn(
                tabell=table,
                slag=KolumnSlag(column["slag"]),
                ar=column["ar"],
                anmarkning=column.get("anmarkning", ""),
                ordning=index,
            )
            self.session.add(columns[key])
        self.session.flush()
        rows_seen: set[int] = set()
        for index, row in enumerate(data.get("rader", [])):
            row_path = [*path, "rader", index]
            if (
                self.field(
                    "driftbudget_rad",
                    "verksamhet_id",
                    row["verksamhet_id"],
                    [*row_path, "verksamhet_id"],
                )
                is None
            ):
                continue
            if row["verksamhet_id"] in rows_seen:
                self.problem([*row_path, "verksamhet_id"], "verksamheten har redan en rad")
                continue
            rows_seen.add(row["verksamhet_id"])
            model: Any = m.DriftbudgetRad if table is BudgetTabell.DRIFT else m.ResultatRad
            created = self.add(
                model(
                    verksamhet_id=row["verksamhet_id"],
                    ordning=index,
                    att_granska=row.get("att_granska", False),
                ),
                row,
            )
            for key, amount in row.get("belopp", {}).items():
                if key not in columns:
                    self.problem([*row_path, "belopp", key], "det finns ingen sådan kolumn")
                elif table is BudgetTabell.DRIFT:
                    self.session.add(
                        m.DriftbudgetBelopp(
                            rad_id=created.id, kolumn_id=columns[key].id, belopp=amount
                        )
                    )
                else:
                    self.session.add(
                        m.ResultatBelopp(rad_id=created.id, kolumn_id=columns[key].id, **amount)
                    )
        years: set[int] = set()
        for index, ram in enumerate(data.get("kf_ram", [])):
            if ram["ar"] in years:
                self.problem([*path, "kf_ram", index, "ar"], f"ramen för {ram['ar']} finns redan")
                continue
            years.add(ram["ar"])
            self.session.add(
                m.KfRam(ar=ram["ar"], belopp=ram["belopp"], beslut=ram.get("beslut", ""))
            )
        self.session.flush()

    def investments(self, items: list[dict[str, Any]]) -> None:
        last = self.forsta_ar + d.MAX_INVESTMENT_YEARS - 1
        for index, item in enumerate(items):
            values = self.fields("investering", item, ["investeringar", index])
            if "projekt" not in values:
                continue
            created = self.add(m.Investering(**values, ordning=index), item)
            for year, amount in item.get("belopp", {}).items():
                if not self.forsta_ar <= int(year) <= last:
                    self.problem(
                        ["investeringar", index, "belopp", year],
                        f"investeringar planeras för åren {self.forsta_ar}–{last}",
                    )
                    continue
                self.session.add(
                    m.InvesteringBelopp(investering_id=created.id, ar=int(year), belopp=amount)
                )

    def key_figures(self, tables: list[dict[str, Any]]) -> None:
        for index, table in enumerate(tables):
            path: list[Any] = ["nyckeltal", index]
            values = self.fields(
                "nyckeltal_tabell",
                {k: v for k, v in table.items() if k in ("rubrik", "enhet", "att_granska")},
                path,
            )
            if "rubrik" not in values:
                continue
            created = self.add(m.NyckeltalTabell(**values, ordning=index), table)
            column_ids = set()
            for number, column in enumerate(table.get("kolumner", [])):
                self.add(
                    m.NyckeltalKolumn(
                        tabell_id=created.id, rubrik=column["rubrik"], ordning=number
                    ),
                    column,
                )
                column_ids.add(column["id"])
            for number, row in enumerate(table.get("rader", [])):
                row_path = [*path, "rader", number]
                row_values = self.fields(
                    "nyckeltal_rad",
                    {k: v for k, v in row.items() if k in ("namn", "enhet")},
                    row_path,
                )
                if "namn" not in row_values:
                    continue
                new_row = self.add(
                    m.NyckeltalRad(tabell_id=created.id, ordning=number, **row_values), row
                )
                for key, raw in row.get("varden", {}).items():
                    if int(key) not in column_ids:
                        self.problem([*row_path, "varden", key], "tabellen har ingen sådan kolumn")
                        continue
                    value = self.value(raw, [*row_path, "varden", key])
                    if value is not None:
                        cell = m.NyckeltalVarde(rad_id=new_row.id, kolumn_id=int(key))
                        cell.value = value
                        self.session.add(cell)


def _parse_date(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return value  # the field check reports it
    return value


def import_json(data: Any, path: Path) -> None:
    """Create the plan file ``path`` from ``data`` in the interchange format.

    Raises ``InterchangeError`` listing every problem; then no file is written.
    """
    problems = schema_problems(data)
    if problems:
        raise InterchangeError(problems)
    with PlanDocument.create(path) as doc, doc.transaction() as session:
        importer = _Importer(session)
        importer.run(data)
        session.flush()
        if importer.problems:
            raise InterchangeError(importer.problems)

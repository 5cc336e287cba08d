"""A checked JSON plan written into a new plan file."""

from __future__ import annotations

import base64
import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from vplan_desktop import domain as d
from vplan_desktop.db import models as m
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import BeloppEnhet, BudgetTabell, Jamforare, VardeSlag
from vplan_desktop.errors import InputError, InterchangeError, disk_full_as_error
from vplan_desktop.interchange import follow_up_json, import_budget
from vplan_desktop.interchange.formats import forward
from vplan_desktop.interchange.reading import json_path, schema_problems
from vplan_desktop.numbers import check_amount, item_name
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import goal_tree, kinds
from vplan_desktop.services.plan import (
    DEFAULT_SCALES,
    check_period,
    check_risk_scale,
    write_risk_scale,
)
from vplan_desktop.services.values import VALUE_LABELS

# --- import ------------------------------------------------------------------------------

ONLY_A_NUMBER_COMPARES = "bara en målnivå som är ett tal kan ha ≥, ≤, >, < eller ="


class Importer:
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

    def amount(self, raw: Any, path: list[Any], label: str) -> Decimal | None:
        """An amount in its table's unit (None when blank or refused, the refusal noted)."""
        if raw is None:
            return None
        try:
            return check_amount(raw, label)
        except InputError as error:
            self.problem(path, error.message)
            return None

    def unit_name(self, verksamhet_id: int) -> str:
        unit = self.session.get(m.Verksamhet, verksamhet_id)
        return item_name(unit.namn) if unit is not None else "raden"

    def field(self, kind: ItemKind, name: str, value: Any, path: list[Any]) -> Any:
        try:
            return kinds.KINDS[kind].fields[name](self.session, value)
        except InputError as error:
            self.problem(path, error.message)
            return None

    def fields(
        self,
        kind: ItemKind,
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
            "bilder",
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
        self.simple_list(data, "bilder", ItemKind.BILD, m.Bild, {"data": _base64})
        self.simple_list(data, "kapitel", ItemKind.KAPITEL, m.Kapitel)
        self.simple_list(data, "verksamheter", ItemKind.VERKSAMHET, m.Verksamhet)
        self.simple_list(data, "malomraden", ItemKind.MALOMRADE, m.Malomrade)
        self.goals(data.get("namndsmal", []))
        self.simple_list(
            data,
            "aktiviteter",
            ItemKind.AKTIVITET,
            m.Aktivitet,
            {
                "startdatum": _parse_date,
                "slutdatum": _parse_date,
                "slutdatum_reviderat": _parse_date,
            },
        )
        for table, key in (
            (BudgetTabell.DRIFT, "driftbudget"),
            (BudgetTabell.RESULTAT, "resultatrakning"),
        ):
            self.budget(table, data.get(key, {}), [key])
        if data.get("resultatrakning", {}).get("summerad") is False:
            self.session.get_one(m.Plan, 1).summa_resultat = False
        self.investments(data.get("investeringar", []))
        self.key_figures(data.get("nyckeltal", []))
        self.simple_list(data, "internkontroll", ItemKind.INTERNKONTROLL, m.Internkontroll)
        if self.problems:
            return  # follow-ups refer to the items above, which must all be in place
        follow_up_json.read_scale(self, data.get("bedomningsskala"))
        follow_up_json.read_periods(self, data.get("uppfoljningar", []))

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
        names = data.get("malnivaer") or {}
        flat = {**data, **{f"malniva_{level}": name for level, name in names.items()}}
        values = self.fields(ItemKind.PLAN, flat, path, {"antagen_datum": _parse_date})
        plan = self.session.get_one(m.Plan, 1)
        for name, value in values.items():
            setattr(plan, name, value)
        # The amounts are read in these units as they stand (the schema checks the names);
        # nothing is converted.
        for table, unit in (data.get("enheter") or {}).items():
            setattr(plan, f"enhet_{table}", BeloppEnhet(unit))
        if "avvikelsegrans" in data:  # a number from 0 to 100 (the schema checks it)
            plan.avvikelsegrans = follow_up_json.percent(data["avvikelsegrans"])

    def risk_scale(self, data: dict[str, Any] | None) -> None:
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
                check_risk_scale(scale)
            except InputError as error:
                self.problem(["riskskala"], error.message)
                return
        write_risk_scale(self.session, scale)
        self.session.flush()

    def simple_list(
        self,
        data: dict[str, Any],
        key: str,
        kind: ItemKind,
        model: type[m.Base],
        convert: dict[str, Callable[[Any], Any]] | None = None,
    ) -> None:
        for index, item in enumerate(data.get(key, [])):
            values = self.fields(kind, item, [key, index], convert)
            if kind is ItemKind.VERKSAMHET and values.get("namn") in self.names:
                self.problem([key, index, "namn"], f"verksamheten ”{values['namn']}” finns redan")
                continue
            if kind is ItemKind.VERKSAMHET:
                self.names.add(values.get("namn", ""))
            if kind is ItemKind.AKTIVITET:
                if not self.check_activity(values, [key, index]):
                    continue  # reported; the file is refused
                values["overford_fran"] = item.get("overford_fran")
            if any(values.get(name) in (None, "") for name in kinds.KINDS[kind].required):
                continue  # already reported
            ordered = {"ordning": index} if kinds.KINDS[kind].ordered else {}
            self.add(model(**values, **ordered), item)

    def check_activity(self, values: dict[str, Any], path: list[Any]) -> bool:
        """Whether the activity's fields agree with each other (each problem noted)."""
        found = len(self.problems)
        if values.get("kostnad_tkr") is not None and values.get("egen_tid"):
            self.problem(path, "ange antingen kostnad_tkr eller egen_tid, inte båda")
        start, end = values.get("startdatum"), values.get("slutdatum")
        if start and end and start > end:
            self.problem([*path, "slutdatum"], "slutdatum kan inte ligga före startdatum")
        revised = values.get("slutdatum_reviderat")
        if start and revised and start > revised:
            self.problem(
                [*path, "slutdatum_reviderat"], "det reviderade slutdatumet ligger före startdatum"
            )
        if values.get("namndsmal_id") is not None and values.get("malomrade_id") is not None:
            self.problem(path, "ange antingen namndsmal_id eller malomrade_id, inte båda")
        return len(self.problems) == found

    def goals(self, goals: list[dict[str, Any]]) -> None:
        """The goals, then their places in the tree (a parent may come after its sub-goal
        in a file written by hand), then their indicators."""
        added: list[tuple[int, dict[str, Any], m.Namndsmal]] = []
        for index, goal in enumerate(goals):
            path: list[Any] = ["namndsmal", index]
            own = {k: v for k, v in goal.items() if k not in ("indikatorer", "overordnat_id")}
            values = self.fields(ItemKind.NAMNDSMAL, own, path)
            bad_area = values.get("malomrade_id") is None and goal.get("malomrade_id") is not None
            if "text" not in values or bad_area:
                continue
            row = self.add(m.Namndsmal(**values, ordning=index), goal)
            added.append((index, goal, row))
            self.year_texts(row, goal.get("arstexter", {}), [*path, "arstexter"])
        self.tree(added)
        for index, goal, row in added:
            for number, indicator in enumerate(goal.get("indikatorer", [])):
                path = ["namndsmal", index, "indikatorer", number]
                self.indicator(row.id, indicator, path, number)

    def year_texts(self, goal: m.Namndsmal, texts: dict[str, Any], path: list[Any]) -> None:
        for key, raw in texts.items():
            try:
                year = kinds.year("Året")(self.session, int(key))
                text = kinds.text(f"Målet för {key}", limit=goal_tree.YEAR_TEXT)(
                    self.session, raw
                ).strip()
            except (InputError, ValueError) as error:
                message = error.message if isinstance(error, InputError) else "inget årtal"
                self.problem([*path, key], message)
                continue
            if text:
                self.session.add(m.MalArstext(namndsmal_id=goal.id, ar=year, text=text))

    def tree(self, added: list[tuple[int, dict[str, Any], m.Namndsmal]]) -> None:
        """Each goal under its parent, in the parent's målområde; no loops. A parent may come
        after its sub-goal, and a sub-goal may leave out its målområde (it is its parent's)."""
        rows = {row.id: row for _, _, row in added}
        for index, goal, row in added:
            parent_id = goal.get("overordnat_id")
            if parent_id is None:
                continue
            if parent_id not in rows:
                self.problem(
                    ["namndsmal", index, "overordnat_id"], f"det finns inget mål med id {parent_id}"
                )
                continue
            row.overordnat_id = parent_id
        for index, _, row in added:
            seen = {row.id}
            above = row.overordnat_id
            while above is not None:
                if above in seen:
                    self.problem(["namndsmal", index, "overordnat_id"], goal_tree.LOOP)
                    return
                seen.add(above)
                above = rows[above].overordnat_id
        # The målområde of the goal at the top of each branch, for every goal under it.
        for index, goal, row in added:
            top = row
            while top.overordnat_id is not None:
                top = rows[top.overordnat_id]
            given = goal.get("malomrade_id")
            if top is not row and given is not None and given != top.malomrade_id:
                self.problem(
                    ["namndsmal", index, "overordnat_id"],
                    "det överordnade målet hör till ett annat målområde",
                )
            row.malomrade_id = top.malomrade_id
        self.session.flush()

    def indicator(self, goal_id: int, data: dict[str, Any], path: list[Any], order: int) -> None:
        values_of = ("nulage", "malnivaer", "utfall", "jamforelser", "jamforare")
        plain = {k: v for k, v in data.items() if k not in values_of}
        nulage = data.get("nulage") or {}
        plain.update(
            {
                "namndsmal_id": goal_id,
                "nulage_ar": nulage.get("ar"),
                "nulage": nulage.get("varde"),
                "nulage_ar_malniva": nulage.get("ar_malniva", False),
            }
        )
        values = self.fields(ItemKind.INDIKATOR, plain, path)
        if "namn" not in values:
            return
        indicator = self.add(m.Indikator(**values, ordning=order), data)
        for slag, key in (
            (VardeSlag.MALNIVA, "malnivaer"),
            (VardeSlag.UTFALL, "utfall"),
            (VardeSlag.JAMFORELSE, "jamforelser"),
        ):
            for year, raw in data.get(key, {}).items():
                label = f"{VALUE_LABELS[slag]} {year} för {item_name(values['namn'])}"
                value = self.value(raw, [*path, key, year], label)
                if value is not None:
                    row = m.IndikatorVarde(indikator_id=indicator.id, slag=slag, ar=int(year))
                    row.value = value
                    if slag is VardeSlag.MALNIVA:
                        row.jamforare = self.comparison(data, year, path, value)
                    self.session.add(row)
        for year in data.get("jamforare", {}):
            if data.get("malnivaer", {}).get(year) is None:
                self.problem([*path, "jamforare", year], "det finns ingen målnivå för året")
        if data.get("langsiktigt_jamforare") is not None and not isinstance(
            values.get("langsiktigt"), Decimal
        ):
            self.problem([*path, "langsiktigt_jamforare"], ONLY_A_NUMBER_COMPARES)

    def comparison(
        self, data: dict[str, Any], year: str, path: list[Any], target: Any
    ) -> Jamforare | None:
        raw = data.get("jamforare", {}).get(year)
        if raw is None:
            return None
        if not isinstance(target, Decimal):
            self.problem([*path, "jamforare", year], ONLY_A_NUMBER_COMPARES)
            return None
        try:
            return Jamforare(raw)
        except ValueError:
            self.problem([*path, "jamforare", year], f"”{raw}” är ingen jämförelse")
            return None

    def budget(self, table: BudgetTabell, data: dict[str, Any], path: list[Any]) -> None:
        import_budget.budget(self, table, data, path)

    def investments(self, items: list[dict[str, Any]]) -> None:
        import_budget.investments(self, items)

    def key_figures(self, tables: list[dict[str, Any]]) -> None:
        for index, table in enumerate(tables):
            path: list[Any] = ["nyckeltal", index]
            values = self.fields(
                ItemKind.NYCKELTAL_TABELL,
                {k: v for k, v in table.items() if k in TABLE_FIELDS},
                path,
            )
            if "rubrik" not in values:
                continue
            created = self.add(m.NyckeltalTabell(**values, ordning=index), table)
            column_names: dict[int, str] = {}
            for number, column in enumerate(table.get("kolumner", [])):
                self.add(
                    m.NyckeltalKolumn(
                        tabell_id=created.id, rubrik=column["rubrik"], ordning=number
                    ),
                    column,
                )
                column_names[column["id"]] = column["rubrik"]
            for number, row in enumerate(table.get("rader", [])):
                row_path = [*path, "rader", number]
                row_values = self.fields(
                    ItemKind.NYCKELTAL_RAD,
                    {k: v for k, v in row.items() if k in ("namn", "enhet", "niva")},
                    row_path,
                )
                if "namn" not in row_values:
                    continue
                if row_values.get("niva") == 1 and not number:
                    self.problem([*row_path, "niva"], kinds.FIRST_ROW_NOT_SUB_ROW)
                    continue
                new_row = self.add(
                    m.NyckeltalRad(tabell_id=created.id, ordning=number, **row_values), row
                )
                for key, raw in row.get("varden", {}).items():
                    if int(key) not in column_names:
                        self.problem([*row_path, "varden", key], "tabellen har ingen sådan kolumn")
                        continue
                    column_name = item_name(column_names[int(key)])
                    value = self.value(
                        raw,
                        [*row_path, "varden", key],
                        f"Värdet för {item_name(row_values['namn'])} i kolumnen {column_name}",
                    )
                    if value is not None:
                        cell = m.NyckeltalVarde(rad_id=new_row.id, kolumn_id=int(key))
                        cell.value = value
                        self.session.add(cell)


TABLE_FIELDS = ("rubrik", "enhet", "malomrade_id", "frekvens", "fotnoter", "att_granska")
"""A key-figure table's own fields in the format."""


def _base64(value: Any) -> Any:
    """An image's bytes from their base64 text; anything else is left for the field check
    (``images.check_image``), which says what is wrong."""
    if isinstance(value, str):
        try:
            return base64.b64decode(value, validate=True)
        except ValueError:
            return value
    return value


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
    data = forward(data)
    # A full disk fails inside SQLite or the migrations; the user gets the one message.
    with (
        disk_full_as_error(Path(path).name),
        PlanDocument.create(path) as doc,
        doc.transaction() as session,
    ):
        importer = Importer(session)
        importer.run(data)
        session.flush()
        if importer.problems:
            raise InterchangeError(importer.problems)

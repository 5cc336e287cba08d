"""The Word import's recognition rate: which expected items of a corpus document (tests/
word_shapes.py) the imported plan holds in the right kind, with the right name (whitespace and
case folded) and the right figures (Decimals; "67 %" is 67 with the unit "%"), and why each
other item is not recognised.

Independent of how the import works: it reads the plan as vplan shows it (the snapshot). The
texts of the source and the plan are compared in ``word_rate_texts`` (re-exported here)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from tests.word_rate_texts import (
    chapter_key,
    goal_names,
    key,
    lost_texts,
    norm,
    number,
    numbers_in,
    plan_texts,
    source_texts,
    texts_in,
)
from tests.word_shapes_model import (
    KINDS,
    Activity,
    ActivityStatus,
    Assessment,
    BudgetRow,
    Control,
    Expected,
    Front,
    Goal,
    Indicator,
    Item,
    KeyRow,
    TableNote,
    Val,
)
from vplan_desktop import domain as d
from vplan_desktop.db.enums import Jamforare
from vplan_desktop.targets import parse_target

__all__ = [
    "Rate",
    "front_problems",
    "goal_names",
    "lost_texts",
    "norm",
    "numbers_in",
    "plan_texts",
    "rate",
    "source_texts",
    "texts_in",
]

# --- the rate --------------------------------------------------------------------------------


@dataclass
class Rate:
    """Per kind, how many expected items the plan holds right, and what it missed."""

    found: dict[str, int] = field(default_factory=dict)
    total: dict[str, int] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)

    @property
    def overall(self) -> float:
        total = sum(self.total.values())
        return sum(self.found.values()) / total if total else 1.0

    def of(self, kind: str) -> float:
        return self.found.get(kind, 0) / self.total[kind] if self.total.get(kind) else 1.0

    def kinds(self) -> list[str]:
        return [k for k in KINDS if self.total.get(k)]


def rate(expected: Expected, plan: d.PlanSnapshot) -> Rate:
    """Which of ``expected``'s items ``plan`` holds in the right kind, with the right name
    and the right figures."""
    finder = _Finder(plan)
    out = Rate()
    for kind, item in expected.items():
        out.total[kind] = out.total.get(kind, 0) + 1
        problem = finder.problem(kind, item)
        if problem:
            out.missing.append(f"{kind}: {problem}")
        else:
            out.found[kind] = out.found.get(kind, 0) + 1
    for kind, name in expected.not_rows:  # a row that must not be there counts as a miss
        if finder.holds_row(kind, name):
            out.total[kind] = out.total.get(kind, 0) + 1
            out.missing.append(f"{kind}: ”{name}” är ingen rad men finns i planen")
    return out


def _same(expected: Val | None, actual: d.Value) -> bool:
    """Whether a value of the plan is the expected one: numbers as Decimals, text by its
    words; a number may also be kept as the text that prints it."""
    if expected is None:
        return actual is None or actual == ""
    if isinstance(expected, Decimal):
        if isinstance(actual, Decimal):
            return actual == expected
        parsed = None if actual is None else number(actual)
        return parsed is not None and parsed[0] == expected
    if isinstance(actual, str):
        return key(actual) == key(expected)
    parsed = number(expected)
    return parsed is not None and actual == parsed[0]


def _same_target(expected: Val | None, actual: d.Value, jamforare: Jamforare | None) -> bool:
    """A target: "≥ 25 %" is 25 compared as "minst" (vplan holds the comparison apart)."""
    if isinstance(expected, str):
        value, compared = parse_target(expected)
        worded = re.fullmatch(r"(.*\d)\s+[^\W\d]{1,12}", expected.strip())
        if compared is None and worded:  # "≤ 10 min": the unit is the indicator's
            if isinstance(actual, str) and key(actual) == key(expected):
                return True  # or kept as printed where the row's units differ
            value, compared = parse_target(worded.group(1))
        if compared is not None and isinstance(value, Decimal):
            return jamforare is compared and _same(value, actual)
    return _same(expected, actual)


def _same_cell(expected: str, actual: d.Value) -> bool:
    """A key figure's value against the cell's printed text."""
    parsed = number(expected)
    if parsed is not None:
        return _same(parsed[0], actual)
    return _same(expected, actual)


def _table_is(table: d.NyckeltalTabell, heading: str) -> bool:
    """Whether the key-figure table is the one printed under ``heading`` ("" for any): its
    heading is that one, or holds it, or is held in it ("Bilaga 1 Nyckeltal")."""
    have, wanted = key(table.rubrik), key(heading)
    return not wanted or wanted in have or bool(have and have in wanted)


def _actuals(amounts: dict[tuple[str, int], Decimal]) -> dict[tuple[str, int], Decimal]:
    """The amounts with a whole year's "Utfall" and its "Bokslut" as one kind: both are what
    the year cost (a verksamhetsberättelse's "Utfall 2026" is the bokslut)."""
    return {
        ("bokslut" if kind == "utfall" else kind, year): v for (kind, year), v in amounts.items()
    }


def _values(values: dict[int, d.Value]) -> dict[int, d.Value]:
    return {y: v for y, v in values.items() if v is not None and v != ""}


def _show(values: dict[Any, Any]) -> str:
    return "{" + ", ".join(f"{k}: {v}" for k, v in sorted(values.items(), key=str)) + "}"


class _Finder:
    """Looks items up in one plan."""

    def __init__(self, plan: d.PlanSnapshot) -> None:
        self.plan = plan
        self.areas = {a.id: a for a in plan.malomraden}
        self.goals = {g.id: g for g in plan.namndsmal}
        self.units = {v.id: v.namn for v in plan.verksamheter}
        self.columns = {c.id: (c.slag.value, c.ar) for c in plan.budgetkolumner}

    def problem(self, kind: str, item: Item) -> str:
        """Why ``item`` is not recognised; "" when it is."""
        if isinstance(item, str):
            return self.chapter(item)
        if isinstance(item, Goal):
            return self.goal(item)
        if isinstance(item, Indicator):
            return self.indicator(item)
        if isinstance(item, Activity):
            return self.activity(item)
        if isinstance(item, BudgetRow):
            return self.budget_row(item)
        if isinstance(item, KeyRow):
            return self.key_row(item)
        if isinstance(item, TableNote):
            return self.note(item)
        if isinstance(item, Control):
            return self.control(item)
        if isinstance(item, Assessment):
            return self.assessment(item)
        return self.status(item)

    @staticmethod
    def _closest(name: str, problems: list[str]) -> str:
        return f"”{name}”: " + (problems[0] if problems else "finns inte")

    def chapter(self, heading: str) -> str:
        wanted = chapter_key(heading)
        if any(chapter_key(k.rubrik) == wanted for k in self.plan.kapitel):
            return ""
        return f"kapitlet ”{heading}” finns inte"

    def goal_ids(self, text: str) -> set[int]:
        wanted = key(text)
        return {g.id for g in self.plan.namndsmal if key(g.text) == wanted}

    def goal(self, goal: Goal) -> str:
        problems = []
        for g in self.plan.namndsmal:
            if goal.text and key(g.text) != key(goal.text):
                continue
            wanted = {y: key(t) for y, t in goal.arstexter.items()}
            if goal.arstexter and {y: key(t) for y, t in g.arstexter.items()} != wanted:
                if not goal.text:
                    continue
                problems.append(f"årstexter {_show(g.arstexter)}")
                continue
            if goal.niva and g.niva.value != goal.niva:
                problems.append(f"nivå {g.niva.value}, väntad {goal.niva}")
                continue
            return ""
        return self._closest(goal.text or _show(goal.arstexter), problems)

    def indicator(self, ind: Indicator) -> str:
        goals = self.goal_ids(ind.goal)
        problems = []
        for i in self.plan.indikatorer:
            if key(i.namn) != key(ind.name):
                continue
            if i.namndsmal_id not in goals:
                problems.append(f"under målet ”{self.goals[i.namndsmal_id].text[:60]}”")
                continue
            problem = self._indicator_figures(ind, i)
            if not problem:
                return ""
            problems.append(problem)
        return self._closest(ind.name, problems)

    def _indicator_figures(self, ind: Indicator, i: d.Indikator) -> str:
        if ind.unit and norm(i.enhet) != norm(ind.unit):
            return f"enhet ”{i.enhet}”, väntad ”{ind.unit}”"
        # A follow-up that prints outcomes but no nuläge leaves the baseline to the import.
        baseline_given = ind.nulage is not None or not ind.outcomes
        if baseline_given and (
            not _same(ind.nulage, i.nulage)
            or (ind.nulage is not None and i.nulage_ar != ind.nulage_ar)
        ):
            return f"nuläge {i.nulage_ar}: {i.nulage}, väntat {ind.nulage_ar}: {ind.nulage}"
        targets = _values(i.malnivaer)
        if set(targets) != set(ind.targets) or not all(
            _same_target(v, targets[y], i.jamforare.get(y)) for y, v in ind.targets.items()
        ):
            return f"målnivåer {_show(targets)}, väntade {_show(ind.targets)}"
        outcomes = _values(i.utfall)
        for period in self.plan.uppfoljningar:
            outcome = period.outcome(i.id).varde
            if outcome is not None and outcome != "":
                outcomes.setdefault(period.ar, outcome)
        if set(outcomes) != set(ind.outcomes) or not all(
            _same(v, outcomes[y]) for y, v in ind.outcomes.items()
        ):
            return f"utfall {_show(outcomes)}, väntade {_show(ind.outcomes)}"
        return ""

    def _group_names(self, a: d.Aktivitet) -> set[str]:
        names = set()
        if a.malomrade_id in self.areas:
            area = self.areas[a.malomrade_id]
            names |= {key(area.namn), key(area.rubrik)}
        goal = self.goals.get(a.namndsmal_id or 0)
        if goal is not None:
            names.add(key(goal.text))
            if goal.malomrade_id in self.areas:
                area = self.areas[goal.malomrade_id]
                names |= {key(area.namn), key(area.rubrik)}
        if a.verksamhet_id in self.units:
            names.add(key(self.units[a.verksamhet_id]))
        return names

    def activity(self, act: Activity) -> str:
        problems = []
        for a in self.plan.aktiviteter:
            if key(a.namn) != key(act.name):
                continue
            if act.ansvarig and key(a.ansvarig) != key(act.ansvarig):
                problems.append(f"ansvarig ”{a.ansvarig}”, väntad ”{act.ansvarig}”")
            elif act.slutdatum and a.slutdatum != act.slutdatum:
                problems.append(f"slutdatum {a.slutdatum}, väntat {act.slutdatum}")
            elif act.status and (a.status is None or a.status.value != act.status):
                problems.append(f"status {a.status}, väntad {act.status}")
            elif act.group and key(act.group) not in self._group_names(a):
                problems.append(f"inte under ”{act.group}”")
            elif act.verksamhet and key(self.units.get(a.verksamhet_id or 0, "")) != key(
                act.verksamhet
            ):
                problems.append(f"verksamhet saknas, väntad ”{act.verksamhet}”")
            elif act.kostnad is not None and a.kostnad_tkr != act.kostnad:
                problems.append(f"kostnad {a.kostnad_tkr}, väntad {act.kostnad}")
            elif act.egen_tid and not a.egen_tid:
                problems.append("inte egen tid")
            else:
                return ""
        return self._closest(act.name, problems)

    def _amounts(self, belopp: dict[int, Decimal]) -> dict[tuple[str, int], Decimal]:
        return _actuals({self.columns[c]: v for c, v in belopp.items() if v is not None})

    def budget_row(self, row: BudgetRow) -> str:
        if row.table == "investering":  # an investment's amounts are by year alone
            wanted = {("", year): v for (_, year), v in row.amounts.items()}
        else:
            wanted = _actuals(row.amounts)
        problems = []
        for amounts in self._budget_rows(row):
            if amounts == wanted:
                return ""
            problems.append(f"belopp {_show(amounts)}, väntade {_show(wanted)}")
        return self._closest(row.name, problems)

    def holds_row(self, kind: str, name: str) -> bool:
        """Whether the plan holds a row of ``kind`` named ``name``."""
        if kind == "nyckeltal":
            return any(key(r.namn) == key(name) for t in self.plan.nyckeltal for r in t.rader)
        return bool(self._budget_rows(BudgetRow(kind, name, {})))

    def _budget_rows(self, row: BudgetRow) -> list[dict[tuple[str, int], Decimal]]:
        """The amounts of each row of the plan named as ``row`` is, in its table."""
        name = key(row.name)
        if row.table == "investering":
            return [
                {("", year): v for year, v in i.belopp.items() if v is not None}
                for i in self.plan.investeringar
                if key(i.projekt) == name
                and (not row.projektnummer or key(i.projektnummer) == key(row.projektnummer))
            ]
        if row.table == "resultat":
            return [self._amounts(r.belopp) for r in self.plan.kostnadsslag if key(r.namn) == name]
        out = []
        for r in self.plan.driftbudget:
            if key(self.units.get(r.verksamhet_id, "")) != name:
                continue
            amounts = {self.columns[c]: v for c, v in r.belopp.items() if v is not None}
            for period in self.plan.uppfoljningar:  # a follow-up's utfall and prognos
                done = period.drift_row(r.id)
                if done.utfall is not None:
                    amounts.setdefault(("utfall", period.ar), done.utfall)
                if done.prognos is not None:
                    amounts.setdefault(("prognos", period.ar), done.prognos)
            out.append(_actuals(amounts))
        return out

    def key_row(self, row: KeyRow) -> str:
        problems = []
        for table in self.plan.nyckeltal:
            if not _table_is(table, row.table):
                continue
            columns = {k.id: key(k.rubrik) for k in table.kolumner}
            for index, r in enumerate(table.rader):
                if key(r.namn) != key(row.name):
                    continue
                values = {columns[c]: v for c, v in r.varden.items() if c in columns}
                bad = [
                    f"{column}: {values.get(key(column))}, väntat {text}"
                    for column, text in row.values.items()
                    if not _same_cell(text, values.get(key(column)))
                ]
                if row.unit and key(r.enhet) != key(row.unit):
                    bad.append(f"enhet ”{r.enhet}”, väntad ”{row.unit}”")
                if bad:
                    problems.append(bad[0])
                elif row.group and not self._in_group(table, index, row.group):
                    problems.append(f"inte under gruppen ”{row.group}”")
                else:
                    return ""
        return self._closest(row.name, problems)

    @staticmethod
    def _in_group(table: d.NyckeltalTabell, index: int, group: str) -> bool:
        """Whether the row keeps its group: in its name, a value, the table's heading, or the
        nearest row above it that is the group's own line (no values, or a main row over
        this sub-row)."""
        wanted = key(group)
        row = table.rader[index]
        if wanted in key(row.namn) or wanted in key(table.rubrik):
            return True
        if any(isinstance(v, str) and key(v) == wanted for v in row.varden.values()):
            return True
        for above in reversed(table.rader[:index]):
            if not _values(dict(above.varden)) or above.niva < row.niva:
                return key(above.namn) == wanted
        return False

    def note(self, note: TableNote) -> str:
        for table in self.plan.nyckeltal:
            if _table_is(table, note.table) and key(note.text) in map(key, table.notes):
                return ""
        return self._closest(note.text[:60], [])

    def control(self, control: Control) -> str:
        for c in self.plan.internkontroll:
            if key(c.kontrollmoment) == key(control.kontrollmoment) and (
                not control.process or key(c.process) == key(control.process)
            ):
                return ""
        return self._closest(control.kontrollmoment, [])

    def assessment(self, item: Assessment) -> str:
        goals = self.goal_ids(item.goal)
        if not goals:
            return self._closest(item.goal, ["målet finns inte"])
        found = []
        for period in self.plan.uppfoljningar:
            for goal_id in goals:
                level = self.plan.bedomningsniva(period.goal(goal_id).bedomningsniva_id)
                if level is not None:
                    if level.grad.value == item.grad:
                        return ""
                    found.append(level.grad.value)
        return self._closest(item.goal, [f"bedömt {found}, väntat {item.grad}"] if found else [])

    def status(self, item: ActivityStatus) -> str:
        ids = [a.id for a in self.plan.aktiviteter if key(a.namn) == key(item.activity)]
        if not ids:
            return self._closest(item.activity, ["aktiviteten finns inte"])
        found = []
        for period in self.plan.uppfoljningar:
            for activity_id in ids:
                status = period.activity(activity_id).status
                if status is not None:
                    if status.value == item.status:
                        return ""
                    found.append(status.value)
        return self._closest(
            item.activity, [f"status {found}, väntad {item.status}"] if found else []
        )


def front_problems(front: Front, plan: d.PlanSnapshot) -> list[str]:
    """What the plan's Uppgifter say differently from the cover page."""
    u = plan.uppgifter
    dnr = re.sub(r"^(?:dnr|diarienummer)[:.]?\s*", "", key(u.diarienummer))
    pairs = [
        ("nämnd", key(u.namnd), key(front.namnd)),
        ("kommun", key(u.kommun), key(front.kommun)),
        ("första år", str(u.forsta_ar), str(front.forsta_ar)),
        ("sista år", str(u.sista_ar), str(front.sista_ar)),
        ("titel", key(u.titel), key(front.titel or u.titel)),
        ("ordförande", key(u.ordforande_text), key(front.ordforande)),
        ("förvaltningschef", key(u.forvaltningschef), key(front.forvaltningschef)),
        ("diarienummer", dnr, key(front.diarienummer)),
    ]
    return [f"{name}: ”{have}”, väntat ”{want}”" for name, have, want in pairs if have != want]

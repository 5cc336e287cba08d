"""Clients of one plan on the server, each in a process of its own with its own connection and
``ServerSession``, editing as the window does: a budget cell, an activity's name, an
indicator's target, each based on what the client last read (``seen=``).

Every write is of a value no other write has (the client's number and a counter), so the
value a row ends with names the one write that made it. Each client logs every edit
(``Outcome``) as a JSON line: acknowledged (committed, with the row version it produced),
refused (the Swedish message it was told) or unexpected (any other exception: a bug). The
tests (``tests/test_server_concurrency.py``, ``tests/test_server_kills.py``) check the logs
against the database.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import pickle
import random
import time
import traceback
from collections import defaultdict
from collections.abc import Callable
from dataclasses import asdict, dataclass
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import exc

from tests.pg_cluster import Cluster
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import KolumnSlag, VardeSlag
from vplan_desktop.domain import PlanSnapshot
from vplan_desktop.errors import ConflictError, ServerUnreachable, VplanError
from vplan_desktop.sections import ItemKind
from vplan_desktop.server.address import parse_address
from vplan_desktop.server.connection import lost_connection
from vplan_desktop.server.credentials import Credentials
from vplan_desktop.server.refusals import refusal
from vplan_desktop.server.session import ServerSession
from vplan_desktop.services import items, values
from vplan_desktop.services.changes import Change
from vplan_desktop.services.read import read_plan

Key = tuple[str, tuple[Any, ...]]
"""A row as ``PlanDocument.own_versions`` names it: table and primary key."""


@dataclass(frozen=True)
class Target:
    """One row the clients edit: ``kind`` is budget, aktivitet or malniva."""

    kind: str
    ids: tuple[int, ...]

    @property
    def name(self) -> str:
        return f"{self.kind}:{','.join(map(str, self.ids))}"

    def row(self) -> Key:
        if self.kind == "budget":
            return ("driftbudget_belopp", self.ids)
        if self.kind == "aktivitet":
            return ("aktivitet", self.ids)
        indicator, year = self.ids
        return ("indikatorvarde", (indicator, VardeSlag.MALNIVA, year))

    def shown(self, plan: PlanSnapshot) -> Any:
        """What the client's view shows of the row: the cell's value, or the item's version
        (what ``seen=`` takes)."""
        if self.kind == "budget":
            rad, kolumn = self.ids
            return next(r for r in plan.driftbudget if r.id == rad).belopp.get(kolumn)
        if self.kind == "aktivitet":
            return next(a for a in plan.aktiviteter if a.id == self.ids[0]).version
        indicator, year = self.ids
        return next(i for i in plan.indikatorer if i.id == indicator).malnivaer.get(year)

    def value_in(self, plan: PlanSnapshot) -> str:
        """The row's value (the activity's name) in ``plan``, as text."""
        if self.kind == "aktivitet":
            return next(a for a in plan.aktiviteter if a.id == self.ids[0]).namn
        return str(self.shown(plan))

    def edit(self, value: str, seen: Any) -> Callable[[PlanDocument], Change]:
        if self.kind == "budget":
            rad, kolumn = self.ids
            return partial(
                values.set_drift_amount, rad_id=rad, kolumn_id=kolumn, belopp=value, seen=seen
            )
        if self.kind == "aktivitet":
            return partial(
                items.update_item,
                kind_name=ItemKind.AKTIVITET,
                item_id=self.ids[0],
                fields={"namn": value},
                seen=seen,
            )
        indicator, year = self.ids
        return partial(
            values.set_indicator_value,
            indikator_id=indicator,
            slag=VardeSlag.MALNIVA,
            ar=year,
            value=Decimal(value),
            seen=seen,
        )


def targets(plan: PlanSnapshot) -> list[Target]:
    """Few rows, so that the clients often meet on one: six budget cells, four activities,
    three indicators' first target."""
    columns = [
        c.id
        for c in plan.budgetkolumner
        if c.tabell.value == "drift" and c.slag is KolumnSlag.BUDGET
    ][:2]
    found = [Target("budget", (r.id, c)) for r in plan.driftbudget[:3] for c in columns]
    found += [Target("aktivitet", (a.id,)) for a in plan.aktiviteter[:4]]
    found += [Target("malniva", (i.id, min(i.malnivaer))) for i in plan.indikatorer[:3]]
    return found


@dataclass(frozen=True)
class Outcome:
    """One edit as its client saw it end."""

    client: int
    number: int
    target: str
    value: str
    outcome: str
    """``ack`` (committed), ``conflict``, ``refused`` (another Swedish error), ``lost`` (the
    connection to the server broke: whether it was committed is not known) or ``unexpected``."""
    version: int | None = None
    """The row version an acknowledged edit produced."""
    message: str = ""


def swedish(error: BaseException) -> VplanError | None:
    """The Swedish error the window would show for ``error``; None for a bug."""
    if isinstance(error, VplanError):
        return error
    if isinstance(error, exc.DBAPIError):
        return refusal(error) or lost_connection(error)
    return None


def _value(target: Target, client: int, number: int) -> str:
    if target.kind == "aktivitet":
        return f"Aktivitet från klient {client}, ändring {number}"
    if target.kind == "budget":
        return str(client * 100_000 + number)
    return str(Decimal(client * 100_000 + number) / 100)


def run_client(
    url: str,
    client: int,
    seconds: float,
    folder: Path,
    *,
    pause: float = 0.02,
    after: Callable[[], None] | None = None,
    stop: Path | None = None,
) -> None:
    """Edit the plan at ``url`` for ``seconds`` (or, with ``stop``, until that file is there,
    at most ``seconds``), logging each edit to ``folder``; then (after ``after``, a barrier
    for all clients) read the whole plan and keep it for the test."""
    chance = random.Random(client)
    log = (folder / f"klient-{client}.jsonl").open("a", encoding="utf-8")
    session = ServerSession.open(parse_address(url), Credentials())
    doc = session.document
    plan = read_plan(doc)
    chosen = targets(plan)
    view = {target: target.shown(plan) for target in chosen}
    end = time.monotonic() + seconds
    number = 0
    try:
        while time.monotonic() < end and not (stop is not None and stop.exists()):
            number += 1
            target = chance.choice(chosen)
            value = _value(target, client, number)
            outcome = _attempt(doc, target, value, view[target], client, number)
            log.write(json.dumps(asdict(outcome), ensure_ascii=False) + "\n")
            log.flush()
            if outcome.outcome == "ack":
                view[target] = outcome.version if target.kind == "aktivitet" else value
            if outcome.outcome != "ack" or chance.random() < 0.2:
                # The window reads again after a refusal, and now and then as others' edits
                # come in; in between it edits on what it showed, however old.
                try:
                    plan = read_plan(doc)
                    view = {t: t.shown(plan) for t in chosen}
                except Exception as error:  # logged: the test fails on anything not Swedish
                    said = swedish(error)
                    if said is None:
                        unexpected = asdict(_unexpected(client, number, target, value))
                        log.write(json.dumps(unexpected, ensure_ascii=False) + "\n")
                        log.flush()
                    time.sleep(0.2)
            time.sleep(chance.random() * pause)
        if after is not None:
            after()
        (folder / f"klient-{client}.plan").write_bytes(pickle.dumps(read_plan(doc)))
    finally:
        log.close()
        session.close()


def _attempt(
    doc: PlanDocument, target: Target, value: str, seen: Any, client: int, number: int
) -> Outcome:
    try:
        target.edit(value, seen)(doc)
    except Exception as error:
        said = swedish(error)
        if said is None:
            return _unexpected(client, number, target, value)
        kind = "conflict" if isinstance(said, ConflictError) else "refused"
        if isinstance(said, ServerUnreachable):
            kind = "lost"
        return Outcome(client, number, target.name, value, kind, message=said.message)
    version = max(doc.own_versions.get(target.row(), {0}))
    return Outcome(client, number, target.name, value, "ack", version)


def _unexpected(client: int, number: int, target: Target, value: str) -> Outcome:
    return Outcome(client, number, target.name, value, "unexpected", message=traceback.format_exc())


def read_logs(folder: Path) -> list[Outcome]:
    found = []
    for path in sorted(folder.glob("klient-*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            found.append(Outcome(**json.loads(line)))
    return found


def read_snapshots(folder: Path) -> dict[int, PlanSnapshot]:
    return {
        int(path.stem.split("-")[1]): pickle.loads(path.read_bytes())
        for path in sorted(folder.glob("klient-*.plan"))
    }


def exit_code_of(action: Callable[[], None]) -> None:
    """Run ``action`` in a forked client process; its exit code says whether it finished."""
    try:
        action()
    except BaseException:
        traceback.print_exc()
        os._exit(1)
    os._exit(0)


def rows_now(cluster: Cluster, database: str, chosen: list[Target]) -> dict[str, tuple[int, str]]:
    """Each target's row version and value, read straight from the database."""
    queries = {
        "budget": "SELECT version, belopp FROM driftbudget_belopp WHERE rad_id = %s "
        "AND kolumn_id = %s",
        "aktivitet": "SELECT version, namn FROM aktivitet WHERE id = %s",
        "malniva": "SELECT version, tal FROM indikatorvarde WHERE indikator_id = %s "
        "AND slag = 'malniva' AND ar = %s",
    }
    found = {}
    with cluster.connect(database) as connection:
        connection.execute('SET search_path TO "plan_plan"')
        for target in chosen:
            row = connection.execute(queries[target.kind], target.ids).fetchone()
            assert row is not None, target
            found[target.name] = (int(str(row[0])), str(row[1]))
    return found


def same_value(kind: str, one: str, other: str) -> bool:
    return one == other if kind == "aktivitet" else Decimal(one) == Decimal(other)


def check_no_edit_lost(
    chosen: list[Target],
    before: dict[str, tuple[int, str]],
    after: dict[str, tuple[int, str]],
    outcomes: list[Outcome],
) -> None:
    """Each row went through exactly its acknowledged edits, in the order of the versions
    they produced, and holds the last one's value; an edit whose connection broke (``lost``)
    may or may not be among them, and nothing else is."""
    acked: dict[str, list[Outcome]] = defaultdict(list)
    in_doubt: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        if outcome.outcome == "ack":
            acked[outcome.target].append(outcome)
        elif outcome.outcome == "lost":
            in_doubt[outcome.target].append(outcome)
    for target in chosen:
        first, initial = before[target.name]
        last, final = after[target.name]
        versions = sorted(o.version for o in acked[target.name] if o.version is not None)
        assert len(versions) == len(acked[target.name]), target
        assert len(set(versions)) == len(versions), f"two edits made one version: {target}"
        assert all(first < v <= last for v in versions), (target, first, last, versions)
        if not in_doubt[target.name]:
            assert versions == list(range(first + 1, last + 1)), (target, first, versions)
        else:
            assert len(versions) + len(in_doubt[target.name]) >= last - first, target
        if versions and versions[-1] == last:
            winner = max(acked[target.name], key=lambda o: o.version or 0)
            assert same_value(target.kind, final, winner.value), (target, final, winner)
        elif last == first:
            assert final == initial, target
        else:  # the last write's client lost its connection before it heard
            assert any(same_value(target.kind, final, o.value) for o in in_doubt[target.name])


def run_clients(
    url: str, folder: Path, count: int, seconds: float, **options: Any
) -> list[multiprocessing.process.BaseProcess]:
    """Start ``count`` client processes (forked: each makes its own connections)."""
    context = multiprocessing.get_context("fork")
    barrier = context.Barrier(count, timeout=seconds + 120)
    processes: list[multiprocessing.process.BaseProcess] = []
    for client in range(1, count + 1):
        action = partial(
            run_client, url, client, seconds, folder, after=partial(_wait, barrier), **options
        )
        process = context.Process(target=exit_code_of, args=(action,), daemon=True)
        process.start()
        processes.append(process)
    return processes


def _wait(barrier: Any) -> None:
    """Wait at ``barrier`` until every client is there."""
    barrier.wait()

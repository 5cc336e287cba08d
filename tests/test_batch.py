"""One user action, one transaction: nested transactions, batches and their undo."""

from __future__ import annotations

from decimal import Decimal
from functools import partial
from pathlib import Path

import pytest

from vplan_desktop.db import models as m
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import BudgetTabell
from vplan_desktop.errors import InputError, NotFoundError
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import budget_rows, items, values
from vplan_desktop.services.changes import batch
from vplan_desktop.services.read import read_plan


def _drift_cell(doc: PlanDocument) -> tuple[int, list[int]]:
    plan = read_plan(doc)
    columns = [c.id for c in plan.kolumner(BudgetTabell.DRIFT)]
    return plan.driftbudget[0].id, columns


def test_a_batch_is_one_commit_and_one_undo(example_path: Path) -> None:
    with PlanDocument.open(example_path) as doc:
        before = read_plan(doc)
        row, columns = _drift_cell(doc)
        commits = doc.commits
        change = batch(
            doc,
            [
                partial(values.set_drift_amount, rad_id=row, kolumn_id=column, belopp=100 + n)
                for n, column in enumerate(columns[:3])
            ],
        )
        assert doc.commits == commits + 1
        assert len(change.leaves()) == 3
        after = read_plan(doc)
        assert [after.driftbudget[0].belopp[c] for c in columns[:3]] == [100, 101, 102]
        redo = change.undo(doc)
        assert doc.commits == commits + 2
        assert read_plan(doc) == before
        redo.undo(doc)
        assert read_plan(doc) == after


def test_a_refused_edit_rolls_back_the_whole_batch(example_path: Path) -> None:
    """The paste that left "5, 1 705, 7" when its middle value was refused."""
    with PlanDocument.open(example_path) as doc:
        before = read_plan(doc)
        row, columns = _drift_cell(doc)
        with pytest.raises(InputError):
            batch(
                doc,
                [
                    partial(values.set_drift_amount, rad_id=row, kolumn_id=columns[0], belopp=5),
                    partial(
                        values.set_drift_amount, rad_id=row, kolumn_id=columns[1], belopp=10**12
                    ),
                    partial(values.set_drift_amount, rad_id=row, kolumn_id=columns[2], belopp=7),
                ],
            )
        assert read_plan(doc) == before
        with pytest.raises(NotFoundError):
            batch(
                doc,
                [
                    partial(values.set_drift_amount, rad_id=row, kolumn_id=columns[0], belopp=5),
                    partial(
                        items.update_item, kind_name=ItemKind.AKTIVITET, item_id=99999, fields={}
                    ),
                ],
            )
        assert read_plan(doc) == before


def test_transactions_nest(example_path: Path) -> None:
    """A transaction inside another is part of it: an error after it undoes it too."""
    with PlanDocument.open(example_path) as doc:
        before = read_plan(doc)
        row, columns = _drift_cell(doc)
        with pytest.raises(RuntimeError), doc.transaction():
            values.set_drift_amount(doc, row, columns[0], 42)
            raise RuntimeError("avbrutet")
        assert read_plan(doc) == before


def test_a_cell_set_within_an_action_is_seen_by_its_other_steps(example_path: Path) -> None:
    """Cells are written past the ORM (values._upsert): objects an earlier step of the same
    action loaded, and their collections of cells, show the new figure, and a row an earlier
    step added but did not write yet is written before the cell that refers to it."""
    with PlanDocument.open(example_path) as doc:
        row, columns = _drift_cell(doc)
        with doc.transaction() as session:
            line = session.get(m.DriftbudgetRad, row)
            assert line is not None
            cells = {c.kolumn_id: c.belopp for c in line.belopp}
            values.set_drift_amount(doc, row, columns[0], 4711)
            assert {c.kolumn_id: c.belopp for c in line.belopp} == {**cells, columns[0]: 4711}
            values.set_drift_amount(doc, row, columns[0], None)
            assert columns[0] not in {c.kolumn_id for c in line.belopp}
            unit = m.Verksamhet(namn="Ny verksamhet i samma åtgärd", ordning=99)
            session.add(unit)
            session.flush()
            new_line = m.DriftbudgetRad(verksamhet_id=unit.id, ordning=99)
            session.add(new_line)
            session.flush()
            new_line.att_granska = True  # changed in the session, not yet written
            values.set_drift_amount(doc, new_line.id, columns[1], 12)
            # A cell an earlier step removed but did not write yet: set again, it stays.
            session.delete(session.get_one(m.DriftbudgetBelopp, (new_line.id, columns[1])))
            values.set_drift_amount(doc, new_line.id, columns[1], 13)
        after = read_plan(doc)
        added = next(r for r in after.driftbudget if r.id == new_line.id)
        assert (added.belopp, added.att_granska) == ({columns[1]: Decimal(13)}, True)
        assert columns[0] not in next(r for r in after.driftbudget if r.id == row).belopp


def test_new_verksamhet_row_is_one_action(example_path: Path) -> None:
    with PlanDocument.open(example_path) as doc:
        before = read_plan(doc)
        change = budget_rows.add_verksamhet_row(doc, ItemKind.DRIFTBUDGET_RAD, "Ny enhet")
        after = read_plan(doc)
        assert [v.namn for v in after.verksamheter][-1] == "Ny enhet"
        assert len(after.driftbudget) == len(before.driftbudget) + 1
        change.undo(doc)
        assert read_plan(doc) == before
        # An existing verksamhet (any case) gets a row in the resultaträkning, no new one.
        existing = before.verksamheter[0]
        budget_rows.add_verksamhet_row(doc, ItemKind.RESULTAT_RAD, existing.namn.upper())
        again = read_plan(doc)
        assert len(again.verksamheter) == len(before.verksamheter)
        assert again.resultatrakning[-1].verksamhet_id == existing.id


def test_new_verksamhet_row_refused_leaves_no_verksamhet(
    example_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the row is refused after the new verksamhet was added, the verksamhet is not left
    behind either: both or neither."""
    with PlanDocument.open(example_path) as doc:
        before = read_plan(doc)
        with pytest.raises(InputError):
            budget_rows.add_verksamhet_row(doc, ItemKind.DRIFTBUDGET_RAD, "  ")
        real_add = items.add_item

        def refuse_rows(
            doc: PlanDocument, kind_name: ItemKind, fields: dict[str, object]
        ) -> object:
            if kind_name == "driftbudget_rad":
                raise InputError("Raden kunde inte läggas till.")
            return real_add(doc, kind_name, fields)

        monkeypatch.setattr(items, "add_item", refuse_rows)
        with pytest.raises(InputError, match="Raden kunde inte"):
            budget_rows.add_verksamhet_row(doc, ItemKind.DRIFTBUDGET_RAD, "Helt ny enhet")
        assert read_plan(doc) == before

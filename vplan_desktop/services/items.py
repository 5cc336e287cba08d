"""Adding, editing, moving and removing the items of a plan, each as one undoable action.

Removal remembers every row it takes away (the item, what belongs to it, and the links other
items had to it), so that undo puts back exactly what was there, with the same ids.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from sqlalchemy import Row, Table, and_, func, or_, select, update
from sqlalchemy.orm import Session

from vplan_desktop.db import models as m
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import BudgetTabell, PlanStatus
from vplan_desktop.db.row_versions import check_item, local_time
from vplan_desktop.errors import ConflictError, InputError, NotFoundError
from vplan_desktop.sections import ItemKind, Section
from vplan_desktop.services import goal_tree
from vplan_desktop.services.changes import Change
from vplan_desktop.services.kinds import Kind, kind
from vplan_desktop.services.read import snapshot
from vplan_desktop.validation import Severity, validate

RowData = tuple[str, dict[str, Any]]
"""A table name and one row's column values."""
Link = tuple[str, dict[str, Any], str, Any]
"""A row (table, primary key) whose column pointed at a removed item, and the value it had."""


def _get(session: Session, k: Kind, item_id: int) -> Any:
    obj = session.get(k.model, item_id)
    if obj is None:
        raise NotFoundError(f"{k.label} finns inte längre i planen.")
    return obj


def _section(k: Kind, obj: Any) -> Section:
    """The section that shows ``obj``: its kind's, but a budget column's is its table's."""
    if k.name is ItemKind.BUDGETKOLUMN:
        return Section.RESULTAT if obj.tabell is BudgetTabell.RESULTAT else Section.DRIFT
    return k.section


def _checked(session: Session, k: Kind, fields: dict[str, Any]) -> dict[str, Any]:
    unknown = sorted(set(fields) - set(k.fields))
    if unknown:
        raise InputError(f"{k.label} har inga fält som heter {', '.join(unknown)}.")
    return {name: k.fields[name](session, value) for name, value in fields.items()}


def _in_scope(k: Kind, query: Any, values: dict[str, Any]) -> Any:
    """``query`` narrowed to the siblings of an item whose scope fields hold ``values``."""
    model: Any = k.model
    for name in k.scope:
        column, value = getattr(model, name), values[name]
        query = query.where(column.is_(None) if value is None else column == value)
    return query


def _scope_of(k: Kind, obj: Any) -> dict[str, Any]:
    return {name: getattr(obj, name) for name in k.scope}


def _siblings(session: Session, k: Kind, obj: Any) -> list[Any]:
    model: Any = k.model
    query = _in_scope(k, select(model), _scope_of(k, obj))
    if obj.id is not None:
        query = query.where(model.id != obj.id)
    return list(session.scalars(query.order_by(model.ordning, model.id)))


def _place(session: Session, k: Kind, obj: Any, index: int | None) -> None:
    """Put ``obj`` at ``index`` among its siblings (at the end for None) and renumber them."""
    siblings = _siblings(session, k, obj)
    position = len(siblings) if index is None else max(0, min(index, len(siblings)))
    siblings.insert(position, obj)
    for number, sibling in enumerate(siblings):
        sibling.ordning = number


def _index_of(session: Session, k: Kind, obj: Any) -> int:
    """The item's place among its siblings, counted in SQL: an edit of one activity need not
    load the 500 others."""
    model: Any = k.model
    query = (
        select(func.count())
        .select_from(model)
        .where(
            or_(
                model.ordning < obj.ordning,
                and_(model.ordning == obj.ordning, model.id < obj.id),
            )
        )
    )
    return int(session.scalar(_in_scope(k, query, _scope_of(k, obj))) or 0)


def _check_adoption(session: Session, k: Kind, obj: Any, before: dict[str, Any]) -> None:
    """A plan with Fel cannot be marked Antagen: the checks block adoption."""
    if k.model is not m.Plan or obj.status is not PlanStatus.ANTAGEN:
        return
    if before.get("status") is PlanStatus.ANTAGEN:
        return
    errors = [f for f in validate(snapshot(session)) if f.severity is Severity.FEL]
    if errors:
        first = errors[0].message
        more = f" (och {len(errors) - 1} fel till)" if len(errors) > 1 else ""
        raise InputError(
            f"Planen kan inte markeras som antagen förrän felen är rättade: {first}{more} "
            "Se Granskning."
        )


def _normalize(session: Session, k: Kind, obj: Any, given: dict[str, Any]) -> None:
    """Rules between fields, before the item is placed: an activity's cost is an amount or
    "egen tid", never both, and it is tied to a goal or a målområde, never both; a goal
    shares its parent's målområde."""
    if k.model is m.Aktivitet:
        if given.get("kostnad_tkr") is not None:
            obj.egen_tid = False
        elif given.get("egen_tid"):
            obj.kostnad_tkr = None
        if given.get("namndsmal_id") is not None:
            obj.malomrade_id = None
        elif given.get("malomrade_id") is not None:
            obj.namndsmal_id = None
        if obj.startdatum and obj.slutdatum and obj.startdatum > obj.slutdatum:
            raise InputError("Slutdatum kan inte ligga före startdatum.")
        if obj.startdatum and obj.slutdatum_reviderat and obj.startdatum > obj.slutdatum_reviderat:
            raise InputError("Det reviderade slutdatumet kan inte ligga före startdatum.")
    elif k.model is m.Namndsmal:
        goal_tree.settle(session, obj, given)


def _check_unique(session: Session, k: Kind, obj: Any) -> None:
    if not k.unique:
        return
    model: Any = k.model
    conditions = [getattr(model, name) == getattr(obj, name) for name in k.unique]
    if obj.id is not None:
        conditions.append(model.id != obj.id)
    query = select(func.count()).select_from(model).where(and_(*conditions))
    with session.no_autoflush:
        taken = session.execute(query).scalar_one()
    if taken:
        if k.model is m.Verksamhet:
            raise InputError(f"Verksamheten ”{obj.namn}” finns redan.")
        raise InputError(f"{k.label} finns redan.")


def _snapshot(k: Kind, obj: Any) -> dict[str, Any]:
    return {name: getattr(obj, name) for name in k.fields}


def add_item(
    doc: PlanDocument, kind_name: ItemKind, fields: dict[str, Any], *, index: int | None = None
) -> Change:
    """Add an item of ``kind_name`` at ``index`` among its siblings (at the end for None)."""
    k = kind(kind_name)
    with doc.transaction() as session:
        values = _checked(session, k, fields)
        missing = [k.fields[name].label for name in k.required if values.get(name) in (None, "")]
        if missing:
            raise InputError(f"{' och '.join(missing)} måste anges.")
        obj: Any = k.model(**values, ordning=0) if k.ordered else k.model(**values)
        _normalize(session, k, obj, values)
        _check_unique(session, k, obj)
        session.add(obj)
        session.flush()
        if k.ordered:
            _place(session, k, obj, index)
        if k.rule is not None:
            k.rule(session, obj, values)
        session.flush()
        new_id, version = int(obj.id), int(obj.version)
        section = _section(k, obj)
    undo = partial(delete_items, items=[(k.name, new_id)], seen=[version])
    return Change(section, k.name, new_id, undo)


def update_item(
    doc: PlanDocument,
    kind_name: ItemKind,
    item_id: int,
    fields: dict[str, Any],
    *,
    index: int | None = None,
    seen: int | None = None,
) -> Change:
    """Change some fields of an item.

    When the item moves to another parent (its scope field changes) it goes to the end of the
    new parent's list, or to ``index`` when given. The change is ``in_place`` when only this
    item's own values changed: it stays where it was and no other item's row shows them.

    ``seen`` is the item's version its user saw (the snapshot item's ``version``): an item
    someone else has changed since is not changed (``ConflictError``). Its undo is refused
    the same way when someone else changes the item after this edit.
    """
    k = kind(kind_name)
    with doc.transaction() as session:
        obj = _get(session, k, item_id)
        check_item(session, obj, seen)
        values = _checked(session, k, fields)
        before = _snapshot(k, obj)
        # Where it stood, for undo, only when it may move (a new parent or a given place).
        may_move = index is not None or any(name in values for name in k.scope)
        old_index = _index_of(session, k, obj) if k.ordered and may_move else None
        for name, new in values.items():
            setattr(obj, name, new)
        _normalize(session, k, obj, values)
        _check_unique(session, k, obj)
        session.flush()
        _check_adoption(session, k, obj, before)
        moved = any(before[name] != getattr(obj, name) for name in k.scope)
        if k.ordered and (moved or index is not None):
            _place(session, k, obj, index)
        if k.rule is not None:
            session.flush()
            k.rule(session, obj, values)
        session.flush()
        after = _snapshot(k, obj)
        version = int(obj.version)
        section = _section(k, obj)
    old = {name: before[name] for name in before if before[name] != after[name]}
    undo = partial(
        update_item,
        kind_name=k.name,
        item_id=item_id,
        fields=old,
        # Placed anew (another parent, or an index given): undo puts it back where it was.
        index=old_index if moved or index is not None else None,
        seen=version,
    )
    in_place = not k.shown_by_others and index is None and not set(k.scope) & set(values)
    return Change(section, k.name, item_id, undo, in_place=in_place)


def move_item(
    doc: PlanDocument, kind_name: ItemKind, item_id: int, index: int, *, seen: int | None = None
) -> Change:
    """Move an item to ``index`` among its siblings; ``seen`` as for ``update_item`` (a move
    leaves the version as it was: the item's content is what its version counts)."""
    k = kind(kind_name)
    with doc.transaction() as session:
        obj = _get(session, k, item_id)
        check_item(session, obj, seen)
        old_index = _index_of(session, k, obj)
        _place(session, k, obj, index)
        session.flush()
        version = int(obj.version)
        section = _section(k, obj)
    return Change(
        section,
        k.name,
        item_id,
        partial(move_item, kind_name=k.name, item_id=item_id, index=old_index, seen=version),
    )


def _primary_key(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    return {column.name: row[column.name] for column in table.primary_key.columns}


def _where(table: Table, key: dict[str, Any]) -> Any:
    return and_(*(table.c[name] == value for name, value in key.items()))


def _collect(
    session: Session,
    table: Table,
    key: dict[str, Any],
    rows: list[RowData],
    links: list[Link],
    seen: set[tuple[str, tuple[Any, ...]]],
) -> None:
    """Remember a row, the rows removed with it (ON DELETE CASCADE) and the links to it."""
    marker = (table.name, tuple(key.values()))
    if marker in seen:
        return
    seen.add(marker)
    found: Row[Any] | None = session.execute(select(table).where(_where(table, key))).first()
    if found is None:
        return
    row = dict(found._mapping)
    rows.append((table.name, row))
    for child in m.Base.metadata.sorted_tables:
        for fk in child.foreign_keys:
            if fk.column.table is not table:
                continue
            referring = session.execute(
                select(child).where(child.c[fk.parent.name] == row[fk.column.name])
            ).all()
            for other in referring:
                data = dict(other._mapping)
                other_key = _primary_key(child, data)
                if fk.ondelete == "CASCADE":
                    _collect(session, child, other_key, rows, links, seen)
                elif fk.ondelete == "SET NULL":
                    links.append((child.name, other_key, fk.parent.name, data[fk.parent.name]))


def delete_items(
    doc: PlanDocument,
    items: list[tuple[ItemKind, int]],
    *,
    seen: Sequence[int | None] | None = None,
) -> Change:
    """Remove items and everything that belongs to them, in one action.

    ``seen`` gives, item by item, the version its user saw (None: not checked): an item
    someone else has changed since is not removed, nor anything else (``ConflictError``).
    """
    if not items:
        raise InputError("Inget att ta bort.")
    if seen is not None and len(seen) != len(items):
        raise ValueError("seen needs one version (or None) per item")
    kinds = [kind(name) for name, _ in items]
    with doc.transaction() as session:
        rows: list[RowData] = []
        links: list[Link] = []
        collected: set[tuple[str, tuple[Any, ...]]] = set()
        sections = _sections(session, kinds, items)
        for number, (k, (_, item_id)) in enumerate(zip(kinds, items, strict=True)):
            if seen is not None:
                check_item(session, _get(session, k, item_id), seen[number])
        for k, (_, item_id) in zip(kinds, items, strict=True):
            table: Any = k.model.__table__
            _collect(session, table, {"id": item_id}, rows, links, collected)
        for k, (_, item_id) in zip(kinds, items, strict=True):
            _remove(session, k, item_id, _version_in(rows, k, item_id))
    undo = partial(restore_items, rows=rows, links=links, items=items)
    return _of_items(items, sections, undo, _follow_ups(rows))


def _remove(session: Session, k: Kind, item_id: int, version: int | None) -> None:
    """Delete the item's row as it was read (``version``): a row another transaction changed
    in between is left, and the whole action refused (``ConflictError``)."""
    table: Any = k.model.__table__
    removed = session.execute(
        table.delete().where(table.c.id == item_id, table.c.version == version)
    )
    if version is not None and getattr(removed, "rowcount", 1) == 0:
        found = session.execute(
            select(table.c.version, table.c.andrad_av, table.c.andrad_tid).where(
                table.c.id == item_id
            )
        ).first()
        if found is None:
            return  # gone with an item removed before it in this action
        raise ConflictError(found.andrad_av, local_time(found.andrad_tid))


def _sections(
    session: Session, kinds: list[Kind], items: list[tuple[ItemKind, int]]
) -> list[Section]:
    """The section of each item (each must be in the plan)."""
    return [
        _section(k, _get(session, k, item_id)) for k, (_, item_id) in zip(kinds, items, strict=True)
    ]


def _follow_ups(rows: list[RowData]) -> bool:
    """Whether removed rows include what a follow-up period held for an item."""
    return any(table.startswith(m.Uppfoljning.__tablename__) for table, _ in rows)


def _of_items(
    items: list[tuple[ItemKind, int]],
    sections: list[Section],
    undo: Callable[[PlanDocument], Change],
    follow_ups: bool = False,
) -> Change:
    """One change for removing or restoring ``items``, named after the first, with a part per
    item so that everything it touched is read again (``Change.touched``); and one for the
    follow-ups when what the periods held for the items went (or came back) with them."""
    leaves = tuple(
        Change(section, kind(name).name, item_id, undo)
        for (name, item_id), section in zip(items, sections, strict=True)
    )
    if follow_ups:
        leaves = (*leaves, Change(Section.UPPFOLJNING, ItemKind.UPPFOLJNING, None, undo))
    if len(leaves) == 1:
        return leaves[0]
    first = leaves[0]
    return Change(first.section, first.kind, first.item_id, undo, parts=leaves)


def _depths(rows: list[RowData]) -> Callable[[RowData], int]:
    """How deep a removed row stands below other removed rows of its own table (a goal under
    a goal): 0 for rows of tables that do not refer to themselves."""
    parent_of: dict[tuple[str, Any], Any] = {}
    for table_name, row in rows:
        table = m.Base.metadata.tables[table_name]
        for fk in table.foreign_keys:
            if fk.column.table is table and row.get(fk.parent.name) is not None:
                parent_of[(table_name, row["id"])] = row[fk.parent.name]

    def depth(item: RowData) -> int:
        table_name, row = item
        steps, current, seen = 0, row.get("id"), set()
        while (table_name, current) in parent_of and current not in seen:
            seen.add(current)
            current = parent_of[(table_name, current)]
            steps += 1
        return steps

    return depth


def restore_items(
    doc: PlanDocument, rows: list[RowData], links: list[Link], items: list[tuple[ItemKind, int]]
) -> Change:
    """Put back what ``delete_items`` removed: the same rows, ids and links."""
    tables = m.Base.metadata.tables
    rank = {table.name: number for number, table in enumerate(m.Base.metadata.sorted_tables)}
    depth = _depths(rows)
    with doc.transaction() as session:
        # Parents before children: a cell refers to both its row and its column, and a
        # sub-goal to the goal above it.
        for table_name, row in sorted(rows, key=lambda item: (rank[item[0]], depth(item))):
            session.execute(tables[table_name].insert().values(**row))
        for table_name, key, column, value in links:
            table = tables[table_name]
            session.execute(update(table).where(_where(table, key)).values({column: value}))
        sections = _sections(session, [kind(name) for name, _ in items], items)
    # Removing them again removes the versions put back, and nothing someone changed since.
    versions = [_version_in(rows, kind(name), item_id) for name, item_id in items]
    undo = partial(delete_items, items=items, seen=versions)
    return _of_items(items, sections, undo, _follow_ups(rows))


def _version_in(rows: list[RowData], k: Kind, item_id: int) -> int | None:
    """The version of item ``item_id`` among removed ``rows``."""
    table: Any = k.model.__table__
    for table_name, row in rows:
        if table_name == table.name and row.get("id") == item_id:
            version = row.get("version")
            return None if version is None else int(version)
    return None

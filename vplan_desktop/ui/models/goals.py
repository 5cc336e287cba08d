"""The goal tree (målområde → nämndsmål → indikator) and the indicator table of one goal."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from vplan_desktop import domain as d
from vplan_desktop.db.enums import Frekvens, Riktning, VardeSlag
from vplan_desktop.errors import InputError
from vplan_desktop.formatting import format_value, parse_value
from vplan_desktop.sections import ItemKind, Part
from vplan_desktop.services import items, values
from vplan_desktop.ui.context import Edit, PlanContext
from vplan_desktop.ui.models.table import (
    RIGHT,
    ROW_ID_ROLE,
    Column,
    ColumnTableModel,
    review_column,
    review_tint,
)

Index = QModelIndex | QPersistentModelIndex
AREA, GOAL, INDICATOR, NO_AREA = 1, 2, 3, 4
KIND_ROLE = Qt.ItemDataRole.UserRole + 10
KIND_NAMES = {AREA: ItemKind.MALOMRADE, GOAL: ItemKind.NAMNDSMAL, INDICATOR: ItemKind.INDIKATOR}
TREE_PARTS = ("malomraden", "namndsmal", "indikatorer")
"""The parts of the snapshot the tree shows."""


def _key(kind: int, item_id: int) -> int:
    return (kind << 32) | item_id


def _unkey(key: int) -> tuple[int, int]:
    return key >> 32, key & 0xFFFFFFFF


@dataclass(frozen=True)
class _Tree:
    """The goal tree of one snapshot."""

    top: list[tuple[int, int]]
    goals_of: dict[int | None, list[d.Namndsmal]]
    indicators_of: dict[int, list[d.Indikator]]
    area: dict[int, d.Malomrade]
    goal: dict[int, d.Namndsmal]
    indicator: dict[int, d.Indikator]

    @classmethod
    def of(cls, plan: d.PlanSnapshot) -> _Tree:
        goals_of: dict[int | None, list[d.Namndsmal]] = {}
        for goal in plan.namndsmal:
            goals_of.setdefault(goal.malomrade_id, []).append(goal)
        indicators_of: dict[int, list[d.Indikator]] = {}
        for indicator in plan.indikatorer:
            indicators_of.setdefault(indicator.namndsmal_id, []).append(indicator)
        top = [(AREA, a.id) for a in plan.malomraden]
        if goals_of.get(None):
            top.append((NO_AREA, 0))
        return cls(
            top,
            goals_of,
            indicators_of,
            {a.id: a for a in plan.malomraden},
            {g.id: g for g in plan.namndsmal},
            {i.id: i for i in plan.indikatorer},
        )

    def shape(self) -> tuple[Any, ...]:
        return (
            self.top,
            {k: [g.id for g in v] for k, v in self.goals_of.items()},
            {k: [i.id for i in v] for k, v in self.indicators_of.items()},
        )


class GoalTreeModel(QAbstractItemModel):
    """Three levels; goals without a målområde sit under "Utan målområde" at the end."""

    def __init__(self, context: PlanContext) -> None:
        super().__init__()
        self.context = context
        self.tree = _Tree.of(context.plan)
        self._plan = context.plan
        context.changed.connect(self.refresh)

    def refresh(self, change: object = None) -> None:
        """Show the context's latest snapshot; nothing happens if it is already shown (views
        that read ``tree`` on the same change call this first, so they never read the last
        snapshot). Only the items that differ are told to repaint."""
        plan, old = self.context.plan, self._plan
        if plan is old:
            return
        self._plan = plan
        if all(getattr(plan, part) is getattr(old, part) for part in TREE_PARTS):
            return  # the change was elsewhere in the plan
        tree = _Tree.of(plan)
        if tree.shape() == self.tree.shape():
            before, self.tree = self.tree, tree  # same items in the same places
            for kind, now, then in (
                (AREA, tree.area, before.area),
                (GOAL, tree.goal, before.goal),
                (INDICATOR, tree.indicator, before.indicator),
            ):
                for item_id, item in now.items():
                    if item is not then[item_id] and item != then[item_id]:
                        index = self.find(kind, item_id)
                        self.dataChanged.emit(index, index)
            return
        self.beginResetModel()
        self.tree = tree
        self.endResetModel()

    # --- structure -----------------------------------------------------------------------

    def _children(self, parent: Index) -> list[tuple[int, int]]:
        if not parent.isValid():
            return self.tree.top
        kind, item_id = _unkey(parent.internalId())
        if kind == AREA:
            return [(GOAL, g.id) for g in self.tree.goals_of.get(item_id, [])]
        if kind == NO_AREA:
            return [(GOAL, g.id) for g in self.tree.goals_of.get(None, [])]
        if kind == GOAL:
            return [(INDICATOR, i.id) for i in self.tree.indicators_of.get(item_id, [])]
        return []

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        children = self._children(parent)
        if column != 0 or not 0 <= row < len(children):
            return QModelIndex()
        kind, item_id = children[row]
        return self.createIndex(row, 0, _key(kind, item_id))

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid():
            return QModelIndex()
        kind, item_id = _unkey(child.internalId())
        if kind in (AREA, NO_AREA):
            return QModelIndex()
        if kind == GOAL:
            area_id = self.tree.goal[item_id].malomrade_id
            target = (AREA, area_id) if area_id is not None else (NO_AREA, 0)
            return self.createIndex(self.tree.top.index(target), 0, _key(*target))
        goal = self.tree.goal[self.tree.indicator[item_id].namndsmal_id]
        siblings = self.tree.goals_of.get(goal.malomrade_id, [])
        return self.createIndex([g.id for g in siblings].index(goal.id), 0, _key(GOAL, goal.id))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children(parent))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation is Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and section == 0
        ):
            return "Mål"
        return None

    # --- data ----------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        kind, item_id = _unkey(index.internalId())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if kind == AREA:
                area = self.tree.area[item_id]
                return area.rubrik if role == Qt.ItemDataRole.DisplayRole else area.namn
            if kind == NO_AREA:
                return "Utan målområde"
            if kind == GOAL:
                return self.tree.goal[item_id].text
            return self.tree.indicator[item_id].namn
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self.data(index, Qt.ItemDataRole.DisplayRole)
            if kind == GOAL and not self.tree.indicators_of.get(item_id):
                return f"{text}\nNämndsmålet har ingen indikator."
            return text
        if role == ROW_ID_ROLE:
            return item_id if kind != NO_AREA else None
        if role == KIND_ROLE:
            return kind
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if _unkey(index.internalId())[0] != NO_AREA:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        kind, item_id = _unkey(index.internalId())
        field = {AREA: "namn", GOAL: "text", INDICATOR: "namn"}.get(kind)
        if field is None:
            return False
        change = self.context.edit(
            "Byt namn",
            partial(
                items.update_item,
                kind_name=KIND_NAMES[kind],
                item_id=item_id,
                fields={field: value},
            ),
        )
        return change is not None

    def find(self, kind: int, item_id: int) -> QModelIndex:
        """The index of an item, or an invalid index (found through its parents, without
        walking the tree)."""
        tree = self.tree
        if kind in (AREA, NO_AREA):
            if (kind, item_id) not in tree.top:
                return QModelIndex()
            return self.createIndex(tree.top.index((kind, item_id)), 0, _key(kind, item_id))
        if kind == GOAL and item_id in tree.goal:
            area_id = tree.goal[item_id].malomrade_id
            siblings = [g.id for g in tree.goals_of.get(area_id, [])]
            return self.createIndex(siblings.index(item_id), 0, _key(GOAL, item_id))
        if kind == INDICATOR and item_id in tree.indicator:
            goal_id = tree.indicator[item_id].namndsmal_id
            siblings = [i.id for i in tree.indicators_of.get(goal_id, [])]
            return self.createIndex(siblings.index(item_id), 0, _key(INDICATOR, item_id))
        return QModelIndex()


RIKTNING_CHOICES = [(label, r.value) for r, label in d.RIKTNING_LABELS.items()]
FREKVENS_CHOICES = [("–", None)] + [(label, f.value) for f, label in d.FREKVENS_LABELS.items()]


class IndicatorTableModel(ColumnTableModel):
    """The indicators of one nämndsmål: nuläge and one target column per plan year."""

    parts = (Part.INDIKATORER, Part.UPPGIFTER)
    row_parts = (Part.INDIKATORER,)

    def __init__(self, context: PlanContext) -> None:
        self.goal_id: int | None = None
        super().__init__(context)

    def set_goal(self, goal_id: int | None) -> None:
        self.goal_id = goal_id
        self.refresh()

    def rows(self) -> Sequence[d.Indikator]:
        return [i for i in self.context.plan.indikatorer if i.namndsmal_id == self.goal_id]

    def columns(self) -> list[Column]:
        result = [
            Column(
                "Indikator",
                lambda i: i.namn,
                commit=partial(self._field, "namn"),
                field="namn",
                foreground=review_tint,
            ),
            Column("Enhet", lambda i: i.enhet, commit=partial(self._field, "enhet"), field="enhet"),
            Column(
                "Nuläge år",
                lambda i: "" if i.nulage_ar is None else str(i.nulage_ar),
                commit=self._nulage_year,
                align=RIGHT,
                field="nulage_ar",
            ),
            Column(
                "Nuläge",
                lambda i: format_value(i.nulage, i.enhet),
                edit_value=lambda i: format_value(i.nulage),
                commit=self._nulage,
                align=RIGHT,
                field="nulage",
            ),
        ]
        for year in self.context.plan.uppgifter.years:
            result.append(
                Column(
                    str(year),
                    partial(lambda y, i: format_value(i.malnivaer.get(y), i.enhet), year),
                    edit_value=partial(lambda y, i: format_value(i.malnivaer.get(y)), year),
                    commit=partial(self._target, year),
                    align=RIGHT,
                    accessible=f"Målnivå {year}",
                    field=f"malniva:{year}",
                )
            )
        result += [
            Column(
                "Riktning",
                lambda i: d.RIKTNING_LABELS[i.riktning],
                edit_value=lambda i: i.riktning.value,
                commit=partial(self._choice, "riktning", Riktning),
                choices=lambda i: RIKTNING_CHOICES,
                field="riktning",
            ),
            Column(
                "Frekvens",
                lambda i: d.FREKVENS_LABELS[i.frekvens] if i.frekvens else "",
                edit_value=lambda i: i.frekvens.value if i.frekvens else None,
                commit=partial(self._choice, "frekvens", Frekvens),
                choices=lambda i: FREKVENS_CHOICES,
                field="frekvens",
            ),
            Column(
                "Varje år",
                lambda i: "Ja" if i.varje_ar else "Nej",
                edit_value=lambda i: i.varje_ar,
                commit=partial(self._choice, "varje_ar", bool),
                choices=lambda i: [("Ja", True), ("Nej", False)],
                tooltip=lambda i: "Mäts indikatorn varje år? Annars får år sakna målnivå.",
                field="varje_ar",
            ),
            Column("Källa", lambda i: i.kalla, commit=partial(self._field, "kalla"), field="kalla"),
            Column(
                "Kolada-id",
                lambda i: i.kolada_id,
                commit=partial(self._field, "kolada_id"),
                field="kolada_id",
            ),
            review_column(ItemKind.INDIKATOR),
        ]
        return result

    def _update(self, indicator: d.Indikator, text: str, **fields: Any) -> tuple[str, Edit]:
        return text, partial(
            items.update_item, kind_name=ItemKind.INDIKATOR, item_id=indicator.id, fields=fields
        )

    def _field(self, name: str, indicator: d.Indikator, value: Any) -> tuple[str, Edit]:
        return self._update(indicator, "Ändra indikator", **{name: str(value or "")})

    def _choice(
        self, name: str, enum: type, indicator: d.Indikator, value: Any
    ) -> tuple[str, Edit]:
        return self._update(indicator, "Ändra indikator", **{name: value})

    def _nulage_year(self, indicator: d.Indikator, value: Any) -> tuple[str, Edit]:
        text = str(value or "").strip()
        year = None
        if text:
            if not text.isdigit():
                raise InputError(f"”{text}” är inget årtal.")
            year = int(text)
        return self._update(indicator, "Ändra nulägesår", nulage_ar=year)

    def _nulage(self, indicator: d.Indikator, value: Any) -> tuple[str, Edit]:
        return self._update(indicator, "Ändra nuläge", nulage=parse_value(str(value or "")))

    def _target(self, year: int, indicator: d.Indikator, value: Any) -> tuple[str, Edit]:
        return f"Ändra målnivå {year}", partial(
            values.set_indicator_value,
            indikator_id=indicator.id,
            slag=VardeSlag.MALNIVA,
            ar=year,
            value=parse_value(str(value or "")),
        )

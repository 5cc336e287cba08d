"""The goal tree (målområde → goals of any level, nested under the goals they break down →
indikatorer) and the indicator table of one goal."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from vplan_desktop import domain as d
from vplan_desktop.db.enums import Frekvens, MalNiva, Riktning, VardeSlag
from vplan_desktop.errors import InputError
from vplan_desktop.formatting import format_value, parse_value
from vplan_desktop.sections import ItemKind, Part
from vplan_desktop.services import items, values
from vplan_desktop.targets import format_target, parse_target
from vplan_desktop.ui import seen
from vplan_desktop.ui.context import Edit, PlanContext
from vplan_desktop.ui.i18n import tr
from vplan_desktop.ui.models.table import (
    REVIEW_COLOUR,
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
TREE_PARTS = ("malomraden", "namndsmal", "indikatorer", "uppgifter")
"""The parts of the snapshot the tree shows (the plan's names of the goal levels are in
``uppgifter``)."""
Key = tuple[int, int]
"""An item of the tree: its kind (AREA, GOAL, …) and its id (0 for "Utan målområde")."""


def _key(kind: int, item_id: int) -> int:
    return (kind << 32) | item_id


def _unkey(key: int) -> tuple[int, int]:
    return key >> 32, key & 0xFFFFFFFF


def goal_label(front: d.FrontMatter, goal: d.Namndsmal) -> str:
    """How a goal is named in the tree and the lists: "KF:s mål 1:2 – Text"."""
    level = front.niva_namn(goal.niva)
    return f"{level} {goal.kod} – {goal.text}" if goal.kod else f"{level} – {goal.text}"


def level_names(front: d.FrontMatter) -> tuple[str, ...]:
    return tuple(front.niva_namn(level) for level in MalNiva)


@dataclass(frozen=True)
class _Tree:
    """The goal tree of one snapshot: each item's children, parent and row.

    Under a goal come its indicators first, then the goals that break it down.
    """

    children: dict[Key | None, list[Key]]
    parent_of: dict[Key, Key | None]
    row_of: dict[Key, int]
    area: dict[int, d.Malomrade]
    goal: dict[int, d.Namndsmal]
    indicator: dict[int, d.Indikator]
    names: tuple[str, ...]
    """The plan's names of the goal levels, which every goal's line shows."""

    @classmethod
    def of(cls, plan: d.PlanSnapshot) -> _Tree:
        area = {a.id: a for a in plan.malomraden}
        goal = {g.id: g for g in plan.namndsmal}
        children: dict[Key | None, list[Key]] = {None: [(AREA, a.id) for a in plan.malomraden]}
        for item in children[None]:
            children[item] = []
        for g in plan.namndsmal:
            children[(GOAL, g.id)] = []
        for i in plan.indikatorer:
            if i.namndsmal_id in goal:
                children[(GOAL, i.namndsmal_id)].append((INDICATOR, i.id))
        for g in plan.namndsmal:  # in tree order: siblings in their order
            children.setdefault(cls._holder(g, goal, area), []).append((GOAL, g.id))
        cls._rehome_unreachable(children, goal, area)
        if children.get((NO_AREA, 0)):
            children[None].append((NO_AREA, 0))
        parent_of: dict[Key, Key | None] = {}
        row_of: dict[Key, int] = {}
        for holder, keys in children.items():
            for row, key in enumerate(keys):
                parent_of[key] = holder
                row_of[key] = row
        return cls(
            children,
            parent_of,
            row_of,
            area,
            goal,
            {i.id: i for i in plan.indikatorer},
            level_names(plan.uppgifter),
        )

    @staticmethod
    def _holder(goal: d.Namndsmal, goals: dict[int, d.Namndsmal], areas: dict[int, Any]) -> Key:
        if goal.overordnat_id is not None and goal.overordnat_id in goals:
            return (GOAL, goal.overordnat_id)
        if goal.malomrade_id is not None and goal.malomrade_id in areas:
            return (AREA, goal.malomrade_id)
        return (NO_AREA, 0)

    @staticmethod
    def _rehome_unreachable(
        children: dict[Key | None, list[Key]], goals: dict[int, d.Namndsmal], areas: dict[int, Any]
    ) -> None:
        """Goals whose parents lead round in a circle (the service refuses that, but a file may
        hold it) go to the top of their målområde, so that every goal is shown once."""
        reached: set[Key] = set()
        stack: list[Key | None] = [None, (NO_AREA, 0)]
        while stack:
            for key in children.get(stack.pop(), []):
                if key not in reached:
                    reached.add(key)
                    stack.append(key)
        for goal_id, goal in goals.items():
            key = (GOAL, goal_id)
            if key in reached:
                continue
            children[(GOAL, goal.overordnat_id or 0)].remove(key)
            area = goal.malomrade_id
            home = (AREA, area) if area is not None and area in areas else (NO_AREA, 0)
            children.setdefault(home, []).append(key)

    def siblings(self, key: Key) -> list[Key]:
        """The items of the same kind under the same parent (what "Upp" and "Ner" move among;
        the areas leave out "Utan målområde", which always comes last)."""
        return [k for k in self.children.get(self.parent_of.get(key), []) if k[0] == key[0]]

    def sub_goals(self, goal_id: int) -> list[int]:
        """The goals under a goal, at any depth, in tree order."""
        found: list[int] = []
        stack = [(GOAL, goal_id)]
        while stack:
            below = [k for k in self.children.get(stack.pop(), []) if k[0] == GOAL]
            found.extend(k[1] for k in below)
            stack.extend(reversed(below))
        return found

    def depth(self, key: Key) -> int:
        """How many goals stand above a goal (0 at the top of its målområde)."""
        steps, parent = 0, self.parent_of.get(key)
        while parent is not None and parent[0] == GOAL:
            steps += 1
            parent = self.parent_of.get(parent)
        return steps

    def goal_of(self, key: Key) -> int | None:
        """The goal an item is or belongs to (an indicator's goal); None for an area."""
        if key[0] == GOAL:
            return key[1]
        if key[0] == INDICATOR and key[1] in self.indicator:
            return self.indicator[key[1]].namndsmal_id
        return None


class GoalTreeModel(QAbstractItemModel):
    """Goals nest under the goals they break down; goals without a målområde sit under
    "Utan målområde" at the end."""

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
        if tree.children == self.tree.children:
            before, self.tree = self.tree, tree  # same items in the same places
            renamed = tree.names != before.names  # a level's name is on every goal's line
            for kind, now, then in (
                (AREA, tree.area, before.area),
                (GOAL, tree.goal, before.goal),
                (INDICATOR, tree.indicator, before.indicator),
            ):
                for item_id, item in now.items():
                    differs = item is not then[item_id] and item != then[item_id]
                    if differs or (renamed and kind == GOAL):
                        index = self.find(kind, item_id)
                        self.dataChanged.emit(index, index)
            return
        self.beginResetModel()
        self.tree = tree
        self.endResetModel()

    # --- structure -----------------------------------------------------------------------

    def _item(self, index: Index) -> Key | None:
        return _unkey(index.internalId()) if index.isValid() else None

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        children = self.tree.children.get(self._item(parent), [])
        if column != 0 or not 0 <= row < len(children):
            return QModelIndex()
        return self.createIndex(row, 0, _key(*children[row]))

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        key = self._item(child)
        holder = self.tree.parent_of.get(key) if key is not None else None
        if holder is None:
            return QModelIndex()
        return self.createIndex(self.tree.row_of[holder], 0, _key(*holder))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.tree.children.get(self._item(parent), []))

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
            return tr("Mål")
        return None

    # --- data ----------------------------------------------------------------------------

    def _shown(self, kind: int, item_id: int) -> d.Malomrade | d.Namndsmal | d.Indikator | None:
        tree = self.tree
        found: Any = {AREA: tree.area, GOAL: tree.goal, INDICATOR: tree.indicator}.get(kind, {})
        return found.get(item_id)  # type: ignore[no-any-return]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        kind, item_id = _unkey(index.internalId())
        item = self._shown(kind, item_id)
        if role == Qt.ItemDataRole.DisplayRole:
            if isinstance(item, d.Malomrade):
                return item.rubrik
            if isinstance(item, d.Namndsmal):
                return goal_label(self.context.plan.uppgifter, item)
            return item.namn if isinstance(item, d.Indikator) else tr("Utan målområde")
        if role == Qt.ItemDataRole.EditRole:
            if isinstance(item, d.Namndsmal):
                return item.text
            return item.namn if item is not None else tr("Utan målområde")
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self.data(index, Qt.ItemDataRole.DisplayRole)
            if (
                isinstance(item, d.Namndsmal)
                and item.niva is not MalNiva.UPPDRAG
                and not self.tree.children.get((GOAL, item_id))
            ):
                return text + "\n" + tr("Målet har ingen indikator.")
            return text
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(REVIEW_COLOUR) if getattr(item, "att_granska", False) else None
        if role == ROW_ID_ROLE:
            return item_id if kind != NO_AREA else None
        if role == KIND_ROLE:
            return kind
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        # The goals are the plan's own: not a redaktör's of some verksamheter.
        if _unkey(index.internalId())[0] != NO_AREA and self.context.permissions.can_edit_plan:
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
            tr("Byt namn"),
            seen.update(self.context.plan, KIND_NAMES[kind], item_id, {field: value}),
        )
        return change is not None

    def find(self, kind: int, item_id: int) -> QModelIndex:
        """The index of an item, or an invalid index (looked up, without walking the tree)."""
        row = self.tree.row_of.get((kind, item_id))
        if row is None:
            return QModelIndex()
        return self.createIndex(row, 0, _key(kind, item_id))


RIKTNING_CHOICES = [(label, r.value) for r, label in d.RIKTNING_LABELS.items()]
FREKVENS_CHOICES = [("–", None)] + [(label, f.value) for f, label in d.FREKVENS_LABELS.items()]


class IndicatorTableModel(ColumnTableModel):
    """The indicators of one goal: nuläge and one target column per plan year (a target may
    compare: "≥ 95 %")."""

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
                tr("Indikator"),
                lambda i: i.namn,
                commit=partial(self._field, "namn"),
                field="namn",
                foreground=review_tint,
            ),
            Column(
                tr("Enhet"), lambda i: i.enhet, commit=partial(self._field, "enhet"), field="enhet"
            ),
            Column(
                tr("Nuläge år"),
                lambda i: "" if i.nulage_ar is None else str(i.nulage_ar),
                commit=self._nulage_year,
                align=RIGHT,
                field="nulage_ar",
            ),
            Column(
                tr("Nuläge"),
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
                    partial(_target_shown, year),
                    edit_value=partial(_target_typed, year),
                    commit=partial(self._target, year),
                    align=RIGHT,
                    accessible=tr("Målnivå {year}").format(year=year),
                    field=f"malniva:{year}",
                )
            )
        result += [
            Column(
                tr("Riktning"),
                lambda i: d.RIKTNING_LABELS[i.riktning],
                edit_value=lambda i: i.riktning.value,
                commit=partial(self._choice, "riktning", Riktning),
                choices=lambda i: RIKTNING_CHOICES,
                field="riktning",
            ),
            Column(
                tr("Frekvens"),
                lambda i: d.FREKVENS_LABELS[i.frekvens] if i.frekvens else "",
                edit_value=lambda i: i.frekvens.value if i.frekvens else None,
                commit=partial(self._choice, "frekvens", Frekvens),
                choices=lambda i: FREKVENS_CHOICES,
                field="frekvens",
            ),
            Column(
                tr("Varje år"),
                lambda i: tr("Ja") if i.varje_ar else tr("Nej"),
                edit_value=lambda i: i.varje_ar,
                commit=partial(self._choice, "varje_ar", bool),
                choices=lambda i: [(tr("Ja"), True), (tr("Nej"), False)],
                tooltip=lambda i: tr("Mäts indikatorn varje år? Annars får år sakna målnivå."),
                field="varje_ar",
            ),
            Column(
                tr("Källa"), lambda i: i.kalla, commit=partial(self._field, "kalla"), field="kalla"
            ),
            Column(
                tr("Kolada-id"),
                lambda i: i.kolada_id,
                commit=partial(self._field, "kolada_id"),
                field="kolada_id",
            ),
            review_column(ItemKind.INDIKATOR),
        ]
        return result

    def _update(self, indicator: d.Indikator, text: str, **fields: Any) -> tuple[str, Edit]:
        return text, partial(
            items.update_item,
            kind_name=ItemKind.INDIKATOR,
            item_id=indicator.id,
            fields=fields,
            seen=indicator.version,
        )

    def _field(self, name: str, indicator: d.Indikator, value: Any) -> tuple[str, Edit]:
        return self._update(indicator, tr("Ändra indikator"), **{name: str(value or "")})

    def _choice(
        self, name: str, enum: type, indicator: d.Indikator, value: Any
    ) -> tuple[str, Edit]:
        return self._update(indicator, tr("Ändra indikator"), **{name: value})

    def _nulage_year(self, indicator: d.Indikator, value: Any) -> tuple[str, Edit]:
        text = str(value or "").strip()
        year = None
        if text:
            if not text.isdigit():
                raise InputError(tr("”{text}” är inget årtal.").format(text=text))
            year = int(text)
        return self._update(indicator, tr("Ändra nulägesår"), nulage_ar=year)

    def _nulage(self, indicator: d.Indikator, value: Any) -> tuple[str, Edit]:
        return self._update(indicator, tr("Ändra nuläge"), nulage=parse_value(str(value or "")))

    def _target(self, year: int, indicator: d.Indikator, value: Any) -> tuple[str, Edit]:
        target, jamforare = parse_target(str(value or ""))
        return tr("Ändra målnivå {year}").format(year=year), partial(
            values.set_indicator_value,
            indikator_id=indicator.id,
            slag=VardeSlag.MALNIVA,
            ar=year,
            value=target,
            jamforare=jamforare,
            seen=indicator.malnivaer.get(year),
        )


def _target_shown(year: int, indicator: d.Indikator) -> str:
    """A target cell as shown: "≥ 95 %" for a target that compares, else "95 %"."""
    return format_target(
        indicator.malnivaer.get(year), indicator.jamforare.get(year), indicator.enhet
    )


def _target_typed(year: int, indicator: d.Indikator) -> str:
    """A target cell as its editor opens: the same without the unit ("≥ 95")."""
    return format_target(indicator.malnivaer.get(year), indicator.jamforare.get(year))

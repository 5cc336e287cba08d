"""The import review's "Resultat": the plan that would be created – how much of each part, the
målområden with their goals and indicators – and the report of what was read, with the
document's comments and the warnings."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidget,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vplan_desktop.db.enums import MalNiva
from vplan_desktop.domain import MALNIVA_LABELS
from vplan_desktop.formatting import format_number
from vplan_desktop.imports.word_result import WordImport
from vplan_desktop.imports.word_review import report_lines
from vplan_desktop.ui.i18n import QT_TR_NOOP, tr

NO_AREA = QT_TR_NOOP("(utan målområde)")
NO_REPORT = QT_TR_NOOP("Inga rubriker eller tabeller hittades.")


def counts(data: dict[str, Any]) -> list[tuple[str, int]]:
    """How much of each part the plan ``data`` (vplan's JSON) holds, as the review names it."""
    goals = data.get("namndsmal", [])
    budget = [data.get("driftbudget") or {}, data.get("resultatrakning") or {}]
    return [
        (tr("Kapitel"), len(data.get(tr("kapitel"), []))),
        (tr("Målområden"), len(data.get(tr("malomraden"), []))),
        (tr("Mål"), len(goals)),
        (tr("Indikatorer"), sum(len(g.get(tr("indikatorer"), [])) for g in goals)),
        (tr("Aktiviteter"), len(data.get(tr("aktiviteter"), []))),
        (tr("Budgetrader"), sum(len(b.get(tr("rader"), [])) for b in budget)),
        (tr("Investeringar"), len(data.get(tr("investeringar"), []))),
        (tr("Nyckeltalstabeller"), len(data.get(tr("nyckeltal"), []))),
        (tr("Kontrollpunkter"), len(data.get(tr("internkontroll"), []))),
        (tr("Uppföljningar"), len(data.get(tr("uppfoljningar"), []))),
    ]


def _value(value: Any, unit: str) -> str:
    try:
        text = format_number(Decimal(str(value)))
    except (InvalidOperation, ValueError, ArithmeticError):
        text = str(value)
    return f"{text} {unit}".strip() if unit else text


def indicator_line(indicator: dict[str, Any]) -> str:
    """ "Andel elever (%): 2026 20 %, 2027 22 %"."""
    unit = str(indicator.get("enhet", ""))
    targets = indicator.get("malnivaer", {})
    values = ", ".join(f"{year} {_value(v, unit)}" for year, v in sorted(targets.items()))
    name = tr("Indikator: {name}").format(name=indicator.get("namn", ""))
    return name + (" – " + tr("målnivåer {values}").format(values=values) if values else "")


def _item(text: str) -> QTreeWidgetItem:
    """A line of the tree, its whole text in a tooltip (a long goal is cut in the view)."""
    item = QTreeWidgetItem([text])
    item.setToolTip(0, text[:1000])
    return item


class ResultPanel(QWidget):
    """The plan the import would create, in counts, a goal tree and the report."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        for place, (name, _n) in enumerate(counts({})):
            label = QLabel()
            self.counts[name] = label
            grid.addWidget(label, place // 5, place % 5)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(tr("Målområden, mål och indikatorer i planen"))
        self.report = QListWidget()
        self.report.setAccessibleName(tr("Rapport"))
        self.report.setWordWrap(True)
        tree_label = QLabel(tr("Mål o&ch indikatorer:"))
        tree_label.setBuddy(self.tree)
        report_label = QLabel(tr("Rapport&en (med dokumentets kommentarer och varningar):"))
        report_label.setBuddy(self.report)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(tree_label)
        top_layout.addWidget(self.tree)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(report_label)
        bottom_layout.addWidget(self.report)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(split, 1)

    def show_result(self, result: WordImport) -> None:
        for name, number in counts(result.data):
            self.counts[name].setText(f"{name}: <b>{number}</b>")
            self.counts[name].setAccessibleName(f"{name}: {number}")
        self._fill_tree(result.data)
        lines = report_lines(result)
        self.report.clear()
        self.report.addItems(lines or [tr(NO_REPORT)])

    def _fill_tree(self, data: dict[str, Any]) -> None:
        self.tree.clear()
        goals = data.get("namndsmal", [])
        activities: dict[Any, int] = {}
        for activity in data.get("aktiviteter", []):
            key = activity.get("namndsmal_id")
            activities[key] = activities.get(key, 0) + 1
        children: dict[Any, list[dict[str, Any]]] = {}
        ids = {g.get("id") for g in goals}
        for goal in goals:
            parent = goal.get("overordnat_id")
            children.setdefault(parent if parent in ids else None, []).append(goal)
        areas = {a.get("id"): a for a in data.get("malomraden", [])}
        items: dict[Any, QTreeWidgetItem] = {}
        for key, area in areas.items():
            item = _item(tr("Målområde: {name}").format(name=area.get("namn", "")))
            self.tree.addTopLevelItem(item)
            items[key] = item

        def add(parent: QTreeWidgetItem, goal: dict[str, Any]) -> None:
            try:
                level = MALNIVA_LABELS[MalNiva(goal.get("niva", "namnd"))]
            except ValueError:
                level = tr("Mål")
            count = activities.get(goal.get("id"), 0)
            extra = " " + tr("(%n aktivitet(er))", None, count) if count else ""
            item = _item(f"{level}: {goal.get('text', '')}{extra}")
            parent.addChild(item)
            for indicator in goal.get("indikatorer", []):
                item.addChild(_item(indicator_line(indicator)))
            for child in children.get(goal.get("id"), []):
                add(item, child)

        for goal in children.get(None, []):
            area = goal.get("malomrade_id")
            if area not in items:
                items[area] = _item(tr(NO_AREA))
                self.tree.addTopLevelItem(items[area])
            add(items[area], goal)
        self.tree.expandAll()

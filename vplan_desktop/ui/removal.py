"""Asking before an item with content is removed: one question box for every editor, and the
words that say what would go with the item. An empty item is removed without a question; a
removal can always be undone."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from vplan_desktop.domain import PlanSnapshot
from vplan_desktop.formatting import format_number
from vplan_desktop.sections import ItemKind

NAME_LIMIT = 70
"""Longer names (a goal is often a sentence) are cut in the question: "Öka andelen…"."""


def may_remove(parent: QWidget, question: str | None) -> bool:
    """True if the item may be removed: it holds nothing (no ``question``), or the user chose
    Ta bort. Avbryt is the default, so Enter keeps the item."""
    if question is None:
        return True
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("Ta bort")
    box.setText(question)
    box.setInformativeText("Det går att ångra med Ctrl+Z.")
    remove = box.addButton("Ta bort", QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton("Avbryt", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is remove


def _named(name: str) -> str:
    """A name quoted for the question; a long one is cut after a whole word."""
    text = " ".join(name.split())
    if len(text) > NAME_LIMIT:
        text = text[: NAME_LIMIT + 1].rsplit(" ", 1)[0].rstrip(",.;:") + "…"
    return f"”{text}”"


def _count(number: int, one: str, many: str) -> str:
    return f"{format_number(number)} {one if number == 1 else many}"


def _and(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " och " + parts[-1]


def removal_question(plan: PlanSnapshot, kind: ItemKind, item_id: int) -> str | None:
    """The question to ask before removing an item of ``kind``, naming it and what it holds;
    None when it holds nothing worth a question (or is not in ``plan``)."""
    describe = _DESCRIBERS.get(kind)
    return describe(plan, item_id) if describe else None


def _chapter(plan: PlanSnapshot, item_id: int) -> str | None:
    chapter = next((k for k in plan.kapitel if k.id == item_id), None)
    if chapter is None or not chapter.text.strip():
        return None
    size = _count(len(chapter.text.strip()), "tecken", "tecken")
    return f"Ta bort kapitlet {_named(chapter.rubrik)} med {size} text?"


def _sub_goals(plan: PlanSnapshot, goal_id: int) -> set[int]:
    """The goals under a goal, at any depth (they go with it)."""
    under: dict[int | None, list[int]] = {}
    for goal in plan.namndsmal:
        under.setdefault(goal.overordnat_id, []).append(goal.id)
    found: set[int] = set()
    stack = list(under.get(goal_id, []))
    while stack:
        current = stack.pop()
        if current not in found and current != goal_id:
            found.add(current)
            stack.extend(under.get(current, []))
    return found


def _area(plan: PlanSnapshot, item_id: int) -> str | None:
    area = next((a for a in plan.malomraden if a.id == item_id), None)
    if area is None:
        return None
    goals = {g.id for g in plan.namndsmal if g.malomrade_id == item_id}
    indicators = sum(1 for i in plan.indikatorer if i.namndsmal_id in goals)
    parts = []
    if goals:
        parts.append(_count(len(goals), "mål", "mål"))
    if indicators:
        parts.append(_count(indicators, "indikator", "indikatorer"))
    if area.beskrivning.strip():
        parts.append("en beskrivning")
    orphans = _orphans(plan, goals, area_id=item_id)
    if not parts and not orphans:
        return None
    held = f" med {_and(parts)}" if parts else ""
    return f"Ta bort målområdet {_named(area.rubrik)}{held}?{orphans}"


def _goal(plan: PlanSnapshot, item_id: int) -> str | None:
    goal = next((g for g in plan.namndsmal if g.id == item_id), None)
    if goal is None:
        return None
    under = _sub_goals(plan, item_id)
    removed = {item_id, *under}
    indicators = sum(1 for i in plan.indikatorer if i.namndsmal_id in removed)
    parts = []
    if under:
        parts.append(_count(len(under), "delmål", "delmål"))
    if indicators:
        parts.append(_count(indicators, "indikator", "indikatorer"))
    if goal.beskrivning.strip():
        parts.append("en beskrivning")
    if goal.arstexter:
        parts.append(f"mål för {_count(len(goal.arstexter), 'år', 'år')}")
    orphans = _orphans(plan, removed)
    if not parts and not orphans:
        return None
    held = f" med {_and(parts)}" if parts else ""
    return f"Ta bort målet {_named(goal.rubrik)}{held}?{orphans}"


def _orphans(plan: PlanSnapshot, goals: set[int], area_id: int | None = None) -> str:
    """What happens to the activities of removed goals (and of a removed målområde): they
    stay, without a goal."""
    activities = sum(
        1
        for a in plan.aktiviteter
        if a.namndsmal_id in goals or (area_id is not None and a.malomrade_id == area_id)
    )
    if not activities:
        return ""
    which = "målområdet" if area_id is not None else "målet" if len(goals) == 1 else "målen"
    if activities == 1:
        return f" En aktivitet som hör till {which} blir kvar utan mål."
    return f" {format_number(activities)} aktiviteter som hör till {which} blir kvar utan mål."


def _indicator(plan: PlanSnapshot, item_id: int) -> str | None:
    indicator = next((i for i in plan.indikatorer if i.id == item_id), None)
    if indicator is None:
        return None
    parts = []
    if indicator.nulage is not None:
        parts.append("nuläge")
    targets = sum(1 for value in indicator.malnivaer.values() if value is not None)
    if targets:
        parts.append(_count(targets, "målnivå", "målnivåer"))
    results = sum(1 for value in indicator.utfall.values() if value is not None)
    if results:
        parts.append(_count(results, "utfall", "utfall"))
    if not parts:
        return None
    return f"Ta bort indikatorn {_named(indicator.namn)} med {_and(parts)}?"


def _activity(plan: PlanSnapshot, item_id: int) -> str | None:
    activity = next((a for a in plan.aktiviteter if a.id == item_id), None)
    if activity is None or not activity.beskrivning.strip():
        return None
    size = _count(len(activity.beskrivning.strip()), "tecken", "tecken")
    return f"Ta bort aktiviteten {_named(activity.namn)} med en beskrivning på {size}?"


def _control(plan: PlanSnapshot, item_id: int) -> str | None:
    control = next((c for c in plan.internkontroll if c.id == item_id), None)
    if control is None:
        return None
    texts = [
        control.risk,
        control.process,
        control.kontrollmoment,
        control.kontrollansvar,
        control.frekvens,
        control.metod,
        control.rapportering_till,
        control.rapportering_nar,
    ]
    filled = [text for text in texts if text.strip()]
    if not filled and control.sannolikhet is None and control.konsekvens is None:
        return None  # a new, empty row
    name = f" {_named(filled[0])}" if filled else ""
    return f"Ta bort kontrollpunkten{name}?"


def _key_figure_table(plan: PlanSnapshot, item_id: int) -> str | None:
    table = next((t for t in plan.nyckeltal if t.id == item_id), None)
    if table is None:
        return None
    parts = []
    if table.rader:
        parts.append(_count(len(table.rader), "rad", "rader"))
    if table.kolumner:
        parts.append(_count(len(table.kolumner), "kolumn", "kolumner"))
    if not parts:
        return None
    return f"Ta bort tabellen {_named(table.rubrik)} med {_and(parts)}?"


def _key_figure_row(plan: PlanSnapshot, item_id: int) -> str | None:
    row = next((r for t in plan.nyckeltal for r in t.rader if r.id == item_id), None)
    if row is None:
        return None
    values = sum(1 for value in row.varden.values() if value is not None)
    if not values:
        return None
    return f"Ta bort raden {_named(row.namn)} med {_count(values, 'värde', 'värden')}?"


_DESCRIBERS: dict[ItemKind, Callable[[PlanSnapshot, int], str | None]] = {
    ItemKind.KAPITEL: _chapter,
    ItemKind.MALOMRADE: _area,
    ItemKind.NAMNDSMAL: _goal,
    ItemKind.INDIKATOR: _indicator,
    ItemKind.AKTIVITET: _activity,
    ItemKind.INTERNKONTROLL: _control,
    ItemKind.NYCKELTAL_TABELL: _key_figure_table,
    ItemKind.NYCKELTAL_RAD: _key_figure_row,
}

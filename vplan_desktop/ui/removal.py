"""Asking before an item with content is removed: one question box for every editor, and the
words that say what would go with the item. An empty item is removed without a question; a
removal can always be undone."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from vplan_desktop.domain import PlanSnapshot
from vplan_desktop.sections import ItemKind
from vplan_desktop.ui.i18n import tr

NAME_LIMIT = 70
"""Longer names (a goal is often a sentence) are cut in the question: "Öka andelen…"."""


def may_remove(parent: QWidget, question: str | None) -> bool:
    """True if the item may be removed: it holds nothing (no ``question``), or the user chose
    Ta bort. Avbryt is the default, so Enter keeps the item."""
    if question is None:
        return True
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Ta bort"))
    box.setText(question)
    box.setInformativeText(tr("Det går att ångra med Ctrl+Z."))
    remove = box.addButton(tr("Ta bort"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(tr("Avbryt"), QMessageBox.ButtonRole.RejectRole)
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


def _and(parts: list[str]) -> str:
    if len(parts) == 1:
        return parts[0]
    return tr("{items} och {last}").format(items=", ".join(parts[:-1]), last=parts[-1])


def removal_question(plan: PlanSnapshot, kind: ItemKind, item_id: int) -> str | None:
    """The question to ask before removing an item of ``kind``, naming it and what it holds;
    None when it holds nothing worth a question (or is not in ``plan``)."""
    describe = _DESCRIBERS.get(kind)
    return describe(plan, item_id) if describe else None


def _chapter(plan: PlanSnapshot, item_id: int) -> str | None:
    chapter = next((k for k in plan.kapitel if k.id == item_id), None)
    if chapter is None or not chapter.text.strip():
        return None
    size = tr("%n tecken", None, len(chapter.text.strip()))
    return tr("Ta bort kapitlet {name} med {size} text?").format(
        name=_named(chapter.rubrik), size=size
    )


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
        parts.append(tr("%n mål", None, len(goals)))
    if indicators:
        parts.append(tr("%n indikator(er)", None, indicators))
    if area.beskrivning.strip():
        parts.append(tr("en beskrivning"))
    orphans = _orphans(plan, goals, area_id=item_id)
    if not parts and not orphans:
        return None
    name = _named(area.rubrik)
    if parts:
        question = tr("Ta bort målområdet {name} med {parts}?").format(name=name, parts=_and(parts))
    else:
        question = tr("Ta bort målområdet {name}?").format(name=name)
    return question + orphans


def _goal(plan: PlanSnapshot, item_id: int) -> str | None:
    goal = next((g for g in plan.namndsmal if g.id == item_id), None)
    if goal is None:
        return None
    under = _sub_goals(plan, item_id)
    removed = {item_id, *under}
    indicators = sum(1 for i in plan.indikatorer if i.namndsmal_id in removed)
    parts = []
    if under:
        parts.append(tr("%n delmål", None, len(under)))
    if indicators:
        parts.append(tr("%n indikator(er)", None, indicators))
    if goal.beskrivning.strip():
        parts.append(tr("en beskrivning"))
    if goal.arstexter:
        parts.append(tr("mål för %n år", None, len(goal.arstexter)))
    orphans = _orphans(plan, removed)
    if not parts and not orphans:
        return None
    name = _named(goal.rubrik)
    if parts:
        question = tr("Ta bort målet {name} med {parts}?").format(name=name, parts=_and(parts))
    else:
        question = tr("Ta bort målet {name}?").format(name=name)
    return question + orphans


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
    if area_id is not None:
        if activities == 1:
            return tr(" En aktivitet som hör till målområdet blir kvar utan mål.")
        return tr(" %n aktiviteter som hör till målområdet blir kvar utan mål.", None, activities)
    if len(goals) == 1:
        if activities == 1:
            return tr(" En aktivitet som hör till målet blir kvar utan mål.")
        return tr(" %n aktiviteter som hör till målet blir kvar utan mål.", None, activities)
    if activities == 1:
        return tr(" En aktivitet som hör till målen blir kvar utan mål.")
    return tr(" %n aktiviteter som hör till målen blir kvar utan mål.", None, activities)


def _indicator(plan: PlanSnapshot, item_id: int) -> str | None:
    indicator = next((i for i in plan.indikatorer if i.id == item_id), None)
    if indicator is None:
        return None
    parts = []
    if indicator.nulage is not None:
        parts.append(tr("nuläge"))
    targets = sum(1 for value in indicator.malnivaer.values() if value is not None)
    if targets:
        parts.append(tr("%n målnivå(er)", None, targets))
    results = sum(1 for value in indicator.utfall.values() if value is not None)
    if results:
        parts.append(tr("%n utfall", None, results))
    if not parts:
        return None
    return tr("Ta bort indikatorn {name} med {parts}?").format(
        name=_named(indicator.namn), parts=_and(parts)
    )


def _activity(plan: PlanSnapshot, item_id: int) -> str | None:
    activity = next((a for a in plan.aktiviteter if a.id == item_id), None)
    if activity is None or not activity.beskrivning.strip():
        return None
    size = tr("%n tecken", None, len(activity.beskrivning.strip()))
    return tr("Ta bort aktiviteten {name} med en beskrivning på {size}?").format(
        name=_named(activity.namn), size=size
    )


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
    if not filled:
        return tr("Ta bort kontrollpunkten?")
    return tr("Ta bort kontrollpunkten {name}?").format(name=_named(filled[0]))


def _key_figure_table(plan: PlanSnapshot, item_id: int) -> str | None:
    table = next((t for t in plan.nyckeltal if t.id == item_id), None)
    if table is None:
        return None
    parts = []
    if table.rader:
        parts.append(tr("%n rad(er)", None, len(table.rader)))
    if table.kolumner:
        parts.append(tr("%n kolumn(er)", None, len(table.kolumner)))
    if not parts:
        return None
    return tr("Ta bort tabellen {name} med {parts}?").format(
        name=_named(table.rubrik), parts=_and(parts)
    )


def _key_figure_row(plan: PlanSnapshot, item_id: int) -> str | None:
    row = next((r for t in plan.nyckeltal for r in t.rader if r.id == item_id), None)
    if row is None:
        return None
    values = sum(1 for value in row.varden.values() if value is not None)
    if not values:
        return None
    return tr("Ta bort raden {name} med {values}?").format(
        name=_named(row.namn), values=tr("%n värde(n)", None, values)
    )


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

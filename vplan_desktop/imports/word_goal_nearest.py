"""The goal a table under a goal's heading belongs to. A plan that nests its goals writes the
upper goal as the heading and the nämnd's goals under it as lines ("Nämndmål: …" in bold), each
followed by its own indicator and activity tables: a table after such a line measures the goal
of the line, not the heading's, as long as that goal is one of the heading goal's own (under
it). A table straight under the heading, before any such line, is the heading goal's."""

from __future__ import annotations

from typing import Any

from vplan_desktop.imports.word_build import Builder

__all__ = ["nearest_goal"]


def nearest_goal(b: Builder, heading_goal: dict[str, Any] | None) -> dict[str, Any] | None:
    """The goal read last (``b.current_goal``) when it stands under ``heading_goal``, the
    goal of the heading over the table; else ``heading_goal`` itself (None when the heading
    names no goal)."""
    current = b.current_goal
    if heading_goal is None or current is None or current is heading_goal:
        return heading_goal
    by_id = {g["id"]: g for g in b.goals}
    goal: dict[str, Any] | None = current
    seen: set[int] = set()
    while goal is not None and goal["id"] not in seen:
        if goal["overordnat_id"] == heading_goal["id"]:
            return current
        seen.add(goal["id"])
        goal = by_id.get(goal["overordnat_id"])
    return heading_goal

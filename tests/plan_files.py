"""Reading plan files in tests the way a fresh reader sees them."""

from __future__ import annotations

from pathlib import Path

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.services.read import read_plan


def namnd_on_disk(path: Path) -> str:
    """The nämnd named in the plan file at ``path``, read without changing it."""
    with PlanDocument.open(path, read_only=True) as document:
        return read_plan(document).uppgifter.namnd

"""The exceptions that carry a Swedish message to the user.

Anything a user can cause (a bad file, a bad value) raises a ``VplanError``; the CLI prints
its message and the GUI shows it. Any other exception is a bug.
"""

from __future__ import annotations


class VplanError(Exception):
    """An error with a message meant for the user, in Swedish."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class PlanFileError(VplanError):
    """A plan file cannot be opened, created or written."""


class AdoptedPlanError(VplanError):
    """An edit was refused because the plan is adopted (status Antagen) and so frozen."""


class InputError(VplanError, ValueError):
    """A value typed or imported by the user is not acceptable."""


class NotFoundError(VplanError):
    """An edit names an item that is no longer in the plan."""


class InterchangeError(VplanError):
    """A JSON plan does not follow the interchange format.

    ``problems`` lists each bad field as (JSON path, Swedish message).
    """

    def __init__(
        self, problems: list[tuple[str, str]], head: str = "JSON-filen följer inte vplans format"
    ) -> None:
        lines = [f"{path}: {text}" for path, text in problems]
        super().__init__(f"{head}:\n" + "\n".join(f"  {line}" for line in lines))
        self.problems = problems

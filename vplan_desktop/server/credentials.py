"""How vplan gets a password the server asks for: kept apart from ``connection`` so that the
command line can make one without loading psycopg."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

PasswordPrompt = Callable[[str], str]
"""Asks the user for the password; gets the question, returns the answer ('' to give up)."""


@dataclass
class Credentials:
    """How to get a password if the server wants one libpq does not have; the answer is kept
    here, in memory, for as long as this object lives (one command), and never written."""

    prompt: PasswordPrompt | None = None
    password: str | None = field(default=None, repr=False)

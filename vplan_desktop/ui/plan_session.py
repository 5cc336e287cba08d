"""What the window needs of an open plan, a file or a plan on the server, and how it names it.

A plan file is open through an ``EditSession`` (a working copy written back while the user
works); a plan on the server through a ``ServerSession`` (every edit committed to the server
at once). Both are a ``PlanSession``: the window, ``PlanContext``, the saver and the file
actions use only this, and ask ``address`` where the two must differ.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol

from sqlalchemy import exc

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.server.address import PlanAddress
from vplan_desktop.ui.i18n import tr


class PlanSession(Protocol):
    @property
    def address(self) -> PlanAddress | None:
        """The plan's place on a server; None for a plan file."""

    @property
    def plan(self) -> Path:
        """The plan file (for a plan on a server: where a file of it would go)."""

    @property
    def document(self) -> PlanDocument: ...

    @property
    def read_only(self) -> bool: ...

    @property
    def unsaved(self) -> bool: ...

    @property
    def working(self) -> Path | None: ...

    @property
    def notice(self) -> str: ...

    def save(self, *, overwrite_changed: bool = False) -> bool: ...

    def save_as(self, target: Path) -> None: ...

    def backup_if_due(self, now: dt.datetime | None = None) -> object: ...

    def restore(self, source: Path) -> None: ...

    def close(self, *, keep_unsaved: bool = False) -> None: ...


def place_text(address: PlanAddress) -> str:
    """``server/databas#plan``, as the window names a plan on a server."""
    plan = f"#{address.plan}" if address.plan else ""
    return f"{address.server}/{address.database}{plan}"


def server_status(address: PlanAddress) -> str:
    """The status bar's text while a plan on the server is open."""
    return tr("Sparas direkt på servern ({place})").format(place=place_text(address))


def opened_status(session: PlanSession) -> str:
    """The status bar's text when a plan has just been opened."""
    if session.read_only:
        return tr("Skrivskyddad")
    if session.address is not None:
        return server_status(session.address)
    return tr("Öppnad – ändringar sparas medan du arbetar")


def title_place(session: PlanSession) -> str:
    """What the window title adds after the plan's name: the server, for a plan there."""
    if session.address is None:
        return ""
    return tr(" – på servern {place}").format(place=place_text(session.address))


def shows(session: PlanSession, target: Path | PlanAddress) -> bool:
    """Whether ``session`` is the plan ``target`` (a plan file, or a plan on a server)."""
    if isinstance(target, PlanAddress):
        return session.address == target
    return session.address is None and session.plan == target.absolute()


@contextmanager
def refused_writes() -> Iterator[None]:
    """Service calls in the block: a write the server refused (for the user's rights, or an
    adopted plan) becomes its Swedish error (``server.refusals``); a plan file is untouched."""
    try:
        yield
    except exc.DBAPIError as error:
        # Deferred for start-up time: the server's refusals bring psycopg.
        from vplan_desktop.server.refusals import refusal

        mapped = refusal(error)
        if mapped is None:
            raise
        raise mapped from None

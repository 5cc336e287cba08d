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
from vplan_desktop.server.permissions import FULL, Permissions
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


def permissions_of(session: PlanSession) -> Permissions:
    """What the user's right lets her change: a plan on the server says
    (``ServerSession.permissions``); a plan file has no rights, everything."""
    given = getattr(session, "permissions", None)
    return given if isinstance(given, Permissions) else FULL


def rights_text(permissions: Permissions) -> str:
    """What the user may do in a plan on the server, when her right is less than all."""
    if not permissions.writes:
        return tr("Du kan läsa planen men inte ändra den (läsare)")
    if permissions.limited:
        names = ", ".join(f"”{name}”" for name in permissions.names) or tr("inga")
        return tr(
            "Du kan ändra aktiviteter, budgetrader och uppföljning för verksamheterna {names}, "
            "men inget annat i planen (redaktör för vissa verksamheter)"
        ).format(names=names)
    return ""


def opened_status(session: PlanSession) -> str:
    """The status bar's text when a plan has just been opened."""
    if session.address is not None and (rights := rights_text(permissions_of(session))):
        return rights
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
    adopted plan) becomes its Swedish error (``server.refusals``), a broken connection a
    ``ServerUnreachable`` (``server.connection``); a plan file is untouched."""
    try:
        yield
    except exc.DBAPIError as error:
        # Deferred for start-up time: the server's refusals bring psycopg.
        from vplan_desktop.server.connection import lost_connection
        from vplan_desktop.server.refusals import refusal

        mapped = refusal(error) or lost_connection(error)
        if mapped is None:
            raise
        raise mapped from None

"""A write the server refused, in Swedish: for the user's rights (``RightsError``) or because
the plan is adopted (``AdoptedPlanError``), never taken for a conflict with another's edit.

A service call on a plan on the server raises the database's error as it comes (SQLAlchemy's
``DBAPIError``); whoever calls services for a plan on a server runs them in ``refused_writes``
(or passes the error to ``refusal``) so that the user reads why nothing was saved.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import exc

from vplan_desktop.errors import AdoptedPlanError, RightsError, VplanError
from vplan_desktop.server.rights_sql import (
    ADOPTED_STATE,
    REFUSED_STATE,
    TAG_ADOPTION,
    TAG_LIMITED,
    TAG_VERKSAMHET,
    VERKSAMHET_OF,
)

_WHAT = {
    "plan": "planens uppgifter",
    "aktivitet": "aktiviteter",
    "driftbudget_rad": "driftbudgeten",
    "driftbudget_belopp": "driftbudgeten",
    "kf_ram": "driftbudgeten",
    "budgetkolumn": "budgetens kolumner",
    "resultat_rad": "resultaträkningen",
    "resultat_belopp": "resultaträkningen",
    "kostnadsslag_rad": "resultaträkningen per kostnadsslag",
    "kostnadsslag_belopp": "resultaträkningen per kostnadsslag",
    "investering": "investeringar",
    "investering_belopp": "investeringar",
    "kapitel": "kapitel",
    "bild": "kapitlens bilder",
    "verksamhet": "verksamheter",
    "malomrade": "målområden",
    "namndsmal": "mål",
    "mal_arstext": "mål",
    "indikator": "indikatorer",
    "indikatorvarde": "indikatorer",
    "nyckeltal_tabell": "nyckeltal",
    "nyckeltal_kolumn": "nyckeltal",
    "nyckeltal_rad": "nyckeltal",
    "nyckeltal_varde": "nyckeltal",
    "internkontroll": "internkontrollen",
    "riskskala_etikett": "riskskalan",
    "riskband": "riskskalan",
    "sparad_version": "planens sparade versioner",
    "logg": "planens logg",
    "bedomningsniva": "uppföljningens bedömningsskala",
}
_LIMITED_TABLES = frozenset(VERKSAMHET_OF)
_TABLE = re.compile(r'(?:table|relation|sequence) "?([A-Za-z0-9_]+)"?')


def _what(table: str | None) -> str:
    if table is None:
        return "planen"
    table = table.removesuffix("_id_seq")
    if table.startswith("uppfoljning"):
        return "uppföljningen"
    return _WHAT.get(table, "planen")


def refusal(error: BaseException) -> VplanError | None:
    """The Swedish error for a write the server refused for rights or adoption; None for any
    other error (which the caller handles as before)."""
    original = error.orig if isinstance(error, exc.DBAPIError) else error
    state = getattr(original, "sqlstate", None)
    if state not in (REFUSED_STATE, ADOPTED_STATE):
        return None
    diag = getattr(original, "diag", None)
    message = str(getattr(diag, "message_primary", None) or original)
    table = getattr(diag, "table_name", None)
    if table is None:
        found = _TABLE.search(message)
        table = found.group(1) if found else None
    if state == ADOPTED_STATE:
        return AdoptedPlanError(
            "Planen är antagen och kan inte ändras på servern. En administratör kan öppna den "
            "för ändringar (Arkiv → Öppna antagen plan för ändringar…)."
        )
    what = _what(table)
    if message == TAG_ADOPTION:
        return RightsError(
            "Du har inte behörighet att ändra planens status till eller från Antagen: det får "
            "bara planens administratörer."
        )
    if message == TAG_VERKSAMHET or (
        message.startswith("new row violates row-level security") and table in _LIMITED_TABLES
    ):
        return RightsError(
            f"Du har inte behörighet att ändra {what} som hör till en annan verksamhet än "
            "dina. Inget ändrades."
        )
    if message == TAG_LIMITED or message.startswith("new row violates row-level security"):
        return RightsError(
            f"Du har inte behörighet att ändra {what}: du är redaktör bara för vissa "
            "verksamheters aktiviteter och budgetrader. Inget ändrades."
        )
    return RightsError(
        f"Du har inte behörighet att ändra {what} i planen. Be planens administratör om "
        "behörighet. Inget ändrades."
    )


@contextmanager
def refused_writes() -> Iterator[None]:
    """Run service calls on a plan on the server: a write the server refused for rights or
    adoption becomes its Swedish ``RightsError`` or ``AdoptedPlanError``."""
    try:
        yield
    except exc.DBAPIError as error:
        mapped = refusal(error)
        if mapped is None:
            raise
        raise mapped from None

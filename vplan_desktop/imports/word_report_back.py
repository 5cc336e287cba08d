"""An uppdrag's report-back cell: whom the work is reported back to, then when ("Nämnden mars
2027", "Kommunstyrelsen september 2027", "KF Q4 2027"), as a table of fullmäktige's assignments
writes its "Återrapporteras" column. The when is the activity's end, read as any "Klart"
period (``word_dates``): the work is done by the report; the recipient's name is kept with
the words. A cell naming no body before its period is left to ``period_end`` alone."""

from __future__ import annotations

import datetime as dt
import re

from vplan_desktop.imports.word_dates import period_end

_RECIPIENT = re.compile(
    r"^(?:(?:till|för|i)\s+)?"
    r"(?P<body>(?:[a-zåäö-]+\s+){0,3}?[a-zåäö-]*(?:nämnden|styrelsen|fullmäktige|utskottet)"
    r"|ks|kf|(?-i:[A-ZÅÄÖ]{2,5}))"
    r"\s*[:,–-]?\s+(?:i\s+)?(?P<when>\S.*)$",
    re.IGNORECASE,
)


def reported_end(text: str) -> tuple[dt.date, bool] | None:
    """The last day of the period a report-back cell names after its recipient ("Nämnden
    mars 2027" → 2027-03-31), and whether that period was a year alone; None when the cell is
    not a recipient and a period."""
    found = _RECIPIENT.match(" ".join(text.split()))
    if found is None:
        return None
    return period_end(found.group("when"))

"""A table's first column of row numbers, as a table pasted from a spreadsheet keeps it: "Nr"
(or "Nr.", "#", "Löpnr", "Radnr") over 1, 2, 3 … beside the column that names each row. The
numbers only count the rows: a key-figure table names its rows by the column after them, and
the numbers are no figure of the table."""

from __future__ import annotations

import re

_ROW_NUMBER = re.compile(r"(?:nr|nummer|löpnr|löpnummer|radnr|#)\.?", re.IGNORECASE)


def row_number_column(headers: list[str]) -> bool:
    """True when ``headers`` (a table's column names) open with a row-number column ("Nr")
    followed by a column of names (no year or figure in its heading) and at least one more."""
    if len(headers) < 3 or not _ROW_NUMBER.fullmatch(headers[0].strip()):
        return False
    return bool(headers[1].strip()) and not re.search(r"\d", headers[1])

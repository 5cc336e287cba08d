"""Error values a table pasted from Excel shows where a formula found no figure: "#SAKNAS!"
("#N/A"), "#DIVISION/0!" ("#DIV/0!"), "#VÄRDEFEL!" ("#VALUE!"), "#REFERENS!" ("#REF!"),
"#NAMN?" ("#NAME?"), "#OGILTIGT!" ("#NUM!"), "#NULL!", "#SPILL!", "#BERÄKNA!" ("#CALC!"), in
Swedish or English Excel. Such a cell holds no value: the plan leaves the nuläge, target or
key figure empty rather than store the error as text, and the report names each one so the
user can fill in the figure."""

from __future__ import annotations

import re
from typing import Any

_ERROR = re.compile(
    r"#(?:SAKNAS!|N/?A|DIVISION/0!|DIV/0!|VÄRDEFEL!|VALUE!|REFERENS!|REF!|NAMN\?|NAME\?"
    r"|OGILTIGT!|NUM!|NULL!|SPILL!|BERÄKNA!|CALC!|FÄLT!|FIELD!)",
    re.IGNORECASE,
)


def excel_error(text: object) -> bool:
    """True when ``text`` is an Excel error value ("#SAKNAS!", "#DIV/0!") and nothing else."""
    return isinstance(text, str) and _ERROR.fullmatch(text.strip()) is not None


def drop_excel_errors(data: dict[str, Any], report: list[str]) -> None:
    """Nuläge values, targets and key-figure cells of the plan ``data`` that are an Excel
    error value: left empty, each named in ``report``."""
    for goal in data.get("namndsmal", []):
        for indicator in goal.get("indikatorer", []):
            name = indicator.get("namn", "")
            targets = indicator.get("malnivaer", {})
            for year in [y for y, v in targets.items() if excel_error(v)]:
                report.append(
                    f"Målnivån {year} för ”{name}” är ett felvärde från Excel "
                    f"(”{targets.pop(year)}”) och lämnas tom."
                )
            nulage = indicator.get("nulage")
            if isinstance(nulage, dict) and excel_error(nulage.get("varde")):
                report.append(
                    f"Nuläget för ”{name}” är ett felvärde från Excel (”{nulage['varde']}”) "
                    "och lämnas tomt."
                )
                indicator["nulage"] = None
    for table in data.get("nyckeltal", []):
        for row in table.get("rader", []):
            values = row.get("varden", {})
            for column in [c for c, v in values.items() if excel_error(v)]:
                report.append(
                    f"Nyckeltalet ”{row.get('namn', '')}” i ”{table.get('rubrik', '')}” har "
                    f"ett felvärde från Excel (”{values.pop(column)}”); cellen lämnas tom."
                )

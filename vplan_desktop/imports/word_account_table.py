"""A budget by konto (a detaljbudget): "Konto | Benämning | Budget 2026 | Budget 2027", the first
column the kontoplan's account numbers (in Kommun-Bas 3xxx are intäkter, 4xxx
personalkostnader, 5xxx–7xxx övriga kostnader, 8xxx finansiella poster; a range "5–7xxx" or a
group "45xx" stands for several accounts), the next column their names. Its rows are lines of
the resultaträkning per kostnadsslag, named by the account's name: the number is the
kontoplan's key, which a plan's kostnadsslag does not keep (the report says so). A table is
read so when its first column is headed as accounts and most of its rows give one; a
subtotal under them ("Nettokostnad …", its account cell empty) is checked as a total."""

from __future__ import annotations

import re

from vplan_desktop.imports.word_blocks import Block

__all__ = ["ACCOUNT_SCORE", "account_note", "account_roles", "account_table"]

_HEADER = re.compile(
    r"^(?:konto|kontonr|kontonummer|kto|konto\s*nr|kontoslag|kontogrupp)\.?$", re.I
)
_ACCOUNT = re.compile(
    r"^[1-9]\d{0,3}(?:x{1,3})?(?:\s*[–—-]\s*[1-9]\d{0,3}(?:x{1,3})?)?$", re.IGNORECASE
)
"""An account number, a group ("45xx") or a range of them ("5–7xxx", "5000–7999")."""
ACCOUNT_SCORE = 4.0
"""What a column of accounts adds to a table's score as a resultaträkning: as much as its
name ("Resultaträkning") would."""


def _cell(block: Block, row: int, column: int) -> str:
    texts = block.row_texts(row)
    return " ".join(texts[column].split()) if column < len(texts) else ""


def account_table(headers: list[str], block: Block, header_rows: int = 1) -> bool:
    """Whether the table's first column holds account numbers under a header naming them and
    the next column their names: at least two rows give an account, and the rows with a
    name give one but for at most one (a subtotal's row has none)."""
    if len(headers) < 3 or not _HEADER.match(" ".join(headers[0].split())):
        return False
    named = [r for r in range(header_rows, len(block.rows)) if _cell(block, r, 1)]
    accounts = [r for r in named if _ACCOUNT.match(_cell(block, r, 0))]
    return len(accounts) >= 2 and len(named) - len(accounts) <= max(1, len(named) // 4)


def account_roles(headers: list[str], out: list[str]) -> None:
    """The roles of a budget by konto: the names in the second column, the numbers in the
    first kept apart (``out`` is changed in place)."""
    if len(out) < 2 or not _HEADER.match(" ".join(headers[0].split())):
        return
    if re.search(r"\d", headers[1]):
        return  # "Konto | Budget 2027": no column of names
    out[0], out[1] = "konto", "namn"


def account_note(headers: list[str], roles: list[str]) -> str:
    """The report's words for the column of account numbers not kept; "" when there is none."""
    if "konto" not in roles:
        return ""
    name = headers[roles.index("namn")] if "namn" in roles else "namnet"
    return (
        f"Kontonumren (kolumnen ”{headers[roles.index('konto')]}”) lästes inte in: "
        f"resultaträkningens rader heter som i kolumnen ”{name}”."
    )

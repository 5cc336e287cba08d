"""Activities grouped by their status. A follow-up often sorts its activity table by how far
the work has come: a merged (often shaded) row "Genomförda", "Pågående", "Ej påbörjade",
"Avbrutna" over the activities of that status, and no status column. Such a group row is
each activity's status under it – not a verksamhet or a målområde – read as a status cell
saying the same in the singular ("Genomförda" → "Genomförd")."""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["group_status"]


def _singulars(text: str) -> list[str]:
    """The words as printed and their singular forms: "Genomförda" → "Genomförd", "Ej
    påbörjade" → "Ej påbörjad", "Avbrutna" → "Avbruten"."""
    words = " ".join(text.split()).rstrip(":.")
    out = [words]
    if words.lower().endswith(("a", "e")):
        out.append(words[:-1])
    if words.lower().endswith("na"):
        out.append(words[:-2] + "en")
    return out


def group_status(group: str, status_of: Callable[[str], str | None]) -> str:
    """The status words a group row over activities gives (in the singular, as
    ``status_of`` reads a status cell); "" when the row names no status."""
    if not group or len(group) > 40:
        return ""
    return next((form for form in _singulars(group) if status_of(form) is not None), "")

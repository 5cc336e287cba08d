"""Internkontroll tables: "Process/rutin | Risk | Kontrollmoment | Kontrollansvar | Frekvens |
Metod | Rapporteras till" in the kommun's words ("Granskningsområde | Risk | Kontrollaktivitet
| Ansvarig | Frekvens" under a "Kontrollplan"), sannolikhet and konsekvens as 1–4. A row is
named by its kontrollmoment: a row whose process cell is left empty is a control of its own in
the process typed above it."""

from __future__ import annotations

import re
from typing import Any

from vplan_desktop.imports.word_blocks import Block
from vplan_desktop.imports.word_build import Builder, TableContext, TableView
from vplan_desktop.imports.word_control_process import process_over_control
from vplan_desktop.imports.word_result import Became
from vplan_desktop.wording import count as count_of

WORDS = {
    "kontrollmoment": ("kontrollmoment", "kontroll", "åtgärd"),
    "process": ("process", "rutin", "område"),
    "risk": ("risk",),
    "kontrollansvar": ("ansvar",),
    "frekvens": ("frekvens", "hur ofta", "intervall"),
    "metod": ("metod", "hur", "sätt"),
    "rapportering": ("rapport", "återrapport"),
}

CONTROL_WORDS = ("kontrollmoment", "kontrollaktivitet", "kontrollåtgärd")
"""A column of the checks themselves: "Kontrollmoment", as many plans say "Kontrollaktivitet"."""
PLAN_WORDS = ("internkontroll", "kontrollplan")
"""A heading or caption naming the plan of internal control ("Kontrollplan 2027")."""


def score(headers: list[str], titles: list[str], block: Block, ctx: TableContext) -> float:
    words = " ".join(headers).lower()
    found = 0.0
    if any(w in words for w in CONTROL_WORDS):
        found += 3
    if any(w in ctx.words() for w in PLAN_WORDS) or ctx.part == "internkontroll":
        found += 2
    found += sum(
        1 for w in ("risk", "process", "rutin", "frekvens", "kontrollansvar", "metod") if w in words
    )
    assessed = {h.lower().strip(": ") for h in headers}
    if {"sannolikhet", "konsekvens"} <= assessed or {"s", "k"} <= assessed:
        found += 2  # each risk assessed by its likelihood and consequence: a risk analysis
    return found


def roles(headers: list[str], ctx: TableContext) -> list[str]:
    out: list[str] = []
    for header in headers:
        lower = header.lower().strip(": ")
        role = "ovrigt"
        if lower in ("s", "sannolikhet"):
            role = "sannolikhet"
        elif lower in ("k", "konsekvens"):
            role = "konsekvens"
        elif "värde" in lower or "bedömning" in lower:
            role = "ovrigt"
        elif lower.endswith("område") and "process" not in out:
            role = "process"  # "Kontrollområde": the area checked, not the check
        else:
            for key, words in WORDS.items():
                if key not in out and any(w in lower for w in words):
                    role = key
                    break
        out.append(role)
    if "kontrollmoment" not in out and "ovrigt" in out:
        out[out.index("ovrigt")] = "kontrollmoment"
    return out


def read(view: TableView, b: Builder) -> None:
    count, above = 0, ""
    for row in view.rows.rows:
        control: dict[str, Any] = {"id": b.next_id(), "att_granska": True}
        for key in ("process", "risk", "kontrollmoment", "kontrollansvar", "frekvens", "metod"):
            if text := view.cell(row.cells, key):
                control[key] = text
        if split := process_over_control(view, row):  # "**Inköp**" ¶ "Granskning av …"
            control["process"], control["kontrollmoment"] = split
        if text := view.cell(row.cells, "rapportering"):
            control["rapportering_till"] = text
        if row.group and "process" not in control:
            control["process"] = row.group
        if "process" in view.roles and "process" not in control and above:
            control["process"] = above  # typed on its group's first row, left empty under it
        above = control.get("process", above)
        for key in ("sannolikhet", "konsekvens"):
            text = view.cell(row.cells, key).strip()
            if text.isdigit() and 1 <= int(text) <= 4:
                control[key] = int(text)
        if "sannolikhet" not in control and "konsekvens" not in control:
            control.update(_product(view, row.cells))
        if others := view.others(row.cells):
            control["metod"] = "\n".join(t for t in (control.get("metod", ""), others) if t)
        if any(isinstance(v, str) and v for v in control.values()):
            b.controls.append(control)
            count += 1
    text = f"Internkontroll med {count_of(count, 'kontrollpunkt')}"
    b.became(view.block.index, Became.INTERNKONTROLL, text)
    for part, _skip in view.parts[1:]:
        b.became(part.index, Became.INTERNKONTROLL, f"Fortsättning: {text}")
    b.report(text)


_PRODUCT = re.compile(r"^\s*([1-4])\s*[×xX*]\s*([1-4])\s*(?:=\s*\d{1,2})?\s*$")
"""A risk value written as its product, sannolikhet first ("3 × 4 = 12", "2×3")."""


def _product(view: TableView, cells: list[str]) -> dict[str, int]:
    """Sannolikhet and konsekvens from a risk value column ("Riskvärde (S × K)": "3 × 3 = 9")."""
    for index, role in enumerate(view.roles):
        text = cells[index] if index < len(cells) else ""
        if role == "ovrigt" and (found := _PRODUCT.match(text)):
            return {"sannolikhet": int(found.group(1)), "konsekvens": int(found.group(2))}
    return {}

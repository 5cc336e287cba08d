"""A large plan, as big as the biggest nämnd's: built in the interchange format from the example
plan's own texts and figures, then imported like any other plan."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from vplan_desktop.interchange import import_json, load_json
from vplan_desktop.paths import resource

GOALS, INDICATORS, ACTIVITIES = 60, 200, 500
DRIFT_ROWS, INVESTMENTS, CONTROLS, CHAPTERS = 120, 40, 150, 40
WORDS_PER_CHAPTER = 1000  # about 80 pages of text in all


def large_plan_data() -> dict[str, Any]:
    base: dict[str, Any] = load_json(resource("example_plan.json"))
    data = copy.deepcopy(base)
    source_text = " ".join(k["text"] for k in base["kapitel"]).split()
    data["kapitel"] = [
        {
            "id": n,
            "rubrik": f"Kapitel {n}",
            "text": "## Avsnitt\n\n"
            + " ".join(
                source_text[(n * 37 + i) % len(source_text)] for i in range(WORDS_PER_CHAPTER)
            ),
            "omvarldsanalys": n == 2,
        }
        for n in range(1, CHAPTERS + 1)
    ]
    data["verksamheter"] = [
        {"id": n, "namn": f"Verksamhet {n:03d}"} for n in range(1, DRIFT_ROWS + 1)
    ]
    indicators = [i for g in base["namndsmal"] for i in g["indikatorer"]]
    goals = []
    for n in range(1, GOALS + 1):
        template = base["namndsmal"][n % len(base["namndsmal"])]
        goal = {k: v for k, v in template.items() if k != "indikatorer"}
        goal.update(
            id=n,
            malomrade_id=(n % 4) + 1,
            overordnat_id=None,
            text=f"{template['text']} ({n})",
            indikatorer=[],
        )
        goals.append(goal)
    for n in range(1, INDICATORS + 1):
        indicator = copy.deepcopy(indicators[n % len(indicators)])
        indicator.update(id=n, namn=f"{indicator['namn']} ({n})")
        goals[(n - 1) % GOALS]["indikatorer"].append(indicator)
    data["namndsmal"] = goals
    data["aktiviteter"] = [
        {
            **base["aktiviteter"][n % len(base["aktiviteter"])],
            "id": n,
            "namndsmal_id": (n % GOALS) + 1,
            "malomrade_id": None,
            "verksamhet_id": (n % DRIFT_ROWS) + 1,
            "namn": f"{base['aktiviteter'][n % len(base['aktiviteter'])]['namn']} ({n})",
        }
        for n in range(1, ACTIVITIES + 1)
    ]
    columns = [f"{c['slag']}-{c['ar']}" for c in base["driftbudget"]["kolumner"]]
    data["driftbudget"]["rader"] = [
        {
            "id": n,
            "verksamhet_id": n,
            "belopp": {key: 800 + n * 7 + i * 13 for i, key in enumerate(columns)},
        }
        for n in range(1, DRIFT_ROWS + 1)
    ]
    total = max(sum(r["belopp"][key] for r in data["driftbudget"]["rader"]) for key in columns)
    for ram in data["driftbudget"]["kf_ram"]:
        ram["belopp"] = total + 1000
    data["resultatrakning"]["rader"] = []
    # The example's follow-up periods name its resultaträkning rows and activities: the large
    # plan has none (a plan being written, before its first delårsrapport).
    data["uppfoljningar"] = []
    data["investeringar"] = [
        {
            "id": n,
            "projekt": f"Projekt {n}",
            "projektnummer": f"SN {n:03d}",
            "belopp": {str(2027 + y): 100 * (n + y) for y in range(5)},
        }
        for n in range(1, INVESTMENTS + 1)
    ]
    data["internkontroll"] = [
        {**base["internkontroll"][n % len(base["internkontroll"])], "id": n}
        for n in range(1, CONTROLS + 1)
    ]
    return data


def write_large_plan(path: Path) -> None:
    import_json(large_plan_data(), path)

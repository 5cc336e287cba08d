"""JSON format version 3: the goal tree, texts per year, targets that compare, activities tied
to a målområde or the whole plan, the plan's names of goal levels; versions 1 and 2 read
forward (an area's KF text becomes a KF goal over the area's goals)."""

from __future__ import annotations

import copy
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from vplan_desktop import budget
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import Jamforare, MalNiva
from vplan_desktop.errors import InterchangeError
from vplan_desktop.interchange import load_json
from vplan_desktop.interchange.formats import VERSION, forward
from vplan_desktop.interchange.importing import import_json
from vplan_desktop.interchange.reading import schema_problems
from vplan_desktop.interchange.writing import dumps, plan_to_json
from vplan_desktop.paths import resource
from vplan_desktop.services.read import read_plan

VERSION_2 = Path(__file__).parent / "data" / "example_plan_version2.json"


def _imported(data: dict[str, Any], path: Path) -> Any:
    import_json(data, path)
    with PlanDocument.open(path, read_only=True) as doc:
        return read_plan(doc)


def _refused(data: dict[str, Any], tmp_path: Path) -> list[str]:
    with pytest.raises(InterchangeError) as raised:
        import_json(data, tmp_path / "vägrad.vplan")
    assert not (tmp_path / "vägrad.vplan").exists()
    return raised.value.message.splitlines()


def test_the_example_uses_the_tree_and_survives_a_round_trip(tmp_path: Path) -> None:
    data = load_json(resource("example_plan.json"))
    assert data["version"] == VERSION == 5
    plan = _imported(data, tmp_path / "exempel.vplan")
    levels = {g.niva for g in plan.namndsmal}
    assert levels == {MalNiva.KF, MalNiva.NAMND, MalNiva.FORVALTNING, MalNiva.UPPDRAG}
    by_id = {g.id: g for g in plan.namndsmal}
    # Every nämndsmål of the example is under a KF goal of its own målområde.
    for goal in plan.namndsmal:
        if goal.niva is MalNiva.NAMND:
            parent = by_id[goal.overordnat_id] if goal.overordnat_id else None
            assert parent is not None and parent.niva is MalNiva.KF
            assert parent.malomrade_id == goal.malomrade_id
    assert any(
        g.arstexter and not any(i.namndsmal_id == g.id for i in plan.indikatorer)
        for g in plan.namndsmal
    )
    assert any(i.jamforare for i in plan.indikatorer)
    assert any(i.langsiktigt is not None for i in plan.indikatorer)
    assert any(a.malomrade_id is not None for a in plan.aktiviteter)
    assert any(a.namndsmal_id is None and a.malomrade_id is None for a in plan.aktiviteter)
    assert any(a.slutdatum_reviderat for a in plan.aktiviteter)
    assert any(a.ar for a in plan.aktiviteter)
    assert plan.uppgifter.niva_namn(MalNiva.KF) == "Kommunfullmäktiges mål"
    assert all(a.beskrivning for a in plan.malomraden)
    assert dumps(plan_to_json(plan)) == resource("example_plan.json").read_text(encoding="utf-8")


def test_version_2_reads_forward_with_kf_texts_as_kf_goals(tmp_path: Path) -> None:
    old = load_json(VERSION_2)
    assert old["version"] == 2 and not schema_problems(old)
    plan = _imported(old, tmp_path / "v2.vplan")
    for area, written in zip(plan.malomraden, old["malomraden"], strict=True):
        kf_goals = [g for g in plan.namndsmal if g.malomrade_id == area.id and g.niva is MalNiva.KF]
        assert [g.text for g in kf_goals] == [written["kf_text"]]
        under = [g.text for g in plan.namndsmal if g.overordnat_id == kf_goals[0].id]
        assert under == [g["text"] for g in old["namndsmal"] if g["malomrade_id"] == area.id]
        assert area.beskrivning == ""
    # Reading forward leaves the given data as it was.
    assert load_json(VERSION_2) == old
    assert forward(old)["version"] == 5


def test_fields_of_another_version_are_refused_by_name(tmp_path: Path) -> None:
    old = load_json(VERSION_2)
    old["namndsmal"][0]["niva"] = "kf"
    old["aktiviteter"][0]["ar"] = 2027
    assert set(_refused(old, tmp_path)[1:]) == {
        "  $.namndsmal[0].niva: finns inte i version 2 av formatet",
        "  $.aktiviteter[0].ar: finns inte i version 2 av formatet",
    }
    new = load_json(resource("example_plan.json"))
    new["malomraden"][0]["kf_text"] = "Gammal text"
    assert _refused(new, tmp_path)[1:] == [
        "  $.malomraden[0].kf_text: finns inte i version 5 av formatet"
    ]


def _small() -> dict[str, Any]:
    """A hand-written version-3 plan: a sub-goal listed before its parent."""
    return {
        "format": "vplan-plan",
        "version": 3,
        "uppgifter": {
            "kommun": "Provkommun",
            "namnd": "Socialnämnden",
            "titel": "Verksamhetsplan",
            "forsta_ar": 2027,
            "sista_ar": 2029,
            "malnivaer": {"kf": "Fullmäktiges mål"},
        },
        "malomraden": [{"id": 1, "namn": "Trygghet"}, {"id": 2, "namn": "Ekonomi"}],
        "namndsmal": [
            {"id": 5, "overordnat_id": 9, "text": "Utredningar i tid", "niva": "forvaltning"},
            {"id": 9, "malomrade_id": 1, "text": "Stöd i tid", "arstexter": {"2027": "Klart"}},
            {
                "id": 3,
                "malomrade_id": 1,
                "text": "Tryggt",
                "niva": "kf",
                "indikatorer": [
                    {
                        "namn": "Andel i tid",
                        "malnivaer": {"2027": 90, "2028": "Öka"},
                        "jamforare": {"2027": "minst"},
                        "langsiktigt": 95,
                        "langsiktigt_jamforare": "mer_an",
                    }
                ],
            },
        ],
        "aktiviteter": [
            {"namn": "Samråd", "malomrade_id": 2, "ar": 2028},
            {"namn": "Nytt system", "slutdatum": "2027-06-30", "slutdatum_reviderat": "2027-12-31"},
        ],
    }


def test_a_hand_written_tree_imports_with_parents_after_their_sub_goals(tmp_path: Path) -> None:
    data = _small()
    data["namndsmal"][1]["overordnat_id"] = 3
    plan = _imported(data, tmp_path / "liten.vplan")
    assert [(g.text, g.overordnat_id, g.malomrade_id) for g in plan.namndsmal] == [
        ("Tryggt", None, 1),
        ("Stöd i tid", 3, 1),
        ("Utredningar i tid", 9, 1),
    ]
    assert plan.namndsmal[1].arstexter == {2027: "Klart"}
    (indicator,) = plan.indikatorer
    assert indicator.jamforare == {2027: Jamforare.MINST}
    assert (indicator.langsiktigt, indicator.langsiktigt_jamforare) == (95, Jamforare.MER_AN)
    assert [(a.malomrade_id, a.ar) for a in plan.aktiviteter] == [(2, 2028), (None, None)]
    assert str(plan.aktiviteter[1].slutdatum_reviderat) == "2027-12-31"
    assert plan.uppgifter.niva_namn(MalNiva.KF) == "Fullmäktiges mål"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda d: d["namndsmal"][1].update(overordnat_id=5),
            "$.namndsmal[0].overordnat_id: Ett mål kan inte ligga under sig självt",
        ),
        (
            lambda d: d["namndsmal"][0].update(overordnat_id=77),
            "$.namndsmal[0].overordnat_id: det finns inget mål med id 77",
        ),
        (
            lambda d: d["namndsmal"][0].update(malomrade_id=2),
            "$.namndsmal[0].overordnat_id: det överordnade målet hör till ett annat målområde",
        ),
        (
            lambda d: d["namndsmal"][2]["indikatorer"][0]["jamforare"].update({"2029": "minst"}),
            "$.namndsmal[2].indikatorer[0].jamforare.2029: det finns ingen målnivå för året",
        ),
        (
            lambda d: d["namndsmal"][2]["indikatorer"][0]["jamforare"].update({"2027": "cirka"}),
            "$.namndsmal[2].indikatorer[0].jamforare.2027: ”cirka” är inget giltigt val",
        ),
        (
            lambda d: d["aktiviteter"][0].update(namndsmal_id=9),
            "$.aktiviteter[0]: ange antingen namndsmal_id eller malomrade_id, inte båda",
        ),
        (
            lambda d: d["aktiviteter"][1].update(startdatum="2028-01-01"),
            "$.aktiviteter[1].slutdatum_reviderat: det reviderade slutdatumet ligger före",
        ),
        (
            lambda d: d["namndsmal"][1]["arstexter"].update({"2027": "x" * 2001}),
            "$.namndsmal[1].arstexter.2027: ",
        ),
        (
            lambda d: d["uppgifter"]["malnivaer"].update(rad="Något"),
            "$.uppgifter.malnivaer: okänt fält ”rad”",
        ),
    ],
)
def test_a_broken_tree_is_refused_and_nothing_is_written(
    tmp_path: Path, change: Any, message: str
) -> None:
    data = copy.deepcopy(_small())
    change(data)
    lines = _refused(data, tmp_path)
    assert any(line.strip().startswith(message) for line in lines), lines


def test_budget_units_totals_and_outcomes_survive_a_round_trip(tmp_path: Path) -> None:
    data = _small()
    data["uppgifter"]["enheter"] = {"drift": "mnkr", "investering": "tkr"}
    data["verksamheter"] = [{"id": 1, "namn": "Barn och familj"}]
    data["driftbudget"] = {
        "kolumner": [
            {"slag": "budget", "ar": 2026},
            {"slag": "utfall", "ar": 2026, "anmarkning": "jan–aug"},
            {"slag": "avvikelse", "ar": 2026},
            {"slag": "budget", "ar": 2027, "angiven_summa": 130.1},
        ],
        "rader": [{"verksamhet_id": 1, "belopp": {"budget-2026": 48.9, "utfall-2026": 31.25}}],
        "kf_ram": [{"ar": 2027, "belopp": 131.5}],
    }
    data["investeringar"] = [
        {"projekt": "Inventarier", "belopp": {"2027": 1307}, "utfall": {"2025": 980, "2026": 1100}}
    ]
    plan = _imported(data, tmp_path / "budget.vplan")
    assert (plan.uppgifter.enhet_drift, plan.uppgifter.enhet_resultat) == ("mnkr", "tkr")
    assert [c.angiven_summa for c in plan.budgetkolumner if c.tabell == "drift"] == [
        None,
        None,
        None,
        Decimal("130.1"),
    ]
    drift = budget.driftbudget(plan)
    assert drift.lines[0].belopp == (Decimal("48.9"), Decimal("31.25"), Decimal("17.65"), None)
    assert drift.totals[3] == Decimal("130.1") and drift.sums[3] is None
    years = budget.investeringar(plan)
    assert years.years[:2] == (2025, 2026)  # history before the plan's first year, 2027
    assert years.lines[0].utfall[:2] == (Decimal(980), Decimal(1100))
    again = plan_to_json(plan)
    assert again["uppgifter"]["enheter"] == {
        "drift": "mnkr",
        "resultat": "tkr",
        "investering": "tkr",
    }
    assert again["driftbudget"]["kolumner"][3]["angiven_summa"] == 130.1
    assert again["investeringar"][0]["utfall"] == {"2025": 980, "2026": 1100}
    assert _imported(again, tmp_path / "igen.vplan") == plan


def test_an_amount_with_too_many_decimals_is_refused(tmp_path: Path) -> None:
    data = _small()
    data["investeringar"] = [{"projekt": "Inventarier", "belopp": {"2027": 1.2345}}]
    assert _refused(data, tmp_path)[1:] == [
        "  $.investeringar[0].belopp.2027: Beloppet 2027 för ”Inventarier”: ett belopp har "
        "högst 3 decimaler."
    ]


def test_version_2_may_not_hold_the_budget_fields_of_version_3(tmp_path: Path) -> None:
    old = load_json(VERSION_2)
    old["uppgifter"]["enheter"] = {"drift": "mnkr"}
    old["investeringar"][0]["utfall"] = {"2026": 5}
    assert set(_refused(old, tmp_path)[1:]) == {
        "  $.uppgifter.enheter: finns inte i version 2 av formatet",
        "  $.investeringar[0].utfall: finns inte i version 2 av formatet",
    }


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda d: d.update(investeringar=[{"projekt": "Gammalt", "belopp": {"0100": 5}}]),
            "$.investeringar[0].belopp.0100: investeringar anges för åren 1900 till och med 2031",
        ),
        (
            lambda d: d["namndsmal"][2]["indikatorer"][0]["malnivaer"].update({"2027": "Öka"}),
            "$.namndsmal[2].indikatorer[0].jamforare.2027: bara en målnivå som är ett tal kan",
        ),
        (
            lambda d: d["namndsmal"][2]["indikatorer"][0]["malnivaer"].update({"2027": None}),
            "$.namndsmal[2].indikatorer[0].jamforare.2027: det finns ingen målnivå för året",
        ),
        (
            lambda d: d["namndsmal"][2]["indikatorer"][0].update(langsiktigt="Bättre"),
            "$.namndsmal[2].indikatorer[0].langsiktigt_jamforare: bara en målnivå som är ett tal",
        ),
    ],
)
def test_what_vplan_would_not_hold_is_refused_not_dropped(
    tmp_path: Path, change: Any, message: str
) -> None:
    data = copy.deepcopy(_small())
    change(data)
    lines = _refused(data, tmp_path)
    assert any(line.strip().startswith(message) for line in lines), lines


def test_an_avvikelse_column_holds_no_typed_figures(tmp_path: Path) -> None:
    data = _small()
    data["verksamheter"] = [{"id": 1, "namn": "Barn och familj"}]
    data["driftbudget"] = {
        "kolumner": [{"slag": "avvikelse", "ar": 2026, "angiven_summa": 777}],
        "rader": [{"verksamhet_id": 1, "belopp": {"avvikelse-2026": 12345}}],
    }
    assert set(_refused(data, tmp_path)[1:]) == {
        "  $.driftbudget.kolumner[0].angiven_summa: en avvikelse räknas fram",
        "  $.driftbudget.rader[0].belopp.avvikelse-2026: en avvikelse räknas fram",
    }


def test_a_sub_goal_may_name_its_area_before_its_parent_inherits_it(tmp_path: Path) -> None:
    """A goal without a målområde takes its parent's; its sub-goal, listed first, names it."""
    data = _small()
    data["namndsmal"] = [
        {"id": 5, "overordnat_id": 9, "malomrade_id": 1, "text": "Utredningar i tid"},
        {"id": 9, "overordnat_id": 3, "text": "Stöd i tid"},
        {"id": 3, "malomrade_id": 1, "text": "Tryggt", "niva": "kf"},
    ]
    plan = _imported(data, tmp_path / "ordning.vplan")
    assert {g.text: g.malomrade_id for g in plan.namndsmal} == {
        "Tryggt": 1,
        "Stöd i tid": 1,
        "Utredningar i tid": 1,
    }

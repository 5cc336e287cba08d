"""Many items with one gap give one finding that counts and names them, not one per item."""

from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from vplan_desktop import domain as d
from vplan_desktop.cli import main
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import items
from vplan_desktop.services.read import read_plan
from vplan_desktop.validation import Finding, Severity, findings_json, readiness, validate
from vplan_desktop.validation.findings import GROUPINGS


@pytest.fixture(scope="module")
def example(templates: dict[str, Path]) -> d.PlanSnapshot:
    with PlanDocument.open(templates["example"], read_only=True) as doc:
        return read_plan(doc)


def _activities(plan: d.PlanSnapshot, number: int, **changes: Any) -> d.PlanSnapshot:
    """The plan with ``number`` activities (copies of its first, named A1, A2, …) changed."""
    first = plan.aktiviteter[0]
    made = tuple(replace(first, id=1000 + n, namn=f"A{n}", **changes) for n in range(1, number + 1))
    return replace(plan, aktiviteter=(*plan.aktiviteter, *made))


def _rule(findings: list[Finding], rule: str) -> list[Finding]:
    return [f for f in findings if f.rule == rule]


def test_thirteen_activities_without_ansvarig_are_one_finding(example: d.PlanSnapshot) -> None:
    findings = validate(_activities(example, 13, ansvarig=""))
    [finding] = _rule(findings, "aktiviteter.ansvarig")
    assert finding.message == "13 aktiviteter saknar ansvarig: ”A1”, ”A2”, ”A3” … och 10 till."
    assert finding.severity is Severity.VARNING  # the rule's own severity
    assert finding.count == 13
    assert [item.item_id for item in finding.items] == list(range(1001, 1014))
    assert [item.name for item in finding.items] == [f"”A{n}”" for n in range(1, 14)]
    assert all(item.kind is ItemKind.AKTIVITET for item in finding.items)
    assert all(item.field == "ansvarig" for item in finding.items)
    # going to the finding lands on the first item
    assert (finding.kind, finding.item_id, finding.field) == (ItemKind.AKTIVITET, 1001, "ansvarig")
    # each item can still be gone to, with its own message
    each = finding.each()
    assert [f.item_id for f in each] == list(range(1001, 1014))
    assert each[4].message == "Ange vem som är ansvarig för ”A5”."
    assert all(not f.items and f.count == 1 for f in each)
    # counts count findings as grouped
    assert readiness(findings).text == "Redo för nämnd (0 fel, 1 varning, 0 tips)"


def test_two_activities_without_ansvarig_stay_two_findings(example: d.PlanSnapshot) -> None:
    found = _rule(validate(_activities(example, 2, ansvarig="")), "aktiviteter.ansvarig")
    assert [f.message for f in found] == [
        "Ange vem som är ansvarig för ”A1”.",
        "Ange vem som är ansvarig för ”A2”.",
    ]
    assert all(f.items == () and f.count == 1 for f in found)


def test_three_are_grouped_and_all_named(example: d.PlanSnapshot) -> None:
    [finding] = _rule(validate(_activities(example, 3, slutdatum=None)), "aktiviteter.slutdatum")
    assert finding.message == "3 aktiviteter saknar slutdatum: ”A1”, ”A2” och ”A3”."
    assert finding.count == 3


def test_a_group_does_not_mix_severities_or_hide_other_rules(example: d.PlanSnapshot) -> None:
    indicators = tuple(
        replace(i, malnivaer={}, nulage=None) if n < 4 else i
        for n, i in enumerate(example.indikatorer)
    )
    findings = validate(replace(example, indikatorer=indicators))
    [targets] = _rule(findings, "mal.malniva_saknas")
    assert targets.severity is Severity.FEL
    assert targets.message.startswith("4 indikatorer saknar målnivå:")
    [nulage] = _rule(findings, "mal.nulage_saknas")
    assert nulage.severity is Severity.VARNING and nulage.count == 4
    assert readiness(findings).fel == 1 and readiness(findings).varningar == 1


def test_indicators_without_targets_count_indicators_not_years(example: d.PlanSnapshot) -> None:
    indicators = tuple(
        replace(i, malnivaer={}) if n < 4 else i for n, i in enumerate(example.indikatorer)
    )
    [finding] = _rule(validate(replace(example, indikatorer=indicators)), "mal.malniva_saknas")
    assert finding.message.startswith("4 indikatorer saknar målnivå: ")
    assert finding.count == 4
    assert [item.item_id for item in finding.items] == [i.id for i in example.indikatorer[:4]]
    every_year = [i for i in example.indikatorer[:4] if i.varje_ar]
    assert every_year, "the example has an indicator with a target every year"
    item = next(it for it in finding.items if it.item_id == every_year[0].id)
    assert item.message.endswith("saknar målnivå för 2027, 2028 och 2029.")
    assert item.field == "malniva:2027"


def test_one_indicator_without_targets_is_one_finding_naming_the_years(
    example: d.PlanSnapshot,
) -> None:
    indicator = next(i for i in example.indikatorer if i.varje_ar)
    plan = replace(
        example,
        indikatorer=tuple(
            replace(i, malnivaer={2028: Decimal(1)}) if i is indicator else i
            for i in example.indikatorer
        ),
    )
    [finding] = _rule(validate(plan), "mal.malniva_saknas")
    assert finding.message.endswith("saknar målnivå för 2027 och 2029.")
    assert finding.items == ()


def test_control_points_and_investments_group_too(example: d.PlanSnapshot) -> None:
    points = tuple(replace(p, frekvens="") for p in example.internkontroll)
    assert len(points) >= 3
    [points_finding] = _rule(
        validate(replace(example, internkontroll=points)), "internkontroll.saknas"
    )
    assert points_finding.message.startswith(f"{len(points)} kontrollpunkter saknar uppgifter: ")
    assert "saknar frekvens" in points_finding.items[0].message
    first = example.investeringar[0]
    unnamed = tuple(replace(first, id=900 + n, projekt="", belopp={}) for n in range(3))
    findings = validate(replace(example, investeringar=unnamed))
    [names] = _rule(findings, "investeringar.namn")
    assert names.message == "3 investeringar saknar projektnamn: rad 1, rad 2 och rad 3."
    [amounts] = _rule(findings, "investeringar.belopp")
    assert amounts.message == "3 investeringar saknar belopp: rad 1, rad 2 och rad 3."


def test_years_without_ram_are_one_finding(example: d.PlanSnapshot) -> None:
    [finding] = _rule(validate(replace(example, kf_ram=())), "drift.ram_saknas")
    assert finding.message == "3 år saknar KF:s ram: 2027, 2028 och 2029."
    assert [item.item_id for item in finding.items] == [2027, 2028, 2029]
    assert finding.each()[1].message == "Ange KF:s ram för 2028."


def test_every_grouped_rule_counts_a_known_noun() -> None:
    assert {"aktiviteter.ansvarig", "mal.malniva_saknas", "internkontroll.saknas"} <= set(GROUPINGS)
    for wording in GROUPINGS.values():
        assert wording.text and wording.noun


def test_findings_json_keeps_its_fields_and_adds_the_items(example: d.PlanSnapshot) -> None:
    plan = _activities(example, 13, ansvarig="")
    data = findings_json(plan, validate(plan))
    assert data["sammanfattning"] == {"fel": 0, "varningar": 1, "tips": 0}
    findings = data["fynd"]
    assert isinstance(findings, list) and len(findings) == 1
    finding: dict[str, Any] = findings[0]
    assert finding["regel"] == "aktiviteter.ansvarig"
    assert (finding["sort"], finding["id"], finding["falt"]) == ("aktivitet", 1001, "ansvarig")
    assert finding["antal"] == 13
    assert len(finding["poster"]) == 13
    assert finding["poster"][12] == {
        "sort": "aktivitet",
        "id": 1013,
        "falt": "ansvarig",
        "namn": "”A13”",
        "meddelande": "Ange vem som är ansvarig för ”A13”.",
    }


def _without_owners(path: Path, number: int) -> list[int]:
    """Clear the ansvarig of the plan's first ``number`` activities; their ids."""
    with PlanDocument.open(path) as doc:
        ids = [a.id for a in read_plan(doc).aktiviteter[:number]]
        for activity_id in ids:
            items.update_item(doc, ItemKind.AKTIVITET, activity_id, {"ansvarig": ""})
    return ids


def test_validate_command_prints_one_line_for_the_group(
    example_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = _without_owners(example_path, 13)
    assert main(["validate", str(example_path)]) == 0  # a Varning does not stop adoption
    out = capsys.readouterr().out
    assert "Redo för nämnd (0 fel, 1 varning, 0 tips)" in out
    lines = [line for line in out.splitlines() if "ansvarig" in line]
    assert len(lines) == 1, out
    assert lines[0].startswith("  Varning: 13 aktiviteter saknar ansvarig: ”")
    assert lines[0].endswith(" … och 10 till.")
    assert main(["validate", str(example_path), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    [finding] = report["fynd"]
    assert finding["antal"] == 13
    assert [item["id"] for item in finding["poster"]] == ids
    assert finding["id"] == ids[0] and finding["meddelande"].startswith("13 aktiviteter")


def test_validate_command_with_two_gaps_prints_both(
    example_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _without_owners(example_path, 2)
    assert main(["validate", str(example_path), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [f["antal"] for f in report["fynd"]] == [1, 1]
    assert [f["poster"] for f in report["fynd"]] == [[], []]
    assert all(f["meddelande"].startswith("Ange vem som är ansvarig för") for f in report["fynd"])

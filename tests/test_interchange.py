"""The JSON interchange format: lossless round trip, and every bad field named by its path."""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import AktivitetStatus, VardeSlag
from vplan_desktop.errors import InterchangeError, PlanFileError
from vplan_desktop.interchange import (
    dumps,
    export_json,
    import_json,
    load_json,
    plan_to_json,
    schema,
)
from vplan_desktop.interchange.formats import VERSION
from vplan_desktop.paths import resource
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import items, values
from vplan_desktop.services.read import read_plan

EXAMPLE = resource("example_plan.json")


@pytest.fixture
def example_data() -> dict[str, Any]:
    data: dict[str, Any] = load_json(EXAMPLE)
    return data


def test_shipped_schema_is_a_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(schema())


def test_example_plan_file_is_its_own_export(followed_up_path: Path) -> None:
    """Importing the example and exporting it again gives the shipped file, byte for byte."""
    with PlanDocument.open(followed_up_path, read_only=True) as doc:
        assert dumps(plan_to_json(read_plan(doc))) == EXAMPLE.read_text(encoding="utf-8")


def test_round_trip_through_files_is_lossless(example_path: Path, tmp_path: Path) -> None:
    first, second, copy_path = tmp_path / "a.json", tmp_path / "b.json", tmp_path / "y.vplan"
    with PlanDocument.open(example_path, read_only=True) as doc:
        export_json(doc, first)
    import_json(load_json(first), copy_path)
    with PlanDocument.open(copy_path, read_only=True) as doc:
        export_json(doc, second)
        assert read_plan(doc).indikatorer[4].nulage == Decimal("35.71")
    assert first.read_bytes() == second.read_bytes()


def test_decimals_keep_their_digits(example_data: dict[str, Any], tmp_path: Path) -> None:
    indicator = example_data["namndsmal"][1]["indikatorer"][0]
    indicator["malnivaer"] = {
        "2027": Decimal("0.1"),
        "2028": Decimal("123456789012.345"),
        "2029": Decimal("40.0"),
    }
    import_json(example_data, tmp_path / "p.vplan")
    with PlanDocument.open(tmp_path / "p.vplan") as doc:
        saved = read_plan(doc).indikatorer[0].malnivaer
        text = dumps(plan_to_json(read_plan(doc)))
    assert saved == {2027: Decimal("0.1"), 2028: Decimal("123456789012.345"), 2029: Decimal("40.0")}
    assert '"2028": 123456789012.345' in text
    assert '"2029": 40.0' in text


def _problems(data: Any, tmp_path: Path) -> list[tuple[str, str]]:
    target = tmp_path / "ny.vplan"
    with pytest.raises(InterchangeError) as raised:
        import_json(data, target)
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []
    return raised.value.problems


@pytest.mark.parametrize(
    ("change", "path", "message"),
    [
        (lambda d: d["uppgifter"].update(forsta_ar="2027"), "$.uppgifter.forsta_ar", "ett heltal"),
        (lambda d: d["uppgifter"].pop("namnd"), "$.uppgifter", "saknar ”namnd”"),
        (lambda d: d["uppgifter"].update(farg="blå"), "$.uppgifter", "okänt fält ”farg”"),
        (lambda d: d["uppgifter"].update(status="klar"), "$.uppgifter.status", "inget giltigt val"),
        (lambda d: d["kapitel"][2].update(rubrik=" "), "$.kapitel[2].rubrik", "får inte vara tom"),
        (
            lambda d: d["namndsmal"][3]["indikatorer"][0].update(riktning="upp"),
            "$.namndsmal[3].indikatorer[0].riktning",
            "inget giltigt val",
        ),
        (
            lambda d: d["namndsmal"][1]["indikatorer"][0]["malnivaer"].update({"20x7": 1}),
            "$.namndsmal[1].indikatorer[0].malnivaer.20x7",
            "ingen giltig nyckel",
        ),
        (
            lambda d: d["driftbudget"]["rader"][0]["belopp"].update({"budget-2027": "1,5"}),
            "$.driftbudget.rader[0].belopp.budget-2027",
            "ett tal",
        ),
        (
            lambda d: d["internkontroll"][0].update(sannolikhet=7),
            "$.internkontroll[0].sannolikhet",
            "högst 5",
        ),
        (lambda d: d.update(version=6), "$.version", "”6” är inget giltigt val (1, 2, 3, 4, 5)"),
    ],
)
def test_schema_errors_name_the_json_path(
    example_data: dict[str, Any], tmp_path: Path, change: Any, path: str, message: str
) -> None:
    change(example_data)
    problems = _problems(example_data, tmp_path)
    assert any(p == path and message in text for p, text in problems), problems


@pytest.mark.parametrize(
    ("change", "path", "message"),
    [
        (
            lambda d: d["aktiviteter"][3].update(namndsmal_id=99),
            "$.aktiviteter[3].namndsmal_id",
            "finns inte",
        ),
        (
            lambda d: d["namndsmal"][6].update(malomrade_id=77),
            "$.namndsmal[6].malomrade_id",
            "finns inte",
        ),
        (lambda d: d["kapitel"][1].update(id=1), "$.kapitel[1].id", "två gånger"),
        (
            lambda d: d["verksamheter"][1].update(namn=d["verksamheter"][0]["namn"]),
            "$.verksamheter[1].namn",
            "finns redan",
        ),
        (
            lambda d: d["aktiviteter"][0].update(startdatum="2027-02-30"),
            "$.aktiviteter[0].startdatum",
            "datum",
        ),
        (
            lambda d: d["aktiviteter"][0].update(startdatum="2027-12-01", slutdatum="2027-01-01"),
            "$.aktiviteter[0]",
            None,
        ),
        (lambda d: d["uppgifter"].update(sista_ar=2035), "$.uppgifter.sista_ar", "för lång"),
        (
            lambda d: d["driftbudget"]["rader"][0]["belopp"].update({"plan-2031": 5}),
            "$.driftbudget.rader[0].belopp.plan-2031",
            "ingen sådan kolumn",
        ),
        (
            lambda d: d["investeringar"][0]["belopp"].update({"2040": 5}),
            "$.investeringar[0].belopp.2040",
            "till och med 2031",
        ),
        (
            lambda d: d["riskskala"]["band"][-1].update(till_och_med=12),
            "$.riskskala",
            "till och med 16",
        ),
        (
            lambda d: d["internkontroll"][0].update(sannolikhet=5),
            "$.internkontroll[0].sannolikhet",
            "1 till 4",
        ),
        (
            lambda d: d["namndsmal"][1]["indikatorer"][0].update(kolada_id="X1"),
            "$.namndsmal[1].indikatorer[0].kolada_id",
            "Kolada-id",
        ),
        (
            lambda d: d["nyckeltal"][0]["rader"][0]["varden"].update({"99": 1}),
            "$.nyckeltal[0].rader[0].varden.99",
            "ingen sådan kolumn",
        ),
    ],
)
def test_content_errors_name_the_json_path(
    example_data: dict[str, Any], tmp_path: Path, change: Any, path: str, message: str | None
) -> None:
    change(example_data)
    problems = _problems(example_data, tmp_path)
    assert any(
        p.startswith(path) and (message is None or message in text) for p, text in problems
    ), problems


def test_every_problem_is_listed_at_once(example_data: dict[str, Any], tmp_path: Path) -> None:
    example_data["kapitel"][0]["rubrik"] = 5
    example_data["aktiviteter"][0]["status"] = "färdig"
    problems = _problems(example_data, tmp_path)
    assert [p for p, _ in problems] == ["$.aktiviteter[0].status", "$.kapitel[0].rubrik"]
    error = InterchangeError(problems)
    assert "$.kapitel[0].rubrik: ska vara en text" in error.message


def test_minimal_plan_gets_defaults(tmp_path: Path) -> None:
    data = {
        "format": "vplan-plan",
        "version": 1,
        "uppgifter": {
            "kommun": "K",
            "namnd": "N",
            "titel": "T",
            "forsta_ar": 2027,
            "sista_ar": 2027,
        },
    }
    import_json(data, tmp_path / "min.vplan")
    with PlanDocument.open(tmp_path / "min.vplan") as doc:
        plan = read_plan(doc)
    assert plan.riskskala.storlek == 4
    assert plan.kapitel == ()


def test_not_json_is_a_file_error(tmp_path: Path) -> None:
    broken = tmp_path / "trasig.json"
    broken.write_text('{"format": "vplan-plan",\n  "version": }', encoding="utf-8")
    with pytest.raises(PlanFileError, match="rad 2"):
        load_json(broken)
    latin = tmp_path / "latin.json"
    latin.write_bytes('{"namn": "Nämnd"}'.encode("latin-1"))
    with pytest.raises(PlanFileError, match="UTF-8"):
        load_json(latin)
    with pytest.raises(PlanFileError, match="finns inte"):
        load_json(tmp_path / "saknas.json")


def test_top_level_must_be_an_object(tmp_path: Path) -> None:
    problems = _problems([1, 2], tmp_path)
    assert problems == [("$", "ska vara ett objekt")]


def test_export_json_replaces_the_target_whole(example_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "ut.json"
    out.write_text("gammalt", encoding="utf-8")
    with PlanDocument.open(example_path) as doc:
        export_json(doc, out)
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == "vplan-plan"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["exempel.vplan", "ut.json"]


def test_deep_copy_of_example_is_independent(example_data: dict[str, Any]) -> None:
    assert copy.deepcopy(example_data) == example_data


VERSION_1 = Path(__file__).parent / "data" / "example_plan_version1.json"
VERSION_2 = Path(__file__).parent / "data" / "example_plan_version2.json"
"""The example plan as vplan wrote it before version 3 (kept as it was, as test input)."""


def _imported_again(path: Path, target: Path) -> dict[str, Any]:
    """The JSON file at ``path`` imported and exported again (read forward to today)."""
    import_json(load_json(path), target)
    with PlanDocument.open(target, read_only=True) as doc:
        return plan_to_json(read_plan(doc))


def test_version_1_still_imports_with_its_default_statuses_unset(tmp_path: Path) -> None:
    """Version 1 wrote "utkast" and "ej_paborjad" when nobody chose them: they read as unset,
    a status someone chose is kept, and everything else reads as the current example."""
    data = load_json(VERSION_1)
    assert data["version"] == 1
    data["uppgifter"]["status"] = "utkast"
    data["aktiviteter"][0]["status"] = "ej_paborjad"
    data["aktiviteter"][1]["status"] = "pagar"
    path = tmp_path / "v1.vplan"
    import_json(data, path)
    with PlanDocument.open(path, read_only=True) as doc:
        plan = read_plan(doc)
    assert plan.uppgifter.status is None
    assert [a.status for a in plan.aktiviteter[:2]] == [None, AktivitetStatus.PAGAR]
    current = plan_to_json(plan)
    assert current["version"] == VERSION
    example = _imported_again(VERSION_2, tmp_path / "v2.vplan")
    for n in (0, 1):
        current["aktiviteter"][n]["status"] = example["aktiviteter"][n]["status"]
    current["uppgifter"]["status"] = example["uppgifter"]["status"]
    assert dumps(current) == dumps(example)


def test_version_2_carries_the_new_fields(example_path: Path, tmp_path: Path) -> None:
    with PlanDocument.open(example_path) as doc:
        plan = read_plan(doc)
        indicator, table = plan.indikatorer[0], plan.nyckeltal[0]
        area = plan.malomraden[0]
        values.set_indicator_value(doc, indicator.id, VardeSlag.JAMFORELSE, 2024, Decimal(57))
        values.set_indicator_value(doc, indicator.id, VardeSlag.UTFALL, 2012, "59 (medel 57)")
        values.set_indicator_value(doc, indicator.id, VardeSlag.MALNIVA, 2030, Decimal(73))
        items.update_item(doc, ItemKind.INDIKATOR, indicator.id, {"jamforelse": "Medel i riket"})
        items.update_item(
            doc,
            ItemKind.NYCKELTAL_TABELL,
            table.id,
            {"malomrade_id": area.id, "frekvens": "tertial", "fotnoter": "* Utan utredningar"},
        )
        items.update_item(doc, ItemKind.NYCKELTAL_RAD, table.rader[1].id, {"niva": 1})
        items.update_item(doc, ItemKind.PLAN, 1, {"status": "under_beredning"})
        before = read_plan(doc)
        export_json(doc, tmp_path / "plan.json")
    data = load_json(tmp_path / "plan.json")
    written = data["namndsmal"][1]["indikatorer"][0]
    assert (written["jamforelse"], written["jamforelser"]) == ("Medel i riket", {"2024": 57})
    assert written["utfall"]["2012"] == "59 (medel 57)" and written["malnivaer"]["2030"] == 73
    assert (data["nyckeltal"][0]["frekvens"], data["nyckeltal"][0]["rader"][1]["niva"]) == (
        "tertial",
        1,
    )
    import_json(data, tmp_path / "kopia.vplan")
    with PlanDocument.open(tmp_path / "kopia.vplan", read_only=True) as doc:
        assert read_plan(doc) == before

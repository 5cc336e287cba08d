"""Version 2 of the JSON format: its new fields through export, import, the schema, named
versions, rollover and ``vplan diff``; version 1 read forward."""

from __future__ import annotations

import datetime as dt
import zlib
from decimal import Decimal
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from vplan_desktop.cli import main
from vplan_desktop.compare import diff_plans, format_differences, plan_state
from vplan_desktop.db import models as m
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import AktivitetStatus, Frekvens, VardeSlag
from vplan_desktop.domain import PlanSnapshot
from vplan_desktop.errors import InterchangeError
from vplan_desktop.interchange import export_json, import_json, load_json, schema
from vplan_desktop.interchange.formats import VERSION
from vplan_desktop.paths import resource
from vplan_desktop.planning import versions
from vplan_desktop.planning.rollover import Carry, rollover
from vplan_desktop.sections import ItemKind, Section
from vplan_desktop.services import items, values
from vplan_desktop.services.read import read_plan

VERSION_1 = Path(__file__).parent / "data" / "example_plan_version1.json"
"""The example plan as vplan wrote it before version 2 (kept as it was, as test input)."""
VERSION_2 = Path(__file__).parent / "data" / "example_plan_version2.json"


def _fill_new_fields(doc: PlanDocument) -> PlanSnapshot:
    """Give the example every field version 2 added (and unset statuses); the plan after."""
    plan = read_plan(doc)
    indicator, table, area = plan.indikatorer[0], plan.nyckeltal[1], plan.malomraden[1]
    items.update_item(doc, ItemKind.INDIKATOR, indicator.id, {"jamforelse": "Medel i riket"})
    for slag, year, value in (
        (VardeSlag.UTFALL, 2012, Decimal(59)),  # history, long before the plan
        (VardeSlag.JAMFORELSE, 2012, Decimal(57)),
        (VardeSlag.JAMFORELSE, 2025, "ca 70 %"),
        (VardeSlag.MALNIVA, 2035, Decimal(90)),  # long-range, after the plan
    ):
        values.set_indicator_value(doc, indicator.id, slag, year, value)
    items.update_item(
        doc,
        ItemKind.NYCKELTAL_TABELL,
        table.id,
        {"malomrade_id": area.id, "frekvens": "tertial", "fotnoter": "* Utan utredningar\n** Ny"},
    )
    items.update_item(doc, ItemKind.NYCKELTAL_RAD, table.rader[2].id, {"niva": 1})
    items.update_item(doc, ItemKind.PLAN, 1, {"status": None})
    items.update_item(doc, ItemKind.AKTIVITET, plan.aktiviteter[0].id, {"status": None})
    items.update_item(doc, ItemKind.AKTIVITET, plan.aktiviteter[1].id, {"status": "ej_paborjad"})
    return read_plan(doc)


def test_every_new_field_survives_export_and_import(example_path: Path, tmp_path: Path) -> None:
    with PlanDocument.open(example_path) as doc:
        before = _fill_new_fields(doc)
        export_json(doc, tmp_path / "plan.json")
    written = (tmp_path / "plan.json").read_text(encoding="utf-8")
    data = load_json(tmp_path / "plan.json")
    assert data["version"] == VERSION
    assert data["uppgifter"]["status"] is None
    assert [a["status"] for a in data["aktiviteter"][:2]] == [None, "ej_paborjad"]
    indicator = data["namndsmal"][1]["indikatorer"][0]
    assert indicator["jamforelse"] == "Medel i riket"
    assert indicator["jamforelser"] == {"2012": 57, "2025": "ca 70 %"}
    assert indicator["utfall"]["2012"] == 59 and indicator["malnivaer"]["2035"] == 90
    table = data["nyckeltal"][1]
    assert (table["malomrade_id"], table["frekvens"], table["fotnoter"]) == (
        before.malomraden[1].id,
        "tertial",
        "* Utan utredningar\n** Ny",
    )
    assert [r["niva"] for r in table["rader"]] == [0, 0, 1, 0]
    assert not list(jsonschema.Draft202012Validator(schema()).iter_errors(data))

    import_json(data, tmp_path / "kopia.vplan")
    with PlanDocument.open(tmp_path / "kopia.vplan", read_only=True) as doc:
        after = read_plan(doc)
        export_json(doc, tmp_path / "igen.json")
    assert after == before
    assert after.nyckeltal[1].frekvens is Frekvens.TERTIAL
    assert after.aktiviteter[1].status is AktivitetStatus.EJ_PABORJAD  # chosen, so kept
    assert (tmp_path / "igen.json").read_text(encoding="utf-8") == written


def test_both_versions_follow_the_schema() -> None:
    validator = jsonschema.Draft202012Validator(schema())
    for path in (VERSION_1, VERSION_2, resource("example_plan.json")):
        data = load_json(path)
        assert not list(validator.iter_errors(data)), path.name
    assert load_json(VERSION_1)["version"] == 1
    assert load_json(VERSION_2)["version"] == 2
    assert load_json(resource("example_plan.json"))["version"] == VERSION


def _refused(data: dict[str, Any], tmp_path: Path) -> list[tuple[str, str]]:
    target = tmp_path / "ny.vplan"
    with pytest.raises(InterchangeError) as raised:
        import_json(data, target)
    assert list(tmp_path.iterdir()) == []  # nothing created, not even a half-written file
    return raised.value.problems


def test_a_version_1_plan_cannot_have_the_fields_of_version_2(tmp_path: Path) -> None:
    data = load_json(VERSION_1)
    data["namndsmal"][1]["indikatorer"][0]["jamforelser"] = {"2025": 57}
    data["nyckeltal"][0]["frekvens"] = "ar"
    data["nyckeltal"][0]["rader"][1]["niva"] = 1
    data["uppgifter"]["status"] = None
    assert _refused(data, tmp_path) == [
        (
            "$.namndsmal[1].indikatorer[0].jamforelser",
            "finns inte i version 1 av formatet",
        ),
        ("$.nyckeltal[0].frekvens", "finns inte i version 1 av formatet"),
        (
            "$.nyckeltal[0].rader[1].niva",
            "finns inte i version 1 av formatet",
        ),
        ("$.uppgifter.status", "ska vara en text"),
    ]


@pytest.mark.parametrize(
    ("change", "path", "message"),
    [
        (
            lambda d: d["nyckeltal"][0].update(frekvens="varje vecka"),
            "$.nyckeltal[0].frekvens",
            "”varje vecka” är inget giltigt val (manad, kvartal, tertial, halvar, ar, "
            "vartannat_ar, null)",
        ),
        (
            lambda d: d["nyckeltal"][0]["rader"][1].update(niva=2),
            "$.nyckeltal[0].rader[1].niva",
            "”2” är inget giltigt val (0, 1)",
        ),
        (
            lambda d: d["nyckeltal"][0].update(malomrade_id=99),
            "$.nyckeltal[0].malomrade_id",
            "Målområdet finns inte i planen.",
        ),
        (
            lambda d: d["nyckeltal"][0]["rader"][0].update(niva=1),
            "$.nyckeltal[0].rader[0].niva",
            "Den första raden i en tabell kan inte vara en underrad: "
            "det finns ingen rad ovanför som den hör till.",
        ),
        (
            lambda d: d["namndsmal"][1]["indikatorer"][0].update(jamforelser={"25": 1}),
            "$.namndsmal[1].indikatorer[0].jamforelser.25",
            "”25” är ingen giltig nyckel här",
        ),
        (
            lambda d: d["aktiviteter"][0].update(status="klar"),
            "$.aktiviteter[0].status",
            "”klar” är inget giltigt val (ej_paborjad, pagar, klart, ej_klart, avslutat, null)",
        ),
    ],
)
def test_a_bad_new_field_is_named_and_nothing_is_created(
    change: Any, path: str, message: str, tmp_path: Path
) -> None:
    data = load_json(resource("example_plan.json"))
    change(data)
    assert (path, message) in _refused(data, tmp_path)


def test_a_version_1_file_imports_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "plan.vplan"
    assert main(["import-json", str(VERSION_1), str(target)]) == 0
    with PlanDocument.open(target, read_only=True) as doc:
        plan = read_plan(doc)
    # Version 1 wrote "ej_paborjad" for every activity nobody had set: unset now, like the
    # example plan of today; what someone chose ("pagar", "under_beredning") stays.
    example = load_json(VERSION_2)
    assert [None if a.status is None else a.status.value for a in plan.aktiviteter] == [
        a["status"] for a in example["aktiviteter"]
    ]
    assert plan.uppgifter.status is not None and plan.uppgifter.status.value == "under_beredning"
    assert all(t.frekvens is None and t.fotnoter == "" for t in plan.nyckeltal)


def _store_version(doc: PlanDocument, name: str, content: bytes) -> int:
    with doc.transaction() as session:
        row = m.SparadVersion(
            namn=name, skapad=dt.datetime(2026, 3, 1, 9, 0), innehall=zlib.compress(content)
        )
        session.add(row)
        session.flush()
        return row.id


def test_a_named_version_stored_in_version_1_still_loads(tmp_path: Path) -> None:
    """A version saved by an earlier vplan holds version-1 JSON: it compares with the plan
    without false differences (no "Ej påbörjad → (tomt)") and can be restored."""
    path = tmp_path / "plan.vplan"
    import_json(load_json(VERSION_1), path)
    with PlanDocument.open(path) as doc:
        version_id = _store_version(doc, "Till arbetsutskottet", VERSION_1.read_bytes())
        stored = versions.version_content(doc, version_id)
        assert stored["version"] == VERSION
        assert diff_plans(stored, plan_state(doc)) == []
        activity = read_plan(doc).aktiviteter[1]
        items.update_item(doc, ItemKind.AKTIVITET, activity.id, {"status": "klart"})
        assert format_differences(diff_plans(stored, plan_state(doc))).splitlines() == [
            "Aktiviteter",
            f"  Aktivitet ”{activity.namn}”: Status: (tomt) → Klart",
        ]
    import_json(stored, tmp_path / "återställd.vplan")
    with PlanDocument.open(tmp_path / "återställd.vplan", read_only=True) as doc:
        assert read_plan(doc).aktiviteter[1].status is None


def test_rollover_carries_the_new_fields(example_path: Path, tmp_path: Path) -> None:
    with PlanDocument.open(example_path) as doc:
        old = _fill_new_fields(doc)
        values.set_indicator_value(doc, old.indikatorer[0].id, VardeSlag.UTFALL, 2026, Decimal(73))
        old = read_plan(doc)
    rollover(example_path, tmp_path / "ny.vplan")
    with PlanDocument.open(tmp_path / "ny.vplan", read_only=True) as doc:
        new = read_plan(doc)
    assert new.uppgifter.status is None  # nobody has chosen the new plan's status yet
    was, now = old.indikatorer[0], new.indikatorer[0]
    assert (
        now.utfall
        == was.utfall
        == {
            2012: Decimal(59),
            2024: Decimal(69),
            2025: Decimal(71),
            2026: Decimal(73),
        }
    )  # the ending plan's outcomes stay as history
    assert (now.jamforelse, now.jamforelser) == (was.jamforelse, was.jamforelser)
    # The new period's targets and the long-range one; 2027's is over.
    assert now.malnivaer == {2028: Decimal(76), 2029: Decimal(78), 2035: Decimal(90)}
    assert (now.nulage_ar, now.nulage) == (2026, Decimal(73))
    for table_was, table_now in zip(old.nyckeltal, new.nyckeltal, strict=True):
        assert (table_now.malomrade_id, table_now.frekvens, table_now.fotnoter) == (
            table_was.malomrade_id,
            table_was.frekvens,
            table_was.fotnoter,
        )
        assert [r.niva for r in table_now.rader] == [r.niva for r in table_was.rader]
    assert [r.niva for r in new.nyckeltal[1].rader] == [0, 0, 1, 0]
    # Statuses are carried as they were: unset stays unset, nothing becomes "Ej påbörjad".
    carried = {a.namn: a.status for a in new.aktiviteter}
    assert {a.namn: a.status for a in old.aktiviteter if a.namn in carried} == carried
    assert carried[old.aktiviteter[0].namn] is None


def test_rollover_without_goals_leaves_the_key_figures_area_behind(
    example_path: Path, tmp_path: Path
) -> None:
    with PlanDocument.open(example_path) as doc:
        _fill_new_fields(doc)
    rollover(example_path, tmp_path / "ny.vplan", carry=Carry.without(Section.MAL))
    with PlanDocument.open(tmp_path / "ny.vplan", read_only=True) as doc:
        table = read_plan(doc).nyckeltal[1]
    assert (table.malomrade_id, table.frekvens, table.fotnoter) == (
        None,
        Frekvens.TERTIAL,
        "* Utan utredningar\n** Ny",
    )


def test_vplan_diff_shows_each_new_field(
    example_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = tmp_path / "före.json"
    with PlanDocument.open(example_path) as doc:
        export_json(doc, before)
        plan = _fill_new_fields(doc)
    assert main(["diff", str(before), str(example_path)]) == 0
    out = capsys.readouterr().out
    area, table = plan.malomraden[1].namn, plan.nyckeltal[1]
    indicator = "Indikator ”Ej återaktualiserade barn 0–12 år ett år efter avslutad insa…”"
    first = "Aktivitet ”Införa gemensam modell för riskbedömning vid våld i nära rel…”"
    for expected in (
        "  Planens uppgifter: Status: Under beredning → (tomt)",
        f"  {indicator}: Jämförs med: (tomt) → Medel i riket",
        f"  {indicator}: Utfall 2012: (tomt) → 59",
        f"  {indicator}: Jämförelse 2012: (tomt) → 57",
        f"  {indicator}: Jämförelse 2025: (tomt) → ca 70 %",
        f"  {indicator}: Målnivå 2035: (tomt) → 90",
        f"  {first}: Status: Pågår → (tomt)",
        f"  Aktivitet ”{plan.aktiviteter[1].namn}”: Status: (tomt) → Ej påbörjad",
        f"  Tabell ”{table.rubrik}”: Målområde: (tomt) → {area}",
        f"  Tabell ”{table.rubrik}”: Frekvens: (tomt) → Tertial",
        f"  Tabell ”{table.rubrik}”: Fotnoter: (tomt) → * Utan utredningar\n** Ny",
        f"  Rad ”{table.rader[2].namn}”: Underrad: 0 → 1",
    ):
        assert f"{expected}\n" in out, expected


def test_a_status_written_in_a_word_plan_is_kept(tmp_path: Path) -> None:
    """The Word import builds a plan in the format: an "Ej påbörjad" that the document states
    is someone's choice, not a default of version 1 to be dropped."""
    from docx import Document

    from vplan_desktop.imports.word import import_word

    document = Document()
    for text in ("Exempelby kommun", "Kulturnämnden", "Verksamhetsplan 2026–2028"):
        document.add_paragraph(text)
    document.add_heading("Aktiviteter", 1)
    rows = [["Aktivitet", "Ansvarig", "Status"], ["Öppet hus", "Rektor", "Ej påbörjad"]]
    table = document.add_table(rows=2, cols=3)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    document.save(str(tmp_path / "plan.docx"))
    import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as doc:
        plan = read_plan(doc)
    assert [(a.namn, a.status) for a in plan.aktiviteter] == [
        ("Öppet hus", AktivitetStatus.EJ_PABORJAD)
    ]
    assert plan.uppgifter.status is None

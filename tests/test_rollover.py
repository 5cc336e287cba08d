"""Rolling a plan forward, field by field; and review marks."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, text

from vplan_desktop.cli import main
from vplan_desktop.db import document as document_module
from vplan_desktop.db import file_header
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import BudgetTabell, Jamforare, MalNiva, VardeSlag
from vplan_desktop.domain import PlanSnapshot
from vplan_desktop.errors import InputError
from vplan_desktop.planning.rollover import Carry, RolloverSummary, preview_rollover, rollover
from vplan_desktop.sections import ItemKind, Section
from vplan_desktop.services import goal_tree, items, values
from vplan_desktop.services.read import read_plan
from vplan_desktop.services.review import mark_section_reviewed
from vplan_desktop.validation import validate

Rolled = tuple[PlanSnapshot, PlanSnapshot, RolloverSummary, Path]
"""The old plan, the new one, what the rollover said, and the new file."""


@pytest.fixture
def rolled(example_path: Path, tmp_path: Path) -> Iterator[Rolled]:
    before = example_path.read_bytes()
    new = tmp_path / "nästa.vplan"
    summary = rollover(example_path, new)
    assert example_path.read_bytes() == before  # the old plan is never changed
    with (
        PlanDocument.open(example_path, read_only=True) as old_doc,
        PlanDocument.open(new) as new_doc,
    ):
        yield read_plan(old_doc), read_plan(new_doc), summary, new


def test_period_and_front_matter(rolled: Rolled) -> None:
    old, new, summary, _ = rolled
    u = new.uppgifter
    assert (u.forsta_ar, u.sista_ar) == (2028, 2030)
    assert u.titel == "Verksamhetsplan med budget 2028–2030"
    # The new plan's status is nobody's choice yet: unset, never "Utkast" by default.
    assert (u.status, u.antagen_datum, u.antagen_paragraf) == (None, None, "")
    assert (u.namnd, u.ordforande, u.diarienummer) == (
        old.uppgifter.namnd,
        old.uppgifter.ordforande,
        old.uppgifter.diarienummer,
    )
    assert summary.new_period == "2028–2030"


def test_chapters_goals_and_indicators(rolled: Rolled) -> None:
    old, new, summary, _ = rolled
    assert [k.text for k in new.kapitel] == [k.text for k in old.kapitel]
    assert all(k.att_granska for k in new.kapitel) and not any(k.att_granska for k in old.kapitel)
    assert [g.text for g in new.namndsmal] == [g.text for g in old.namndsmal]
    first = new.indikatorer[0]  # nuläge 2025 = 71 %, no outcome after it: the 2027 target
    assert (first.nulage_ar, first.nulage, first.nulage_ar_malniva) == (2027, Decimal(74), True)
    assert first.malnivaer == {2028: Decimal(76), 2029: Decimal(78)}  # 2030 is new and empty
    assert all(i.att_granska for i in new.indikatorer)
    assert summary.nulage_from_target == 12


def test_an_outcome_becomes_the_new_nulage(example_path: Path, tmp_path: Path) -> None:
    with PlanDocument.open(example_path) as doc:
        values.set_indicator_value(doc, 1, VardeSlag.UTFALL, 2026, Decimal("72.5"))
    rollover(example_path, tmp_path / "ny.vplan")
    with PlanDocument.open(tmp_path / "ny.vplan") as doc:
        indicator = read_plan(doc).indikatorer[0]
    assert (indicator.nulage_ar, indicator.nulage, indicator.nulage_ar_malniva) == (
        2026,
        Decimal("72.5"),
        False,
    )


def test_activities_kept_and_left(example_path: Path, tmp_path: Path) -> None:
    with PlanDocument.open(example_path) as doc:
        items.update_item(doc, ItemKind.AKTIVITET, 1, {"status": "klart"})
        items.update_item(doc, ItemKind.AKTIVITET, 2, {"status": "avslutat"})
    summary = rollover(example_path, tmp_path / "ny.vplan")
    with PlanDocument.open(tmp_path / "ny.vplan") as doc:
        plan = read_plan(doc)
    names = [a.namn for a in plan.aktiviteter]
    assert len(names) == 16  # the example's 18, less the two finished
    assert summary.finished_left_out == [
        "Införa gemensam modell för riskbedömning vid våld i nära relationer",
        "Bygga ut öppenvården för familjer",
    ]
    kept = plan.aktiviteter[0]
    assert (kept.status, kept.overford_fran, kept.att_granska) == (None, 2027, True)


def test_budget_columns_shift(rolled: Rolled) -> None:
    old, new, _, _ = rolled
    columns = {c.rubrik: c.id for c in new.kolumner(BudgetTabell.DRIFT)}
    assert list(columns) == [
        "Bokslut 2025",
        "Bokslut 2026",
        "Budget 2027",
        "Budget 2028",
        "Plan 2029",
        "Plan 2030",
    ]
    old_columns = {c.rubrik: c.id for c in old.kolumner(BudgetTabell.DRIFT)}
    old_row, new_row = old.driftbudget[1], new.driftbudget[1]
    assert new_row.belopp[columns["Bokslut 2025"]] == old_row.belopp[old_columns["Bokslut 2025"]]
    assert columns["Bokslut 2026"] not in new_row.belopp  # to be filled in
    assert new_row.belopp[columns["Budget 2027"]] == old_row.belopp[old_columns["Budget 2027"]]
    assert new_row.belopp[columns["Budget 2028"]] == old_row.belopp[old_columns["Plan 2028"]]
    assert columns["Plan 2030"] not in new_row.belopp
    assert new.kf_ram == ()
    assert all(r.att_granska for r in new.driftbudget)
    assert new.investeringar[0].belopp == {2028: 1250, 2029: 1300, 2030: 1300, 2031: 1100}
    assert [c.rubrik for c in new.kolumner(BudgetTabell.RESULTAT)][:3] == [
        "Bokslut 2026",
        "Budget 2027",
        "Prognos 2027",
    ]
    # The resultaträkning by cost type moves with its columns, as the rows do.
    was = {c.rubrik: c.id for c in old.kolumner(BudgetTabell.RESULTAT)}
    now = {c.rubrik: c.id for c in new.kolumner(BudgetTabell.RESULTAT)}
    assert old.kostnadsslag, "the example has a resultaträkning by cost type"
    assert [
        (line.namn, line.belopp.get(now["Budget 2027"]), line.belopp.get(now["Budget 2028"]))
        for line in new.kostnadsslag
    ] == [
        (line.namn, line.belopp.get(was["Budget 2027"]), line.belopp.get(was["Plan 2028"]))
        for line in old.kostnadsslag
    ]
    assert all(line.att_granska for line in new.kostnadsslag)


def test_internal_control_and_review_findings(rolled: Rolled) -> None:
    old, new, _, path = rolled
    assert [(r.sannolikhet, r.konsekvens) for r in new.internkontroll] == [
        (r.sannolikhet, r.konsekvens) for r in old.internkontroll
    ]
    review = [f for f in validate(new) if f.rule == "granska.overfort"]
    sections = {f.section for f in review}
    assert {"mal", "aktiviteter", "drift", "internkontroll"} <= sections
    assert any(f"{len(new.aktiviteter)} aktiviteter är överförda" in f.message for f in review)
    with PlanDocument.open(path) as doc:
        change = mark_section_reviewed(doc, Section.AKTIVITETER)
        assert not any(a.att_granska for a in read_plan(doc).aktiviteter)
        change.undo(doc)
        assert all(a.att_granska for a in read_plan(doc).aktiviteter)


def test_carry_less_and_bad_years(example_path: Path, tmp_path: Path) -> None:
    left_out = Carry.without(Section.AKTIVITETER, Section.INTERNKONTROLL)
    summary = preview_rollover(example_path, 2029, left_out)
    assert summary.new_period == "2029–2031" and summary.counts["Aktiviteter"] == 0
    assert not (tmp_path / "x.vplan").exists()
    with pytest.raises(InputError, match="måste börja efter 2027"):
        rollover(example_path, tmp_path / "x.vplan", 2026)
    with pytest.raises(InputError, match="egen fil"):
        rollover(example_path, example_path)
    assert list(tmp_path.iterdir()) == [example_path]


def test_rollover_command(
    example_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = tmp_path / "ny.vplan"
    assert main(["rollover", str(example_path), str(new), "--forsta-ar", "2028"]) == 0
    out = capsys.readouterr().out
    assert "Period: 2027–2029 → 2028–2030" in out
    assert main(["validate", str(new)]) == 1
    assert "överförda från förra årets plan" in capsys.readouterr().out
    assert main(["rollover", str(example_path), str(new)]) == 2
    assert "finns redan" in capsys.readouterr().err


def test_a_plan_from_schema_1_is_upgraded(tmp_path: Path) -> None:
    """A file written by the first vplan (migration 0001 only) opens and gains the marks."""
    path = tmp_path / "gammal.vplan"
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA application_id = {file_header.APPLICATION_ID}")
    connection.close()
    config = Config()
    config.set_main_option("script_location", str(document_module._MIGRATIONS))
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
        conn.execute(
            text(
                "INSERT INTO plan (id, kommun, namnd, forvaltning, titel, forsta_ar, sista_ar,"
                " ordforande, ordforande_parti, forvaltningschef, diarienummer, status,"
                " antagen_paragraf, riskskala) VALUES (1, 'K', 'N', '', 'T', 2026, 2027, '', '',"
                " '', '', 'utkast', '', 4)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO kapitel (id, ordning, rubrik, text, omvarldsanalys)"
                " VALUES (1, 0, 'Inledning', 'Text.', 0)"
            )
        )
    engine.dispose()
    assert document_module.check_file(path).user_version == 1
    before = path.read_bytes()
    with PlanDocument.open(path, read_only=True) as doc:  # reading leaves the file alone
        assert read_plan(doc).kapitel[0].att_granska is False
    assert path.read_bytes() == before
    with PlanDocument.open(path) as doc:
        assert read_plan(doc).kapitel[0].rubrik == "Inledning"
    assert document_module.check_file(path).user_version == file_header.SCHEMA_VERSION
    assert (tmp_path / "gammal.vplan.format1.bak").exists()


def _goal(doc: PlanDocument, text: str, index: int | None = None, **fields: object) -> int:
    goal = items.add_item(doc, ItemKind.NAMNDSMAL, {"text": text, **fields}, index=index).item_id
    assert goal is not None
    return goal


def test_the_goal_tree_comes_whole(plan_path: Path, tmp_path: Path) -> None:
    """Three levels, their numbers, parents and order; the year texts and comparisons of the
    new period; activities tied to a målområde or planned by year; the plan's level names."""
    with PlanDocument.open(plan_path) as doc:  # 2026–2028
        items.update_item(doc, ItemKind.PLAN, 1, {"malniva_kf": "Kommunfullmäktiges mål"})
        area = items.add_item(
            doc, ItemKind.MALOMRADE, {"namn": "Trygghet", "beskrivning": "Om tryggheten."}
        ).item_id
        kf = _goal(
            doc,
            "Tryggt för alla",
            malomrade_id=area,
            niva=MalNiva.KF,
            kod="1",
            foljs_upp_genom="Årsredovisningen",
        )
        later = _goal(doc, "Kortare väntan", overordnat_id=kf, kod="1:2")
        # Added second but placed first among its siblings: order is not the order of ids.
        first = _goal(doc, "Stöd i tid", 0, overordnat_id=kf, kod="1:1", ansvarig="Enhetschef")
        _goal(doc, "Utredningar i tid", overordnat_id=first, niva=MalNiva.FORVALTNING, kod="a")
        _goal(
            doc,
            "Samverka med skolan",
            malomrade_id=area,
            niva=MalNiva.UPPDRAG,
            kod="KF 2026:3",
            adressat="Socialnämnden",
        )
        for year, text in (
            (2026, "Modellen tas fram."),
            (2027, "Modellen används."),
            (2029, "Utvärderad."),
        ):
            goal_tree.set_year_text(doc, later, year, text)
        indicator = items.add_item(
            doc,
            ItemKind.INDIKATOR,
            {"namndsmal_id": first, "namn": "Andel i tid", "enhet": "%"},
        ).item_id
        assert indicator is not None
        for year in (2026, 2027, 2028):
            values.set_indicator_value(
                doc, indicator, VardeSlag.MALNIVA, year, Decimal(90 + year - 2026), Jamforare.MINST
            )
        items.update_item(
            doc,
            ItemKind.INDIKATOR,
            indicator,
            {"langsiktigt": Decimal(98), "langsiktigt_jamforare": Jamforare.MINST},
        )
        items.add_item(
            doc,
            ItemKind.AKTIVITET,
            {
                "namn": "Trygghetsvandringar",
                "malomrade_id": area,
                "ar": 2027,
                "slutdatum": dt.date(2027, 6, 30),
                "slutdatum_reviderat": dt.date(2027, 12, 31),
            },
        )
        old = read_plan(doc)
    rollover(plan_path, tmp_path / "ny.vplan")
    with PlanDocument.open(tmp_path / "ny.vplan", read_only=True) as doc:
        new = read_plan(doc)

    def tree(plan: PlanSnapshot) -> list[tuple[str, str, str, str | None]]:
        text = {g.id: g.text for g in plan.namndsmal}
        return [
            (g.niva.value, g.kod, g.text, text.get(g.overordnat_id or 0)) for g in plan.namndsmal
        ]

    assert (
        tree(new)
        == tree(old)
        == [
            ("kf", "1", "Tryggt för alla", None),
            ("namnd", "1:1", "Stöd i tid", "Tryggt för alla"),
            ("forvaltning", "a", "Utredningar i tid", "Stöd i tid"),
            ("namnd", "1:2", "Kortare väntan", "Tryggt för alla"),
            ("uppdrag", "KF 2026:3", "Samverka med skolan", None),
        ]
    )
    assert all(g.malomrade_id == new.malomraden[0].id for g in new.namndsmal)
    assert all(g.att_granska for g in new.namndsmal)
    kept = [(g.ansvarig, g.foljs_upp_genom, g.adressat) for g in new.namndsmal]
    assert kept == [(g.ansvarig, g.foljs_upp_genom, g.adressat) for g in old.namndsmal]
    assert new.namndsmal[3].arstexter == {2027: "Modellen används.", 2029: "Utvärderad."}
    [carried] = new.indikatorer
    assert carried.malnivaer == {2027: Decimal(91), 2028: Decimal(92)}
    assert carried.jamforare == {2027: Jamforare.MINST, 2028: Jamforare.MINST}
    assert (carried.langsiktigt, carried.langsiktigt_jamforare) == (Decimal(98), Jamforare.MINST)
    [activity] = new.aktiviteter
    assert (
        activity.malomrade_id,
        activity.namndsmal_id,
        activity.ar,
        activity.slutdatum_reviderat,
    ) == (new.malomraden[0].id, None, 2027, dt.date(2027, 12, 31))
    assert new.uppgifter.niva_namn(MalNiva.KF) == "Kommunfullmäktiges mål"
    assert new.malomraden[0].beskrivning == "Om tryggheten."


def test_without_goals_an_activity_of_a_malomrade_belongs_to_the_whole_plan(
    plan_path: Path, tmp_path: Path
) -> None:
    with PlanDocument.open(plan_path) as doc:
        area = items.add_item(doc, ItemKind.MALOMRADE, {"namn": "Trygghet"}).item_id
        items.add_item(doc, ItemKind.AKTIVITET, {"namn": "Vandringar", "malomrade_id": area})
    rollover(plan_path, tmp_path / "ny.vplan", carry=Carry.without(Section.MAL))
    with PlanDocument.open(tmp_path / "ny.vplan", read_only=True) as doc:
        plan = read_plan(doc)
    assert plan.malomraden == ()
    assert [(a.namn, a.malomrade_id, a.namndsmal_id) for a in plan.aktiviteter] == [
        ("Vandringar", None, None)
    ]

"""The plan checks: for every rule, a plan that breaks it and one that does not."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from vplan_desktop import domain as d
from vplan_desktop.cli import main
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.errors import InputError
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import items
from vplan_desktop.services.read import read_plan
from vplan_desktop.validation import Severity, findings_json, readiness, validate

Change = Callable[[d.PlanSnapshot], d.PlanSnapshot]


@pytest.fixture(scope="module")
def example(templates: dict[str, Path]) -> d.PlanSnapshot:
    with PlanDocument.open(templates["example"], read_only=True) as doc:
        return read_plan(doc)


def _front(**changes: Any) -> Change:
    return lambda p: replace(p, uppgifter=replace(p.uppgifter, **changes))


def _chapter(index: int, **changes: Any) -> Change:
    def change(p: d.PlanSnapshot) -> d.PlanSnapshot:
        chapters = list(p.kapitel)
        chapters[index] = replace(chapters[index], **changes)
        return replace(p, kapitel=tuple(chapters))

    return change


def _indicator(index: int, **changes: Any) -> Change:
    def change(p: d.PlanSnapshot) -> d.PlanSnapshot:
        indicators = list(p.indikatorer)
        indicators[index] = replace(indicators[index], **changes)
        return replace(p, indikatorer=tuple(indicators))

    return change


def _activity(index: int, **changes: Any) -> Change:
    def change(p: d.PlanSnapshot) -> d.PlanSnapshot:
        rows = list(p.aktiviteter)
        rows[index] = replace(rows[index], **changes)
        return replace(p, aktiviteter=tuple(rows))

    return change


def _control(index: int, **changes: Any) -> Change:
    def change(p: d.PlanSnapshot) -> d.PlanSnapshot:
        rows = list(p.internkontroll)
        rows[index] = replace(rows[index], **changes)
        return replace(p, internkontroll=tuple(rows))

    return change


def _goal(index: int, **changes: Any) -> Change:
    def change(p: d.PlanSnapshot) -> d.PlanSnapshot:
        rows = list(p.namndsmal)
        rows[index] = replace(rows[index], **changes)
        return replace(p, namndsmal=tuple(rows))

    return change


def _drop_drift_cell(p: d.PlanSnapshot) -> d.PlanSnapshot:
    budget = next(
        c for c in p.budgetkolumner if c.rubrik == "Budget 2027" and c.tabell.value == "drift"
    )
    rows = list(p.driftbudget)
    rows[2] = replace(rows[2], belopp={k: v for k, v in rows[2].belopp.items() if k != budget.id})
    return replace(p, driftbudget=tuple(rows))


def _ram(amount: int) -> Change:
    return lambda p: replace(
        p, kf_ram=(replace(p.kf_ram[0], belopp=Decimal(amount)), *p.kf_ram[1:])
    )


def _bad_netto(p: d.PlanSnapshot) -> d.PlanSnapshot:
    rows = list(p.resultatrakning)
    column, cell = next(iter(rows[0].belopp.items()))
    assert cell.netto is not None
    rows[0] = replace(
        rows[0], belopp={**rows[0].belopp, column: replace(cell, netto=cell.netto + 1)}
    )
    return replace(p, resultatrakning=tuple(rows))


def _half_key_figure(p: d.PlanSnapshot) -> d.PlanSnapshot:
    table = p.nyckeltal[0]
    row = table.rader[0]
    first = table.kolumner[0].id
    rows = (replace(row, varden={first: row.varden[first]}), *table.rader[1:])
    return replace(p, nyckeltal=(replace(table, rader=rows), *p.nyckeltal[1:]))


CASES: list[tuple[str, Change, Severity, str]] = [
    ("uppgifter.saknas", _front(ordforande=""), Severity.FEL, "Ange ordföranden."),
    ("uppgifter.saknas", _front(forvaltningschef=" "), Severity.FEL, "förvaltningschefen"),
    ("uppgifter.saknas", _front(kommun=""), Severity.FEL, "kommunen"),
    ("uppgifter.period", _front(sista_ar=2031), Severity.FEL, "1–4 år"),
    (
        "uppgifter.period_passerad",
        _front(antagen_datum=dt.date(2028, 1, 10)),
        Severity.FEL,
        "före antagandet",
    ),
    (
        "uppgifter.antagande",
        _front(status=d.PlanStatus.ANTAGEN),
        Severity.VARNING,
        "datum och paragraf",
    ),
    ("uppgifter.diarienummer", _front(diarienummer=""), Severity.TIPS, "diarienumret"),
    ("kapitel.tomt", _chapter(1, text=""), Severity.FEL, "”Nämndens uppdrag” är tomt"),
    (
        "kapitel.omvarld_kort",
        _chapter(3, text="Befolkningen ökar något."),
        Severity.VARNING,
        "bara 3 ord",
    ),
    (
        "kapitel.omvarld_saknas",
        _chapter(3, omvarldsanalys=False),
        Severity.VARNING,
        "omvärldsanalys",
    ),
    ("kapitel.kort", _chapter(0, text="En kort inledning."), Severity.TIPS, "bara 3 ord"),
    (
        "mal.utan_malomrade",
        _goal(0, malomrade_id=None),
        Severity.VARNING,
        "inte till något målområde",
    ),
    (
        "mal.utan_indikator",  # the second nämndsmål's three indicators gone
        lambda p: replace(p, indikatorer=(*p.indikatorer[:3], *p.indikatorer[6:])),
        Severity.VARNING,
        "har ingen indikator och inget mål per år",
    ),
    ("mal.nulage_saknas", _indicator(0, nulage=None), Severity.VARNING, "saknar nuläge (värde)"),
    (
        "mal.nulage_efter_start",
        _indicator(0, nulage_ar=2028),
        Severity.FEL,
        "efter planens första år 2027",
    ),
    (
        "mal.malniva_saknas",
        _indicator(0, malnivaer={2027: Decimal(74), 2029: Decimal(78)}),
        Severity.FEL,
        "saknar målnivå för 2028",
    ),
    (
        "mal.malniva_saknas",
        _indicator(9, malnivaer={}),
        Severity.FEL,
        "ingen målnivå under planperioden",
    ),
    (
        "mal.procent",
        _indicator(1, malnivaer={2027: Decimal(88), 2028: Decimal(92), 2029: Decimal(105)}),
        Severity.FEL,
        "mellan 0 och 100",
    ),
    ("mal.procent", _indicator(1, nulage=Decimal(-1)), Severity.FEL, "Nuläget"),
    (
        "mal.riktning",
        _indicator(0, malnivaer={2027: Decimal(74), 2028: Decimal(70), 2029: Decimal(78)}),
        Severity.VARNING,
        "Målnivån för 2028",
    ),
    (
        "mal.riktning",
        _indicator(2, malnivaer={2027: Decimal(60), 2028: Decimal(51), 2029: Decimal(48)}),
        Severity.VARNING,
        "stiger jämfört med nuläget 2025",
    ),
    ("aktiviteter.ansvarig", _activity(0, ansvarig=""), Severity.VARNING, "ansvarig"),
    ("aktiviteter.slutdatum", _activity(0, slutdatum=None), Severity.VARNING, "Ange slutdatum"),
    (
        "aktiviteter.efter_perioden",
        _activity(0, slutdatum=dt.date(2030, 3, 1)),
        Severity.VARNING,
        "efter planperioden",
    ),
    (
        "aktiviteter.mal_utan_aktivitet",
        lambda p: replace(p, aktiviteter=p.aktiviteter[4:]),
        Severity.VARNING,
        "har ingen aktivitet",
    ),
    (
        "drift.tom",
        lambda p: replace(p, driftbudget=(), resultatrakning=(), kostnadsslag=()),
        Severity.FEL,
        "inga rader",
    ),
    (
        "drift.budgetar",
        _drop_drift_cell,
        Severity.FEL,
        "”Vuxen och missbruk” saknar belopp för Budget 2027",
    ),
    (
        "drift.ram_saknas",
        lambda p: replace(p, kf_ram=p.kf_ram[1:]),
        Severity.VARNING,
        "KF:s ram för 2027",
    ),
    (
        "drift.over_ram",
        _ram(130000),
        Severity.FEL,
        "överstiger KF:s ram (130\u00a0000 tkr) med 520 tkr",
    ),
    ("resultat.netto", _bad_netto, Severity.FEL, "men intäkter + kostnader är"),
    (
        "investeringar.belopp",
        lambda p: replace(p, investeringar=(replace(p.investeringar[0], belopp={}),)),
        Severity.VARNING,
        "saknar belopp",
    ),
    ("nyckeltal.halvfylld", _half_key_figure, Severity.VARNING, "saknar värde för Bokslut 2025"),
    (
        "internkontroll.tom",
        lambda p: replace(p, internkontroll=()),
        Severity.FEL,
        "saknar internkontroll",
    ),
    (
        "internkontroll.saknas",
        _control(1, frekvens="", kontrollansvar=""),
        Severity.VARNING,
        "saknar kontrollansvar, frekvens",
    ),
    (
        "internkontroll.hog_risk",
        _control(0, kontrollmoment=""),
        Severity.FEL,
        "riskvärde 12 (mycket hög)",
    ),
]


def test_the_example_plan_has_no_findings(example: d.PlanSnapshot) -> None:
    assert validate(example) == []
    assert readiness(validate(example)).text == "Redo för nämnd (0 fel, 0 varningar, 0 tips)"


@pytest.mark.parametrize(
    ("rule", "change", "severity", "text"), CASES, ids=[f"{c[0]}-{n}" for n, c in enumerate(CASES)]
)
def test_each_rule(
    example: d.PlanSnapshot, rule: str, change: Change, severity: Severity, text: str
) -> None:
    assert not [f for f in validate(example) if f.rule == rule]  # the plan that passes
    broken = [f for f in validate(change(example)) if f.rule == rule]
    assert broken, f"{rule} found nothing"
    assert all(f.severity is severity for f in broken)
    assert any(text in f.message for f in broken), [f.message for f in broken]
    assert all(f.section for f in broken)


def test_findings_point_at_the_item_and_field(example: d.PlanSnapshot) -> None:
    [finding] = validate(_indicator(0, malnivaer={2027: Decimal(74), 2029: Decimal(78)})(example))
    assert (finding.section, finding.kind, finding.item_id, finding.field) == (
        "mal",
        "indikator",
        example.indikatorer[0].id,
        "malniva:2028",
    )
    [finding] = validate(_front(ordforande="")(example))
    assert (finding.section, finding.kind, finding.field) == ("uppgifter", "plan", "ordforande")


def test_findings_json(example: d.PlanSnapshot) -> None:
    data = findings_json(example, validate(_front(ordforande="")(example)))
    assert data["redo"] is False
    assert data["sammanfattning"] == {"fel": 1, "varningar": 0, "tips": 0}
    findings = data["fynd"]
    assert isinstance(findings, list) and findings[0]["avsnitt"] == "uppgifter"


def test_a_plan_with_errors_cannot_be_adopted(example_path: Path) -> None:
    with PlanDocument.open(example_path) as doc:
        items.update_item(doc, ItemKind.PLAN, 1, {"ordforande": ""})
        with pytest.raises(InputError, match=r"kan inte markeras som antagen.*Ange ordföranden"):
            items.update_item(doc, ItemKind.PLAN, 1, {"status": "antagen"})
        assert read_plan(doc).uppgifter.status is d.PlanStatus.UNDER_BEREDNING
        items.update_item(doc, ItemKind.PLAN, 1, {"ordforande": "Karin Lindqvist"})
        items.update_item(
            doc,
            ItemKind.PLAN,
            1,
            {"status": "antagen", "antagen_datum": dt.date(2026, 11, 25), "antagen_paragraf": "98"},
        )
        assert read_plan(doc).uppgifter.status_text == "Antagen i Socialnämnden 2026-11-25 § 98"


def test_validate_command(
    example_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The issue's promise: the example passes; without the ordförande and a target year it
    fails and names both."""
    assert main(["validate", str(example_path)]) == 0
    assert "Redo för nämnd" in capsys.readouterr().out
    exported = tmp_path / "plan.json"
    assert main(["export", str(example_path), "--format", "json", "-o", str(exported)]) == 0
    data = json.loads(exported.read_text(encoding="utf-8"))
    data["uppgifter"]["ordforande"] = ""
    del data["namndsmal"][1]["indikatorer"][0]["malnivaer"]["2028"]
    exported.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    broken = tmp_path / "trasig.vplan"
    assert main(["import-json", str(exported), str(broken)]) == 0
    capsys.readouterr()
    assert main(["validate", str(broken)]) == 1
    out = capsys.readouterr().out
    assert "Ange ordföranden." in out
    assert "saknar målnivå för 2028" in out
    assert main(["validate", str(broken), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert {f["regel"] for f in report["fynd"]} == {"uppgifter.saknas", "mal.malniva_saknas"}
    garbage = tmp_path / "skrap.vplan"
    garbage.write_bytes(b"x" * 500)
    assert main(["validate", str(garbage)]) == 2

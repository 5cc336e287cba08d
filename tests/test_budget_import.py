"""The ekonom's workbook back into the plan: preview, apply, undo; and every bad file."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from vplan_desktop.cli import main
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import BudgetTabell
from vplan_desktop.errors import InputError, InterchangeError
from vplan_desktop.exports.export import export_plan
from vplan_desktop.imports.budget_xlsx import apply_budget, read_budget
from vplan_desktop.sections import ItemKind
from vplan_desktop.services.read import read_plan


@pytest.fixture
def workbook(example_path: Path, tmp_path: Path) -> Path:
    with PlanDocument.open(example_path) as doc:
        path = tmp_path / "budget.xlsx"
        export_plan(read_plan(doc), "xlsx", path)
    return path


def _edit(path: Path, changes: dict[str, dict[str, object]]) -> Path:
    book = openpyxl.load_workbook(path)
    for sheet, cells in changes.items():
        for ref, value in cells.items():
            book[sheet][ref] = value
    out = path.with_name("ändrad.xlsx")
    book.save(out)
    return out


def test_unchanged_workbook_has_no_changes(example_path: Path, workbook: Path) -> None:
    with PlanDocument.open(example_path) as doc:
        assert read_budget(read_plan(doc), workbook) == []


def test_round_trip_lists_exactly_the_changes_then_applies_them(
    example_path: Path, workbook: Path
) -> None:
    edited = _edit(
        workbook,
        {
            "Driftbudget": {"E6": 49100, "F7": "14 650", "E12": 131500, "B5": None},
            "Investeringar": {"D6": 450},
            "Resultaträkning": {"E6": -50.8},
        },
    )
    with PlanDocument.open(example_path) as doc:
        plan = read_plan(doc)
        changes = read_budget(plan, edited)
        assert [c.text for c in changes] == [
            "Driftbudget B5 (Nämnd och förvaltningsledning, Bokslut 2024): 1\u00a0612 → tomt",
            "Driftbudget E6 (Barn och familj, Budget 2027): 48\u00a0900 → 49\u00a0100",
            "Driftbudget F7 (Vuxen och missbruk, Plan 2028): 14\u00a0500 → 14\u00a0650",
            "Driftbudget E12 (KF:s ram, Budget 2027): 131\u00a0000 → 131\u00a0500",
            "Resultaträkning E6 (Barn och familj, kostnader, Budget 2027): -50,7 → -50,8",
            "Investeringar D6 (E-tjänster för ekonomiskt bistånd, 2028): 400 → 450",
        ]
        change = apply_budget(doc, changes)
        after = read_plan(doc)
        columns = {c.rubrik: c.id for c in after.kolumner(BudgetTabell.DRIFT)}
        assert after.driftbudget[1].belopp[columns["Budget 2027"]] == 49100
        assert columns["Bokslut 2024"] not in after.driftbudget[0].belopp
        assert after.kf_ram[0].belopp == 131500
        assert after.investeringar[1].belopp[2028] == 450
        change.undo(doc)
        assert read_plan(doc) == plan


def test_bad_cells_are_listed_and_nothing_is_applied(example_path: Path, workbook: Path) -> None:
    edited = _edit(workbook, {"Driftbudget": {"E6": "mycket", "F7": 12.3456, "A9": "Okänd enhet"}})
    with PlanDocument.open(example_path) as doc:
        before = read_plan(doc)
        with pytest.raises(InterchangeError) as raised:
            read_budget(before, edited)
        places = [place for place, _ in raised.value.problems]
        assert places == ["Driftbudget!E6", "Driftbudget!F7", "Driftbudget!A9"]
        decimals = raised.value.problems[1][1]
        assert decimals == "Beloppet: ett belopp har högst 3 decimaler."
        assert "inget ändrades" in raised.value.message
        assert read_plan(doc) == before


def test_a_formula_without_a_saved_value_is_reported(example_path: Path, workbook: Path) -> None:
    edited = _edit(workbook, {"Driftbudget": {"E6": "=E5*2"}})
    with PlanDocument.open(example_path) as doc, pytest.raises(InterchangeError) as raised:
        read_budget(read_plan(doc), edited)
    assert raised.value.problems == [
        ("Driftbudget!E6", "formeln saknar sparat värde; öppna och spara filen i Excel")
    ]


def _zip(path: Path, members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression) as package:
        for name, data in members.items():
            package.writestr(name, data)
    return path


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.write_bytes(b"inte en arbetsbok"), "ingen Excel-fil"),
        (
            lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)),
            "lösenordsskyddad",
        ),
        (lambda p: _zip(p, {"xl/bomb.xml": bytes(20 * 1024 * 1024)}), "hårt packad"),
        (
            lambda p: _zip(p, {f"x/{n}.xml": b"x" for n in range(5_001)}, zipfile.ZIP_STORED),
            "orimligt många",
        ),
    ],
    ids=["text", "lösenord", "zipbomb", "många-delar"],
)
def test_bad_files(
    example_path: Path, tmp_path: Path, make: Callable[[Path], object], message: str
) -> None:
    bad = tmp_path / "budget.xlsx"
    make(bad)
    with PlanDocument.open(example_path) as doc, pytest.raises(InputError, match=message):
        read_budget(read_plan(doc), bad)


def test_truncated_and_renamed_files(example_path: Path, workbook: Path, tmp_path: Path) -> None:
    truncated = tmp_path / "avkortad.xlsx"
    truncated.write_bytes(workbook.read_bytes()[: workbook.stat().st_size // 2])
    docx = tmp_path / "dokument.xlsx"
    with PlanDocument.open(example_path) as doc:
        plan = read_plan(doc)
        export_plan(plan, "docx", tmp_path / "x.docx")
        docx.write_bytes((tmp_path / "x.docx").read_bytes())
        with pytest.raises(InputError, match=r"ingen Excel-fil|skadad"):
            read_budget(plan, truncated)
        with pytest.raises((InputError, InterchangeError)):
            read_budget(plan, docx)


def test_import_budget_command(
    example_path: Path, workbook: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edited = _edit(workbook, {"Driftbudget": {"E6": 49100}})
    before = example_path.read_bytes()
    assert main(["import-budget", str(example_path), str(edited)]) == 0
    assert "E6 (Barn och familj, Budget 2027): 48\u00a0900 → 49\u00a0100" in capsys.readouterr().out
    assert example_path.read_bytes() == before  # a preview changes nothing
    assert main(["import-budget", str(example_path), str(edited), "--verkstall"]) == 0
    assert "1 ändring är genomförd i" in capsys.readouterr().out
    with PlanDocument.open(example_path) as doc:
        columns = {c.rubrik: c.id for c in read_plan(doc).kolumner(BudgetTabell.DRIFT)}
        assert read_plan(doc).driftbudget[1].belopp[columns["Budget 2027"]] == 49100
    bad = _edit(workbook, {"Driftbudget": {"E6": "x"}})
    assert main(["import-budget", str(example_path), str(bad), "--verkstall"]) == 2
    assert "Driftbudget!E6" in capsys.readouterr().err


def test_xml_entity_bomb_in_a_workbook(example_path: Path, workbook: Path, tmp_path: Path) -> None:
    bomb = '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY b "b"><!ENTITY c "&b;&b;&b;&b;">]><a>&c;</a>'
    target = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(workbook) as old, zipfile.ZipFile(target, "w") as new:
        for item in old.infolist():
            data = old.read(item.filename)
            new.writestr(item, bomb.encode() if item.filename == "xl/workbook.xml" else data)
    with PlanDocument.open(example_path) as doc, pytest.raises(InputError, match="otillåtna XML"):
        read_budget(read_plan(doc), target)


def test_a_workbook_in_another_layout_is_refused_with_what_was_expected(
    example_path: Path, tmp_path: Path
) -> None:
    """Not reported as "no changes": the message says what layout vplan reads."""
    other = tmp_path / "egen.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Driftbudget"
    sheet.append(["Verksamhet", "Budget 2027"])
    sheet.append(["Barn och familj", 49100])
    book.save(other)
    no_sheet = tmp_path / "utan.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "Blad1"
    book.save(no_sheet)
    with PlanDocument.open(example_path) as doc:
        plan = read_plan(doc)
        with pytest.raises(InputError, match=r"har inte vplans upplägg.*rad 4.*Verksamhet"):
            read_budget(plan, other)
        with pytest.raises(InputError, match="har inte vplans upplägg: bladet Driftbudget saknas"):
            read_budget(plan, no_sheet)


def test_the_list_of_bad_cells_is_capped(example_path: Path, workbook: Path) -> None:
    book = openpyxl.load_workbook(workbook)
    sheet = book["Driftbudget"]
    for row in range(100, 160):
        sheet.cell(row=row, column=1, value=f"Okänd verksamhet {row}")
    edited = workbook.with_name("många.xlsx")
    book.save(edited)
    with PlanDocument.open(example_path) as doc, pytest.raises(InterchangeError) as raised:
        read_budget(read_plan(doc), edited)
    problems = raised.value.problems
    assert len(problems) == 51
    assert problems[0] == (
        "Driftbudget!A100",
        "verksamheten ”Okänd verksamhet 100” finns inte i planen",
    )
    assert problems[-1] == ("…", "och 10 till")


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("1e999", "är inget ändligt tal"),
        ("NaN", "är inget ändligt tal"),
        ("10000000000000", "orimligt stort"),
        ("-9223372036854775809", "orimligt stort"),
    ],
)
def test_numbers_out_of_bounds_in_a_cell(
    example_path: Path, workbook: Path, tmp_path: Path, raw: str, message: str
) -> None:
    """A number cell holding what openpyxl and Python read as infinity, not-a-number or an
    integer SQLite cannot store is a bad cell, not a crash at apply or export."""
    edited = _edit(workbook, {"Driftbudget": {"E6": 123456789}})
    target = tmp_path / "tal.xlsx"
    with zipfile.ZipFile(edited) as old, zipfile.ZipFile(target, "w") as new:
        for item in old.infolist():
            data = old.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"<v>123456789</v>", f"<v>{raw}</v>".encode())
            new.writestr(item, data)
    with PlanDocument.open(example_path) as doc, pytest.raises(InterchangeError) as raised:
        read_budget(read_plan(doc), target)
    [(place, text)] = raised.value.problems
    assert place == "Driftbudget!E6"
    assert text.startswith("Beloppet: ") and message in text


def test_a_row_given_twice_is_a_problem(example_path: Path, workbook: Path) -> None:
    book = openpyxl.load_workbook(workbook)
    sheet = book["Driftbudget"]
    sheet.cell(row=8, column=1, value=sheet.cell(row=6, column=1).value)
    edited = workbook.with_name("dubbel.xlsx")
    book.save(edited)
    with PlanDocument.open(example_path) as doc, pytest.raises(InterchangeError) as raised:
        read_budget(read_plan(doc), edited)
    assert raised.value.problems == [("Driftbudget!A8", "”Barn och familj” står redan på rad 6")]


def test_apply_is_one_action_through_the_services(example_path: Path, workbook: Path) -> None:
    """A change the plan refuses at apply time (its row was removed meanwhile) stops every
    change of the import; nothing is half applied. The KF ram keeps its decision."""
    from vplan_desktop.errors import NotFoundError
    from vplan_desktop.services import items

    edited = _edit(workbook, {"Driftbudget": {"E6": 49100, "E12": 131500, "F7": 14650}})
    with PlanDocument.open(example_path) as doc:
        plan = read_plan(doc)
        changes = read_budget(plan, edited)
        assert len(changes) == 3
        decision = plan.kf_ram[0].beslut
        vuxen = next(r for r in plan.driftbudget if r.id == changes[1].target[1])
        items.delete_items(doc, [(ItemKind.DRIFTBUDGET_RAD, vuxen.id)])
        before = read_plan(doc)
        with pytest.raises(NotFoundError):
            apply_budget(doc, changes)
        assert read_plan(doc) == before
        ok = [c for c in changes if c.target[:2] != ("drift", vuxen.id)]
        change = apply_budget(doc, ok)
        after = read_plan(doc)
        assert after.kf_ram[0].belopp == 131500
        assert after.kf_ram[0].beslut == decision
        change.undo(doc)
        assert read_plan(doc) == before


def test_a_cell_someone_else_set_after_the_preview_refuses_the_import(
    example_path: Path, workbook: Path
) -> None:
    """The import is based on the values its preview showed as the plan's: a cell someone else
    has set since is not overwritten, and nothing of the import is applied."""
    from vplan_desktop.errors import ConflictError
    from vplan_desktop.services import values

    edited = _edit(workbook, {"Driftbudget": {"E6": 49100, "F7": 14650}})
    with PlanDocument.open(example_path) as doc, PlanDocument.open(example_path) as hers:
        hers.user_name = "Anna Svensson"
        changes = read_budget(read_plan(doc), edited)
        target = changes[0].target
        values.set_drift_amount(hers, target[1], target[2], 48950)
        before = read_plan(doc)
        with pytest.raises(ConflictError) as refused:
            apply_budget(doc, changes)
        assert refused.value.who == "Anna Svensson"
        assert read_plan(doc) == before

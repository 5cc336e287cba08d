"""The ekonom's workbook for utfall and prognos: written by vplan, filled in as an ekonom does
(openpyxl), read back into a preview and applied as one undoable action – or refused with
Swedish messages, changing nothing."""

from __future__ import annotations

import datetime as dt
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from vplan_desktop.cli import main
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.errors import InputError
from vplan_desktop.exports.follow_up_workbook import write_follow_up_workbook
from vplan_desktop.exports.xlsx_writer import write_xlsx
from vplan_desktop.follow_up import Mall
from vplan_desktop.follow_up_data import BeloppUppfoljning, ResultatUppfoljning, Uppfoljning
from vplan_desktop.imports.follow_up_xlsx import (
    FollowUpPreview,
    apply_follow_up,
    read_follow_up_workbook,
)
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import follow_up
from vplan_desktop.services.read import read_plan

APRIL = "Delår april 2027"
NBSP = "\xa0"


@pytest.fixture
def plan_file(example_path: Path) -> Path:
    """The example (without its shipped delår) with the tertial periods of 2027, empty."""
    with PlanDocument.open(example_path) as doc:
        follow_up.add_periods(doc, Mall.TERTIAL, 2027)
    return example_path


def _period(path: Path, name: str = APRIL) -> Uppfoljning:
    with PlanDocument.open(path, read_only=True) as doc:
        period = read_plan(doc).uppfoljning(name)
    assert period is not None
    return period


def _write(plan_file: Path, out: Path, name: str = APRIL) -> Path:
    with PlanDocument.open(plan_file, read_only=True) as doc:
        plan = read_plan(doc)
    period = plan.uppfoljning(name)
    assert period is not None
    assert write_follow_up_workbook(plan, period, out) == []
    return out


def _row(sheet: openpyxl.worksheet.worksheet.Worksheet, name: str) -> int:
    return next(r for r in range(5, sheet.max_row + 1) if sheet.cell(r, 1).value == name)


def _column(sheet: openpyxl.worksheet.worksheet.Worksheet, heading: str) -> int:
    return next(c for c in range(1, sheet.max_column + 1) if sheet.cell(4, c).value == heading)


def _fill(path: Path, cells: dict[str, list[tuple[str, str, object]]]) -> None:
    """Type into the workbook as the ekonom does: (row name, heading, value) per sheet."""
    book = openpyxl.load_workbook(path)
    for sheet_name, entries in cells.items():
        sheet = book[sheet_name]
        for name, heading, value in entries:
            sheet.cell(_row(sheet, name), _column(sheet, heading)).value = value
    book.save(path)


def _preview(plan_file: Path, workbook: Path, name: str = APRIL) -> FollowUpPreview:
    with PlanDocument.open(plan_file, read_only=True) as doc:
        plan = read_plan(doc)
    period = plan.uppfoljning(name)
    assert period is not None
    return read_follow_up_workbook(plan, period, workbook)


EKONOM: dict[str, list[tuple[str, str, object]]] = {
    "Driftbudget": [
        ("Barn och familj", "Utfall", 16250.5),
        ("Barn och familj", "Prognos helår", 49100),
        ("Barn och familj", "Kommentar", "Fler placeringar än budgeterat."),
        ("Arbetsmarknad", "Prognos helår", "16 200"),  # typed as text, Swedish
    ],
    "Resultaträkning": [
        ("Barn och familj", "Intäkter utfall", 0.6),
        ("Barn och familj", "Kostnader prognos helår", -51.2),
    ],
    "Investeringar": [("Inventarier", "Utfall", 400), ("Inventarier", "Prognos helår", 1200)],
}


def test_written_filled_in_read_previewed_applied_and_undone(
    plan_file: Path, tmp_path: Path
) -> None:
    workbook = _write(plan_file, tmp_path / "utfall.xlsx")
    _fill(workbook, EKONOM)
    preview = _preview(plan_file, workbook)
    assert preview.problems == ()
    assert [c.text for c in preview.changes] == [
        f"Driftbudget rad 6 (Barn och familj): Utfall tomt → 16{NBSP}250,5; Prognos helår tomt → "
        f"49{NBSP}100; Kommentar tomt → ”Fler placeringar än budgeterat.”",
        f"Driftbudget rad 9 (Arbetsmarknad): Prognos helår tomt → 16{NBSP}200",
        "Resultaträkning rad 5 (Barn och familj): Intäkter utfall tomt → 0,6; "
        "Kostnader prognos helår tomt → -51,2",
        f"Investeringar rad 5 (Inventarier): Utfall tomt → 400; Prognos helår tomt → 1{NBSP}200",
    ]
    with PlanDocument.open(plan_file) as doc:
        before = read_plan(doc)
        change = apply_follow_up(doc, preview)
        period = read_plan(doc).uppfoljning(APRIL)
        assert period is not None
        assert period.drift_row(2) == BeloppUppfoljning(
            Decimal("16250.5"), Decimal(49100), "Fler placeringar än budgeterat."
        )
        assert period.drift_row(5).prognos == Decimal(16200)
        assert period.resultat_row(1) == ResultatUppfoljning(
            utfall_intakter=Decimal("0.6"), prognos_kostnader=Decimal("-51.2")
        )
        assert period.investment(1) == BeloppUppfoljning(Decimal(400), Decimal(1200))
        redo = change.undo(doc)  # one step puts everything back
        assert read_plan(doc).uppfoljningar == before.uppfoljningar
        redo.undo(doc)  # and redo brings it all again
    # On disk, and the same workbook read again changes nothing more.
    assert _period(plan_file).drift_row(2).utfall == Decimal("16250.5")
    assert _preview(plan_file, workbook).changes == ()


def test_the_written_workbook_is_locked_but_for_its_input_cells(
    plan_file: Path, tmp_path: Path
) -> None:
    with PlanDocument.open(plan_file) as doc:
        follow_up.set_follow_up(
            doc,
            ItemKind.UPPFOLJNING_DRIFT,
            _period(plan_file).id,
            2,
            {"utfall": Decimal(15000), "kommentar": '=HYPERLINK("x")'},
        )
    book = openpyxl.load_workbook(_write(plan_file, tmp_path / "utfall.xlsx"))
    assert book.sheetnames == ["Driftbudget", "Resultaträkning", "Investeringar"]
    sheet = book["Driftbudget"]
    assert str(sheet["A1"].value).startswith(f"Utfall och prognos, {APRIL} – Socialnämnden")
    assert sheet["A2"].value == "Nettokostnad i tkr"
    assert str(sheet["A3"].value).startswith("Fyll i de gula cellerna")
    assert [sheet.cell(4, c).value for c in range(1, 8)] == [
        "Verksamhet",
        "Budget 2027",
        "Utfall",
        "Prognos helår",
        "Avvikelse",
        "Kommentar",
        "Id (ändra inte)",
    ]
    assert [sheet.cell(6, c).value for c in (1, 2, 3, 7)] == ["Barn och familj", 48900, 15000, 2]
    assert sheet["F6"].value == '=HYPERLINK("x")' and sheet["F6"].data_type == "s"  # text
    assert sheet.protection.sheet
    assert sheet["B6"].protection.locked and sheet["A4"].protection.locked
    assert sheet["G6"].protection.locked
    assert not sheet["C6"].protection.locked and not sheet["F6"].protection.locked
    assert sheet["C6"].number_format == "#,##0;-#,##0"
    assert book["Resultaträkning"]["A2"].value == "Belopp i mnkr, kostnader med minustecken"
    assert book["Resultaträkning"]["B5"].number_format == "#,##0.0;-#,##0.0"


def test_bad_cells_and_unknown_rows_are_listed_and_nothing_is_applied(
    plan_file: Path, tmp_path: Path
) -> None:
    workbook = _write(plan_file, tmp_path / "utfall.xlsx")
    _fill(workbook, EKONOM)
    book = openpyxl.load_workbook(workbook)
    sheet = book["Driftbudget"]
    sheet["C5"] = "tolv"
    sheet["D7"] = 1.2345
    sheet["C8"] = "=B8*2"  # a formula openpyxl saves without a value
    sheet["D10"] = True
    sheet.append(["Okänd verksamhet", None, 100])
    sheet.append(["Källa: ekonomisystemet 2027-04-30"])  # a note: nothing to read, no problem
    book["Investeringar"]["G6"] = 999
    book.save(workbook)
    preview = _preview(plan_file, workbook)
    assert preview.problem_lines == [
        "Driftbudget!C5: Beloppet: ”tolv” är inte ett tal. Skriv till exempel 1 307, -12,5 "
        "eller 35,71 %.",
        "Driftbudget!D7: Beloppet: ett belopp har högst 3 decimaler.",
        "Driftbudget!C8: formeln saknar sparat värde; öppna och spara filen i Excel",
        "Driftbudget!D10: Beloppet ska vara ett tal, inte SANT eller FALSKT.",
        "Driftbudget!A11: verksamheten ”Okänd verksamhet” finns inte i planen",
        "Investeringar!A6: id ”999” på raden ”E-tjänster för ekonomiskt bistånd” finns inte "
        "bland planens rader",
    ]
    assert preview.changes  # the good rows are shown, but cannot be applied alone
    with PlanDocument.open(plan_file) as doc:
        before = read_plan(doc).uppfoljningar
        with pytest.raises(InputError, match="har fel som måste rättas först; inget ändrades"):
            apply_follow_up(doc, preview)
        assert read_plan(doc).uppfoljningar == before


def test_rows_are_found_by_name_when_the_id_column_is_gone(plan_file: Path, tmp_path: Path) -> None:
    workbook = _write(plan_file, tmp_path / "utfall.xlsx")
    book = openpyxl.load_workbook(workbook)
    sheet = book["Driftbudget"]
    sheet.protection.sheet = False
    sheet.delete_cols(7)  # the ekonom removed the id column
    sheet.move_range("A6:F6", rows=10)  # and moved a row down
    sheet["D16"] = 50000
    book.save(workbook)
    preview = _preview(plan_file, workbook)
    assert preview.problems == ()
    [change] = preview.changes
    assert (change.namn, change.item_id, change.by_name) == ("Barn och familj", 2, True)
    assert change.text == f"Driftbudget rad 16 (Barn och familj): Prognos helår tomt → 50{NBSP}000"


def test_a_reported_period_refuses_the_import(plan_file: Path, tmp_path: Path) -> None:
    workbook = _write(plan_file, tmp_path / "utfall.xlsx")
    _fill(workbook, EKONOM)
    preview = _preview(plan_file, workbook)
    with PlanDocument.open(plan_file) as doc:
        follow_up.mark_reported(doc, _period(plan_file).id, dt.date(2027, 5, 20))
    with pytest.raises(InputError, match=f"”{APRIL}” är markerad som rapporterad och därför låst"):
        _preview(plan_file, workbook)
    with PlanDocument.open(plan_file) as doc:
        with pytest.raises(InputError, match="rapporterad och därför låst"):
            apply_follow_up(doc, preview)  # a preview made before the period was reported
        assert read_plan(doc).uppfoljning(APRIL).drift == {}  # type: ignore[union-attr]


def test_another_periods_workbook_or_another_layout_is_refused(
    plan_file: Path, tmp_path: Path
) -> None:
    workbook = _write(plan_file, tmp_path / "utfall.xlsx", "Delår augusti 2027")
    with pytest.raises(InputError) as refused:
        _preview(plan_file, workbook)
    assert refused.value.message == (
        "”utfall.xlsx” är arbetsboken för ”Delår augusti 2027”, inte för ”Delår april 2027”. "
        "Välj den uppföljningen, eller skriv en ny arbetsbok för ”Delår april 2027”."
    )
    with PlanDocument.open(plan_file, read_only=True) as doc:
        write_xlsx(read_plan(doc), tmp_path / "budget.xlsx")
    with pytest.raises(InputError, match="har inte vplans upplägg för utfall och prognos"):
        _preview(plan_file, tmp_path / "budget.xlsx")
    (tmp_path / "text.xlsx").write_text("Verksamhet;Utfall\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"”text\.xlsx”"):
        _preview(plan_file, tmp_path / "text.xlsx")


def test_a_sheet_in_another_unit_is_a_problem(plan_file: Path, tmp_path: Path) -> None:
    workbook = _write(plan_file, tmp_path / "utfall.xlsx")
    _fill(workbook, EKONOM)
    book = openpyxl.load_workbook(workbook)
    book["Resultaträkning"]["A2"] = "Belopp i tkr"
    book.save(workbook)
    preview = _preview(plan_file, workbook)
    assert preview.problem_lines == [
        "Resultaträkning!A2: beloppen är i tkr men planens belopp på bladet är i mnkr; skriv en "
        "ny arbetsbok och för över siffrorna dit"
    ]


def test_the_commands_write_preview_and_apply(
    plan_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workbook = tmp_path / "utfall.xlsx"
    args = ["--uppfoljning", "delår APRIL 2027"]
    assert main(["follow-up-workbook", str(plan_file), *args, "-o", str(workbook)]) == 0
    assert f"Skrev arbetsboken för {APRIL}" in capsys.readouterr().out
    _fill(workbook, {"Driftbudget": [("Arbetsmarknad", "Utfall", 5400)]})
    before = plan_file.read_bytes()
    assert main(["import-follow-up", str(plan_file), str(workbook), *args]) == 0
    out = capsys.readouterr().out
    assert f"Driftbudget rad 9 (Arbetsmarknad): Utfall tomt → 5{NBSP}400" in out
    assert "1 rad ändras. Kör igen med --verkstall" in out
    assert plan_file.read_bytes() == before
    assert main(["import-follow-up", str(plan_file), str(workbook), *args, "--verkstall"]) == 0
    assert f"1 rad i {APRIL} är ändrad" in capsys.readouterr().out
    assert _period(plan_file).drift_row(5).utfall == Decimal(5400)
    # Errors: Swedish, on stderr, exit 2, nothing changed.
    after = plan_file.read_bytes()
    bad = ["import-follow-up", str(plan_file), str(workbook), "--uppfoljning", "Delår maj"]
    assert main(bad) == 2
    assert "ingen uppföljning" in capsys.readouterr().err.lower()
    _fill(workbook, {"Driftbudget": [("Arbetsmarknad", "Utfall", "mycket")]})
    assert main(["import-follow-up", str(plan_file), str(workbook), *args, "--verkstall"]) == 2
    err = capsys.readouterr().err
    assert "kan inte läsas in; inget ändrades" in err and "Driftbudget!C9" in err
    assert plan_file.read_bytes() == after
    out_file = tmp_path / "utfall.txt"
    assert main(["follow-up-workbook", str(plan_file), *args, "-o", str(out_file)]) == 2
    assert "ska sparas som .xlsx" in capsys.readouterr().err and not out_file.exists()


def test_a_hostile_workbook_is_refused_before_it_is_parsed(plan_file: Path, tmp_path: Path) -> None:
    workbook = _write(plan_file, tmp_path / "utfall.xlsx")
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(workbook) as source, zipfile.ZipFile(bomb, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                head, _, rest = data.partition(b"?>")
                data = head + b'?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>' + rest
            target.writestr(item, data)
    before = plan_file.read_bytes()
    with pytest.raises(InputError) as refused:
        _preview(plan_file, bomb)
    assert "”bomb.xlsx”" in refused.value.message
    assert plan_file.read_bytes() == before


def test_a_sheet_with_more_rows_than_a_plan_has_is_refused(plan_file: Path, tmp_path: Path) -> None:
    workbook = _write(plan_file, tmp_path / "utfall.xlsx")
    book = openpyxl.load_workbook(workbook)
    sheet = book["Driftbudget"]
    for number in range(5_001):
        sheet.append([f"Rad {number}", None, number])
    book.save(workbook)
    with pytest.raises(InputError, match="har fler än 5000 rader på bladet Driftbudget"):
        _preview(plan_file, workbook)


def test_a_comment_cut_to_fit_a_cell_is_not_read_back_as_a_change(
    plan_file: Path, tmp_path: Path
) -> None:
    long = "Placeringar. " * 3_000  # 39 000 characters; a cell holds 32 767
    with PlanDocument.open(plan_file) as doc:
        follow_up.set_follow_up(
            doc, ItemKind.UPPFOLJNING_DRIFT, _period(plan_file).id, 2, {"kommentar": long}
        )
        plan = read_plan(doc)
    period = plan.uppfoljning(APRIL)
    assert period is not None
    notices = write_follow_up_workbook(plan, period, tmp_path / "utfall.xlsx")
    assert notices == ["Driftbudget, cell F6: texten kortades till 32767 tecken, Excels gräns."]
    assert _preview(plan_file, tmp_path / "utfall.xlsx").changes == ()


def test_a_figure_someone_else_set_after_the_preview_refuses_the_import(
    plan_file: Path, tmp_path: Path
) -> None:
    """The import is based on what the preview showed the period held: a figure someone else
    has set since is not overwritten, and nothing of the workbook is applied."""
    from vplan_desktop.errors import ConflictError
    from vplan_desktop.sections import ItemKind

    workbook = _write(plan_file, tmp_path / "utfall.xlsx")
    _fill(workbook, EKONOM)
    preview = _preview(plan_file, workbook)
    with PlanDocument.open(plan_file) as doc, PlanDocument.open(plan_file) as hers:
        hers.user_name = "Anna Svensson"
        follow_up.set_follow_up(
            hers, ItemKind.UPPFOLJNING_DRIFT, preview.period_id, 2, {"utfall": 16000}
        )
        before = read_plan(doc)
        with pytest.raises(ConflictError) as refused:
            apply_follow_up(doc, preview)
        assert refused.value.who == "Anna Svensson"
        assert read_plan(doc) == before

"""The budget grids as a user meets units, printed totals, avvikelse columns and investment
outcomes: choosing mnkr converts the plan's amounts exactly and one undo brings them back;
decimals are typed the Swedish way; a total typed on NETTOKOSTNAD is kept and shown as given;
an avvikelse column is computed and cannot be typed in; an investment has an outcome per year
and years before the plan."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialogButtonBox, QWidget

from tests.ui.helpers import (
    click,
    click_and_answer,
    column_of,
    context_of,
    edit_cell,
    editor_of,
    on_disk,
    press,
    shown_cells,
    shown_window,
    typed_answer,
    workspace_of,
)
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import BeloppEnhet, BudgetTabell
from vplan_desktop.domain import KOLUMN_SLAG_LABELS, PlanSnapshot
from vplan_desktop.sections import ItemKind, Section
from vplan_desktop.services import items, values
from vplan_desktop.services.read import read_plan
from vplan_desktop.ui.budget_column_dialog import BudgetColumnDialog
from vplan_desktop.ui.budget_unit import TOOLTIP
from vplan_desktop.ui.editors.budget_grid import (
    DriftbudgetEditor,
    InvesteringEditor,
    ResultatEditor,
)
from vplan_desktop.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier

# The empty plan runs 2026–2028: its driftbudget has Bokslut 2023, Bokslut 2024, Budget 2025,
# Budget 2026, Plan 2027 and Plan 2028; its resultaträkning has Prognos 2025 as well.


@pytest.fixture
def budget_path(plan_path: Path) -> Path:
    """The empty plan with two verksamheter in the driftbudget (Budget 2026: 1 307 and 2 000
    tkr, KF's ram 3 000), one in the resultaträkning and one investment."""
    with PlanDocument.open(plan_path) as doc:
        rows = []
        for name in ("Bibliotek", "Fritidsgårdar"):
            unit = items.add_item(doc, ItemKind.VERKSAMHET, {"namn": name}).item_id
            rows.append(items.add_item(doc, ItemKind.DRIFTBUDGET_RAD, {"verksamhet_id": unit}))
        plan = read_plan(doc)
        budget_2026 = _column(plan, BudgetTabell.DRIFT, "Budget 2026")
        for change, amount in zip(rows, (1307, 2000), strict=True):
            assert change.item_id is not None
            values.set_drift_amount(doc, change.item_id, budget_2026, amount)
        values.set_kf_ram(doc, 2026, 3000)
        unit = plan.verksamheter[0].id
        row = items.add_item(doc, ItemKind.RESULTAT_RAD, {"verksamhet_id": unit}).item_id
        assert row is not None
        for rubrik, intakter, kostnader in (("Budget 2025", 100, -900), ("Prognos 2025", 90, -950)):
            column = _column(plan, BudgetTabell.RESULTAT, rubrik)
            values.set_resultat_amount(doc, row, column, "intakter", intakter)
            values.set_resultat_amount(doc, row, column, "kostnader", kostnader)
        items.add_item(doc, ItemKind.INVESTERING, {"projekt": "Skolgård"})
    return plan_path


def _column(plan: PlanSnapshot, tabell: BudgetTabell, rubrik: str) -> int:
    return next(c.id for c in plan.kolumner(tabell) if c.rubrik == rubrik)


def _open(qtbot: QtBot, path: Path, section: Section) -> MainWindow:
    window = shown_window(qtbot, path)
    window.show_section(section)
    qtbot.waitUntil(lambda: workspace_of(window).editor_for(section).isVisible())
    return window


def _drift_amounts(path: Path) -> list[Decimal | None]:
    """Each driftbudget row's Budget 2026 on disk, then KF's ram for 2026."""
    plan = on_disk(path)
    column = _column(plan, BudgetTabell.DRIFT, "Budget 2026")
    return [*(r.belopp.get(column) for r in plan.driftbudget), plan.kf_ram[0].belopp]


def _cells(view: QAbstractItemView, header: str) -> list[str]:
    """One column of a grid as shown, top to bottom."""
    column = column_of(view, header)
    return [row[column] for row in shown_cells(view)]


def test_mnkr_converts_every_amount_exactly_and_undo_brings_tkr_back(
    qtbot: QtBot, budget_path: Path
) -> None:
    window = _open(qtbot, budget_path, Section.DRIFT)
    editor = editor_of(window, Section.DRIFT, DriftbudgetEditor)
    combo = editor.unit_picker.combo
    assert (combo.currentText(), combo.toolTip()) == ("tkr", TOOLTIP)
    assert TOOLTIP == "Byter enhet och räknar om alla belopp i tabellen"
    assert editor.caption_label.text() == "<i>Nettobelopp i tkr</i>"
    # From the keyboard: Tab reaches the combo box, the arrow key chooses mnkr.
    assert combo.focusPolicy() & Qt.FocusPolicy.TabFocus
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "mnkr"
    assert _drift_amounts(budget_path) == [Decimal("1.307"), Decimal(2), Decimal(3)]
    assert on_disk(budget_path).uppgifter.enhet_drift is BeloppEnhet.MNKR
    # One number of decimals for the table: three, since 1,307 has three.
    assert _cells(editor.view, "Budget 2026") == ["1,307", "2,000", "3,307", "3,000", "-0,307"]
    assert editor.caption_label.text() == "<i>Nettobelopp i mnkr</i>"
    view = editor.view
    diff = view.model().index(4, column_of(view, "Budget 2026"))
    tooltip = diff.data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "Nettokostnaden är 0,307 mnkr över KF:s ram för 2026."
    context = context_of(window)
    assert context.undo_stack.undoText() == "Byt enhet till mnkr"
    view.setFocus()
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert _drift_amounts(budget_path) == [Decimal(1307), Decimal(2000), Decimal(3000)]
    assert combo.currentText() == "tkr"
    tkr = ["1\u00a0307", "2\u00a0000", "3\u00a0307", "3\u00a0000", "-307"]
    assert _cells(editor.view, "Budget 2026") == tkr
    assert "307 tkr över KF:s ram" in diff.data(Qt.ItemDataRole.ToolTipRole)


def test_decimals_are_typed_in_mnkr(qtbot: QtBot, budget_path: Path) -> None:
    window = _open(qtbot, budget_path, Section.DRIFT)
    editor = editor_of(window, Section.DRIFT, DriftbudgetEditor)
    editor.unit_picker.combo.setFocus()
    qtbot.keyClick(editor.unit_picker.combo, Qt.Key.Key_Down)
    view = editor.view
    edit_cell(qtbot, view, 0, column_of(view, "Budget 2026"), "12,35")
    assert _drift_amounts(budget_path)[0] == Decimal("12.35")
    assert _cells(view, "Budget 2026")[:3] == ["12,35", "2,00", "14,35"]  # the table's two
    messages: list[str] = []
    context_of(window).failed.connect(messages.append)
    model = view.model()
    assert not model.setData(model.index(0, column_of(view, "Budget 2026")), "12,3456")
    assert messages and "högst 3 decimaler" in messages[-1]
    assert _drift_amounts(budget_path)[0] == Decimal("12.35")


def test_a_total_typed_on_nettokostnad_is_kept_as_given(qtbot: QtBot, budget_path: Path) -> None:
    window = _open(qtbot, budget_path, Section.DRIFT)
    context = context_of(window)
    view = editor_of(window, Section.DRIFT, DriftbudgetEditor).view
    column = column_of(view, "Budget 2026")
    total = view.model().index(2, column)
    assert total.data() == "3\u00a0307"
    assert not total.data(Qt.ItemDataRole.FontRole).italic()
    # F2 and Enter on the rows' sum changes nothing: the total stays the rows'.
    edit_cell(qtbot, view, 2, column, "3 307")
    assert context.undo_stack.count() == 0
    edit_cell(qtbot, view, 2, column, "3 400")
    plan = on_disk(budget_path)
    assert plan.kolumner(BudgetTabell.DRIFT)[3].angiven_summa == Decimal(3400)
    assert total.data() == "3\u00a0400"
    assert total.data(Qt.ItemDataRole.FontRole).italic()
    assert total.data(Qt.ItemDataRole.ToolTipRole) == "Angiven summa. Radernas summa är 3\u00a0307."
    assert view.model().index(4, column).data() == "-400"  # the ram against the printed total
    # Emptying the cell gives the total back to the rows.
    view.setCurrentIndex(total)
    press(qtbot, Qt.Key.Key_Delete)
    assert on_disk(budget_path).kolumner(BudgetTabell.DRIFT)[3].angiven_summa is None
    assert total.data() == "3\u00a0307"
    assert not total.data(Qt.ItemDataRole.FontRole).italic()
    assert total.data(Qt.ItemDataRole.ToolTipRole) is None


def test_summa_netto_takes_a_given_total(qtbot: QtBot, budget_path: Path) -> None:
    window = _open(qtbot, budget_path, Section.RESULTAT)
    view = editor_of(window, Section.RESULTAT, ResultatEditor).view
    column = column_of(view, "Budget 2025")
    names = [row[0] for row in shown_cells(view)]
    assert names[0] == "Bibliotek intäkter" and view.model().headerData(
        0, Qt.Orientation.Horizontal
    ) == ("Resultaträkning, tkr")
    netto = names.index("Summa netto")
    assert not view.model().flags(view.model().index(names.index("Summa intäkter"), column)) & (
        Qt.ItemFlag.ItemIsEditable
    )
    edit_cell(qtbot, view, netto, column, "-805")
    assert on_disk(budget_path).kolumner(BudgetTabell.RESULTAT)[1].angiven_summa == Decimal(-805)
    cell = view.model().index(netto, column)
    assert (cell.data(), cell.data(Qt.ItemDataRole.ToolTipRole)) == (
        "-805",
        "Angiven summa. Radernas summa är -800.",
    )


def _choose_column(
    qtbot: QtBot, kind: str, year: int
) -> tuple[Callable[[QWidget], None], list[list[str]]]:
    """An answer to the Ny kolumn dialog: ``kind`` and ``year`` chosen, then Lägg till."""
    offered: list[list[str]] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, BudgetColumnDialog)
        offered.append([dialog.slag.itemText(n) for n in range(dialog.slag.count())])
        dialog.slag.setCurrentIndex(dialog.slag.findText(kind))
        dialog.year.setValue(year)
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok.text() == "Lägg till"
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    return fill, offered


def test_an_avvikelse_column_is_computed_and_read_only(qtbot: QtBot, budget_path: Path) -> None:
    window = _open(qtbot, budget_path, Section.RESULTAT)
    editor = editor_of(window, Section.RESULTAT, ResultatEditor)
    fill, offered = _choose_column(qtbot, "Avvikelse", 2025)
    assert click_and_answer(qtbot, editor.add_column_button, fill) == ["Ny kolumn"]
    assert offered == [list(KOLUMN_SLAG_LABELS.values())]
    assert "Utfall" in offered[0] and "Avvikelse" in offered[0]
    view = editor.view
    # Prognos 2025 − Budget 2025 in the resultaträkning (kostnader negative, so a negative
    # avvikelse is worse than budget, as in the driftbudget), line by line and for the sums.
    assert _cells(view, "Avvikelse 2025") == ["-10", "-50", "-60", "-10", "-50", "-60"]
    model = view.model()
    column = column_of(view, "Avvikelse 2025")
    for row in range(model.rowCount()):
        cell = model.index(row, column)
        assert not model.flags(cell) & Qt.ItemFlag.ItemIsEditable
        assert cell.data(Qt.ItemDataRole.ToolTipRole) == (
            "Räknas fram: Prognos 2025 − Budget 2025. Skrivs inte in."
        )
    plan = on_disk(budget_path)
    assert [c.rubrik for c in plan.kolumner(BudgetTabell.RESULTAT)][:4] == [
        "Bokslut 2024",
        "Budget 2025",
        "Prognos 2025",
        "Avvikelse 2025",
    ]
    # A paste over it leaves it out; typing the Prognos changes the avvikelse at once.
    edit_cell(qtbot, view, 0, column_of(view, "Prognos 2025"), "95")
    assert _cells(view, "Avvikelse 2025")[0] == "-5"
    ModelTester(qtbot).check(model)


def test_removing_a_column_asks_for_a_cell_in_it(qtbot: QtBot, budget_path: Path) -> None:
    window = _open(qtbot, budget_path, Section.DRIFT)
    editor = editor_of(window, Section.DRIFT, DriftbudgetEditor)
    view = editor.view
    view.setCurrentIndex(view.model().index(0, 0))
    click(qtbot, editor.remove_column_button)
    assert workspace_of(window).message.text() == "Välj en cell i kolumnen som ska tas bort."
    view.setCurrentIndex(view.model().index(0, column_of(view, "Bokslut 2023")))
    click(qtbot, editor.remove_column_button)
    assert "Bokslut 2023" not in [
        c.rubrik for c in on_disk(budget_path).kolumner(BudgetTabell.DRIFT)
    ]
    assert context_of(window).undo_stack.undoText() == "Ta bort kolumnen Bokslut 2023"


def test_investments_have_an_outcome_and_history_years(qtbot: QtBot, budget_path: Path) -> None:
    window = _open(qtbot, budget_path, Section.INVESTERINGAR)
    editor = editor_of(window, Section.INVESTERINGAR, InvesteringEditor)
    view = editor.view
    model = view.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    plan_years = [f"Plan {year}" for year in range(2027, 2031)]
    assert headers == ["Projekt", "Projektnummer", "Budget 2026", *plan_years]
    # Visa utfall puts an Utfall column after each year's.
    assert not editor.utfall_box.isChecked()
    click(qtbot, editor.utfall_box)
    assert column_of(view, "Utfall 2026") == column_of(view, "Budget 2026") + 1
    edit_cell(qtbot, view, 0, column_of(view, "Utfall 2026"), "1 250,5")
    project = on_disk(budget_path).investeringar[0]
    assert (project.utfall, project.belopp) == ({2026: Decimal("1250.5")}, {})
    assert _cells(view, "Utfall 2026") == ["1\u00a0250,5", "1\u00a0250,5"]
    # A year before the plan: asked for, its columns shown, its figures typed.
    messages: list[str] = []
    context_of(window).failed.connect(messages.append)
    click_and_answer(qtbot, editor.history_button, typed_answer(qtbot, "2026"))
    assert messages[-1] == (
        "2026 är inget tidigare år: investeringarna börjar 2026. Skriv ett år före 2026."
    )
    click_and_answer(qtbot, editor.history_button, typed_answer(qtbot, "förra"))
    assert messages[-1].startswith("”förra” är inget årtal.")
    assert click_and_answer(qtbot, editor.history_button, typed_answer(qtbot, "2024")) == [
        "Lägg till tidigare år"
    ]
    assert view.currentIndex().column() == column_of(view, "Budget 2024")
    assert column_of(view, "Utfall 2024") < column_of(view, "Budget 2026")
    edit_cell(qtbot, view, 0, column_of(view, "Utfall 2024"), "800")
    edit_cell(qtbot, view, 0, column_of(view, "Budget 2024"), "750")
    project = on_disk(budget_path).investeringar[0]
    assert (project.belopp, project.utfall[2024]) == ({2024: Decimal(750)}, Decimal(800))
    assert context_of(window).undo_stack.undoText() == "Ändra Skolgård 2024"
    # Hidden again, the outcomes stay in the plan; a new window shows them at once.
    click(qtbot, editor.utfall_box)
    with pytest.raises(AssertionError):
        column_of(view, "Utfall 2024")
    assert on_disk(budget_path).investeringar[0].utfall == {
        2024: Decimal(800),
        2026: Decimal("1250.5"),
    }
    QApplication.processEvents()
    ModelTester(qtbot).check(view.model())


def test_the_unit_of_the_investments_is_their_own(qtbot: QtBot, budget_path: Path) -> None:
    with PlanDocument.open(budget_path) as doc:
        project = read_plan(doc).investeringar[0].id
        values.set_investment_amount(doc, project, 2026, 1500)
    window = _open(qtbot, budget_path, Section.INVESTERINGAR)
    editor = editor_of(window, Section.INVESTERINGAR, InvesteringEditor)
    combo = editor.unit_picker.combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert on_disk(budget_path).investeringar[0].belopp == {2026: Decimal("1.5")}
    assert on_disk(budget_path).uppgifter.enhet_drift is BeloppEnhet.TKR
    assert _cells(editor.view, "Budget 2026") == ["1,5", "1,5"]
    assert editor.caption_label.text() == "<i>Investeringsutgifter i mnkr</i>"
    model = editor.view.model()
    assert model.index(0, column_of(editor.view, "Budget 2026")).data(
        Qt.ItemDataRole.AccessibleTextRole
    ) == ("Budget 2026, mnkr: 1,5")


def test_a_unit_that_cannot_be_converted_exactly_stays(qtbot: QtBot, budget_path: Path) -> None:
    """0,5 tkr is 0,0005 mnkr: refused with the service's message, the combo shows tkr again."""
    with PlanDocument.open(budget_path) as doc:
        plan = read_plan(doc)
        values.set_drift_amount(
            doc,
            plan.driftbudget[0].id,
            _column(plan, BudgetTabell.DRIFT, "Plan 2027"),
            Decimal("0.5"),
        )
    window = _open(qtbot, budget_path, Section.DRIFT)
    editor = editor_of(window, Section.DRIFT, DriftbudgetEditor)
    combo = editor.unit_picker.combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "tkr"
    assert "kan inte räknas om exakt" in workspace_of(window).message.text()
    assert on_disk(budget_path).uppgifter.enhet_drift is BeloppEnhet.TKR
    assert context_of(window).undo_stack.count() == 0


def test_the_finding_of_a_given_total_goes_to_its_cell(qtbot: QtBot, budget_path: Path) -> None:
    from vplan_desktop.validation import validate

    with PlanDocument.open(budget_path) as doc:
        plan = read_plan(doc)
        values.set_column_total(doc, _column(plan, BudgetTabell.DRIFT, "Budget 2026"), 3400)
    window = _open(qtbot, budget_path, Section.DRIFT)
    editor = editor_of(window, Section.DRIFT, DriftbudgetEditor)
    (finding,) = [f for f in validate(context_of(window).plan) if f.rule == "budget.summa"]
    editor.focus_finding(finding)
    current = editor.view.currentIndex()
    assert (current.row(), current.column()) == (2, column_of(editor.view, "Budget 2026"))


def test_the_resultatrakning_by_cost_type(qtbot: QtBot, budget_path: Path) -> None:
    window = _open(qtbot, budget_path, Section.RESULTAT)
    panel = editor_of(window, Section.RESULTAT, ResultatEditor).cost_types
    view = panel.view
    assert [row[0] for row in shown_cells(view)] == ["Nettokostnad"]
    for name in ("Intäkter", "Personalkostnader"):
        seen = click_and_answer(qtbot, panel.add_button, typed_answer(qtbot, name))
        assert seen == ["Nytt kostnadsslag"]
    assert [row[0] for row in shown_cells(view)] == [
        "Intäkter",
        "Personalkostnader",
        "Nettokostnad",
    ]
    column = column_of(view, "Budget 2026")
    edit_cell(qtbot, view, 0, column, "120")
    edit_cell(qtbot, view, 1, column, "-1 020,5")
    # A tkr table shows decimals once an amount has them, and then on every amount.
    assert _cells(view, "Budget 2026") == ["120,0", "-1\u00a0020,5", "-900,5"]
    lines = on_disk(budget_path).kostnadsslag
    budget_2026 = _column(on_disk(budget_path), BudgetTabell.RESULTAT, "Budget 2026")
    assert [(r.namn, r.belopp) for r in lines] == [
        ("Intäkter", {budget_2026: Decimal(120)}),
        ("Personalkostnader", {budget_2026: Decimal("-1020.5")}),
    ]
    assert not view.model().flags(view.model().index(2, column)) & Qt.ItemFlag.ItemIsEditable
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert _cells(view, "Budget 2026")[1] == ""
    assert view.currentIndex().row() == 1  # the undo shows the row it changed
    view.setCurrentIndex(view.model().index(0, 0))
    click(qtbot, panel.remove_button)
    assert [r.namn for r in on_disk(budget_path).kostnadsslag] == ["Personalkostnader"]
    ModelTester(qtbot).check(view.model())


def test_the_cost_types_follow_the_resultatraknings_unit(qtbot: QtBot, budget_path: Path) -> None:
    with PlanDocument.open(budget_path) as doc:
        line = items.add_item(doc, ItemKind.KOSTNADSSLAG_RAD, {"namn": "Personal"}).item_id
        assert line is not None
        column = _column(read_plan(doc), BudgetTabell.RESULTAT, "Budget 2026")
        values.set_cost_type_amount(doc, line, column, -1500)
    window = _open(qtbot, budget_path, Section.RESULTAT)
    editor = editor_of(window, Section.RESULTAT, ResultatEditor)
    editor.unit_picker.combo.setFocus()
    qtbot.keyClick(editor.unit_picker.combo, Qt.Key.Key_Down)
    assert on_disk(budget_path).uppgifter.enhet_resultat is BeloppEnhet.MNKR
    assert _cells(editor.cost_types.view, "Budget 2026") == ["-1,5", "-1,5"]


def test_the_resultatrakning_may_be_left_unsummed_and_undo_sums_it_again(
    qtbot: QtBot, budget_path: Path
) -> None:
    window = _open(qtbot, budget_path, Section.RESULTAT)
    editor = editor_of(window, Section.RESULTAT, ResultatEditor)
    box = editor.summed_box
    assert box.isChecked() and box.text() == "&Summera verksamheterna"
    first = [row[0] for row in shown_cells(editor.view)]
    assert first[-3:] == ["Summa intäkter", "Summa kostnader", "Summa netto"]
    # Alt+S, as its label says, turns the sums off: the rows go, the plan file says so.
    editor.view.setFocus()
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not box.isChecked())  # a mnemonic clicks as the mouse would
    assert on_disk(budget_path).uppgifter.summa_resultat is False
    assert [row[0] for row in shown_cells(editor.view)] == first[:-3]
    ModelTester(qtbot).check(editor.view.model())
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert box.isChecked() and on_disk(budget_path).uppgifter.summa_resultat
    assert [row[0] for row in shown_cells(editor.view)] == first

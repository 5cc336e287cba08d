"""Whole Word plans in the shapes municipalities write (tests/word_shapes_*.py) import with at
least 90 % of their items – goals, indicators, activities, budget rows, key figures, controls,
assessments – in the right place with the right figures, and at least 80 % of each kind; no
text of the source is lost; deleted text, field instructions, the table of contents and page
headers never reach the plan; the cover page gives the front matter; the report names the
document's comments and every totals row that does not add up.

Each document is imported once (``imported``) through the public API with nothing but the
document and the target, as a user runs ``vplan import-docx``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.word_rate import (
    front_problems,
    goal_names,
    lost_texts,
    norm,
    numbers_in,
    plan_texts,
    rate,
    source_texts,
    texts_in,
)
from tests.word_shapes import BUILDERS, Expected
from tests.word_shapes_model import Activity, BudgetRow, Front
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.domain import PlanSnapshot
from vplan_desktop.errors import VplanError
from vplan_desktop.imports.word import import_word
from vplan_desktop.services.read import read_plan


@dataclass
class Imported:
    source: Path
    expected: Expected
    plan: PlanSnapshot | None
    report: list[str]
    refused: str
    """The import's message when it refused the document; "" when it imported it."""

    def checked(self) -> PlanSnapshot:
        if self.plan is None:
            pytest.fail(f"{self.expected.name}: importen vägrade: {self.refused}")
        return self.plan


@pytest.fixture(scope="module", params=list(BUILDERS))
def imported(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Imported:
    name: str = request.param
    folder = tmp_path_factory.mktemp("korpus")
    source = folder / f"{name}.docx"
    expected = BUILDERS[name](source)
    target = folder / f"{name}.vplan"
    try:
        result = import_word(source, target)
    except VplanError as error:
        return Imported(source, expected, None, [], str(error))
    with PlanDocument.open(target, read_only=True) as doc:
        plan = read_plan(doc)
    return Imported(source, expected, plan, list(result.report), "")


def test_items_are_recognised(imported: Imported) -> None:
    found = rate(imported.expected, imported.checked())
    summary = ", ".join(
        f"{kind} {found.found.get(kind, 0)}/{found.total[kind]}" for kind in found.kinds()
    )
    missing = "\n  ".join(found.missing)
    message = f"{imported.expected.name}: {found.overall:.0%} ({summary})\n  {missing}"
    assert found.overall >= 0.9, message
    assert all(found.of(kind) >= 0.8 for kind in found.kinds()), message


def test_no_source_text_is_lost(imported: Imported) -> None:
    plan = imported.checked()
    sources = source_texts(imported.source)
    lost = lost_texts(sources, plan_texts(plan), imported.expected, goal_names(plan))
    shown = "\n  ".join(text[:100] for text in lost)
    assert lost == [], f"{imported.expected.name}: {len(lost)} texter saknas i planen:\n  {shown}"


def test_what_must_not_be_imported_is_not(imported: Imported) -> None:
    present = list(texts_in(plan_texts(imported.checked()), imported.expected.absent))
    assert present == []


def test_front_matter(imported: Imported) -> None:
    assert front_problems(imported.expected.front, imported.checked()) == []


def test_report_names_comments_and_wrong_totals(imported: Imported) -> None:
    imported.checked()
    report = norm(" ".join(imported.report))
    unnamed = [c for c in imported.expected.comments if norm(c) not in report]
    assert unnamed == [], "kommentarer som rapporten inte nämner"
    for printed, computed in imported.expected.wrong_totals:
        assert any({printed, computed} <= numbers_in(line) for line in imported.report), (
            f"summaraden {printed} (raderna ger {computed}) nämns inte i rapporten"
        )


def test_the_measure_counts_only_the_right_figures(example_path: Path) -> None:
    """The instrument itself, on vplan's example plan: an item with the plan's own name and
    figures is recognised (names compared without case), the same item with one figure wrong
    is not and says why; a sentence the plan does not hold is lost, a printed amount of the
    plan is not."""
    with PlanDocument.open(example_path, read_only=True) as doc:
        plan = read_plan(doc)
    activity = next(a for a in plan.aktiviteter if a.ansvarig and a.slutdatum)
    units = {v.id: v.namn for v in plan.verksamheter}
    columns = {c.id: (c.slag.value, c.ar) for c in plan.budgetkolumner}
    row = plan.driftbudget[0]
    amounts = {columns[c]: v for c, v in row.belopp.items() if v is not None}
    unit = units[row.verksamhet_id]
    front = Front(plan.uppgifter.namnd, plan.uppgifter.kommun, 2000, 2000)
    right = Expected(
        "rätt",
        front,
        activities=[Activity(activity.namn.upper(), activity.ansvarig, activity.slutdatum)],
        budget=[BudgetRow("drift", f" {unit} ", amounts)],
    )
    assert rate(right, plan).missing == []
    first = next(iter(amounts))
    wrong = Expected(
        "fel",
        front,
        activities=[Activity(activity.namn, "Någon annan", activity.slutdatum)],
        budget=[BudgetRow("drift", unit, {**amounts, first: amounts[first] + 1})],
    )
    found = rate(wrong, plan)
    assert found.found == {} and found.total == {"aktivitet": 1, "drift": 1}
    assert "ansvarig" in found.missing[0] and "belopp" in found.missing[1]
    texts = plan_texts(plan)
    printed = f"{amounts[first]:,}".replace(",", "\u00a0")
    sentence = "Nämnden inför gratis glass på alla boenden."
    assert lost_texts([activity.namn, printed, sentence], texts, right) == [sentence]

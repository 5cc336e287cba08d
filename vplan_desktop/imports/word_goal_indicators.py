"""A goal table's indicator rows (``word_goal_read``): an indicator from each row – its name and
source, unit, nuläge, targets and outcomes per year, long-term target, notes – or one per line
of a name cell holding several; "Målet i ord" rows give the goal's target in words."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from vplan_desktop.imports.word_baseline_gap import baseline_column
from vplan_desktop.imports.word_build import Builder, TableView
from vplan_desktop.imports.word_dash_legend import zero_dashes
from vplan_desktop.imports.word_goal_activities import ROLES as ACTIVITY_ROLES
from vplan_desktop.imports.word_goal_assess import assess
from vplan_desktop.imports.word_goal_line_cells import figures_from_line, indicator_line
from vplan_desktop.imports.word_goal_restated import place_indicator
from vplan_desktop.imports.word_indicator_cells import (
    dated_value,
    every_year,
    gap_words,
    name_and_source,
    no_figure,
    nulage_outcome_year,
)
from vplan_desktop.imports.word_indicator_twins import earlier_indicator
from vplan_desktop.imports.word_indicator_unit import indicator_unit, strip_unit
from vplan_desktop.imports.word_matrix_cells import (
    GOAL_ROLES,
    Unpaired,
    put_target,
    row_value_lines,
    year_cell_targets,
)
from vplan_desktop.imports.word_measure_year import no_figure_in
from vplan_desktop.imports.word_measured_period import measured_periods, without_periods
from vplan_desktop.imports.word_nulage_year import with_nulage_year
from vplan_desktop.imports.word_part_year import outcome_columns
from vplan_desktop.imports.word_school_year import year_in
from vplan_desktop.imports.word_stat_symbols import estimates, plain_figures
from vplan_desktop.imports.word_table import Row
from vplan_desktop.imports.word_text import cell_target, cell_value

IN_WORDS = re.compile(r"^(?:målet|mål|målnivå(?:n|er)?)\s+i\s+ord\b", re.IGNORECASE)
"""A row naming the goal's target in words per year, not an indicator."""


def _one_per_line(view: TableView, row: Row) -> list[list[str]]:
    """The row's cells; a name cell holding several indicators, one per paragraph ("Andel
    nöjda … ¶ Antal möten …"), gives one row each, with the values of columns that have as
    many values (paragraphs, soft-broken lines, year groups: ``word_matrix_cells``)."""
    name = view.col("namn")
    lines = row.lines[name] if name is not None and name < len(row.lines) else ()
    values = [
        i
        for i, role in enumerate(view.roles)
        if i != name and role not in ("grupp", *GOAL_ROLES, *ACTIVITY_ROLES)
    ]
    filled = [i for i in values if i < len(row.cells) and row.cells[i]]
    own = row_value_lines(view, row, filled, len(lines))  # "2027: 76 %" lines per indicator
    alike = all(len(own[i]) == len(lines) for i in filled)
    plain = all(len(t) <= 150 and t[:1].isupper() and not t.endswith(":") for t in lines)
    if name is None or len(lines) < 2 or not plain:
        return [row.cells]
    if filled and not alike:  # values not one per indicator: kept as the row's words
        return [Unpaired(row.cells, lines)]
    out = []
    for n, line in enumerate(lines):
        cells = ["" if i in filled else c for i, c in enumerate(row.cells)]
        cells[name] = line
        for i in filled:
            cells[i] = own[i][n]
        out.append(cells)
    return out


def _indicator(
    view: TableView,
    b: Builder,
    goal: dict[str, Any] | None,
    cells: list[str],
    made: set[int],
) -> None:
    """An indicator of ``goal`` from one row; one named alike in an earlier table (a summary
    before the goals' own tables) is the same indicator, ``made`` are this table's own."""
    if goal is None:
        return
    if isinstance(cells, Unpaired):  # values not one per indicator: the report says so
        b.report(cells.report())
    name, source, kolada = name_and_source(view.cell(cells, "namn"))
    if not name:
        return
    roles = view.roles[: len(cells)]
    cells, yearly = year_cell_targets(view, with_nulage_year(view, cells))  # "… | År"
    figured = bool(yearly) or any(
        c for c, r in zip(cells, roles, strict=False) if ":" in r or r == "nulage"
    )
    lined = None if figured else indicator_line(name)  # "Andel … (2025: 86 %, mål 2027: 90 %)"
    name = lined["namn"] if lined is not None else name
    if IN_WORDS.match(name):  # "Målet i ord": the goal's target in words per year
        for index, role in enumerate(view.roles):
            if role.startswith("mal:") and index < len(cells) and cells[index]:
                goal["arstexter"][role[4:]] = cells[index][:2000]
        return
    same = earlier_indicator(goal, name, made, view, cells)  # or another verksamhet's
    indicator: dict[str, Any] = same or {
        "id": b.next_id(),
        "namn": name,
        "att_granska": True,
        "malnivaer": {},
        "utfall": {},
    }
    if source:  # "Källa: …" under the name: the indicator's source
        indicator["kalla"], indicator["kolada_id"] = source[:300], kolada
    elif column_source := view.cell(cells, "kalla"):
        indicator["kalla"] = column_source[:300]
    if kolada and not source:  # "Besök … (N09410)": a Kolada key figure
        indicator["kolada_id"] = kolada
        indicator["kalla"] = indicator.get("kalla") or "Kolada"
    estimated = estimates(view.headers, view.roles, cells)  # "ca 45 %": kept in words too
    measured = measured_periods(view.headers, view.roles, cells)  # "89 % (juli)"
    cells = without_periods(cells, view.roles)
    gap = gap_words(view.headers, baseline_column(view), cells)  # "Nytt mått": no nuläge
    cells = plain_figures(cells, view.roles)  # "88 %*", "ca 45 %": the figure alone
    cells = zero_dashes(cells, view.roles) if b.dash_zero else cells
    values = [c for i, c in enumerate(cells) if i < len(view.roles) and ":" in view.roles[i]]
    values += yearly.values()
    unit = indicator_unit(name, view.cell(cells, "enhet"), values, view.cell(cells, "nulage"))
    cells = [strip_unit(c, unit) for c in cells]  # "31 dagar": the figure without its unit
    indicator["enhet"] = unit[:40] or indicator.get("enhet", "")
    if (nulage := view.cell(cells, "nulage")) and not no_figure(nulage):
        column = view.col("nulage")
        found = year_in(view.headers[column]) if column is not None else None
        given, nulage = dated_value(nulage)  # "21 % (2025)", "2024: 71"
        year_text = str(given) if given else str(found) if found else ""
        indicator["nulage"] = {
            "ar": int(year_text) if year_text else None,
            "varde": cell_value(nulage),
            "ar_malniva": False,
        }
        if column is not None and (seen := nulage_outcome_year(view.headers[column])):
            indicator["utfall"].setdefault(str(seen), indicator["nulage"]["varde"])
    for index, role in enumerate(view.roles):
        if ":" not in role or index >= len(cells) or no_figure_in(cells[index], role):
            continue
        kind, year = role.split(":")
        if kind == "mal":
            target = every_year(cells[index])  # "minst 80 % årligen": each year of the plan
            value, jamforare = cell_target(target or cells[index])
            first, last = view.context.first_year, view.context.last_year
            spread = [str(y) for y in range(first, last + 1)] if target else []
            for at in [*(y for y in spread if y not in indicator["malnivaer"]), year]:
                put_target(indicator, at, value, jamforare)
        elif kind in ("utfall", "bokslut"):  # "72 % (2024)" under "Utfall 2025": 2024's
            given, figure = dated_value(cells[index])
            indicator["utfall"][str(given or year)] = cell_value(figure)
    for year, text in yearly.items():  # a "Målvärden" cell's "2027: 76 %" lines
        put_target(indicator, year, *cell_target(strip_unit(text, unit)))
    if "nulage" not in indicator and not view.context.follow_up and indicator["utfall"]:
        # a plan's "Utfall 2025" before the plan's years: where the indicator stands now
        latest = max(indicator["utfall"])
        if int(latest) < view.context.first_year:
            indicator["nulage"] = {
                "ar": int(latest),
                "varde": indicator["utfall"][latest],
                "ar_malniva": False,
            }
            outcomes = outcome_columns(view.headers, view.roles)
            if len(outcomes) == 1:  # the table's one figure before the plan: its nuläge
                indicator["utfall"] = {}
    if long_term := view.cell(cells, "langsiktigt"):
        value, jamforare = cell_target(long_term)
        indicator["langsiktigt"] = value
        indicator["langsiktigt_jamforare"] = None if jamforare is None else jamforare.value
    if lined is not None:
        figures_from_line(indicator, lined)
    if same is None:
        place_indicator(goal, indicator, b.summarised)
        made.add(indicator["id"])
    notes = "\n".join(
        t
        for t in (view.cell(cells, "kommentar"), view.others(cells), estimated, measured, gap)
        if t
    )
    assessment = view.cell(cells, "bedomning")
    if view.context.follow_up and (assessment or notes or indicator["utfall"]):
        period = b.follow_up()
        year = str(period["ar"])
        if year in indicator["utfall"] and isinstance(indicator["utfall"][year], Decimal | str):
            period["indikatorer"].append(
                {
                    "indikator_id": indicator["id"],
                    "varde": indicator["utfall"][year],
                    "kommentar": notes,
                }
            )
            notes = ""
        if assessment:  # one differing from the goal's own is the indicator's: named so
            held = next((m for m in period["mal"] if m["namndsmal_id"] == goal["id"]), None)
            other = held is not None and assessment not in held["bedomning"]
            assess(period, goal, f"{name}: {assessment}" if other else assessment)
    elif assessment:  # an assessment in a plan: kept with the goal's description
        notes = "\n".join(t for t in (notes, f"Bedömning: {assessment}") if t)
    if notes:
        goal["beskrivning"] = "\n\n".join(t for t in (goal["beskrivning"], f"{name}: {notes}") if t)

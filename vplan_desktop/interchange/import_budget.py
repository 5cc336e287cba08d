"""The budget's tables of a JSON plan written into the new plan file: columns, driftbudget and
resultaträkning rows, KF:s ram, cost types and investments (each problem noted, as for the
rest of the plan)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from vplan_desktop import domain as d
from vplan_desktop.db import models as m
from vplan_desktop.db.enums import BudgetTabell, KolumnSlag
from vplan_desktop.numbers import item_name
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import kinds
from vplan_desktop.services import values as values_module
from vplan_desktop.services.values import RESULTAT_FIELDS, RESULTAT_LABELS

if TYPE_CHECKING:
    from vplan_desktop.interchange.importing import Importer


def budget(imp: Importer, table: BudgetTabell, data: dict[str, Any], path: list[Any]) -> None:
    columns: dict[str, m.BudgetKolumn] = {}
    for index, column in enumerate(data.get("kolumner", [])):
        key = f"{column['slag']}-{column['ar']}"
        if key in columns:
            imp.problem([*path, "kolumner", index], f"kolumnen {key} förekommer två gånger")
            continue
        if column["slag"] == KolumnSlag.AVVIKELSE and column.get("angiven_summa") is not None:
            imp.problem([*path, "kolumner", index, "angiven_summa"], "en avvikelse räknas fram")
        columns[key] = m.BudgetKolumn(
            tabell=table,
            slag=KolumnSlag(column["slag"]),
            ar=column["ar"],
            anmarkning=column.get("anmarkning", ""),
            ordning=index,
            angiven_summa=imp.amount(
                column.get("angiven_summa"),
                [*path, "kolumner", index, "angiven_summa"],
                f"Summan för kolumnen {key}",
            ),
        )
        imp.session.add(columns[key])
    imp.session.flush()
    rows_seen: set[int] = set()
    for index, row in enumerate(data.get("rader", [])):
        row_path = [*path, "rader", index]
        if (
            imp.field(
                ItemKind.DRIFTBUDGET_RAD,
                "verksamhet_id",
                row["verksamhet_id"],
                [*row_path, "verksamhet_id"],
            )
            is None
        ):
            continue
        if row["verksamhet_id"] in rows_seen:
            imp.problem([*row_path, "verksamhet_id"], "verksamheten har redan en rad")
            continue
        rows_seen.add(row["verksamhet_id"])
        model: Any = m.DriftbudgetRad if table is BudgetTabell.DRIFT else m.ResultatRad
        created = imp.add(
            model(
                verksamhet_id=row["verksamhet_id"],
                ordning=index,
                att_granska=row.get("att_granska", False),
            ),
            row,
        )
        for key, raw in row.get("belopp", {}).items():
            if key not in columns:
                imp.problem([*row_path, "belopp", key], "det finns ingen sådan kolumn")
                continue
            if columns[key].slag is KolumnSlag.AVVIKELSE:
                imp.problem([*row_path, "belopp", key], "en avvikelse räknas fram")
                continue
            cell = f"{imp.unit_name(row['verksamhet_id'])}, {column_name(columns[key])}"
            if table is BudgetTabell.DRIFT:
                amount = imp.amount(raw, [*row_path, "belopp", key], f"Beloppet för {cell}")
                if amount is not None:
                    imp.session.add(
                        m.DriftbudgetBelopp(
                            rad_id=created.id, kolumn_id=columns[key].id, belopp=amount
                        )
                    )
                continue
            amounts = {
                name: imp.amount(
                    raw.get(name),
                    [*row_path, "belopp", key, name],
                    f"{RESULTAT_LABELS[name]} för {cell}",
                )
                for name in RESULTAT_FIELDS
            }
            imp.session.add(
                m.ResultatBelopp(rad_id=created.id, kolumn_id=columns[key].id, **amounts)
            )
    years: set[int] = set()
    for index, ram in enumerate(data.get("kf_ram", [])):
        if ram["ar"] in years:
            imp.problem([*path, "kf_ram", index, "ar"], f"ramen för {ram['ar']} finns redan")
            continue
        years.add(ram["ar"])
        amount = imp.amount(
            ram["belopp"], [*path, "kf_ram", index, "belopp"], f"KF:s ram för {ram['ar']}"
        )
        if amount is not None:
            imp.session.add(m.KfRam(ar=ram["ar"], belopp=amount, beslut=ram.get("beslut", "")))
    imp.session.flush()
    cost_types(imp, data.get("kostnadsslag", []), columns, [*path, "kostnadsslag"])


def cost_types(
    imp: Importer, lines: list[dict[str, Any]], columns: dict[str, m.BudgetKolumn], path: list[Any]
) -> None:
    """The resultaträkning by cost type, on the resultaträkning's columns."""
    for index, line in enumerate(lines):
        values = imp.fields(ItemKind.KOSTNADSSLAG_RAD, line, [*path, index])
        if "namn" not in values:
            continue
        created = imp.add(m.KostnadsslagRad(**values, ordning=index), line)
        for key, raw in line.get("belopp", {}).items():
            where = [*path, index, "belopp", key]
            if key not in columns:
                imp.problem(where, "det finns ingen sådan kolumn")
                continue
            if columns[key].slag is KolumnSlag.AVVIKELSE:
                imp.problem(where, "en avvikelse räknas fram")
                continue
            label = f"Beloppet för {item_name(values['namn'])}, {column_name(columns[key])}"
            amount = imp.amount(raw, where, label)
            if amount is not None:
                imp.session.add(
                    m.KostnadsslagBelopp(
                        rad_id=created.id, kolumn_id=columns[key].id, belopp=amount
                    )
                )
    imp.session.flush()


def investments(imp: Importer, items: list[dict[str, Any]]) -> None:
    last = imp.forsta_ar + d.MAX_INVESTMENT_YEARS - 1
    for index, item in enumerate(items):
        values = imp.fields(ItemKind.INVESTERING, item, ["investeringar", index])
        if "projekt" not in values:
            continue
        created = imp.add(m.Investering(**values, ordning=index), item)
        figures: dict[int, dict[str, Any]] = {}
        for falt in ("belopp", "utfall"):
            for year, raw in item.get(falt, {}).items():
                where = ["investeringar", index, falt, year]
                if not kinds.MIN_YEAR <= int(year) <= last:
                    imp.problem(
                        where,
                        f"investeringar anges för åren {kinds.MIN_YEAR} till och med {last}",
                    )
                    continue
                label = f"{values_module.INVESTMENT_FIELDS[falt]} {year} för "
                amount = imp.amount(raw, where, label + item_name(values["projekt"]))
                if amount is not None:
                    figures.setdefault(int(year), {})[falt] = amount
        for year, given in figures.items():
            imp.session.add(m.InvesteringBelopp(investering_id=created.id, ar=year, **given))


def column_name(column: m.BudgetKolumn) -> str:
    return f"{d.KOLUMN_SLAG_LABELS[column.slag]} {column.ar}"

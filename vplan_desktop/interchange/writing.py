"""The plan written in the interchange format."""

from __future__ import annotations

import base64
import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import BudgetTabell, MalNiva
from vplan_desktop.db.files import replace_when_done
from vplan_desktop.errors import disk_full_as_error
from vplan_desktop.interchange.follow_up_json import period_json, scale_json
from vplan_desktop.interchange.formats import FORMAT, VERSION
from vplan_desktop.sections import Part
from vplan_desktop.services.read import read_plan

# --- export -----------------------------------------------------------------------------


def _number(value: Decimal) -> int | float:
    """A Decimal as a JSON number that reads back as the same Decimal.

    Values have at most 15 significant digits (see ``formatting.MAX_DIGITS``), which a double
    holds exactly in its shortest representation.
    """
    if value == value.to_integral_value() and value.as_tuple().exponent >= 0:  # type: ignore[operator]
        return int(value)
    return float(value)


def _value(value: d.Value) -> Any:
    return _number(value) if isinstance(value, Decimal) else value


def _date(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _review(item: object) -> dict[str, Any]:
    """The review mark, written only when set (so plans without one keep their JSON)."""
    return {"att_granska": True} if getattr(item, "att_granska", False) else {}


def _column_key(column: d.BudgetKolumn) -> str:
    return f"{column.slag.value}-{column.ar}"


def _columns(columns: list[d.BudgetKolumn]) -> list[dict[str, Any]]:
    return [
        {
            "slag": c.slag.value,
            "ar": c.ar,
            "anmarkning": c.anmarkning,
            **({} if c.angiven_summa is None else {"angiven_summa": _number(c.angiven_summa)}),
        }
        for c in columns
    ]


def _amounts(figures: dict[Any, Decimal | None]) -> dict[str, Any]:
    """Amounts keyed as JSON keys, as JSON numbers."""
    return {str(k): None if v is None else _number(v) for k, v in figures.items()}


def plan_to_json(plan: d.PlanSnapshot) -> dict[str, Any]:
    """The plan as a JSON-ready dict in the interchange format.

    Its keys are the parts of the snapshot (``sections.Part``); indicators, budget columns and
    KF:s ram are written inside their goal and table.
    """
    u = plan.uppgifter
    drift_columns = {c.id: c for c in plan.kolumner(BudgetTabell.DRIFT)}
    resultat_columns = {c.id: c for c in plan.kolumner(BudgetTabell.RESULTAT)}
    indicators: dict[int, list[d.Indikator]] = {}
    for indicator in plan.indikatorer:
        indicators.setdefault(indicator.namndsmal_id, []).append(indicator)

    def indicator_json(i: d.Indikator) -> dict[str, Any]:
        nulage = None
        if i.nulage_ar is not None or i.nulage is not None or i.nulage_ar_malniva:
            nulage = {
                "ar": i.nulage_ar,
                "varde": _value(i.nulage),
                "ar_malniva": i.nulage_ar_malniva,
            }
        return {
            "id": i.id,
            "namn": i.namn,
            "enhet": i.enhet,
            "riktning": i.riktning.value,
            "frekvens": None if i.frekvens is None else i.frekvens.value,
            "kalla": i.kalla,
            "kolada_id": i.kolada_id,
            "varje_ar": i.varje_ar,
            "nulage": nulage,
            "malnivaer": {str(y): _value(v) for y, v in sorted(i.malnivaer.items())},
            "utfall": {str(y): _value(v) for y, v in sorted(i.utfall.items())},
            "jamforelse": i.jamforelse,
            "jamforelser": {str(y): _value(v) for y, v in sorted(i.jamforelser.items())},
            "jamforare": {str(y): j.value for y, j in sorted(i.jamforare.items())},
            "langsiktigt": _value(i.langsiktigt),
            "langsiktigt_jamforare": (
                None if i.langsiktigt_jamforare is None else i.langsiktigt_jamforare.value
            ),
            **_review(i),
        }

    return {
        "format": FORMAT,
        "version": VERSION,
        Part.UPPGIFTER: {
            "kommun": u.kommun,
            "namnd": u.namnd,
            "forvaltning": u.forvaltning,
            "titel": u.titel,
            "forsta_ar": u.forsta_ar,
            "sista_ar": u.sista_ar,
            "ordforande": u.ordforande,
            "ordforande_parti": u.ordforande_parti,
            "forvaltningschef": u.forvaltningschef,
            "diarienummer": u.diarienummer,
            "status": None if u.status is None else u.status.value,
            "antagen_datum": _date(u.antagen_datum),
            "antagen_paragraf": u.antagen_paragraf,
            "malnivaer": {level.value: getattr(u, f"malniva_{level.value}") for level in MalNiva},
            "enheter": {
                "drift": u.enhet_drift.value,
                "resultat": u.enhet_resultat.value,
                "investering": u.enhet_investering.value,
            },
            "avvikelsegrans": _number(u.avvikelsegrans),
        },
        Part.RISKSKALA: {
            "storlek": plan.riskskala.storlek,
            "sannolikhet": list(plan.riskskala.sannolikhet),
            "konsekvens": list(plan.riskskala.konsekvens),
            "band": [
                {"till_och_med": b.till_och_med, "farg": b.farg, "namn": b.namn}
                for b in plan.riskskala.band
            ],
        },
        Part.KAPITEL: [
            {
                "id": k.id,
                "rubrik": k.rubrik,
                "text": k.text,
                "omvarldsanalys": k.omvarldsanalys,
                **_review(k),
            }
            for k in plan.kapitel
        ],
        Part.VERKSAMHETER: [{"id": v.id, "namn": v.namn} for v in plan.verksamheter],
        Part.MALOMRADEN: [
            {"id": a.id, "kod": a.kod, "namn": a.namn, "beskrivning": a.beskrivning, **_review(a)}
            for a in plan.malomraden
        ],
        Part.NAMNDSMAL: [
            {
                "id": g.id,
                "malomrade_id": g.malomrade_id,
                "overordnat_id": g.overordnat_id,
                "niva": g.niva.value,
                "kod": g.kod,
                "text": g.text,
                "beskrivning": g.beskrivning,
                "ansvarig": g.ansvarig,
                "foljs_upp_genom": g.foljs_upp_genom,
                "adressat": g.adressat,
                "arstexter": {str(y): t for y, t in sorted(g.arstexter.items())},
                "indikatorer": [indicator_json(i) for i in indicators.get(g.id, [])],
                **_review(g),
            }
            for g in plan.namndsmal
        ],
        Part.AKTIVITETER: [
            {
                "id": a.id,
                "namn": a.namn,
                "beskrivning": a.beskrivning,
                "namndsmal_id": a.namndsmal_id,
                "malomrade_id": a.malomrade_id,
                "ansvarig": a.ansvarig,
                "startdatum": _date(a.startdatum),
                "slutdatum": _date(a.slutdatum),
                "slutdatum_reviderat": _date(a.slutdatum_reviderat),
                "ar": a.ar,
                "status": None if a.status is None else a.status.value,
                "verksamhet_id": a.verksamhet_id,
                "kostnad_tkr": None if a.kostnad_tkr is None else _number(a.kostnad_tkr),
                "egen_tid": a.egen_tid,
                **({"overford_fran": a.overford_fran} if a.overford_fran is not None else {}),
                **_review(a),
            }
            for a in plan.aktiviteter
        ],
        Part.DRIFTBUDGET: {
            "kolumner": _columns(list(drift_columns.values())),
            "rader": [
                {
                    "id": r.id,
                    "verksamhet_id": r.verksamhet_id,
                    "belopp": _amounts(
                        {
                            _column_key(c): r.belopp[c.id]
                            for c in drift_columns.values()
                            if c.id in r.belopp
                        }
                    ),
                    **_review(r),
                }
                for r in plan.driftbudget
            ],
            "kf_ram": [
                {"ar": r.ar, "belopp": _number(r.belopp), "beslut": r.beslut} for r in plan.kf_ram
            ],
        },
        Part.RESULTATRAKNING: {
            "kolumner": _columns(list(resultat_columns.values())),
            "rader": [
                {
                    "id": r.id,
                    "verksamhet_id": r.verksamhet_id,
                    "belopp": {
                        _column_key(c): _amounts(
                            {
                                "intakter": r.belopp[c.id].intakter,
                                "kostnader": r.belopp[c.id].kostnader,
                                "netto": r.belopp[c.id].netto,
                            }
                        )
                        for c in resultat_columns.values()
                        if c.id in r.belopp
                    },
                    **_review(r),
                }
                for r in plan.resultatrakning
            ],
            "kostnadsslag": [
                {
                    "id": r.id,
                    "namn": r.namn,
                    "belopp": _amounts(
                        {
                            _column_key(c): r.belopp[c.id]
                            for c in resultat_columns.values()
                            if c.id in r.belopp
                        }
                    ),
                    **_review(r),
                }
                for r in plan.kostnadsslag
            ],
            # Written only when off, so that the plans summed as always keep their JSON.
            **({} if u.summa_resultat else {"summerad": False}),
        },
        Part.INVESTERINGAR: [
            {
                "id": i.id,
                "projekt": i.projekt,
                "projektnummer": i.projektnummer,
                "belopp": _amounts(dict(sorted(i.belopp.items()))),
                **({"utfall": _amounts(dict(sorted(i.utfall.items())))} if i.utfall else {}),
                **_review(i),
            }
            for i in plan.investeringar
        ],
        Part.NYCKELTAL: [
            {
                "id": t.id,
                "rubrik": t.rubrik,
                "enhet": t.enhet,
                "malomrade_id": t.malomrade_id,
                "frekvens": None if t.frekvens is None else t.frekvens.value,
                "fotnoter": t.fotnoter,
                "kolumner": [{"id": k.id, "rubrik": k.rubrik} for k in t.kolumner],
                "rader": [
                    {
                        "id": r.id,
                        "namn": r.namn,
                        "enhet": r.enhet,
                        "niva": r.niva,
                        "varden": {
                            str(k.id): _value(r.varden[k.id])
                            for k in t.kolumner
                            if k.id in r.varden
                        },
                    }
                    for r in t.rader
                ],
                **_review(t),
            }
            for t in plan.nyckeltal
        ],
        Part.INTERNKONTROLL: [
            {
                "id": r.id,
                "process": r.process,
                "risk": r.risk,
                "sannolikhet": r.sannolikhet,
                "konsekvens": r.konsekvens,
                "kontrollmoment": r.kontrollmoment,
                "kontrollansvar": r.kontrollansvar,
                "frekvens": r.frekvens,
                "metod": r.metod,
                "rapportering_till": r.rapportering_till,
                "rapportering_nar": r.rapportering_nar,
                **_review(r),
            }
            for r in plan.internkontroll
        ],
        Part.BILDER: [
            {
                "id": b.id,
                "namn": b.namn,
                "alt_text": b.alt_text,
                "data": base64.b64encode(b.data).decode("ascii"),
                **_review(b),
            }
            for b in plan.bilder
        ],
        Part.BEDOMNINGSSKALA: scale_json(plan),
        Part.UPPFOLJNINGAR: [period_json(p) for p in plan.uppfoljningar],
    }


def _default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return _number(value)
    raise TypeError(f"{type(value).__name__} kan inte skrivas som JSON")


def dumps(data: dict[str, Any]) -> str:
    """The interchange text: UTF-8 JSON, indented, keys in the order the format lists them."""
    return json.dumps(data, ensure_ascii=False, indent=2, default=_default) + "\n"


def export_json(doc: PlanDocument, out: Path) -> None:
    """Write the plan to ``out`` in the interchange format."""
    text = dumps(plan_to_json(read_plan(doc)))
    with disk_full_as_error(out.name), replace_when_done(out) as temp:
        temp.write_text(text, encoding="utf-8")

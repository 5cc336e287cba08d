"""Corpus document P: a vård- och omsorgsnämnd's three-year plan in "balanserad styrning": the
cover fields in typed content controls (plain text, one bound to the title property, a date
picker, a drop-down list and one still showing its placeholder), the perspectives Medborgare,
Medarbetare, Ekonomi and Verksamhet as Heading 2, under each a goal table "Nr | Nämndsmål |
Bedömning T2 2026 | Kommentar" whose status cells are only shaded (green, yellow, red, grey
for a new goal), then an indicator table linked to the goals by their number with a Kolada-ID
column and decimal commas, an activity table by goal number, and a resultatbudget and a
driftbudget in tkr with "Bokslut 2025 | Budget 2026 | Budget 2027 | Plan 2028 | Plan 2029",
thousands separated by spaces and negative amounts with "−" (U+2212)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from tests.word_shapes_docx import Writer, budget_rows, cell_text, sv
from tests.word_shapes_model import Activity, Assessment, Expected, Front, Goal, Indicator, Val
from tests.word_shapes_xml import append, p, r

MINUS = "\u2212"
HEADER = "Vård- och omsorgsnämnden — Verksamhetsplan med budget 2027–2029"
PLACEHOLDER = "Klicka eller tryck här för att ange text."
FILLS = {"grön": "00B050", "gul": "FFC000", "röd": "FF0000", "grå": "BFBFBF"}
GRADES = {"grön": "uppfyllt", "gul": "delvis", "röd": "ej_uppfyllt"}
YEARS = (2027, 2028, 2029)

Ind = tuple[str, str, str, Val, tuple[Val | None, Val | None, Val | None]]
"""An indicator: name, Kolada-ID ("" for the kommun's own measure), unit, nuläge 2025 and
its målvärden 2027, 2028 and 2029."""

PERSPECTIVES: list[tuple[str, str, list[tuple[str, str, str, str, list[Ind]]]]] = [
    (
        "Medborgare",
        "Fullmäktiges mål: invånarna får service och omsorg av god kvalitet när de behöver den.",
        [
            ("ME1", "Den som har hemtjänst känner sig trygg och har inflytande över sin vardag.",
             "grön", "Brukarundersökningen 2026 visar bättre resultat på alla frågor om "
             "inflytande.",
             [("Brukarbedömning hemtjänst, helhetssyn, andel nöjda", "U21468", "%", D(86),
               (D(88), D(89), D(90))),
              ("Antal olika personal som en hemtjänsttagare möter under 14 dagar", "U21401", "",
               D("15.3"), (D(14), D(13), D(12)))]),
            ("ME2", "Den som bor på särskilt boende har en meningsfull och aktiv vardag.", "gul",
             "Aktivitetsutbudet minskade på två boenden under sommaren.",
             [("Brukarbedömning särskilt boende, helhetssyn, andel nöjda", "U23471", "%", D(81),
               (D(83), D(85), D(87))),
              ("Nöjdhet med måltiderna, medelvärde 1–5", "", "", D("4.1"),
               (D("4.3"), D("4.4"), D("4.5")))]),
        ],
    ),
    (
        "Medarbetare",
        "Fullmäktiges mål: kommunen är en attraktiv arbetsgivare som behåller och utvecklar "
        "sina medarbetare.",
        [
            ("MA1", "Medarbetarna har en hållbar arbetssituation och vill stanna kvar.", "röd",
             "Sjukfrånvaron ökade under våren, mest i nattpatrullen och på Lindgården.",
             [("Sjukfrånvaro, andel av ordinarie arbetstid", "", "%", D("9.8"),
               (D("9.0"), D("8.5"), D("8.0"))),
              ("Hållbart medarbetarengagemang (HME), totalindex", "", "", D(76),
               (D(78), None, D(80)))]),
            ("MA2", "Heltid är norm för medarbetare i vård och omsorg.", "grå",
             "Nytt mål från 2027.",
             [("Andel tillsvidareanställda med heltidsanställning", "", "%", D(64),
               (D(70), D(75), D(80)))]),
        ],
    ),
    (
        "Ekonomi",
        "Fullmäktiges mål: verksamheten bedrivs med god ekonomisk hushållning.",
        [
            ("EK1", "Nämnden bedriver sin verksamhet inom tilldelad ram.", "gul",
             "Prognosen i augusti visar ett underskott på 4,2 miljoner kronor, främst inom "
             "köpt hemtjänst.",
             [("Budgetavvikelse, andel av nettokostnaden", "", "%", D("-0.7"),
               ("Minst 0 %", "Minst 0 %", "Minst 0 %")),
              ("Kostnad hemtjänst äldreomsorg, kr per brukare", "U21463", "", D(412_300),
               ("Högst 425 000", None, None))]),
        ],
    ),
    (
        "Verksamhet",
        "Fullmäktiges mål: verksamheterna utvecklas med stöd av digitalisering och samverkan.",
        [
            ("VE1", "Vården och omsorgen håller god kvalitet och hög patientsäkerhet.", "grön",
             "",
             [("Andel brukare på särskilt boende med riskbedömning för fall", "", "%", D(92),
               (D(95), D(95), D(95))),
              ("Väntetid från ansökan till erbjudet särskilt boende, dagar", "U23401", "",
               D("47.5"), ("Högst 40", "Högst 35", "Högst 30"))]),
            ("VE2", "Digitala lösningar avlastar personalen och ger brukarna mer "
             "självständighet.", "grön", "Digital nattillsyn används nu hos 64 brukare.",
             [("Antal brukare med digital nattillsyn", "", "", D(64), (D(90), D(120), D(150)))]),
        ],
    ),
]  # fmt: skip

GOALS = {code: goal for _, _, goals in PERSPECTIVES for code, goal, *_ in goals}

ACTIVITIES = [
    ("Kontinuitetsplanering med fasta team i hemtjänsten", "ME1", "Enhetschef hemtjänst",
     "2027-06-30"),
    ("Aktivitetssamordnare på alla särskilda boenden", "ME2", "Verksamhetschef SÄBO",
     "2027-09-30"),
    ("Hälsofrämjande schema i nattpatrullen", "MA1", "Enhetschef natt", "2027-03-31"),
    ("Önskad sysselsättningsgrad vid varje nyanställning", "MA2", "HR-chef", "2027-12-31"),
    ("Månatlig uppföljning av köpt hemtjänst i ledningsgruppen", "EK1", "Controller",
     "2027-12-31"),
    ("Införa läkemedelsrobotar i ordinärt boende", "VE2", "Digitaliseringsstrateg",
     "2028-06-30"),
]  # fmt: skip

KEYS = [("bokslut", 2025), ("budget", 2026), ("budget", 2027), ("plan", 2028), ("plan", 2029)]
RESULT = [
    ("Verksamhetens intäkter", [148_230, 141_500, 146_800, 149_100, 151_300]),
    ("Verksamhetens kostnader", [-1_012_640, -1_031_900, -1_068_400, -1_097_800, -1_124_600]),
]
KOMMUNBIDRAG = [862_100, 890_400, 921_600, 948_700, 973_300]
DRIFT = [
    ("Nämnd och förvaltningsledning", [-24_310, -25_100, -25_900, -26_400, -26_900]),
    ("Hemtjänst", [-268_450, -276_800, -287_300, -296_100, -304_500]),
    ("Särskilt boende", [-356_920, -367_400, -379_800, -390_500, -400_700]),
    ("Funktionsstöd LSS", [-142_080, -146_300, -151_200, -155_400, -159_800]),
    ("Hälso- och sjukvård", [-72_650, -74_800, -77_400, -80_300, -81_400]),
]


def _control(alias: str, value: str, kind: str = "<w:text/>", *, size: int = 0) -> str:
    """A run-level content control of ``kind`` showing ``value``."""
    return (
        f'<w:sdt><w:sdtPr><w:alias w:val="{escape(alias)}"/><w:tag w:val="{escape(alias)}"/>'
        f"{kind}</w:sdtPr><w:sdtContent>{r(value, size=size)}</w:sdtContent></w:sdt>"
    )


def _cover(w: Writer) -> None:
    header = w.doc.sections[0].header
    header.paragraphs[0].text = HEADER
    w.expected.absent.append(HEADER)
    bound = (
        "<w:dataBinding w:prefixMappings=\"xmlns:ns0='http://purl.org/dc/elements/1.1/' "
        "xmlns:ns1='http://schemas.openxmlformats.org/package/2006/metadata/core-properties'\""
        ' w:xpath="/ns1:coreProperties[1]/ns0:title[1]" w:storeItemID="{6C3C8BC8-F283-45AE-'
        '878A-BAB7291924A1}"/><w:text/>'
    )
    date = (
        '<w:date w:fullDate="2026-11-25T00:00:00Z"><w:dateFormat w:val="yyyy-MM-dd"/>'
        '<w:lid w:val="sv-SE"/><w:storeMappedDataAs w:val="dateTime"/>'
        '<w:calendar w:val="gregorian"/></w:date>'
    )
    status = (
        '<w:dropDownList><w:listItem w:displayText="Förslag" w:value="Förslag"/>'
        '<w:listItem w:displayText="Antagen" w:value="Antagen"/></w:dropDownList>'
    )
    append(w.doc, p(_control("Kommun", "Ljungsala kommun", size=12)))
    append(w.doc, p(_control("Nämnd", "Vård- och omsorgsnämnden", size=18)))
    append(w.doc, p(_control("Titel", "Verksamhetsplan med budget 2027–2029", bound, size=26)))
    lines = [
        ("Ordförande: ", "Leila Haddad (S)", "<w:text/>"),
        ("Förvaltningschef: ", "Gunnar Ek", "<w:text/>"),
        ("Diarienummer: ", "VON 2026/318", "<w:text/>"),
        ("Beslutsdatum: ", "2026-11-25", date),
        ("Status: ", "Antagen", status),
    ]
    for label, value, kind in lines:
        append(w.doc, p(r(label, bold=True), _control(label.strip(": "), value, kind)))
        w.structure(label + value)
    # A field the secretary left empty: Word shows the placeholder, which is no content.
    append(
        w.doc,
        p(
            r("Handläggare: ", bold=True),
            '<w:sdt><w:sdtPr><w:alias w:val="Handläggare"/><w:showingPlcHdr/><w:text/>'
            f"</w:sdtPr><w:sdtContent>{r(PLACEHOLDER)}</w:sdtContent></w:sdt>",
        ),
    )
    w.structure(
        "Ljungsala kommun",
        "Vård- och omsorgsnämnden",
        "Verksamhetsplan med budget 2027–2029",
        f"Handläggare: {PLACEHOLDER}",
    )
    w.expected.absent.append(PLACEHOLDER)
    w.page_break()


def _chapters(w: Writer) -> None:
    w.chapter("Inledning")
    w.paras(
        "Vård- och omsorgsnämnden ansvarar för äldreomsorg, stöd till personer med "
        "funktionsnedsättning och kommunal hälso- och sjukvård i Ljungsala. Planen gäller "
        "2027–2029 och bygger på fullmäktiges budgetbeslut i oktober 2026.",
        "Planen följer kommunens styrmodell med fyra perspektiv. Under varje perspektiv finns "
        "nämndens mål, hur de mäts och vad förvaltningen gör för att nå dem.",
    )
    w.chapter("Omvärldsanalys")
    w.para(
        "Antalet invånare som är 80 år eller äldre ökar från 2 940 i dag till omkring 3 700 år "
        "2032. Behovet av hemtjänst växer snabbare än behovet av platser på särskilt boende."
    )
    w.bullets(
        "Kompetensförsörjningen är den största risken: var femte undersköterska går i pension "
        "inom tio år.",
        "Den nya hälso- och sjukvårdsreformen flyttar mer vård till hemmet.",
        "Statsbidraget för äldreomsorgslyftet upphör efter 2026.",
    )
    w.chapter("Styrmodell – balanserad styrning")
    w.para(
        "Fullmäktige styr med mål i fyra perspektiv: Medborgare, Medarbetare, Ekonomi och "
        "Verksamhet. Nämndens mål ska bidra till fullmäktiges mål och följas upp i "
        "delårsrapporten och årsredovisningen."
    )
    w.para(
        "Färgen i kolumnen Bedömning visar hur målet bedömdes i delårsrapporten per augusti "
        "2026: grön – målet nås, gul – målet nås delvis, röd – målet nås inte. Grå betyder "
        "att målet är nytt och inte har bedömts."
    )


def _shade(cell: Any, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _goals(w: Writer) -> None:
    w.heading("Mål per perspektiv", 1)
    w.structure("Mål per perspektiv")
    for perspective, kf_text, goals in PERSPECTIVES:
        w.heading(perspective, 2)
        w.structure(perspective)  # the målområde, not a chapter
        w.para(("i", kf_text))
        rows = [["Nr", "Nämndsmål", "Bedömning T2 2026", "Kommentar"]]
        rows += [[code, goal, "", comment] for code, goal, _, comment, _ in goals]
        table = w.table(rows, widths=[1.2, 7, 2.4, 6])
        for number, (code, goal, colour, _, _) in enumerate(goals, 1):
            _shade(table.cell(number, 2), FILLS[colour])
            w.structure(code)  # the goal's number: checked through its indicators' link
            w.expected.goals.append(Goal(goal, "namnd"))
            # Judgement: the colour is the goal's assessment in the latest follow-up; grey
            # (a new goal) is no assessment.
            if colour in GRADES:
                w.expected.assessments.append(Assessment(goal, GRADES[colour]))
        w.para("")
        header = ["Mål", "Indikator", "Kolada-ID", "Nuläge 2025"]
        header += [f"Mål {y}" for y in YEARS]
        rows = [header]
        for code, goal, _, _, inds in goals:
            for name, kolada, unit, nulage, targets in inds:
                shown = cell_text(nulage, unit).replace("-", MINUS)
                rows.append([code, name, kolada, shown, *(cell_text(t, unit) for t in targets)])
                w.expected.indicators.append(
                    Indicator(
                        goal,
                        name,
                        unit,
                        2025,
                        nulage,
                        {y: t for y, t in zip(YEARS, targets, strict=True) if t is not None},
                    )
                )
        w.table(rows, widths=[1.2, 6.2, 2, 2, 1.8, 1.8, 1.8], size=8)
        w.para("")


def _activities(w: Writer) -> None:
    w.chapter("Aktiviteter")
    w.para("Aktiviteterna är kopplade till nämndens mål med målets nummer.")
    rows = [["Aktivitet", "Mål", "Ansvarig", "Klart"]]
    for name, code, who, when in ACTIVITIES:
        rows.append([name, code, who, when])
        w.expected.activities.append(
            Activity(name, who, dt.date.fromisoformat(when), group=GOALS[code])
        )
    w.table(rows, widths=[7.5, 1.4, 4.4, 2.6])
    w.para("")


def _budget(w: Writer) -> None:
    w.chapter("Ekonomi")
    w.para(
        "Kommunbidraget ökar med 31,2 miljoner kronor till 2027. Av ökningen går 18 miljoner "
        "till fler hemtjänsttimmar och resten till löneökningar och ett nytt boende i Åsby."
    )
    title = "Resultatbudget, tkr"
    w.para(("b", title))
    w.structure(title)
    header = ["", "Bokslut 2025", "Budget 2026", "Budget 2027", "Plan 2028", "Plan 2029"]
    body = budget_rows(w, "resultat", KEYS, RESULT, "Nettokostnad", minus=MINUS)
    net = [sum(a[i] for _, a in RESULT) for i in range(len(KEYS))]
    # Judgement (as in M): Kommunbidrag is the ram and Resultat what is left of it.
    for label, values in (
        ("Kommunbidrag", KOMMUNBIDRAG),
        ("Resultat", [k + n for k, n in zip(KOMMUNBIDRAG, net, strict=True)]),
    ):
        cells = [label, *(sv(v, minus=MINUS) for v in values)]
        body.append(cells)
        w.totals(*cells)
    w.table([header, *body], widths=[5, 2.3, 2.3, 2.3, 2.3, 2.3])
    w.para("")

    title = "Nettokostnad per verksamhet, tkr"
    w.para(("b", title))
    w.structure(title)
    header[0] = "Verksamhet"
    body = budget_rows(w, "drift", KEYS, DRIFT, "Summa nettokostnad", minus=MINUS)
    assert [sum(a[i] for _, a in DRIFT) for i in range(len(KEYS))] == net
    w.table([header, *body], widths=[5, 2.3, 2.3, 2.3, 2.3, 2.3])
    w.para("Negativa belopp är kostnader.")


def build_p(path: Path) -> Expected:
    front = Front(
        namnd="Vård- och omsorgsnämnden",
        kommun="Ljungsala kommun",
        forsta_ar=2027,
        sista_ar=2029,
        titel="Verksamhetsplan med budget 2027–2029",
        ordforande="Leila Haddad (S)",
        forvaltningschef="Gunnar Ek",
        diarienummer="VON 2026/318",
    )
    w = Writer("P-von-balanserad-styrning", front)
    w.doc.core_properties.title = front.titel
    _cover(w)
    _chapters(w)
    _goals(w)
    _activities(w)
    _budget(w)
    return w.save(path)

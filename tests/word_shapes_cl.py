"""Corpus document CL: a socialnämnd's plan inside the förvaltning's tjänsteskrivelse. The
document opens with the kommun's logo line, "Tjänsteskrivelse", a date, diarienummer,
handläggare and "Till Socialnämnden", then "Ärende: Verksamhetsplan med budget 2027" with
"Förslag till beslut" (numbered decision points), "Sammanfattning" and "Bakgrund"; inside
"Ärendet" the plan itself follows as Heading 2/3 chapters (inledning, omvärldsanalys, goals
with indicator tables "Indikator | Nuläge 2025 | Mål 2027 | Mål 2028", an activity table with
"Klart senast" as quarters and months, a driftbudget, key figures and internkontroll), and
after it "Konsekvenser" (ekonomiska, för barn), "Beslutsunderlag", the signature block of
förvaltningschef and avdelningschef and "Beslutet skickas till".

Expected (what a perfect import gives): the front matter from the letterhead (nämnd from "Till
Socialnämnden", title from the ärende, diarienummer, förvaltningschef from the signature); the
plan's chapters inside Ärendet; four nämndsmål and eleven indicators with nuläge 2025 and
targets 2027 and 2028; eight activities with ansvarig and slutdatum; seven driftbudget rows;
four key-figure rows; five controls. The tjänsteskrivelse's own parts are no plan content."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

from tests.word_shapes_docx import Writer, budget_rows, cell_text
from tests.word_shapes_model import (
    Activity,
    Control,
    Expected,
    Front,
    Goal,
    Indicator,
    KeyRow,
    Val,
)

Ind = tuple[str, str, Val, Val | None, Val | None]
"""name, unit, nuläge 2025, mål 2027, mål 2028."""
GOALS: list[tuple[str, list[Ind]]] = [
    ("Barn och unga som far illa får tidigt stöd som gör skillnad.",
     [("Andel barn som inte återaktualiserats ett år efter avslutad insats", "%", D(71), D(75),
       D(78)),
      ("Andel förhandsbedömningar klara inom 14 dagar", "%", D("82.5"), D(95), D(95)),
      ("Antal barn i familjehem som har en utsedd kontaktperson på skolan", "", D(18), D(30),
       None)]),
    ("Fler vuxna med försörjningsstöd går vidare till arbete eller studier.",
     [("Andel avslutade ärenden där den enskilde gått till arbete eller studier", "%", D(38),
       D(42), D(45)),
      ("Antal hushåll med långvarigt försörjningsstöd", "", D(214), D(190), D(175)),
      ("Genomsnittlig tid i försörjningsstöd, månader", "", D("9.4"), D(8), D("7.5"))]),
    ("Personer med missbruk eller beroende får samordnade insatser.",
     [("Andel klienter med samordnad individuell plan", "%", D(44), D(60), D(70)),
      ("Andel klienter nöjda med bemötandet", "%", D(86), D(90), D(90)),
      ("Väntetid till första samtal på mottagningen", "", "11 dagar", "Högst 7 dagar",
       "Högst 7 dagar")]),
    ("Socialtjänsten är en attraktiv arbetsplats.",
     [("Personalomsättning bland socialsekreterare", "%", D("23.1"), D(18), D(15)),
      ("Hållbart medarbetarengagemang (HME), index", "", D(74), None, D(78))]),
]  # fmt: skip

ACTS = [
    ("Införa tidigt samordnat stöd tillsammans med skolorna i Bergsjö", "Enhetschef barn och unga",
     "Q2 2027", dt.date(2027, 6, 30)),
    ("Rekrytera fler familjehem genom en gemensam kampanj med grannkommunerna",
     "Familjehemssekreterare", "december 2027", dt.date(2027, 12, 31)),
    ("Starta jobbspår med arbetsmarknadsenheten för unga vuxna", "Enhetschef vuxen",
     "mars 2027", dt.date(2027, 3, 31)),
    ("Gå igenom alla ärenden med försörjningsstöd längre än tre år",
     "Enhetschef ekonomiskt bistånd", "Q3 2027", dt.date(2027, 9, 30)),
    ("Ta fram gemensam rutin för SIP med regionens beroendevård", "Enhetschef vuxen",
     "juni 2027", dt.date(2027, 6, 30)),
    ("Öppna drop in-tid på mottagningen två eftermiddagar i veckan", "Samordnare mottagningen",
     "Q1 2027", dt.date(2027, 3, 31)),
    ("Införa introduktionsår för nyanställda socialsekreterare", "Avdelningschef",
     "december 2027", dt.date(2027, 12, 31)),
    ("Utbilda arbetsledare i aktivt medarbetarskap", "HR-partner",
     "Q4 2027", dt.date(2027, 12, 31)),
]  # fmt: skip

KEYS = [("bokslut", 2025), ("budget", 2026), ("budget", 2027), ("plan", 2028)]
DRIFT = [
    ("Nämnd och förvaltningsledning", (-6120, -6400, -6650, -6800)),
    ("Barn och unga, öppenvård", (-18430, -19100, -19800, -20300)),
    ("Barn och unga, placeringar", (-41260, -38500, -39900, -40700)),
    ("Vuxen, missbruk och beroende", (-22840, -21900, -22600, -23100)),
    ("Ekonomiskt bistånd", (-47310, -45800, -44200, -43500)),
    ("Familjerätt och familjebehandling", (-7480, -7700, -7950, -8100)),
    ("Mottagning och socialjour", (-5210, -5400, -5600, -5750)),
]

KEY_HEADER = ["Nyckeltal", "Utfall 2024", "Utfall 2025", "Budget 2027"]
KEY_ROWS = [
    ["Hushåll med försörjningsstöd, antal per månad", "612", "587", "560"],
    ["Vårddygn HVB barn och unga", "4 120", "3 655", "3 300"],
    ["Kostnad per vårddygn HVB, kr", "6 840", "7 215", "7 400"],
    ["Sjukfrånvaro, %", "8,4 %", "7,9 %", "7,0 %"],
]

CONTROL_HEADER = ["Process", "Kontrollmoment", "Risk (S×K)", "Ansvarig", "Frekvens"]
CONTROLS = [
    ("Utbetalning av ekonomiskt bistånd", "Stickprov av utbetalningar mot beslut i akten",
     "3×4=12", "Enhetschef ekonomiskt bistånd", "Kvartalsvis"),
    ("Förhandsbedömning", "Kontroll att beslut om utredning fattas inom 14 dagar", "3×3=9",
     "Enhetschef barn och unga", "Tertialvis"),
    ("Placeringar", "Uppföljning av att avtal finns för alla köpta platser", "2×4=8",
     "Avdelningschef", "Halvår"),
    ("Lex Sarah", "Genomgång av att rapporter utreds och avslutas i tid", "2×4=8",
     "Kvalitetsutvecklare", "Årligen"),
    ("Delegation", "Stickprov av att beslut fattats av rätt delegat", "2×3=6",
     "Nämndsekreterare", "Två gånger per år"),
]  # fmt: skip


def _letterhead(w: Writer) -> None:
    w.cover("BERGSJÖ KOMMUN", size=16, bold=True)
    w.cover("Socialförvaltningen", size=10)
    w.cover("Tjänsteskrivelse", size=20, bold=True)
    w.cover("Datum 2026-10-14", size=10)
    w.cover("Diarienummer SN 2026/412", size=10)
    w.cover("Handläggare: Lina Forsberg, nämndsekreterare", size=10)
    w.cover("Till Socialnämnden", size=11, bold=True)
    w.para()
    w.heading("Ärende: Verksamhetsplan med budget 2027", 1)
    w.structure("Ärende: Verksamhetsplan med budget 2027")
    w.heading("Förslag till beslut", 2)
    w.para("Socialförvaltningen föreslår att socialnämnden beslutar")
    w.bullets(
        "att anta Verksamhetsplan med budget 2027 för socialnämnden,",
        "att uppdra åt förvaltningen att följa upp planen i delårsrapporten per augusti 2027,",
        "att överlämna planen till kommunstyrelsen för kännedom.",
        numbered=True,
    )
    w.heading("Sammanfattning", 2)
    w.para(
        "Förvaltningen har tagit fram ett förslag till verksamhetsplan för 2027 med plan för "
        "2028. Planen bygger på fullmäktiges mål och den ram som beslutades i juni. Nämndens "
        "nettokostnad 2027 beräknas till 146,7 miljoner kronor, vilket ryms inom ramen."
    )
    w.heading("Bakgrund", 2)
    w.para(
        "Varje nämnd ska enligt kommunens styrmodell anta en verksamhetsplan med budget före "
        "årsskiftet. Arbetsutskottet fick en första genomgång av förslaget den 29 september."
    )
    w.heading("Ärendet", 2)
    w.structure("Ärendet")


def _plan_text(w: Writer) -> None:
    w.chapter("Inledning", 3)
    w.para(
        "Socialnämnden ansvarar för individ- och familjeomsorgen i Bergsjö: stöd till barn och "
        "familjer, ekonomiskt bistånd, missbruks- och beroendevård, familjerätt och "
        "socialjour. Planen beskriver vad nämnden vill uppnå under 2027 och 2028."
    )
    w.chapter("Omvärldsanalys", 3)
    w.para(
        "Den nya socialtjänstlagen träder i kraft under 2026 och flyttar tyngdpunkten mot "
        "förebyggande och lättillgängliga insatser. Det kräver att arbetssätt och "
        "dokumentation ses över i alla enheter."
    )
    w.para(
        "Arbetslösheten i kommunen har stigit till 8,1 procent och bland unga vuxna är den "
        "högre. Hyrorna i nyproduktionen ligger över vad försörjningsstödets riktnormer "
        "godtar, vilket gör det svårt för hushåll att komma vidare."
    )
    w.bullets(
        "Fler barn placeras nära hemmet när familjehem finns i närområdet.",
        "Regionens beroendevård samlas på ett ställe från våren 2027.",
        "Bristen på erfarna socialsekreterare består i hela länet.",
    )


def _goals(w: Writer) -> None:
    w.heading("Nämndens mål och indikatorer", 3)
    w.structure("Nämndens mål och indikatorer")
    w.para("Målen nedan är nämndens mål för 2027–2028 och utgår från fullmäktiges målområden.")
    header = ["Indikator", "Nuläge 2025", "Mål 2027", "Mål 2028"]
    for n, (goal, inds) in enumerate(GOALS, 1):
        w.para(("b", f"Mål {n}. "), ("b", goal))
        w.expected.goals.append(Goal(goal, "namnd"))
        rows = [header]
        for name, unit, base, t27, t28 in inds:
            rows.append([name, cell_text(base, unit), cell_text(t27, unit), cell_text(t28, unit)])
            targets = {y: v for y, v in ((2027, t27), (2028, t28)) if v is not None}
            w.expected.indicators.append(Indicator(goal, name, unit, 2025, base, targets))
        w.table(rows, widths=[8.6, 2.6, 2.6, 2.6])
        w.para()


def _activities(w: Writer) -> None:
    w.heading("Aktiviteter 2027", 3)
    w.structure("Aktiviteter 2027")
    rows = [["Aktivitet", "Ansvarig", "Klart senast"]]
    for name, who, when, day in ACTS:
        rows.append([name, who, when])
        w.structure(when)
        w.expected.activities.append(Activity(name, who, day))
    w.table(rows, widths=[9.2, 4.6, 2.8])


def _economy(w: Writer) -> None:
    w.heading("Budget 2027 med plan 2028", 3)
    w.structure("Budget 2027 med plan 2028")
    w.para(
        "Ramen för 2027 är 146,7 miljoner kronor. Placeringskostnaderna har minskat sedan "
        "2025 men ligger fortfarande över budget; ekonomiskt bistånd minskar i takt med att "
        "fler går till arbete."
    )
    w.para(("i", "Driftbudget per verksamhet, nettokostnad i tkr"))
    w.structure("Driftbudget per verksamhet, nettokostnad i tkr")
    header = ["Verksamhet", "Bokslut 2025", "Budget 2026", "Budget 2027", "Plan 2028"]
    body = budget_rows(w, "drift", KEYS, DRIFT, "Summa nettokostnad", minus="−")
    w.table([header, *body], widths=[6.2, 2.5, 2.5, 2.5, 2.5])
    w.para()
    w.heading("Nyckeltal", 3)
    w.structure("Nyckeltal")
    w.table([KEY_HEADER, *KEY_ROWS], keep_headers=True, widths=[7.6, 2.8, 2.8, 2.8])
    w.expected.key_figures += [
        KeyRow("Nyckeltal", row[0], dict(zip(KEY_HEADER[1:], row[1:], strict=True)))
        for row in KEY_ROWS
    ]
    w.heading("Internkontrollplan 2027", 3)
    w.structure("Internkontrollplan 2027")
    w.para("Risken bedöms som sannolikhet gånger konsekvens på en skala 1–4.")
    rows = [CONTROL_HEADER]
    for process, moment, risk, who, freq in CONTROLS:
        rows.append([process, moment, risk, who, freq])
        w.expected.controls.append(Control(moment, process))
    w.table(rows, widths=[3.6, 5.8, 2.0, 3.2, 2.4])


def _after(w: Writer) -> None:
    w.heading("Konsekvenser", 2)
    w.heading("Ekonomiska konsekvenser", 3)
    w.para(
        "Förslaget ryms inom nämndens ram. Kostnaden för placeringar är den största risken; "
        "förvaltningen återkommer i delårsrapporten om prognosen försämras."
    )
    w.heading("Konsekvenser för barn", 3)
    w.para(
        "En prövning av barnets bästa har gjorts. Satsningen på tidigt stöd och fler familjehem "
        "nära hemmet bedöms stärka barns rätt till trygghet och skolgång."
    )
    w.heading("Beslutsunderlag", 2)
    w.bullets("Tjänsteskrivelse 2026-10-14", "Protokollsutdrag från arbetsutskottet 2026-09-29")
    w.para()
    w.para("Annika Holmgren")
    w.para("Förvaltningschef")
    w.para()
    w.para("Peter Lindqvist")
    w.para("Avdelningschef individ- och familjeomsorg")
    w.heading("Beslutet skickas till", 2)
    w.paras("Kommunstyrelsen", "Ekonomiavdelningen", "Samtliga enhetschefer inom IFO")


def build_cl(path: Path) -> Expected:
    front = Front(
        namnd="Socialnämnden",
        kommun="Bergsjö kommun",
        forsta_ar=2027,
        sista_ar=2028,
        titel="Verksamhetsplan med budget 2027",
        forvaltningschef="Annika Holmgren",
        diarienummer="SN 2026/412",
    )
    w = Writer("CL-socialnämnd-tjänsteskrivelse", front)
    _letterhead(w)
    _plan_text(w)
    _goals(w)
    _activities(w)
    _economy(w)
    _after(w)
    return w.save(path)

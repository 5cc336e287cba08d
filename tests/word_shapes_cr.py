"""Corpus document CR: a vård- och omsorgsnämnd's delårsrapport januari–april 2027 (a
follow-up of the year's plan), written blind: a cover page, prose chapters, the goals under
KF's målområden (Heading 2) as Heading 3 "Mål n: …", each with prose where the assessment is a
sentence inside a paragraph ("Sammantaget bedöms målet vara delvis uppfyllt.", not a label), an
indicator table "Indikator | Utfall 2025 | Utfall 2026 | Utfall T1 2027 | Målvärde 2027 |
Uppfyllt" ("Ja"/"Nej"/"Delvis", "–" where not measured), and a per-goal activity table
"Aktivitet | Ansvarig | Klart senast | Status april" with a completion state ("75 % klart",
"Klar", "Ej påbörjad", "Avbruten – se kommentar") and a comment paragraph under it; a
driftredovisning "Verksamhet | Budget 2027 | Utfall jan–apr | Prognos helår | Avvikelse" in
tkr with the Swedish minus "−" (statsbidrag as negative net cost, deficits) and a
"Verksamhetens nettokostnad" totals line; a volume table, personnel key figures with
sjukfrånvaro in "Kvinnor | Män | Totalt" columns and a note; the internal control's follow-up
"Process | Kontrollmoment | Resultat"; a page header and footer.

Expected (what a careful secretary enters): the front matter (one year, 2027); the prose
chapters; six goals without their labels, each with its assessment; fifteen indicators with
outcomes 2025, 2026 and the T1 value as the 2027 outcome (the year's outcome so far), and the
2027 target; eleven activities with ansvarig, slutdatum and their goal, and their statuses
("75 % klart" is pågår); eight driftbudget rows by (budget, 2027), (utfall, 2027) and (prognos,
2027); the volume and personnel key figures as printed and the personnel note; five controls
with their process. Målområde headings, goal labels, table headers, the "Uppfyllt" cells,
deviations and totals are structure; the page header and footer are not in the plan."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

from docx.shared import Pt

from tests.word_shapes_docx import Writer, cell_text, sv
from tests.word_shapes_model import (
    Activity,
    ActivityStatus,
    Assessment,
    BudgetRow,
    Control,
    Expected,
    Front,
    Goal,
    Indicator,
    KeyRow,
    TableNote,
    Val,
)

MINUS = "\u2212"
HEADER = "Älvsunda kommun · Vård- och omsorgsnämnden · Delårsrapport 1 2027"
FOOTER = "Dnr VON 2027/88 – sidan"
STATUSES = {
    "Klar": "klar",
    "Ej påbörjad": "ej_paborjad",
    "Avbruten – se kommentar": "avbruten",
}
YEARS = (2025, 2026, 2027)

Ind = tuple[str, str, tuple[Val | None, Val | None, Val | None], Val, str]
"""An indicator: name, unit, utfall 2025, 2026, T1 2027 (None: "–"), målvärde 2027, uppfyllt."""

Act = tuple[str, str, str, dt.date, str]
"""An activity: name, ansvarig, klart senast as printed, that date, status in april."""

Spec = tuple[str, str, list[Ind], list[str], list[Act], str]
"""A goal: its text, assessment, indicators, prose, activities and the comment under them."""

GOALS: list[tuple[str, list[Spec]]] = [
    ("Målområde: Trygghet och livskvalitet", [
        ("Äldre personer med hemtjänst känner sig trygga och har inflytande över sina insatser.",
         "delvis",
         [("Brukare i hemtjänst som känner sig trygga hemma, andel", "%",
           (D(84), D(86), None), D(90), "–"),
          ("Antal olika personal som besökt en brukare under 14 dagar, medelvärde", "",
           (D(16), D(15), D(14)), D(12), "Delvis"),
          ("Genomförandeplaner upprättade inom 14 dagar, andel", "%",
           (D(61), D(72), D(78)), D(85), "Nej")],
         ["Hemtjänsten arbetar sedan hösten 2026 i mindre arbetslag med fasta rutter, och "
          "kontinuiteten har blivit bättre i alla fyra områden. Brukarundersökningen genomförs "
          "först i september och tryggheten kan därför inte följas upp ännu. Sammantaget "
          "bedöms målet vara delvis uppfyllt.",
          "Arbetet med genomförandeplaner har gått långsammare än väntat eftersom flera "
          "samordnare varit sjukskrivna under februari och mars."],
         [("Införa fasta arbetslag i hemtjänst område Norr", "Enhetschef hemtjänst Norr",
           "2027-03-31", dt.date(2027, 3, 31), "Klar"),
          ("Utbilda samordnare i genomförandeplaner enligt IBIC", "Verksamhetsutvecklare",
           "2027-06-30", dt.date(2027, 6, 30), "75 % klart")],
         ""),
        ("Personer i särskilt boende har en meningsfull vardag.", "uppfyllt",
         [("Boende som är nöjda med aktiviteterna på boendet, andel", "%",
           (D(67), D(71), None), D(70), "–"),
          ("Boende med individuell aktivitetsplan, andel", "%",
           (D(58), D(83), D(91)), D(90), "Ja"),
          ("Boende som kommer ut dagligen när de önskar, andel", "%",
           (D("52"), D("57"), D("63")), D(60), "Ja")],
         ["Alla boenden har nu en aktivitetsansvarig undersköterska och aktivitetsplanerna "
          "följs upp varje månad. Sammantaget bedöms målet vara uppfyllt. Utevistelsen ökar när "
          "dagarna blir längre och andelen väntas stiga ytterligare under sommaren."],
         [("Anställa aktivitetssamordnare på Lindgårdens och Solbackens boenden",
           "Enhetschef särskilt boende", "2027-02-28", dt.date(2027, 2, 28), "Klar"),
          ("Anlägga sinnesträdgård vid Solbacken", "Fastighetssamordnare", "2027-09-30",
           dt.date(2027, 9, 30), "40 % klart")],
         ""),
    ]),
    ("Målområde: Delaktighet och självständighet", [
        ("Personer med funktionsnedsättning lever ett så självständigt liv som möjligt.",
         "delvis",
         [("Personer i daglig verksamhet som gått vidare till arbete eller studier, antal", "",
           (D(4), D(6), D(1)), D(8), "Nej"),
          ("Brukare i LSS-bostad som upplever att de bestämmer över sin vardag, andel", "%",
           (D("76"), D("79"), None), D(80), "–"),
          ("Beslut om bostad med särskild service verkställda inom tre månader, andel", "%",
           (D("44"), D("52"), D("70")), D(75), "Delvis")],
         ["Den nya gruppbostaden på Videvägen öppnade i februari med sex lägenheter och kön "
          "har minskat. Få personer i daglig verksamhet har under perioden gått vidare till "
          "arbete, vilket hänger samman med att arbetsförmedlingens praktikplatser har minskat. "
          "Bedömningen efter första tertialet är att målet är delvis uppfyllt."],
         [("Öppna gruppbostaden Videvägen", "Enhetschef LSS-boende", "2027-02-15",
           dt.date(2027, 2, 15), "Klar"),
          ("Starta arbetsinriktad daglig verksamhet i samarbete med Samhall",
           "Enhetschef daglig verksamhet", "2027-10-31", dt.date(2027, 10, 31), "Ej påbörjad")],
         ""),
        ("Anhöriga som vårdar en närstående får stöd i sin situation.", "ej_uppfyllt",
         [("Anhöriga som fått samtalsstöd, antal", "",
           (D(112), D(138), D(29)), D(150), "Nej"),
          ("Beviljade timmar avlösning i hemmet per månad", "",
           (D(1164), D(1207), D(1012)), "Minst 1 200", "Nej")],
         ["Anhörigkonsulenten har varit vakant sedan januari och samtalsstödet har bara kunnat "
          "ges i begränsad omfattning. Sammantaget bedöms målet inte vara uppfyllt under "
          "perioden. En ny anhörigkonsulent börjar i juni."],
         [("Starta anhöriggrupp för anhöriga till personer med demenssjukdom",
           "Anhörigkonsulent", "2027-05-31", dt.date(2027, 5, 31), "Avbruten – se kommentar")],
         "Anhöriggruppen avbröts i mars eftersom tjänsten som anhörigkonsulent var vakant. "
         "Den startas om under hösten."),
    ]),
    ("Målområde: En attraktiv arbetsgivare", [
        ("Medarbetarna har en hållbar arbetssituation.", "delvis",
         [("Sjukfrånvaro, andel av ordinarie arbetstid", "%",
           (D("9.8"), D("9.1"), D("8.7")), "Högst 8,0 %", "Delvis"),
          ("Heltidsanställda undersköterskor, andel", "%",
           (D(62), D(68), D(71)), D(75), "Delvis")],
         ["Sjukfrånvaron har minskat jämfört med samma period förra året men ligger fortfarande "
          "över målet. Den korta sjukfrånvaron var hög i januari när influensan gick. "
          "Sammantaget bedöms målet vara delvis uppfyllt."],
         [("Införa schemaläggning med önskemål i hela hemtjänsten", "HR-strateg",
           "2027-12-31", dt.date(2027, 12, 31), "25 % klart"),
          ("Genomföra friskvårdssatsning för nattpersonal", "HR-konsult", "2027-04-30",
           dt.date(2027, 4, 30), "Klar")],
         ""),
        ("Verksamheten bedrivs inom given budgetram.", "ej_uppfyllt",
         [("Prognostiserad avvikelse mot budget, tkr", "",
           (D(-2140), D(-5870), D(-7400)), D(0), "Nej"),
          ("Kostnad för inhyrda sjuksköterskor, tkr", "",
           (D(3910), D(5220), D(1860)), "Högst 2 000", "Nej")],
         ["Prognosen för helåret visar ett underskott på 7,4 miljoner kronor, främst inom "
          "hemtjänst och hemsjukvård. Kostnaderna för inhyrda sjuksköterskor under de fyra "
          "första månaderna är nästan lika stora som målvärdet för hela året. Sammantaget "
          "bedöms målet inte vara uppfyllt."],
         [("Ta fram åtgärdsplan för budget i balans", "Förvaltningschef", "2027-05-31",
           dt.date(2027, 5, 31), "50 % klart"),
          ("Avveckla inhyrning av sjuksköterskor", "MAS", "2027-09-30",
           dt.date(2027, 9, 30), "10 % klart")],
         ""),
    ]),
]  # fmt: skip

DRIFT: list[tuple[str, int, int, int]] = [
    ("Nämnd och förvaltningsledning", 14_850, 4_310, 14_600),
    ("Hemtjänst", 168_400, 59_870, 176_900),
    ("Hemsjukvård och rehabilitering", 61_200, 21_640, 64_300),
    ("Särskilt boende", 214_700, 70_920, 213_500),
    ("Dagverksamhet och anhörigstöd", 9_650, 2_710, 8_900),
    ("Insatser enligt LSS", 132_300, 43_560, 131_800),
    ("Socialpsykiatri", 24_900, 8_140, 24_650),
    ("Riktade statsbidrag", -8_400, -3_150, -9_150),
]

CONTROLS = [
    ("Avgiftshantering", "Kontroll av att avgiftsbeslut i hemtjänst fattats inom en månad",
     "20 av 20 granskade beslut var rätt. Ingen åtgärd."),
    ("Läkemedelshantering", "Stickprov av signeringslistor i hemsjukvården",
     "Brister på två enheter. Ny rutin för signering införs i maj."),
    ("Attest och inköp", "Kontroll av att inköp görs från upphandlade leverantörer",
     "Tre inköp utanför avtal. Berörda chefer har informerats."),
    ("Dokumentation", "Granskning av social dokumentation i LSS-boende", "Genomförs i september."),
    ("Informationssäkerhet", "Kontroll av behörigheter i verksamhetssystemet",
     "Elva behörigheter för avslutade medarbetare togs bort."),
]  # fmt: skip


def _cover(w: Writer) -> None:
    section = w.doc.sections[0]
    header = section.header.paragraphs[0]
    header.text = HEADER
    header.runs[0].font.size = Pt(8)
    footer = section.footer.paragraphs[0]
    footer.text = FOOTER
    footer.runs[0].font.size = Pt(8)
    w.expected.absent += [HEADER, FOOTER]
    w.cover("Älvsunda kommun", size=12, bold=True)
    w.cover("Vård- och omsorgsnämnden", size=14)
    w.para()
    w.cover("Delårsrapport januari–april 2027", size=24, bold=True)
    w.cover("Uppföljning av verksamhetsplan och budget per den 30 april", size=12)
    w.para()
    w.cover("Diarienummer: VON 2027/88", size=10)
    w.cover("Ordförande: Birgitta Holm (C)", size=10)
    w.cover("Förvaltningschef: Jonas Ek", size=10)
    w.cover("Behandlad av vård- och omsorgsnämnden 2027-05-20", size=10)
    w.page_break()


def _intro(w: Writer) -> None:
    w.chapter("Sammanfattning")
    w.paras(
        "Vård- och omsorgsnämnden redovisar efter årets fyra första månader en prognos på ett "
        "underskott om 7,4 miljoner kronor. Underskottet beror på att behovet av hemtjänst har "
        "ökat mer än befolkningsprognosen visade och på fortsatt höga kostnader för inhyrda "
        "sjuksköterskor.",
        "Av nämndens sex mål bedöms ett vara uppfyllt, tre delvis uppfyllda och två inte "
        "uppfyllda efter perioden. Fyra av elva aktiviteter är klara och en har avbrutits.",
    )
    w.chapter("Väsentliga händelser under perioden")
    w.bullets(
        "Gruppbostaden på Videvägen öppnade den 15 februari.",
        "Hemtjänst område Norr gick över till fasta arbetslag i mars.",
        "Influensan ledde till hög korttidsfrånvaro och flera inflyttningsstopp i januari.",
        "Nämnden beslutade om nya riktlinjer för handläggning inom äldreomsorgen.",
    )


def _goal(w: Writer, number: int, spec: Spec) -> None:
    x = w.expected
    goal, grade, inds, prose, acts, comment = spec
    heading = f"Mål {number}: {goal}"
    w.heading(heading, 3)
    w.structure(heading)  # the goal is checked as an item, without its label
    x.goals.append(Goal(goal))
    x.assessments.append(Assessment(goal, grade))
    w.paras(*prose)
    header = ["Indikator", *(f"Utfall {y}" for y in YEARS[:2]), "Utfall T1 2027",
              "Målvärde 2027", "Uppfyllt"]  # fmt: skip
    rows = [header]
    for name, unit, outcomes, target, met in inds:
        cells = ["–" if v is None else cell_text(v, unit) for v in outcomes]
        cells = [c.replace("-", MINUS) for c in cells]
        rows.append([name, *cells, cell_text(target, unit), met])
        # Judgement: "Uppfyllt" is the indicator's own verdict, derived from the figures:
        # the plan has no place for it.
        w.structure(met)
        done = {y: v for y, v in zip(YEARS, outcomes, strict=True) if v is not None}
        x.indicators.append(Indicator(goal, name, unit, targets={2027: target}, outcomes=done))
    w.structure("–")
    w.table(rows, widths=[6.2, 1.7, 1.7, 1.9, 2.1, 1.8])
    w.para(("b", "Aktiviteter"))
    w.structure("Aktiviteter")
    rows = [["Aktivitet", "Ansvarig", "Klart senast", "Status april"]]
    for name, who, when, date, status in acts:
        rows.append([name, who, when, status])
        x.activities.append(Activity(name, who, date, group=goal))
        x.statuses.append(ActivityStatus(name, STATUSES.get(status, "pagar")))
    w.table(rows, widths=[7.4, 4.0, 2.4, 2.8])
    if comment:
        w.para(("i", "Kommentar: "), comment)
    w.para()


def _goals(w: Writer) -> None:
    w.chapter("Måluppfyllelse")
    w.para(
        "Nämndens mål utgår från kommunfullmäktiges målområden. Indikatorer som mäts med "
        "brukarundersökningen redovisas först i delårsrapporten per augusti."
    )
    number = 0
    for area, goals in GOALS:
        w.heading(area, 2)
        w.structure(area)
        for spec in goals:
            number += 1
            _goal(w, number, spec)


def _m(amount: int) -> str:
    return sv(amount, minus=MINUS)


def _drift(w: Writer) -> None:
    w.chapter("Ekonomi")
    w.para(
        "Prognosen för helåret visar ett underskott på 7,4 miljoner kronor. Hemtjänsten har "
        "under perioden utfört 9 procent fler timmar än samma period 2026. Inom särskilt "
        "boende och LSS ger vakanta platser ett litet överskott. Statsbidraget för äldreomsorg "
        "blev högre än budgeterat."
    )
    caption = "Driftredovisning per 30 april 2027, tkr"
    w.para(("b", caption))
    w.structure(caption)
    rows = [["Verksamhet", "Budget 2027", "Utfall jan–apr", "Prognos helår", "Avvikelse"]]
    for name, budget, outcome, forecast in DRIFT:
        deviation = _m(budget - forecast)
        rows.append([name, _m(budget), _m(outcome), _m(forecast), deviation])
        w.structure(deviation)  # budget minus prognos: computed, not kept
        # Judgement: the four months' outcome is the year's utfall so far.
        amounts = {
            ("budget", 2027): D(budget),
            ("utfall", 2027): D(outcome),
            ("prognos", 2027): D(forecast),
        }
        w.expected.budget.append(BudgetRow("drift", name, amounts))
    sums = [
        sum(b for _, b, _, _ in DRIFT),
        sum(o for _, _, o, _ in DRIFT),
        sum(f for _, _, _, f in DRIFT),
    ]
    total = ["Verksamhetens nettokostnad", *(_m(s) for s in sums), _m(sums[0] - sums[2])]
    rows.append(total)
    w.totals(*total)
    w.table(rows, widths=[6.0, 2.6, 2.6, 2.6, 2.6])
    w.para(("i", "Negativ avvikelse innebär underskott mot budget."), size=9)


def _key_table(w: Writer, title: str, header: list[str], rows: list[list[str]]) -> None:
    w.para(("b", title))
    w.structure(title)
    w.table([header, *rows], keep_headers=True, widths=[8.0, *[2.8] * (len(header) - 1)])
    w.expected.key_figures += [
        KeyRow(title, r[0], dict(zip(header[1:], r[1:], strict=True))) for r in rows
    ]


def _key_figures(w: Writer) -> None:
    _key_table(w, "Verksamhetsmått", ["Mått", "April 2026", "April 2027"], [
        ["Personer med hemtjänst", "642", "688"],
        ["Utförda hemtjänsttimmar per månad", "21 460", "23 390"],
        ["Platser i särskilt boende", "286", "286"],
        ["Personer som väntar på särskilt boende", "17", "23"],
        ["Personer med insats enligt LSS", "231", "238"],
    ])  # fmt: skip
    w.chapter("Personal")
    w.para(
        "Sjukfrånvaron har minskat något jämfört med samma period förra året. Männens "
        "sjukfrånvaro ökade, men gruppen är liten och siffran påverkas av enstaka långa "
        "sjukskrivningar."
    )
    title = "Personalnyckeltal januari–april 2027"
    _key_table(w, title, ["Nyckeltal", "Kvinnor", "Män", "Totalt"], [
        ["Antal tillsvidareanställda", "1 018", "146", "1 164"],
        ["Antal årsarbetare", "932,4", "131,7", "1 064,1"],
        ["Sjukfrånvaro, %", "9,0", "6,6", "8,7"],
        ["Varav dag 1–14, %", "4,1", "3,2", "4,0"],
        ["Långtidssjukfrånvaro 60 dagar eller mer, %", "38,2", "44,9", "38,9"],
    ])  # fmt: skip
    note = "Källa: personalsystemet. Sjukfrånvaron avser perioden 1 januari–30 april."
    w.para(("i", note), size=9)
    w.expected.notes.append(TableNote(title, note))


def _control(w: Writer) -> None:
    w.chapter("Intern kontroll")
    w.para(
        "Fyra av fem kontroller i nämndens internkontrollplan har genomförts under perioden. "
        "Granskningen av social dokumentation görs i september."
    )
    rows = [["Process", "Kontrollmoment", "Resultat"]]
    for process, moment, result in CONTROLS:
        rows.append([process, moment, result])
        w.expected.controls.append(Control(moment, process))
    w.table(rows, widths=[3.6, 6.6, 6.4])
    w.chapter("Framåtblick")
    w.para(
        "Förvaltningen lämnar en åtgärdsplan för en budget i balans till nämndens sammanträde "
        "i juni. Planen omfattar bland annat översyn av hemtjänstens planering, minskad "
        "inhyrning av sjuksköterskor och samordning av nattpatruller mellan områdena."
    )


def build_cr(path: Path) -> Expected:
    front = Front(
        namnd="Vård- och omsorgsnämnden",
        kommun="Älvsunda kommun",
        forsta_ar=2027,
        sista_ar=2027,
        titel="Delårsrapport januari–april 2027",
        ordforande="Birgitta Holm (C)",
        forvaltningschef="Jonas Ek",
        diarienummer="VON 2027/88",
    )
    w = Writer("CR-vård-omsorg-delårsrapport-tertial", front)
    _cover(w)
    _intro(w)
    _goals(w)
    _drift(w)
    _key_figures(w)
    _control(w)
    return w.save(path)

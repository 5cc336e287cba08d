"""Corpus document CH: a social- och omsorgsnämnd's plan 2027–2029 whose figures are spelled as
the people who typed them spell numbers, varied within one document: the ekonom's driftbudget
in tkr with a dot as thousands separator ("-12.500", "-142.660") and "-" for a verksamhet that
breaks even; a resultatbudget for one verksamhet in whole kronor ("1 234 567") with "−" (U+2212)
and one amount in parentheses ("( 3 400 )"); indicator tables "Indikator | Nuläge 2025 | Mål
2027 | Mål 2028 | Mål 2029" per nämndsmål (Heading 3 "Mål n. …" under Heading 2 målområden)
with decimal commas beside decimal points ("78.5 %", "9.8 %"), "ca 40 %", "> 90 %", "minst 8
av 10", "3 %-enheter bättre än 2025", "minska med 0,8 procentenheter", "1/3 av deltagarna",
"oförändrat", "Ingen uppgift", "n/a", "-" for no target, figures marked "*" and "**" with the
notes in italics under the table, and a no-break space as thousands separator ("9 874");
an activity table linked by "Mål n" with ansvarig, dates "juni 2027", "Q3 2027", ISO dates,
"december 2028", and a cost column "Egen tid", "1 150 tkr", "ca 80 tkr", "1.200 tkr", "-"; a
key-figure table with "10.4 %", "9 874,5", "*"/"**", "n/a", "Ingen uppgift", "-" and three
note lines under it; internkontroll with S | K | Riskvärde whose kontrollmoment text holds
"25.000 kr".

Expected (what a perfect import gives), deciding each spelling as a careful secretary would:
"12.500" in the driftbudget is twelve thousand five hundred tkr: the caption says "tkr utan
decimaler", the chapter says the ekonomiavdelningen writes a dot between thousands, every dotted
figure has exactly three digits after the dot and the total row and the ram in the text
("475 940 tkr") agree only with that reading; "1.200 tkr" for an activity is 1 200 tkr by the
same convention and because the text says the system costs 1,2 mnkr. A driftbudget "-" is zero
(as BN and BK read "–"); amounts keep the sign printed (net costs negative, the surplus of the
flyktingmottagning positive); the resultatbudget in whole kronor is entered in tkr, the plan's
unit, as AQ's kronor budget is ("1 234 567" is 1 234,567 tkr, "( 3 400 )" is -3,4 tkr).
"78.5 %" is 78.5 %; "ca 40 %" is 40 %; "> 90 %", "minst 8 av 10", "3 %-enheter bättre än
2025", "minska med 0,8 procentenheter", "oförändrat" and "1/3 av deltagarna" are kept as texts
(a secretary does not turn a fraction or a relative target into a figure the document does not
state); "Ingen uppgift", "n/a" and "-" in an indicator table are no value; "*"/"**"
are dropped from the figure. Key figures keep their text as printed, the decimal point read as
a comma ("10,4 %"), "-" kept as printed, "n/a" and "Ingen uppgift" no entry; the three lines
under the key-figure table are its notes (the notes under indicator tables stay text). The
front matter from the cover; seven chapters; four nämndsmål with thirteen indicators; eight
activities; nine driftbudget rows; six resultatbudget rows; nine key-figure rows; three notes;
five controls."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

from tests.word_shapes_docx import Writer, sv
from tests.word_shapes_model import (
    Activity,
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

NB = "\u00a0"
MINUS = "\u2212"
NOTHING = ("Ingen uppgift", "n/a", "-")
"""Cells of an indicator table that hold no value."""

Cell = tuple[str, Val | None]
"""A cell as printed and what a careful reader enters for it (None: nothing)."""
Ind = tuple[str, str, Cell, Cell, Cell, Cell]
"""An indicator: name, unit, nuläge 2025, mål 2027, 2028 and 2029."""

GOALS: list[tuple[str, str, list[Ind], str]] = [
    ("Trygghet och stöd",
     "Barn och unga som behöver stöd får det tidigt och i en form som passar dem.",
     [("Andel barn och unga som inte återkommer inom ett år efter avslutad insats", "%",
       ("78.5 %", D("78.5")), ("80 %", D(80)), ("81,5 %", D("81.5")), ("83 %", D(83))),
      ("Handläggningstid för förhandsbedömning, medelvärde dagar", "",
       ("11,4", D("11.4")), ("10,0", D(10)), ("9", D(9)), ("9", D(9))),
      ("Andel placerade barn som har gått på tandvårdskontroll det senaste året", "%",
       ("ca 40 %", D(40)), ("60 %", D(60)), ("75 %", D(75)), ("> 90 %", "> 90 %"))],
     ""),
    ("Egen försörjning",
     "Fler vuxna med ekonomiskt bistånd går vidare till arbete eller studier.",
     [("Andel deltagare i arbetsmarknadsinsats som går till arbete eller studier", "%",
       ("1/3 av deltagarna", "1/3 av deltagarna"), ("40 %", D(40)), ("45 %", D(45)),
       ("50 %", D(50))),
      ("Antal hushåll med långvarigt ekonomiskt bistånd (10–12 månader)", "",
       ("214*", D(214)), ("190", D(190)), ("175", D(175)), ("160", D(160))),
      ("Utbetalt bistånd per hushåll och månad, kr", "",
       (f"9{NB}874", D(9874)), ("oförändrat", "oförändrat"), ("oförändrat", "oförändrat"),
       ("oförändrat", "oförändrat")),
      ("Andel vuxna med ekonomiskt bistånd som har en planering mot arbete", "%",
       ("61 %", D(61)), ("3 %-enheter bättre än 2025", "3 %-enheter bättre än 2025"),
       ("minst 70 %", "minst 70 %"), ("minst 75 %", "minst 75 %"))],
     "* Uppgiften för 2025 avser november, årets sista körning var inte klar vid skrivningen."),
    ("Delaktighet",
     "Brukarna är delaktiga i hur stödet utformas och nöjda med det de får.",
     [("Andel brukare i hemtjänst som är nöjda med bemötandet", "%",
       ("88 %", D(88)), ("minst 8 av 10", "minst 8 av 10"), ("minst 8 av 10", "minst 8 av 10"),
       ("minst 9 av 10", "minst 9 av 10")),
      ("Andel brukare med genomförandeplan som följts upp det senaste halvåret", "%",
       ("71,0 %", D(71)), ("80 %", D(80)), ("85 %", D(85)), ("90.0 %", D(90))),
      ("Brukarundersökning LSS, index för delaktighet", "",
       ("Ingen uppgift", None), ("-", None), ("75", D(75)), ("-", None))],
     ""),
    ("Kompetens och arbetsmiljö",
     "Nämnden är en attraktiv arbetsgivare med friska och kunniga medarbetare.",
     [("Sjukfrånvaro bland tillsvidareanställda", "%",
       ("9.8 %", D("9.8")),
       ("minska med 0,8 procentenheter", "minska med 0,8 procentenheter"),
       ("8,5 %", D("8.5")), ("8,0 %", D(8))),
      ("Personalomsättning bland undersköterskor och socialsekreterare", "%",
       ("14,6 %**", D("14.6")), ("12 %", D(12)), ("11 %", D(11)), ("10 %", D(10))),
      ("HME-index, hållbart medarbetarengagemang", "",
       ("76", D(76)), ("n/a", None), ("79", D(79)), ("n/a", None))],
     "** Personalomsättningen 2025 räknas utan visstidsanställda, tidigare år med dem."),
]  # fmt: skip

Act = tuple[str, int, str, str, dt.date, str, D | None, bool]
"""An activity: name, goal number, ansvarig, klart as printed and as a date, kostnad as
printed, in tkr, and whether it is egen tid."""
ACTS: list[Act] = [
    ("Införa en modell för tidiga samordnade insatser tillsammans med skolan", 1,
     "Enhetschef barn och unga", "juni 2027", dt.date(2027, 6, 30), "Egen tid", None, True),
    ("Rekrytera två familjebehandlare till öppenvården", 1, "Enhetschef öppenvård",
     "2027-03-31", dt.date(2027, 3, 31), f"1{NB}150 tkr", D(1150), False),
    ("Starta jobbcoachning tillsammans med arbetsmarknadsenheten", 2,
     "Enhetschef försörjningsstöd", "Q3 2027", dt.date(2027, 9, 30), "ca 80 tkr", D(80), False),
    ("Följa upp hushåll med långvarigt bistånd var tredje månad", 2,
     "Enhetschef försörjningsstöd", "december 2027", dt.date(2027, 12, 31), "-", None, False),
    ("Utbilda hemtjänstens personal i bemötande och delaktighet", 3,
     "Verksamhetschef hemtjänst", "Q2 2028", dt.date(2028, 6, 30), "350 tkr", D(350), False),
    ("Införa digital genomförandeplan i verksamhetssystemet", 3, "Systemförvaltare",
     "2027-11-30", dt.date(2027, 11, 30), "1.200 tkr", D(1200), False),
    ("Ta fram en plan för heltid som norm inom omsorgen", 4, "HR-strateg",
     "december 2028", dt.date(2028, 12, 31), "Egen tid", None, True),
    ("Införa tidig rehabkontakt vid upprepad korttidsfrånvaro", 4, "HR-chef",
     "Q1 2027", dt.date(2027, 3, 31), "Egen tid", None, True),
]  # fmt: skip

DRIFT_HEADER = ["Verksamhet", "Bokslut 2025", "Budget 2026", "Budget 2027", "Plan 2028",
                "Plan 2029"]  # fmt: skip
DRIFT_KEYS = [("bokslut", 2025), ("budget", 2026), ("budget", 2027), ("plan", 2028),
              ("plan", 2029)]  # fmt: skip
DRIFT: list[tuple[str, list[int]]] = [
    ("Nämnd och förvaltningsledning", [-8412, -8650, -8920, -9100, -9250]),
    ("Barn och unga", [-48306, -49900, -52400, -53600, -54700]),
    ("Vuxna, missbruk och våld", [-21744, -22500, -23150, -23700, -24200]),
    ("Ekonomiskt bistånd", [-31890, -30500, -29800, -28900, -28000]),
    ("Arbetsmarknadsenheten", [-12544, -12500, -13040, -13300, -13600]),
    ("Hemtjänst", [-96214, -99800, -104300, -107900, -111200]),
    ("Särskilt boende", [-142660, -147100, -151230, -155000, -158900]),
    ("Funktionsstöd LSS och SoL", [-87031, -89600, -93100, -95800, -98400]),
    ("Flyktingmottagning", [845, 0, 0, 0, 0]),
]
RAM_2027 = -sum(r[1][2] for r in DRIFT)

RESULT_HEADER = ["Kronor", "Bokslut 2025", "Budget 2026", "Budget 2027"]
RESULT_KEYS = [("bokslut", 2025), ("budget", 2026), ("budget", 2027)]
RESULT: list[tuple[str, list[int]]] = [
    ("Statsbidrag och ersättningar", [2406118, 2150000, 2300000]),
    ("Försäljning av tjänster", [1234567, 1300000, 1350000]),
    ("Personalkostnader", [-11874302, -12210000, -12640000]),
    ("Lokalkostnader", [-1412880, -1450000, -1490000]),
    ("Övriga kostnader", [-2893771, -2287000, -2556600]),
    ("Finansiella kostnader", [-3400, -3000, -3400]),
]

KEY_TITLE = "Nyckeltal 2023–2025"
KEY_HEADER = ["Nyckeltal", "2023", "2024", "2025"]
KEY_ROWS: list[tuple[str, list[str]]] = [
    ("Hushåll med ekonomiskt bistånd, antal", ["412", "398", "376"]),
    ("Utbetalt ekonomiskt bistånd, tkr", [f"33{NB}118", f"32{NB}640", f"31{NB}902*"]),
    ("Vårddygn på HVB för barn och unga", ["3 284", "2 910", "2 655*"]),
    ("Kostnad per vårddygn på HVB, kr", ["6 912", "7 240", "7 515**"]),
    ("Beviljade timmar hemtjänst per månad", [f"9{NB}874,5", f"10{NB}212,0", f"10{NB}688,5"]),
    ("Sjukfrånvaro i förvaltningen", ["10.4 %", "9.9 %", "9.8 %"]),
    ("Anmälningar om barn som far illa, antal", ["612", "Ingen uppgift", "704"]),
    ("Ärenden enligt LVM, antal", ["3", "-", "2"]),
    ("Nöjd-index i medborgarundersökningen, socialtjänst", ["n/a", "54", "n/a"]),
]
KEY_NOTES = [
    "* Preliminär uppgift, bokslutet fastställs i februari 2026.",
    "** Exklusive placeringar i skyddat boende.",
    "Teckenförklaring: n/a = ingen mätning det året, - = inga ärenden.",
]

CONTROLS = [
    ("Utbetalning av ekonomiskt bistånd",
     "Bistånd betalas ut utan giltigt beslut eller till fel mottagare", "2", "4", "8",
     "Stickprov på 10 utbetalningar per kvartal och alla utbetalningar över 25.000 kr",
     "Enhetschef försörjningsstöd"),
    ("Placeringar av barn och unga", "Placering sker hos HVB utan avtal", "3", "3", "9",
     "Genomgång av alla nya placeringar mot avtalslistan två gånger per år",
     "Enhetschef barn och unga"),
    ("Läkemedelshantering i särskilt boende", "Läkemedel ges fel eller uteblir", "3", "4",
     "12", "Granskning av signeringslistor och avvikelser varje månad",
     "Medicinskt ansvarig sjuksköterska"),
    ("Debitering av avgifter i hemtjänsten", "Avgiften beräknas på fel inkomstuppgifter", "2",
     "3", "6", "Kontroll av 5 % av avgiftsbesluten i mars och september", "Avgiftshandläggare"),
    ("Attest av leverantörsfakturor", "Fakturor attesteras av fel person", "2", "2", "4",
     "Uttag ur ekonomisystemet av attester över 100 000 kr, årligen", "Controller"),
]  # fmt: skip


def _cover(w: Writer) -> None:
    w.cover("Vättersby kommun", size=14, bold=True)
    w.cover("Social- och omsorgsnämnden", size=20, bold=True)
    w.cover("Verksamhetsplan med budget 2027–2029", size=24, bold=True)
    w.cover("Ordförande: Lena Holm (S)", size=11)
    w.cover("Förvaltningschef: Mikael Strand", size=11)
    w.cover("Dnr SON 2026/318", size=11)
    w.cover("Antagen av social- och omsorgsnämnden 2026-12-02, § 156", size=10)
    w.page_break()


def _chapters(w: Writer) -> None:
    w.chapter("Inledning")
    w.paras(
        "Social- och omsorgsnämnden ansvarar för individ- och familjeomsorgen, "
        "arbetsmarknadsenheten, äldreomsorgen och stödet till personer med "
        "funktionsnedsättning. Planen beskriver vad nämnden vill uppnå under 2027–2029, hur "
        "det mäts och vilka resurser som finns.",
        "Planen har skrivits av flera personer. Ekonomiavdelningen redovisar driftbudgeten i "
        "hela tusental kronor (tkr) med punkt mellan tusentalen, så 12.500 betyder tolv "
        "miljoner femhundra tusen kronor. Resultatbudgeten för arbetsmarknadsenheten är i "
        "kronor. Övriga tabeller använder mellanslag mellan tusentalen och decimalkomma.",
    )
    w.chapter("Nämndens uppdrag")
    w.para(
        "Nämnden fullgör kommunens uppgifter enligt socialtjänstlagen, LSS, LVU och LVM och "
        "ansvarar för den kommunala hälso- och sjukvården i särskilt boende och hemtjänst. "
        "Nämnden har också uppdraget att samordna kommunens arbetsmarknadsinsatser."
    )
    w.chapter("Omvärldsanalys")
    w.paras(
        "Vättersby har drygt 21 000 invånare. Gruppen 80 år och äldre växer med ungefär 4 "
        "procent per år fram till 2030, medan antalet invånare i arbetsför ålder är i stort "
        "sett oförändrat. Det ökar behovet av hemtjänst och särskilt boende samtidigt som det "
        "blir svårare att rekrytera.",
        "Antalet hushåll med ekonomiskt bistånd har minskat tre år i rad, men nästan vart "
        "tredje hushåll har haft bistånd i mer än tio månader. Den nya socialtjänstlagen som "
        "gäller från juli 2025 ställer krav på mer förebyggande och lättillgängligt stöd.",
    )
    w.bullets(
        "Fler barn placeras i familjehem i stället för HVB, vilket sänker kostnaden per dygn.",
        "Kostnaden per vårddygn på HVB har ökat med ca 9 % sedan 2023.",
        "Sjukfrånvaron har sjunkit från 10,4 % till 9,8 % men är fortfarande hög.",
    )


def _goals(w: Writer) -> None:
    w.chapter("Mål och indikatorer")
    w.para(
        "Nämndens mål är kopplade till kommunfullmäktiges målområden. Ett streck (-) eller "
        "n/a i tabellen betyder att indikatorn inte mäts det året."
    )
    header = ["Indikator", "Nuläge 2025", "Mål 2027", "Mål 2028", "Mål 2029"]
    for n, (area, goal, inds, note) in enumerate(GOALS, 1):
        w.heading(f"Målområde: {area}", 2)
        w.structure(f"Målområde: {area}")
        w.heading(f"Mål {n}. {goal}", 3)
        w.expected.goals.append(Goal(goal, "namnd"))
        rows = [header]
        for name, unit, *cells in inds:
            rows.append([name, *(c[0] for c in cells)])
            w.structure(*(c[0] for c in cells if c[0] in NOTHING))
            now = cells[0][1]
            targets = {
                y: c[1]
                for y, c in zip((2027, 2028, 2029), cells[1:], strict=True)
                if c[1] is not None
            }
            w.expected.indicators.append(
                Indicator(goal, name, unit, 2025 if now is not None else None, now, targets)
            )
        w.table(rows, widths=[7.0, 2.6, 2.4, 2.4, 2.4])
        if note:
            w.para(("i", note), size=9)


def _activities(w: Writer) -> None:
    w.chapter("Aktiviteter")
    w.para("Aktiviteterna är kopplade till nämndens mål genom målets nummer.")
    rows = [["Aktivitet", "Mål", "Ansvarig", "Klart", "Kostnad"]]
    for name, goal, who, when, day, cost_t, cost, own in ACTS:
        rows.append([name, f"Mål {goal}", who, when, cost_t])
        w.structure(f"Mål {goal}", when, cost_t)
        w.expected.activities.append(
            Activity(name, who, day, group=GOALS[goal - 1][1], kostnad=cost, egen_tid=own)
        )
    w.table(rows, widths=[6.6, 1.4, 4.0, 2.4, 2.4])


def _economy(w: Writer) -> None:
    w.chapter("Ekonomi")
    w.para(
        f"Kommunfullmäktiges ram för 2027 är {sv(RAM_2027)} tkr. Flyktingmottagningen "
        "finansieras med statsbidrag och budgeteras utan nettokostnad; 2025 gav den ett "
        "överskott. I investeringsramen ingår 1,2 mnkr för den digitala genomförandeplanen."
    )
    caption = "Driftbudget per verksamhet, nettokostnad i tkr utan decimaler"
    w.para(("b", caption))
    w.structure(caption)
    rows = [DRIFT_HEADER]
    for name, amounts in DRIFT:
        rows.append([name, *(sv(a, sep=".") if a else "-" for a in amounts)])
        given = {k: D(a) for k, a in zip(DRIFT_KEYS, amounts, strict=True)}
        w.expected.budget.append(BudgetRow("drift", name, given))
    sums = [sum(r[1][c] for r in DRIFT) for c in range(len(DRIFT_KEYS))]
    total = ["Summa nettokostnad", *(sv(s, sep=".") for s in sums)]
    rows.append(total)
    w.totals(*total)
    w.table(rows, widths=[5.0, 2.3, 2.3, 2.3, 2.3, 2.3])

    caption = "Resultatbudget arbetsmarknadsenheten (kronor)"
    w.heading(caption, 2)
    w.structure(caption)
    rows = [RESULT_HEADER]
    for name, amounts in RESULT:
        cells = [sv(a, minus=MINUS) for a in amounts]
        if name == "Finansiella kostnader":
            cells[0] = f"( {sv(-amounts[0])} )"
        rows.append([name, *cells])
        # the plan counts in tkr: the kronor figures are in it divided by 1 000, so the
        # printed ones are checked as figures (the budget rows), not found as text
        w.structure(*cells)
        given = {k: D(a) / 1000 for k, a in zip(RESULT_KEYS, amounts, strict=True)}
        w.expected.budget.append(BudgetRow("resultat", name, given))
    net = [sum(r[1][c] for r in RESULT) for c in range(3)]
    total = ["Nettokostnad", *(sv(s, minus=MINUS) for s in net)]
    rows.append(total)
    w.totals(*total)
    w.table(rows, widths=[5.6, 3.4, 3.4, 3.4])
    w.para(("i", "Nettokostnaden motsvarar arbetsmarknadsenhetens rad i driftbudgeten."), size=9)

    w.heading(KEY_TITLE, 2)
    w.structure(KEY_TITLE)
    w.table([KEY_HEADER, *([n, *v] for n, v in KEY_ROWS)], keep_headers=True,
            widths=[8.0, 2.6, 2.6, 2.6])  # fmt: skip
    for name, values in KEY_ROWS:
        entered = {
            h: v.rstrip("*").replace(".", ",")
            for h, v in zip(KEY_HEADER[1:], values, strict=True)
            if v not in ("n/a", "Ingen uppgift")
        }
        w.structure(*(v for v in values if v in ("n/a", "Ingen uppgift")))
        w.expected.key_figures.append(KeyRow(KEY_TITLE, name, entered))
    for note in KEY_NOTES:
        w.para(("i", note), size=9)
        w.expected.notes.append(TableNote(KEY_TITLE, note))


def _control(w: Writer) -> None:
    w.chapter("Internkontroll 2027")
    w.para(
        "Riskvärdet är sannolikhet (S) gånger konsekvens (K) på en skala 1–4. Kontrollerna "
        "redovisas för nämnden i februari 2028."
    )
    rows = [["Process", "Risk", "S", "K", "Riskvärde", "Kontrollmoment", "Ansvarig"]]
    for process, risk, s, k, value, moment, who in CONTROLS:
        rows.append([process, risk, s, k, value, moment, who])
        w.expected.controls.append(Control(moment, process))
    w.table(rows, widths=[2.8, 3.2, 0.7, 0.7, 1.5, 4.2, 2.8])


def build_ch(path: Path) -> Expected:
    front = Front(
        namnd="Social- och omsorgsnämnden",
        kommun="Vättersby kommun",
        forsta_ar=2027,
        sista_ar=2029,
        titel="Verksamhetsplan med budget 2027–2029",
        ordforande="Lena Holm (S)",
        forvaltningschef="Mikael Strand",
        diarienummer="SON 2026/318",
    )
    w = Writer("CH-social-omsorgsnämnd-sifferstavningar", front)
    _cover(w)
    _chapters(w)
    _goals(w)
    _activities(w)
    _economy(w)
    _control(w)
    return w.save(path)

"""Corpus document BN: an äldrenämnd's plan 2027–2028 whose figures follow the conventions of
Swedish official statistics: indicator tables "Indikator | Nuläge 2025 | Riket 2025 | Länet 2025 |
Mål 2027 | Mål 2028" per nämndsmål (Heading 2 "Nämndsmål 1: …") where a cell may hold ".."
(uppgift saknas), "x" (uppgift skyddad, too few answers), "–" (inget finns: zero), "ca 45 %",
"<5", a figure marked "*" or "**" with the note in italics under the table, "Ej mätt", "Mäts
2028" or "Uppgift saknas"; the comparison columns Riket and Länet are not targets; targets are
figures or texts such as "Minst rikets nivå" and "≥ 2025 års nivå". An activity table linked by
"Mål n" and dated "december 2027", "Q2 2027", "ht 2027", ISO dates; a driftbudget in tkr with
"–" for a verksamhet that had no cost and a "*" figure; a key-figure table with the same
conventions and three note lines under it (the two asterisk notes and the legend of the
symbols); internkontroll with S | K | Riskvärde.

Expected (what a perfect import gives), deciding each convention as a careful secretary would:
".." , "x", "Ej mätt", "Uppgift saknas" and "Mäts 2028" are no value (no nuläge, no target, no
key-figure entry); "–" is zero (nuläge 0, amount 0; a key figure keeps its text as printed,
"–", as BK and BL do); "ca 45 %" is 45 %; "<5" is kept as the text "<5"; a figure with "*"/"**"
is the figure, the asterisks dropped, and the note lines under the key-figure table are its
notes (the notes under indicator tables and the budget stay text of the plan); Riket/Länet
values are no targets. The front matter from the cover lines (the "Antagen av …" line too, as
in the other documents); six chapters; four nämndsmål with thirteen indicators (nuläge 2025
where a value is given, targets 2027 and 2028 as figures or texts); seven activities with
ansvarig, slutdatum (the last day of the month, quarter or half year) and their goal as group;
eight driftbudget rows; seven key-figure rows; three table notes; five controls."""

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

MISSING = ("..", "x", "Ej mätt", "Uppgift saknas", "Mäts 2028")
"""Cells that hold no value: a perfect import enters nothing for them."""

Ind = tuple[str, str, str, Val | None, str, str, str, Val | None, str, Val | None]
"""An indicator: name, unit, nuläge as printed, nuläge as entered, riket, länet, mål 2027 as
printed and entered, mål 2028 as printed and entered."""

GOALS: list[tuple[str, str, list[Ind], str]] = [
    ("Äldre som har hemtjänst eller bor på särskilt boende är nöjda med sitt stöd.",
     "Brukarnas bedömning hämtas ur Socialstyrelsens undersökning Vad tycker de äldre om "
     "äldreomsorgen, som görs varje vår.",
     [("Andel brukare i hemtjänst som sammantaget är nöjda med hemtjänsten", "%",
       "88 %*", D(88), "87 %", "86 %", "Minst rikets nivå", "Minst rikets nivå", "90 %",
       D(90)),
      ("Andel boende i särskilt boende som är nöjda med maten", "%",
       "x", None, "72 %", "70 %", "75 %", D(75), "78 %", D(78)),
      ("Andel brukare i hemtjänst som kan påverka vid vilka tider de får hjälp", "%",
       "61 %", D(61), "63 %", "..", "65 %", D(65), "68 %", D(68))],
     "* Preliminär uppgift, Socialstyrelsen publicerar slutliga resultat i oktober."),
    ("Äldre får en trygg och säker vård och omsorg.",
     "Nämnden följer fallskador, avvikelser och riskbedömningar i kvalitetsregistren.",
     [("Antal fallolyckor med fraktur per 1 000 boende i särskilt boende", "",
       "..", None, "31", "29", "28", D(28), "25", D(25)),
      ("Antal allvarliga missförhållanden enligt lex Sarah", "",
       "–", D(0), "..", "..", "0", D(0), "0", D(0)),
      ("Andel boende med riskbedömning för fall, trycksår och undernäring", "%",
       "74 %**", D(74), "68 %", "71 %", "85 %", D(85), "90 %", D(90)),
      ("Antal personal som en brukare i hemtjänst möter under 14 dagar, medianvärde", "",
       "16", D(16), "16", "15", "14", D(14), "13", D(13))],
     "** Ny mätmetod från 2025: Senior alert räknar nu även korttidsplatser."),
    ("Fler äldre lever ett aktivt liv och färre känner sig ensamma.",
     "Träffpunkterna och de digitala seniorcaféerna är nämndens viktigaste förebyggande "
     "insatser.",
     [("Antal besök på kommunens träffpunkter per år", "",
       "Uppgift saknas", None, "..", "..", "12 000", D(12000), "14 000", D(14000)),
      ("Andel boende som upplever att aktiviteterna på boendet är bra", "%",
       "Ej mätt", None, "66 %", "64 %", "70 %", D(70), "75 %", D(75)),
      ("Antal deltagare i digitala seniorcaféer", "",
       "Ej mätt", None, "..", "..", "Mäts 2028", None, "200", D(200))],
     ""),
    ("Äldre får rätt insats i rätt tid av personal med rätt kompetens.",
     "Väntetiderna till särskilt boende har ökat sedan 2023 och undersköterskornas "
     "kompetens är avgörande för kvaliteten.",
     [("Antal personer som väntat mer än 90 dagar på plats i särskilt boende", "",
       "<5", "<5", "..", "..", "0", D(0), "0", D(0)),
      ("Väntetid från ansökan till erbjuden plats i särskilt boende, medelvärde dagar", "",
       "67", D(67), "63", "58", "60", D(60), "55", D(55)),
      ("Andel tillsvidareanställda undersköterskor med skyddad yrkestitel", "%",
       "ca 45 %", D(45), "52 %", "49 %", "≥ 2025 års nivå", "≥ 2025 års nivå",
       "Minst rikets nivå", "Minst rikets nivå")],
     ""),
]  # fmt: skip

ACTS = [
    ("Införa fast omsorgskontakt i alla hemtjänstgrupper", 1, "Enhetschef hemtjänst",
     "december 2027", dt.date(2027, 12, 31)),
    ("Ta fram en ny matsedel tillsammans med kostenheten och de boende", 1, "Dietist",
     "Q2 2027", dt.date(2027, 6, 30)),
    ("Utbilda all personal i särskilt boende i Senior alert", 2,
     "Medicinskt ansvarig sjuksköterska", "2027-09-30", dt.date(2027, 9, 30)),
    ("Planera hemtjänstens turer så att färre personal besöker varje brukare", 2,
     "Verksamhetschef hemtjänst", "ht 2027", dt.date(2027, 12, 31)),
    ("Öppna en ny träffpunkt i Norrby", 3, "Samordnare förebyggande verksamhet",
     "juni 2027", dt.date(2027, 6, 30)),
    ("Starta digitala seniorcaféer i samarbete med biblioteket", 3,
     "Samordnare förebyggande verksamhet", "Q3 2027", dt.date(2027, 9, 30)),
    ("Erbjuda validering och utbildning till skyddad yrkestitel för undersköterskor", 4,
     "HR-strateg", "december 2028", dt.date(2028, 12, 31)),
]  # fmt: skip

BUDGET_HEADER = ["Verksamhet", "Bokslut 2025", "Budget 2026", "Budget 2027", "Plan 2028"]
BUDGET_KEYS = [("bokslut", 2025), ("budget", 2026), ("budget", 2027), ("plan", 2028)]
DRIFT: list[tuple[str, list[str]]] = [
    ("Nämnd och förvaltningsledning", ["6 412", "6 650", "6 800", "6 950"]),
    ("Myndighetsutövning och biståndshandläggning", ["9 874", "10 210", "10 480", "10 700"]),
    ("Hemtjänst", ["118 306", "121 900*", "126 400", "130 100"]),
    ("Särskilt boende", ["187 552", "192 300", "201 700", "206 900"]),
    ("Korttidsboende och växelvård", ["21 090", "21 800", "22 400", "22 900"]),
    ("Trygghetsboende Lärkan", ["–", "1 200", "3 900", "4 000"]),
    ("Hälso- och sjukvård", ["34 618", "35 900", "37 100", "38 000"]),
    ("Förebyggande verksamhet och träffpunkter", ["2 943", "3 100", "3 650", "3 800"]),
]
BUDGET_NOTE = "* Budget efter tilläggsanslag, kommunfullmäktige 2026-06-15 § 88."

KEY_TITLE = "Nyckeltal för äldreomsorgen"
KEY_HEADER = ["Nyckeltal", "2023", "2024", "2025", "Riket 2025"]
KEY_ROWS: list[tuple[str, list[str]]] = [
    ("Invånare 80 år och äldre, antal", ["1 912", "1 987", "2 064*", ".."]),
    ("Personer med hemtjänst, antal", ["611", "634", "652*", ".."]),
    ("Platser i särskilt boende, antal", ["248", "248", "260", ".."]),
    ("Kostnad för äldreomsorg, kr per invånare 80 år och äldre",
     ["255 300", "263 900", "Uppgift saknas", "271 400"]),
    ("Sjukfrånvaro bland undersköterskor i hemtjänst", ["11,2 %", "10,6 %", "12,4 %**", ".."]),
    ("Nöjdhet med korttidsboende", ["x", "x", "81 %", "84 %"]),
    ("Personer i kö till särskilt boende vid årets slut, antal", ["–", "<5", "7", ".."]),
]  # fmt: skip
KEY_NOTES = [
    "* Preliminär uppgift",
    "** Ny mätmetod från 2025",
    "Teckenförklaring: .. uppgift saknas, x uppgift skyddad (för få svar), – inget finns att "
    "redovisa",
]

CONTROLS = [
    ("Biståndsbeslut", "Beslut saknar utredning eller motivering", "2", "4", "8",
     "Granskning av tio slumpvis valda beslut", "Enhetschef myndighet"),
    ("Läkemedelshantering", "Läkemedel ges fel eller glöms bort", "3", "4", "12",
     "Genomgång av avvikelser och signeringslistor", "Medicinskt ansvarig sjuksköterska"),
    ("Schemaläggning hemtjänst", "Planerade besök blir inte av", "3", "3", "9",
     "Jämförelse av planerad och utförd tid per månad", "Verksamhetschef hemtjänst"),
    ("Inköp av livsmedel", "Inköp görs utanför avtal", "2", "2", "4",
     "Stickprov på fakturor två gånger per år", "Controller"),
    ("Brandskydd på särskilt boende", "Brandskyddet brister vid nattbemanning", "2", "4", "8",
     "Kontroll av utrymningsövningar och egenkontroll", "Fastighetssamordnare"),
]  # fmt: skip


def amount(text: str) -> D | None:
    """A cell's amount as entered: "–" is zero, "*" is dropped."""
    if text in MISSING:
        return None
    if text == "–":
        return D(0)
    return D(text.rstrip("*").replace(" ", "").replace(",", "."))


def _cover(w: Writer) -> None:
    w.cover("Hällestads kommun", size=14, bold=True)
    w.cover("Äldrenämnden", size=20, bold=True)
    w.cover("Verksamhetsplan med budget 2027–2028", size=24, bold=True)
    w.cover("Ordförande: Birgitta Lund (KD)", size=11)
    w.cover("Förvaltningschef: Anders Vik", size=11)
    w.cover("Diarienummer: ÄN 2026/214", size=11)
    w.cover("Antagen av äldrenämnden 2026-12-09, § 142", size=10)
    w.page_break()


def _chapters(w: Writer) -> None:
    w.chapter("Inledning")
    w.paras(
        "Äldrenämnden ansvarar för hemtjänst, särskilt boende, korttidsboende, kommunal hälso- "
        "och sjukvård och förebyggande verksamhet för invånare över 65 år. Planen visar vad "
        "nämnden vill uppnå 2027 och 2028, hur det ska mätas och vad det får kosta.",
        "Siffrorna i planen följer den officiella statistikens teckenförklaring. Två punkter "
        "(..) betyder att uppgift saknas, x att uppgiften är skyddad för att svaren är för få "
        "och tankstreck (–) att det inte finns något att redovisa.",
    )
    w.chapter("Omvärldsanalys")
    w.paras(
        "Antalet invånare som är 80 år eller äldre ökar med drygt tre procent om året fram "
        "till 2030. Det betyder fler som behöver hemtjänst och fler som väntar på plats i "
        "särskilt boende, samtidigt som antalet personer i arbetsför ålder inte ökar.",
        "Den nya socialtjänstlagen och kraven på skyddad yrkestitel för undersköterskor "
        "påverkar hur nämnden rekryterar och utbildar. Andelen med yrkestitel är lägre än i "
        "länet, och uppgiften för 2025 är en uppskattning eftersom ansökningarna fortfarande "
        "handläggs.",
    )
    w.bullets(
        "Fler äldre bor kvar hemma längre med större behov.",
        "Välfärdsteknik som digitala tillsyn och trygghetslarm ersätter en del besök.",
        "Konkurrensen om sjuksköterskor och undersköterskor ökar i hela länet.",
    )


def _goals(w: Writer) -> None:
    w.chapter("Nämndens mål och indikatorer")
    w.para(
        "Riket och länet visas som jämförelse och är inga målvärden. Målen för 2027 och 2028 "
        "är nämndens egna."
    )
    header = ["Indikator", "Nuläge 2025", "Riket 2025", "Länet 2025", "Mål 2027", "Mål 2028"]
    for n, (goal, about, inds, note) in enumerate(GOALS, 1):
        w.heading(f"Nämndsmål {n}: {goal}", 2)
        w.expected.goals.append(Goal(goal, "namnd"))
        w.para(about)
        rows = [header]
        for name, unit, now_t, now, riket, lanet, t27_t, t27, t28_t, t28 in inds:
            rows.append([name, now_t, riket, lanet, t27_t, t28_t])
            w.structure(*(c for c in (now_t, riket, lanet, t27_t, t28_t) if c in MISSING))
            targets = {y: v for y, v in ((2027, t27), (2028, t28)) if v is not None}
            w.expected.indicators.append(
                Indicator(goal, name, unit, 2025 if now is not None else None, now, targets)
            )
        w.table(rows, widths=[6.6, 2.0, 1.8, 1.8, 2.2, 2.2])
        if note:
            w.para(("i", note), size=9)


def _activities(w: Writer) -> None:
    w.chapter("Aktiviteter 2027–2028")
    w.para("Varje aktivitet är kopplad till ett nämndsmål genom målets nummer.")
    rows = [["Aktivitet", "Mål", "Ansvarig", "Klart"]]
    for name, goal, who, when, day in ACTS:
        rows.append([name, f"Mål {goal}", who, when])
        w.structure(f"Mål {goal}", when)
        w.expected.activities.append(Activity(name, who, day, group=GOALS[goal - 1][0]))
    w.table(rows, widths=[7.6, 1.6, 4.6, 2.6])


def _economy(w: Writer) -> None:
    w.chapter("Ekonomi")
    w.para(
        "Kommunfullmäktiges ram för 2027 är 412 430 tkr. Trygghetsboendet Lärkan öppnade "
        "2026 och hade inga kostnader 2025. Beloppen är nettokostnader i tkr."
    )
    caption = "Driftbudget per verksamhet (tkr)"
    w.para(("b", caption))
    w.structure(caption)
    rows = [BUDGET_HEADER]
    for name, cells in DRIFT:
        rows.append([name, *cells])
        given = {
            k: a for k, a in zip(BUDGET_KEYS, map(amount, cells), strict=True) if a is not None
        }
        w.expected.budget.append(BudgetRow("drift", name, given))
    sums = [sum((amount(r[1][c]) or D(0)) for r in DRIFT) for c in range(4)]
    total = ["Summa äldrenämnden", *(sv(s) for s in sums)]
    rows.append(total)
    w.totals(*total)
    w.table(rows, widths=[6.4, 2.5, 2.5, 2.5, 2.5])
    w.para(("i", BUDGET_NOTE), size=9)

    w.heading(KEY_TITLE, 2)
    w.structure(KEY_TITLE)
    w.table([KEY_HEADER, *([n, *v] for n, v in KEY_ROWS)], keep_headers=True,
            widths=[7.0, 2.2, 2.2, 2.2, 2.4])  # fmt: skip
    for name, values in KEY_ROWS:
        entered = {
            h: v.rstrip("*")
            for h, v in zip(KEY_HEADER[1:], values, strict=True)
            if v not in MISSING
        }
        w.structure(*(v for v in values if v in MISSING))
        w.expected.key_figures.append(KeyRow(KEY_TITLE, name, entered))
    for note in KEY_NOTES:
        w.para(("i", note), size=9)
        w.expected.notes.append(TableNote(KEY_TITLE, note))


def _control(w: Writer) -> None:
    w.chapter("Internkontroll 2027")
    w.para(
        "Riskvärdet är sannolikhet (S) gånger konsekvens (K) på skalan 1–4. Risker med "
        "värdet 8 eller mer har ett kontrollmoment som redovisas för nämnden i februari."
    )
    rows = [["Process", "Risk", "S", "K", "Riskvärde", "Kontrollmoment", "Ansvarig"]]
    for process, risk, s, k, value, moment, who in CONTROLS:
        rows.append([process, risk, s, k, value, moment, who])
        w.expected.controls.append(Control(moment, process))
    w.table(rows, widths=[2.6, 3.2, 0.8, 0.8, 1.6, 4.0, 3.0])


def build_bn(path: Path) -> Expected:
    front = Front(
        namnd="Äldrenämnden",
        kommun="Hällestads kommun",
        forsta_ar=2027,
        sista_ar=2028,
        titel="Verksamhetsplan med budget 2027–2028",
        ordforande="Birgitta Lund (KD)",
        forvaltningschef="Anders Vik",
        diarienummer="ÄN 2026/214",
    )
    w = Writer("BN-äldrenämnd-statistiksymboler", front)
    _cover(w)
    _chapters(w)
    _goals(w)
    _activities(w)
    _economy(w)
    _control(w)
    return w.save(path)

"""Corpus document CD: a stadsdelsnämnd's verksamhetsplan exported from a big city's integrated
planning system. Three goal levels: "Inriktningsmål 1: …" (kommunfullmäktige's) as Heading 1,
"Kommunfullmäktiges mål för verksamhetsområdet: …" as Heading 2 and the nämnd's "Nämndmål: …"
as a bold line, each nämndmål followed by a bold "Förväntat resultat" line and its prose; an
indicator table "Indikator | Periodicitet | KF:s årsmål | Nämndens årsmål" per nämndmål with
periodicitet "Tertial", "År", "Halvår", KF's indicators marked by a superscript footnote mark,
"Tas fram av nämnden" in KF's column and KF's column empty for the nämnd's own indicators; a
"Nämndens aktiviteter" table "Aktivitet | Startdatum | Slutdatum" with ISO dates; a budget
per verksamhetsområde "Kostnader | Intäkter | Netto" in mnkr with one decimal, intäkter
negative, and "Summa"; a "Förändringar i budget" section; volumes as key figures; and
internkontroll "Process/rutin | Risk | Kontrollmoment | Metod | Frekvens". The years are
implicit: the plan year is in the title only, so the årsmål are the targets for 2027.

Expected (what a perfect import gives): the front matter; four chapters (the "Förändringar i
budget" Heading 2 is part of the Ekonomi chapter); three inriktningsmål and five KF goals at KF
level and six nämndmål at nämnd level, without their labels; fourteen indicators under their
nämndmål with the nämnd's årsmål as the 2027 target (no nuläge; "%" where written); nine
activities with the slutdatum and their nämndmål as group; nine driftbudget rows with the netto
as budget 2027; four volume rows; five controls."""

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
)

YEAR = 2027
TAS_FRAM = "Tas fram av nämnden"

Ind = tuple[str, bool, str, str, str, D | str, str]
"""An indicator row: name, KF's (footnote mark), periodicitet, KF:s årsmål as printed,
nämndens årsmål as printed, the target as the plan holds it, its unit."""
Act = tuple[str, str, str]
"""An activity: name, startdatum, slutdatum."""
NamndMal = tuple[str, str, list[Ind], list[Act]]
KfMal = tuple[str, list[NamndMal]]
GOALS: list[tuple[str, str, list[KfMal]]] = [
    ("En stad som är trygg och håller samman",
     "Alla invånare ska ha samma möjligheter oavsett var i staden de bor. Stadsdelsnämnden "
     "bidrar genom förskola, fritid, socialtjänst och en välskött stadsmiljö.",
     [("Alla barn och unga har goda uppväxtvillkor",
       [("Barnen i Västerbros förskolor utvecklas och lär sig i en trygg miljö",
         "Förskolorna arbetar med språkutveckling i alla barngrupper, och fler av de "
         "anställda i barngrupp är legitimerade förskollärare. Vårdnadshavarna upplever att "
         "barnen trivs och får det stöd de behöver.",
         [("Andel vårdnadshavare som är nöjda med förskolan", True, "År", "90 %", "91 %",
           D(91), "%"),
          ("Andel legitimerade förskollärare av anställda i barngrupp", True, "År", TAS_FRAM,
           "42 %", D(42), "%"),
          ("Antal barn per anställd i barngrupp", False, "Tertial", "", "5,1", D("5.1"), "")],
         [("Införa gemensam modell för språkutveckling i alla förskoleenheter", "2027-01-01",
           "2027-12-31"),
          ("Genomföra riktad rekrytering av förskollärare i norra Västerbro", "2027-02-01",
           "2027-06-30")]),
        ("Unga i stadsdelen har en meningsfull fritid nära hemmet",
         "Fritidsgårdarna har öppet fler kvällar och ungdomarna är med och planerar "
         "verksamheten. Fler flickor besöker fritidsgårdarna än under 2026.",
         [("Antal besök på fritidsgårdarna per vecka", False, "Tertial", "", "950", D(950),
           ""),
          ("Andel besökare som anser att de kan påverka verksamheten", False, "Halvår", "",
           "70 %", D(70), "%")],
         [("Starta tjejkvällar på fritidsgården vid Brogatan", "2027-01-15",
           "2027-05-31")])]),
      ("Invånarna är trygga i sin närmiljö",
       [("Offentliga miljöer i Västerbro upplevs som trygga och rena",
         "Klotter och nedskräpning åtgärdas snabbt, belysningen i parkerna är förbättrad och "
         "stadsdelen samverkar med polis och fastighetsägare om otrygga platser.",
         [("Andel invånare som känner sig trygga i sin närmiljö", True, "År", "75 %", "72 %",
           D(72), "%"),
          ("Andel klotteranmälningar som åtgärdats inom 24 timmar", False, "Tertial", "",
           "95 %", D(95), "%")],
         [("Genomföra trygghetsvandringar i tre bostadsområden", "2027-03-01", "2027-10-31"),
          ("Byta belysning längs gångstråket i Kvarnparken", "2027-04-01",
           "2027-11-30")])])]),
    ("En stad där äldre och personer med funktionsnedsättning lever ett gott liv",
     "Den som behöver stöd ska få det med hög kvalitet och ha inflytande över hur det ges.",
     [("Äldre får en trygg och värdig omsorg",
       [("Äldre med hemtjänst möter få och kända medarbetare",
         "Hemtjänsten planerar i mindre arbetslag så att varje brukare möter färre personer. "
         "Brukarna vet vem som kommer och när.",
         [("Personalkontinuitet i hemtjänsten, antal personal under 14 dagar", True,
           "Tertial", TAS_FRAM, "12", D(12), ""),
          ("Andel brukare som är nöjda med sin hemtjänst", True, "År", "90 %", "89 %", D(89),
           "%")],
         [("Dela in hemtjänsten i mindre arbetslag per område", "2027-01-01", "2027-09-30"),
          ("Införa digital nyckelhantering i hemtjänsten", "2027-02-01", "2027-12-31")])]),
      ("Personer med funktionsnedsättning har ett självständigt liv",
       [("Fler deltagare i daglig verksamhet går vidare till praktik eller arbete",
         "Daglig verksamhet samarbetar med arbetsmarknadsförvaltningen och lokala "
         "arbetsgivare, och varje deltagare har en plan för sin utveckling.",
         [("Antal deltagare som gått vidare till praktik eller arbete", False, "Halvår", "",
           "8", D(8), ""),
          ("Andel deltagare som är nöjda med sin dagliga verksamhet", True, "År", "88 %",
           "88 %", D(88), "%")],
         [("Ta fram individuella utvecklingsplaner för alla deltagare", "2027-01-01",
           "2027-06-30")])])]),
    ("En ekonomiskt hållbar stad",
     "Verksamheterna ska bedrivas effektivt och inom de ramar kommunfullmäktige beslutat.",
     [("Stadens verksamheter bedrivs kostnadseffektivt",
       [("Västerbro har en ekonomi i balans och friska medarbetare",
         "Alla verksamhetsområden håller sin budget. Sjukfrånvaron minskar genom tidiga "
         "insatser och chefer med rimligt antal medarbetare.",
         [("Andel verksamhetsområden med budget i balans", False, "Tertial", "", "100 %",
           D(100), "%"),
          ("Sjukfrånvaro bland medarbetarna", True, "Tertial", "6,5 %", "7,2 %", D("7.2"),
           "%"),
          ("Aktivt medskapandeindex (AMI)", True, "År", "80", "79", D(79), "")],
         [("Införa månatlig prognosgenomgång med alla enhetschefer", "2027-01-01",
           "2027-03-31")])])]),
]  # fmt: skip

BUDGET = [
    ("Förskola", "412.6", "-38.4"),
    ("Fritid och kultur", "28.3", "-2.1"),
    ("Individ- och familjeomsorg, barn och unga", "96.8", "-4.7"),
    ("Individ- och familjeomsorg, vuxna", "61.5", "-3.2"),
    ("Ekonomiskt bistånd", "74.9", "-1.8"),
    ("Äldreomsorg", "538.7", "-61.4"),
    ("Stöd och service till personer med funktionsnedsättning", "203.4", "-9.9"),
    ("Stadsmiljö", "31.2", "-6.5"),
    ("Nämnd och administration", "42.6", "-0.8"),
]

VOLUMES = [
    ("Inskrivna barn i förskola, genomsnitt", "5 420"),
    ("Brukare med hemtjänst", "1 135"),
    ("Platser i vård- och omsorgsboende", "412"),
    ("Hushåll med ekonomiskt bistånd per månad", "780"),
]

CONTROLS = [
    ["Utbetalning av ekonomiskt bistånd", "Felaktiga utbetalningar", "Kontroll av att "
     "beslut finns för utbetalningar över 10 000 kr", "Stickprov, 20 akter", "Tertial"],
    ["Upphandling och inköp", "Inköp görs utanför avtal", "Kontroll av avtalstrohet vid "
     "inköp av livsmedel och förbrukningsmaterial", "Genomgång av fakturor", "Halvår"],
    ["Hemtjänst, utförd tid", "Debiterad tid stämmer inte med utförd tid", "Jämförelse av "
     "planerad, utförd och debiterad tid", "Stickprov, 15 brukare", "Tertial"],
    ["Barnavårdsutredningar", "Utredningstiden på fyra månader överskrids",
     "Uppföljning av pågående utredningar äldre än tre månader", "Utdrag ur "
     "verksamhetssystemet", "Månadsvis"],
    ["Hantering av personuppgifter", "Personuppgifter lämnas ut till obehörig",
     "Kontroll av behörigheter i verksamhetssystemen", "Logguppföljning", "År"],
]  # fmt: skip


def _indicators(w: Writer, goal: str, inds: list[Ind]) -> None:
    header = ["Indikator", "Periodicitet", "KF:s årsmål", "Nämndens årsmål"]
    rows = [header] + [[n, per, kf, own] for n, _, per, kf, own, _, _ in inds]
    table = w.table(rows, widths=[7.6, 2.8, 3.0, 3.0])
    for r, (name, kf_ind, _, kf, own, target, unit) in enumerate(inds, 1):
        if kf_ind:
            mark = table.cell(r, 0).paragraphs[0].add_run("1")
            mark.font.superscript = True
        w.structure(own)
        if kf:
            w.structure(kf)
        w.expected.indicators.append(Indicator(goal, name, unit, targets={YEAR: target}))
    if any(i[1] for i in inds):
        w.para(("i", "1) Indikatorn är beslutad av kommunfullmäktige."), size=8)


def _activities(w: Writer, goal: str, acts: list[Act]) -> None:
    w.para(("b", "Nämndens aktiviteter"))
    w.structure("Nämndens aktiviteter")
    rows = [["Aktivitet", "Startdatum", "Slutdatum"]]
    for name, start, end in acts:
        rows.append([name, start, end])
        w.structure(start, end)
        day = dt.date.fromisoformat(end)
        w.expected.activities.append(Activity(name, slutdatum=day, group=goal))
    w.table(rows, widths=[10.6, 3.0, 3.0])
    w.para("")


def _goals(w: Writer) -> None:
    for i, (im, about, kf_goals) in enumerate(GOALS, 1):
        w.heading(f"Inriktningsmål {i}: {im}", 1)
        w.expected.goals.append(Goal(im, "kf"))
        w.para(about)
        for kf, own_goals in kf_goals:
            w.heading(f"Kommunfullmäktiges mål för verksamhetsområdet: {kf}", 2)
            w.expected.goals.append(Goal(kf, "kf"))
            for goal, result, inds, acts in own_goals:
                w.para(("b", f"Nämndmål: {goal}"))
                w.expected.goals.append(Goal(goal, "namnd"))
                w.para(("b", "Förväntat resultat"))
                w.structure("Förväntat resultat")
                w.para(result)
                _indicators(w, goal, inds)
                _activities(w, goal, acts)


def _budget(w: Writer) -> None:
    w.chapter("Ekonomi", 1)
    w.para(
        "Nämndens budget för 2027 uppgår till 1 361,2 mnkr netto. Budgeten är fördelad per "
        "verksamhetsområde enligt kommunfullmäktiges beslut om stadens budget och de "
        "resursfördelningsmodeller som gäller för förskola, äldreomsorg och ekonomiskt bistånd."
    )
    caption = "Budget 2027 per verksamhetsområde (mnkr)"
    w.para(("b", caption))
    w.structure(caption)
    rows = [["Verksamhetsområde", "Kostnader", "Intäkter", "Netto"]]
    sums = [D(0), D(0), D(0)]
    for name, cost, income in BUDGET:
        c, i = D(cost), D(income)
        figures = [c, i, c + i]
        rows.append([name, *(sv(f) for f in figures)])
        sums = [s + f for s, f in zip(sums, figures, strict=True)]
        w.expected.budget.append(BudgetRow("drift", name, {("budget", YEAR): c + i}))
    total = ["Summa", *(sv(s) for s in sums)]
    rows.append(total)
    w.totals(*total)
    w.table(rows, widths=[8.4, 2.7, 2.7, 2.7])
    w.para("Intäkter redovisas med negativt tecken.", size=8)

    # A sub-heading of the Ekonomi chapter: its prose belongs to that chapter.
    w.heading("Förändringar i budget", 2)
    w.para(
        "Jämfört med 2026 ökar nämndens budget med 38,6 mnkr. Resursfördelningen till "
        "äldreomsorgen ökar med 21,4 mnkr eftersom antalet invånare över 80 år växer, och "
        "förskolan får 6,2 mnkr mer för fler barn i de nya bostadsområdena vid Kvarnparken."
    )
    w.para(
        "Ekonomiskt bistånd räknas upp med 3,9 mnkr efter höjningen av riksnormen. Nämnden "
        "har ett effektiviseringskrav på 0,8 procent som fördelas på alla verksamhetsområden "
        "utom ekonomiskt bistånd. Inom stadsmiljö upphör det tillfälliga bidraget för "
        "parkupprustning, vilket minskar budgeten med 2,5 mnkr."
    )
    caption = "Volymer i budget 2027"
    w.para(("b", caption))
    w.structure(caption)
    header = ["Volymmått", "Budget 2027"]
    w.table([header, *([n, v] for n, v in VOLUMES)], keep_headers=True, widths=[10.0, 3.0])
    w.expected.key_figures += [KeyRow(caption, n, {"Budget 2027": v}) for n, v in VOLUMES]


def _control(w: Writer) -> None:
    w.chapter("Internkontroll", 1)
    w.para(
        "Nämnden har gjort en riskanalys av verksamhetens processer. De risker som bedömts "
        "som väsentliga kontrolleras under 2027 enligt planen nedan, och resultatet redovisas "
        "i verksamhetsberättelsen."
    )
    header = ["Process/rutin", "Risk", "Kontrollmoment", "Metod", "Frekvens"]
    w.table([header, *CONTROLS], widths=[3.4, 3.4, 4.6, 2.8, 2.4])
    w.expected.controls += [Control(r[2], r[0]) for r in CONTROLS]


def build_cd(path: Path) -> Expected:
    front = Front(
        namnd="Västerbro stadsdelsnämnd",
        kommun="Norrhamns stad",
        forsta_ar=YEAR,
        sista_ar=YEAR,
        titel="Verksamhetsplan 2027",
        diarienummer="VB 2026/00412",
    )
    w = Writer("CD-stadsdelsnämnd-planeringssystem-tre-målnivåer", front)
    w.cover("Norrhamns stad", size=12)
    w.cover("Västerbro stadsdelsnämnd", size=16, bold=True)
    w.cover("Verksamhetsplan 2027", size=26, bold=True)
    w.cover("Dnr VB 2026/00412", size=10)
    w.page_break()
    w.chapter("Inledning", 1)
    w.para(
        "Västerbro stadsdelsnämnd ansvarar för förskola, fritid, socialtjänst, äldreomsorg, "
        "stöd till personer med funktionsnedsättning och stadsmiljö för drygt 98 000 "
        "invånare. Verksamhetsplanen visar hur nämnden under 2027 genomför "
        "kommunfullmäktiges inriktningsmål och mål för verksamhetsområdet."
    )
    w.para(
        "Nämndens egna mål, förväntade resultat, indikatorer och aktiviteter är hämtade från "
        "stadens system för planering och uppföljning. Uppföljning sker i tertialrapport 1, "
        "tertialrapport 2 och verksamhetsberättelsen."
    )
    w.chapter("Omvärldsanalys", 1)
    w.para(
        "Befolkningen i Västerbro växer med omkring 1 500 personer per år. Ökningen är störst "
        "bland barn under sex år i de nya kvarteren vid Kvarnparken och bland invånare över "
        "80 år i de äldre delarna av stadsdelen."
    )
    w.para(
        "Bristen på legitimerade förskollärare och undersköterskor består. Nämnden konkurrerar "
        "med grannkommunerna om samma personal, och personalomsättningen i hemtjänsten var "
        "hög under 2026."
    )
    w.bullets(
        "Den nya socialtjänstlagen ställer högre krav på förebyggande arbete.",
        "Otryggheten i några bostadsområden kräver samverkan med polis och fastighetsägare.",
        "Kostnaderna för livsmedel och energi ligger kvar på en hög nivå.",
    )
    _goals(w)
    _budget(w)
    _control(w)
    return w.save(path)

"""Corpus document DJ's data and its later chapters: the goals with their indicator rows, the
activity table linked to goals by number, the driftbudget with its change columns, the key
figures with their "Källa:" line and the internkontroll table."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

from tests.word_shapes_docx import Writer, budget_rows, sv
from tests.word_shapes_model import Activity, Control, KeyRow, TableNote

GoalRows = list[tuple[str, str, list[tuple[str, ...]]]]
"""Per goal: its sentence, a description paragraph ("" for none) and its indicator rows:
name, unit, nuläge, target 2027, then the table's own columns."""

AREAS: list[tuple[str, str, GoalRows]] = [
    ("Målområde 1: Kultur och lärande för barn och unga", "kolada", [
        ("Fler barn och unga deltar i kulturskolans verksamhet.",
         "Kulturskolan når i dag färre barn än i jämförbara kommuner, och deltagandet är "
         "lägst i de norra skolområdena och bland barn i familjer med låga inkomster. Under "
         "2027 flyttas en del av undervisningen ut till skolorna, avgiften för syskon sänks "
         "och kulturskolan samarbetar med fritidshemmen för att nå barn som inte själva söker "
         "sig dit. Målet följs upp per skolområde i delårsrapporten.",
         [("Andel invånare 7-15 år som deltar i kulturskolans verksamhet", "%", "28", "32",
           "U09405", "34 %", "32 %"),
          ("Antal elever i kulturskolan per 1 000 invånare 7-15 år", "", "186", "215",
           "U09410", "228", "214"),
          ("Antal kurser i kulturskolan som hålls i skolans lokaler", "", "9", "14",
           "", "", "")]),
        ("Barn och unga läser mer.", "",
         [("Utlån av barn- och ungdomslitteratur per invånare 0-17 år", "", "8,4", "9,0",
           "U09803", "9,6", "8,1"),
          ("Antal bokprat och lässtimulerande program för skolklasser", "", "112", "130",
           "", "", "")]),
        ("Fritidsgårdarna är trygga mötesplatser för unga.", "",
         [("Andel besökare på fritidsgården som känner sig trygga", "%", "87", "Minst 90",
           "", "", ""),
          ("Antal besök på fritidsgårdarna per vecka, genomsnitt", "", "310", "350",
           "", "", "")]),
    ]),
    ("Målområde 2: Ett tillgängligt kulturliv för alla", "trend", [
        ("Biblioteken är öppna och välbesökta mötesplatser.", "",
         [("Fysiska besök på biblioteken per invånare", "", "5,7", "6,0", "↑"),
          ("Antal timmar per vecka med meröppet", "", "46", "60", "→"),
          ("Andel invånare som är nöjda med bibliotekens öppettider", "%", "71", "75", "↓")]),
        ("Fler invånare tar del av kulturarrangemang i hela kommunen.", "",
         [("Antal arrangemang utanför centralorten", "", "38", "45", "↑"),
          ("Antal besökare på kommunens kulturarrangemang", "", "14 260", "15 000", "↑"),
          ("Andel arrangemang som riktar sig till personer över 65 år", "%", "12", "15",
           "→")]),
    ]),
    ("Målområde 3: Idrott, friluftsliv och föreningsliv", "kalla", [
        ("Fler invånare är fysiskt aktiva på sin fritid.", "",
         [("Andel invånare som är nöjda med kommunens idrotts- och motionsanläggningar",
           "%", "59", "65", "KKiK"),
          ("Antal bokade timmar i kommunens idrottshallar", "", "21 480", "23 000",
           "Egen mätning"),
          ("Andel flickor bland deltagartillfällena med LOK-stöd", "%", "38,5", "42",
           "Egen mätning")]),
        ("Föreningslivet har goda förutsättningar.", "",
         [("Antal föreningar som får kommunalt bidrag", "", "74", "Minst 74",
           "Egen mätning"),
          ("Andel av befolkningen 7-20 år som är medlem i en idrottsförening", "%", "47",
           "50", "SCB")]),
    ]),
]  # fmt: skip

# (name, goal numbers, ansvarig, printed end, slutdatum)
ACTIVITIES: list[tuple[str, str, str, str, dt.date | None]] = [
    ("Kulturskolan startar gruppundervisning i fyra skolor i norra skolområdet",
     "1", "Kulturskolechef", "2027-08-31", dt.date(2027, 8, 31)),
    ("Syskonrabatt och avgiftsfri prova-på-termin i kulturskolan", "1", "Kulturskolechef",
     "2027-01-31", dt.date(2027, 1, 31)),
    ("Läsfrämjande samarbete med förskolor och fritidshem", "2, 1",
     "Bibliotekschef", "December 2027", dt.date(2027, 12, 31)),
    ("Trygghetsvandringar och utbildning i bemötande för fritidsgårdarnas personal", "3",
     "Enhetschef ungdom", "Juni 2027", dt.date(2027, 6, 30)),
    ("Meröppet införs på biblioteket i Norrvik", "4", "Bibliotekschef", "2027-10-31",
     dt.date(2027, 10, 31)),
    ("Kulturbussen: turnerande program i byarna och på äldreboendena", "5, 4",
     "Kultursamordnare", "Löpande", None),
    ("Ny bokningstjänst på webben för hallar och planer", "6, 7", "Anläggningschef",
     "2027-04-30", dt.date(2027, 4, 30)),
    ("Översyn av reglerna för föreningsbidrag med fokus på jämställdhet", "7, 6",
     "Föreningskonsulent", "November 2027", dt.date(2027, 11, 30)),
    ("Utegym och belysning vid motionsspåret i Hägerby", "6", "Anläggningschef",
     "September 2027", dt.date(2027, 9, 30)),
]  # fmt: skip

DRIFT = [
    ("Nämnd och förvaltningsledning", (3_420, 3_510)),
    ("Bibliotek", (14_860, 15_320)),
    ("Allmänkultur och konst", (4_180, 4_260)),
    ("Kulturskola", (11_940, 12_780)),
    ("Fritidsgårdar", (6_310, 6_450)),
    ("Idrotts- och fritidsanläggningar", (22_730, 23_910)),
    ("Föreningsbidrag", (5_260, 5_100)),
    ("Friluftsliv och naturvård", (1_870, 1_930)),
]

KEY_TITLE = "Besök och utlån"
KEY_HEADER = ["Nyckeltal", "2023", "2024", "2025"]
KEY_ROWS = [
    ["Besök på biblioteken", "158 230", "163 940", "171 005"],
    ["Utlån, fysiska medier", "201 470", "196 820", "194 310"],
    ["Utlån, e-böcker och e-ljudböcker", "18 940", "21 300", "24 870"],
    ["Besök på fritidsgårdarna", "14 110", "15 030", "16 120"],
    ["Besök i simhallen", "61 400", "58 950", "63 220"],
    ["Elever i kulturskolan", "512", "498", "527"],
]
KEY_SOURCE = (
    "Källa: Bibliotekssystemet och KB:s biblioteksstatistik, förvaltningens besöksräknare "
    "och kulturskolans elevregister."
)

CONTROLS = [
    ("Föreningsbidrag", "Att utbetalda bidrag stämmer med redovisade aktiviteter och "
     "medlemsantal", "Stickprov på 10 föreningar", "Årligen", "Föreningskonsulent"),
    ("Kontanthantering", "Att kassan i simhallen stäms av mot kassaregistret varje dag",
     "Avstämning av kassarapporter", "Kvartalsvis", "Anläggningschef"),
    ("Inköp", "Att inköp görs hos avtalade leverantörer", "Granskning av 20 fakturor",
     "Två gånger per år", "Controller"),
    ("Lokalbokning", "Att bokade tider faktureras enligt taxa", "Jämförelse bokningssystem "
     "och fakturor", "Halvårsvis", "Anläggningschef"),
    ("Barn och unga", "Att all personal på fritidsgårdarna har lämnat utdrag ur "
     "belastningsregistret", "Kontroll mot personallista", "Årligen", "Enhetschef ungdom"),
]  # fmt: skip


def activities(w: Writer, goals: list[str]) -> None:
    w.chapter("Aktiviteter")
    w.para(
        "Tabellen visar de aktiviteter som nämnden genomför under 2027. Kolumnen Koppling "
        "till mål anger numret på det eller de mål som aktiviteten bidrar till."
    )
    rows = [["Aktivitet", "Koppling till mål", "Ansvarig", "Klart"]]
    for name, numbers, who, when, day in ACTIVITIES:
        rows.append([name, numbers, who, when])
        first = goals[int(numbers.split(",")[0]) - 1]
        w.expected.activities.append(Activity(name, who, day, group=first))
    w.table(rows, widths=[8.4, 2.2, 3.4, 2.6])


def economy(w: Writer) -> None:
    w.chapter("Ekonomi")
    w.para(
        "Nämndens nettoram för 2027 är 73 260 tkr, en ökning med 2 690 tkr jämfört med 2026. "
        "Ökningen avser främst lönerevision, hyreshöjningen för den nya ishallen och "
        "kulturskolans satsning i norra skolområdet. Föreningsbidragen minskar något "
        "eftersom ett tillfälligt stöd till bygdegårdarna upphör."
    )
    keys = [("budget", 2026), ("budget", 2027)]
    header = ["Verksamhet, tkr", "Budget 2026", "Budget 2027", "Förändring, tkr",
              "Förändring, %"]  # fmt: skip
    body = budget_rows(w, "drift", keys, [(n, a) for n, a in DRIFT], "Summa nettokostnad")
    rows = [header]
    for row, (_, (old, new)) in zip(body, [*DRIFT, ("", _sums())], strict=True):
        change, percent = sv(new - old), sv(_percent(old, new), "%", minus="-")
        rows.append([*row, change, percent])
        w.structure(change, percent)  # derived from the two budget columns
    w.table(rows, widths=[6.0, 2.5, 2.5, 2.7, 2.5])


def _sums() -> tuple[int, int]:
    return sum(a for _, (a, _) in DRIFT), sum(b for _, (_, b) in DRIFT)


def _percent(old: int, new: int) -> D:
    return (D(new - old) * 100 / D(old)).quantize(D("0.1"))


def key_figures(w: Writer) -> None:
    w.chapter("Nyckeltal")
    w.para("Tabellen visar antalet besök och utlån i nämndens verksamheter de tre senaste åren.")
    w.para(("b", KEY_TITLE))
    w.structure(KEY_TITLE)
    w.table([KEY_HEADER, *KEY_ROWS], keep_headers=True, widths=[7.5, 2.6, 2.6, 2.6])
    w.para(("i", KEY_SOURCE), size=8)
    for values in KEY_ROWS:
        given = dict(zip(KEY_HEADER[1:], values[1:], strict=True))
        w.expected.key_figures.append(KeyRow(KEY_TITLE, values[0], given))
    w.expected.notes.append(TableNote(KEY_TITLE, KEY_SOURCE))


def internal(w: Writer) -> None:
    w.chapter("Internkontroll")
    w.para(
        "Nämndens internkontrollplan för 2027 bygger på en risk- och väsentlighetsanalys som "
        "förvaltningens ledningsgrupp gjorde i september. Resultatet rapporteras till "
        "nämnden i samband med årsredovisningen."
    )
    rows = [["Process", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig"]]
    for process, moment, method, when, who in CONTROLS:
        rows.append([process, moment, method, when, who])
        w.expected.controls.append(Control(moment, process))
    w.table(rows, widths=[2.8, 5.4, 3.6, 2.2, 2.8])

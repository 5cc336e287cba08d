"""Corpus document BB: a gymnasie- och vuxenutbildningsnämnd's plan 2027–2029 that gives its
goals twice: first a summary table "Nämndens mål i korthet" early in the plan ("Målområde | Mål
| Indikator | Målvärde 2027", the målområde merged down over its goals and each goal merged down
over its indicators), where some goals and indicators are named by a shortened wording ("Fler
elever tar examen", "Väntetid till sfi") and one indicator is left out; then one numbered
Heading 1 chapter per målområde ("4 Kunskap och lärande") where each goal returns in full as
an unnumbered Heading 2 with a description, a "Så mäter vi målet" table with two header rows
("Indikator | Utfall (2023, 2024, 2025 (nuläge)) | Målvärde (2027, 2028)") holding the history
of outcomes, "Ej mätt" for surveys made every other year and "–" for no target, and an
"Aktiviteter 2027" table "Aktivitet | Ansvarig | Klart" dated "juni 2027", "ht 2027", "vt 2028",
ISO dates and "Löpande"; a driftbudget "Budget 2026 | Budget 2027 | Plan 2028 | Plan 2029" of
net costs as positive amounts, volume key figures with a "– varav" row, and internkontroll with
"S | K | Riskvärde" columns. The page header repeats the nämnd and the title.

Expected (what a perfect import gives): the front matter from the cover lines; six chapters
(the målområde chapters are the goals' målområden, not narrative chapters); each of the six
nämndsmål once, in the full wording of its heading (the summary's short forms are structure);
each of the twelve indicators once under its goal, with its full name, the outcomes 2023–2025
that are figures, 2025 as nuläge and the targets 2027 and 2028 that are given ("–" is none);
ten activities with ansvarig, slutdatum ("ht 2027" is 2027-12-31, "vt 2028" 2028-06-30, the
last day of a named month, none for "Löpande") and their goal as group; eight driftbudget
rows; five key-figure rows; four controls. The page header is not in the plan."""

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

HEADER = "Gymnasie- och vuxenutbildningsnämnden · Verksamhetsplan med budget 2027–2029"

Ind = tuple[str, str | None, str, tuple[Val, Val, Val], Val, Val]
"""An indicator: full name, name in the summary ("" when the same, None when left out of it),
unit, utfall 2023–2025 ("Ej mätt" when not measured), målvärde 2027 and 2028."""
Act = tuple[str, str, str]
"""An activity: name, ansvarig, when it is done as printed."""
GoalRow = tuple[str, str, str, list[Ind], list[Act]]
"""A goal: full sentence, short form in the summary ("" when the same), description,
indicators and activities."""

NOT = "Ej mätt"
AREAS: list[tuple[int, str, str, list[GoalRow]]] = [
    (4, "Kunskap och lärande",
     "Målområdet bygger på kommunfullmäktiges mål om att alla unga i Skogsåkra ska lämna "
     "skolan med en utbildning som räcker för arbete eller vidare studier. Nämnden ansvarar "
     "för Skogsåkra gymnasium, Bruksskolans introduktionsprogram och den anpassade "
     "gymnasieskolan.",
     [("Fler elever fullföljer gymnasieskolan och tar examen inom tre år.",
       "Fler elever tar examen",
       "Examen inom tre år har ökat tre år i rad men ligger fortfarande under jämförbara "
       "kommuner. Skillnaderna mellan programmen är stora: på de yrkesförberedande programmen "
       "tar var tredje elev inte examen i tid. Nämnden vill också att fler elever på "
       "introduktionsprogrammen når ett nationellt program.",
       [("Andel elever på nationella program som tar examen inom tre år",
         "Examen inom tre år, andel", "%", (D("74.2"), D("75.8"), D("77.1")), D(80), D(82)),
        ("Andel elever på introduktionsprogram som går över till nationellt program inom ett "
         "år", "Övergång från introduktionsprogram", "%", (D(31), D(28), D(34)), D(40),
         D(45))],
       [("Införa en gemensam modell för tidiga insatser när en elev riskerar att inte nå "
         "examen", "Rektor Skogsåkra gymnasium", "juni 2027"),
        ("Erbjuda lovskola i matematik och svenska som andraspråk inför varje termin",
         "Rektor Skogsåkra gymnasium", "ht 2027")]),
      ("Eleverna når högre kunskapsresultat i alla ämnen.", "",
       "Betygen har stått still sedan 2023 och andelen elever med minst ett underkänt betyg "
       "har ökat något. Ämnesbetygen som infördes 2025 ställer nya krav på hur lärarna "
       "planerar och bedömer.",
       [("Genomsnittlig betygspoäng för elever med examen", "", "",
         (D("14.1"), D("14.0"), D("14.3")), D("14.6"), D("14.8")),
        ("Andel elever som fått betyget F i minst ett ämne", "", "%", (D(21), D(23), D(22)),
         "Högst 18 %", "Högst 15 %")],
       [("Kollegial bedömning av ämnesbetyg i alla yrkesämnen", "Förstelärare",
         "2027-12-15"),
        ("Utvärdera det nya schemat med längre lektionspass", "Biträdande rektor",
         "vt 2028")])]),
    (5, "Trygghet och hälsa",
     "En trygg skola med studiero är en förutsättning för lärande. Målområdet omfattar "
     "elevhälsan, arbetet mot kränkande behandling och det främjande arbetet för närvaro.",
     [("Alla elever känner sig trygga och har studiero i skolan.",
       "Trygga elever med studiero",
       "Elevenkäten görs vartannat år. Den senaste visar att nästan alla elever känner sig "
       "trygga, men att var tredje elev upplever att lektionerna ofta störs.",
       [("Andel elever som känner sig trygga i skolan", "", "%", (D(86), NOT, D(84)), D(90),
         "–"),
        ("Andel elever som upplever studiero på lektionerna", "", "%", (D(68), NOT, D(66)),
         D(75), "–")],
       [("Ta fram gemensamma ordningsregler tillsammans med elevkåren",
         "Rektor Skogsåkra gymnasium", "2027-03-31"),
        ("Bemanna skolans uppehållsrum med fritidsledare under hela skoldagen",
         "Enhetschef elevhälsa", "Löpande")]),
      ("Elevernas närvaro ökar och färre avbryter sina studier.", "Ökad närvaro",
       "Den ogiltiga frånvaron ökade efter pandemin och har bara delvis gått tillbaka. "
       "Nämnden följer varje elev som avbryter studierna inom det kommunala aktivitetsansvaret.",
       [("Andel elever med minst 15 procent ogiltig frånvaro", "Hög frånvaro, andel", "%",
         (D("12.4"), D("13.9"), D("13.1")), "Högst 10 %", "Högst 8 %"),
        ("Antal elever som avbryter studierna utan att börja en annan utbildning", None, "",
         (D(58), D(61), D(47)), D(40), D(35))],
       [("Införa digital frånvaroanmälan med sms till vårdnadshavare samma dag",
         "Biträdande rektor", "juni 2027"),
        ("Samla aktivitetsansvaret och studie- och yrkesvägledningen i ett team",
         "Verksamhetschef vuxenutbildning", "december 2027")])]),
    (6, "Vuxnas lärande och arbetsliv",
     "Vuxenutbildningen ska ge vuxna en andra chans och ge arbetsgivarna i regionen den "
     "kompetens de behöver. Nämnden samverkar med arbetsmarknadsenheten och med "
     "kommunerna i yrkesvuxregionen.",
     [("Vuxna som studerar på komvux får ett arbete eller går vidare till fortsatta studier.",
       "Fler vuxna går till arbete eller studier",
       "Yrkesutbildningarna inom vård, bygg och transport leder oftast till arbete. "
       "Nämnden vill öka andelen elever som fullföljer sina kurser, särskilt på distans.",
       [("Andel elever i yrkesvux med arbete eller studier ett år efter avslutad utbildning",
         "Arbete eller studier efter yrkesvux", "%", (D(68), D(71), D(73)), D(75), D(78)),
        ("Andel avslutade kurser med godkänt betyg inom komvux", "", "%",
         (D("81.5"), D("80.2"), D("82.6")), D(85), D(85))],
       [("Starta en yrkesutbildning till elektriker i samarbete med två grannkommuner",
         "Verksamhetschef vuxenutbildning", "ht 2027")]),
      ("Elever i sfi når sina studiemål snabbare.", "",
       "Antalet elever i sfi minskar, men fler har kort utbildning bakom sig. Väntetiden till "
       "start har kortats sedan nämnden införde löpande intag.",
       [("Andel elever i sfi som klarar kurs C inom ett år", "", "%", (D(39), D(42), D(45)),
         D(50), D(55)),
        ("Genomsnittlig väntetid till sfi-start, dagar", "Väntetid till sfi", "",
         (D(24), D(31), D(19)), "Högst 14", "Högst 14")],
       [("Kombinera sfi med yrkessvenska inom vård och omsorg", "Rektor vuxenutbildningen",
         "2027-08-31")])]),
]  # fmt: skip

SOURCES = {
    4: "Skolverkets statistik och nämndens elevregister.",
    5: "Elevenkäten (vartannat år) och elevregistret.",
    6: "Uppföljning av yrkesvux i regionen och elevregistret för komvux.",
}
"""The line under each indicator table of a målområde's goals."""

SHORT_TARGETS = {"Genomsnittlig väntetid till sfi-start, dagar": "Högst 14 dagar"}
"""The summary's 2027 target where it is printed otherwise than in the chapter."""

KEYS = [("budget", 2026), ("budget", 2027), ("plan", 2028), ("plan", 2029)]
DRIFT = [
    ("Nämnd och förvaltningsledning", (6850, 7020, 7160, 7300)),
    ("Nationella program", (248300, 259400, 266100, 271800)),
    ("Introduktionsprogram", (31200, 33900, 34600, 35300)),
    ("Anpassad gymnasieskola", (27600, 28900, 29500, 30100)),
    ("Interkommunala ersättningar", (64100, 67800, 69900, 71300)),
    ("Kommunal vuxenutbildning", (38400, 39100, 40200, 41000)),
    ("Sfi", (17900, 16800, 16500, 16200)),
    ("Uppdragsutbildning", (1200, 900, 900, 900)),
]

KEY_TITLE = "Volymer och nyckeltal"
KEY_HEADER = ["Nyckeltal", "Utfall 2024", "Utfall 2025", "Budget 2026", "Budget 2027"]
KEY_ROWS = [
    ["Folkbokförda elever i gymnasieskolan, antal", "1 942", "2 011", "2 060", "2 135"],
    ["– varav i kommunens egen skola", "1 388", "1 421", "1 450", "1 505"],
    ["Kostnad per elev, nationella program, kr", "126 800", "129 300", "131 000", "133 900"],
    ["Heltidsplatser i komvux", "612", "640", "650", "650"],
    ["Elever i sfi, antal", "486", "452", "430", "400"],
]

CONTROLS = [
    ("Interkommunala ersättningar",
     "Fakturor betalas för elever som har slutat hos den andra huvudmannen", "3", "3", "9",
     "Avstämning av fakturerade elever mot elevregistret", "Controller", "Varje termin"),
    ("Betygsättning", "Betyg registreras fel eller för sent", "2", "4", "8",
     "Stickprov på betygskataloger mot registrerade betyg", "Rektor", "Två gånger per år"),
    ("Frånvarorapportering", "CSN får inte besked om ogiltig frånvaro i tid", "3", "3", "9",
     "Kontroll att frånvaro rapporteras till CSN inom en månad", "Biträdande rektor",
     "Varje månad"),
    ("Köp av vuxenutbildning", "Kurser köps av anordnare utan giltigt avtal", "2", "3", "6",
     "Granskning av att avtal finns för alla köpta kurser", "Verksamhetschef vuxenutbildning",
     "Årligen"),
]  # fmt: skip

MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
          "september", "oktober", "november", "december"]  # fmt: skip


def slutdatum(when: str) -> dt.date | None:
    """Judgement: "vt 2028" (vårtermin) is due 2028-06-30 and "ht 2027" 2027-12-31, as in T;
    "juni 2027" the month's last day, as in L; "Löpande" has no end date."""
    if when == "Löpande":
        return None
    if "-" in when:
        return dt.date.fromisoformat(when)
    word, year = when.split()
    if word in ("vt", "ht"):
        return dt.date(int(year), 6, 30) if word == "vt" else dt.date(int(year), 12, 31)
    month = MONTHS.index(word) + 1
    following = dt.date(int(year) + month // 12, month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def _start(w: Writer) -> None:
    section = w.doc.sections[0]
    section.header.paragraphs[0].text = HEADER
    w.expected.absent.append(HEADER)
    for line, size, bold in [
        ("Skogsåkra kommun", 14, False),
        ("Gymnasie- och vuxenutbildningsnämnden", 16, True),
        ("Verksamhetsplan med budget 2027–2029", 26, True),
        ("Antagen av gymnasie- och vuxenutbildningsnämnden 2026-11-25, § 96", 10, False),
        ("Diarienummer: GVN 2026/311", 10, False),
        ("Ordförande: Ylva Sandberg (M)", 10, False),
        ("Förvaltningschef: Henrik Åberg", 10, False),
    ]:
        w.cover(line, size=size, bold=bold)
    w.page_break()
    w.chapter("Förord")
    w.paras(
        "Under planperioden blir ungdomarna i Skogsåkra fler samtidigt som statsbidragen till "
        "vuxenutbildningen minskar. Det kräver att vi prioriterar det som ger eleverna bäst "
        "förutsättningar: att fullfölja sin utbildning och få ett arbete.",
        "Nämnden har i år samlat målen i en kortfattad översikt först i planen, så att den "
        "som vill få en snabb bild inte behöver läsa hela dokumentet.",
    )
    w.para(("i", "Ylva Sandberg (M), ordförande"))
    w.chapter("1 Inledning")
    w.paras(
        "Verksamhetsplanen beskriver hur gymnasie- och vuxenutbildningsnämnden ska bidra till "
        "kommunfullmäktiges mål under 2027–2029. Den omfattar gymnasieskolan, den anpassade "
        "gymnasieskolan, kommunal vuxenutbildning med sfi och det kommunala "
        "aktivitetsansvaret.",
        "Planen följs upp i delårsrapporten per augusti och i verksamhetsberättelsen. "
        "Budgeten för 2027 är beslutad; åren 2028 och 2029 är plan.",
    )


def _summary(w: Writer) -> None:
    w.chapter("2 Nämndens mål i korthet")
    w.para(
        "Tabellen sammanfattar nämndens sex mål och de viktigaste indikatorerna. Varje mål "
        "beskrivs utförligt i kapitel 4–6 med utfall för tidigare år och målvärden för hela "
        "planperioden."
    )
    rows = [["Målområde", "Mål", "Indikator", "Målvärde 2027"]]
    merges = []
    for _, area, _, goals in AREAS:
        area_start = len(rows)
        for goal, short, _, inds, _ in goals:
            goal_start = len(rows)
            listed = [i for i in inds if i[1] is not None]
            for n, (name, summary_name, unit, _, t27, _) in enumerate(listed):
                rows.append([
                    area if len(rows) == area_start else "",
                    (short or goal) if n == 0 else "",
                    summary_name or name,
                    SHORT_TARGETS.get(name) or cell_text(t27, unit),
                ])  # fmt: skip
                if summary_name:
                    w.structure(summary_name)
            if len(rows) - 1 > goal_start:
                merges.append((goal_start, 1, len(rows) - 1, 1))
            if short:
                w.structure(short)
        merges.append((area_start, 0, len(rows) - 1, 0))
    w.structure(*SHORT_TARGETS.values())
    w.table(rows, merges=merges, widths=[3.2, 4.6, 6.0, 2.6])


def _omvarld(w: Writer) -> None:
    w.chapter("3 Omvärldsanalys")
    w.paras(
        "Antalet 16–19-åringar i kommunen ökar med drygt 200 fram till 2029. Ökningen är "
        "störst i tätorten, där Skogsåkra gymnasium redan i dag är fullt på flera program. "
        "Nämnden behöver därför både fler platser och ett tydligare samarbete med "
        "grannkommunerna om vilka program som erbjuds var.",
        "Arbetsmarknaden i regionen efterfrågar framför allt undersköterskor, elektriker, "
        "fordonstekniker och lärare. Bristen på behöriga lärare i yrkesämnen och i svenska "
        "som andraspråk är den största risken för kvaliteten under perioden.",
        "Reformen med ämnesbetyg i gymnasieskolan och de nya reglerna för komvux om "
        "kortare utbildningar på gymnasial nivå påverkar både planeringen och kostnaderna. "
        "Statens bidrag till regionalt yrkesvux minskar från 2027, vilket gör att nämnden "
        "måste finansiera fler platser inom ramen.",
    )


def _goal(w: Writer, goal: str, about: str, inds: list[Ind], acts: list[Act], source: str) -> None:
    w.heading(goal, 2)
    w.expected.goals.append(Goal(goal, "namnd"))
    w.para(about)
    w.para(("b", "Så mäter vi målet"))
    w.structure("Så mäter vi målet")
    rows = [
        ["Indikator", "Utfall", "", "", "Målvärde", ""],
        ["", "2023", "2024", "2025 (nuläge)", "2027", "2028"],
    ]
    for name, _, unit, history, t27, t28 in inds:
        rows.append([name, *(cell_text(v, unit) for v in (*history, t27, t28))])
        outcomes: dict[int, Val] = {
            y: v for y, v in zip((2023, 2024, 2025), history, strict=True) if isinstance(v, D)
        }
        targets = {y: v for y, v in ((2027, t27), (2028, t28)) if v != "–"}
        # The 2025 outcome is the nuläge the table names; the earlier years are its history.
        w.expected.indicators.append(
            Indicator(goal, name, unit, 2025, history[2], targets, outcomes)
        )
        w.structure(*(v for v in (*history, t28) if isinstance(v, str) and v in (NOT, "–")))
    merges = [(0, 0, 1, 0), (0, 1, 0, 3), (0, 4, 0, 5)]
    w.table(rows, header_rows=2, merges=merges, widths=[7.0, 1.7, 1.7, 2.1, 1.7, 1.7])
    w.para(("i", f"Källa: {source}"))
    w.para(("b", "Aktiviteter 2027"))
    w.structure("Aktiviteter 2027")
    rows = [["Aktivitet", "Ansvarig", "Klart"]]
    for name, who, when in acts:
        rows.append([name, who, when])
        w.structure(when)
        w.expected.activities.append(Activity(name, who, slutdatum(when), group=goal))
    w.table(rows, widths=[9.0, 4.6, 3.0])


def _areas(w: Writer) -> None:
    for number, area, about, goals in AREAS:
        # A målområde's chapter: the heading names the goals' målområde (the summary's
        # first column), its paragraph is the målområde's description.
        w.heading(f"{number} {area}", 1)
        w.para(about)
        for goal, _, text, inds, acts in goals:
            _goal(w, goal, text, inds, acts, SOURCES[number])


def _economy(w: Writer) -> None:
    w.chapter("7 Ekonomi")
    w.para(
        "Kommunfullmäktiges ram för 2027 är 453,8 miljoner kronor, 18,3 miljoner kronor eller "
        "4,2 procent mer än 2026. Ökningen täcker fler elever i gymnasieskolan, högre "
        "interkommunala ersättningar och lönerevisionen. Sfi minskar i takt med att "
        "elevantalet sjunker."
    )
    w.heading("Driftbudget per verksamhet, nettokostnad i tkr", 2)
    w.structure("Driftbudget per verksamhet, nettokostnad i tkr")
    header = ["Verksamhet", "Budget 2026", "Budget 2027", "Plan 2028", "Plan 2029"]
    body = budget_rows(w, "drift", KEYS, DRIFT, "Summa nettokostnad")
    w.table([header, *body], widths=[6.4, 2.6, 2.6, 2.6, 2.6])
    w.para(
        "Interkommunala ersättningar avser elever som går i en annan kommuns eller en "
        "fristående huvudmans gymnasieskola."
    )
    w.heading(KEY_TITLE, 2)
    w.structure(KEY_TITLE)
    w.table([KEY_HEADER, *KEY_ROWS], keep_headers=True, widths=[7.0, 2.4, 2.4, 2.4, 2.4])
    w.expected.key_figures += [
        KeyRow(KEY_TITLE, row[0], dict(zip(KEY_HEADER[1:], row[1:], strict=True)))
        for row in KEY_ROWS
    ]


def _control(w: Writer) -> None:
    w.chapter("8 Internkontroll")
    w.para(
        "Riskerna är bedömda efter sannolikhet (S) och konsekvens (K) på en skala 1–4. "
        "Risker med riskvärde 6 eller högre har ett kontrollmoment."
    )
    rows = [["Process", "Risk", "S", "K", "Riskvärde", "Kontrollmoment", "Ansvarig",
             "Frekvens"]]  # fmt: skip
    for process, risk, s, k, value, moment, who, often in CONTROLS:
        rows.append([process, risk, s, k, value, moment, who, often])
        w.expected.controls.append(Control(moment, process))
    w.table(rows, widths=[2.4, 3.2, 0.8, 0.8, 1.5, 3.4, 2.2, 1.9], size=8)


def build_bb(path: Path) -> Expected:
    front = Front(
        namnd="Gymnasie- och vuxenutbildningsnämnden",
        kommun="Skogsåkra kommun",
        forsta_ar=2027,
        sista_ar=2029,
        titel="Verksamhetsplan med budget 2027–2029",
        ordforande="Ylva Sandberg (M)",
        forvaltningschef="Henrik Åberg",
        diarienummer="GVN 2026/311",
    )
    w = Writer("BB-gymnasie-vux-mål-två-gånger", front)
    _start(w)
    _summary(w)
    _omvarld(w)
    _areas(w)
    _economy(w)
    _control(w)
    return w.save(path)

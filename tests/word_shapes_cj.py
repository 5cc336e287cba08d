"""Corpus document CJ: a barn- och utbildningsnämnd's plan whose wide tables were split
sideways to fit the page: each goal's indicator table is printed as two tables, the first with
the indicator name and the outcomes 2021–2024, the second (after a line "Tabellen fortsätter."
or on the next page under a "forts." heading) repeating the names with the outcome 2025 and
the targets 2027–2029; the driftbudget is split the same way (Bokslut and Budget in the first
part, the Plan years in the second, each part with its own totals row); the activity table is
an ordinary table split downwards by a page break, its header repeated over the second part.

Expected (what a perfect import gives): the front matter; six chapters; four nämnd goals;
eleven indicators, each one whole row across both parts (outcomes 2021–2025, targets
2027–2029, "%" where written, blanks as no entry); nine activities with ansvarig, the last day
of the month as slutdatum and their goal as group; seven driftbudget rows with bokslut 2024
and 2025, budget 2026 and 2027 and plan 2028 and 2029; five internkontroll rows."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

from tests.word_shapes_docx import Writer, cell_text, sv
from tests.word_shapes_model import Activity, BudgetRow, Control, Expected, Front, Goal, Indicator

V = D | str | None
Row = tuple[str, str, tuple[V, V, V, V, V], tuple[V, V, V]]
"""An indicator: name, unit, utfall 2021–2025, mål 2027–2029."""

GOALS: list[tuple[str, str, list[Row]]] = [
    ("Alla barn och elever når kunskapsmålen utifrån sina förutsättningar.",
     "Skolresultaten i årskurs 9 har legat still de senaste åren, medan resultaten i "
     "årskurs 6 har förbättrats något.",
     [("Andel elever i åk 9 som är behöriga till yrkesprogram", "%",
       (D("84.1"), D("82.7"), D("83.5"), D("81.9"), D("84.6")), (D(87), D(88), D(90))),
      ("Genomsnittligt meritvärde i åk 9 (17 ämnen)", "",
       (D("221.4"), D("218.0"), D("224.3"), D("219.8"), D("226.1")), (D(230), D(232), D(235))),
      ("Andel elever i åk 6 med lägst betyget E i matematik", "%",
       (D("86.0"), D("84.2"), D("87.5"), D("88.1"), D("89.0")), (D(91), D(92), D(93))),
      ("Andel elever som fullföljt gymnasieutbildning inom fyra år", "%",
       (D("71.3"), D("73.0"), D("70.8"), D("72.6"), D("74.9")), (D(77), D(78), D(80)))]),
    ("Barn och elever känner sig trygga och har studiero.",
     "Elevenkäten genomförs vartannat år i årskurs 5, 8 och gymnasiets år 2.",
     [("Andel elever i åk 8 som känner sig trygga i skolan", "%",
       (D(82), None, D(79), None, D(81)), (D(85), None, D(88))),
      ("Andel elever i åk 8 som upplever studiero på lektionerna", "%",
       (D(58), None, D(55), None, D(60)), (D(65), None, D(70))),
      ("Antal anmälningar om kränkande behandling per 100 elever", "",
       (D("3.4"), D("3.9"), D("4.2"), D("4.0"), D("3.6")), (D("3.2"), D("3.0"), D("2.8")))]),
    ("Förskolan ger varje barn en god start i livet.",
     "Förskolans barngrupper har minskat sedan 2022 men ligger fortfarande över riktmärket.",
     [("Antal barn per årsarbetare i förskolan", "",
       (D("5.6"), D("5.4"), D("5.3"), D("5.3"), D("5.1")), (D("5.0"), D("5.0"), D("4.9"))),
      ("Andel vårdnadshavare som är nöjda med förskolan", "%",
       (D(91), D(90), D(92), D(93), D(92)), ("Minst 92 %", "Minst 92 %", "Minst 92 %"))]),
    ("Nämnden är en attraktiv arbetsgivare med legitimerad personal.",
     "Konkurrensen om lärare och förskollärare ökar i hela regionen.",
     [("Andel lärare med lärarlegitimation och behörighet i minst ett ämne", "%",
       (D("76.5"), D("75.1"), D("74.0"), D("75.8"), D("77.2")), (D(80), D(82), D(84))),
      ("Sjukfrånvaro bland medarbetarna", "%",
       (D("7.8"), D("7.1"), D("6.9"), D("7.3"), D("6.6")), (D("6.0"), D("5.8"), D("5.5")))]),
]  # fmt: skip

OUT_YEARS = (2021, 2022, 2023, 2024, 2025)
GOAL_YEARS = (2027, 2028, 2029)

ACTS = [
    ("Införa gemensamt bedömningsstöd i matematik åk 4–6", 0, "Rektorer grundskola",
     "mars 2027", dt.date(2027, 3, 31)),
    ("Starta läxhjälp på alla högstadieskolor", 0, "Skolchef",
     "augusti 2027", dt.date(2027, 8, 31)),
    ("Följa upp frånvaron varje månad i elevhälsan", 0, "Elevhälsochef",
     "december 2027", dt.date(2027, 12, 31)),
    ("Revidera planerna mot kränkande behandling", 1, "Rektorer",
     "juni 2027", dt.date(2027, 6, 30)),
    ("Anställa fler rastvärdar på mellanstadiet", 1, "Skolchef",
     "oktober 2027", dt.date(2027, 10, 31)),
    ("Öppna förskolan Lärkan med sex avdelningar", 2, "Förskolechef",
     "januari 2028", dt.date(2028, 1, 31)),
    ("Utveckla språkförskolan i Östra Berga", 2, "Förskolechef",
     "december 2027", dt.date(2027, 12, 31)),
    ("Erbjuda lärarassistenter vidareutbildning till lärare", 3, "HR-chef",
     "september 2027", dt.date(2027, 9, 30)),
    ("Införa gemensam introduktion för nyanställda", 3, "HR-chef",
     "april 2027", dt.date(2027, 4, 30)),
]  # fmt: skip

PART1 = [("bokslut", 2024), ("bokslut", 2025), ("budget", 2026), ("budget", 2027)]
PART2 = [("plan", 2028), ("plan", 2029)]
DRIFT = [
    ("Nämnd och förvaltningsledning", (-14210, -15032, -15400, -15850), (-16100, -16400)),
    ("Förskola", (-212480, -219913, -226300, -231700), (-236900, -240200)),
    ("Fritidshem", (-48330, -50102, -51800, -52900), (-54000, -55100)),
    ("Grundskola F–9", (-401215, -416870, -428500, -440200), (-449800, -458300)),
    ("Grundsärskola", (-21644, -22908, -23500, -24100), (-24700, -25300)),
    ("Gymnasieskola", (-168902, -174455, -179000, -183400), (-187900, -191200)),
    ("Elevhälsa och modersmål", (-31078, -32691, -33900, -34800), (-35600, -36300)),
]

CONTROLS = [
    ("Skolskjuts", "Beslut fattas utan att kriterierna är uppfyllda",
     "Stickprov på 20 beslut om skolskjuts", "Skolskjutssamordnare", "Två gånger per år"),
    ("Kränkande behandling", "Anmälan till huvudman görs inte skyndsamt",
     "Kontroll av tid från händelse till anmälan", "Skolchef", "Varje tertial"),
    ("Barnomsorgsavgifter", "Fel avgift debiteras vårdnadshavare",
     "Avstämning av inkomstuppgifter mot debitering", "Ekonom", "Årligen"),
    ("Inköp", "Inköp görs utanför avtal",
     "Granskning av leverantörer utan avtal", "Controller", "Kvartalsvis"),
    ("Elevfrånvaro", "Hög frånvaro upptäcks inte i tid",
     "Kontroll att frånvarorapporter skickats till elevhälsan", "Elevhälsochef",
     "Varje månad"),
]  # fmt: skip


def _indicator_tables(w: Writer, number: int, rows: list[Row], page_break: bool) -> None:
    first = [["Indikator", *(f"Utfall {y}" for y in OUT_YEARS[:4])]]
    second = [["Indikator", f"Utfall {OUT_YEARS[4]}", *(f"Mål {y}" for y in GOAL_YEARS)]]
    for name, unit, outcomes, targets in rows:
        first.append([name, *(cell_text(v, unit) for v in outcomes[:4])])
        second.append([name, cell_text(outcomes[4], unit), *(cell_text(t, unit) for t in targets)])
    w.table(first, widths=[7.0, 2.4, 2.4, 2.4, 2.4])
    if page_break:
        w.page_break()
        cont = f"Indikatorer för nämndsmål {number} (forts.)"
        w.para(("b", cont))
    else:
        cont = "Tabellen fortsätter."
        w.para(("i", cont))
    w.structure(cont)
    w.table(second, widths=[7.0, 2.4, 2.4, 2.4, 2.4])


def _goals(w: Writer) -> None:
    w.chapter("Mål och indikatorer", 1)
    w.para(
        "Nämndens mål utgår från kommunfullmäktiges målområde Livslångt lärande. Tabellerna "
        "är uppdelade i två delar för att rymmas på sidan: den första delen visar utfallen "
        "2021–2024, den andra utfallet 2025 och målnivåerna för planperioden."
    )
    for n, (goal, about, rows) in enumerate(GOALS, 1):
        w.heading(f"Nämndsmål {n}: {goal}", 2)
        w.expected.goals.append(Goal(goal, "namnd"))
        w.para(about)
        _indicator_tables(w, n, rows, page_break=n % 2 == 0)
        for name, unit, outcomes, targets in rows:
            w.expected.indicators.append(
                Indicator(
                    goal,
                    name,
                    unit,
                    targets={y: t for y, t in zip(GOAL_YEARS, targets, strict=True) if t},
                    outcomes={y: u for y, u in zip(OUT_YEARS, outcomes, strict=True) if u},
                )
            )


def _activities(w: Writer) -> None:
    w.chapter("Aktiviteter", 1)
    w.para("Aktiviteterna genomförs under 2027 om inget annat anges.")
    header = ["Aktivitet", "Nämndsmål", "Ansvarig", "Klart senast"]
    rows = []
    for name, goal, who, when, day in ACTS:
        rows.append([name, str(goal + 1), who, when])
        w.structure(str(goal + 1), when)
        w.expected.activities.append(Activity(name, who, day, group=GOALS[goal][0]))
    w.table([header, *rows[:5]], widths=[7.6, 2.0, 4.0, 3.0])
    w.page_break()
    w.table([header, *rows[5:]], widths=[7.6, 2.0, 4.0, 3.0])


def _budget(w: Writer) -> None:
    w.chapter("Ekonomi", 1)
    w.para(
        "Kommunfullmäktige har gett nämnden en ram på 1 011 950 tkr för 2027. Ramen har "
        "räknats upp med 2,4 procent för löner och priser och med 6 500 tkr för fler barn "
        "i förskolan."
    )
    caption = "Driftbudget per verksamhet, nettokostnad (tkr)"
    w.heading(caption, 3)
    w.structure(caption)
    first = [["Verksamhet", *(f"{k.capitalize()} {y}" for k, y in PART1)]]
    second = [["Verksamhet", *(f"{k.capitalize()} {y}" for k, y in PART2)]]
    for name, a1, a2 in DRIFT:
        first.append([name, *(sv(a, minus="−") for a in a1)])
        second.append([name, *(sv(a, minus="−") for a in a2)])
        amounts = {k: D(a) for k, a in zip(PART1, a1, strict=True)}
        amounts |= {k: D(a) for k, a in zip(PART2, a2, strict=True)}
        w.expected.budget.append(BudgetRow("drift", name, amounts))
    tot1 = ["Summa nettokostnad", *(sv(sum(r[1][i] for r in DRIFT), minus="−") for i in range(4))]
    tot2 = ["Summa nettokostnad", *(sv(sum(r[2][i] for r in DRIFT), minus="−") for i in range(2))]
    w.totals(*tot1)
    w.totals(*tot2)
    w.table([*first, tot1], widths=[6.2, 2.6, 2.6, 2.6, 2.6])
    w.para(("i", "Tabellen fortsätter."))
    w.structure("Tabellen fortsätter.")
    w.table([*second, tot2], widths=[6.2, 2.6, 2.6])
    w.para(
        "Planåren bygger på befolkningsprognosen från mars 2026, som visar färre barn i "
        "förskoleåldern och fler elever i gymnasieåldern."
    )


def _controls(w: Writer) -> None:
    w.chapter("Internkontrollplan 2027", 1)
    w.para("Kontrollerna har valts ut efter förvaltningens riskanalys i september 2026.")
    rows = [["Process", "Risk", "Kontrollmoment", "Ansvarig", "Frekvens"]]
    for process, risk, moment, who, freq in CONTROLS:
        rows.append([process, risk, moment, who, freq])
        w.expected.controls.append(Control(moment, process))
    w.table(rows, widths=[3.0, 4.2, 4.6, 2.6, 2.4])


def build_cj(path: Path) -> Expected:
    front = Front(
        namnd="Barn- och utbildningsnämnden",
        kommun="Bergsviks kommun",
        forsta_ar=2027,
        sista_ar=2029,
        titel="Verksamhetsplan 2027–2029",
        ordforande="Lena Berglund (M)",
        forvaltningschef="Johan Axelsson",
        diarienummer="BUN 2026/214",
    )
    w = Writer("CJ-barn-utbildning-tabeller-delade-i-bredd", front)
    w.cover("Bergsviks kommun", size=14)
    w.cover("Barn- och utbildningsnämnden", size=18, bold=True)
    w.cover("Verksamhetsplan 2027–2029", size=26, bold=True)
    w.cover("Ordförande: Lena Berglund (M)", size=10)
    w.cover("Förvaltningschef: Johan Axelsson", size=10)
    w.cover("Diarienummer: BUN 2026/214", size=10)
    w.page_break()
    w.chapter("Inledning", 1)
    w.para(
        "Barn- och utbildningsnämnden ansvarar för förskola, pedagogisk omsorg, fritidshem, "
        "grundskola, grundsärskola och gymnasieskola i Bergsviks kommun. Verksamhetsplanen "
        "visar hur nämnden ska arbeta mot kommunfullmäktiges mål under 2027–2029."
    )
    w.chapter("Omvärldsanalys", 1)
    w.para(
        "Antalet födda i kommunen har minskat fyra år i rad, och förskolan behöver färre "
        "platser i de centrala delarna men fler i Östra Berga där nya bostäder byggs. "
        "Gymnasieåldrarna växer med omkring 120 elever fram till 2029."
    )
    w.bullets(
        "Nya skollagsregler om obligatorisk lovskola i årskurs 8 och 9.",
        "Fortsatt brist på legitimerade lärare i matematik, teknik och moderna språk.",
        "Ökade kostnader för skolskjuts efter upphandlingen 2026.",
    )
    _goals(w)
    _activities(w)
    _budget(w)
    _controls(w)
    return w.save(path)

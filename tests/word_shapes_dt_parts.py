"""The contents of corpus document DT (``word_shapes_dt``): the goals with their indicators and
activities, the budget, the key figures and the controls of Hälleberga kommun's barn- och
utbildningsnämnd, as its form template holds them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

from tests.word_shapes_model import Val

YEARS = (2027, 2028, 2029)

Ind = tuple[str, str, int, Val, dict[int, Val | None], bool]
"""An indicator: name, unit, nuläge year, nuläge, targets per year (None: the field left at
its placeholder) and whether the nuläge cell carries its year ("64 % (2025)") under a bare
"Nuläge" label instead of the label "Nuläge 2025"."""

Act = tuple[str, str, str, dt.date | None]
"""An activity: name, ansvarig ("" left at the placeholder), the Klart field as written ("" a
date picker at its placeholder, "yyyy-mm-dd" a date picker, other text typed) and the date."""

Goal = tuple[str, list[Ind], list[Act], str]
"""A nämndsmål: its sentence, indicators, activities and the Kommentar field ("" at its
placeholder)."""

AREAS: list[tuple[str, list[Goal]]] = [
    ("Kunskap och lärande", [
        ("Fler elever når kunskapskraven i alla ämnen och är behöriga till gymnasieskolan.",
         [("Andel elever i årskurs 9 som är behöriga till yrkesprogram", "%", 2025, D(82),
           {2027: D(85), 2028: D(87), 2029: D(90)}, False),
          ("Genomsnittligt meritvärde i årskurs 9", "", 2025, D("214.6"),
           {2027: D(218), 2028: D(222), 2029: D(225)}, False),
          ("Andel elever i årskurs 6 med lägst betyget E i matematik", "%", 2025, D(86),
           {2027: D(88), 2028: D(90), 2029: None}, False)],
         [("Inför en gemensam modell för sambedömning i matematik i årskurs 4–9",
           "Rektorer grundskola", "2027-06-30", dt.date(2027, 6, 30)),
          ("Utöka läxhjälpen på biblioteket till fyra eftermiddagar i veckan",
           "Rektor Centralskolan", "december 2027", dt.date(2027, 12, 31))],
         ""),
        ("Barnen i förskolan utvecklas och lär i en trygg och stimulerande miljö.",
         [("Antal barn per årsarbetare i förskolan", "", 2025, D("5.4"),
           {2027: D("5.2"), 2028: D("5.1"), 2029: D("5.0")}, False),
          ("Andel förskollärare med legitimation av pedagogisk personal", "%", 2025, D(38),
           {2027: D(40), 2028: D(42), 2029: D(45)}, False)],
         [("Ta fram en plan för kompetensutveckling av barnskötare", "Förskolechef",
           "2027-03-31", dt.date(2027, 3, 31))],
         ""),
    ]),
    ("Trygghet och hälsa", [
        ("Alla elever känner sig trygga i skolan och på fritidshemmet.",
         [("Andel elever i årskurs 5 som känner sig trygga i skolan", "%", 2025, D(91),
           {2027: "Minst 95 %", 2028: "Minst 95 %", 2029: "Minst 95 %"}, False),
          ("Andel elever i årskurs 8 som känner sig trygga i skolan", "%", 2024, D(79),
           {2027: D(83), 2028: D(85), 2029: D(87)}, False),
          ("Antal anmälningar om kränkande behandling per 100 elever", "", 2025, D("4.8"),
           {2027: D("4.0"), 2028: D("3.5"), 2029: D("3.0")}, False)],
         [("Genomför trygghetsvandringar tillsammans med elevråden på samtliga skolor",
           "Rektorer", "Löpande", None),
          ("Inför ett gemensamt digitalt system för anmälan av kränkande behandling", "",
           "2027-08-31", dt.date(2027, 8, 31))],
         "Elevenkäten i årskurs 8 genomförs vartannat år. Nästa mätning görs våren 2026."),
        ("Elevernas närvaro ökar och ingen elev lämnar skolan utan stöd.",
         [("Andel elever i grundskolan med mer än 15 % frånvaro", "%", 2025, D("13.2"),
           {2027: D(11), 2028: D(10), 2029: D(9)}, False),
          ("Andel elever med långvarig frånvaro som har en åtgärdsplan", "%", 2025, D(64),
           {2027: D(80), 2028: D(90), 2029: D(100)}, True)],
         [("Starta ett närvaroteam med kurator, specialpedagog och socialsekreterare",
           "Elevhälsochef", "januari 2027", dt.date(2027, 1, 31))],
         ""),
    ]),
    ("Medarbetare och ekonomi", [
        ("Förvaltningen är en attraktiv arbetsplats med behöriga medarbetare.",
         [("Andel lärare i grundskolan med legitimation och behörighet i minst ett ämne", "%",
           2025, D(71), {2027: D(74), 2028: D(77), 2029: D(80)}, False),
          ("Sjukfrånvaro bland medarbetarna", "%", 2025, D("7.9"),
           {2027: D("7.0"), 2028: D("6.5"), 2029: D("6.0")}, False),
          ("Hållbart medarbetarengagemang (HME), index", "", 2025, D(76),
           {2027: D(78), 2028: D(79), 2029: D(80)}, False)],
         [("Utbilda fler obehöriga lärare genom Lärarlyftet och VAL", "Personalstrateg",
           "2028-06-30", dt.date(2028, 6, 30)),
          ("Se över schemaläggningen så att lärarna får sammanhållen planeringstid",
           "Rektorer", "", None)],
         ""),
        ("Nämnden håller sin budget och använder resurserna där de gör mest nytta för barn "
         "och elever.",
         [("Nettokostnadsavvikelse mot standardkostnad för grundskolan", "%", 2025, D("4.1"),
           {2027: D(3), 2028: D(2), 2029: D(1)}, False)],
         [("Inför månadsvis uppföljning av ekonomin på varje enhet tillsammans med controller",
           "Ekonomichef", "2027-02-28", dt.date(2027, 2, 28))],
         ""),
    ]),
]  # fmt: skip

DRIFT_KEYS = [("bokslut", 2025), ("budget", 2026), ("budget", 2027), ("plan", 2028),
              ("plan", 2029)]  # fmt: skip
DRIFT: list[tuple[str, list[int | None]]] = [
    ("Nämnd och förvaltningsledning", [9_850, 10_120, 10_400, 10_600, 10_800]),
    ("Förskola", [98_640, 101_300, 104_900, 107_200, 109_500]),
    ("Pedagogisk omsorg", [2_310, 2_150, 1_980, 2_000, 2_020]),
    ("Fritidshem", [21_470, 22_080, 22_900, 23_400, 23_900]),
    ("Förskoleklass", [7_920, 8_140, 8_300, 8_450, 8_600]),
    ("Grundskola", [186_300, 191_650, 197_800, 202_100, 206_300]),
    ("Anpassad grundskola", [14_760, 15_200, 15_900, 16_300, 16_700]),
    ("Gymnasieskola, köpta platser", [88_420, 91_700, 94_300, 96_900, 99_400]),
    ("Kommunal vuxenutbildning", [12_930, 13_250, 13_600, 13_900, 14_200]),
]

INVEST_KEYS = [("budget", 2027), ("budget", 2028), ("budget", 2029)]
INVEST: list[tuple[str, list[int | None]]] = [
    ("Inventarier förskolan Ekbacken", [1_800, None, None]),
    ("Digitala enheter till elever (1:1)", [2_400, 2_400, 2_500]),
    ("Utemiljö Västra skolan", [650, 900, None]),
    ("Möbler och inventarier, löpande utbyte", [500, 500, 500]),
]

KEY_CAPTION = "Nyckeltal 2023–2025"
KEY_HEADER = ["Nyckeltal", "2023", "2024", "2025"]
KEY_ROWS = [
    ["Antal inskrivna barn i förskolan", "1 164", "1 152", "1 131"],
    ["Antal elever i grundskolan (F–9)", "2 486", "2 511", "2 497"],
    ["Andel barn 1–5 år inskrivna i förskolan", "87 %", "88 %", "88 %"],
    ["Kostnad per inskrivet barn i förskolan, kr", "158 200", "163 900", "170 400"],
    ["Kostnad per elev i grundskolan, kr", "117 600", "121 300", "126 800"],
    ["Elever per lärare i grundskolan", "12,4", "12,1", "12,3"],
    ["Andel elever 6–9 år inskrivna i fritidshem", "78 %", "80 %", "81 %"],
]
KEY_NOTE = (
    "Kostnaderna är bruttokostnader minus interna intäkter i löpande priser. Källa: Kolada "
    "och förvaltningens egen statistik."
)

CONTROLS: list[tuple[str, str, str, str, str]] = [
    ("Skolpliktsbevakning",
     "Kontroll att alla folkbokförda barn i skolpliktig ålder har en skolplacering",
     "Skolassistent", "Två gånger per år", "12"),
    ("Kränkande behandling",
     "Stickprov på att anmälningar om kränkande behandling når huvudmannen samma dag",
     "Elevhälsochef", "Varje termin", "9"),
    ("Inköp och upphandling",
     "Stickprov på att inköp görs hos avtalade leverantörer", "Controller",
     "Två gånger per år", ""),
    ("Rekrytering",
     "Kontroll att utdrag ur belastningsregistret finns för all nyanställd personal i "
     "förskola och skola", "HR-specialist", "En gång per år", "8"),
]  # fmt: skip

"""The content of corpus document DH (tests/word_shapes_dh.py): the samhällsbyggnadsnämnd's
målområden and prioriteringar with their indicator sentences and activity bullets, the budget,
the investments, the facts table and the internkontroll."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal as D

from tests.word_shapes_model import Val

PERIOD = (2027, 2028, 2029)


@dataclass
class Measure:
    """An indicator bullet: the sentence as printed and what a secretary enters from it."""

    sentence: str
    name: str
    unit: str
    year: int | None
    nulage: Val | None
    targets: dict[int, Val]


@dataclass
class Act:
    """An activity bullet: the sentence as printed, and its name, ansvarig and slutdatum."""

    sentence: str
    name: str
    ansvarig: str = ""
    slutdatum: dt.date | None = None


@dataclass
class Priority:
    heading: str
    goal: str
    text: str
    measures: list[Measure] = field(default_factory=list)
    acts: list[Act] = field(default_factory=list)


def each_year(value: Val) -> dict[int, Val]:
    """A target the sentence gives "per år" / "varje år": the same in each year of the plan."""
    return dict.fromkeys(PERIOD, value)


AREAS: list[tuple[str, str, list[Priority]]] = [
    ("2.1 Ett växande Ljusnebo",
     "Ljusnebo ska fortsätta att växa. Det kräver att det finns planlagd mark och att den som "
     "vill bygga får besked snabbt och på ett förutsägbart sätt.",
     [Priority(
        "Prioritering 1: Det ska finnas planlagd mark för bostäder och företag i hela kommunen",
        "Det ska finnas planlagd mark för bostäder och företag i hela kommunen",
        "Efterfrågan på bostäder är störst i Ljusnebo tätort och i Västerby, men nämnden vill "
        "också att det ska gå att bygga i de mindre orterna. Planberedskapen har minskat de "
        "senaste två åren eftersom flera stora planer har antagits utan att nya har startat.",
        [Measure("Antal nya bostäder i detaljplan: minst 400 per år (2025: 310)",
                 "Antal nya bostäder i detaljplan", "", 2025, D(310), each_year("Minst 400")),
         Measure("Planlagd och byggklar mark för verksamheter ökar från 12 hektar (2025) "
                 "till 25 hektar 2029",
                 "Planlagd och byggklar mark för verksamheter", "hektar", 2025, D(12),
                 {2029: D(25)}),
         Measure("Andelen detaljplaner som antas inom den tid som planbeskedet anger ökar "
                 "från 58 % (2025) till 75 % 2027 och 85 % 2029",
                 "Andelen detaljplaner som antas inom den tid som planbeskedet anger", "%",
                 2025, D(58), {2027: D(75), 2029: D(85)})],
        [Act("Ta fram en ny översiktsplan för Ljusnebo kommun (Plan- och byggenheten, "
             "klart 2027)", "Ta fram en ny översiktsplan för Ljusnebo kommun",
             "Plan- och byggenheten", dt.date(2027, 12, 31)),
         Act("Starta detaljplanearbetet för bostadsområdet Södra Åsen (Plan- och "
             "byggenheten, klart juni 2028)",
             "Starta detaljplanearbetet för bostadsområdet Södra Åsen",
             "Plan- och byggenheten", dt.date(2028, 6, 30)),
         Act("Köpa in mark vid Norrby industriområde i samarbete med Ljusnebo Näringsliv AB",
             "Köpa in mark vid Norrby industriområde i samarbete med Ljusnebo Näringsliv AB")],
     ),
      Priority(
        "Prioritering 2: Snabb och förutsägbar myndighetsutövning",
        "Snabb och förutsägbar myndighetsutövning",
        "Den som söker bygglov eller anmäler en verksamhet ska veta vad som gäller och få "
        "beslut i tid. Under 2025 överskreds den lagstadgade tiden i vart femte ärende, "
        "främst under våren då många ansökningar kommer in samtidigt.",
        [Measure("Andelen bygglov som beslutas inom tio veckor ökar från 81 % (2025) till "
                 "95 % 2027",
                 "Andelen bygglov som beslutas inom tio veckor", "%", 2025, D(81),
                 {2027: D(95)}),
         Measure("Handläggningstiden för bygglov (median) minskar från 5,2 veckor (2025) "
                 "till högst 4,0 veckor 2027",
                 "Handläggningstiden för bygglov (median)", "veckor", 2025, D("5.2"),
                 {2027: "Högst 4,0 veckor"}),
         Measure("Nöjd-Kund-Index (NKI) för bygglov ska vara minst 70 år 2027 och 2028 "
                 "(2024: 64)",
                 "Nöjd-Kund-Index (NKI) för bygglov", "", 2024, D(64),
                 {2027: "Minst 70", 2028: "Minst 70"}),
         Measure("Andelen klagomål inom miljö- och hälsoskydd som får ett första svar inom "
                 "fem arbetsdagar ska vara minst 90 % varje år (2025: 76 %)",
                 "Andelen klagomål inom miljö- och hälsoskydd som får ett första svar inom "
                 "fem arbetsdagar", "%", 2025, D(76), each_year("Minst 90 %"))],
        [Act("Införa e-tjänst för anmälan av eldstäder och solcellsanläggningar "
             "(Bygglovsenheten, klart 2027)",
             "Införa e-tjänst för anmälan av eldstäder och solcellsanläggningar",
             "Bygglovsenheten", dt.date(2027, 12, 31)),
         Act("Gå igenom hela bygglovsprocessen med stöd av Lean-metoden (Bygglovsenheten, "
             "klart mars 2028)",
             "Gå igenom hela bygglovsprocessen med stöd av Lean-metoden",
             "Bygglovsenheten", dt.date(2028, 3, 31))],
     )]),
    ("2.2 Trygg och hållbar livsmiljö",
     "Invånarna ska kunna röra sig tryggt och säkert, och den byggda miljön ska klara ett "
     "varmare och blötare klimat.",
     [Priority(
        "Prioritering 3: Säker trafik och fler som går, cyklar och åker kollektivt",
        "Säker trafik och fler som går, cyklar och åker kollektivt",
        "Biltrafiken genom centrum har ökat sedan handelsområdet vid Norrby öppnade. Nämnden "
        "vill göra det enklare och säkrare att välja cykeln eller bussen, särskilt för barn "
        "på väg till skolan.",
        [Measure("Antalet trafikolyckor med personskada på det kommunala vägnätet minskar "
                 "från 23 (2025) till högst 15 år 2029",
                 "Antalet trafikolyckor med personskada på det kommunala vägnätet", "",
                 2025, D(23), {2029: "Högst 15"}),
         Measure("Andelen resor till arbete och skola som görs till fots, med cykel eller "
                 "kollektivt ökar från 31 % (2024) till 40 % 2029",
                 "Andelen resor till arbete och skola som görs till fots, med cykel eller "
                 "kollektivt", "%", 2024, D(31), {2029: D(40)}),
         Measure("Sammanhängande gång- och cykelväg i kommunen ökar från 41,5 km (2025) "
                 "till 46 km 2029",
                 "Sammanhängande gång- och cykelväg i kommunen", "km", 2025, D("41.5"),
                 {2029: D(46)})],
        [Act("Bygga ut gång- och cykelvägen längs Strandvägen, etapp 2 (Gatu- och "
             "parkenheten, klart 2028)",
             "Bygga ut gång- och cykelvägen längs Strandvägen, etapp 2",
             "Gatu- och parkenheten", dt.date(2028, 12, 31)),
         Act("Sänka hastigheten till 40 km/tim på lokalgatorna i Ljusnebo tätort (Gatu- och "
             "parkenheten, klart 2027)",
             "Sänka hastigheten till 40 km/tim på lokalgatorna i Ljusnebo tätort",
             "Gatu- och parkenheten", dt.date(2027, 12, 31)),
         Act("Ta fram en trafikstrategi tillsammans med kollektivtrafikmyndigheten "
             "(trafikingenjör, klart december 2027)",
             "Ta fram en trafikstrategi tillsammans med kollektivtrafikmyndigheten",
             "trafikingenjör", dt.date(2027, 12, 31))],
     ),
      Priority(
        "Prioritering 4 – Klimatanpassa den byggda miljön",
        "Klimatanpassa den byggda miljön",
        "Skyfallet i augusti 2024 visade att delar av centrum och Västerby översvämmas när "
        "dagvattnet inte hinner rinna undan. Nämnden har ännu inga mått för prioriteringen; "
        "arbetet redovisas i ord i delårsrapporten och årsredovisningen.",
        [],
        [Act("Ta fram en skyfallskartering för Ljusnebo tätort och Västerby (Plan- och "
             "byggenheten, klart 2027)",
             "Ta fram en skyfallskartering för Ljusnebo tätort och Västerby",
             "Plan- och byggenheten", dt.date(2027, 12, 31)),
         Act("Plantera 150 nya träd i centrala Ljusnebo (Gatu- och parkenheten, klart 2029)",
             "Plantera 150 nya träd i centrala Ljusnebo", "Gatu- och parkenheten",
             dt.date(2029, 12, 31)),
         Act("Ställa krav på grönytefaktor i alla nya detaljplaner",
             "Ställa krav på grönytefaktor i alla nya detaljplaner")],
     ),
      Priority(
        "Prioritering 5: God miljö och hälsa där invånarna bor",
        "God miljö och hälsa där invånarna bor",
        "Tillsynen ska vara riskbaserad och träffa de verksamheter där den gör mest nytta. "
        "Många av kommunens enskilda avlopp är gamla och belastar sjöarna med näringsämnen.",
        [Measure("Andelen livsmedelsanläggningar som fått planerad kontroll under året ökar "
                 "från 87 % (2025) till 100 % 2027",
                 "Andelen livsmedelsanläggningar som fått planerad kontroll under året", "%",
                 2025, D(87), {2027: D(100)}),
         Measure("Andelen enskilda avlopp som uppfyller miljöbalkens krav ökar från 62 % "
                 "(2025) till 70 % 2029",
                 "Andelen enskilda avlopp som uppfyller miljöbalkens krav", "%", 2025, D(62),
                 {2029: D(70)}),
         Measure("Antal inventerade enskilda avlopp: minst 250 per år (2025: 198)",
                 "Antal inventerade enskilda avlopp", "", 2025, D(198),
                 each_year("Minst 250"))],
        [Act("Inventera de enskilda avloppen runt Ljusnesjön (Miljö- och "
             "hälsoskyddsenheten, klart 2029)",
             "Inventera de enskilda avloppen runt Ljusnesjön",
             "Miljö- och hälsoskyddsenheten", dt.date(2029, 12, 31)),
         Act("Införa en riskbaserad tillsynsplan för miljöfarlig verksamhet (Miljö- och "
             "hälsoskyddsenheten, klart 2027)",
             "Införa en riskbaserad tillsynsplan för miljöfarlig verksamhet",
             "Miljö- och hälsoskyddsenheten", dt.date(2027, 12, 31))],
     )]),
    ("2.3 En hållbar organisation",
     "Nämndens uppdrag kräver specialister som många kommuner konkurrerar om.",
     [Priority(
        "Prioritering 6: En attraktiv arbetsplats med rätt kompetens",
        "En attraktiv arbetsplats med rätt kompetens",
        "Förvaltningen har svårt att rekrytera erfarna bygglovshandläggare och "
        "miljöinspektörer. Nämnden vill behålla dem som redan arbetar här och utbilda nya.",
        [Measure("Sjukfrånvaron minskar från 6,4 % (2025) till högst 5,0 % 2027",
                 "Sjukfrånvaron", "%", 2025, D("6.4"), {2027: "Högst 5,0 %"}),
         Measure("Hållbart medarbetarengagemang (HME) ökar från 76 (2025) till 80 år 2028",
                 "Hållbart medarbetarengagemang (HME)", "", 2025, D(76), {2028: D(80)}),
         Measure("Personalomsättningen bland handläggare och inspektörer: högst 10 % per år "
                 "(2025: 14,8 %)",
                 "Personalomsättningen bland handläggare och inspektörer", "%", 2025,
                 D("14.8"), each_year("Högst 10 %"))],
        [Act("Införa ett traineeprogram för nya bygglovshandläggare och miljöinspektörer "
             "(förvaltningsledningen, klart 2028)",
             "Införa ett traineeprogram för nya bygglovshandläggare och miljöinspektörer",
             "förvaltningsledningen", dt.date(2028, 12, 31)),
         Act("Ta fram en kompetensförsörjningsplan för förvaltningen (förvaltningschef, "
             "klart juni 2027)", "Ta fram en kompetensförsörjningsplan för förvaltningen",
             "förvaltningschef", dt.date(2027, 6, 30))],
     )]),
]  # fmt: skip

BUDGET: list[tuple[str, int, int]] = [
    ("Nämnd och förvaltningsledning", 6_850, 350),
    ("Plan och exploatering", 18_400, 9_900),
    ("Bygglov", 14_200, 11_600),
    ("Miljö- och hälsoskydd", 12_300, 6_100),
    ("Gator och vägar", 42_700, 3_900),
    ("Parker och grönområden", 15_600, 1_200),
    ("Mark och fastigheter", 5_300, 7_800),
]
"""Verksamhet, kostnader, intäkter (tkr, Budget 2027); the nettokostnad is their difference."""

INVESTMENTS: list[tuple[str, dict[int, int]]] = [
    ("Gång- och cykelväg Strandvägen, etapp 2: 6 500 tkr 2027 och 4 000 tkr 2028",
     {2027: 6_500, 2028: 4_000}),
    ("Beläggningsunderhåll gator: 5 000 tkr per år", dict.fromkeys(PERIOD, 5_000)),
    ("Byte till LED i gatubelysningen: 2 400 tkr 2027", {2027: 2_400}),
    ("Exploatering Södra Åsen, gator och dagvatten: 12 000 tkr 2029", {2029: 12_000}),
    ("Skyfallsåtgärder vid Ljusån: 3 000 tkr 2028 och 3 000 tkr 2029",
     {2028: 3_000, 2029: 3_000}),
]  # fmt: skip
"""The investment bullets as printed (the name before the colon) and their amounts by year."""

FACTS_HEADER = ["", "2023", "2024", "2025"]
FACTS = [
    ["Invånare 31 december", "14 862", "14 911", "15 037"],
    ["Beviljade bygglov", "287", "262", "301"],
    ["Färdigställda bostäder", "64", "71", "58"],
    ["Livsmedelsanläggningar under tillsyn", "212", "215", "219"],
    ["Armaturer i gatubelysningen", "4 980", "5 020", "5 110"],
    ["Kommunala gator och vägar, km", "118,4", "119,2", "121,0"],
    ["Årsarbetare i förvaltningen", "61,5", "63", "64,5"],
]
FACTS_NOTE = "Källa: SCB, Boverkets plan- och byggenkät och förvaltningens verksamhetssystem."

CONTROLS_HEADER = ["Process", "Kontrollmoment", "Ansvarig", "Frekvens", "Rapporteras"]
CONTROLS = [
    ["Bygglov", "Stickprov på att beslut om bygglov fattas inom lagstadgad tid",
     "Bygglovschef", "Två gånger per år", "Delårsrapport och årsredovisning"],
    ["Taxor och avgifter", "Att avgifter för tillsyn debiteras enligt gällande taxa",
     "Miljöchef", "En gång per år", "Årsredovisning"],
    ["Delegation", "Att delegationsbeslut anmäls till nämnden",
     "Nämndsekreterare", "Varje månad", "Nämndsammanträde"],
    ["Upphandling", "Att inköp inom gatuunderhållet görs av avtalade leverantörer",
     "Gatu- och parkchef", "Två gånger per år", "Delårsrapport"],
    ["Exploateringsavtal", "Att exploateringsavtal följs upp innan slutbesiktning",
     "Exploateringsingenjör", "Vid varje slutbesiktning", "Årsredovisning"],
]  # fmt: skip

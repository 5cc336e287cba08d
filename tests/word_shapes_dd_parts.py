"""The content of corpus document DD (tests/word_shapes_dd.py): the kommun's goals by
perspective, the verksamhet's goals with their measurements, strategies, activities, monthly
volumes and the budget tables of an individ- och familjeomsorg's plan."""

from __future__ import annotations

from decimal import Decimal as D

from tests.word_shapes_model import Val

PERSPECTIVES = ["1 Medborgare", "2 Utveckling", "3 Process", "4 Medarbetare", "5 Ekonomi"]

KF_GOALS: list[list[tuple[str, str]]] = [
    [("1:1", "Hälleby är en trygg kommun att växa upp och åldras i"),
     ("1:2", "Den som behöver stöd från kommunen får det i rätt tid och med ett gott bemötande"),
     ("1:3", "Medborgarna har god tillgång till kommunens service, också digitalt"),
     ("1:4", "Fler invånare i arbetsför ålder är självförsörjande")],
    [("2:1", "Hälleby har ett växande och varierat näringsliv"),
     ("2:2", "Kommunen samverkar med region och civilsamhälle för en hållbar utveckling")],
    [("3:1", "Våra handläggningstider följer utlovade servicenivåer"),
     ("3:2", "Vi arbetar med ständiga förbättringar")],
    [("4:1", "Våra medarbetare är engagerade och vill stanna hos oss"),
     ("4:2", "Medarbetarna har den kompetens uppdraget kräver"),
     ("4:3", "Chefer har rimliga förutsättningar att leda")],
    [("5:1", "Verksamheten bedrivs inom fastställd budget")],
]  # fmt: skip

Ind = tuple[str, str, Val, Val]
"""An indicator a goal's sentence holds: name, unit, nuläge 2025, target 2027."""

# (KF code, the goal's sentence, what follows it in the paragraph, its indicator or None)
OWN_GOALS: list[tuple[str, str, str, Ind | None]] = [
    ("1:1", "Andelen barnavårdsutredningar som avslutas inom fyra månader ska vara minst 90 %.",
     "Nuläge 2025: 78 %. Mäts genom uttag ur verksamhetssystemet. Enhetschef mäter två gånger "
     "per år.",
     ("Andel barnavårdsutredningar som avslutas inom fyra månader", "%", D(78), "Minst 90 %")),
    ("1:2", "Andelen överklagade beslut som ändras i förvaltningsrätten ska vara högst 5 %.",
     "Nuläge 2025: 9 %. Mäts genom jämförelse mot föregående år i procent. Enhetschef mäter en "
     "gång per år.",
     ("Andel överklagade beslut som ändras i förvaltningsrätten", "%", D(9), "Högst 5 %")),
    ("1:2", "Antalet beslut som inte verkställts inom tre månader ska vara noll.",
     "Nuläge 2025: 4. Mäts genom rapporteringen till IVO. Enhetschef mäter varje kvartal.",
     ("Antal beslut som inte verkställts inom tre månader", "", D(4), D(0))),
    ("1:2", "Alla medarbetare ska ha gått kommunens utbildning i bemötande och värdskap under "
     "2027.", "", None),
    ("1:2", "Nöjd-index för bemötande i brukarundersökningen ska vara minst 80.",
     "Nuläge 2025: 74. Mäts genom kommunens brukarundersökning. Verksamhetschef mäter en gång "
     "per år.",
     ("Nöjd-index för bemötande i brukarundersökningen", "", D(74), "Minst 80")),
    ("1:3", "Andelen ansökningar om ekonomiskt bistånd som görs via e-tjänst ska öka till 55 %.",
     "Nuläge 2025: 38 %. Mäts i procent genom verksamhetssystemet. Enhetschef ansvarar för att "
     "det görs en gång per år.",
     ("Andel ansökningar om ekonomiskt bistånd som görs via e-tjänst", "%", D(38), D(55))),
    ("1:4", "Andelen hushåll med långvarigt ekonomiskt bistånd ska minska till 35 %.",
     "Nuläge 2025: 41,5 %. Mäts genom Kolada (tio månader eller mer under året). Enhetschef "
     "mäter en gång per år.",
     ("Andel hushåll med långvarigt ekonomiskt bistånd", "%", D("41.5"), D(35))),
    ("3:1", "Handläggningstiden från ansökan till beslut om ekonomiskt bistånd ska vara högst "
     "10 arbetsdagar.",
     "Nuläge 2025: 13,5. Mäts genom stickprov i oktober. Enhetschef mäter en gång per år.",
     ("Handläggningstid från ansökan till beslut om ekonomiskt bistånd", "arbetsdagar",
      D("13.5"), "Högst 10")),
    ("3:1", "Vi tar fram en servicedeklaration för samarbetssamtal inom familjerätten.",
     "Mäts genom att enhetschef i december 2027 kontrollerar att den är beslutad.", None),
    ("4:1", "Personalomsättningen bland socialsekreterare ska vara högst 15 %.",
     "Nuläge 2025: 24 %. Mäts genom personalsystemet. HR-partner mäter en gång per år.",
     ("Personalomsättning bland socialsekreterare", "%", D(24), "Högst 15 %")),
    ("4:1", "Hållbart medarbetarengagemang (HME) ska vara minst 78.",
     "Nuläge 2025: 72. Mäts genom medarbetarenkäten. Verksamhetschef mäter vartannat år.",
     ("Hållbart medarbetarengagemang (HME)", "", D(72), "Minst 78")),
    ("4:2", "Andelen anställda med en individuell utvecklingsplan ska vara 100 %.",
     "Nuläge 2025: 63 %. Mäts genom uppföljning av medarbetarsamtalen. Enhetschef mäter en "
     "gång per år.",
     ("Andel anställda med en individuell utvecklingsplan", "%", D(63), D(100))),
    ("5:1", "Kostnaden för köpt institutionsvård för vuxna ska minska med 10 %.",
     "Nuläge 2025: 9 412 tkr. Mäts genom ekonomisystemet. Controller mäter varje månad.",
     ("Kostnad för köpt institutionsvård för vuxna", "tkr", D(9412), "Minska med 10 %")),
    ("5:1", "Ett positivt resultat används till förebyggande insatser för barn och unga.", "",
     None),
]  # fmt: skip

STRATEGY_TABLE = [
    ["Strategier för kommunen", "Kommentar socialnämnden", "Kommentar socialförvaltningen"],
    ["Långsiktighet", "Beslut ska hålla över tid och inte skapa nya problem längre fram.",
     "Vi planerar insatser utifrån en gemensam bild av mål, resurser och organisation."],
    ["Omvärldsanalys", "Vi jämför oss med andra och tar in det som fungerar.",
     "Vi följer forskning och nationella riktlinjer och deltar i regionala nätverk."],
    ["Lärande organisation", "Misstag ska leda till bättre rutiner, inte till tystnad.",
     "Avvikelser och klagomål följs upp på arbetsplatsträffar varje månad."],
    ["Samarbete och helhetssyn", "Den enskilde ska inte behöva samordna kommunen själv.",
     "Samordnad individuell plan (SIP) används när flera huvudmän har insatser."],
    ["Mod och nyfikenhet", "Vi prövar nya arbetssätt och utvärderar dem.",
     "Medarbetarnas förslag tas om hand av förvaltningens utvecklingsgrupp."],
]  # fmt: skip

STRATEGIES: list[tuple[str, str]] = [
    ("1, Insatserna utgår från den enskildes behov och bygger på bästa tillgängliga kunskap.",
     "Hur? Vi inför kompetenstrappan för socialsekreterare och fortsätter arbetet med "
     "evidensbaserad praktik."),
    ("2, Genom omvärldsbevakning förbereder vi organisationen för kommande behov och ny "
     "lagstiftning.",
     "Hur? Genom nationella och regionala nätverk, konferenser och Sveriges Kommuner och "
     "Regioner."),
    ("3, Ett öppet och lärande klimat ska prägla det dagliga arbetet.", ""),
    ("4, Rätt tillgänglighet och en rättssäker handläggning.",
     "Hur? En gemensam mottagning för hela IFO och e-tjänster för de vanligaste ärendena."),
    ("5, Vi har respekt för andra aktörers uppdrag och samarbetar för den enskildes bästa.",
     "Hur? Uppdaterade samverkansrutiner med skola, hälsocentral och polis samt två "
     "informationsmöten per år med samarbetsparterna."),
]  # fmt: skip

# (name, description, verksamhet, cost: "Egen tid" or tkr)
ACTIVITIES: list[tuple[str, str, str, str | int]] = [
    ("Dokumentationsprojektet", "Förenklar dokumentationen i barn- och ungdomsärenden så att "
     "den blir relevant och ändamålsenlig.", "IFO, Barn och familj", "Egen tid"),
    ("Nytt verksamhetssystem", "Införande av nytt verksamhetssystem för hela IFO med "
     "utbildning av alla handläggare.", "Individ- och familjeomsorg", 450),
    ("Arbetsmarknadstorget", "IFO bemannar arbetsmarknadstorget tillsammans med "
     "Arbetsförmedlingen och Försäkringskassan.", "Ekonomiskt bistånd", "Egen tid"),
    ("Processkartläggning", "Kartläggning av flödet från anmälan till avslutad insats.",
     "Individ- och familjeomsorg", "Egen tid"),
    ("E-tjänster", "E-tjänst för ansökan om ekonomiskt bistånd breddas; orosanmälningar via "
     "webben införs under 2027.", "Ekonomiskt bistånd", 120),
    ("Gemensam rekrytering av familjehem", "Rekrytering av familjehem och kontaktfamiljer "
     "tillsammans med två grannkommuner.", "IFO, Barn och familj", 80),
    ("Skolnärvaroprojektet", "Extra stöd till barn och unga med hög skolfrånvaro, i samarbete "
     "med elevhälsan.", "IFO, Mottagning och öppenvård", "Egen tid"),
    ("Psykosocial arbetsmiljö", "Arbete med värdegrund, trivsel och trygghet i "
     "arbetsgrupperna.", "Individ- och familjeomsorg", "Egen tid"),
]  # fmt: skip
FOOTNOTE_AFTER = 4
"""The footnote row stands after this many activities (where the page broke)."""

MONTHS = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]

# (name, Bokslut 2024, Bokslut 2025, Plan 2026, utfall jan-sep); "" is an empty cell
VOLUMES: list[tuple[str, str, str, str, list[str]]] = [
    ("Antal brukare individstöd (sista dagen i månaden)", "52", "49", "55",
     ["48", "47", "47", "49", "50", "50", "49", "51", "52"]),
    ("Antal brukare daglig sysselsättning SoL", "", "", "-",
     ["26", "25", "25", "24", "24", "22", "21", "23", "25"]),
    ("Antal familjehemsplacerade barn och unga", "31", "34", "33",
     ["33", "34", "34", "36", "35", "35", "33", "32", "34"]),
    ("- varav släktinghem", "9", "11", "-",
     ["11", "11", "12", "12", "12", "12", "11", "11", "12"]),
    ("Antal HVB-placeringar barn och unga (sista dagen i månaden)", "6", "5", "4",
     ["5", "5", "6", "6", "4", "4", "3", "4", "4"]),
    ("Antal klienter HVB missbruksvård (årsplaceringar)", "4,2", "5,1", "4",
     ["5", "6", "6", "5", "4", "4", "3", "3,5", "4"]),
    ("Antal klienter skyddat boende", "", "", "-",
     ["2", "2", "1", "1", "0", "0,5", "1", "2", "2"]),
    ("Antal hushåll med försörjningsstöd", "214", "231", "220",
     ["236", "241", "239", "228", "225", "219", "224", "230", "237"]),
]  # fmt: skip
VOLUME_NOTE = "Beräknad volym köp av boendeplats SoL socialpsykiatri: två årsplaceringar."

# (verksamhet, intäkter, kostnader) for Redovisat 2025, Budget 2026, Prognos 2026, Budget 2027
BUDGET: list[tuple[str, list[int], list[int]]] = [
    ("IFO, Barn och familj", [1_512, 640, 1_210, 700], [-31_460, -33_980, -35_115, -34_620]),
    ("IFO, Vuxna", [1_204, 300, 760, 900], [-27_893, -29_450, -28_210, -29_870]),
    ("IFO, Mottagning och öppenvård", [0, 0, 0, 0], [-6_912, -7_305, -7_164, -7_640]),
    ("Socialpsykiatri", [418, 420, 455, 430], [-9_876, -10_240, -10_011, -10_510]),
    ("Försörjningsstöd, utbetalningar", [912, 400, 650, 800],
     [-21_307, -20_500, -22_640, -21_900]),
]  # fmt: skip
EKB = ("EKB", [8_214, 6_900, 5_870, 4_100], [-8_950, -7_020, -6_338, -4_260])
"""Ensamkommande barn: outside IFO's ram (its caption and note say so)."""

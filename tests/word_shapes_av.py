"""Corpus document AV: a small valnämnd's one-year plan for 2027 (the year after the 2026
election), written almost entirely in prose by someone who misuses Word's styles: the cover
title is a large bold Normal paragraph, the chapters are in Word's "Title" style and the
sub-chapters in "Subtitle", and the goals are Heading 5 paragraphs (no Heading 1–4 in the
document). Each goal is followed by "Mått: …", "Utgångsläge: 82 procent (2026)" and
"Målvärde 2027: minst 90 procent" paragraphs, or by a sentence in running text "Målet följs upp
genom andelen … som 2025 var 64 procent och ska 2027 vara minst 75 procent.". The activities
are a plain bulleted list in lower case under "Under året ska nämnden:" with "(ansvarig: …,
senast …)"; the budget is a sentence "Nämndens budgetram för 2027 är 1 240 tkr, varav 610 tkr
personalkostnader." and a tiny table "Budget 2026 | Budget 2027" with one row "Nettokostnad";
the internkontroll is a bulleted list "Kontroll av … – ansvarig: …, frekvens: …".

Expected (what a perfect import gives): the front matter from the cover; the Title
chapters (a Subtitle is a sub-heading in its chapter, as AN's and AP's Heading 2s are); five
nämndsmål (the Heading 5 texts); nine indicators in "%" (written "procent") with their nuläge
year and the 2027 target as printed ("minst 90 procent"); eight
activities with ansvarig and the last day of the month named ("senast mars 2027" is
2027-03-31); one driftbudget row "Nettokostnad" from the table (the prose budgetram is the same
figure and its "varav" clause stays narrative text, as AC's prose stays text: a careful reader
types the plan's budget from its table); five controls whose kontrollmoment is the text before
the dash."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

from docx.shared import Pt

from tests.word_shapes_docx import Writer, sv
from tests.word_shapes_model import Activity, BudgetRow, Control, Expected, Front, Goal, Indicator

NAMND = "Valnämnden"
KOMMUN = "Skogsåsa kommun"
TITLE = "Verksamhetsplan 2027"

# goal, its labelled indicators [(mått, nuläge år, nuläge, målvärde)] and its indicator in
# running text (sentence, name, nuläge år, nuläge, målvärde) or None
LABELLED = list[tuple[str, int, D, D | str]]
PROSE = tuple[str, str, int, D, D | str] | None
GOALS: list[tuple[str, LABELLED, PROSE]] = [
    ("Valen i Skogsåsa ska genomföras korrekt, säkert och med högt förtroende hos väljarna.",
     [("Andel röstmottagare som genomfört Valmyndighetens webbutbildning före tjänstgöring",
       2026, D(82), "minst 90 procent"),
      ("Andel valdistrikt där rösträkningen stämde vid länsstyrelsens kontroll",
       2026, D(96), D(100))],
     None),
    ("Alla väljare ska kunna rösta i lokaler som är tillgängliga och lätta att hitta.",
     [("Andel vallokaler och röstningslokaler som uppfyller kommunens tillgänglighetskrav",
       2026, D(74), "minst 90 procent"),
      ("Andel vallokaler som ligger högst 300 meter från en hållplats för kollektivtrafik",
       2026, D(58), "minst 65 procent")],
     None),
    ("Nämnden ska ha en stabil och kunnig organisation av röstmottagare mellan valen.",
     [],
     ("Målet följs upp genom andelen röstmottagare från valet 2026 som anmält intresse för "
      "kommande val, som 2026 var 64 procent och ska 2027 vara minst 75 procent.",
      "Andel röstmottagare från valet 2026 som anmält intresse för kommande val",
      2026, D(64), "minst 75 procent")),
    ("Valdeltagandet ska öka i de valdistrikt där det är lägst.",
     [("Valdeltagande i riksdagsvalet i de tre valdistrikt med lägst deltagande",
       2026, D("71.4"), "Öka"),
      ("Andel förstagångsväljare i gymnasieskolan som fått information om hur man röstar",
       2025, D(40), "minst 80 procent")],
     None),
    ("Nämndens arbete ska vara förberett för ett extra val eller folkomröstning.",
     [],
     ("Målet följs upp genom andelen kritiska rutiner i valhandboken som är uppdaterade efter "
      "valet 2026, som 2025 var 30 procent och ska 2027 vara 100 procent.",
      "Andel kritiska rutiner i valhandboken som är uppdaterade efter valet 2026",
      2025, D(30), D(100))),
]  # fmt: skip
EXTRA = (
    "Målet följs också upp genom andelen av nämndens ledamöter och ersättare som genomgått "
    "nämndens valutbildning, som 2025 var 50 procent och ska 2027 vara 100 procent.",
    "Andel av nämndens ledamöter och ersättare som genomgått nämndens valutbildning",
)

ACTIVITIES = [
    ("genomföra en utvärdering av valen 2026 tillsammans med ordförandena i valdistrikten",
     "valsamordnaren", "mars 2027", dt.date(2027, 3, 31)),
    ("ta fram förslag till ny valdistriktsindelning inför valen 2030",
     "valnämndens presidium", "september 2027", dt.date(2027, 9, 30)),
    ("inventera samtliga vallokaler och röstningslokaler utifrån tillgänglighetskraven",
     "kommunens lokalsamordnare", "juni 2027", dt.date(2027, 6, 30)),
    ("uppdatera valhandboken och rutinerna för extra val",
     "valsamordnaren", "oktober 2027", dt.date(2027, 10, 31)),
    ("erbjuda röstmottagarna från 2026 en träff med återkoppling och intresseanmälan",
     "valsamordnaren", "april 2027", dt.date(2027, 4, 30)),
    ("genomföra provval och information om demokrati i två gymnasieskolor",
     "demokratiutvecklaren", "november 2027", dt.date(2027, 11, 30)),
    ("se över avtalen om transport av röstlängder och valmaterial",
     "kanslichefen", "augusti 2027", dt.date(2027, 8, 31)),
    ("utbilda nämndens nya ersättare i vallagen och nämndens ansvar",
     "valsamordnaren", "", None),
]  # fmt: skip

CONTROLS = [
    ("Kontroll av att röstlängder och valsedlar förvaras i låst utrymme",
     "valsamordnaren", "två gånger per år"),
    ("Kontroll av att arvoden till röstmottagare betalats ut enligt beslutade belopp",
     "ekonomen", "en gång per år"),
    ("Kontroll av att behörigheter i valdatasystemet tagits bort för personal som slutat",
     "kanslichefen", "en gång per kvartal"),
    ("Kontroll av att nämndens beslut om vallokaler diarieförts",
     "nämndsekreteraren", "en gång per år"),
    ("Kontroll av att inköp av valmaterial följer avtal",
     "valsamordnaren", "stickprov två gånger per år"),
]  # fmt: skip

BUDGET_2026, BUDGET_2027 = 4_860, 1_240


def _title(w: Writer, text: str, *, sub: bool = False) -> None:
    if sub:  # a sub-heading inside its chapter, as Heading 2s under a chapter are in AN and AP
        w.structure(text)
    else:
        w.expected.chapters.append(text)
    w.doc.add_paragraph(text, style="Subtitle" if sub else "Title")


def _cover(w: Writer) -> None:
    w.cover(KOMMUN, size=14, bold=True)
    w.cover(NAMND, size=14)
    w.para("")
    w.cover(TITLE, size=28, bold=True)
    w.cover("Antagen av valnämnden 2026-11-18, § 22")
    w.cover("Dnr VN 2026/31")
    w.cover("Ordförande: Margareta Lind (S)")
    w.page_break()


def _intro(w: Writer) -> None:
    _title(w, "Inledning")
    w.paras(
        "Valnämnden ansvarar för att genomföra val och folkomröstningar i Skogsåsa kommun. "
        "Nämnden har fem ledamöter och fem ersättare och stöds av ett valkansli som under år "
        "utan val består av en valsamordnare på halvtid.",
        "År 2027 är ett mellanvalsår. Tyngdpunkten ligger på att utvärdera de allmänna valen "
        "2026, att behålla kunniga röstmottagare och att förbereda organisationen för "
        "Europaparlamentsvalet 2029 och för ett eventuellt extra val. Planen anger nämndens "
        "mål, vad nämnden ska göra under året, budgeten och hur den interna kontrollen sköts.",
    )
    _title(w, "Omvärld och förutsättningar")
    w.paras(
        "Den nya vallagen har skärpt kraven på ordning och insyn i vallokalerna. Från valen "
        "2026 ska väljarna ta sina valsedlar avskilt, och Valmyndigheten har aviserat nya "
        "föreskrifter om hantering av förtidsröster som gäller från 2028.",
        "Kommunen växer i söder, och två valdistrikt har nu över 2 000 röstberättigade. "
        "Länsstyrelsen beslutar om ny indelning, men kommunfullmäktige lämnar förslaget och "
        "nämnden bereder det under 2027.",
    )
    _title(w, "Valen 2026 i korthet", sub=True)
    w.paras(
        "Vid valen den 13 september 2026 var valdeltagandet i riksdagsvalet 84,2 procent i "
        "kommunen, att jämföra med 83,9 procent 2022. I de tre valdistrikt där deltagandet var "
        "lägst röstade i genomsnitt 71,4 procent.",
        "Sammanlagt tjänstgjorde 186 röstmottagare. Rösträkningen stämde vid länsstyrelsens "
        "kontroll i 23 av 24 valdistrikt; i det avvikande distriktet skilde det två röster.",
    )


def _goals(w: Writer) -> None:
    _title(w, "Mål och uppföljning")
    w.para(
        "Nämnden har fem mål för 2027. Under varje mål anges hur målet mäts, vilket "
        "utgångsläget är och vilket värde nämnden vill nå."
    )
    for n, (goal, inds, prose) in enumerate(GOALS):
        w.heading(goal, 5)
        w.expected.goals.append(Goal(goal, "namnd"))
        if n == 1:
            w.para(
                "Flera vallokaler i skolor och föreningslokaler har trappor eller trånga "
                "entréer, och väljare har framfört synpunkter på skyltningen."
            )
        for name, year, base, target in inds:
            w.para(f"Mått: {name}")
            base_line = f"Utgångsläge: {str(base).replace('.', ',')} procent ({year})"
            goal_line = f"Målvärde 2027: {target} procent"
            if isinstance(target, str):
                goal_line = f"Målvärde 2027: {target}"
            w.para(base_line)
            w.para(goal_line)
            # the labels and figures are the indicator's nuläge and target
            w.structure(f"Mått: {name}", base_line, goal_line)
            w.expected.indicators.append(Indicator(goal, name, "%", year, base, {2027: target}))
        if prose is not None:
            sentence, name, year, base, target = prose
            w.para(sentence)
            w.structure(sentence)
            w.expected.indicators.append(Indicator(goal, name, "%", year, base, {2027: target}))
        if n == 0:
            w.para(EXTRA[0])
            w.structure(EXTRA[0])
            w.expected.indicators.append(
                Indicator(goal, EXTRA[1], "%", 2025, D(50), {2027: D(100)})
            )


def _activities(w: Writer) -> None:
    _title(w, "Aktiviteter 2027")
    w.para(
        "Aktiviteterna är kopplade till målen men redovisas samlat eftersom flera av dem "
        "bidrar till mer än ett mål."
    )
    w.para("Under året ska nämnden:")
    w.structure("Under året ska nämnden:")
    items = []
    for name, who, when, date in ACTIVITIES:
        tail = f"ansvarig: {who}, senast {when}" if when else f"ansvarig: {who}"
        items.append(f"{name} ({tail})")
        w.structure(items[-1])  # checked as the activity
        w.expected.activities.append(Activity(name, who, date))
    w.bullets(*items)


def _budget(w: Writer) -> None:
    _title(w, "Ekonomi")
    w.para(
        f"Nämndens budgetram för 2027 är {sv(BUDGET_2027)} tkr, varav 610 tkr "
        "personalkostnader. Resten avser arvoden till ledamöter, lokalhyra för valkansliet, "
        "licenser för valdatasystemet och utbildning."
    )
    w.para(
        "Ramen är lägre än 2026 eftersom inga val hålls under året. Statsbidraget för valen "
        "2026 har redan tagits upp som intäkt och påverkar inte 2027."
    )
    _title(w, "Budget i sammandrag", sub=True)
    w.table(
        [["", "Budget 2026", "Budget 2027"], ["Nettokostnad", sv(BUDGET_2026), sv(BUDGET_2027)]],
        widths=[6.0, 3.5, 3.5],
        size=10,
    )
    w.structure(sv(BUDGET_2026), sv(BUDGET_2027))
    w.expected.budget.append(
        BudgetRow(
            "drift",
            "Nettokostnad",
            {("budget", 2026): D(BUDGET_2026), ("budget", 2027): D(BUDGET_2027)},
        )
    )
    w.para("Beloppen anges i tusentals kronor (tkr).")


def _controls(w: Writer) -> None:
    _title(w, "Intern kontroll")
    w.para(
        "Nämnden har bedömt riskerna i verksamheten och beslutat om följande kontroller för "
        "2027. Resultatet redovisas för nämnden i december."
    )
    items = []
    for moment, who, freq in CONTROLS:
        items.append(f"{moment} – ansvarig: {who}, frekvens: {freq}")
        w.expected.controls.append(Control(moment))
    w.bullets(*items)


def build_av(path: Path) -> Expected:
    front = Front(
        namnd=NAMND,
        kommun=KOMMUN,
        forsta_ar=2027,
        sista_ar=2027,
        titel=TITLE,
        ordforande="Margareta Lind (S)",
        diarienummer="VN 2026/31",
    )
    w = Writer("AV-valnämnd-prosa-felanvända-format", front)
    w.doc.styles["Heading 5"].font.size = Pt(12)
    _cover(w)
    _intro(w)
    _goals(w)
    _activities(w)
    _budget(w)
    _controls(w)
    return w.save(path)

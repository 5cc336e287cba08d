"""Corpus document AF: an arbetsmarknadsnämnd's plan whose goals are one Word outline list with
no headings and no typed numbers: fullmäktige's goals at level 1 ("1."), the nämnd's goals at
level 2 ("1.1") and the names of their indicators at level 3 ("a)"), all numbered by a
multilevel list (``w:numPr``) in a "List Paragraph" style; the figures follow in one table
"Mål | Indikator | Utfall 2024 | Utfall 2025 | Trend | Mål 2027 | Mål 2028 | Mål 2029" whose
"Mål" column gives the goal's number as Word shows it ("2.1") and whose "Trend" is an arrow;
activities in a table "Aktivitet | Mål | Ansvarig | Start | Klart | Kostnad (tkr)" with "Egen
tid" or an amount; a "Driftbudget och prognos (tkr)" with a "Prognos helår 2026" column between
Budget 2026 and Budget 2027; and monthly key figures "Jan … Okt | Snitt 2025".

Expected (what a perfect import gives): the front matter from the cover; seven chapters; three
fullmäktige goals and five nämndsmål (their numbers are Word's, not text); nine indicators
with outcomes 2024 and 2025 and targets for 2027–2029, linked to their goal by the shown
number (the level-3 list items are the same indicators, no more); eight activities with
ansvarig, slutdatum, their goal and kostnad or egen tid; six driftbudget rows with bokslut,
budget, prognos and plan; four key-figure rows by month. The arrows, header cells and totals
are structure."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path
from typing import Any

from docx.shared import Pt

from tests.word_shapes_docx import Writer, budget_rows, cell_text
from tests.word_shapes_model import Activity, Expected, Front, Goal, Indicator, KeyRow, Val
from tests.word_shapes_xml import element

Ind = tuple[str, str, Val, Val, str, Val, Val, Val]
"""An indicator: name, unit, utfall 2024, utfall 2025, trend, mål 2027, 2028, 2029."""

GOALS: list[tuple[str, list[tuple[str, list[Ind]]]]] = [
    ("Fler invånare i Ålunda försörjer sig själva genom arbete.", [
        ("Fler personer med försörjningsstöd går vidare till arbete eller studier.",
         [("Andel deltagare i arbetsmarknadsinsatser som börjat arbeta eller studera", "%",
           D(34), D(38), "↑", D(42), D(45), D(48)),
          ("Hushåll med långvarigt försörjningsstöd, antal", "", D(212), D(231), "↓",
           D(200), D(180), D(160))]),
        ("Unga vuxna utan gymnasieexamen får en väg till utbildning.",
         [("Andel unga 20–24 år inom aktivitetsansvaret som börjat studera", "%", D(41),
           D(40), "→", D(50), D(55), D(60)),
          ("Andel deltagare i yrkesvux med språkstöd som fullföljer kursen", "%", D("72.4"),
           D("76.0"), "↑", D(80), D(82), D(85))]),
    ]),
    ("Alla invånare kan delta i samhällslivet på lika villkor.", [
        ("Nyanlända kommer snabbare in på arbetsmarknaden.",
         [("Andel som har arbete eller studerar 90 dagar efter etableringsprogrammet", "%",
           D(46), D(51), "↑", D(55), D(58), D(60)),
          ("Andel elever i sfi som klarar kurs D inom ett år", "%", D(38), D(35), "↓", D(45),
           D(50), D(50))]),
        ("Den som söker försörjningsstöd får ett första besök utan lång väntan.",
         [("Väntetid till nybesök, dagar", "", D(19), D(14), "↑", "Högst 10", "Högst 10",
           "Högst 7")]),
    ]),
    ("Ålunda kommun är en hållbar och attraktiv arbetsgivare.", [
        ("Medarbetarna är friska och vill stanna i förvaltningen.",
         [("Sjukfrånvaro", "%", D("8.9"), D("7.6"), "↑", D("6.5"), D(6), D("5.5")),
          ("Hållbart medarbetarengagemang (HME), index", "", D(74), "", "", D(77), "",
           D(79))]),
    ]),
]  # fmt: skip

NUMBERS = {
    f"{k}.{g}": goal
    for k, (_, goals) in enumerate(GOALS, 1)
    for g, (goal, _) in enumerate(goals, 1)
}

Act = tuple[str, str, str, str, str, str]
"""An activity: name, goal number, ansvarig, start, klart (ISO) and kostnad as printed."""

ACTIVITIES: list[Act] = [
    ("Jobbspår inom vård och omsorg tillsammans med vård- och omsorgsförvaltningen", "1.1",
     "Enhetschef Jobbcentrum", "2027-01-15", "2027-12-31", "350"),
    ("Arbetsgivarnätverk för praktik och subventionerade anställningar", "1.1",
     "Arbetsmarknadskonsulent", "2027-02-01", "2027-06-30", "Egen tid"),
    ("Uppsökande arbete för unga inom aktivitetsansvaret", "1.2", "Enhetschef KAA",
     "2027-01-01", "2027-10-31", "Egen tid"),
    ("Yrkesvux med språkstöd inom bygg och fastighet", "1.2", "Rektor vuxenutbildningen",
     "2027-08-15", "2028-06-15", "1 200"),
    ("Kombinationsutbildning sfi och barnskötare", "2.1", "Rektor vuxenutbildningen",
     "2027-01-15", "2028-01-31", "780"),
    ("Samhällsorientering på modersmål i grupp", "2.1", "Integrationssamordnare",
     "2027-03-01", "2027-11-30", "120"),
    ("Digital bokning av nybesök på försörjningsstöd", "2.2", "Enhetschef försörjningsstöd",
     "2027-02-01", "2027-05-31", "90"),
    ("Friskvårdssatsning och tidiga rehabsamtal", "3.1", "HR-partner", "2027-01-01",
     "2027-12-31", "Egen tid"),
]  # fmt: skip

KEYS = [
    ("bokslut", 2025),
    ("budget", 2026),
    ("prognos", 2026),
    ("budget", 2027),
    ("plan", 2028),
    ("plan", 2029),
]
DRIFT: list[tuple[str, list[int | None]]] = [
    ("Nämnd och förvaltningsledning", [-4_310, -4_450, -4_520, -4_600, -4_690, -4_780]),
    ("Försörjningsstöd", [-38_640, -36_900, -40_150, -38_500, -37_200, -36_000]),
    ("Arbetsmarknadsinsatser", [-17_280, -18_100, -17_850, -18_900, -19_300, -19_700]),
    ("Vuxenutbildning", [-21_470, -22_300, -22_060, -23_100, -23_600, -24_100]),
    ("Svenska för invandrare", [-9_820, -10_200, -9_940, -10_050, -10_250, -10_450]),
    ("Mottagande av nyanlända", [1_150, 400, 620, 200, 0, 0]),
]

MONTHS = ["Jan", "Feb", "Mar", "Apr", "Maj", "Jun", "Jul", "Aug", "Sep", "Okt"]
KEY_ROWS = [
    ("Hushåll med försörjningsstöd",
     ["512", "518", "509", "497", "488", "502", "521", "515", "498", "490"], "476"),
    ("Hushåll med arbetslöshet som huvudorsak",
     ["301", "306", "298", "290", "281", "287", "302", "299", "285", "279"], "268"),
    ("Utbetalt försörjningsstöd, tkr",
     ["3 412", "3 389", "3 356", "3 290", "3 244", "3 318", "3 460", "3 402", "3 281", "3 247"],
     "3 155"),
    ("Nya ansökningar", ["64", "58", "61", "49", "52", "57", "71", "66", "55", "53"], "54"),
]  # fmt: skip


def _outline_numbering(doc: Any) -> None:
    """A multilevel list "1." / "1.1" / "a)" that the goal list's paragraphs use."""
    formats = [("decimal", "%1."), ("decimal", "%1.%2"), ("lowerLetter", "%3)")]
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:pPr>'
        f'<w:ind w:left="{420 + 567 * i}" w:hanging="420"/></w:pPr></w:lvl>'
        for i, (fmt, text) in enumerate(formats)
    )
    numbering = doc.part.numbering_part.element
    numbering.insert(
        0,
        element(
            '<w:abstractNum w:abstractNumId="61"><w:multiLevelType w:val="multilevel"/>'
            f"{levels}</w:abstractNum>"
        ),
    )
    numbering.append(element('<w:num w:numId="61"><w:abstractNumId w:val="61"/></w:num>'))


def _item(w: Writer, text: str, level: int) -> None:
    paragraph = w.para(("b" if level < 2 else "", text), style="List Paragraph")
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(element(f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="61"/></w:numPr>'))
    paragraph.paragraph_format.space_after = Pt(2 if level == 2 else 6)


def _cover(w: Writer) -> None:
    w.cover("Ålunda kommun", size=14)
    w.cover("Verksamhetsplan 2027–2029", size=28, bold=True)
    w.cover("Arbetsmarknadsnämnden", size=18)
    w.para("")
    w.cover("Beslutad: Arbetsmarknadsnämnden 2026-11-24 § 102")
    w.cover("Diarienummer: AMN 2026/77")
    w.cover("Ordförande: Kerstin Wall (S)")
    w.cover("Arbetsmarknadschef: Jonas Ek")
    w.page_break()


def _chapters(w: Writer) -> None:
    w.chapter("Sammanfattning")
    w.para(
        "Arbetslösheten i Ålunda är fortfarande högre än i länet, men andelen som går från "
        "försörjningsstöd till arbete har ökat två år i rad. Nämnden prioriterar insatser som "
        "leder till en utbildning eller ett jobb och en snabbare väg in för nyanlända."
    )
    w.chapter("Uppdrag och organisation")
    w.para(
        "Arbetsmarknadsnämnden ansvarar för ekonomiskt bistånd, arbetsmarknadsinsatser, "
        "kommunal vuxenutbildning, svenska för invandrare och mottagande av nyanlända. "
        "Arbetsmarknadsförvaltningen har fem enheter och omkring 140 medarbetare."
    )
    w.chapter("Omvärld och förutsättningar")
    w.para(
        "Arbetsförmedlingens förändrade uppdrag gör att fler med lång tid utan arbete söker sig "
        "till kommunen. Samtidigt minskar statsbidragen för mottagande av nyanlända när färre "
        "personer anvisas till Ålunda."
    )
    w.bullets(
        "Efterfrågan på undersköterskor, barnskötare och yrkesförare är stor i regionen.",
        "Kostnaderna för boende har ökat och fler hushåll behöver stöd till hyran.",
        "Nya regler för vuxenutbildningen ger kommunen större ansvar för studievägledning.",
    )


def _goals(w: Writer) -> None:
    w.chapter("Mål och indikatorer")
    w.para(
        "Listan visar fullmäktiges mål och under dem nämndens mål. Under varje nämndsmål står "
        "de indikatorer som visar om målet nås; utfall och målvärden finns i tabellen efter "
        "listan."
    )
    for kf, goals in GOALS:
        _item(w, kf, 0)
        w.expected.goals.append(Goal(kf, "kf"))
        for goal, inds in goals:
            _item(w, goal, 1)
            w.expected.goals.append(Goal(goal, "namnd"))
            for ind in inds:
                _item(w, ind[0], 2)
    caption = "Indikatorer med utfall och målvärden"
    w.para(("b", caption))
    w.structure(caption)
    rows = [["Mål", "Indikator", "Utfall 2024", "Utfall 2025", "Trend", "Mål 2027"]]
    rows[0] += ["Mål 2028", "Mål 2029"]
    for number, goal in NUMBERS.items():
        inds = next(i for _, gs in GOALS for g, i in gs if g == goal)
        for name, unit, u24, u25, trend, t27, t28, t29 in inds:
            values = (u24, u25, trend, t27, t28, t29)
            rows.append([number, name, *(cell_text(v, unit) if v else "" for v in values)])
            w.structure(number, trend)
            w.expected.indicators.append(
                Indicator(
                    goal,
                    name,
                    unit,
                    targets={
                        y: t for y, t in zip((2027, 2028, 2029), (t27, t28, t29), strict=True) if t
                    },
                    outcomes={y: u for y, u in ((2024, u24), (2025, u25)) if u},
                )
            )
    w.table(rows, widths=[1.1, 6.0, 1.6, 1.6, 1.6, 1.6, 1.6, 1.6])
    w.para(
        "Trendpilen jämför utfallet 2025 med 2024: uppåt är en förbättring, nedåt en "
        "försämring och vågrätt ett oförändrat läge."
    )


def _activities(w: Writer) -> None:
    w.chapter("Aktiviteter")
    w.para("Aktiviteterna är kopplade till nämndens mål med målets nummer i listan ovan.")
    rows = [["Aktivitet", "Mål", "Ansvarig", "Start", "Klart", "Kostnad (tkr)"]]
    for name, number, who, start, end, cost in ACTIVITIES:
        rows.append([name, number, who, start, end, cost])
        w.structure(number, start, end, cost)
        own = cost == "Egen tid"
        w.expected.activities.append(
            Activity(
                name,
                who,
                dt.date.fromisoformat(end),
                group=NUMBERS[number],
                kostnad=None if own else D(cost.replace(" ", "")),
                egen_tid=own,
            )
        )
    w.table(rows, widths=[6.2, 1.1, 3.6, 2, 2, 1.7])


def _economy(w: Writer) -> None:
    w.chapter("Ekonomi")
    w.para(
        "Nämndens ram för 2027 är 95 000 tkr. Prognosen för 2026 visar ett underskott på "
        "3 250 tkr, främst för att kostnaderna för försörjningsstöd har ökat mer än väntat."
    )
    caption = "Driftbudget och prognos (tkr)"
    w.para(("b", caption))
    w.structure(caption)
    header = ["Verksamhet", "Bokslut 2025", "Budget 2026", "Prognos helår 2026"]
    header += ["Budget 2027", "Plan 2028", "Plan 2029"]
    body = budget_rows(w, "drift", KEYS, DRIFT, "Nettokostnad", minus="−")
    w.table([header, *body], widths=[4.4, 2, 2, 2.2, 2, 2, 2])


def _key_figures(w: Writer) -> None:
    w.chapter("Nyckeltal")
    w.para(
        "Nyckeltalen för försörjningsstödet följs varje månad i nämnden. Tabellen visar "
        "utfallet januari–oktober 2026 och genomsnittet per månad 2025."
    )
    caption = "Försörjningsstöd per månad 2026"
    w.para(("b", caption))
    w.structure(caption)
    header = ["Nyckeltal", *MONTHS, "Snitt 2025"]
    rows = [header]
    for name, months, average in KEY_ROWS:
        rows.append([name, *months, average])
        w.expected.key_figures.append(
            KeyRow(caption, name, dict(zip(header[1:], [*months, average], strict=True)))
        )
    w.table(rows, keep_headers=True, widths=[3.8] + [1.1] * 10 + [1.6], size=8)


def build_af(path: Path) -> Expected:
    front = Front(
        namnd="Arbetsmarknadsnämnden",
        kommun="Ålunda kommun",
        forsta_ar=2027,
        sista_ar=2029,
        titel="Verksamhetsplan 2027–2029",
        ordforande="Kerstin Wall (S)",
        forvaltningschef="Jonas Ek",
        diarienummer="AMN 2026/77",
    )
    w = Writer("AF-arbetsmarknad-dispositionslista", front)
    _outline_numbering(w.doc)
    _cover(w)
    _chapters(w)
    _goals(w)
    _activities(w)
    _economy(w)
    _key_figures(w)
    return w.save(path)

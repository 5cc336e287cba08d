"""Corpus document C: a vård- och omsorgsnämnd's two-year plan made from the kommun's
template: the cover in content controls, a text box and a field; goals as yearly sentences
under each målområde; activity and project tables in the kommun's words, grouped tables (the
group named once, or merged down the first column), a grouped key-figure table and an
internkontroll table; tracked changes in the text and in a cell, a comment, a field, a Word
footnote and an organisation chart with alt text."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

from tests.docx_xml import add_footnote_part
from tests.word_shapes_docx import Writer, set_cell_paragraph
from tests.word_shapes_model import Activity, Control, Expected, Front, Goal, KeyRow
from tests.word_shapes_xml import (
    append,
    block_control,
    complex_field,
    deleted,
    element,
    inline_control,
    inserted,
    org_chart_png,
    p,
    picture,
    r,
    simple_field,
    text_box,
)

FOOTNOTE = "Källa: Socialstyrelsens öppna jämförelser av äldreomsorgen 2025."
ALT = "Organisationsschema: nämnden, förvaltningsledningen och fyra verksamhetsområden"

GOALS = {
    "Trygg omsorg": (
        "Den som får omsorg ska känna sig trygg och möta få olika medarbetare.",
        {
            2027: "Varje brukare i hemtjänsten möter högst tolv olika medarbetare på två veckor.",
            2028: "Nio av tio brukare uppger att de känner sig trygga med hemtjänsten.",
        },
        False,
    ),
    "Heltid som norm": (
        "Heltid ska vara det normala för den som arbetar i vård och omsorg.",
        {
            2027: "En modell för heltid som norm är införd i hemtjänsten.",
            2028: "Andelen heltidsanställda har ökat med tio procentenheter.",
        },
        True,
    ),
    "Digital välfärd": (
        "Digitala lösningar ska ge brukarna mer självständighet och frigöra tid för omsorg.",
        {
            2027: "Alla brukare med trygghetslarm har fått erbjudande om digital tillsyn.",
            2028: "Läkemedelsrobotar används av minst 150 brukare.",
        },
        False,
    ),
}


def _cover(w: Writer) -> None:
    block_control(w.doc, "Nämnd", "Vård- och omsorgsnämnden", size=16)
    block_control(w.doc, "Titel", "Verksamhetsplan 2027–2028", size=26)
    text_box(
        w.doc,
        "Norrvika kommun",
        "Nämndsordförande: Birgitta Nyström (KD)",
        "Förvaltningschef: Ahmed Karimi",
    )
    append(
        w.doc,
        p(r("Dnr "), complex_field(" DOCPROPERTY Diarienummer \\* MERGEFORMAT ", "VON 2026/77")),
    )
    append(w.doc, inline_control("Antagen: ", "Vård- och omsorgsnämnden 2026-12-09 § 142"))
    w.structure(
        "Vård- och omsorgsnämnden",
        "Verksamhetsplan 2027–2028",
        "Norrvika kommun",
        "Nämndsordförande: Birgitta Nyström (KD)",
        "Förvaltningschef: Ahmed Karimi",
        "Dnr VON 2026/77",
        "Antagen: Vård- och omsorgsnämnden 2026-12-09 § 142",
    )
    w.expected.absent += ["DOCPROPERTY", "MERGEFORMAT"]
    w.page_break()


def _introduction(w: Writer) -> None:
    w.chapter("Inledning")
    append(
        w.doc,
        p(
            r("Nämnden har under 2026 "),
            inserted("infört trygghetsteam i hemtjänsten och ", 11),
            deleted("avvecklat korttidsboendet i Östby och ", 12),
            r("fortsatt arbetet med kontinuitet för den enskilde."),
        ),
    )
    w.expected.absent.append("avvecklat korttidsboendet i Östby")
    commented = w.para(
        "Kostnaden per brukare i hemtjänsten var 312 tkr under 2026, vilket är något högre än "
        "i jämförbara kommuner."
    )
    w.doc.add_comment(
        commented.runs,
        text="Stämmer siffran för 2026 med bokslutet?",
        author="Eva Lind",
        initials="EL",
    )
    w.expected.comments.append("Stämmer siffran för 2026 med bokslutet?")
    append(
        w.doc,
        p(
            r("Planen bygger på kommunens befolkningsprognos från "),
            simple_field(" DOCPROPERTY Prognosdatum \\* MERGEFORMAT ", "mars 2026"),
            r(", som visar att antalet invånare över 80 år ökar med en fjärdedel till 2032."),
        ),
    )
    append(
        w.doc,
        p(
            r("Andelen brukare som är nöjda med sitt särskilda boende är 84 procent"),
            '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            '<w:footnoteReference w:id="1"/></w:r>',
            r("."),
        ),
    )


def _goals(w: Writer) -> None:
    w.heading("Mål för 2027 och 2028", 1)
    w.structure("Mål för 2027 och 2028")
    for area, (intro, years, one_paragraph) in GOALS.items():
        w.heading(area, 2)
        w.para(intro)
        sentences = [f"Mål {year}: {text}" for year, text in years.items()]
        if one_paragraph:
            w.para(" ".join(sentences))
        else:
            w.paras(*sentences)
        w.expected.goals.append(Goal("", "", dict(years)))


def _activities(w: Writer) -> None:
    x = w.expected
    w.heading("Aktiviteter", 1)
    w.structure("Aktiviteter")
    w.para("Aktiviteterna är ordnade efter det målområde de ska bidra till.")
    grouped = {
        "Trygg omsorg": [
            ("Planering i mindre arbetslag i hemtjänsten", "Enhetschef hemtjänst", "2027-03-31"),
            ("Kontaktperson för varje ny brukare", "Enhetschef hemtjänst", "2027-02-28"),
            ("Uppföljning av kontinuitet varje månad", "Verksamhetsutvecklare", "2027-12-31"),
            (
                "Trygghetsvandringar på de särskilda boendena",
                "Enhetschef särskilt boende",
                "2027-10-31",
            ),
        ],
        "Heltid som norm": [
            ("Schemaläggning med önskeschema i hela hemtjänsten", "HR-specialist", "2027-09-30"),
            ("Bemanningsenhet för korta vikariat", "Förvaltningschef", "2028-01-31"),
            ("Utvärdering av heltidsmodellen", "HR-chef", "2028-06-30"),
        ],
        "Digital välfärd": [
            ("Digital nattillsyn med kamera", "Digitaliseringsstrateg", "2027-05-31"),
            (
                "Läkemedelsrobotar i ordinärt boende",
                "Medicinskt ansvarig sjuksköterska",
                "2028-03-31",
            ),
            (
                "Surfplattor för videosamtal med anhöriga",
                "Enhetschef särskilt boende",
                "2027-11-30",
            ),
        ],
    }
    rows = [["Målområde", "Aktivitet", "Ansvarig", "Slutdatum"]]
    for area, items in grouped.items():
        for number, (name, who, when) in enumerate(items):
            rows.append([area if number == 0 else "", name, who, when])
            x.activities.append(Activity(name, who, dt.date.fromisoformat(when), group=area))
    w.table(rows, widths=[3.5, 7, 4, 2.5])

    w.para("Verksamheternas egna förbättringsarbeten:")
    merged = {
        "Hemtjänst": [
            ("Ny ruttplanering med elbilar", "Enhetschef hemtjänst"),
            ("Kompetensstege för undersköterskor", "Verksamhetschef hemtjänst"),
            ("Sammanhållen dokumentation med hälso- och sjukvården", "Verksamhetsutvecklare"),
        ],
        "Särskilt boende": [
            ("Måltidsråd på varje boende", "Enhetschef särskilt boende"),
            ("Utomhusvistelse varje dag för den som vill", "Enhetschef särskilt boende"),
            ("Språkombud i varje arbetslag", "Verksamhetschef särskilt boende"),
        ],
    }
    rows = [["Verksamhet", "Aktivitet", "Ansvarig"]]
    merges = []
    for unit, pairs in merged.items():
        merges.append((len(rows), 0, len(rows) + len(pairs) - 1, 0))
        for name, who in pairs:
            rows.append([unit if len(rows) == merges[-1][0] else "", name, who])
            x.activities.append(Activity(name, who, verksamhet=unit))
    w.table(rows, merges=merges, widths=[3.5, 9, 4.5])

    w.para("Aktiviteter som följs upp av nämnden varje tertial:")
    status_rows = [
        [
            "Utredning av nytt korttidsboende",
            "Behov, placering och kostnad för ett nytt korttidsboende utreds.",
            "2027-06-30",
            "Förvaltningschef",
            "Pågår",
        ],
        [
            "Ny avgiftstaxa",
            "Taxan för omsorgsavgifter ses över inför 2028.",
            "2027-10-31",
            "Ekonomichef",
            "Ej påbörjad",
        ],
        [
            "Värdighetsgarantier",
            "Nämndens värdighetsgarantier revideras tillsammans med pensionärsrådet.",
            "2027-04-30",
            "Kvalitetsstrateg",
            "Klart",
        ],
        ["Nyckelfri hemtjänst", "", "2027-09-30", "", "Pågår"],
    ]
    table = w.table(
        [["Aktivitet", "Beskrivning", "Slutdatum", "Ansvarig", "Status"], *status_rows],
        widths=[4, 6.5, 2.2, 3, 2],
    )
    # The last row as revised with tracked changes: an insertion in the name and the
    # description, the responsible person replaced.
    set_cell_paragraph(
        table.cell(4, 0), element(p(r("Nyckelfri hemtjänst"), inserted(" i hela kommunen", 21)))
    )
    set_cell_paragraph(
        table.cell(4, 1),
        element(
            p(r("Digitala lås ersätter "), inserted("alla ", 22), r("nyckelskåp hos brukarna."))
        ),
    )
    set_cell_paragraph(
        table.cell(4, 3),
        element(p(deleted("Planeringssamordnare", 23), inserted("Enhetschef hemtjänst", 24))),
    )
    x.absent.append("Planeringssamordnare")
    statuses = {"Pågår": "pagar", "Ej påbörjad": "ej_paborjad", "Klart": "klart"}
    for name, _, when, who, status in status_rows[:3]:
        x.activities.append(Activity(name, who, dt.date.fromisoformat(when), statuses[status]))
    x.activities.append(
        Activity(
            "Nyckelfri hemtjänst i hela kommunen",
            "Enhetschef hemtjänst",
            dt.date(2027, 9, 30),
            "pagar",
        )
    )

    w.para("Projekt i genomförandefas enligt kommunens projektmodell:")
    projects = [
        (
            "Välfärdsteknik i hemtjänsten",
            "Införande av digital tillsyn och läkemedelsrobotar.",
            "Hemtjänst",
            "350 tkr",
        ),
        (
            "Heltidsresan",
            "Gemensamt projekt med kommunens övriga förvaltningar.",
            "Vård och omsorg gemensamt",
            "Egen tid",
        ),
        (
            "Nytt verksamhetssystem",
            "Upphandling och införande av ett gemensamt journalsystem.",
            "Vård och omsorg gemensamt",
            "1 200 tkr",
        ),
        (
            "Anhörigstöd på webben",
            "Självhjälpsprogram och chatt för anhöriga.",
            "Hälso- och sjukvård",
            "Egen tid",
        ),
    ]
    w.table(
        [
            ["Projekt – genomförande", "Beskrivning", "Tillhör verksamhet", "Ev. beräknad kostnad"],
            *map(list, projects),
        ],
        widths=[4, 7, 3.5, 2.5],
    )
    for name, _, unit, cost in projects:
        own = cost == "Egen tid"
        x.activities.append(
            Activity(
                name,
                verksamhet=unit,
                egen_tid=own,
                kostnad=None if own else D(cost[:-4].replace(" ", "")),
            )
        )


def _key_figures(w: Writer) -> None:
    w.chapter("Verksamhet i siffror")
    w.para("Tabellen visar de viktigaste volymerna per verksamhet.")
    header = ["Verksamhet", "Nyckeltal", "Utfall 2024", "Utfall 2025", "Budget 2026"]
    groups = {
        "Hemtjänst": [
            ("Antal brukare", "612", "640", "655"),
            ("Beviljade timmar per månad", "21 400", "22 950", "23 500"),
            ("Kostnad per brukare, tkr", "298", "312", "318"),
            ("Nöjda brukare, andel (%)", "86", "84", "88"),
        ],
        "Särskilt boende": [
            ("Antal brukare", "344", "351", "352"),
            ("Kostnad per brukare, tkr", "861", "889", "902"),
            ("Nöjda brukare, andel (%)", "82", "84", "86"),
        ],
        "Hälso- och sjukvård": [
            ("Antal patienter i hemsjukvården", "505", "538", "560"),
            ("Fallskador som krävt sjukhusvård", "97", "88", "80"),
        ],
    }
    rows = [header]
    for group, items in groups.items():
        for number, row in enumerate(items):
            rows.append([group if number == 0 else "", *row])
            w.expected.key_figures.append(
                KeyRow("", row[0], dict(zip(header[2:], row[1:], strict=True)), group)
            )
    w.table(rows, keep_headers=True, label_columns=2, widths=[3.5, 6, 2.3, 2.3, 2.3])


def _control(w: Writer) -> None:
    w.heading("Internkontrollplan 2027", 1)
    w.structure("Internkontrollplan 2027")
    header = [
        "Process/rutin",
        "Risk",
        "Kontrollmoment",
        "Kontrollansvar",
        "Frekvens",
        "Metod",
        "Rapporteras till",
    ]
    rows = [
        [
            "Läkemedelshantering",
            "Fel läkemedel eller dos ges",
            "Avvikelser i läkemedelshanteringen",
            "MAS",
            "Tertial",
            "Genomgång av avvikelserapporter",
            "Nämnden",
        ],
        [
            "Brukarnas privata medel",
            "Pengar försvinner",
            "Redovisning av kontanter på boendena",
            "Enhetschef",
            "Kvartal",
            "Stickprov på fem brukare",
            "Förvaltningschef",
        ],
        [
            "Biståndsbeslut",
            "Insatser ges utan gällande beslut",
            "Beslut finns för utförda insatser",
            "Biståndschef",
            "Halvår",
            "Jämförelse av verksamhetssystemen",
            "Nämnden",
        ],
        [
            "Debitering av avgifter",
            "Fel avgift tas ut",
            "Avgiftsbeslut mot fakturerade belopp",
            "Avgiftshandläggare",
            "Kvartal",
            "Stickprov på tjugo fakturor",
            "Ekonomichef",
        ],
        [
            "Bemanning nattetid",
            "Underbemanning på natten",
            "Bemanning mot schema",
            "Enhetschef",
            "Månad",
            "Uttag ur schemasystemet",
            "Förvaltningschef",
        ],
        [
            "Loggkontroll i journalen",
            "Obehöriga läser journaler",
            "Loggar för slumpvis valda brukare",
            "Systemförvaltare",
            "Månad",
            "Logguttag och granskning",
            "Nämnden",
        ],
    ]
    w.table([header, *rows], size=8)
    w.expected.controls += [Control(row[2], row[0]) for row in rows]


def build_c(path: Path) -> Expected:
    front = Front(
        namnd="Vård- och omsorgsnämnden",
        kommun="Norrvika kommun",
        forsta_ar=2027,
        sista_ar=2028,
        titel="Verksamhetsplan 2027–2028",
        ordforande="Birgitta Nyström (KD)",
        forvaltningschef="Ahmed Karimi",
        diarienummer="VON 2026/77",
    )
    w = Writer("C-mall-och-spårade-ändringar", front)
    _cover(w)
    _introduction(w)
    w.chapter("Omvärldsanalys")
    w.paras(
        "Fler äldre bor kvar hemma längre och med större behov av vård. Det ökar efterfrågan "
        "på hemtjänst och hemsjukvård, medan väntetiden till särskilt boende har minskat.",
        "Rekryteringen av sjuksköterskor och undersköterskor är nämndens största utmaning. "
        "Pensionsavgångarna är många under de kommande fem åren.",
    )
    w.chapter("Organisation")
    w.para(
        "Förvaltningen leds av förvaltningschefen och har fyra verksamhetsområden: hemtjänst, "
        "särskilt boende, hälso- och sjukvård samt myndighet och bistånd."
    )
    picture(
        w.doc,
        org_chart_png(
            ["Nämnden", "Hemtjänst", "Särskilt boende", "Hälso- och sjukvård", "Myndighet"]
        ),
        ALT,
    )
    _goals(w)
    _activities(w)
    _key_figures(w)
    _control(w)
    expected = w.save(path)
    add_footnote_part(path, FOOTNOTE)
    return expected

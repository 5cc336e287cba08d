"""Corpus document DP's data and later chapters: the coded goals per skolform with their
indicator rows, the activity table linked to the goals by code, the driftbudget and
investments in tkr, the key figures with an endnote on one cell, the internkontroll table, and
the Word endnotes part the saved document is given."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from tests.word_shapes_docx import Writer, budget_rows
from tests.word_shapes_model import Activity, Control, KeyRow, TableNote
from tests.word_shapes_xml import W, element

Ind = tuple[str, str, str, str, str, str]
"""An indicator row: name, unit, Utfall 2024, Utfall 2025, Målvärde 2027, Målvärde 2029."""

# (Heading 2, [(code, goal, [indicator rows])])
GOALS: list[tuple[str, list[tuple[str, str, list[Ind]]]]] = [
    ("Gymnasieskolan", [
        ("GY1", "Fler elever når en gymnasieexamen inom tre år", [
            ("Andel elever med gymnasieexamen inom tre år, hemkommun", "%", "71,8", "72,4",
             "75", "78"),
            ("Andel elever på yrkesprogram med gymnasieexamen inom tre år", "%", "66,1",
             "64,9", "70", "74"),
            ("Andel elever på introduktionsprogram som övergått till nationellt program inom "
             "ett år", "%", "27", "31", "35", "40"),
        ]),
        ("GY2", "Eleverna känner sig trygga och har studiero i skolan", [
            ("Andel elever i år 2 som känner sig trygga i skolan", "%", "89", "88",
             "Minst 90 %", "Minst 92 %"),
            ("Andel elever i år 2 som upplever studiero på lektionerna", "%", "61", "63",
             "67", "70"),
        ]),
        ("GY3", "Fler elever går vidare till arbete eller högre studier efter gymnasiet", [
            ("Andel elever som arbetar eller studerar ett år efter gymnasieexamen", "%", "77",
             "78", "80", "82"),
            ("Antal elever i gymnasial lärlingsutbildning", "", "212", "236", "280", "320"),
            ("Genomsnittlig betygspoäng för elever med examen", "", "14,2", "14,3", "14,5",
             "Öka"),
        ]),
    ]),
    ("Vuxenutbildningen", [
        ("VUX1", "Fler vuxna når sina studiemål och går vidare till arbete eller studier", [
            ("Andel kursdeltagare på gymnasial nivå som fullföljt kursen", "%", "74", "76",
             "80", "82"),
            ("Andel som arbetar eller studerar ett år efter avslutad yrkesutbildning", "%",
             "–", "69", "72", "75"),
            ("Antal platser i regionalt yrkesvux", "", "1 164", "1 238", "1 300", "1 400"),
        ]),
        ("VUX2", "Nyanlända lär sig svenska snabbare", [
            ("Andel elever i sfi som klarat minst två kurser inom ett år", "%", "41", "43",
             "48", "52"),
            ("Genomsnittlig väntetid till start i sfi, dagar", "", "26", "31", "Högst 21",
             "Högst 14"),
        ]),
        ("VUX3", "Vuxenutbildningen möter arbetsmarknadens behov av kompetens", [
            ("Andel yrkesutbildningsplatser inom bristyrken", "%", "58", "62", "70", "75"),
        ]),
    ]),
    ("Gemensamma mål för förvaltningen", [
        ("GEM1", "Utbildningsförvaltningen är en attraktiv arbetsgivare med behöriga lärare", [
            ("Andel lärare med legitimation och behörighet i minst ett ämne", "%", "82,5",
             "83,1", "86", "90"),
            ("Hållbart medarbetarengagemang (HME), index", "", "78", "77", "80", "80"),
            ("Sjukfrånvaro bland medarbetare", "%", "5,9", "6,3", "Högst 5,5 %",
             "Högst 5,0 %"),
        ]),
    ]),
]  # fmt: skip

ENDNOTES = [
    "Skolverket, Elever och skolenheter i gymnasieskolan, samt stadens egen befolkningsprognos "
    "från maj 2026.",
    "Betygspoäng på skalan 0–20 enligt Skolverkets definition. Elever på introduktionsprogram "
    "ingår inte.",
    "Heltidsstuderande beräknas som antalet verksamhetspoäng dividerat med 800. Uppgiften för "
    "2025 är preliminär.",
]

# (name, goal codes, ansvarig, printed end, slutdatum)
ACTIVITIES: list[tuple[str, str, str, str, dt.date | None]] = [
    ("Införa en gemensam modell för tidiga insatser vid risk för studieavbrott", "GY1",
     "Gymnasieavdelningen", "juni 2027", dt.date(2027, 6, 30)),
    ("Samla introduktionsprogrammen i ett introduktionscentrum i Östra hamnen", "GY1",
     "Gymnasieavdelningen", "augusti 2027", dt.date(2027, 8, 31)),
    ("Genomföra trygghetskartläggning och ta fram handlingsplan på varje skola", "GY2",
     "Rektorerna", "2027-04-30", dt.date(2027, 4, 30)),
    ("Ta fram gemensamma riktlinjer för lektionsstruktur och studiero", "GY2",
     "Kvalitetsenheten", "mars 2027", dt.date(2027, 3, 31)),
    ("Utöka antalet lärlingsplatser genom avtal med branschråden", "GY3, VUX3",
     "Gymnasieavdelningen", "december 2027", dt.date(2027, 12, 31)),
    ("Starta kombinationsutbildningar med sfi och yrkesvux inom vård och bygg", "VUX2, VUX1",
     "Vuxenutbildningsavdelningen", "december 2028", dt.date(2028, 12, 31)),
    ("Införa löpande intag till sfi varje vecka", "VUX2", "Vuxenutbildningsavdelningen",
     "2027-02-01", dt.date(2027, 2, 1)),
    ("Dimensionera yrkesvux årligen utifrån den regionala kompetensanalysen", "VUX3",
     "Vuxenutbildningsavdelningen", "oktober 2027", dt.date(2027, 10, 31)),
    ("Följa upp alla elever ett år efter avslutad yrkesutbildning", "VUX1",
     "Kvalitetsenheten", "Löpande", None),
    ("Erbjuda obehöriga lärare validering och kompletterande utbildning", "GEM1",
     "HR-avdelningen", "december 2029", dt.date(2029, 12, 31)),
    ("Genomföra handlingsplanen för minskad sjukfrånvaro", "GEM1", "HR-avdelningen",
     "juni 2027", dt.date(2027, 6, 30)),
]  # fmt: skip

DRIFT: list[tuple[str, list[int | None]]] = [
    ("Gymnasieskola, egen regi", [1398420, 1436900, 1482300, 1509000, 1534600]),
    ("Gymnasieskola, köpta platser och bidrag till fristående", [612880, 641200, 668900,
                                                                 684000, 699500]),
    ("Introduktionsprogram", [188310, 194600, 201800, 205400, 209000]),
    ("Anpassad gymnasieskola", [96540, 101300, 104700, 106900, 109100]),
    ("Kommunal vuxenutbildning", [241760, 236400, 244100, 248800, 253300]),
    ("Svenska för invandrare", [118230, 109800, 106500, 104200, 102900]),
    ("Anpassad utbildning för vuxna", [14920, 15600, 16100, 16400, 16700]),
    ("Yrkeshögskola", [8610, 9100, 9300, 9500, 9700]),
    ("Nämnd och förvaltningsgemensamt", [86450, 88900, 91400, 93100, 94800]),
]  # fmt: skip

INVEST: list[tuple[str, list[int | None]]] = [
    ("Inventarier och utrustning i gymnasieskolorna", [18500, 16000, 16000]),
    ("Maskiner och fordon för yrkesprogrammen", [7200, 9800, 5400]),
    ("Digitala lärverktyg och nätverk", [11000, 8500, 8500]),
    ("Inventarier till Östra hamnens gymnasium", [None, 24000, 6000]),
]

KEY_TITLE = "Elever och studerande, antal per den 15 oktober"
KEY_HEADER = ["Verksamhetsmått", "2023", "2024", "2025"]
KEYS: list[list[str]] = [
    ["Elever i stadens gymnasieskolor", "11 482", "11 736", "12 045"],
    ["Folkbokförda elever i fristående gymnasieskolor", "6 214", "6 388", "6 597"],
    ["Elever på introduktionsprogram", "1 164", "1 122", "1 208"],
    ["Elever i anpassad gymnasieskola", "402", "417", "431"],
    ["Heltidsstuderande i kommunal vuxenutbildning", "5 870", "5 612", "5 734"],
    ["Elever i sfi", "4 930", "4 285", "3 962"],
    ["Kostnad per elev i gymnasieskolan, kr", "131 400", "136 900", "141 200"],
]

CONTROLS: list[tuple[str, str, str, str, str]] = [
    ("Elevhälsa", "Elever i behov av stöd får inte åtgärdsprogram i tid",
     "Stickprov i tio elevakter per skola avseende utredning och åtgärdsprogram",
     "Två gånger per år", "Rektor"),
    ("Betygssättning", "Felaktig betygsrapportering till antagningen",
     "Kontroll av att betygskatalogerna är signerade och stämmer med rapporterade betyg",
     "Varje termin", "Administrativ chef"),
    ("Interkommunal ersättning", "Ersättning betalas för elever som inte är folkbokförda "
     "i staden", "Avstämning av fakturerade elever mot folkbokföringen", "Varje månad",
     "Ekonomichef"),
    ("Upphandlad vuxenutbildning", "Anordnare uppfyller inte avtalets krav",
     "Uppföljningsbesök hos anordnarna enligt fastställd plan", "Årligen",
     "Vuxenutbildningschef"),
    ("Arbetsmiljö", "Hot och våld mot personal utreds inte",
     "Genomgång av anmälda tillbud och arbetsskador och att utredning har gjorts",
     "Kvartalsvis", "HR-chef"),
    ("Informationssäkerhet", "Uppgifter om elever lämnas ut felaktigt",
     "Kontroll av behörigheter i det elevadministrativa systemet", "Två gånger per år",
     "IT-samordnare"),
]  # fmt: skip


def endnote_ref(number: int) -> object:
    """A run holding a reference to Word endnote ``number`` (shown as "i", "ii", … )."""
    return element(
        '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:endnoteReference w:id="{number}"/></w:r>'
    )


def add_endnotes(path: Path) -> None:
    """Give the saved document an endnotes part holding ``ENDNOTES`` as numbers 1, 2, 3."""
    notes = "".join(
        f'<w:endnote w:id="{n}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:endnoteRef/></w:r><w:r><w:t xml:space="preserve"> {escape(text)}</w:t></w:r>'
        "</w:p></w:endnote>"
        for n, text in enumerate(ENDNOTES, 1)
    )
    xml = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:endnotes xmlns:w="{W}">'
        '<w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        '</w:endnote><w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
        f"<w:continuationSeparator/></w:r></w:p></w:endnote>{notes}</w:endnotes>"
    )
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    parts["word/endnotes.xml"] = xml.encode()
    rels = (
        parts["word/_rels/document.xml.rels"]
        .decode()
        .replace(
            "</Relationships>",
            '<Relationship Id="rIdEnd" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/endnotes" Target="endnotes.xml"/></Relationships>',
        )
    )
    parts["word/_rels/document.xml.rels"] = rels.encode()
    types = (
        parts["[Content_Types].xml"]
        .decode()
        .replace(
            "</Types>",
            '<Override PartName="/word/endnotes.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"/></Types>',
        )
    )
    parts["[Content_Types].xml"] = types.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)


def activities(w: Writer, goals: dict[str, str]) -> None:
    """The activity table: each activity's group is the first goal its codes name."""
    w.chapter("Aktiviteter")
    w.para(
        "Tabellen visar de aktiviteter som förvaltningen genomför under planperioden för att "
        "nå nämndens mål. Kolumnen Bidrar till mål anger målets kod. Aktiviteterna följs upp "
        "i delårsrapporten och i verksamhetsberättelsen."
    )
    rows = [["Nr", "Aktivitet", "Bidrar till mål", "Ansvarig", "Klart"]]
    for n, (name, codes, owner, printed, end) in enumerate(ACTIVITIES, 1):
        rows.append([f"A{n}", name, codes, owner, printed])
        group = goals[codes.split(",")[0].strip()]
        w.expected.activities.append(Activity(name, owner, end, group=group))
    w.table(rows, widths=[1.0, 7.4, 2.2, 3.8, 2.2])
    # Judgement: the "A1" numbers are the table's own row labels, not text of the plan.
    w.structure(*(f"A{n}" for n in range(1, len(ACTIVITIES) + 1)))
    w.para("")


def economy(w: Writer) -> None:
    w.chapter("Ekonomi")
    w.para(
        "Nämndens kommunbidrag för 2027 uppgår till 2 925 100 tkr, en ökning med 91 300 tkr "
        "jämfört med 2026. Ökningen förklaras främst av fler elever i gymnasieåldern och av "
        "högre bidrag till fristående skolor. Vuxenutbildningens ram minskar något eftersom "
        "antalet elever i sfi fortsätter att minska."
    )
    w.para(("b", "Driftbudget per verksamhet, nettokostnad (tkr)"))
    w.structure("Driftbudget per verksamhet, nettokostnad (tkr)")
    keys = [("bokslut", 2025), ("budget", 2026), ("budget", 2027), ("plan", 2028),
            ("plan", 2029)]  # fmt: skip
    header = ["Verksamhet", "Bokslut 2025", "Budget 2026", "Budget 2027", "Plan 2028",
              "Plan 2029"]  # fmt: skip
    body = budget_rows(w, "drift", keys, DRIFT, "Summa nettokostnad", sep="\u00a0")
    w.table([header, *body], widths=[5.6, 2.2, 2.2, 2.2, 2.2, 2.2], size=8)
    w.para("Plan 2028–2029 är beräknad i 2027 års prisnivå.", size=8)
    w.para("")
    w.heading("Investeringar", 2)
    w.para(
        "Investeringsbudgeten avser främst utrustning i gymnasieskolornas yrkesprogram och "
        "inventarier till det nya gymnasiet i Östra hamnen, som öppnar hösten 2028."
    )
    header = ["Investering (tkr)", "Budget 2027", "Plan 2028", "Plan 2029"]
    keys = [("budget", 2027), ("plan", 2028), ("plan", 2029)]
    body = budget_rows(w, "investering", keys, INVEST, "Summa investeringar", sep="\u00a0")
    w.table([header, *body], widths=[7.6, 2.6, 2.6, 2.6])
    w.para("")


def key_figures(w: Writer) -> None:
    w.chapter("Nyckeltal")
    w.para(
        "Nyckeltalen visar hur elevantalet har utvecklats de senaste tre åren. Uppgifterna "
        "avser mätdagen den 15 oktober varje år."
    )
    w.para(("b", KEY_TITLE))
    w.structure(KEY_TITLE)
    table = w.table([KEY_HEADER, *KEYS], keep_headers=True, widths=[8.4, 2.4, 2.4, 2.4])
    # Endnote 3 on the preliminary 2025 figure of heltidsstuderande.
    table.cell(5, 3).paragraphs[0]._p.append(endnote_ref(3))
    for row in KEYS:
        values = dict(zip(KEY_HEADER[1:], row[1:], strict=True))
        w.expected.key_figures.append(KeyRow(KEY_TITLE, row[0], values))
    # Judgement: an endnote on a figure of a key-figure table is that table's note, as R's
    # footnote is.
    w.expected.notes.append(TableNote(KEY_TITLE, ENDNOTES[2]))
    w.para("")


def internal(w: Writer) -> None:
    w.chapter("Intern kontroll")
    w.para(
        "Internkontrollplanen bygger på förvaltningens riskanalys. Kontrollerna rapporteras "
        "till nämnden i samband med delårsrapporten och verksamhetsberättelsen."
    )
    rows = [["Process", "Risk", "Kontrollmoment", "Frekvens", "Ansvarig"]]
    for process, risk, control, often, owner in CONTROLS:
        rows.append([process, risk, control, often, owner])
        w.expected.controls.append(Control(control, process))
    w.table(rows, widths=[2.8, 4.2, 5.2, 2.2, 2.4])

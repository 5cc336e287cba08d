"""Corpus document BU: a vård- och omsorgsnämnd's plan in a kommun of the förvaltningsområde för
finska, written in Swedish and Finnish, Swedish first. The cover gives every line twice (the
Finnish in italics under the Swedish, "Ordförande / Puheenjohtaja: …" in one line), the page
header is bilingual, and every chapter heading is "Inledning / Johdanto". The prose alternates:
each Swedish paragraph is followed by its Finnish translation in italics. The first målområde's
goal tables carry the Finnish as a second paragraph in every cell (the goal "Mål 1: …" over an
italic "Tavoite 1: …" in a merged first row, the header cells "Nuläge 2025" over "Nykytila
2025" by a soft line break, a target "Högst 13" over "Enintään 13"); the other målområden put
each goal as a bold "Mål n: …" line over an italic "Tavoite n: …" line and the Finnish name in a
parallel column "Indikator | Indikaattori | Nuläge 2025 | Mål 2027 | Mål 2028". Activities are a
table linked by the goal's number with the Finnish name under the Swedish one, an ansvarig
"Äldreomsorgschef / Vanhustyön päällikkö" and dates "december 2027 / joulukuu 2027"; the
driftbudget, the key figures and the internkontroll name their rows "Hemtjänst / Kotipalvelu".

Expected (what a careful human enters): the Swedish texts only. The front matter from the
Swedish cover lines; seven chapters under their Swedish names (the whole bilingual heading is
structure) whose text keeps the Finnish paragraphs (prose is kept, in both languages); five
nämndsmål without their "Mål n:" label and ten indicators with nuläge 2025, targets 2027 and
2028 ("–" is none) and "%" where written; nine activities with ansvarig, slutdatum (a month's
last day, a quarter's last day, none for "Löpande") and their goal as group; nine driftbudget
rows by (budget, 2026), (budget, 2027) and (plan, 2028), costs negative, the state grant
positive; four key-figure rows; four controls with their process. The Finnish goal texts,
indicator names and the bilingual row names must not become items: they are structure (kept as
no text) and listed as absent, as are the page header and the bilingual budget row names."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from tests.word_shapes_docx import Writer, cell_text, sv
from tests.word_shapes_model import (
    Activity,
    BudgetRow,
    Control,
    Expected,
    Front,
    Goal,
    Indicator,
    KeyRow,
    Val,
)

HEADER = (
    "Aapajärvi kommun – Vård- och omsorgsnämnden / Aapajärven kunta – Hoito- ja hoivalautakunta"
)

Ind = tuple[str, str, str, Val, Val, Val]
"""An indicator: Swedish name, Finnish name, unit, nuläge 2025, mål 2027, mål 2028."""
Goal3 = tuple[str, str, list[Ind]]
"""A goal: Swedish sentence, Finnish sentence, its indicators."""

AREAS: list[tuple[str, str, list[Goal3]]] = [
    ("Trygg och värdig omsorg", "Turvallinen ja arvokas hoiva", [
        ("Äldre som bor hemma känner sig trygga med hemtjänsten.",
         "Kotona asuvat ikäihmiset kokevat kotipalvelun turvalliseksi.",
         [("Andel brukare i hemtjänsten som känner sig trygga",
           "Turvalliseksi olonsa tuntevien kotipalveluasiakkaiden osuus", "%",
           D(84), D(87), D(90)),
          ("Antal olika personal som besöker en hemtjänsttagare under 14 dagar",
           "Kotipalveluasiakkaan luona 14 päivän aikana käyvien eri työntekijöiden määrä", "",
           D(16), "Högst 13", "Högst 12")]),
        ("Den som har rätt till omsorg på finska får det.",
         "Jokainen, jolla on oikeus suomenkieliseen hoivaan, saa sitä.",
         [("Andel brukare som begärt omsorg på finska och får den helt eller delvis på finska",
           "Suomenkielistä hoivaa pyytäneiden asiakkaiden osuus, jotka saavat sen kokonaan "
           "tai osittain suomeksi", "%", D(78), D(90), D(95)),
          ("Andel medarbetare i äldreomsorgen som talar finska",
           "Suomea puhuvien työntekijöiden osuus vanhustenhuollossa", "%",
           D(31), D(35), D(38))]),
    ]),
    ("Delaktighet och självständighet", "Osallisuus ja itsenäisyys", [
        ("Personer med funktionsnedsättning lever ett självständigt liv och deltar i samhället.",
         "Vammaiset henkilöt elävät itsenäistä elämää ja osallistuvat yhteiskuntaan.",
         [("Andel brukare i LSS-boende som har en aktuell genomförandeplan",
           "Ajantasaisen toteuttamissuunnitelman omaavien LSS-asukkaiden osuus", "%",
           D(72), D(90), D(95)),
          ("Antal personer i daglig verksamhet med praktik på den öppna arbetsmarknaden",
           "Avoimilla työmarkkinoilla harjoittelevien päivätoiminnan asiakkaiden määrä", "",
           D(9), D(12), D(15))]),
        ("Äldre kan påverka hur och när de får sin hjälp.",
         "Ikäihmiset voivat vaikuttaa siihen, miten ja milloin he saavat apua.",
         [("Andel brukare i hemtjänsten som kan påverka vilka tider de får hjälp",
           "Avun ajankohtiin vaikuttaa voivien kotipalveluasiakkaiden osuus", "%",
           D(63), D(70), "Minst 75 %")]),
    ]),
    ("Attraktiv arbetsgivare", "Houkutteleva työnantaja", [
        ("Medarbetarna vill stanna och utvecklas i vård och omsorg.",
         "Työntekijät haluavat jäädä hoito- ja hoivatyöhön ja kehittyä siinä.",
         [("Sjukfrånvaro bland medarbetarna", "Työntekijöiden sairauspoissaolot", "%",
           D("8.9"), D("8.0"), D("7.5")),
          ("Andel tillsvidareanställda undersköterskor med heltid",
           "Kokoaikaisten osuus vakituisista lähihoitajista", "%", D(64), D(75), "–"),
          ("Hållbart medarbetarengagemang (HME), index",
           "Kestävä henkilöstöjohtaminen (HME), indeksi", "", D(76), D(78), D(80))]),
    ]),
]  # fmt: skip

FINNISH_TARGETS = {"Högst 13": "Enintään 13", "Högst 12": "Enintään 12"}

# name, Finnish name, goal number, ansvarig as printed, klart as printed, slutdatum
ACTIVITIES: list[tuple[str, str, int, str, str, dt.date | None]] = [
    ("Införa fast omsorgskontakt i hela hemtjänsten",
     "Pysyvä hoivayhteyshenkilö koko kotipalveluun", 1, "Enhetschef hemtjänst",
     "juni 2027 / kesäkuu 2027", dt.date(2027, 6, 30)),
    ("Erbjuda digital nattillsyn till dem som vill",
     "Digitaalista yövalvontaa sitä haluaville", 1, "Enhetschef hemtjänst", "Q3 2027",
     dt.date(2027, 9, 30)),
    ("Kartlägga språkkunskaperna hos alla medarbetare",
     "Kartoitetaan kaikkien työntekijöiden kielitaito", 2, "HR-konsult",
     "mars 2027 / maaliskuu 2027", dt.date(2027, 3, 31)),
    ("Öppna en finskspråkig avdelning på Älvgårdens särskilda boende",
     "Avataan suomenkielinen osasto Älvgårdenin palvelutaloon", 2,
     "Äldreomsorgschef / Vanhustyön päällikkö", "december 2027 / joulukuu 2027",
     dt.date(2027, 12, 31)),
    ("Erbjuda kurs i finska för medarbetare", "Suomen kielen kurssi työntekijöille", 2,
     "Utvecklingsledare", "Löpande / Jatkuva", None),
    ("Revidera genomförandeplanerna i alla LSS-boenden",
     "Päivitetään toteuttamissuunnitelmat kaikissa LSS-asumisyksiköissä", 3,
     "Enhetschef LSS", "2027-04-30", dt.date(2027, 4, 30)),
    ("Samverka med Arbetsförmedlingen om praktikplatser",
     "Yhteistyö työnvälityksen kanssa harjoittelupaikoista", 3,
     "Enhetschef daglig verksamhet", "Q4 2027", dt.date(2027, 12, 31)),
    ("Starta brukarråd i varje hemtjänstområde",
     "Asiakasneuvosto jokaiselle kotipalvelualueelle", 4, "Kvalitetsutvecklare",
     "september 2027 / syyskuu 2027", dt.date(2027, 9, 30)),
    ("Erbjuda önskad sysselsättningsgrad vid nyanställning",
     "Toivottu työaika tarjotaan uusissa työsuhteissa", 5, "HR-chef",
     "januari 2027 / tammikuu 2027", dt.date(2027, 1, 31)),
]  # fmt: skip

KEYS = [("budget", 2026), ("budget", 2027), ("plan", 2028)]
DRIFT: list[tuple[str, str, tuple[int, int, int]]] = [
    ("Nämnd och förvaltning", "Lautakunta ja hallinto", (-6120, -6240, -6380)),
    ("Hemtjänst", "Kotipalvelu", (-58400, -61250, -63100)),
    ("Särskilt boende", "Tehostettu palveluasuminen", (-94800, -98650, -101200)),
    ("Hemsjukvård", "Kotisairaanhoito", (-21350, -22400, -23050)),
    ("Korttidsboende", "Lyhytaikainen asuminen", (-9870, -10120, -10400)),
    ("LSS-boende", "LSS-asuminen", (-33600, -35150, -36000)),
    ("Daglig verksamhet", "Päivätoiminta", (-12450, -12900, -13300)),
    ("Personlig assistans", "Henkilökohtainen apu", (-18200, -18750, -19300)),
    (
        "Statsbidrag finskt förvaltningsområde",
        "Suomen kielen hallintoalueen valtionavustus",
        (1850, 1850, 1850),
    ),
]

KEY_CAPTION = "Vård och omsorg i siffror"
KEY_ROWS = [
    ("Invånare 80 år och äldre", "80 vuotta täyttäneet asukkaat", ["1 184", "1 226", "1 271"]),
    ("Personer med hemtjänst", "Kotipalvelun asiakkaat", ["402", "418", "431"]),
    ("Platser i särskilt boende", "Palveluasumisen paikat", ["148", "148", "156"]),
    ("Brukare som begärt omsorg på finska", "Suomenkielistä hoivaa pyytäneet asiakkaat",
     ["57", "64", "71"]),
]  # fmt: skip

CONTROLS = [
    ("Avgifter inom äldreomsorgen", "Att avgiften beräknas på aktuella inkomstuppgifter",
     "Avgiftshandläggare", "Stickprov två gånger per år"),
    ("Läkemedelshantering", "Att signeringslistor förs vid varje överlämning",
     "Medicinskt ansvarig sjuksköterska", "Kvartalsvis"),
    ("Omsorg på finska", "Att brukarens begäran om finsktalande personal dokumenteras",
     "Enhetschef hemtjänst", "Årligen"),
    ("Inköp", "Att köp görs från upphandlade leverantörer", "Controller", "Två gånger per år"),
]  # fmt: skip


def fi(w: Writer, text: str, *, size: int = 0) -> Any:
    """The Finnish version of the paragraph above: italic, as the plan's own text."""
    return w.para(("i", text), size=size)


def bi_chapter(w: Writer, swedish: str, finnish: str) -> None:
    """A chapter heading "Inledning / Johdanto": the chapter is the Swedish name."""
    heading = f"{swedish} / {finnish}"
    w.expected.chapters.append(swedish)
    w.structure(heading)
    w.heading(heading, 1)


def bi_paras(w: Writer, *pairs: tuple[str, str]) -> None:
    for swedish, finnish in pairs:
        w.para(swedish)
        fi(w, finnish)


def add_finnish(cell: Any, text: str, size: int = 9) -> None:
    """A second paragraph in ``cell``: the Finnish in italics under the Swedish, marked as
    Finnish as Word's proofing marks it (the other Finnish texts carry no mark)."""
    run = cell.add_paragraph().add_run(text)
    run.italic = True
    run.font.size = Pt(size)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "fi-FI")
    run._r.get_or_add_rPr().append(lang)


def _cover(w: Writer) -> None:
    for swedish, finnish, size, bold in [
        ("Aapajärvi kommun", "Aapajärven kunta", 14, False),
        ("Vård- och omsorgsnämnden", "Hoito- ja hoivalautakunta", 18, True),
        ("Verksamhetsplan med budget 2027–2028",
         "Toimintasuunnitelma ja talousarvio 2027–2028", 24, True),
    ]:  # fmt: skip
        w.cover(swedish, size=size, bold=bold)
        fi(w, finnish, size=size - 4)
        w.structure(finnish)
    w.para("")
    for line in [
        "Antagen av vård- och omsorgsnämnden 2026-11-24, § 98",
        "Hyväksytty hoito- ja hoivalautakunnassa 24.11.2026, § 98",
        "Dnr VON 2026/204",
        "Ordförande / Puheenjohtaja: Eila Niemi (S)",
        "Förvaltningschef / Toimialajohtaja: Tomas Keräntö",
    ]:
        w.cover(line, size=11)
    w.doc.sections[0].header.paragraphs[0].text = HEADER
    w.expected.absent.append(HEADER)
    w.page_break()


def _prose(w: Writer) -> None:
    bi_chapter(w, "Inledning", "Johdanto")
    bi_paras(
        w,
        ("Vård- och omsorgsnämnden ansvarar för äldreomsorg, hemsjukvård och stöd till personer "
         "med funktionsnedsättning i Aapajärvi kommun. Verksamhetsplanen visar vad nämnden vill "
         "uppnå under 2027 och 2028, hur det ska mätas och vilka resurser som finns.",
         "Hoito- ja hoivalautakunta vastaa Aapajärven kunnan vanhustenhuollosta, "
         "kotisairaanhoidosta ja vammaisten henkilöiden tuesta. Toimintasuunnitelmassa "
         "kerrotaan, mitä lautakunta haluaa saavuttaa vuosina 2027 ja 2028, miten sitä "
         "mitataan ja mitä voimavaroja on käytettävissä."),
        ("Kommunen ingår sedan 2010 i förvaltningsområdet för finska, och planen ges därför ut "
         "på svenska och finska. Skiljer sig språkversionerna åt gäller den svenska texten.",
         "Kunta on kuulunut suomen kielen hallintoalueeseen vuodesta 2010, ja siksi suunnitelma "
         "julkaistaan ruotsiksi ja suomeksi. Jos kieliversiot eroavat toisistaan, noudatetaan "
         "ruotsinkielistä tekstiä."),
    )  # fmt: skip
    bi_chapter(w, "Nämndens uppdrag", "Lautakunnan tehtävä")
    bi_paras(
        w,
        ("Nämnden fullgör kommunens uppgifter enligt socialtjänstlagen och LSS samt den hälso- "
         "och sjukvård i hemmet som kommunen ansvarar för. Den som begär det har rätt till hela "
         "eller delar av äldreomsorgen av personal som talar finska.",
         "Lautakunta hoitaa kunnan sosiaalipalvelulain ja LSS-lain mukaiset tehtävät sekä "
         "kunnan vastuulla olevan kotisairaanhoidon. Sitä pyytävällä on oikeus saada "
         "vanhustenhuolto kokonaan tai osittain suomea puhuvalta henkilöstöltä."),
    )  # fmt: skip
    bi_chapter(w, "Omvärldsanalys", "Toimintaympäristön analyysi")
    bi_paras(
        w,
        ("Andelen invånare som är 80 år eller äldre ökar snabbare i Aapajärvi än i riket, medan "
         "antalet i arbetsför ålder minskar. Behovet av hemtjänst och särskilt boende väntas "
         "öka med omkring fyra procent om året fram till 2030.",
         "Vähintään 80-vuotiaiden osuus asukkaista kasvaa Aapajärvellä nopeammin kuin koko "
         "maassa, kun taas työikäisten määrä vähenee. Kotipalvelun ja palveluasumisen tarpeen "
         "arvioidaan kasvavan noin neljä prosenttia vuodessa vuoteen 2030 asti."),
        ("Det blir svårare att rekrytera undersköterskor och sjuksköterskor, i synnerhet sådana "
         "som talar finska. Många medarbetare med finska som modersmål går i pension under de "
         "närmaste fem åren.",
         "Lähihoitajien ja sairaanhoitajien rekrytointi vaikeutuu, erityisesti suomea "
         "puhuvien. Monet suomenkieliset työntekijät jäävät eläkkeelle seuraavien viiden "
         "vuoden aikana."),
        ("Välfärdsteknik som digital nattillsyn och läkemedelsautomater frigör tid för mötet "
         "med brukaren, men medarbetarna behöver utbildning och stöd för att använda den.",
         "Hyvinvointiteknologia, kuten digitaalinen yövalvonta ja lääkeautomaatit, vapauttaa "
         "aikaa asiakkaan kohtaamiseen, mutta työntekijät tarvitsevat koulutusta ja tukea "
         "sen käyttöön."),
    )  # fmt: skip
    caption = f"{KEY_CAPTION} / Hoito ja hoiva lukuina"
    w.para(("b", caption))
    w.structure(caption)
    header = ["Nyckeltal / Tunnusluvut", "2023", "2024", "2025"]
    rows = [header]
    for swedish, finnish, values in KEY_ROWS:
        name = f"{swedish} / {finnish}"
        rows.append([name, *values])
        w.structure(name)
        w.expected.absent.append(name)
        w.expected.key_figures.append(
            KeyRow(KEY_CAPTION, swedish, dict(zip(header[1:], values, strict=True)))
        )
    w.table(rows, keep_headers=True, widths=[9.5, 2.2, 2.2, 2.2])
    w.structure(header[0])


def _expect(w: Writer, goal: tuple[str, str], inds: list[Ind]) -> None:
    swedish, finnish = goal
    w.expected.goals.append(Goal(swedish, "namnd"))
    w.expected.absent.append(finnish)
    for name, name_fi, unit, base, t27, t28 in inds:
        targets = {y: t for y, t in ((2027, t27), (2028, t28)) if t != "–"}
        if len(targets) < 2:
            w.structure("–")  # no target that year: the table's placeholder
        w.expected.indicators.append(Indicator(swedish, name, unit, 2025, base, targets))
        w.expected.absent.append(name_fi)
        w.structure(name_fi)


def _cells_table(w: Writer, number: int, goal: tuple[str, str], inds: list[Ind]) -> None:
    """The Finnish as a second paragraph (or line) of every cell."""
    label, label_fi = f"Mål {number}: {goal[0]}", f"Tavoite {number}: {goal[1]}"
    header = ["Indikator", "Nuläge 2025", "Mål 2027", "Mål 2028"]
    header_fi = ["Indikaattori", "Nykytila 2025", "Tavoite 2027", "Tavoite 2028"]
    rows = [[label, "", "", ""], [f"{s}\n{f}" for s, f in zip(header, header_fi, strict=True)]]
    for _, _, unit, *values in inds:
        rows.append(["", *(cell_text(v, unit) for v in values)])
    table = w.table(rows, header_rows=2, merges=[(0, 0, 0, 3)], widths=[8.6, 2.6, 2.6, 2.6])
    w.expected.structure.discard(label)
    w.structure(label_fi, *header, *header_fi)
    add_finnish(table.cell(0, 0), label_fi)
    table.cell(0, 0).paragraphs[0].runs[0].bold = True
    for r, (name, name_fi, _, *values) in enumerate(inds, 2):
        run = table.cell(r, 0).paragraphs[0].add_run(name)
        run.font.size = Pt(9)
        add_finnish(table.cell(r, 0), name_fi)
        for c, value in enumerate(values, 1):
            if isinstance(value, str) and value in FINNISH_TARGETS:
                add_finnish(table.cell(r, c), FINNISH_TARGETS[value])
                w.structure(FINNISH_TARGETS[value])
    _expect(w, goal, inds)


def _column_table(w: Writer, number: int, goal: tuple[str, str], inds: list[Ind]) -> None:
    """The goal as two lines over a table with the Finnish name in a column of its own."""
    w.para(("b", f"Mål {number}: {goal[0]}"))
    label_fi = f"Tavoite {number}: {goal[1]}"
    fi(w, label_fi)
    w.structure(label_fi)
    header = ["Indikator", "Indikaattori", "Nuläge 2025", "Mål 2027", "Mål 2028"]
    rows = [header]
    for name, name_fi, unit, *values in inds:
        rows.append([name, name_fi, *(cell_text(v, unit) for v in values)])
    table = w.table(rows, widths=[5.4, 5.0, 2.1, 2.1, 2.1])
    for r in range(1, len(rows)):
        for run in table.cell(r, 1).paragraphs[0].runs:
            run.italic = True
    _expect(w, goal, inds)


def _goals(w: Writer) -> list[str]:
    bi_chapter(w, "Mål och indikatorer", "Tavoitteet ja mittarit")
    bi_paras(
        w,
        ("Nämndens mål utgår från kommunfullmäktiges tre målområden. Varje mål följs upp med "
         "indikatorer i delårsrapporten och i verksamhetsberättelsen.",
         "Lautakunnan tavoitteet perustuvat kunnanvaltuuston kolmeen tavoitealueeseen. "
         "Tavoitteiden toteutumista seurataan mittareilla osavuosiraportissa ja "
         "toimintakertomuksessa."),
    )  # fmt: skip
    numbered: list[str] = []
    for n, (area, area_fi, goals) in enumerate(AREAS):
        heading = f"{area} / {area_fi}"
        w.heading(heading, 2)
        w.structure(heading)
        for swedish, finnish, inds in goals:
            numbered.append(swedish)
            write = _cells_table if n == 0 else _column_table
            write(w, len(numbered), (swedish, finnish), inds)
            w.para("")
    return numbered


def _activities(w: Writer, goals: list[str]) -> None:
    bi_chapter(w, "Aktiviteter", "Toimenpiteet")
    bi_paras(
        w,
        ("Aktiviteterna är kopplade till målen med målets nummer.",
         "Toimenpiteet on yhdistetty tavoitteisiin tavoitteen numerolla."),
    )  # fmt: skip
    header = ["Aktivitet\nToimenpide", "Mål\nTavoite", "Ansvarig / Vastuuhenkilö", "Klart\nValmis"]
    rows = [header]
    for _, _, number, who, when, _ in ACTIVITIES:
        rows.append(["", str(number), who, when])
        w.structure(str(number), when)
        if "/" in who:
            w.structure(who)
    table = w.table(rows, widths=[8.2, 1.6, 4.2, 3.0])
    w.structure("Aktivitet", "Toimenpide", "Mål", "Tavoite", "Klart", "Valmis")
    for r, (name, name_fi, number, who, _, day) in enumerate(ACTIVITIES, 1):
        run = table.cell(r, 0).paragraphs[0].add_run(name)
        run.font.size = Pt(9)
        add_finnish(table.cell(r, 0), name_fi)
        w.structure(name_fi)
        ansvarig = who.split(" / ")[0]
        w.expected.activities.append(Activity(name, ansvarig, day, group=goals[number - 1]))


def _economy(w: Writer) -> None:
    bi_chapter(w, "Ekonomi", "Talous")
    total = [sum(a[i] for _, _, a in DRIFT) for i in range(3)]
    assert total == [-252940, -263610, -270880], total
    bi_paras(
        w,
        ("Kommunfullmäktige har gett nämnden en ram på 263,6 miljoner kronor för 2027. Det "
         "statliga bidraget för förvaltningsområdet för finska används till språkkurser och "
         "till den finskspråkiga avdelningen.",
         "Kunnanvaltuusto on myöntänyt lautakunnalle 263,6 miljoonan kruunun kehyksen vuodelle "
         "2027. Suomen kielen hallintoalueen valtionavustus käytetään kielikursseihin ja "
         "suomenkieliseen osastoon."),
    )  # fmt: skip
    caption = "Driftbudget per verksamhet, tkr / Käyttötalousarvio toiminnoittain, tkr"
    w.para(("b", caption))
    w.structure(caption)
    header = ["Verksamhet\nToiminta", "Budget 2026\nTalousarvio 2026",
              "Budget 2027\nTalousarvio 2027", "Plan 2028\nSuunnitelma 2028"]  # fmt: skip
    rows = [header]
    for swedish, finnish, amounts in DRIFT:
        name = f"{swedish} / {finnish}"
        rows.append([name, *(sv(a) for a in amounts)])
        w.structure(name)
        w.expected.absent.append(name)
        given = {k: D(a) for k, a in zip(KEYS, amounts, strict=True)}
        w.expected.budget.append(BudgetRow("drift", swedish, given))
    last = ["Nettokostnad / Nettokustannus", *(sv(t) for t in total)]
    rows.append(last)
    w.totals(*last)
    table = w.table(rows, widths=[7.4, 3.2, 3.2, 3.2])
    w.structure(*(part for cell in header for part in cell.split("\n")))
    for run in table.rows[-1].cells[0].paragraphs[0].runs:
        run.bold = True


def _control(w: Writer) -> None:
    bi_chapter(w, "Internkontroll", "Sisäinen valvonta")
    bi_paras(
        w,
        ("Kontrollerna har valts ut efter nämndens riskanalys i september 2026 och redovisas "
         "för nämnden i februari 2028.",
         "Valvontakohteet on valittu lautakunnan syyskuussa 2026 tekemän riskianalyysin "
         "perusteella, ja tulokset raportoidaan lautakunnalle helmikuussa 2028."),
    )  # fmt: skip
    header = ["Process\nProsessi", "Kontrollmoment\nValvontakohde", "Ansvarig\nVastuuhenkilö",
              "Frekvens\nTiheys"]  # fmt: skip
    rows = [header, *([*c] for c in CONTROLS)]
    w.table(rows, widths=[3.8, 6.6, 3.6, 3.0])
    w.structure(*(part for cell in header for part in cell.split("\n")))
    w.expected.controls += [Control(moment, process) for process, moment, _, _ in CONTROLS]


def build_bu(path: Path) -> Expected:
    front = Front(
        namnd="Vård- och omsorgsnämnden",
        kommun="Aapajärvi kommun",
        forsta_ar=2027,
        sista_ar=2028,
        titel="Verksamhetsplan med budget 2027–2028",
        ordforande="Eila Niemi (S)",
        forvaltningschef="Tomas Keräntö",
        diarienummer="VON 2026/204",
    )
    w = Writer("BU-vård-omsorg-tvåspråkig-finska", front)
    _cover(w)
    _prose(w)
    goals = _goals(w)
    _activities(w, goals)
    _economy(w)
    _control(w)
    return w.save(path)

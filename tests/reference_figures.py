"""What the two published plans in ``tests/data/reference_*.json`` hold, as the originals print
it: Värnamo medborgarnämnden 2017–2019 and Timrå individ- och familjeomsorgen 2018–2020
(``tests/test_reference_plans.py``). Figures as the exports write them ("1 307", "67 %",
"-2,1"); "" where the original leaves a cell blank."""

from __future__ import annotations

from vplan_desktop.db.enums import KolumnSlag, MalNiva

# --- Värnamo medborgarnämnden 2017–2019 -------------------------------------------------------

V_YEARS = (2016, 2017, 2018, 2019)
"""The målnivå years of Värnamo's indicator tables (2016 lies before the plan period)."""
DIALOGUE = "Löpande enkäter till brukarna"
COOPERATION = "Samverkan med utbildningsanordnare och Arbetsförmedlingen"
V_INDICATORS = (
    # nuläge 2015, then the målnivåer 2016–2019, indicator by indicator in the plan's order;
    # "" where the original leaves the cell blank
    ("54", "55", "56", "57", "58"),
    ("67 %", "69 %", "71 %", "73 %", "75 %"),
    ("67 %", "69 %", "71 %", "73 %", "75 %"),
    ("70 %", "73 %", "75 %", "78 %", "80 %"),
    ("90 %", "90 %", "90 %", "90 %", "90 %"),
    ("67 %", "68 %", "69 %", "70 %", "71 %"),
    ("67 %", "68 %", "69 %", "70 %", "71 %"),
    (DIALOGUE,) * 5,
    ("3,7", "", "3,9", "", "4,2"),
    ("68", "", "72", "", "75"),
    ("3,3", "", "3,7", "", "4,0"),
    (COOPERATION,) * 5,
    ("71", "", "73", "", "75"),
    ("76", "", "78", "", "80"),
    ("62", "", "67", "", "72"),
    ("35,71 %", "40 %", "45 %", "50 %", "60 %"),
    ("", "Nuläge", "Öka med 10 %", "Öka med 10 %", "100 %"),
)
V_INDICATORS_PER_GOAL = (5, 6, 4, 2)
"""How many indicators the nämndsmål of each målområde has, in order."""
V_TREE = (
    # målområde, level, number, parent (position in this list) – in the plan's tree order
    ("Kvalitet", MalNiva.NAMND, "1", None),
    ("Delaktighet", MalNiva.KF, "", None),  # 1 the external goal
    ("Delaktighet", MalNiva.KF, "", 1),
    ("Delaktighet", MalNiva.KF, "", 1),
    ("Delaktighet", MalNiva.KF, "", None),  # 4 the internal goal
    ("Delaktighet", MalNiva.KF, "", 4),
    ("Delaktighet", MalNiva.KF, "", 4),
    ("Delaktighet", MalNiva.NAMND, "", None),
    ("Kompetensförsörjning", MalNiva.KF, "", None),  # 8
    ("Kompetensförsörjning", MalNiva.KF, "", 8),
    ("Kompetensförsörjning", MalNiva.KF, "", None),
    ("Kompetensförsörjning", MalNiva.NAMND, "", None),
    ("Klimat", MalNiva.KF, "", None),
    ("Klimat", MalNiva.KF, "", None),
    ("Klimat", MalNiva.NAMND, "", None),
)
V_COLUMNS = (
    (KolumnSlag.BOKSLUT, 2014, ""),
    (KolumnSlag.BOKSLUT, 2015, ""),
    (KolumnSlag.BUDGET, 2016, "Kf 151126"),
    # The original heads 2017–2019 "Budget" too (its title calls 2018–2019 the plan): the
    # columns are entered as printed.
    (KolumnSlag.BUDGET, 2017, ""),
    (KolumnSlag.BUDGET, 2018, ""),
    (KolumnSlag.BUDGET, 2019, ""),
)
V_DRIFT = {  # bokslut 2014, bokslut 2015, budget 2016: 2017–2019 have no rows
    "Nämnden": ("1 513", "1 794", "1 661"),
    "Förvaltningen, gemensamt": ("13 441", "15 173", "16 745"),
    "Barn och unga": ("45 688", "49 902", "39 993"),
    "Vuxna": ("12 879", "14 591", "13 423"),
    "Ekonomienheten": ("37 503", "36 773", "30 306"),
    "Arbetsmarknadsenheten": ("15 844", "15 040", "17 437"),
    "Integration och fritid": ("11 793", "4 023", "18 820"),
}
V_NETTOKOSTNAD = ("138 661", "137 296", "138 385", "129 976", "130 004", "130 033")
V_INVESTMENT = ("1 307", "1 547", "1 787", "1 787", "1 050")  # 2017–2021, also the SUMMA row
V_KEY_FIGURES = {
    "Personalnyckeltal": (
        ("151", "174", "182", "15,2 %"),
        ("7,39", "9,04", "7,04", "+1,65"),
        ("96,4", "97,3", "98", "+0,9"),
        ("13,8", "11,7", "9,7", "-2,1"),
    ),
    "Pensionsavgångar, utfall och prognos": (("3", "2", "2", "2", "5", "4"),),
    # The original writes the per-invånare costs without a space ("1164"); vplan groups the
    # thousands ("1 164") as everywhere else.
    "Omsättningstal och nyckeltal": (
        ("33 334", "33 478", "33 638", "33 818", "34 018", "34 238"),
        ("1 164", "1 287", "1 045", "1 028", "992", "986"),
        ("657", "1 069", "2 436", "2 423", "2 409", "2 394"),
        ("1 569", "1 866", "1 214", "1 206", "1 199", "1 191"),
        ("489", "578", "445", "442", "440", "437"),
        ("1 175", "1 195", "914", "921", "945", "939"),
        ("3 238", "3 639", "2 573", "2 569", "2 583", "2 567"),
        ("",) * 6,  # the heading row "Total kostnad", in tkr
        ("38 792", "43 077", "35 157", "34 757", "33 757", "33 757"),
        ("21 900", "35 780", "81 956", "81 956", "81 956", "81 956"),
        ("52 314", "62 473", "40 839", "40 772", "40 771", "40 771"),
        ("16 304", "19 359", "14 963", "14 963", "14 963", "14 963"),
        ("39 181", "40 000", "30 751", "31 151", "32 151", "32 151"),
        ("107 932", "121 833", "86 553", "86 886", "87 885", "87 885"),
    ),
}
V_HEADINGS = (
    *("Bokslut 2014", "Bokslut 2015", "Budget 2016", "Budget 2017", "Budget 2018"),
    *("Budget 2019", "Plan 2018", "Plan 2019", "Plan 2020", "Plan 2021", "MBN 001"),
    *("Förändring i % 2014–2015", "2014", "2015", "2016", "2017", "2018", "2019"),
)

# --- Timrå individ- och familjeomsorgen 2018–2020 --------------------------------------------

T_KF = (
    *("1:1", "1:2", "1:3", "1:4", "1:5", "2:1", "2:2", "2:3", "3:1", "3:2"),
    *("4:1", "4:2", "4:3", "5:1", "5:2", "5:3", "5:4"),
)
T_IFO = (  # IFO's goals in order: the KF goal each is under, ansvarig, whether a follow-up is set
    *[("1:2", "Enhetschef", True)] * 4,
    ("1:2", "", False),
    ("1:3", "Verksamhetschef", True),
    ("1:5", "Enhetschef", True),
    ("3:1", "Enhetschef", True),
    ("3:2", "", True),
    ("3:2", "Specialist", True),
    ("3:2", "", False),
    *[("4:1", "", False)] * 3,
    ("4:2", "", False),
    *[("4:3", "", False)] * 3,
    ("5:1", "", False),
)
T_COLUMNS = (
    (KolumnSlag.BOKSLUT, 2016, ""),  # "Redovisat 2016" in the original
    (KolumnSlag.BUDGET, 2017, ""),
    (KolumnSlag.PROGNOS, 2017, "aug"),
    (KolumnSlag.BUDGET, 2018, ""),
    (KolumnSlag.PLAN, 2019, ""),
    (KolumnSlag.PLAN, 2020, ""),
)
NO_FIGURES = ("", "")
T_RESULT = {  # intäkter, kostnader and netto per column (plan 2019 and 2020: only netto 0)
    "Individ- och familjeomsorgen": (
        ("3 258", "1 511", "2 283", "3 132", *NO_FIGURES),
        ("-68 851", "-71 432", "-69 133", "-74 108", *NO_FIGURES),
        ("-65 594", "-69 921", "-66 850", "-70 976", "0", "0"),
    ),
    "Barn och familj": (
        ("1 761", "710", "1 550", "710", *NO_FIGURES),
        ("-32 881", "-35 803", "-36 272", "-32 670", *NO_FIGURES),
        ("-31 120", "-35 093", "-34 722", "-31 960", "0", "0"),
    ),
    "Vuxna": (
        ("1 446", "200", "850", "1 822", *NO_FIGURES),
        ("-30 835", "-34 401", "-32 351", "-32 985", *NO_FIGURES),
        ("-29 389", "-34 201", "-31 501", "-31 163", "0", "0"),
    ),
    "Öppenvård och mottagning": (
        ("0", "0", "0", "0", *NO_FIGURES),
        ("0", "0", "0", "-8 055", *NO_FIGURES),
        ("0", "0", "0", "-8 055", "0", "0"),
    ),
    "Försörjningsstöd, utbetalningar": (
        ("835", "0", "400", "1 500", *NO_FIGURES),
        ("-18 742", "-18 000", "-15 900", "-16 000", *NO_FIGURES),
        ("-17 906", "-18 000", "-15 500", "-14 500", "0", "0"),
    ),
    "Ensamkommande barn (EKB)": (
        ("74 943", "66 770", "59 667", "36 617", *NO_FIGURES),
        ("-91 784", "-66 823", "-54 758", "-33 655", *NO_FIGURES),
        ("-16 841", "-54", "4 909", "2 962", "0", "0"),
    ),
}
T_RESULT_HEADINGS = (
    *("Bokslut 2016", "Budget 2017", "Prognos 2017", "Budget 2018", "Plan 2019", "Plan 2020"),
)
MONTHS = ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
T_MEASURE_COLUMNS = ("Bokslut 2015", "Bokslut 2016", "Plan 2017", *[f"Utfall {m}" for m in MONTHS])
T_MEASURES = (  # Bokslut 2015, Bokslut 2016, Plan 2017, Utfall jan … dec
    "57 48 65 49 44 45 47 47 47 47 47 48 48 45 45",
    ". . - 24 23 23 22 22 21 21 22 24 25 24 25",
    ". . - 9 9 9 9 9 9 9 9 9 9 9 9",
    "20 25 33 26 25 26 29 35 35 30 26 23 24 25 27",
    "18 18 20 18 18 18 18 18 18 18 18 18 18 18 18",  # varav uppväxtplacering
    ". . - 6 6 6 6 7 6 6 6 6 6 6 6",
    "5 5 8 7 7 7 8 10 9 7 5 8 6 9 8",
    "11 28 20 23 21 12 10 5 5 5 5 6 5 9 9",
    "107 63 65 74 74 82 80 84 83 78 79 71 66 54 51",
    "5,3 8 5 6 9 3 4 3 2 2 3 5 8 9 6",
    ". . - 1 1 1 1 0 0,5 0,5 1 1 6 6 6",
    ". . - 190 186 181 192 196 189 186 189 189 195 210 232",
)
"""One string per row, its cells split by spaces ("." a blank cell, "-" the plan's dash)."""
SUB_ROW = "varav uppväxtplacering"


def measures() -> list[tuple[str, ...]]:
    """``T_MEASURES`` as rows of cells."""
    return [tuple("" if c == "." else c for c in row.split()) for row in T_MEASURES]

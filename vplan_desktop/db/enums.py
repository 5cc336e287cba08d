"""The fixed choices of the plan model; their values are what the file and JSON store."""

from __future__ import annotations

from enum import StrEnum


class PlanStatus(StrEnum):
    UTKAST = "utkast"
    UNDER_BEREDNING = "under_beredning"
    ANTAGEN = "antagen"


class Riktning(StrEnum):
    """Which way an indicator should move."""

    HOGRE_BATTRE = "hogre_battre"
    LAGRE_BATTRE = "lagre_battre"
    INGEN = "ingen"


class Frekvens(StrEnum):
    """How often an indicator is reported."""

    MANAD = "manad"
    KVARTAL = "kvartal"
    TERTIAL = "tertial"
    HALVAR = "halvar"
    AR = "ar"
    VARTANNAT_AR = "vartannat_ar"


class VardeSlag(StrEnum):
    """A yearly indicator value: a target, a recorded outcome, or the figure the outcome is
    compared with (``Indikator.jamforelse`` names it)."""

    MALNIVA = "malniva"
    UTFALL = "utfall"
    JAMFORELSE = "jamforelse"


class MalNiva(StrEnum):
    """Whose goal it is: kommunfullmäktige's, kommunstyrelsen's, the nämnd's, the
    förvaltning's (or an enhet's), or an uppdrag given by KF or KS. A plan may print its own
    name for each level (``Plan.malniva_*``)."""

    KF = "kf"
    KS = "ks"
    NAMND = "namnd"
    FORVALTNING = "forvaltning"
    UPPDRAG = "uppdrag"


class Jamforare(StrEnum):
    """How a target compares: "≥ 95" (minst), "≤ 2" (högst), "> 95", "< 5" or "= 0"."""

    MINST = "minst"
    HOGST = "hogst"
    MER_AN = "mer_an"
    MINDRE_AN = "mindre_an"
    LIKA_MED = "lika_med"


class AktivitetStatus(StrEnum):
    EJ_PABORJAD = "ej_paborjad"
    PAGAR = "pagar"
    KLART = "klart"
    EJ_KLART = "ej_klart"
    AVSLUTAT = "avslutat"


class BudgetTabell(StrEnum):
    """The two budget tables whose columns are a kind and a year."""

    DRIFT = "drift"
    RESULTAT = "resultat"


class KolumnSlag(StrEnum):
    """The kind of a budget year column."""

    BOKSLUT = "bokslut"
    BUDGET = "budget"
    UTFALL = "utfall"
    """The outcome so far in a year ("Utfall jan–aug")."""
    PROGNOS = "prognos"
    AVVIKELSE = "avvikelse"
    """Budget minus prognos (or utfall) of the same year, the other way round in the
    resultaträkning (``budget.signed_table``): computed, never typed."""
    PLAN = "plan"


class BeloppEnhet(StrEnum):
    """The unit a budget table's amounts are written in: tusen kronor or miljoner kronor."""

    TKR = "tkr"
    MNKR = "mnkr"


class RiskAxel(StrEnum):
    SANNOLIKHET = "sannolikhet"
    KONSEKVENS = "konsekvens"


class Bedomningsgrad(StrEnum):
    """What a level of the plan's assessment scale means, whatever the kommun calls it
    ("Målet är nått" is ``UPPFYLLT``): the summary chart, the traffic lights and next year's
    plan read the meaning, the documents print the kommun's name."""

    UPPFYLLT = "uppfyllt"
    DELVIS = "delvis"
    EJ_UPPFYLLT = "ej_uppfyllt"
    EJ_BEDOMD = "ej_bedomd"


class UppfoljningSlag(StrEnum):
    """A follow-up during the year (delårsrapport) or of the whole year (årsredovisning,
    verksamhetsberättelse)."""

    DELAR = "delar"
    HELAR = "helar"


class UppfoljningStatus(StrEnum):
    """Where an activity stands at a follow-up."""

    EJ_PABORJAD = "ej_paborjad"
    PAGAR = "pagar"
    KLAR = "klar"
    AVBRUTEN = "avbruten"
    SENARELAGD = "senarelagd"

"""Reading plan files in tests the way a fresh reader sees them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine

from vplan_desktop.db import document as document_module
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.file_header import APPLICATION_ID
from vplan_desktop.services.read import read_plan


def namnd_on_disk(path: Path) -> str:
    """The nämnd named in the plan file at ``path``, read without changing it."""
    with PlanDocument.open(path, read_only=True) as document:
        return read_plan(document).uppgifter.namnd


AREAS_AND_GOALS = "areas and goals"
"""Where the målområden and goals go in ``ROWS``: written as the revision's schema has them."""

BEFORE_THE_TREE = [
    "INSERT INTO malomrade (id, ordning, kod, namn, kf_text) VALUES (1, 1, '', 'Trygghet',"
    " 'Invånarna känner sig trygga.'), (2, 2, '', 'Ekonomi', '')",
    "INSERT INTO namndsmal (id, malomrade_id, ordning, text, beskrivning)"
    " VALUES (1, 1, 1, 'Fler får stöd i tid', ''), (2, 1, 2, 'Kortare väntan', ''),"
    " (3, 2, 1, 'Budget i balans', '')",
]
WITH_THE_TREE = [
    "INSERT INTO malomrade (id, ordning, kod, namn, beskrivning) VALUES (1, 1, '', 'Trygghet',"
    " ''), (2, 2, '', 'Ekonomi', '')",
    "INSERT INTO namndsmal (id, malomrade_id, overordnat_id, ordning, niva, text, beskrivning)"
    " VALUES (4, 1, NULL, 0, 'kf', 'Invånarna känner sig trygga.', ''),"
    " (1, 1, 4, 0, 'namnd', 'Fler får stöd i tid', ''),"
    " (2, 1, 4, 1, 'namnd', 'Kortare väntan', ''),"
    " (3, 2, NULL, 0, 'namnd', 'Budget i balans', '')",
]
"""The same plan from format 5 on, when a KF text is a KF goal."""

ROWS = [
    "INSERT INTO plan (id, kommun, namnd, forvaltning, titel, forsta_ar, sista_ar, ordforande,"
    " ordforande_parti, forvaltningschef, diarienummer, status, antagen_paragraf, riskskala)"
    " VALUES (1, 'Provkommun', 'Socialnämnden', '', 'Verksamhetsplan', 2026, 2028, '', '', '',"
    " '', '{plan_status}', '', 4)",
    AREAS_AND_GOALS,
    "INSERT INTO indikator (id, namndsmal_id, ordning, namn, enhet, riktning, kalla, kolada_id,"
    " varje_ar, nulage_ar_malniva) VALUES (1, 1, 1, 'Andel nöjda', '%', 'hogre_battre',"
    " 'Enkät', '', 1, 0)",
    "INSERT INTO indikatorvarde (id, indikator_id, slag, ar, tal) VALUES"
    " (1, 1, 'malniva', 2026, '75'), (2, 1, 'utfall', 2024, '71')",
    "INSERT INTO aktivitet (id, ordning, namn, beskrivning, namndsmal_id, ansvarig, status,"
    " egen_tid) VALUES (1, 1, 'Ny rutin', '', 1, '', 'ej_paborjad', 0),"
    " (2, 2, 'Utbildning', '', 1, 'Enhetschef', 'pagar', 0)",
    "INSERT INTO verksamhet (id, ordning, namn) VALUES (1, 1, 'Barn och familj')",
    "INSERT INTO budgetkolumn (id, tabell, ordning, slag, ar, anmarkning) VALUES"
    " (1, 'drift', 0, 'budget', 2026, ''), (2, 'resultat', 0, 'budget', 2026, '')",
    "INSERT INTO driftbudget_rad (id, ordning, verksamhet_id) VALUES (1, 0, 1)",
    "INSERT INTO driftbudget_belopp (rad_id, kolumn_id, belopp) VALUES (1, 1, 48900)",
    "INSERT INTO kf_ram (ar, belopp, beslut) VALUES (2026, 50000, '')",
    "INSERT INTO resultat_rad (id, ordning, verksamhet_id) VALUES (1, 0, 1)",
    "INSERT INTO resultat_belopp (rad_id, kolumn_id, intakter, kostnader, netto)"
    " VALUES (1, 2, 1511, -71432, NULL)",
    "INSERT INTO investering (id, ordning, projekt, projektnummer)"
    " VALUES (1, 0, 'Inventarier', '')",
    "INSERT INTO investering_belopp (investering_id, ar, belopp) VALUES (1, 2026, 1307)",
    "INSERT INTO nyckeltal_tabell (id, ordning, rubrik, enhet) VALUES (1, 1, 'Volymer', '')",
    "INSERT INTO nyckeltal_rad (id, tabell_id, ordning, namn, enhet)"
    " VALUES (1, 1, 1, 'Placerade barn', 'antal')",
]


def plan_at_revision(path: Path, revision: str, plan_status: str = "utkast") -> None:
    """A plan file as the vplan of ``revision`` wrote it: its schema, its header, some data."""
    sqlite3.connect(path).close()
    config = Config()
    config.set_main_option("script_location", str(document_module._MIGRATIONS))
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
        for row in ROWS:
            tree = WITH_THE_TREE if int(revision) >= 5 else BEFORE_THE_TREE
            for sql in tree if row == AREAS_AND_GOALS else [row]:
                connection.exec_driver_sql(sql.format(plan_status=plan_status))
    engine.dispose()
    header = sqlite3.connect(path)
    header.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    header.execute(f"PRAGMA user_version = {int(revision)}")
    header.commit()
    header.close()

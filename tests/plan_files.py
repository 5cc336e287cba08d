"""Reading plan files in tests the way a fresh reader sees them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine

from vplan_desktop.db import document as document_module
from vplan_desktop.db.document import APPLICATION_ID, PlanDocument
from vplan_desktop.services.read import read_plan


def namnd_on_disk(path: Path) -> str:
    """The nämnd named in the plan file at ``path``, read without changing it."""
    with PlanDocument.open(path, read_only=True) as document:
        return read_plan(document).uppgifter.namnd


ROWS = [
    "INSERT INTO plan (id, kommun, namnd, forvaltning, titel, forsta_ar, sista_ar, ordforande,"
    " ordforande_parti, forvaltningschef, diarienummer, status, antagen_paragraf, riskskala)"
    " VALUES (1, 'Provkommun', 'Socialnämnden', '', 'Verksamhetsplan', 2026, 2028, '', '', '',"
    " '', '{plan_status}', '', 4)",
    "INSERT INTO malomrade (id, ordning, kod, namn, kf_text) VALUES (1, 1, '', 'Trygghet',"
    " 'Invånarna känner sig trygga.'), (2, 2, '', 'Ekonomi', '')",
    "INSERT INTO namndsmal (id, malomrade_id, ordning, text, beskrivning)"
    " VALUES (1, 1, 1, 'Fler får stöd i tid', ''), (2, 1, 2, 'Kortare väntan', ''),"
    " (3, 2, 1, 'Budget i balans', '')",
    "INSERT INTO indikator (id, namndsmal_id, ordning, namn, enhet, riktning, kalla, kolada_id,"
    " varje_ar, nulage_ar_malniva) VALUES (1, 1, 1, 'Andel nöjda', '%', 'hogre_battre',"
    " 'Enkät', '', 1, 0)",
    "INSERT INTO indikatorvarde (id, indikator_id, slag, ar, tal) VALUES"
    " (1, 1, 'malniva', 2026, '75'), (2, 1, 'utfall', 2024, '71')",
    "INSERT INTO aktivitet (id, ordning, namn, beskrivning, namndsmal_id, ansvarig, status,"
    " egen_tid) VALUES (1, 1, 'Ny rutin', '', 1, '', 'ej_paborjad', 0),"
    " (2, 2, 'Utbildning', '', 1, 'Enhetschef', 'pagar', 0)",
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
            connection.exec_driver_sql(row.format(plan_status=plan_status))
    engine.dispose()
    header = sqlite3.connect(path)
    header.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    header.execute(f"PRAGMA user_version = {int(revision)}")
    header.commit()
    header.close()

"""The plan file: creation through the migrations, transactions, and refusing bad files."""

from __future__ import annotations

import shutil
import sqlite3
import struct
from collections.abc import Callable
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, select

from vplan_desktop.db import document as document_module
from vplan_desktop.db import models as m
from vplan_desktop.db.document import PlanDocument, check_file
from vplan_desktop.db.file_header import APPLICATION_ID, SCHEMA_REVISION, SCHEMA_VERSION
from vplan_desktop.errors import PlanFileError

PNG_BYTES = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\xcf\xc0\xf0\x1f\x00\x05\x00\x01\xff\x89\x99"
    b"=\x1d\x00\x00\x00\x00IEND\xaeB`\x82" + b"\x00" * 100
)


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(document_module._MIGRATIONS))
    return config


def test_head_revision_matches_the_code_constants() -> None:
    script = ScriptDirectory.from_config(_alembic_config())
    assert script.get_current_head() == SCHEMA_REVISION
    assert document_module.known_revisions() == {r.revision for r in script.walk_revisions()}


def test_migrations_from_empty_to_head_build_exactly_the_models(tmp_path: Path) -> None:
    path = tmp_path / "tom.db"
    sqlite3.connect(path).close()
    document_module._migrate(path)
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        context = MigrationContext.configure(connection)
        assert context.get_current_revision() == SCHEMA_REVISION
        assert compare_metadata(context, m.Base.metadata) == []
        assert connection.exec_driver_sql("PRAGMA user_version").scalar() == SCHEMA_VERSION
    engine.dispose()


def test_new_plan_file_carries_the_application_id(plan_path: Path) -> None:
    header = check_file(plan_path)
    assert header.application_id == APPLICATION_ID
    assert header.user_version == SCHEMA_VERSION


def test_create_refuses_an_existing_file(plan_path: Path) -> None:
    before = plan_path.read_bytes()
    with pytest.raises(PlanFileError, match="finns redan"), PlanDocument.create(plan_path):
        pass
    assert plan_path.read_bytes() == before


def test_failed_create_leaves_nothing_behind(tmp_path: Path) -> None:
    target = tmp_path / "ny.vplan"
    with pytest.raises(RuntimeError), PlanDocument.create(target):
        raise RuntimeError("avbrott")
    assert list(tmp_path.iterdir()) == []


def test_transaction_is_atomic(doc: PlanDocument) -> None:
    with pytest.raises(RuntimeError), doc.transaction() as session:
        session.add(m.Kapitel(ordning=10, rubrik="Ska inte sparas"))
        session.flush()
        session.get_one(m.Plan, 1).namnd = "Ändrad"
        raise RuntimeError("avbrott mitt i")
    with doc.reading() as session:
        assert session.get_one(m.Plan, 1).namnd == "Socialnämnden"
        titles = session.scalars(select(m.Kapitel.rubrik)).all()
    assert "Ska inte sparas" not in titles


def test_reads_in_a_transaction_see_one_snapshot(doc: PlanDocument) -> None:
    """The pysqlite recipe: BEGIN is emitted at the first read, so a second connection's
    commit is not seen until the transaction ends."""
    with doc.reading() as session:
        first = session.execute(select(m.Plan.namnd)).scalar_one()
        other = sqlite3.connect(doc.path, timeout=0.1)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("UPDATE plan SET namnd = 'Annan'")
            other.commit()
        other.close()
        assert session.execute(select(m.Plan.namnd)).scalar_one() == first


def test_read_only_document_refuses_edits(plan_path: Path) -> None:
    before = plan_path.read_bytes()
    with (
        PlanDocument.open(plan_path, read_only=True) as document,
        pytest.raises(PlanFileError, match="skrivskyddad"),
        document.transaction(),
    ):
        pass
    assert plan_path.read_bytes() == before


def _set_header_int(path: Path, offset: int, value: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset : offset + 4] = struct.pack(">I", value)
    path.write_bytes(bytes(data))


def _newer_schema(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.commit()
    connection.close()


def _unknown_revision(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = 'ffff'")
    connection.commit()
    connection.close()


def _other_application(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA application_id = 1234")
    connection.commit()
    connection.close()


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _corrupt_page(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page_size = struct.unpack(">H", data[16:18])[0]
    for offset in range(page_size, len(data), page_size):
        data[offset : offset + 8] = b"\xff" * 8  # break every b-tree page header
    path.write_bytes(bytes(data))


def _plain_sqlite(path: Path) -> None:
    path.unlink()
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    connection.close()


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda p: p.write_bytes(b""), "är tom"),
        (_truncate, "avkortad"),
        (lambda p: p.write_bytes(PNG_BYTES), "inte en vplan-fil"),
        (lambda p: p.write_bytes(b"Hej! Det h\xe4r \xe4r ingen plan.\n" * 20), "inte en vplan-fil"),
        (_newer_schema, "nyare version av vplan"),
        (_unknown_revision, "filformat som den här versionen"),
        (_other_application, "annat program"),
        (_plain_sqlite, "annat program"),
        (_corrupt_page, "skadad"),
    ],
    ids=[
        "tom",
        "avkortad",
        "png",
        "text",
        "nyare-schema",
        "okand-revision",
        "annat-program",
        "vanlig-sqlite",
        "skadad",
    ],
)
def test_bad_files_are_refused_and_left_untouched(
    plan_path: Path, damage: Callable[[Path], object], message: str
) -> None:
    damage(plan_path)
    before = plan_path.read_bytes()
    with pytest.raises(PlanFileError, match=message) as raised:
        PlanDocument.open(plan_path)
    assert "\n" not in raised.value.message
    assert plan_path.read_bytes() == before
    assert sorted(p.name for p in plan_path.parent.iterdir()) == ["plan.vplan"]


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(PlanFileError, match="finns inte"):
        PlanDocument.open(tmp_path / "saknas.vplan")
    with pytest.raises(PlanFileError, match="är en mapp"):
        PlanDocument.open(tmp_path)


def test_older_schema_is_backed_up_then_upgraded(
    plan_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file one schema number behind is copied aside before the migrations run."""
    connection = sqlite3.connect(plan_path)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    connection.commit()
    connection.close()
    original = plan_path.read_bytes()
    with PlanDocument.open(plan_path) as document, document.reading() as session:
        assert session.get_one(m.Plan, 1).namnd == "Socialnämnden"
    backup = plan_path.with_name(f"plan.vplan.format{SCHEMA_VERSION - 1}.bak")
    assert backup.exists()
    copy = sqlite3.connect(backup)
    assert copy.execute("SELECT namnd FROM plan").fetchone() == ("Socialnämnden",)
    copy.close()
    assert check_file(plan_path).user_version == SCHEMA_VERSION
    assert original != plan_path.read_bytes()


def test_open_plan_survives_copy_elsewhere(plan_path: Path, tmp_path: Path) -> None:
    copy = tmp_path / "kopia med mellanslag & tecken#.vplan"
    shutil.copyfile(plan_path, copy)
    with PlanDocument.open(copy) as document, document.reading() as session:
        assert session.get_one(m.Plan, 1).kommun == "Provkommun"

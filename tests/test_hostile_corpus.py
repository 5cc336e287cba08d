"""Hostile input, from the corpus in tests/data/fientlig (built by tests/data/make_corpus.py).

Every file is opened the way a user would – as a plan, with ``vplan``, or through an importer –
and must end in a clear Swedish message or correct handling, with every file on disk left as
it was and nothing half-made left behind.
"""

from __future__ import annotations

import gzip
import hashlib
import re
import shutil
import sqlite3
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from docx import Document as WordDocument
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from vplan_desktop.cli import main
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.errors import InputError, PlanFileError, VplanError
from vplan_desktop.exports.export import export_plan
from vplan_desktop.imports.budget_xlsx import read_budget
from vplan_desktop.imports.word import import_word
from vplan_desktop.interchange import import_json, load_json
from vplan_desktop.interchange.writing import dumps, export_json, plan_to_json
from vplan_desktop.paths import resource
from vplan_desktop.sections import ItemKind
from vplan_desktop.services.read import read_plan
from vplan_desktop.storage.working import EditSession

CORPUS = Path(__file__).resolve().parent / "data" / "fientlig"


@pytest.fixture
def corpus(tmp_path: Path) -> Iterator[Path]:
    """A copy of the corpus (gzipped files unpacked); the test fails if any file in it changed."""
    folder = tmp_path / "fientlig"
    shutil.copytree(CORPUS, folder)
    for packed in list(folder.rglob("*.gz")):
        with gzip.open(packed) as source:
            packed.with_suffix("").write_bytes(source.read())
        packed.unlink()
    before = _state(folder)
    yield folder
    assert _state(folder) == before, "a corpus file was changed, added or removed"


def _state(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


BAD_PLANS = {
    "tom.vplan": "är tom (0 byte)",
    "avkortad.vplan": "är avkortad",
    "skadad-sida.vplan": "är skadad",
    "nyare-version.vplan": "nyare version av vplan",
    "annat-program.vplan": "från ett annat program",
    "inte-en-databas.vplan": "är inte en vplan-fil",
    "ingen-plan.vplan": "innehåller ingen plan",
    "okand-revision.vplan": "filformat som den här versionen",
}


@pytest.mark.parametrize(("name", "message"), BAD_PLANS.items(), ids=list(BAD_PLANS))
def test_bad_plans(
    corpus: Path, name: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = corpus / "planer" / name
    for read_only in (False, True):
        with pytest.raises(PlanFileError, match=re.escape(message)):
            EditSession.open(path, read_only=read_only)
    for command in (
        ["info", str(path)],
        ["validate", str(path)],
        ["export", str(path), "--format", "pdf", "-o", str(path.with_suffix(".pdf"))],
    ):
        assert main(command) == 2
        err = capsys.readouterr().err
        assert message in err and "Traceback" not in err
    assert not path.with_suffix(".pdf").exists()


def test_bad_plans_in_the_window(corpus: Path, qtbot: QtBot) -> None:
    from vplan_desktop.ui.main_window import MainWindow

    said: list[str] = []
    window = MainWindow(report_error=lambda parent, title, message: said.append(message))
    qtbot.addWidget(window)
    for name, message in BAD_PLANS.items():
        assert not window.open_plan(corpus / "planer" / name)
        assert message in said[-1]
    assert window.context is None


def test_a_plan_beside_a_stale_journal(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = corpus / "planer" / "journal" / "plan.vplan"
    assert main(["info", str(path)]) == 0  # read as before the interrupted change
    assert "Provnämnden" in capsys.readouterr().out
    with PlanDocument.open(path, read_only=True) as doc:
        assert read_plan(doc).uppgifter.namnd == "Provnämnden"
    # Editing a copy elsewhere: the journal is renamed before the plan is written back.
    folder = tmp_path / "redigerad"
    shutil.copytree(path.parent, folder)
    session = EditSession.open(folder / "plan.vplan")
    assert "journalfilen ”plan.vplan-journal”" in session.notice
    assert all("x" * 100 not in k.text for k in read_plan(session.document).kapitel)
    from vplan_desktop.services import items

    items.update_item(session.document, ItemKind.PLAN, 1, {"namnd": "Kulturnämnden"})
    session.close()
    assert sorted(p.name for p in folder.iterdir()) == ["plan.vplan", "plan.vplan-journal.gammal"]
    connection = sqlite3.connect(folder / "plan.vplan")
    assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert connection.execute("SELECT namnd FROM plan").fetchall() == [("Kulturnämnden",)]
    connection.close()


BAD_JSON = {
    "fel-typer.json": "$.uppgifter.forsta_ar: ska vara ett heltal",
    "saknade-falt.json": "$.uppgifter: saknar ”namnd”",
    "enorm-lista.json": "$.aktiviteter: har 200\u00a0000 poster",
    "djup.json": "för djupt nästlad",
    "inte-json.json": "inte giltig JSON (rad 1, kolumn",
    "tom.json": "är tom",
    "utf16.json": "inte en textfil i UTF-8",
}


@pytest.mark.parametrize(("name", "message"), BAD_JSON.items(), ids=list(BAD_JSON))
def test_bad_json(
    corpus: Path, tmp_path: Path, name: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "ny.vplan"
    assert main(["import-json", str(corpus / "json" / name), str(target)]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert not target.exists() and list(tmp_path.glob(".ny.vplan*")) == []


def test_a_lone_surrogate_is_dropped(corpus: Path, tmp_path: Path) -> None:
    target = tmp_path / "ny.vplan"
    import_json(load_json(corpus / "json" / "ensam-surrogat.json"), target)
    with PlanDocument.open(target, read_only=True) as doc:
        assert read_plan(doc).uppgifter.namnd == "Socialnämnden"


def test_odd_characters_survive_every_export(corpus: Path, tmp_path: Path) -> None:
    plan_file = tmp_path / "tecken.vplan"
    import_json(load_json(corpus / "json" / "skumma-tecken.json"), plan_file)
    with PlanDocument.open(plan_file, read_only=True) as doc:
        plan = read_plan(doc)
    name = plan.aktiviteter[0].namn
    assert name.startswith("Sámi: ŋ đ ŧ á č š ž") and "😀👍🏽" in name and "مرحبا שלום" in name
    assert name.endswith("styrtecken: slut")  # control characters are not kept
    assert len(plan.kapitel[0].text) > 1_000_000
    for fmt in ("docx", "xlsx", "pdf"):
        export_plan(plan, fmt, tmp_path / f"ut.{fmt}")
    with PlanDocument.open(plan_file, read_only=True) as doc:
        export_json(doc, tmp_path / "ut.json")
    word = "\n".join(p.text for p in WordDocument(str(tmp_path / "ut.docx")).paragraphs)
    cells = [
        c.text
        for t in WordDocument(str(tmp_path / "ut.docx")).tables
        for r in t.rows
        for c in r.cells
    ]
    assert name in word or name in cells
    workbook = load_workbook(tmp_path / "ut.xlsx")
    values = {str(c.value) for ws in workbook for row in ws.iter_rows() for c in row}
    assert name in values
    pdf = PdfReader(tmp_path / "ut.pdf")
    first_pages = "".join(page.extract_text() for page in pdf.pages[:12])
    assert "Sámi: ŋ đ ŧ á č š ž" in first_pages
    again = tmp_path / "igen.vplan"
    import_json(load_json(tmp_path / "ut.json"), again)
    with PlanDocument.open(again, read_only=True) as doc:
        assert dumps(plan_to_json(read_plan(doc))) == (tmp_path / "ut.json").read_text("utf-8")


WORD = {
    "tom.docx": "tom",
    "inte-zip.docx": "ingen Word-fil",
    "losenord.docx": "lösenordsskyddad",
    "avkortad.docx": r"ingen Word-fil|skadad",
    "zip-bomb.docx": "hårt packad",
    "entitetsbomb.docx": "otillåtna XML",
}


@pytest.mark.parametrize(("name", "message"), WORD.items(), ids=list(WORD))
def test_bad_word_files(corpus: Path, tmp_path: Path, name: str, message: str) -> None:
    target = tmp_path / "ny.vplan"
    with pytest.raises(InputError, match=message):
        import_word(corpus / "word" / name, target)
    assert not target.exists()


EXCEL = {
    "tom.xlsx": "tom",
    "inte-zip.xlsx": "ingen Excel-fil",
    "losenord.xlsx": "lösenordsskyddad",
    "avkortad.xlsx": r"ingen Excel-fil|skadad",
    "zip-bomb.xlsx": "hårt packad",
    "entitetsbomb.xlsx": "otillåtna XML",
}


@pytest.mark.parametrize(("name", "message"), EXCEL.items(), ids=list(EXCEL))
def test_bad_budget_files(corpus: Path, example_path: Path, name: str, message: str) -> None:
    before = example_path.read_bytes()
    with (
        PlanDocument.open(example_path, read_only=True) as doc,
        pytest.raises(InputError, match=message),
    ):
        read_budget(read_plan(doc), corpus / "excel" / name)
    assert example_path.read_bytes() == before


def test_the_corpus_is_what_the_script_makes() -> None:
    """Every file the tests name is in the corpus, and the zip bombs really are bombs."""
    names = {p.name.removesuffix(".gz") for p in CORPUS.rglob("*") if p.is_file()}
    assert set(BAD_PLANS) | set(BAD_JSON) | set(WORD) | set(EXCEL) <= names
    with zipfile.ZipFile(CORPUS / "word" / "zip-bomb.docx") as bomb:
        assert sum(i.file_size for i in bomb.infolist()) > 40 * 1024 * 1024


# --- property-based: the JSON importer never fails in an unplanned way ----------------------

_EXAMPLE = load_json(resource("example_plan.json"))
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20) | st.floats(allow_nan=False),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


def _paths(data: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(data, dict):
        for key, value in data.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(data, list):
        for number, value in enumerate(data[:3]):
            found += _paths(value, (*prefix, number))
    return found


_PATHS = _paths(_EXAMPLE)[1:]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(where=st.sampled_from(_PATHS), value=_JSON)
def test_a_plan_with_any_value_anywhere_imports_or_is_refused_clearly(
    tmp_path: Path, where: tuple[Any, ...], value: Any
) -> None:
    import copy

    data = copy.deepcopy(_EXAMPLE)
    holder = data
    for part in where[:-1]:
        holder = holder[part]
    holder[where[-1]] = value
    target = tmp_path / "p.vplan"
    target.unlink(missing_ok=True)
    try:
        import_json(data, target)
    except VplanError as error:
        assert error.message and not target.exists()
    else:
        with PlanDocument.open(target, read_only=True) as doc:
            read_plan(doc)


@settings(max_examples=40, deadline=None)
@given(_JSON)
def test_any_json_value_is_refused_clearly(value: Any) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "p.vplan"
        try:
            import_json(value, target)
        except VplanError:
            assert not target.exists()

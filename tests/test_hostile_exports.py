"""Exports and the other commands that take files, fed what a careless or hostile user could
give them: an output path that is the plan itself (or its template, working copy or backup),
reportlab markup typed into the plan's texts, a JSON file that is no plan, a Word template that
is a zip or entity bomb. (A disk that fills up: tests/test_disk_full.py.)

Each ends in a clear Swedish message (or a correct file), with every input unchanged and no
output or temporary file left behind.
"""

from __future__ import annotations

import atexit
import itertools
import json
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

import pikepdf
import pytest
from docx import Document as WordDocument
from openpyxl import load_workbook
from PIL import Image
from pypdf import PdfReader

from vplan_desktop.cli import main
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.errors import InputError
from vplan_desktop.exports import docx_writer
from vplan_desktop.exports.export import export_plan
from vplan_desktop.exports.follow_up_export import export_follow_up
from vplan_desktop.exports.pdf_markup import paragraph_text
from vplan_desktop.interchange import import_json, load_json
from vplan_desktop.paths import resource
from vplan_desktop.services.read import read_plan
from vplan_desktop.storage.backups import list_backups
from vplan_desktop.storage.working import EditSession

CORPUS = Path(__file__).resolve().parent / "data" / "fientlig"
FORMATS = ("pdf", "docx", "xlsx", "json")


def _state(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (hidden temporary files too) with its bytes."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str]:
    code = main([str(a) for a in args])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return code, err


# --- 1. an export never writes over its input ----------------------------------------------

PLAN_ITSELF = "det är planen som exporteras, och den skulle skrivas över"
VPLANS_OWN = "det är en av vplans egna filer"


def _same_file_names(plan: Path, tmp_path: Path) -> dict[str, Path]:
    hard = tmp_path / "hardlank.pdf"
    os.link(plan, hard)
    (tmp_path / "mapp").mkdir()
    names = {"plan": plan, "via ..": tmp_path / "mapp" / ".." / plan.name, "hard link": hard}
    soft = tmp_path / "symlank.docx"
    try:
        soft.symlink_to(plan)
    except OSError:  # Windows without the right to make symbolic links
        return names
    return {**names, "symlink": soft}


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_refuses_to_write_over_the_plan(
    example_path: Path, tmp_path: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = example_path.read_bytes()
    for label, out in _same_file_names(example_path, tmp_path).items():
        state = _state(tmp_path)
        code, err = _run(capsys, "export", example_path, "--format", fmt, "-o", out)
        assert code == 2, label
        assert f"Exporten kan inte sparas som ”{out.name}”: {PLAN_ITSELF}" in err, label
        assert _state(tmp_path) == state, label
    assert example_path.read_bytes() == before


def test_export_refuses_the_plans_own_files(
    example_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    session = EditSession.open(example_path)  # makes the working copy and a first backup
    try:
        working = session.working
        assert working is not None
        [backup] = list_backups(example_path)
        linked_backup = tmp_path / "gammal.pdf"
        os.link(backup.path, linked_backup)
        upgraded = example_path.with_name(example_path.name + ".format3.bak")
        upgraded.write_bytes(b"the copy kept when an older plan was upgraded")
        refused = {
            working: VPLANS_OWN,
            backup.path: VPLANS_OWN,
            linked_backup: VPLANS_OWN,
            working.with_name("annan.pdf"): VPLANS_OWN,
            example_path.with_name("~$" + example_path.name): "filen hör till planen",
            example_path.with_name(example_path.name + "-journal"): "filen hör till planen",
            upgraded: "filen hör till planen",
        }
        for out, message in refused.items():
            before = out.read_bytes() if out.exists() else None
            code, err = _run(capsys, "export", example_path, "--format", "pdf", "-o", out)
            assert code == 2 and message in err, out
            assert (out.read_bytes() if out.exists() else None) == before, out
    finally:
        session.close()


def test_export_refuses_to_write_over_its_template(
    example_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    template = tmp_path / "mall.docx"
    WordDocument().save(str(template))
    before = template.read_bytes()
    linked = tmp_path / "lank.docx"
    os.link(template, linked)
    for out in (template, linked):
        code, err = _run(
            capsys, "export", example_path, "--format", "docx", "--mall", template, "-o", out
        )
        assert code == 2
        assert "det är Word-mallen som exporten görs med" in err
    assert template.read_bytes() == before
    with PlanDocument.open(example_path, read_only=True) as doc:
        plan = read_plan(doc)
    with pytest.raises(InputError, match="Word-mallen"):
        export_plan(plan, "docx", template, template=template)
    assert template.read_bytes() == before


def _window(qtbot: Any, plan: Path, said: list[str]) -> Any:
    from vplan_desktop.ui.main_window import MainWindow

    window = MainWindow(report_error=lambda parent, title, message: said.append(message))
    qtbot.addWidget(window)
    assert window.open_plan(plan)
    window.exporter.ask_after = False
    return window


def test_the_windows_export_refuses_the_plan_and_vplans_own_files(
    qtbot: Any, example_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    said: list[str] = []
    window = _window(qtbot, example_path, said)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    working = window.context.session.working
    plan_before = example_path.read_bytes()
    linked = example_path.with_name("planen.pdf")  # the dialog adds .pdf to any other name
    os.link(example_path, linked)
    for out in (linked, working):
        answer = (str(out), "")
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, _r=answer, **k: _r)
        window.export("pdf")
        assert window.exporter.out is None  # nothing was started
    assert f"”{linked.name}”: {PLAN_ITSELF}" in warnings[0]
    assert f"”{working.name}.pdf”: {VPLANS_OWN}" in warnings[1]
    assert example_path.read_bytes() == plan_before
    assert read_plan(window.context.document).uppgifter.namnd == "Socialnämnden"
    # Beside the plan, under another name, it goes ahead (".pdf" is added to the name).
    beside = str(example_path.with_suffix(""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (beside, ""))
    with qtbot.waitSignal(window.exporter.done, timeout=60_000) as done:
        window.export("pdf")
    assert done.args == [example_path.with_suffix(".pdf")]
    assert len(warnings) == 2
    # Spara som… onto one of vplan's own backups is refused too.
    [backup, *_] = list_backups(example_path)
    backup_before = backup.path.read_bytes()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(backup.path), ""))
    assert not window.file_actions.save_as()
    assert "Planen kan inte sparas som" in said[-1] and VPLANS_OWN in said[-1]
    assert backup.path.read_bytes() == backup_before
    window.close_plan()


# --- 2. reportlab markup in the plan's texts ------------------------------------------------

HOSTILE = (
    "<font size=300>X</font>",
    "<b>unclosed",
    "&amp;",
    "]]>",
    "<para>",
    '<a href="file:///etc/passwd">x</a>',
    "<onDraw name=x/>",
    "<seq/>",
    "&#0;",
    'it\'s "quoted" & <i>',
)
NOT_TEXT = {"format", "status", "riktning", "slag", "farg", "startdatum", "slutdatum"}
NOT_TEXT |= {"antagen_datum", "kolada_id", "slutdatum_reviderat", "niva", "enheter"}
NOT_TEXT |= {"jamforare", "langsiktigt_jamforare"}  # a choice, or a choice per year
NOT_TEXT |= {"data"}  # an image's bytes (base64): its caption and alt text are hostile
NOT_TEXT |= {"grad", "datum", "rapporterad_datum"}  # a follow-up's choice and dates
PICTURE = "hemlig-bild-for-vplan.png"
OPENED: list[str] = []


def _watch_opens(event_name: str, args: tuple[Any, ...]) -> None:
    """An audit hook (it stays for the session, so it is cheap): note every attempt to open
    the picture that the plan's texts name in <img src>."""
    if event_name == "open" and isinstance(args[0], str | Path) and PICTURE in str(args[0]):
        OPENED.append(str(args[0]))


sys.addaudithook(_watch_opens)


def _make_hostile(data: dict[str, Any], strings: tuple[str, ...]) -> None:
    """Put one of ``strings`` (numbered) in every text field of the plan ``data``."""
    numbers = itertools.count()

    def text() -> str:
        n = next(numbers)
        return f"{strings[n % len(strings)]} {n}"

    def walk(node: Any) -> None:
        items = node.items() if isinstance(node, dict) else enumerate(node)
        for key, value in list(items):
            if key in NOT_TEXT:
                continue
            if isinstance(value, str):
                if not (key == "frekvens" and "riktning" in node):
                    node[key] = text()
            elif isinstance(value, dict | list):
                walk(value)

    walk(data)
    lines = [f"## {strings[0]}", "", f"**{strings[1]}** och *{strings[2]}* {strings[3]}", ""]
    lines += [f"- {s}" for s in strings[4:7]] + [""] + [f"1. {s}" for s in strings[7:]]
    # The example's image, with markup in its caption (its alt text got some above).
    caption = strings[-1].replace("[", "\\[").replace("]", "\\]")
    lines += ["", f"![{caption}](bild:{data['bilder'][0]['id']})"]
    data["kapitel"][0]["text"] = "\n".join(lines)


@pytest.fixture(scope="module")
def hostile() -> dict[str, Any]:
    """The example plan with markup in every text, exported to PDF, Word and Excel; and the
    plain example plan as a PDF to compare with."""
    # A folder whose name has the same length on every run: its path is in the texts (<img
    # src>), and how a heading wraps must not depend on how many runs pytest has numbered.
    folder = Path(tempfile.mkdtemp(prefix="vplan-fientlig-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    picture = folder / PICTURE
    Image.new("RGB", (31, 17), (201, 7, 99)).save(picture)
    OPENED.clear()  # saving it was not reportlab
    strings = (
        *HOSTILE,
        f'<img src="{picture}"/>',
        f"<img src='{picture}' width='300' height='300'/>",
    )
    data = load_json(resource("example_plan.json"))
    _make_hostile(data, strings)
    plan = folder / "fientlig.vplan"
    import_json(data, plan)
    with PlanDocument.open(plan, read_only=True) as doc:
        snapshot = read_plan(doc)
    clean_file = folder / "exempel.vplan"
    import_json(load_json(resource("example_plan.json")), clean_file)
    with PlanDocument.open(clean_file, read_only=True) as doc:
        clean = read_plan(doc)
    files = {fmt: folder / f"ut.{fmt}" for fmt in ("pdf", "docx", "xlsx")}
    for fmt, out in files.items():
        export_plan(snapshot, fmt, out)
    export_plan(snapshot, "pdf", folder / "arkiv.pdf", pdfa=True)
    export_plan(clean, "pdf", folder / "ren.pdf")
    # The example's delår, with markup in every text of the follow-up too.
    for fmt in ("pdf", "docx", "xlsx"):
        export_follow_up(snapshot, snapshot.uppfoljningar[0].namn, fmt, folder / f"delar.{fmt}")
    export_follow_up(clean, clean.uppfoljningar[0].namn, "pdf", folder / "ren-delar.pdf")
    return {"strings": strings, "plan": snapshot, "folder": folder, "files": files}


def _images(path: Path) -> int:
    with pikepdf.open(path) as pdf:
        return sum(
            1
            for obj in pdf.objects
            if isinstance(obj, pikepdf.Stream) and obj.get("/Subtype") == pikepdf.Name.Image
        )


def _font_sizes(path: Path) -> set[float]:
    sizes = set()
    with pikepdf.open(path) as pdf:
        for page in pdf.pages:
            for instruction in pikepdf.parse_content_stream(page):
                if str(instruction.operator) == "Tf":
                    sizes.add(float(instruction.operands[1]))
    return sizes


def test_markup_in_every_text_prints_literally(hostile: dict[str, Any]) -> None:
    pdf = hostile["files"]["pdf"]
    pages = [page.extract_text() or "" for page in PdfReader(pdf).pages]
    text = " ".join(" ".join(pages).split())
    for string in hostile["strings"]:
        assert string in text, string
    u = hostile["plan"].uppgifter
    assert u.titel in pages[0] and u.namnd in pages[0]
    contents = " ".join(pages[1].split())
    headings = [chapter.rubrik for chapter in hostile["plan"].kapitel]
    for heading in headings:  # the table of contents makes paragraphs of its entries
        assert heading in contents, heading
    outline = [item["/Title"] for item in PdfReader(pdf).outline if isinstance(item, dict)]
    assert outline[: len(headings)] == headings
    assert max(_font_sizes(pdf)) <= 26  # the title's size; <font size=300> was not obeyed


def test_markup_embeds_no_file_from_the_disk(hostile: dict[str, Any]) -> None:
    folder = hostile["folder"]
    assert OPENED == []  # <img src="…"> never made reportlab (or anyone) open the picture
    for name in ("ut.pdf", "arkiv.pdf"):
        assert _images(folder / name) == _images(folder / "ren.pdf"), name
    with pikepdf.open(folder / "arkiv.pdf") as pdf:
        assert pdf.open_metadata().get("dc:title") == hostile["plan"].uppgifter.titel


def test_markup_in_the_follow_up_prints_literally_and_opens_nothing(
    hostile: dict[str, Any],
) -> None:
    folder, period = hostile["folder"], hostile["plan"].uppfoljningar[0]
    pages = [page.extract_text() or "" for page in PdfReader(folder / "delar.pdf").pages]
    text = " ".join(" ".join(pages).split())
    for written in (period.namn, period.sammanfattning, period.framtid):
        assert " ".join(written.split()) in text, written
    assert OPENED == []
    assert _images(folder / "delar.pdf") == _images(folder / "ren-delar.pdf")
    word = WordDocument(str(folder / "delar.docx"))
    cells = " ".join(c.text for t in word.tables for r in t.rows for c in r.cells)
    goal = period.mal[hostile["plan"].namndsmal[1].id].bedomning
    assert goal in " ".join(p.text for p in word.paragraphs) + cells
    sheets = load_workbook(folder / "delar.xlsx")
    values = {str(c.value) for sheet in sheets for row in sheet.iter_rows() for c in row}
    assert any(period.control(hostile["plan"].internkontroll[1].id).avvikelse in v for v in values)


def test_markup_in_every_text_reaches_word_and_excel_as_text(hostile: dict[str, Any]) -> None:
    word = WordDocument(str(hostile["files"]["docx"]))
    texts = [p.text for p in word.paragraphs]
    texts += [c.text for t in word.tables for r in t.rows for c in r.cells]
    workbook = load_workbook(hostile["files"]["xlsx"])
    cells = [str(c.value) for sheet in workbook for row in sheet.iter_rows() for c in row]
    for string in hostile["strings"]:
        assert any(string in t for t in texts), string
    assert any(hostile["strings"][0] in c for c in cells)


@pytest.mark.parametrize(
    "text",
    [*HOSTILE, '<img src="/tmp/x.png"/>', "a\x00b\x0bc\ud800", "&nbsp;&#x41;&lt;", "'\"'"],
)
def test_paragraph_text_is_read_back_as_typed(text: str) -> None:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    expected = re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]", "", text)
    shown = Paragraph(paragraph_text(text), ParagraphStyle("x")).getPlainText()
    assert shown == expected
    attribute = Paragraph(f'<a name="{paragraph_text(text)}"/>ok', ParagraphStyle("x"))
    assert attribute.getPlainText() == "ok"  # also safe inside a quoted attribute


# --- 3. vplan diff checks a JSON file like import-json -------------------------------------


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ({"a": 1}, ["$: okänt fält ”a”", "$: saknar ”format”, ”version”, ”uppgifter”"]),
        ({"format": "vplan-plan", "version": 1, "uppgifter": []}, ["$.uppgifter: ska vara"]),
        ("fel-typer.json", ["$.kapitel: ska vara en lista", "$.uppgifter.forsta_ar: ska vara"]),
        ("period", ["$.uppgifter.sista_ar: Planperioden kan inte sluta"]),
    ],
    ids=["unknown", "wrong-type", "corpus", "field-check"],
)
def test_diff_refuses_json_that_is_no_plan(
    example_path: Path,
    tmp_path: Path,
    content: Any,
    expected: list[str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    other = tmp_path / "annan.json"
    if content == "period":
        # Read as plain JSON: amounts with decimals stay numbers (``load_json`` makes them
        # Decimal, which json.dumps would write as strings).
        data = json.loads(resource("example_plan.json").read_text(encoding="utf-8"))
        data["uppgifter"]["sista_ar"] = 2020
        other.write_text(json.dumps(data), encoding="utf-8")
    elif isinstance(content, str):
        shutil.copyfile(CORPUS / "json" / content, other)
    else:
        other.write_text(json.dumps(content), encoding="utf-8")
    state = _state(tmp_path)
    for args in ((other, example_path), (example_path, other)):
        code, err = _run(capsys, "diff", *args)
        assert code == 2
        assert err.startswith("vplan: ”annan.json” följer inte vplans format:\n")
        for line in expected:
            assert line in err
        assert len(err.splitlines()) == len(set(err.splitlines()))  # each fault said once
    assert _state(tmp_path) == state


# --- 4. a Word template gets the checks of an imported Word file ---------------------------

TEMPLATES = {
    "entitetsbomb.docx": "otillåtna XML-konstruktioner",
    "zip-bomb.docx": "hårt packad",
    "losenord.docx": "lösenordsskyddad",
    "avkortad.docx": r"ingen Word-fil|skadad",
    "tom.docx": "ingen Word-fil",
}


@pytest.mark.parametrize(("name", "message"), TEMPLATES.items(), ids=list(TEMPLATES))
@pytest.mark.parametrize("suffix", [".docx", ".dotx"])
def test_a_hostile_template_is_refused_before_word_is_parsed(
    example_path: Path,
    tmp_path: Path,
    name: str,
    message: str,
    suffix: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def never(*args: object) -> None:
        raise AssertionError("python-docx was given the template")

    monkeypatch.setattr(docx_writer, "open_document", never)
    template = tmp_path / f"mall{suffix}"
    shutil.copyfile(CORPUS / "word" / name, template)
    state = _state(tmp_path)
    out = tmp_path / "ut.docx"
    code, err = _run(
        capsys, "export", example_path, "--format", "docx", "--mall", template, "-o", out
    )
    assert code == 2
    assert f"Mallen ”mall{suffix}” går inte att läsa som Word-mall." in err
    assert re.search(message, err)
    assert _state(tmp_path) == state


def test_a_template_that_is_no_word_document_is_refused(
    example_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workbook = tmp_path / "budget.xlsx"
    assert main(["export", str(example_path), "--format", "xlsx", "-o", str(workbook)]) == 0
    template = tmp_path / "mall.docx"
    shutil.copyfile(workbook, template)
    out = tmp_path / "ut.docx"
    code, err = _run(
        capsys, "export", example_path, "--format", "docx", "--mall", template, "-o", out
    )
    assert code == 2 and "Den är inget Word-dokument." in err
    assert not out.exists()


def test_export_to_a_folder_is_refused(
    example_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "ut.pdf"
    folder.mkdir()
    code, err = _run(capsys, "export", example_path, "--format", "pdf", "-o", folder)
    assert (code, err) == (
        2,
        "vplan: Exporten kan inte sparas som ”ut.pdf”: det är en mapp. Ange ett filnamn.\n",
    )

"""Builds the hostile-input corpus in tests/data/fientlig/ (run from the project folder:
``python tests/data/make_corpus.py``). The files are committed; this says how each was made.
tests/test_hostile_corpus.py opens each one the way a user would and expects a clear Swedish
message (or correct handling) and every file on disk left as it was.
"""

from __future__ import annotations

import gzip
import json
import shutil
import sqlite3
import tempfile
import zipfile
from pathlib import Path

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.exports.export import export_plan
from vplan_desktop.interchange import import_json, load_json
from vplan_desktop.paths import resource
from vplan_desktop.services.plan import NewPlan, create_plan
from vplan_desktop.services.read import read_plan

OUT = Path(__file__).resolve().parent / "fientlig"
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1024)
# Large files are kept gzipped (.gz); the test unpacks them before use.
ENTITY_BOMB = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
    "<lolz>&lol3;</lolz>"
)


def _sql(path: Path, *statements: str) -> None:
    connection = sqlite3.connect(path)
    for statement in statements:
        connection.execute(statement)
    connection.commit()
    connection.close()


def _replace_member(source: Path, target: Path, member: str, data: bytes) -> None:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for item in old.infolist():
            new.writestr(item, data if item.filename == member else old.read(item.filename))


def _zip_bomb(target: Path, member: str) -> None:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr(member, bytes(50 * 1024 * 1024))


def plans(work: Path) -> None:
    folder = OUT / "planer"
    folder.mkdir(parents=True, exist_ok=True)
    good = work / "bra.vplan"
    create_plan(good, NewPlan("Provkommun", "Provnämnden", 2027, 2029))
    _sql(good, "VACUUM")
    size = good.stat().st_size
    (folder / "tom.vplan").write_bytes(b"")
    (folder / "avkortad.vplan").write_bytes(good.read_bytes()[: size // 2])
    damaged = bytearray(good.read_bytes())
    page = 4096
    for offset in range(page * 3 + 8, page * 3 + 400):  # a b-tree page's cells, scrambled
        damaged[offset] = 0xA5
    (folder / "skadad-sida.vplan").write_bytes(bytes(damaged))
    for name, statements in {
        "nyare-version.vplan": ["PRAGMA user_version = 99"],
        "annat-program.vplan": ["PRAGMA application_id = 1234"],
        "ingen-plan.vplan": ["PRAGMA foreign_keys = OFF", "DELETE FROM plan"],
        "okand-revision.vplan": ["UPDATE alembic_version SET version_num = '9999'"],
    }.items():
        shutil.copyfile(good, folder / name)
        _sql(folder / name, *statements)
    (folder / "inte-en-databas.vplan").write_text("Det här är ett brev, ingen plan.\n" * 20)
    # A plan beside the journal of a change another program never finished.
    journal = folder / "journal"
    journal.mkdir(exist_ok=True)
    source = work / "journal.vplan"
    shutil.copyfile(good, source)
    connection = sqlite3.connect(source, isolation_level=None)
    connection.execute("PRAGMA cache_size = 2")  # spill the change into the file
    connection.execute("BEGIN EXCLUSIVE")
    for number in range(400):
        connection.execute(
            "INSERT INTO verksamhet (namn, ordning) VALUES (?, ?)",
            (f"Avbruten ändring {number} " + "x" * 200, 100 + number),
        )
    shutil.copyfile(source, journal / "plan.vplan")
    shutil.copyfile(source.with_name("journal.vplan-journal"), journal / "plan.vplan-journal")
    assert (journal / "plan.vplan-journal").read_bytes()[:8] == bytes.fromhex("d9d505f920a163d7")
    connection.execute("ROLLBACK")
    connection.close()


def texts() -> None:
    """A plan whose texts hold what real users paste: control characters, a megabyte on one
    line, emoji, right-to-left text and Sami letters."""
    data = load_json(resource("example_plan.json"))
    odd = (
        "Sámi: ŋ đ ŧ á č š ž Ŋ Đ Ŧ – emoji 😀👍🏽 – höger till vänster: مرحبا שלום – "
        "styrtecken:\x00\x01\x07\x0b\x0c\x1b\x7f\u0085 slut"
    )
    data["uppgifter"]["titel"] = "Verksamhetsplan " + odd
    data["kapitel"][0]["text"] = odd + "\n\n" + "ord " * (1024 * 1024 // 4)
    data["aktiviteter"][0]["namn"] = odd
    data["internkontroll"][0]["risk"] = odd
    data["namndsmal"][1]["indikatorer"][0]["namn"] = odd
    text = json.dumps(data, ensure_ascii=False, default=str)
    with gzip.open(OUT / "json" / "skumma-tecken.json.gz", "wt", encoding="utf-8") as out:
        out.write(text)


def jsons() -> None:
    folder = OUT / "json"
    folder.mkdir(parents=True, exist_ok=True)
    example = load_json(resource("example_plan.json"))
    wrong = json.loads(json.dumps(example, default=str))
    wrong["uppgifter"]["forsta_ar"] = "tjugotjugosju"
    wrong["aktiviteter"][0]["kostnad_tkr"] = {"belopp": 1}
    wrong["kapitel"] = {"rubrik": "inte en lista"}
    (folder / "fel-typer.json").write_text(json.dumps(wrong, ensure_ascii=False), "utf-8")
    missing = json.loads(json.dumps(example, default=str))
    del missing["uppgifter"]["namnd"]
    del missing["namndsmal"][1]["text"]
    del missing["driftbudget"]
    (folder / "saknade-falt.json").write_text(json.dumps(missing, ensure_ascii=False), "utf-8")
    huge = json.loads(json.dumps(example, default=str))
    template = huge["aktiviteter"][0]
    huge["aktiviteter"] = [{**template, "id": n} for n in range(1, 200_001)]
    with gzip.open(folder / "enorm-lista.json.gz", "wt", encoding="utf-8") as out:
        json.dump(huge, out, ensure_ascii=False)
    with gzip.open(folder / "djup.json.gz", "wt") as out:
        out.write("[" * 200_000 + "]" * 200_000)
    (folder / "inte-json.json").write_text('{"format": "vplan-plan", "version": 1,,}')
    (folder / "tom.json").write_bytes(b"")
    (folder / "utf16.json").write_bytes(json.dumps({"format": "vplan-plan"}).encode("utf-16"))
    lone = json.dumps(example, default=str).replace(
        json.dumps(example["uppgifter"]["namnd"])[1:-1], "Social\\ud800n\\u00e4mnden", 1
    )
    (folder / "ensam-surrogat.json").write_text(lone, encoding="utf-8")


def office(work: Path) -> None:
    example = work / "exempel.vplan"
    import_json(load_json(resource("example_plan.json")), example)
    with PlanDocument.open(example, read_only=True) as doc:
        plan = read_plan(doc)
    docx, xlsx = work / "plan.docx", work / "budget.xlsx"
    export_plan(plan, "docx", docx)
    export_plan(plan, "xlsx", xlsx)
    for kind, good, member in (
        ("word", docx, "word/document.xml"),
        ("excel", xlsx, "xl/workbook.xml"),
    ):
        folder = OUT / kind
        folder.mkdir(parents=True, exist_ok=True)
        suffix = good.suffix
        (folder / f"tom{suffix}").write_bytes(b"")
        (folder / f"inte-zip{suffix}").write_bytes(b"%PDF-1.4 en pdf med fel filnamn\n" * 10)
        (folder / f"losenord{suffix}").write_bytes(OLE)
        (folder / f"avkortad{suffix}").write_bytes(good.read_bytes()[: good.stat().st_size // 2])
        _zip_bomb(folder / f"zip-bomb{suffix}", member)
        _replace_member(good, folder / f"entitetsbomb{suffix}", member, ENTITY_BOMB.encode())


def main() -> None:
    with tempfile.TemporaryDirectory() as name:
        work = Path(name)
        plans(work)
        jsons()
        texts()
        office(work)


if __name__ == "__main__":
    main()

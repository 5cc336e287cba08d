"""The kommun's graphic profile in the PDF: logo, colours and typefaces from a profile file or
the Word template, checked as a file from someone else (and for readable colours), and still
a PDF/UA-1 file."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from docx.shared import Mm, RGBColor
from PIL import Image
from pypdf import PdfReader

from tests.pdf_conformance import page_findings, ua_findings
from tests.pdf_reading import drawn_texts
from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.errors import InputError
from vplan_desktop.exports.export import export_plan
from vplan_desktop.paths import resource
from vplan_desktop.services.read import read_plan

ACCENT = "#00558c"


@pytest.fixture(scope="module")
def example(templates: dict[str, Path]) -> d.PlanSnapshot:
    with PlanDocument.open(templates["example"], read_only=True) as doc:
        return read_plan(doc)


def _logo(path: Path, colour: tuple[int, int, int] = (0, 85, 140)) -> None:
    image = Image.new("RGBA", (300, 100), (*colour, 255))
    image.save(path)


def _profile(folder: Path, **changes: Any) -> Path:
    """A profile file with a logo and DejaVu Sans Oblique as the body text's font (a font no
    body text is otherwise drawn in), beside its files."""
    folder.mkdir(parents=True, exist_ok=True)
    _logo(folder / "logotyp.png")
    for name in ("DejaVuSans-Oblique.ttf", "DejaVuSans-Bold.ttf"):
        (folder / name).write_bytes(resource(f"fonts/{name}").read_bytes())
    data: dict[str, Any] = {
        "format": "vplan-profil",
        "namn": "Sjöbacka kommun",
        "logotyp": "logotyp.png",
        "farger": {"rubrik": ACCENT, "text": "#1a1a1a", "tabellhuvud": "#dde8f3"},
        "typsnitt": {"brodtext": "DejaVuSans-Oblique.ttf", "fet": "DejaVuSans-Bold.ttf"},
    }
    data.update(changes)
    path = folder / "profil.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _page(reader: PdfReader, heading: str) -> int:
    """The page whose first line under the header is ``heading`` (not the contents)."""
    for number, page in enumerate(reader.pages[2:], start=2):
        if heading in (page.extract_text() or ""):
            return number
    raise AssertionError(heading)


def _rgb(colour: str) -> tuple[float, ...]:
    return tuple(round(int(colour[i : i + 2], 16) / 255, 3) for i in (1, 3, 5))


@pytest.fixture(scope="module")
def profiled(example: d.PlanSnapshot, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("profil")
    out = folder / "plan.pdf"
    assert export_plan(example, "pdf", out, template=_profile(folder / "profil")) == []
    return out


def test_the_profile_gives_the_pdf_its_colours_fonts_and_logo(profiled: Path) -> None:
    reader = PdfReader(profiled)
    drawn = drawn_texts(profiled, _page(reader, "Vision och värdegrund"))
    heading = next(entry for entry in drawn if entry[0] == "Vision och värdegrund")
    assert heading[2] == _rgb(ACCENT) and heading[1].endswith("DejaVuSans-Bold")
    body = next(entry for entry in drawn if entry[0].startswith("Nämndens vision"))
    assert body[1].endswith("DejaVuSans-Oblique") and body[2] == _rgb("#1a1a1a")
    # The logo on the title page (and only there), as an image.
    images = [len(page.images) for page in reader.pages]
    assert images[0] == 1 and images[1:3] == [0, 0]  # not on the contents' pages
    logo = reader.pages[0].images[0].image
    assert logo is not None and logo.size == (300, 100)


def test_the_profile_may_give_the_headings_a_typeface_of_their_own(
    example: d.PlanSnapshot, tmp_path: Path
) -> None:
    folder = tmp_path / "profil"
    profile = _profile(folder)
    (folder / "Rubrik.ttf").write_bytes(resource("fonts/DejaVuSans-BoldOblique.ttf").read_bytes())
    data = json.loads(profile.read_text(encoding="utf-8"))
    data["typsnitt"]["rubrik"] = "Rubrik.ttf"
    profile.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "plan.pdf"
    export_plan(example, "pdf", out, template=profile)
    drawn = drawn_texts(out, _page(PdfReader(out), "Vision och värdegrund"))
    heading = next(entry for entry in drawn if entry[0] == "Vision och värdegrund")
    assert heading[1].endswith("DejaVuSans-BoldOblique")
    body = next(entry for entry in drawn if entry[0].startswith("Nämndens vision"))
    assert body[1].endswith("DejaVuSans-Oblique")  # the body keeps its own
    assert ua_findings(out) == []


def test_a_profiled_pdf_is_still_pdf_ua_and_pdf_a(
    example: d.PlanSnapshot, profiled: Path, tmp_path: Path
) -> None:
    assert ua_findings(profiled) == []
    archive = tmp_path / "arkiv.pdf"
    export_plan(example, "pdf", archive, template=_profile(tmp_path / "p"), pdfa=True)
    assert page_findings(archive, "2a") == []


def _template(path: Path, heading: str, logo: bool = True) -> Path:
    document = Document()
    document.styles["Heading 1"].font.color.rgb = RGBColor.from_string(heading.lstrip("#"))
    if logo:
        picture = path.parent / "mall-logo.png"
        _logo(picture, (200, 30, 30))
        document.sections[0].header.paragraphs[0].add_run().add_picture(str(picture), Mm(30))
    document.save(str(path))
    return path


def test_the_word_template_gives_the_pdf_its_heading_colour_and_logo(
    example: d.PlanSnapshot, tmp_path: Path
) -> None:
    out = tmp_path / "plan.pdf"
    notices = export_plan(example, "pdf", out, template=_template(tmp_path / "mall.docx", ACCENT))
    assert notices == []
    reader = PdfReader(out)
    assert len(reader.pages[0].images) == 1
    drawn = drawn_texts(out, _page(reader, "Vision och värdegrund"))
    heading = next(e for e in drawn if e[0] == "Vision och värdegrund")
    assert heading[2] == _rgb(ACCENT)


def test_a_templates_unreadable_heading_colour_is_left_out_with_a_notice(
    example: d.PlanSnapshot, tmp_path: Path
) -> None:
    out = tmp_path / "plan.pdf"
    template = _template(tmp_path / "mall.docx", "#ffd700", logo=False)
    notices = export_plan(example, "pdf", out, template=template)
    assert notices == [
        "Mallens rubrikfärg #ffd700 är svår att läsa mot vitt (1,40:1, minst 4,5:1); "
        "PDF:en använder vplans."
    ]
    reader = PdfReader(out)
    assert len(reader.pages[0].images) == 0
    drawn = drawn_texts(out, _page(reader, "Vision och värdegrund"))
    heading = next(e for e in drawn if e[0] == "Vision och värdegrund")
    assert heading[2] == _rgb("#1a4f7a")  # vplan's own


def _a_folder(folder: Path) -> dict[str, Any]:
    (folder / "mapp.png").mkdir()
    return {"logotyp": "mapp.png"}


def _bad_font(folder: Path) -> dict[str, Any]:
    (folder / "trasig.ttf").write_bytes(b"\x00\x01\x00\x00" + b"garbage" * 100)
    return {"typsnitt": {"brodtext": "trasig.ttf"}}


def _not_an_image(folder: Path) -> dict[str, Any]:
    (folder / "logga.png").write_bytes(b"GIF89a" + b"\x00" * 50)
    return {"logotyp": "logga.png"}


BAD_PROFILES: dict[str, tuple[Callable[[Path], dict[str, Any]], str]] = {
    "fel-färg": (
        lambda folder: {"farger": {"rubrik": "blå"}},
        "Profilen ”profil.json” går inte att använda: farger.rubrik ska vara en färg som #1a4f7a.",
    ),
    "okänd-uppgift": (
        lambda folder: {"färg": "#000000"},
        "Profilen ”profil.json” går inte att använda: filen har en uppgift som profilen inte "
        "känner till.",
    ),
    "fel-format": (
        lambda folder: {"format": "något-annat"},
        "Profilen ”profil.json” går inte att använda: ”format” ska vara ”vplan-profil”.",
    ),
    "logga-saknas": (
        lambda folder: {"logotyp": "finns-inte.png"},
        "Profilen ”profil.json” pekar på ”finns-inte.png”, som inte finns i profilens mapp.",
    ),
    "logga-utanför": (
        lambda folder: {"logotyp": "../hemlig.png"},
        "Profilen ”profil.json” pekar på ”../hemlig.png”: filen ska ligga i profilens mapp.",
    ),
    "logga-ingen-bild": (
        _not_an_image,
        "Logotypen ”logga.png” går inte att använda. Filen är inte en bild som kan infogas. "
        "Bara PNG- och JPEG-bilder går att infoga: spara bilden i något av de formaten och "
        "försök igen.",
    ),
    "logga-är-en-mapp": (
        _a_folder,
        "”mapp.png” går inte att läsa: det är en mapp.",
    ),
    "trasigt-typsnitt": (
        _bad_font,
        "Typsnittet ”trasig.ttf” går inte att använda. Filen är inget TrueType-typsnitt (.ttf) "
        "eller är skadad.",
    ),
    "ljus-text": (
        lambda folder: {"farger": {"text": "#aaaaaa", "rubrik": "#ffd700"}},
        "Profilen ”profil.json” har färger som är svåra att läsa: textfärgen mot vitt 2,32:1 "
        "(minst 4,5:1); rubrikfärgen mot vitt 1,40:1 (minst 4,5:1); texten mot tabellhuvudets "
        "färg 1,92:1 (minst 4,5:1).",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_PROFILES))
def test_a_bad_profile_is_refused_in_swedish_and_writes_nothing(
    example: d.PlanSnapshot, tmp_path: Path, case: str
) -> None:
    make, message = BAD_PROFILES[case]
    folder = tmp_path / "profil"
    profile = _profile(folder)
    data = json.loads(profile.read_text(encoding="utf-8"))
    data.update(make(folder))
    profile.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "plan.pdf"
    with pytest.raises(InputError) as caught:
        export_plan(example, "pdf", out, template=profile)
    assert caught.value.message == message
    assert not out.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["profil"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xff\xfe{", "Profilen ”profil.json” är ingen JSON-fil i UTF-8."),
        (b"[1, 2]", "Profilen ”profil.json” går inte att använda: filen har fel slags värde."),
        (
            b"{}",
            "Profilen ”profil.json” går inte att använda: den saknar ”format”: ”vplan-profil”.",
        ),
    ],
)
def test_a_profile_that_is_no_profile_is_refused(
    example: d.PlanSnapshot, tmp_path: Path, content: bytes, message: str
) -> None:
    profile = tmp_path / "profil.json"
    profile.write_bytes(content)
    with pytest.raises(InputError) as caught:
        export_plan(example, "pdf", tmp_path / "plan.pdf", template=profile)
    assert caught.value.message == message


def test_a_profile_is_for_the_pdf_and_a_template_for_word_and_pdf(
    example: d.PlanSnapshot, tmp_path: Path
) -> None:
    profile = _profile(tmp_path / "profil")
    with pytest.raises(InputError, match=r"Word-mallen ”profil\.json” ska vara en \.docx"):
        export_plan(example, "docx", tmp_path / "plan.docx", template=profile)
    with pytest.raises(InputError, match="gäller Word och PDF, inte Excel"):
        export_plan(example, "xlsx", tmp_path / "plan.xlsx", template=profile)


def test_the_command_line_takes_a_profile_for_the_pdf(
    templates: dict[str, Path], tmp_path: Path
) -> None:
    plan = tmp_path / "plan.vplan"
    shutil.copy(templates["example"], plan)
    profile = _profile(tmp_path / "profil")
    out = tmp_path / "plan.pdf"
    command = [sys.executable, "-m", "vplan_desktop", "export", str(plan), "--format", "pdf"]
    done = subprocess.run(
        [*command, "--mall", str(profile), "-o", str(out)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert len(PdfReader(io.BytesIO(out.read_bytes())).pages[0].images) == 1

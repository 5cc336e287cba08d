"""The kommun's graphic profile for the PDF: logo, colours and typefaces, read from a small
profile file (``vplan-profil.schema.json``) or from the kommun's Word template.

A profile file names its logo and TrueType fonts by file names relative to its own folder:

    {"format": "vplan-profil", "namn": "Sjöbacka kommun", "logotyp": "logotyp.png",
     "farger": {"rubrik": "#00558c", "text": "#1a1a1a"},
     "typsnitt": {"brodtext": "Kommunsans.ttf", "fet": "Kommunsans-Bold.ttf",
                  "rubrik": "Kommunrubrik.ttf"}}

The headings take the "rubrik" font when the profile has one, else the bold one.

A Word template gives what it holds: the colour of its Heading 1 and of its body text, and
the first picture in its header (else anywhere in it) as the logo. Fonts come only from a
profile file: a template names its fonts but does not carry them.

Both may come from someone else. The profile is checked against its schema; the logo passes
the image checks of ``images``; a font must be a TrueType font that may be embedded and has the
Swedish letters. Colours must be readable: text and headings at 4.5:1 or more on white, and
the text on a table's header row as well (WCAG 1.4.3). A profile file that fails any of this is
refused with a Swedish message; a template's colour that fails it is left out, with a notice.
"""

from __future__ import annotations

import dataclasses
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from vplan_desktop.colours import MIN_CONTRAST, contrast_ratio, is_colour
from vplan_desktop.errors import InputError, os_reason
from vplan_desktop.exports.fonts import register_family, register_font_file
from vplan_desktop.exports.pdf_look import VPLAN, Look
from vplan_desktop.formatting import format_number
from vplan_desktop.images import check_image
from vplan_desktop.paths import resource

PROFILE_SUFFIXES = (".json",)
TEMPLATE_SUFFIXES = (".docx", ".dotx")
MAX_PROFILE_BYTES = 1024 * 1024
WHITE = "#ffffff"
_COLOUR_NAMES = {
    "text": ("ink", "textfärgen"),
    "rubrik": ("accent", "rubrikfärgen"),
    "tabellhuvud": ("header_fill", "tabellhuvudets färg"),
    "linjer": ("rule", "linjefärgen"),
    "dampad": ("muted", "den dämpade textfärgen"),
}
_FONT_NAMES = {
    "brodtext": ("regular", "brödtext"),
    "fet": ("bold", "fet stil"),
    "kursiv": ("italic", "kursiv stil"),
    "fet_kursiv": ("bold_italic", "fet kursiv stil"),
    "rubrik": ("heading", "rubriker"),
}


def read_look(path: Path) -> tuple[Look, list[str]]:
    """The look ``path`` gives the PDF (a profile file or a Word template), with notices for
    the user; InputError in Swedish for a file that cannot be used."""
    suffix = path.suffix.lower()
    if suffix in PROFILE_SUFFIXES:
        return _from_profile(path), []
    if suffix in TEMPLATE_SUFFIXES:
        return _from_template(path)
    raise InputError(
        f"”{path.name}” är ingen grafisk profil: välj en profilfil (.json) eller kommunens "
        "Word-mall (.docx eller .dotx)."
    )


def _from_profile(path: Path) -> Look:
    label = f"Profilen ”{path.name}”"
    try:
        if path.stat().st_size > MAX_PROFILE_BYTES:
            raise InputError(f"{label} är orimligt stor för en profilfil.")
        text = path.read_text(encoding="utf-8-sig")
        data = json.loads(text)
    except FileNotFoundError:
        raise InputError(f"{label} finns inte.") from None
    except OSError as error:
        raise InputError(f"{label} går inte att läsa: {os_reason(error)}.") from None
    except (UnicodeDecodeError, ValueError):
        raise InputError(f"{label} är ingen JSON-fil i UTF-8.") from None
    _check_schema(data, label)
    folder = path.parent
    changes: dict[str, Any] = {"name": str(data.get("namn", ""))}
    for key, value in data.get("farger", {}).items():
        changes[_COLOUR_NAMES[key][0]] = value.lower()
    if "logotyp" in data:
        changes["logo"] = _logo(_read_beside(folder, data["logotyp"], label), data["logotyp"])
    fonts = data.get("typsnitt", {})
    for key, (field, _) in _FONT_NAMES.items():
        if key in fonts:
            changes[field] = register_font_file(_read_beside(folder, fonts[key], label), fonts[key])
    if fonts:  # a style the profile lacks is drawn in the body text's font
        for field in ("bold", "italic", "bold_italic"):
            changes.setdefault(field, changes["regular"])
        register_family(
            changes["regular"], changes["bold"], changes["italic"], changes["bold_italic"]
        )
    if "heading" in changes:  # bold or italic in a heading is drawn in the heading's face
        register_family(*[changes["heading"]] * 4)
    look = dataclasses.replace(VPLAN, **changes)
    problems = _unreadable(look)
    if problems:
        raise InputError(f"{label} har färger som är svåra att läsa: {'; '.join(problems)}.")
    return look


def _check_schema(data: Any, label: str) -> None:
    import jsonschema  # deferred: 0.1–0.3 s to import, and only a profile needs it

    schema = json.loads(resource("vplan-profil.schema.json").read_text(encoding="utf-8"))
    error = jsonschema.exceptions.best_match(
        jsonschema.Draft202012Validator(schema).iter_errors(data)
    )
    if error is None:
        return
    where = ".".join(str(part) for part in error.absolute_path) or "filen"
    if error.validator == "pattern":
        reason = f"{where} ska vara en färg som #1a4f7a"
    elif error.validator == "additionalProperties":
        reason = f"{where} har en uppgift som profilen inte känner till"
    elif error.validator in ("required", "const") and where == "filen":
        reason = "den saknar ”format”: ”vplan-profil”"
    elif error.validator == "const":
        reason = "”format” ska vara ”vplan-profil”"
    elif error.validator == "required":
        reason = f"{where} saknar brödtextens typsnitt (”brodtext”)"
    elif error.validator == "type":
        reason = f"{where} har fel slags värde"
    else:
        reason = f"{where} stämmer inte med profilens format"
    raise InputError(f"{label} går inte att använda: {reason}.")


def _read_beside(folder: Path, name: str, label: str) -> bytes:
    """The file ``name`` from the profile's folder (a name, not a path elsewhere)."""
    target = folder / name
    if Path(name).is_absolute() or ".." in Path(name).parts:
        raise InputError(f"{label} pekar på ”{name}”: filen ska ligga i profilens mapp.")
    try:
        if target.stat().st_size > 50 * 1024 * 1024:
            raise InputError(f"”{name}” i {label.lower()} är orimligt stor.")
        return target.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{label} pekar på ”{name}”, som inte finns i profilens mapp.") from None
    except OSError as error:
        raise InputError(f"”{name}” går inte att läsa: {os_reason(error)}.") from None


def _logo(data: bytes, name: str) -> bytes:
    try:
        check_image(data)
    except InputError as error:
        raise InputError(f"Logotypen ”{name}” går inte att använda. {error.message}") from None
    return data


def _ratio(first: str, second: str) -> str:
    """A contrast ratio as Swedes write it: "3,57:1"."""
    return format_number(Decimal(str(round(contrast_ratio(first, second), 2))), decimals=2) + ":1"


def _unreadable(look: Look) -> list[str]:
    """What of ``look`` reads at less than 4.5:1: text and headings on white, the text on a
    table's header row."""
    pairs = [
        ("textfärgen mot vitt", look.ink, WHITE),
        ("rubrikfärgen mot vitt", look.accent, WHITE),
        ("den dämpade textfärgen mot vitt", look.muted, WHITE),
        ("texten mot tabellhuvudets färg", look.ink, look.header_fill),
    ]
    return [
        f"{what} {_ratio(a, b)} (minst 4,5:1)"
        for what, a, b in pairs
        if contrast_ratio(a, b) < MIN_CONTRAST
    ]


def _from_template(path: Path) -> tuple[Look, list[str]]:
    # deferred: python-docx, for a template only
    from vplan_desktop.exports.docx_template import template_colours, template_logo
    from vplan_desktop.exports.docx_writer import open_template  # deferred: python-docx

    document = open_template(path)
    notices: list[str] = []
    changes: dict[str, Any] = {"name": path.stem}
    for field, colour in template_colours(document).items():
        one: dict[str, Any] = {field: colour}
        candidate = dataclasses.replace(VPLAN, **one)
        if _unreadable(candidate):
            what = "rubrikfärg" if field == "accent" else "textfärg"
            notices.append(
                f"Mallens {what} {colour} är svår att läsa mot vitt "
                f"({_ratio(colour, WHITE)}, minst 4,5:1); PDF:en använder vplans."
            )
        else:
            changes[field] = colour
    if "accent" in changes:  # the header row in a light tint of the headings' colour
        changes["header_fill"] = tint(changes["accent"], 0.14)
    logo = template_logo(document)
    if logo:
        try:
            changes["logo"] = _logo(logo, "i mallen")
        except InputError as error:
            notices.append(error.message)
    return dataclasses.replace(VPLAN, **changes), notices


def tint(colour: str, share: float) -> str:
    """``colour`` mixed with white: ``share`` of the colour (a light fill from an accent)."""
    if not is_colour(colour):
        raise ValueError(colour)
    channels = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return "#" + "".join(f"{round(255 - (255 - c) * share):02x}" for c in channels)

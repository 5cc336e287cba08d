"""Fills installer/vplan.iss.in with the project's metadata and the bundle's files.

    python installer/make_iss.py dist/vplan -o build/vplan.iss

Every file of the bundle gets its own [Files] line, so the script names exactly what the
bundle holds (tests/test_bundle.py checks it against a real bundle).
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def metadata() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    sys.path.insert(0, str(ROOT))
    from vplan_desktop import __version__

    return {
        "NAME": "vplan",
        "VERSION": __version__,
        "PUBLISHER": project["authors"][0]["name"],
        "DESCRIPTION": project["description"],
    }


def file_lines(bundle: Path) -> list[str]:
    lines = []
    for path in sorted(p for p in bundle.rglob("*") if p.is_file()):
        relative = path.relative_to(bundle)
        source = "\\".join((bundle.name, *relative.parts))
        folder = "\\".join(("{app}", *relative.parent.parts))
        lines.append(f'Source: "{source}"; DestDir: "{folder}"; Flags: ignoreversion')
    return lines


def render(bundle: Path) -> str:
    values = metadata() | {
        "EXE": "vplan.exe",
        "BUNDLE": bundle.name,
        "FILES": "\n".join(file_lines(bundle)),
    }
    text = (HERE / "vplan.iss.in").read_text(encoding="utf-8")
    for key, value in values.items():
        text = text.replace(f"@{key}@", value)
    return text


def main() -> int:
    parser = argparse.ArgumentParser(description="Skriv Inno Setup-skriptet för ett vplan-paket.")
    parser.add_argument("bundle", type=Path, help="paketmappen från PyInstaller (dist/vplan)")
    parser.add_argument("-o", "--ut", dest="out", type=Path, required=True)
    args = parser.parse_args()
    if not (args.bundle / "_internal").is_dir():
        print(f"make_iss: {args.bundle} är inget vplan-paket.", file=sys.stderr)
        return 2
    args.out.parent.mkdir(parents=True, exist_ok=True)
    # Inno Setup reads a script with a byte-order mark as UTF-8 (å, ä, ö in the texts).
    args.out.write_text(render(args.bundle), encoding="utf-8-sig")
    return 0


if __name__ == "__main__":
    sys.exit(main())

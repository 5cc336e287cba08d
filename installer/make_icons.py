"""Builds the Windows icons (.ico) from the PNG sizes in resources/icons (run from the
project folder: ``python installer/make_icons.py``). The .ico files are committed."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def main() -> None:
    for name in ("vplan", "vplan-plan"):
        images = [
            Image.open(ICONS / f"{name}-{size}.png").convert("RGBA")
            for size in (256, 64, 48, 32, 16)
        ]
        images[0].save(
            ICONS / f"{name}.ico",
            format="ICO",
            sizes=[image.size for image in images],
            append_images=images[1:],
        )


if __name__ == "__main__":
    main()

"""The bundled program's entry point: ``vplan`` (the window, or a command) and ``vplan-cli``
(commands only; without arguments it shows the help instead of opening a window)."""

from __future__ import annotations

import sys
from pathlib import Path

from vplan_desktop.ui.launch import main

if __name__ == "__main__":
    arguments = sys.argv[1:]
    if Path(sys.executable).stem.lower() == "vplan-cli" and not arguments:
        arguments = ["--help"]
    sys.exit(main(arguments))

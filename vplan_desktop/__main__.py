"""``python -m vplan_desktop`` runs the same command as ``vplan``."""

import sys

from vplan_desktop.cli import main

sys.exit(main())

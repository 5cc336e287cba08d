#!/usr/bin/env bash
# Builds the one-folder vplan bundle with PyInstaller: dist/vplan/vplan (the window) and
# dist/vplan/vplan-cli (commands), and, for Windows, build/vplan.iss for Inno Setup.
#
#   installer/build.sh                 # in a fresh build environment (build/bundle-venv)
#   VPLAN_PYTHON=python installer/build.sh   # with a Python that has vplan and PyInstaller
set -euo pipefail
cd "$(dirname "$0")/.."

python="${VPLAN_PYTHON:-}"
if [ -z "$python" ]; then
    python3 -m venv build/bundle-venv
    build/bundle-venv/bin/pip install --quiet --disable-pip-version-check . 'pyinstaller>=6.10,<7'
    python=build/bundle-venv/bin/python
fi
dist="${VPLAN_DIST:-dist}"
work="${VPLAN_WORK:-build/pyinstaller}"
iss="${VPLAN_ISS:-build/vplan.iss}"
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$dist" --workpath "$work" installer/vplan.spec
"$python" installer/make_iss.py "$dist/vplan" -o "$iss"
echo "Klart: $dist/vplan (starta med $dist/vplan/vplan), Inno Setup-skript: $iss"

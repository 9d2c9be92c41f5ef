#!/usr/bin/env bash
# Build the one-folder bundle with PyInstaller (dist/stellenstof/) and smoke-run it headless.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
STELLENSTOF_EXTRAS=bundle bash scripts/bootstrap.sh
VENV="${STELLENSTOF_VENV:-$ROOT/.venv}"
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN build.spec
# Links PyInstaller made to libraries the spec left out point nowhere: drop them.
find "$ROOT/dist/stellenstof" -xtype l -delete
APP="$ROOT/dist/stellenstof/stellenstof"
"$APP" --version
QT_QPA_PLATFORM=offscreen "$APP" selftest
du -sh "$ROOT/dist/stellenstof"

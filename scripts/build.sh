#!/usr/bin/env bash
# Build the one-folder bundle with PyInstaller (dist/stellenstof/) and smoke-run what it
# holds: both executables, a password PDF (checked with qpdf and pdftotext) and the real
# window under Xvfb. Linux only (the spec also builds on Windows and macOS; this script
# uses Debian packages and xvfb-run).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# qpdf and poppler-utils check the PDF; xvfb, xauth and the xcb libraries give the real
# window a display (PyInstaller also bundles the xcb libraries it finds here).
STELLENSTOF_EXTRAS=bundle bash scripts/bootstrap.sh \
    qpdf poppler-utils xvfb xauth libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0
VENV="${STELLENSTOF_VENV:-$ROOT/.venv}"
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN build.spec
# Links PyInstaller made to libraries the spec left out point nowhere: drop them.
find "$ROOT/dist/stellenstof" -xtype l -delete
GUI="$ROOT/dist/stellenstof/stellenstof"
CLI="$ROOT/dist/stellenstof/stellenstof-cli"

# The smoke runs write nothing into the home folder of whoever builds: settings, logs and
# the database go to a temporary folder.
SMOKE="$(mktemp -d)"
trap 'rm -rf "$SMOKE"' EXIT
export HOME="$SMOKE/home" XDG_CONFIG_HOME="$SMOKE/config" XDG_DATA_HOME="$SMOKE/data-home" \
    XDG_STATE_HOME="$SMOKE/state" XDG_CACHE_HOME="$SMOKE/cache" STELLENSTOF_LOG_DIR="$SMOKE/log"
mkdir -p "$HOME"
DATA="$SMOKE/data"

echo "== --version and selftest"
"$CLI" --version
"$GUI" --version
QT_QPA_PLATFORM=offscreen "$CLI" selftest

echo "== a PDF with a password, from a demo database"
"$CLI" demo --data-dir "$DATA"
SESSION="$("$CLI" list --data-dir "$DATA" | awk -F '\t' 'NR == 1 { print $1 }')"
PASSWORD="rook-boven-de-dijk"
PDF="$SMOKE/verslag.pdf"
"$CLI" pdf "$SESSION" -o "$PDF" --password "$PASSWORD" --data-dir "$DATA"
qpdf --requires-password "$PDF"  # exit 0: encrypted and opens only with a password
ENCRYPTION="$(qpdf --show-encryption --password="$PASSWORD" "$PDF")"
grep -qx "R = 6" <<<"$ENCRYPTION" || { echo "not AES-256 (R 6):" >&2; echo "$ENCRYPTION" >&2; exit 1; }
grep -qx "file encryption method: AESv3" <<<"$ENCRYPTION" || {
    echo "not AESv3:" >&2; echo "$ENCRYPTION" >&2; exit 1
}
if pdftotext "$PDF" - >/dev/null 2>&1; then
    echo "the PDF opens without its password" >&2
    exit 1
fi
[ -n "$(pdftotext -upw "$PASSWORD" "$PDF" - | tr -d '[:space:]')" ] || {
    echo "no text in the PDF with its password" >&2; exit 1
}
echo "AES-256 (R 6, AESv3); opens with the password only"

echo "== the real window under Xvfb"
env -u QT_QPA_PLATFORM timeout 120 xvfb-run -a "$GUI" --data-dir "$DATA" --quit-after ready

du -sh "$ROOT/dist/stellenstof"

#!/usr/bin/env bash
# Extract translatable strings from stellenstof_desktop/ into the English .ts file,
# then compile it to the .qm that the app loads with `--lang en`.
# Source language is Dutch (nl); translate the .ts with Qt Linguist or by hand.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
VENV="${STELLENSTOF_VENV:-$ROOT/.venv}"
TS="resources/translations/stellenstof_en.ts"
QM="resources/translations/stellenstof_en.qm"
mkdir -p resources/translations

# List the .py files explicitly: a folder scan skips .py unless given `-extensions py`.
mapfile -t SOURCES < <(find stellenstof_desktop -name '*.py' | sort)

# Merge new strings into the .ts; drop strings that left the code. A string that moved
# to another class keeps its English (carry_translations.py matches the Dutch source).
BEFORE="$(mktemp)"
cp "$TS" "$BEFORE"
lupdate() {
    "$VENV/bin/pyside6-lupdate" -no-obsolete -locations relative \
        -source-language nl -target-language en "${SOURCES[@]}" -ts "$TS" >/dev/null
}
lupdate
"$VENV/bin/python" scripts/carry_translations.py "$BEFORE" "$TS"
lupdate  # back to lupdate's own layout
rm -f "$BEFORE"

# Compile; warn (not fail) about untranslated strings, which fall back to Dutch.
"$VENV/bin/pyside6-lrelease" "$TS" -qm "$QM"

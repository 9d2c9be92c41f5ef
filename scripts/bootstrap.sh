#!/usr/bin/env bash
# Installs what Stellenstof needs into ./.venv (and Debian packages given as arguments,
# only when missing). Sourced by start.sh, build.sh and .ci/run.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${STELLENSTOF_VENV:-$ROOT/.venv}"
EXTRAS="${STELLENSTOF_EXTRAS:-}"

need_debian_packages() {
    local missing=()
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$pkg")
    done
    if [ "${#missing[@]}" -gt 0 ]; then
        if ! command -v apt-get >/dev/null; then
            echo "Missing system packages (${missing[*]}); install them with your package manager." >&2
            return 1
        fi
        local sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

if [ "$#" -gt 0 ] && command -v dpkg-query >/dev/null; then
    need_debian_packages "$@"
fi

PYTHON="${PYTHON:-python3}"
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
    echo "Stellenstof needs Python 3.11 or newer." >&2
    exit 1
fi
if [ ! -x "$VENV/bin/python" ]; then
    "$PYTHON" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install --quiet --upgrade pip
# SQLCipher as a binary wheel only, before the rest: pip must never try to build it from
# source (that needs the SQLCipher sources, OpenSSL headers and a compiler).
"$VENV/bin/python" -m pip install --quiet --only-binary :all: "sqlcipher3>=0.5,<0.7"
spec="$ROOT"
[ -n "$EXTRAS" ] && spec="$ROOT[$EXTRAS]"
"$VENV/bin/python" -m pip install --quiet --editable "$spec"

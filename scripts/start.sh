#!/usr/bin/env bash
# Install what is needed and start Stellenstof. Extra arguments go to the app,
# for example: bash scripts/start.sh --demo
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/bootstrap.sh"
exec "${STELLENSTOF_VENV:-$ROOT/.venv}/bin/stellenstof" "$@"

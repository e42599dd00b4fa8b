#!/usr/bin/env bash
# Installs the site into .venv and its front-end assets into node_modules and static/build.
# Idempotent: run it as often as you like. Usage: scripts/install.sh [EXTRAS], e.g. "[test]".
set -euo pipefail
cd "$(dirname "$0")/.."

extras="${1:-}"
python="${PYTHON:-python3}"

if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "Python 3.11 or newer is needed (found: $("$python" --version 2>&1))." >&2
  exit 1
fi
if ! command -v npm >/dev/null; then
  echo "Node.js 20 or newer (with npm) is needed to build the GOV.UK Frontend assets." >&2
  exit 1
fi

if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".${extras}"

# npm ci installs exactly what package-lock.json says; its postinstall builds static/build.
npm ci --no-audit --no-fund --loglevel=error

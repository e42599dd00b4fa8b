#!/usr/bin/env bash
# Installs everything (including Chromium for the browser tests), then runs lint, the unit
# and integration tests on SQLite, the integration tests again on PostgreSQL, and the
# browser tests. Any failure, or a layer that collects no tests (pytest exit code 5),
# fails the whole run.
#
# A second, newer Python runs the unit and SQLite integration tests, in its own venv
# (.venv-py3.13), so a deprecation there fails here first. PYTHON_SECOND names it; by default
# pyenv's newest 3.13, else python3.13 on PATH. Without one, the main Python runs that layer
# and the script says loudly that the second Python was skipped.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

scripts/install.sh "[test]"

find_second_python() {
  second_python="$(printf '%s\n' "${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.13.*/bin/python3 \
    | sort -V | tail -n 1)"
  if [ ! -x "$second_python" ] && command -v python3.13 >/dev/null; then
    second_python=python3.13
  fi
  if ! "$second_python" -c 'import sys' 2>/dev/null; then
    second_python=""  # none, or e.g. a pyenv shim for a version that is not installed
  fi
}

# The second Python gets its own venv, installed the way scripts/install.sh installs .venv
# (npm's assets are shared: install.sh has built static/build).
second_python="${PYTHON_SECOND:-}"
if [ -z "$second_python" ]; then
  find_second_python
elif ! "$second_python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "PYTHON_SECOND=$second_python is not a working Python 3.11 or newer." >&2
  exit 1
fi
if [ -n "$second_python" ]; then
  second_version="$("$second_python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
  second_venv=".venv-py$second_version"
  if [ ! -x "$second_venv/bin/python" ]; then
    "$second_python" -m venv "$second_venv"
  fi
  "$second_venv/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
  "$second_venv/bin/python" -m pip install --quiet --disable-pip-version-check -e ".[test]"
fi

if ! command -v chromium >/dev/null; then
  echo "Installing Debian's Chromium for the browser tests..."
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
if ! command -v java >/dev/null; then
  echo "Installing Java for the Nu HTML checker..."
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >/dev/null
fi

echo "== Lint"
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/lint-imports

pytest=(.venv/bin/python -m pytest -p no:cacheprovider)

# Two workers (pytest-xdist), one per core; each gets its own databases.
if [ -n "$second_python" ]; then
  # The SQLite layer runs on the second Python instead of this one, which keeps the unit,
  # PostgreSQL and browser tests: each Python runs the integration tests on one database,
  # and the suite stays within its 12 minutes on two cores.
  echo "== Unit tests"
  "${pytest[@]}" -n 2 tests/unit
  echo "== Unit and integration tests on SQLite, on Python $second_version ($second_python)"
  started=$SECONDS
  "$second_venv/bin/python" -m pytest -p no:cacheprovider -n 2 tests/unit tests/integration --db=sqlite
  echo "(Python $second_version layer: $((SECONDS - started)) s)"
else
  {
    echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"
    echo "!! SKIPPED the second-Python layer: no Python 3.13 found (pyenv or PATH), so the"
    echo "!! tests run on $(.venv/bin/python --version) only. Set PYTHON_SECOND=/path/to/python3.13."
    echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"
  } >&2
  echo "== Unit and integration tests on SQLite"
  "${pytest[@]}" -n 2 tests/unit tests/integration --db=sqlite
fi

echo "== Integration tests on PostgreSQL (${FORUM_TEST_POSTGRES_URL:-postgresql://127.0.0.1:5432/test})"
"${pytest[@]}" -n 2 tests/integration --db=postgres

echo "== Browser tests in Chromium"
"${pytest[@]}" tests/e2e

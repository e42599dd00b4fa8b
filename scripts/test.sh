#!/usr/bin/env bash
# Installs everything (including Chromium for the browser tests), then runs lint, the unit
# and integration tests on SQLite, the integration tests again on PostgreSQL, and the
# browser tests. Any failure, or a layer that collects no tests (pytest exit code 5),
# fails the whole run.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

scripts/install.sh "[test]"

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
echo "== Unit and integration tests on SQLite"
"${pytest[@]}" -n 2 tests/unit tests/integration --db=sqlite

echo "== Integration tests on PostgreSQL (${FORUM_TEST_POSTGRES_URL:-postgresql://127.0.0.1:5432/test})"
"${pytest[@]}" -n 2 tests/integration --db=postgres

echo "== Browser tests in Chromium"
"${pytest[@]}" tests/e2e

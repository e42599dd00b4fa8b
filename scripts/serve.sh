#!/usr/bin/env bash
# Installs everything, prepares the embedded database with demo data, and serves the site
# at http://127.0.0.1:5000 (SQLite and the search index live in ./instance).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install.sh
.venv/bin/flask --app forum init-db
.venv/bin/flask --app forum seed-demo
echo "Serving the Community Contracts Forum at http://127.0.0.1:5000 (Ctrl+C to stop)."
exec .venv/bin/gunicorn --workers 2 --threads 4 --bind "127.0.0.1:${PORT:-5000}" \
  --access-logfile - "forum:create_app()"

#!/usr/bin/env bash
# Installs everything, prepares the embedded database with demo data, and serves the site
# at http://127.0.0.1:5000 (SQLite and the search index live in ./instance), with the
# background worker beside it: search indexing, mail, and the scheduled jobs (daily
# summaries, mentoring offer deadlines, question escalation) all run with no cron.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install.sh
.venv/bin/flask --app forum init-db
.venv/bin/flask --app forum seed-demo

# The worker does all background work, so the web processes run no threads of their own.
export BACKGROUND_WORK=worker
pids=()
stop_all() {
  trap - EXIT INT TERM
  kill -TERM "${pids[@]}" 2>/dev/null || true  # both stop cleanly on SIGTERM
  wait "${pids[@]}" 2>/dev/null || true
}
trap stop_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Each in a session of its own, so Ctrl+C reaches only this script, which stops each once
# with SIGTERM (gunicorn's thread workers can hang when a second signal interrupts their
# shutdown, as a terminal's SIGINT to every process and then the master's own would).
setsid .venv/bin/flask --app forum worker &
pids+=($!)
echo "Serving the Community Contracts Forum at http://127.0.0.1:${PORT:-5000} (Ctrl+C to stop)."
setsid .venv/bin/gunicorn -c python:forum.gunicorn_conf --workers 2 --threads 4 \
  --bind "127.0.0.1:${PORT:-5000}" "forum:create_app()" &
pids+=($!)
# Whichever stops first (a crash, or a signal), the other is stopped with it.
wait -n "${pids[@]}" || true

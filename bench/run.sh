#!/usr/bin/env bash
# Benchmark the forum against FlaskBB 2.2.0 and the Flask ceilings, on loopback only.
#
#   bench/run.sh                      # ~16 min with ROUNDS=2; see bench/README.md
#
# 1. a fresh SQLite database in a temporary folder, filled by `flask bench-data`
#    (200 users / 5 boards / 2,000 threads / 50,000 posts, the FlaskBB peer's shape)
# 2. our app under gunicorn, 2 sync workers, on 127.0.0.1:$PORT
# 3. the shared harness ($SHARED_BENCH/run_baseline.sh): ceilings + FlaskBB + our pages,
#    every target in every round, so ratios are taken within one round
# 4. our reply POST p95 ($SHARED_BENCH/post_replies.py), then our workers' RSS
# 5. CPU cost: server CPU time per request (utime+stime of the gunicorn workers, from /proc)
#    for ours, hello-world and FlaskBB, one after another: a second opinion that survives
#    other work on the machine far better than req/s does
# 6. a table of the budgets from DESIGN.md, as ratios
#
# Env: SHARED_BENCH ($REPO/../shared/bench)  PORT (8000)  ROUNDS (2)  REPLIES (200)
#      CPU_SECONDS (8: per page, for step 5; 0 skips it)
#      OUT (results folder; default ${TMPDIR:-/tmp}/forum-bench-<timestamp>)
#      PEER_DIR, DURATION, WARMUP, ... are passed on to run_baseline.sh.
# Needs: wrk, curl, and the FlaskBB peer set up once ($SHARED_BENCH/peer/setup_flaskbb.sh).
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SHARED_BENCH=${SHARED_BENCH:-$REPO/../shared/bench}
PORT=${PORT:-8000}
REPLIES=${REPLIES:-200}
CPU_SECONDS=${CPU_SECONDS:-8}
export ROUNDS=${ROUNDS:-2}
export PEER_DIR=${PEER_DIR:-$HOME/.cache/forum-peer}
VENV=${VENV:-$REPO/.venv}
OUT=${OUT:-${TMPDIR:-/tmp}/forum-bench-$(date +%Y%m%d-%H%M%S)}

die() { echo "bench/run.sh: $*" >&2; exit 1; }
[ -x "$SHARED_BENCH/run_baseline.sh" ] && [ -f "$SHARED_BENCH/post_replies.py" ] ||
  die "shared benchmark scripts not found in $SHARED_BENCH (set SHARED_BENCH)"
[ -x "$VENV/bin/gunicorn" ] && [ -x "$VENV/bin/flask" ] ||
  die "no gunicorn/flask in $VENV: pip install -e '.[test]' first (or set VENV)"
command -v wrk >/dev/null || die "wrk not found (apt-get install -y wrk)"
command -v curl >/dev/null || die "curl not found"
PY=${BENCH_PY:-$PEER_DIR/flaskbb-venv/bin/python}  # has requests, for post_replies.py
[ -x "$PY" ] || die "no FlaskBB venv in $PEER_DIR: run $SHARED_BENCH/peer/setup_flaskbb.sh"
if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$PORT/"; then
  die "something already listens on 127.0.0.1:$PORT (set PORT)"
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/forum-bench-db.XXXXXX")
mkdir -p "$OUT"
SERVER_PID="" HELLO_PID="" PEER_STARTED=""
stop_pid() {
  if [ -n "$1" ] && kill -0 "$1" 2>/dev/null; then
    kill -TERM "$1"
    for _ in $(seq 1 50); do kill -0 "$1" 2>/dev/null || break; sleep 0.1; done
  fi
}
cleanup() {
  stop_pid "$SERVER_PID"
  stop_pid "$HELLO_PID"
  [ -z "$PEER_STARTED" ] || "$SHARED_BENCH/peer/flaskbb_server.sh" stop || true
  rm -rf "$WORK"
}
trap cleanup EXIT

export DATABASE_URL="sqlite:///$WORK/forum.sqlite3"
export SECRET_KEY="bench-$RANDOM$RANDOM$RANDOM"
export SEARCH_INDEX_DIR="$WORK/search-index"
export FORUM_ENV=development  # production would mark cookies Secure: no sign-in over http
LOG="$OUT/ours.log"

# 1. data -------------------------------------------------------------------------
echo "== bench-data (200 users / 5 boards / 2,000 threads / 50,000 posts)" | tee "$LOG"
t0=$(date +%s.%N)
"$VENV/bin/flask" --app forum bench-data --users 200 --boards 5 --threads 2000 --posts 50000 \
  > "$WORK/bench-data.out" 2> "$WORK/bench-data.err" || { cat "$WORK/bench-data.err" >&2; exit 1; }
t1=$(date +%s.%N)
tail -n 2 "$WORK/bench-data.out" | tee -a "$LOG"
echo "bench-data wall time: $(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.1f", b-a}') s" | tee -a "$LOG"
# board path, its last page, the short and long threads, and a thread to reply to
read -r BOARD BOARD_LAST SHORT LONG LONG_LAST REPLY_THREAD < <(
  "$VENV/bin/python" - "$(tail -n 1 "$WORK/bench-data.out")" "$WORK/forum.sqlite3" <<'EOF'
import json, math, sqlite3, sys
from forum.data.boards import POSTS_PER_PAGE, THREADS_PER_PAGE
p = json.loads(sys.argv[1])
db = sqlite3.connect(sys.argv[2])
slug = p["board"].rsplit("/", 1)[1]
short, long_ = (int(p[k].rsplit("/", 1)[1]) for k in ("short_thread", "long_thread"))
n_threads = db.execute("SELECT thread_count FROM board WHERE slug = ?", (slug,)).fetchone()[0]
n_posts = db.execute("SELECT post_count FROM thread WHERE id = ?", (long_,)).fetchone()[0]
reply_to = db.execute("SELECT id FROM thread WHERE NOT locked AND NOT hidden AND id NOT IN (?, ?)"
                      " ORDER BY id LIMIT 1", (short, long_)).fetchone()[0]
print(p["board"], math.ceil(n_threads / THREADS_PER_PAGE), p["short_thread"], p["long_thread"],
      math.ceil(n_posts / POSTS_PER_PAGE), reply_to)
EOF
)

[ -n "${REPLY_THREAD:-}" ] || die "could not read the data set's paths from bench-data's output"

# 2. server -----------------------------------------------------------------------
# The factory seam with overrides: the posting limit is raised so that the reply benchmark
# measures the write path, not 429s (the limiter itself still runs on every POST).
APP="forum:create_app({'RATELIMIT_POSTING': '100000 per minute', 'MAIL_DIR': '$WORK/mail'})"
(cd "$REPO" && exec "$VENV/bin/gunicorn" -w 2 -k sync -b "127.0.0.1:$PORT" \
  --error-logfile "$OUT/gunicorn.log" --log-level warning "$APP") &
SERVER_PID=$!
for _ in $(seq 1 100); do curl -fs -o /dev/null "http://127.0.0.1:$PORT/healthz" && break; sleep 0.2; done
curl -fs -o /dev/null "http://127.0.0.1:$PORT/healthz" || die "our app did not start; see $OUT/gunicorn.log"
for path in / "$BOARD" "$BOARD?page=$BOARD_LAST" "$SHORT" "$LONG" "$LONG?page=$LONG_LAST"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT$path")
  [ "$code" = 200 ] || die "GET $path answered $code"
done

# 3. pages, side by side with the ceilings and FlaskBB ------------------------------
export RESULTS="$OUT/baseline"
APP_NAME=ours APP_URL="http://127.0.0.1:$PORT" \
APP_PATHS="home=/ board_p1=$BOARD board_last=$BOARD?page=$BOARD_LAST topic_10posts=$SHORT \
long_p1=$LONG long_last=$LONG?page=$LONG_LAST static=/static/build/site.css" \
  "$SHARED_BENCH/run_baseline.sh"

# 4. our write path, then memory after the whole mix --------------------------------
echo -n "ours replies: " | tee -a "$LOG"
"$PY" "$SHARED_BENCH/post_replies.py" --base "http://127.0.0.1:$PORT" --login-path /login \
  --user-field email --pass-field password --user user002@example.org \
  --password bench-password-123 --topic-path "/threads/$REPLY_THREAD" \
  --reply-path "/threads/$REPLY_THREAD/reply" --content-field body --csrf-field csrf_token \
  --extra "submit=Post reply" -n "$REPLIES" | tee -a "$LOG" | tee "$OUT/ours_replies.txt"
for w in $(pgrep -P "$SERVER_PID"); do
  awk -v p="$w" '/^VmHWM/{h=$2} /^VmRSS/{c=$2} END{printf "ours\tworker %s\tpeak_rss_MiB %.1f\tcur_rss_MiB %.1f\n", p, h/1024, c/1024}' "/proc/$w/status"
done | tee -a "$LOG" > "$OUT/ours_rss.tsv"

# 5. CPU time per request --------------------------------------------------------------
TCK=$(getconf CLK_TCK)
worker_ticks() {  # total utime+stime of a gunicorn master's workers
  local sum=0 w
  for w in $(pgrep -P "$1"); do sum=$((sum + $(awk '{print $14 + $15}' "/proc/$w/stat"))); done
  echo "$sum"
}
cpu_cost() {  # name master_pid base_url label=path ...
  local name=$1 master=$2 base=$3 spec before after out
  shift 3
  for spec in "$@"; do
    wrk -t1 -c4 -d2s "$base${spec#*=}" > /dev/null 2>&1 || true
    before=$(worker_ticks "$master")
    out=$(wrk -t1 -c4 -d"${CPU_SECONDS}s" "$base${spec#*=}" 2>&1 || true)
    after=$(worker_ticks "$master")
    awk -v n="$name" -v l="${spec%%=*}" -v a="$before" -v b="$after" -v t="$TCK" '
      /requests in/ {r = $1} /Non-2xx/ {bad = $NF}
      END {printf "%s\t%s\t%d\t%.3f\t%d\n", n, l, r, (b - a) / t * 1000 / (r ? r : 1), bad}' \
      <<< "$out"
  done
}
if [ "$CPU_SECONDS" != 0 ]; then
  echo "== CPU time per request (target, page, requests, worker CPU ms/request, non-2xx)"
  HELLO_PORT=${HELLO_PORT:-8102}
  {
    cpu_cost ours "$SERVER_PID" "http://127.0.0.1:$PORT" home=/ board_p1="$BOARD" \
      board_last="$BOARD?page=$BOARD_LAST" topic_10posts="$SHORT" long_p1="$LONG" \
      long_last="$LONG?page=$LONG_LAST"
    PYTHONDONTWRITEBYTECODE=1 "$PY" -m gunicorn --chdir "$SHARED_BENCH" -w 2 -k sync \
      -b "127.0.0.1:$HELLO_PORT" --log-level warning ceiling_app:hello_app > /dev/null 2>&1 &
    HELLO_PID=$!
    for _ in $(seq 1 100); do curl -fs -o /dev/null "http://127.0.0.1:$HELLO_PORT/" && break; sleep 0.1; done
    cpu_cost ceiling_hello "$HELLO_PID" "http://127.0.0.1:$HELLO_PORT" hello=/
    stop_pid "$HELLO_PID"
    "$SHARED_BENCH/peer/flaskbb_server.sh" restore > /dev/null
    PEER_STARTED=1
    "$SHARED_BENCH/peer/flaskbb_server.sh" start > /dev/null
    cpu_cost flaskbb "$(cat "$PEER_DIR/gunicorn.pid")" "http://127.0.0.1:${FLASKBB_PORT:-8101}" \
      home=/ forum_p1=/forum/1 "forum_p50=/forum/1?page=50" topic_10posts=/topic/2 \
      long_p1=/topic/1 "long_last=/topic/1?page=50"
    "$SHARED_BENCH/peer/flaskbb_server.sh" stop
    PEER_STARTED=""
  } > "$OUT/cpu.tsv"
  cat "$OUT/cpu.tsv"
fi

# 6. budgets ------------------------------------------------------------------------
status=0
"$VENV/bin/python" "$REPO/bench/summary.py" "$OUT" | tee "$OUT/ratios.md" || status=$?
echo "results in $OUT"
exit "$status"  # non-zero when a budget is missed

#!/usr/bin/env bash
# `make bench`: load benchmark of the home-page GraphQL query and of password login; writes docs/benchmarks.md.
# Starts its own gunicorn (production settings, 127.0.0.1:8002) and a loopback copy of the production
# nginx edge (127.0.0.1:8003; ports from BENCH_PORT / BENCH_EDGE_PORT), runs locust headless (each run bounded),
# stops everything it started.
#   hash cost: ms per make_password / check_password of the chosen hasher and the alternatives (no server)
#   1. single: one user, POST and GET straight to gunicorn (latency of one request, no queueing)
#   2. origin: BENCH_USERS users, POST and GET straight to gunicorn (what uncached requests cost)
#   3. edge:   GET of the same query through nginx's 1 s micro-cache (what anonymous visitors get)
#   4. login-N: N users logging in with a password, straight to gunicorn, for N in 1 and BENCH_LOGIN_USERS
#      (BENCH_LOGIN_ACCOUNTS accounts bench-user-0..., created or reset with a fresh random password each run)
#   5. resource search (issue 4): tests/performance/resource_search.py generates BENCH_SEARCH_RESOURCES (100,000)
#      resources in a PostgreSQL database of its own (zyk_bench_search on DATABASE_URL's server, or
#      BENCH_SEARCH_DATABASE_URL), times resource_search for two- and one-word Chinese queries and a batch upload of
#      BENCH_BATCH_FILES files, drops that database, and writes the "Resource search (issue 4)" section (PostgreSQL only)
#   7. self-test under load (issue 7, L5): scripts/bench-self-test.sh — 500 learners start, autosave and submit the
#      same self-test within a minute, then every attempt and answer is counted (PostgreSQL only)
#   6. media pipeline (issue 5): tests/performance/media_pipeline.py generates a 1-minute 720p video, a 20-page docx
#      and BENCH_MEDIA_PHOTOS photos, converts them with a real Celery worker (queue media) in a PostgreSQL database
#      of its own (zyk_bench_media, or BENCH_MEDIA_DATABASE_URL) on REDIS_URL's broker (or BENCH_MEDIA_REDIS_URL),
#      times first rendition / full ladder / first page / photos per minute, drops that database, and writes the
#      "Media pipeline (issue 5)" section (PostgreSQL and Redis only)
# PostgreSQL when DATABASE_URL is set (demo data and the bench-user-N accounts go into it: give the benchmark
# a database of its own), else a fresh SQLite in var/bench. Traffic goes to loopback addresses only.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

USERS="${BENCH_USERS:-50}"
SPAWN_RATE="${BENCH_SPAWN_RATE:-25}"
DURATION="${BENCH_DURATION:-30s}"
WORKERS="${BENCH_WORKERS:-3}"
PORT="${BENCH_PORT:-8002}"
EDGE_PORT="${BENCH_EDGE_PORT:-8003}"
LOGIN_USERS="${BENCH_LOGIN_USERS:-10 20}"
LOGIN_TARGET="${BENCH_LOGIN_TARGET:-20}"
export BENCH_LOGIN_ACCOUNTS="${BENCH_LOGIN_ACCOUNTS:-200}"
OUT="$ROOT/var/bench"

for p in "$PORT" "$EDGE_PORT"; do
  if answers "http://127.0.0.1:$p/"; then
    echo "Port $p already answers; stop that server or set BENCH_PORT / BENCH_EDGE_PORT." >&2
    exit 1
  fi
done
rm -rf "$OUT"
mkdir -p "$OUT"
export DJANGO_SETTINGS_MODULE=cms.settings.production
DJANGO_SECRET_KEY="$(random_secret)"
export DJANGO_SECRET_KEY
export DJANGO_ALLOWED_HOSTS=127.0.0.1,localhost
export DJANGO_SECURE_SSL_REDIRECT=0
export ZYK_VAR_DIR="$OUT"
# Throwaway keys for personal data at rest (production settings require them); the bench accounts hold none.
ZYK_PERSONAL_DATA_KEYS="$("$PY" -c 'import base64, os; print(base64.urlsafe_b64encode(os.urandom(32)).decode())')"
ZYK_LOOKUP_KEY="$(random_secret)"
BENCH_LOGIN_PASSWORD="$(random_secret)"
export ZYK_PERSONAL_DATA_KEYS ZYK_LOOKUP_KEY BENCH_LOGIN_PASSWORD
if [[ -n "${DATABASE_URL:-}" ]]; then
  db="PostgreSQL ($("$PY" -c 'import os, urllib.parse as u; p = u.urlsplit(os.environ["DATABASE_URL"]); print(f"{p.hostname}:{p.port or 5432}{p.path}")'))"
else
  export ZYK_SQLITE_PATH="$OUT/db.sqlite3"
  db="SQLite ($ZYK_SQLITE_PATH)"
fi
cache="local memory"
[[ -n "${REDIS_URL:-}" ]] && cache="Redis"

section "Benchmark data: $db"
"$PY" manage.py migrate --noinput -v 0
"$PY" manage.py load_demo
"$PY" tests/performance/login_accounts.py --out "$OUT/login_accounts.json"

# Before the servers start, so only the hashing competes for the cores.
section "Password hash cost (chosen hasher and alternatives)"
timeout 300 "$PY" tests/performance/hash_cost.py --out "$OUT/hash_cost.json"

section "Starting gunicorn ($WORKERS workers, 127.0.0.1:$PORT) and nginx edge (127.0.0.1:$EDGE_PORT)"
GUNICORN_BIND="127.0.0.1:$PORT" WEB_CONCURRENCY="$WORKERS" GUNICORN_ACCESSLOG="" \
  setsid "$BIN/gunicorn" cms.wsgi:application -c deploy/gunicorn.conf.py >"$OUT/gunicorn.log" 2>&1 &
gunicorn_pid=$!
setsid bash scripts/nginx-local.sh run "$EDGE_PORT" "127.0.0.1:$PORT" >"$OUT/nginx.log" 2>&1 &
nginx_pid=$!
trap 'stop_group "$gunicorn_pid" "$nginx_pid"; log "benchmark servers stopped"' EXIT
wait_http "http://127.0.0.1:$PORT/healthz/" 60 "$gunicorn_pid" || { tail -n 40 "$OUT/gunicorn.log" >&2; exit 1; }
wait_http "http://127.0.0.1:$EDGE_PORT/healthz/" 30 "$nginx_pid" || { tail -n 40 "$OUT/nginx.log" >&2; exit 1; }

run_locust() { # locustfile name users duration host [locust args...]
  local file=$1 name=$2 users=$3 duration=$4 host=$5
  shift 5
  section "locust: $name ($users users, $duration)"
  timeout 300 "$BIN/locust" -f "tests/performance/$file" --headless --only-summary \
    -u "$users" -r "$SPAWN_RATE" -t "$duration" --stop-timeout 5 --exit-code-on-error 0 \
    --host "$host" --csv "$OUT/$name" --loglevel WARNING "$@"
}
load_before="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
# One user first: the cost of a single request without queueing behind others.
run_locust locustfile.py single 1 10s "http://127.0.0.1:$PORT"
run_locust locustfile.py origin "$USERS" "$DURATION" "http://127.0.0.1:$PORT"
run_locust locustfile.py edge "$USERS" "$DURATION" "http://127.0.0.1:$EDGE_PORT" --tags get
# Logins: POSTs, never cached, so straight to gunicorn. One user first (a login without queueing).
login_args=(--login-scenario "login-1|1|1 user for 10 s, gunicorn direct: one login without queueing|$OUT/login-1_stats.csv")
run_locust login.py login-1 1 10s "http://127.0.0.1:$PORT"
for n in $LOGIN_USERS; do
  run_locust login.py "login-$n" "$n" "$DURATION" "http://127.0.0.1:$PORT"
  login_args+=(--login-scenario "login-$n|$n|$n users logging in back to back, gunicorn $WORKERS sync workers, direct|$OUT/login-${n}_stats.csv")
done

section "Report"
"$PY" tests/performance/report.py --out docs/benchmarks.md \
  --scenario "single|1 user for 10 s, gunicorn direct: the unloaded latency of one request|$OUT/single_stats.csv" \
  --scenario "origin|$USERS users, gunicorn $WORKERS sync workers, direct (no cache)|$OUT/origin_stats.csv" \
  --scenario "edge|$USERS users, GET only, through the nginx micro-cache (1 s, cache lock) in front of the same gunicorn|$OUT/edge_stats.csv" \
  --load-before "$load_before" --database "$db" --cache "$cache" --users "$USERS" --spawn-rate "$SPAWN_RATE" --duration "$DURATION" \
  --workers "$WORKERS" "${login_args[@]}" --hash-cost "$OUT/hash_cost.json" --login-accounts "$OUT/login_accounts.json" \
  --login-target "$LOGIN_TARGET"

# After the locust runs (the servers are idle), so the search timings share the cores with nothing of ours.
section "Resource search: ${BENCH_SEARCH_RESOURCES:-100000} generated resources (PostgreSQL)"
if [[ -n "${BENCH_SEARCH_DATABASE_URL:-${DATABASE_URL:-}}" ]]; then
  timeout 1800 "$PY" tests/performance/resource_search.py --out docs/benchmarks.md --json "$OUT/resource_search.json"
else
  "$PY" tests/performance/resource_search.py --out docs/benchmarks.md \
    --skip "it needs PostgreSQL (set DATABASE_URL or BENCH_SEARCH_DATABASE_URL)"
fi

# Last, after the load runs (the servers are idle): ffmpeg and LibreOffice want both cores.
section "Media pipeline: video, document and photo conversions (real worker)"
if [[ -n "${BENCH_MEDIA_DATABASE_URL:-${DATABASE_URL:-}}" && -n "${BENCH_MEDIA_REDIS_URL:-${REDIS_URL:-}}" ]]; then
  timeout 900 "$PY" tests/performance/media_pipeline.py --out docs/benchmarks.md --json "$OUT/media_pipeline.json"
else
  "$PY" tests/performance/media_pipeline.py --out docs/benchmarks.md \
    --skip "it needs PostgreSQL and Redis (set DATABASE_URL and REDIS_URL, or BENCH_MEDIA_DATABASE_URL and BENCH_MEDIA_REDIS_URL)"
fi
# Self-test integrity under load (issue 7, L5): its own gunicorn on BENCH_SELFTEST_PORT, the same database.
section "Self-test under load: ${BENCH_SELFTEST_LEARNERS:-500} learners submitting the same self-test (PostgreSQL)"
if [[ -n "${DATABASE_URL:-}" ]]; then
  stop_group "$gunicorn_pid" "$nginx_pid"  # the load servers are done: the self-test run starts its own
  trap - EXIT
  bash scripts/bench-self-test.sh
else
  log "skipped: the self-test load run needs PostgreSQL (set DATABASE_URL)"
fi
log "docs/benchmarks.md written"

#!/usr/bin/env bash
# Self-test integrity under load (issue 7, L5), part of `make bench` (also runnable alone):
# BENCH_SELFTEST_LEARNERS (500) learners start, autosave and submit the same self-test, arriving over one
# minute, against gunicorn (production settings, BENCH_WORKERS sync workers, 127.0.0.1:BENCH_SELFTEST_PORT) on
# the PostgreSQL database in DATABASE_URL (migrated, demo data loaded when it has no published course); then
# tests/performance/self_test_load.py counts every attempt and answer in the database and writes the
# "Self-test under load" section of docs/benchmarks.md. Fails when an attempt is lost, duplicated or mis-scored.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

LEARNERS="${BENCH_SELFTEST_LEARNERS:-500}"
ARRIVAL="${BENCH_SELFTEST_ARRIVAL_SECONDS:-60}"
WORKERS="${BENCH_WORKERS:-3}"
PORT="${BENCH_SELFTEST_PORT:-8004}"
OUT="$ROOT/var/bench-self-test"

if [[ -z "${DATABASE_URL:-}" ]]; then
  echo "The self-test load run needs PostgreSQL: set DATABASE_URL (a database of its own)." >&2
  exit 2
fi
if answers "http://127.0.0.1:$PORT/"; then
  echo "Port $PORT already answers; stop that server or set BENCH_SELFTEST_PORT." >&2
  exit 1
fi
rm -rf "$OUT"
mkdir -p "$OUT"
export DJANGO_SETTINGS_MODULE=cms.settings.production
DJANGO_SECRET_KEY="$(random_secret)"
export DJANGO_SECRET_KEY DJANGO_ALLOWED_HOSTS=127.0.0.1,localhost DJANGO_SECURE_SSL_REDIRECT=0 ZYK_VAR_DIR="$OUT"
ZYK_PERSONAL_DATA_KEYS="$("$PY" -c 'import base64, os; print(base64.urlsafe_b64encode(os.urandom(32)).decode())')"
ZYK_LOOKUP_KEY="$(random_secret)"
export ZYK_PERSONAL_DATA_KEYS ZYK_LOOKUP_KEY

section "Self-test load: data ($LEARNERS learners)"
"$PY" manage.py migrate --noinput -v 0
if [[ "$("$PY" manage.py shell -c 'from cms.courses.models import CoursePage; print(CoursePage.objects.live().exists())' 2>/dev/null | tail -n1)" != "True" ]]; then
  "$PY" manage.py load_demo --without-resources  # courses and their pages are all the run needs
fi
"$PY" tests/performance/self_test_load.py setup --count "$LEARNERS" --out "$OUT/accounts.json"
# One learner on a paper of their own first: what the requests cost without queueing.
"$PY" tests/performance/self_test_load.py setup --count 1 --prefix bench-learner-alone- --out "$OUT/single.json"

section "Self-test load: gunicorn ($WORKERS workers, 127.0.0.1:$PORT)"
GUNICORN_BIND="127.0.0.1:$PORT" WEB_CONCURRENCY="$WORKERS" GUNICORN_ACCESSLOG="" \
  setsid "$BIN/gunicorn" cms.wsgi:application -c deploy/gunicorn.conf.py >"$OUT/gunicorn.log" 2>&1 &
gunicorn_pid=$!
trap 'stop_group "$gunicorn_pid"; log "self-test benchmark server stopped"' EXIT
wait_http "http://127.0.0.1:$PORT/healthz/" 60 "$gunicorn_pid" || { tail -n 40 "$OUT/gunicorn.log" >&2; exit 1; }

section "Self-test load: one learner alone"
BENCH_SELFTEST_ACCOUNTS="$OUT/single.json" timeout 120 "$BIN/locust" -f tests/performance/self_test.py --headless \
  --only-summary -u 1 -r 1 -t 60s --stop-timeout 5 --exit-code-on-error 0 --host "http://127.0.0.1:$PORT" \
  --csv "$OUT/single" --loglevel WARNING

rate="$("$PY" -c "import math; print(max(1, math.ceil($LEARNERS / $ARRIVAL)))")"
section "Self-test load: locust ($LEARNERS learners, $rate arriving per second)"
BENCH_SELFTEST_ACCOUNTS="$OUT/accounts.json" BENCH_SELFTEST_CLIENT="$OUT/client.json" \
  timeout 300 "$BIN/locust" -f tests/performance/self_test.py --headless --only-summary \
  -u "$LEARNERS" -r "$rate" -t "$((ARRIVAL + 180))s" --stop-timeout 10 --exit-code-on-error 0 \
  --host "http://127.0.0.1:$PORT" --csv "$OUT/self-test" --loglevel WARNING

section "Self-test load: counting attempts and answers"
"$PY" tests/performance/self_test_load.py verify --accounts "$OUT/accounts.json" --stats "$OUT/self-test_stats.csv" \
  --client "$OUT/client.json" --single-stats "$OUT/single_stats.csv" --out docs/benchmarks.md --workers "$WORKERS" \
  --describe "$LEARNERS learners arriving over $ARRIVAL s ($rate a second), each taking it once with no think time"

#!/usr/bin/env bash
# `make run`: prepare the embedded database and demo data, then run web + Celery worker + beat
# in the foreground. Ctrl-C (or TERM) stops all three.
# DATABASE_URL / REDIS_URL switch the same command to PostgreSQL / Redis (read by cms.settings).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

export DJANGO_SETTINGS_MODULE="${DJANGO_SETTINGS_MODULE:-cms.settings.dev}"
HOST=127.0.0.1
PORT="${PORT:-8000}"

db="embedded SQLite (var/db.sqlite3)"
[[ -n "${DATABASE_URL:-}" ]] && db="DATABASE_URL (PostgreSQL)"
broker="embedded file broker (var/celery)"
[[ -n "${REDIS_URL:-}" ]] && broker="REDIS_URL (Redis)"
section "Database and demo data: $DJANGO_SETTINGS_MODULE, $db, broker $broker"
"$PY" manage.py migrate --noinput
"$PY" manage.py load_demo
"$PY" manage.py create_demo_accounts
"$PY" manage.py load_demo_reviews

section "Starting web, worker and beat"
pids=()
names=()
# Each process runs in its own session (setsid): Ctrl-C reaches only make and this script, whose trap
# then stops each process group as a whole (runserver's autoreload child, Celery's pool included).
# (Not `set -m`: job control would hand the terminal to every foreground command and swallow Ctrl-C.)
start() {
  local name=$1
  shift
  setsid "$@" &
  pids+=("$!")
  names+=("$name")
  log "started $name (pid $!)"
}
stopping=0
cleanup() {
  ((stopping)) && return
  stopping=1
  trap - INT TERM
  echo
  log "stopping ${names[*]}"
  stop_group "${pids[@]}"
  log "stopped"
}
trap 'cleanup; exit 130' INT
trap 'cleanup; exit 143' TERM
trap cleanup EXIT

start web "$PY" manage.py runserver "$HOST:$PORT"
start worker "$BIN/celery" -A cms worker --loglevel=INFO --concurrency=2 -Q "${CELERY_QUEUES:-default,media}" \
  --hostname "zyk-dev@%h"
start beat "$BIN/celery" -A cms beat --loglevel=INFO --schedule var/celerybeat-schedule

if wait_http "http://$HOST:$PORT/healthz/" 120 "${pids[0]}"; then
  cat <<TXT

  ZYK is running (Ctrl-C stops web, worker and beat):
    site     http://$HOST:$PORT/
    admin    http://$HOST:$PORT/admin/
    GraphQL  http://$HOST:$PORT/graphql/
  Demo accounts: the passwords were printed above when they were created (only once).

TXT
fi

# Run until Ctrl-C, or until one of the three dies (then stop the others and fail).
set +e
wait -n "${pids[@]}"
rc=$?
set -e
log "a process exited (status $rc); stopping the others"
exit $((rc == 0 ? 1 : rc))

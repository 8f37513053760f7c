#!/usr/bin/env bash
# Shared helpers for the make targets; sourced, never run directly.
# Keeps the paths and the "wait until a server answers" logic in one place.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BIN="$ROOT/.venv/bin"
PY="$BIN/python"

section() { printf '\n\033[1m==== %s ====\033[0m\n' "$*"; }
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }

# http_status URL: print the HTTP status URL answers with, or 000 when nothing answers.
# Standard-library Python, so no curl is needed on a fresh machine.
http_status() {
  python3 - "$1" 2>/dev/null <<'PY' || echo 000
import sys
import urllib.error
import urllib.request

try:
    with urllib.request.urlopen(sys.argv[1], timeout=5) as response:
        print(response.status)
except urllib.error.HTTPError as error:
    print(error.code)
PY
}

# answers URL: true when something answers on URL (any HTTP status).
answers() { [[ $(http_status "$1") != 000 ]]; }

# wait_http URL SECONDS [PID]: poll until URL answers with an HTTP status below 500.
# Gives up early when PID (the server we started) has exited.
wait_http() {
  local url=$1 timeout=$2 pid=${3:-} i code
  for ((i = 0; i < timeout; i++)); do
    if [[ -n $pid ]] && ! kill -0 "$pid" 2>/dev/null; then
      log "server process $pid exited before answering $url"
      return 1
    fi
    code=$(http_status "$url")
    if [[ $code =~ ^[1-4][0-9][0-9]$ ]]; then
      log "$url answers (HTTP $code)"
      return 0
    fi
    sleep 1
  done
  log "$url did not answer within ${timeout}s"
  return 1
}

# stop_group PID...: stop processes started as group leaders (`setsid cmd &`): TERM each leader and give it
# up to 10 s to shut down cleanly (Celery's warm shutdown), then TERM and KILL whatever is left in its
# group (runserver's autoreload child, pool processes).
stop_group() {
  local pid i alive
  for pid in "$@"; do kill -TERM "$pid" 2>/dev/null || true; done
  for ((i = 0; i < 40; i++)); do
    alive=0
    for pid in "$@"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    ((alive)) || break
    sleep 0.25
  done
  for pid in "$@"; do kill -TERM -- "-$pid" 2>/dev/null || true; done
  sleep 0.5
  for pid in "$@"; do kill -KILL -- "-$pid" 2>/dev/null || true; done
  return 0
}

# random_secret: 64 URL-safe characters for throwaway settings (checks, benchmarks).
random_secret() { "$PY" -c 'import secrets; print(secrets.token_urlsafe(48))'; }

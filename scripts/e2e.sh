#!/usr/bin/env bash
# `make test-e2e`: start the e2e server (scripts/e2e-server.sh), wait until it answers, run the
# Playwright suite against it, and always stop the server afterwards.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

PORT="${E2E_PORT:-8001}"
URL="http://127.0.0.1:$PORT"
mkdir -p var
if answers "$URL/"; then
  echo "Something already answers on $URL; stop it first (make e2e-server left running?)." >&2
  exit 1
fi

E2E_ACCOUNT_PASSWORD="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
export E2E_ACCOUNT_PASSWORD
setsid bash scripts/e2e-server.sh >var/e2e-server.log 2>&1 &
server=$!
trap 'stop_group "$server"; log "e2e server stopped (log: var/e2e-server.log)"' EXIT

if ! wait_http "$URL/healthz/" 300 "$server"; then
  echo "---- last lines of var/e2e-server.log ----" >&2
  tail -n 60 var/e2e-server.log >&2 || true
  exit 1
fi
if ! E2E_BASE_URL="$URL" npm --prefix frontend run e2e; then
  echo "---- last lines of var/e2e-server.log ----" >&2
  tail -n 40 var/e2e-server.log >&2 || true
  exit 1
fi

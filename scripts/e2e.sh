#!/usr/bin/env bash
# `make test-e2e`: start the e2e server (scripts/e2e-server.sh; migrating and loading the demo with its
# generated media takes a few minutes), wait until it answers, run the
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

SMS_URL="http://127.0.0.1:${E2E_SMS_PORT:-8025}"
if answers "$SMS_URL/_fake/messages"; then
  echo "Something already answers on $SMS_URL; stop it first." >&2
  exit 1
fi

E2E_ACCOUNT_PASSWORD="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
export E2E_ACCOUNT_PASSWORD
# Text messages go to the local fake Alibaba Cloud SMS server; the tests read the codes from its
# /_fake/messages endpoint (E2E_SMS_URL). scripts/e2e-server.sh points Django at it.
setsid "$PY" -m tests.fakes.aliyun_sms --port "${E2E_SMS_PORT:-8025}" \
  --access-key-id e2e --access-key-secret e2e-secret >var/e2e-sms.log 2>&1 &
sms=$!
setsid bash scripts/e2e-server.sh >var/e2e-server.log 2>&1 &
server=$!
trap 'stop_group "$server" "$sms"; log "e2e server and fake SMS stopped (logs: var/e2e-server.log, var/e2e-sms.log)"' EXIT

if ! wait_http "$SMS_URL/_fake/messages" 30 "$sms"; then
  tail -n 20 var/e2e-sms.log >&2 || true
  exit 1
fi

if ! wait_http "$URL/healthz/" 600 "$server"; then
  echo "---- last lines of var/e2e-server.log ----" >&2
  tail -n 60 var/e2e-server.log >&2 || true
  exit 1
fi
if ! E2E_BASE_URL="$URL" E2E_SMS_URL="$SMS_URL" npm --prefix frontend run e2e; then
  echo "---- last lines of var/e2e-server.log ----" >&2
  tail -n 40 var/e2e-server.log >&2 || true
  exit 1
fi

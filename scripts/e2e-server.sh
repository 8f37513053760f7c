#!/usr/bin/env bash
# `make e2e-server`: the server the browser tests run against, in the foreground.
# Always a fresh SQLite database under var/e2e/ (never the DATABASE_URL of the caller), demo data loaded and
# its media converted; a Celery worker (file broker) converts what the tests upload.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

PORT="${E2E_PORT:-8001}"
unset DATABASE_URL REDIS_URL CELERY_BROKER_URL CELERY_RESULT_BACKEND AWS_STORAGE_BUCKET_NAME
export DJANGO_SETTINGS_MODULE=cms.settings.dev
export ZYK_VAR_DIR="$ROOT/var/e2e"
export ZYK_SQLITE_PATH="$ROOT/var/e2e/db.sqlite3"
export DJANGO_MEDIA_ROOT="$ROOT/var/e2e/media"
# Codes by SMS go to the fake Alibaba Cloud SMS server that scripts/e2e.sh starts on port 8025.
export SMS_PROVIDER=aliyun
export SMS_ALIYUN_ENDPOINT="http://127.0.0.1:${E2E_SMS_PORT:-8025}/"
export SMS_ALIYUN_ACCESS_KEY_ID=e2e
export SMS_ALIYUN_ACCESS_KEY_SECRET=e2e-secret
export SMS_SIGN_NAME="职教资源库"
export SMS_TEMPLATE_CODE=SMS_E2E_CODE
# Every browser test comes from 127.0.0.1: lift the per-address code limits. A test registers a
# number and then recovers its password within the minute, so a number may get a few codes a minute.
export ZYK_CODE_PER_IP_MINUTE=1000
export ZYK_CODE_PER_IP_DAY=10000
export ZYK_CODE_PER_MINUTE=5

rm -rf var/e2e
mkdir -p var/e2e
log "e2e database: $ZYK_SQLITE_PATH"
"$PY" manage.py migrate --noinput -v 0
"$PY" manage.py load_demo
# Browser tests log in as the demo editor: scripts/e2e.sh passes a fresh random password.
if [[ -n "${E2E_ACCOUNT_PASSWORD:-}" ]]; then
  "$PY" manage.py create_demo_accounts --password-env E2E_ACCOUNT_PASSWORD
  "$PY" manage.py load_demo_reviews
fi
# The demo's files converted before serving (the tests see finished media), then a worker in this process
# group (stopped with the server) for what the tests upload: the embedded file broker, as `make run` uses.
"$PY" manage.py media_jobs_run --parallel 2
"$BIN/celery" -A cms worker --loglevel=WARNING --concurrency=1 --pool=solo -Q default,media \
  --hostname "zyk-e2e@%h" >var/e2e/worker.log 2>&1 &
log "serving http://127.0.0.1:$PORT/"
exec "$PY" manage.py runserver "127.0.0.1:$PORT" --noreload

#!/usr/bin/env bash
# `make e2e-server`: the server the browser tests run against, in the foreground.
# Always a fresh SQLite database under var/e2e/ (never the DATABASE_URL of the caller), demo data loaded.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

PORT="${E2E_PORT:-8001}"
unset DATABASE_URL REDIS_URL CELERY_BROKER_URL CELERY_RESULT_BACKEND AWS_STORAGE_BUCKET_NAME
export DJANGO_SETTINGS_MODULE=cms.settings.dev
export ZYK_VAR_DIR="$ROOT/var/e2e"
export ZYK_SQLITE_PATH="$ROOT/var/e2e/db.sqlite3"
export DJANGO_MEDIA_ROOT="$ROOT/var/e2e/media"

rm -rf var/e2e
mkdir -p var/e2e
log "e2e database: $ZYK_SQLITE_PATH"
"$PY" manage.py migrate --noinput -v 0
"$PY" manage.py load_demo
# Browser tests log in as the demo editor: scripts/e2e.sh passes a fresh random password.
if [[ -n "${E2E_ACCOUNT_PASSWORD:-}" ]]; then
  "$PY" manage.py create_demo_accounts --password-env E2E_ACCOUNT_PASSWORD
fi
log "serving http://127.0.0.1:$PORT/"
exec "$PY" manage.py runserver "127.0.0.1:$PORT" --noreload

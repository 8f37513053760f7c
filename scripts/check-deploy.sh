#!/usr/bin/env bash
# Django's deployment checklist on the production settings, with throwaway values for the secrets
# (DATABASE_URL as given, else SQLite). Any warning fails.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

DJANGO_SECRET_KEY="$(random_secret)" \
  DJANGO_ALLOWED_HOSTS=example.org \
  DATABASE_URL="${DATABASE_URL:-sqlite:///$ROOT/var/check-deploy.sqlite3}" \
  DJANGO_SETTINGS_MODULE=cms.settings.production \
  "$PY" manage.py check --deploy --fail-level WARNING

#!/usr/bin/env bash
# Django's deployment checklist on the production settings, with throwaway values for the secrets
# (DATABASE_URL as given, else SQLite). Any warning fails.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

DJANGO_SECRET_KEY="$(random_secret)" \
  DJANGO_ALLOWED_HOSTS=example.org \
  ZYK_PERSONAL_DATA_KEYS="$("$PY" -c 'import base64, os; print(base64.urlsafe_b64encode(os.urandom(32)).decode())')" \
  ZYK_LOOKUP_KEY="$(random_secret)" \
  SMS_PROVIDER=aliyun SMS_ALIYUN_ACCESS_KEY_ID=check SMS_ALIYUN_ACCESS_KEY_SECRET=check SMS_TEMPLATE_CODE=SMS_0 \
  EMAIL_HOST=smtp.example.org \
  DATABASE_URL="${DATABASE_URL:-sqlite:///$ROOT/var/check-deploy.sqlite3}" \
  DJANGO_SETTINGS_MODULE=cms.settings.production \
  "$PY" manage.py check --deploy --fail-level WARNING

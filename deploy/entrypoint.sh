#!/usr/bin/env bash
# Container entrypoint: one image, several roles.
#   web     migrate (when MIGRATE_ON_START=1), publish static files to $STATIC_SHARE, run gunicorn
#   worker  Celery worker (queues from CELERY_QUEUES, default "default,media")
#   beat    Celery beat (one instance only)
#   manage  any manage.py command, e.g. `docker-compose run --rm web manage createsuperuser`
#   anything else is executed as given.
set -euo pipefail
cd /app

role="${1:-web}"
[[ $# -gt 0 ]] && shift

case "$role" in
  web)
    if [[ "${MIGRATE_ON_START:-0}" == 1 ]]; then
      python manage.py migrate --noinput
    fi
    if [[ -n "${STATIC_SHARE:-}" ]]; then
      # The image holds the collected static files; nginx serves them from a shared volume.
      cp -R --preserve=timestamps /app/static_collected/. "$STATIC_SHARE"/
    fi
    exec gunicorn cms.wsgi:application -c /app/deploy/gunicorn.conf.py "$@"
    ;;
  worker)
    exec celery -A cms worker --loglevel=INFO -Q "${CELERY_QUEUES:-default,media}" \
      --concurrency="${CELERY_CONCURRENCY:-2}" --hostname "worker@%h" "$@"
    ;;
  beat)
    exec celery -A cms beat --loglevel=INFO --schedule /tmp/celerybeat-schedule "$@"
    ;;
  manage)
    exec python manage.py "$@"
    ;;
  *)
    exec "$role" "$@"
    ;;
esac

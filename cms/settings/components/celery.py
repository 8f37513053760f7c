"""Celery: Redis broker when ``REDIS_URL`` is set; otherwise kombu's filesystem transport under var/,
so ``make run`` needs no external service and still runs a real worker."""

from pathlib import Path

from cms.settings.env import env_str

_redis = env_str("REDIS_URL", "")
_var = Path(env_str("ZYK_VAR_DIR", str(Path(__file__).resolve().parents[3] / "var")))

CELERY_BROKER_URL = env_str("CELERY_BROKER_URL", "") or _redis or "filesystem://"
if CELERY_BROKER_URL == "filesystem://":
    _queue_dir = _var / "celery" / "queue"
    _processed_dir = _var / "celery" / "processed"
    _control_dir = _var / "celery" / "control"
    for _d in (_queue_dir, _processed_dir, _control_dir):
        _d.mkdir(parents=True, exist_ok=True)
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(_queue_dir),
        "data_folder_out": str(_queue_dir),
        "processed_folder": str(_processed_dir),
        "store_processed": False,
        "control_folder": str(_control_dir),
    }
CELERY_RESULT_BACKEND = env_str("CELERY_RESULT_BACKEND", "") or (_redis or None)
CELERY_TASK_DEFAULT_QUEUE = "default"
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_TIME_LIMIT = 15 * 60
CELERY_TASK_SOFT_TIME_LIMIT = 14 * 60
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
CELERY_TIMEZONE = "Asia/Shanghai"
# Periodic jobs (django-celery-beat copies these into its table on start; administrators may tune them).
CELERY_BEAT_SCHEDULE = {
    # Unfinished resumable uploads older than ZYK_UPLOAD_EXPIRY_HOURS free their disk space (M3).
    "uploads-expire": {
        "task": "media_pipeline.uploads_expire_task",
        "schedule": 60 * 60,
        "options": {"queue": "media"},
    },
}

"""Celery: Redis broker when ``REDIS_URL`` is set; otherwise kombu's filesystem transport under var/,
so ``make run`` needs no external service and still runs a real worker."""

from pathlib import Path

from cms.settings.env import env_int, env_str

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
    # Processing jobs whose worker died are queued again, lost messages resent, orphan files removed (M2).
    "media-jobs-reconcile": {
        "task": "media_pipeline.jobs_reconcile_task",
        "schedule": 60,
        "options": {"queue": "default", "expires": 55},
    },
    # Files uploaded into a question bank and never imported, after ZYK_QUESTION_IMPORT_EXPIRY_DAYS (C4).
    "question-imports-expire": {
        "task": "questions.imports_expire_task",
        "schedule": 24 * 60 * 60,
        "options": {"queue": "default"},
    },
}

# Processing jobs (media_pipeline/jobs.py). The database is their source of truth; these tune recovery.
# A running job without a heartbeat for this long has lost its worker and is given to another one.
ZYK_JOB_HEARTBEAT_TIMEOUT_SECONDS = env_int("ZYK_JOB_HEARTBEAT_TIMEOUT_SECONDS", 120)
# A queued job nobody claimed this long after its message was sent gets another message.
ZYK_JOB_REDISPATCH_SECONDS = env_int("ZYK_JOB_REDISPATCH_SECONDS", 600)
# Attempts per job (worker deaths and passing storage/database trouble; bad files fail at once).
ZYK_JOB_MAX_ATTEMPTS = env_int("ZYK_JOB_MAX_ATTEMPTS", 3)
# Pause before the second attempt; doubled for each further one (capped at an hour).
ZYK_JOB_RETRY_BACKOFF_SECONDS = env_int("ZYK_JOB_RETRY_BACKOFF_SECONDS", 30)
# Soft time limit of one attempt (the hard limit is a minute later).
ZYK_JOB_TIME_LIMIT_SECONDS = env_int("ZYK_JOB_TIME_LIMIT_SECONDS", 4 * 3600)
# Local scratch space of media workers (a copy of the source and the outputs of running attempts).
ZYK_JOB_WORK_DIR = Path(env_str("ZYK_JOB_WORK_DIR", str(_var / "jobs")))

"""Developer settings for ``make run``: DEBUG on, a throwaway key, loopback hosts only."""

from cms.settings.base import *  # noqa: F403
from cms.settings.env import env_list, env_str

DEBUG = True
SECRET_KEY = env_str("DJANGO_SECRET_KEY", "") or "dev-only-insecure-key-never-used-in-production-7f3a9c"
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
CORS_ALLOWED_ORIGINS = env_list("CORS_ALLOWED_ORIGINS", ["http://127.0.0.1:5173", "http://localhost:5173"])
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# SMS codes of the console provider show in the `make run` terminal (emails already do).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {"zyk.sms": {"handlers": ["console"], "level": "INFO"}},
}

"""Database: embedded SQLite by default; ``DATABASE_URL`` switches to PostgreSQL."""

import dj_database_url

from cms.settings.env import env_int, env_str

_default_sqlite = "sqlite:///" + env_str("ZYK_SQLITE_PATH", "var/db.sqlite3")

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", "") or _default_sqlite,
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {"transaction_mode": "IMMEDIATE", "timeout": 20}
    DATABASES["default"]["CONN_MAX_AGE"] = 0

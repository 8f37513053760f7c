"""Base settings: safe by default (DEBUG off, secrets only from the environment).

Integrations live in ``components/`` (one module each) and are star-imported at the end so that
environment-specific modules (dev/test/production) can override any value.
"""

from pathlib import Path

from cms.settings.env import env_bool, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(env_str("ZYK_VAR_DIR", str(BASE_DIR / "var")))

DEBUG = env_bool("DJANGO_DEBUG", False)
SECRET_KEY = env_str("DJANGO_SECRET_KEY", "")
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", [])

INSTALLED_APPS = [
    # our apps first so their templates and translations win
    "cms.core",
    "cms.accounts",
    "cms.audit",
    "cms.majors",
    "cms.courses",
    "cms.resources",
    "cms.qa",
    "cms.questions",
    "cms.analytics",
    "media_pipeline",
    "api",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "wagtailmedia",
    "wagtail_headless_preview",
    "grapple",
    "graphene_django",
    "modelcluster",
    "taggit",
    "corsheaders",
    "django_celery_beat",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "cms.accounts.middleware.LoginSessionMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "cms.accounts.middleware.AdministratorTwoFactorMiddleware",
    "cms.audit.context.AuditContextMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"
AUTH_USER_MODEL = "accounts.User"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "cms" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
            ],
        },
    },
]


STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("DJANGO_STATIC_ROOT", str(BASE_DIR / "static_collected")))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("DJANGO_MEDIA_ROOT", str(VAR_DIR / "media")))

# The built SPA (frontend/web/dist): index.html is served by cms.core.views, assets by WhiteNoise.
SPA_DIST_DIR = Path(env_str("ZYK_SPA_DIST", str(BASE_DIR / "frontend" / "web" / "dist")))
WHITENOISE_ROOT = SPA_DIST_DIR if SPA_DIST_DIR.is_dir() else None

LIBRARY_NAME = env_str("ZYK_LIBRARY_NAME", "数控技术专业教学资源库")
LIBRARY_MAX_HOST_INSTITUTIONS = 3  # guideline: at most three host institutions per library (O1)

from cms.settings.components.auth import *  # noqa: E402,F403
from cms.settings.components.cache import *  # noqa: E402,F403
from cms.settings.components.cdn import *  # noqa: E402,F403
from cms.settings.components.celery import *  # noqa: E402,F403
from cms.settings.components.database import *  # noqa: E402,F403
from cms.settings.components.graphql import *  # noqa: E402,F403
from cms.settings.components.i18n import *  # noqa: E402,F403
from cms.settings.components.media import *  # noqa: E402,F403
from cms.settings.components.messaging import *  # noqa: E402,F403
from cms.settings.components.security import *  # noqa: E402,F403
from cms.settings.components.storage import *  # noqa: E402,F403
from cms.settings.components.wagtail import *  # noqa: E402,F403

# syntax=docker/dockerfile:1
# ZYK production image: one image for the web (gunicorn), worker and beat roles (deploy/entrypoint.sh).
# Build: docker build -t zyk .   Run: see docker-compose.yml and docs/operations.md.

# ---- 1. the SPA (frontend/web/dist) ----------------------------------------------------------------
FROM node:20.20-bookworm-slim AS spa
WORKDIR /src
# Lock files first so the npm layer is reused while only sources change.
COPY frontend/package.json frontend/package-lock.json frontend/
COPY frontend/shared/package.json frontend/shared/
COPY frontend/web/package.json frontend/web/
RUN npm --prefix frontend ci --no-audit --no-fund
# The shared package generates its types from the committed schema.
COPY api/schema.graphql api/schema.graphql
COPY frontend/ frontend/
RUN npm --prefix frontend run build

# ---- 2. the Python runtime -------------------------------------------------------------------------
FROM python:3.11-slim-bookworm AS runtime

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_CACHE_DIR=1 \
    DJANGO_SETTINGS_MODULE=cms.settings.production \
    ZYK_VAR_DIR=/app/var \
    DJANGO_MEDIA_ROOT=/srv/media

SHELL ["/bin/bash", "-o", "pipefail", "-c"]

# Media pipeline tools: ffmpeg (video/audio), LibreOffice without X (office -> PDF), poppler (PDF ->
# page images and text), Noto CJK (without it converted PDFs lose their Chinese glyphs).
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        ffmpeg \
        fonts-noto-cjk \
        libreoffice-calc-nogui \
        libreoffice-impress-nogui \
        libreoffice-writer-nogui \
        poppler-utils \
    && rm -rf /var/lib/apt/lists/*

RUN groupadd --system --gid 10001 zyk \
    && useradd --system --uid 10001 --gid zyk --home-dir /app --shell /usr/sbin/nologin zyk

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

# Code stays owned by root (read-only for the app user); only var/ and the media/static volumes are
# writable by it.
COPY . .
COPY --from=spa /src/frontend/web/dist frontend/web/dist

# Static files are collected into the image; the throwaway values below only let the production
# settings load for this one command (nothing is stored with them).
RUN DJANGO_SECRET_KEY=collectstatic-only-not-a-secret-0123456789-abcdefghijklmnop \
    DJANGO_ALLOWED_HOSTS=localhost \
    ZYK_PERSONAL_DATA_KEYS=Y29sbGVjdHN0YXRpYy1vbmx5LW5vdC1hLWtleS0zMmI \
    ZYK_LOOKUP_KEY=collectstatic-only \
    python manage.py collectstatic --noinput -v 0 \
    && mkdir -p /app/var /srv/media /srv/uploads /srv/static \
    && chown -R zyk:zyk /app/var /srv/media /srv/uploads /srv/static

USER 10001:10001
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
    CMD ["python", "/app/deploy/healthcheck.py"]
ENTRYPOINT ["/app/deploy/entrypoint.sh"]
CMD ["web"]

"""CDN publishing (M2, M3): where published media is served from and how stale copies are purged.

Read at call time by ``media_pipeline.cdn`` and ``media_pipeline.storage`` through ``django.conf.settings``.
``ZYK_CDN_BACKEND``: "" (no CDN, nothing to purge), "cloudfront" (boto3 ``create_invalidation``; credentials
from boto3's normal chain) or "http" (a generic purge endpoint: one JSON POST of the URLs with a bearer token,
see media_pipeline/README.md).
"""

from django.core.exceptions import ImproperlyConfigured

from cms.settings.env import env_int, env_str

ZYK_CDN_BACKEND = env_str("ZYK_CDN_BACKEND", "").strip().lower()
if ZYK_CDN_BACKEND not in {"", "cloudfront", "http"}:
    raise ImproperlyConfigured(f"ZYK_CDN_BACKEND must be '', 'cloudfront' or 'http', not {ZYK_CDN_BACKEND!r}")
# Public base URL of the CDN whose origin is the bucket root, e.g. https://media.example.edu.cn; the CDN may
# read only the public/ prefix. Empty: published files are addressed by signed storage URLs.
ZYK_CDN_BASE_URL = env_str("ZYK_CDN_BASE_URL", "").rstrip("/")
if ZYK_CDN_BACKEND and not ZYK_CDN_BASE_URL:
    raise ImproperlyConfigured("ZYK_CDN_BACKEND needs ZYK_CDN_BASE_URL (the URLs to purge)")
# CloudFront
ZYK_CDN_DISTRIBUTION_ID = env_str("ZYK_CDN_DISTRIBUTION_ID", "")
ZYK_CDN_ENDPOINT_URL = env_str("ZYK_CDN_ENDPOINT_URL", "")  # only to point at a fake (the moto server in tests)
if ZYK_CDN_BACKEND == "cloudfront" and not ZYK_CDN_DISTRIBUTION_ID:
    raise ImproperlyConfigured("ZYK_CDN_BACKEND=cloudfront needs ZYK_CDN_DISTRIBUTION_ID")
# Generic HTTP purge
ZYK_CDN_PURGE_URL = env_str("ZYK_CDN_PURGE_URL", "")
ZYK_CDN_PURGE_TOKEN = env_str("ZYK_CDN_PURGE_TOKEN", "")
if ZYK_CDN_BACKEND == "http" and not ZYK_CDN_PURGE_URL:
    raise ImproperlyConfigured("ZYK_CDN_BACKEND=http needs ZYK_CDN_PURGE_URL")
ZYK_CDN_PURGE_TIMEOUT_SECONDS = env_int("ZYK_CDN_PURGE_TIMEOUT_SECONDS", 10)
ZYK_CDN_PURGE_ATTEMPTS = env_int("ZYK_CDN_PURGE_ATTEMPTS", 3)

"""CDN purge (M2, M3, Q): make the CDN forget URLs whose files changed or were unpublished.

The backend comes from settings (``ZYK_CDN_BACKEND``, read at call time):

- "" — no CDN in front of the storage: nothing is cached, so ``purge`` does nothing and returns None.
- "cloudfront" — ``create_invalidation`` on ``ZYK_CDN_DISTRIBUTION_ID`` through boto3 (credentials from
  boto3's normal chain: AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, a profile or an instance role). Paths are
  the URLs' paths; at most 3000 paths and 15 wildcard paths (``/public/12/*``) per invalidation.
- "http" — a generic purge endpoint for other CDNs or a small relay in front of one: one
  ``POST ZYK_CDN_PURGE_URL`` per batch of up to 500 URLs with ``Content-Type: application/json``, body
  ``{"urls": ["https://cdn…/public/…", …]}`` and ``Authorization: Bearer ZYK_CDN_PURGE_TOKEN``. Any 2xx
  answer means accepted; a JSON answer's ``"id"`` is kept in the receipt. Connection failures, timeouts,
  429 and 5xx are retried (``ZYK_CDN_PURGE_ATTEMPTS`` in all); any other answer fails at once.

Every failure is a ``CdnError`` with a translated message; purging is idempotent, so callers (Celery
tasks) just retry.
"""

import logging
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import quote, urlsplit

import boto3
import requests
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext as _

logger = logging.getLogger("zyk.media.cdn")

CLOUDFRONT_MAX_PATHS = 3000
CLOUDFRONT_MAX_WILDCARDS = 15
HTTP_MAX_URLS = 500
_RETRY_STATUSES = {429, 500, 502, 503, 504}
_RETRY_BASE_SECONDS = 0.2


@dataclass(frozen=True)
class PurgeReceipt:
    """What was asked of the CDN: ``paths`` as sent (CloudFront paths or URLs), ``ids`` the CDN returned."""

    backend: str
    paths: tuple[str, ...]
    ids: tuple[str, ...]


class CdnError(Exception):
    """The CDN did not accept a purge; ``message`` is translated, ``status`` the HTTP status if any."""

    def __init__(self, message: str, *, backend: str, status: int | None = None) -> None:
        super().__init__(message)
        self.message = str(message)
        self.backend = backend
        self.status = status


def _setting(name: str, default=""):
    return getattr(settings, name, default)


def _absolute_url(item: str) -> str:
    """A URL as given, or a key/path made absolute under ``ZYK_CDN_BASE_URL``."""
    if urlsplit(item).scheme in {"http", "https"}:
        return item
    base = str(_setting("ZYK_CDN_BASE_URL")).rstrip("/")
    if not base:
        raise ImproperlyConfigured("ZYK_CDN_BASE_URL is needed to purge paths rather than URLs")
    return f"{base}/{quote(item.lstrip('/'), safe='/*~')}"


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def purge(urls_or_paths: Iterable[str]) -> PurgeReceipt | None:
    """Purge these CDN URLs (or keys/paths under ``ZYK_CDN_BASE_URL``, "*" at the end for a wildcard).

    Returns None, without any network call, when no backend is configured or nothing is given.
    """
    items = [item for item in urls_or_paths if item]
    backend = str(_setting("ZYK_CDN_BACKEND")).strip().lower()
    if not backend or not items:
        return None
    urls = _unique(_absolute_url(item) for item in items)
    if backend == "cloudfront":
        return _purge_cloudfront(urls)
    if backend == "http":
        return _purge_http(urls)
    raise ImproperlyConfigured(f"ZYK_CDN_BACKEND must be '', 'cloudfront' or 'http', not {backend!r}")


# ---- CloudFront ---------------------------------------------------------------------------------


def cloudfront_batches(paths: list[str]) -> list[list[str]]:
    """Split paths into invalidations CloudFront accepts: ≤ 3000 paths, ≤ 15 of them wildcards."""
    batches: list[list[str]] = []
    current: list[str] = []
    wildcards = 0
    for path in paths:
        is_wildcard = path.endswith("*")
        if len(current) == CLOUDFRONT_MAX_PATHS or (is_wildcard and wildcards == CLOUDFRONT_MAX_WILDCARDS):
            batches.append(current)
            current, wildcards = [], 0
        current.append(path)
        wildcards += is_wildcard
    if current:
        batches.append(current)
    return batches


def _purge_cloudfront(urls: list[str]) -> PurgeReceipt:
    distribution_id = str(_setting("ZYK_CDN_DISTRIBUTION_ID"))
    if not distribution_id:
        raise ImproperlyConfigured("ZYK_CDN_BACKEND=cloudfront needs ZYK_CDN_DISTRIBUTION_ID")
    paths = _unique(urlsplit(url).path or "/" for url in urls)
    timeout = int(_setting("ZYK_CDN_PURGE_TIMEOUT_SECONDS", 10))
    client = boto3.client(
        "cloudfront",
        endpoint_url=str(_setting("ZYK_CDN_ENDPOINT_URL")) or None,
        region_name="us-east-1",  # CloudFront is global; its API signs in us-east-1
        config=Config(
            connect_timeout=timeout,
            read_timeout=timeout,
            retries={"mode": "standard", "max_attempts": max(1, int(_setting("ZYK_CDN_PURGE_ATTEMPTS", 3)))},
        ),
    )
    ids = []
    for batch in cloudfront_batches(paths):
        try:
            answer = client.create_invalidation(
                DistributionId=distribution_id,
                InvalidationBatch={
                    "Paths": {"Quantity": len(batch), "Items": batch},
                    "CallerReference": f"zyk-{uuid.uuid4().hex}",
                },
            )
        except (BotoCoreError, ClientError) as error:
            status = (
                error.response["ResponseMetadata"].get("HTTPStatusCode") if isinstance(error, ClientError) else None
            )
            logger.warning("CloudFront invalidation of %d paths failed: %s", len(batch), error)
            raise CdnError(
                _("The CDN (CloudFront) refused to purge %(count)d files: %(error)s")
                % {"count": len(batch), "error": error},
                backend="cloudfront",
                status=status,
            ) from error
        ids.append(answer["Invalidation"]["Id"])
    logger.info("CloudFront invalidations %s for %d paths", ", ".join(ids), len(paths))
    return PurgeReceipt(backend="cloudfront", paths=tuple(paths), ids=tuple(ids))


# ---- generic HTTP -------------------------------------------------------------------------------


def _purge_http(urls: list[str]) -> PurgeReceipt:
    endpoint = str(_setting("ZYK_CDN_PURGE_URL"))
    if not endpoint:
        raise ImproperlyConfigured("ZYK_CDN_BACKEND=http needs ZYK_CDN_PURGE_URL")
    ids = []
    for start in range(0, len(urls), HTTP_MAX_URLS):
        request_id = _post_purge(endpoint, urls[start : start + HTTP_MAX_URLS])
        if request_id:
            ids.append(request_id)
    logger.info("CDN purge accepted for %d URLs", len(urls))
    return PurgeReceipt(backend="http", paths=tuple(urls), ids=tuple(ids))


def _post_purge(endpoint: str, urls: list[str]) -> str:
    """POST one batch, retrying what may pass on a second try; the answer's "id" or ""."""
    headers = {"Content-Type": "application/json", "Accept": "application/json"}
    token = str(_setting("ZYK_CDN_PURGE_TOKEN"))
    if token:
        headers["Authorization"] = f"Bearer {token}"
    timeout = int(_setting("ZYK_CDN_PURGE_TIMEOUT_SECONDS", 10))
    attempts = max(1, int(_setting("ZYK_CDN_PURGE_ATTEMPTS", 3)))
    for attempt in range(1, attempts + 1):
        try:
            response = requests.post(endpoint, json={"urls": urls}, headers=headers, timeout=timeout)
        except requests.RequestException as error:
            problem, status, retry = str(error), None, True
        else:
            if 200 <= response.status_code < 300:
                try:
                    answer = response.json()
                except ValueError:
                    answer = None
                return str(answer.get("id") or "") if isinstance(answer, dict) else ""
            status = response.status_code
            problem = f"HTTP {status}: {response.text[:200]}"
            # a refusal (bad token, bad request) will not pass on a second try
            retry = status in _RETRY_STATUSES
        logger.warning("CDN purge of %d URLs, attempt %d of %d: %s", len(urls), attempt, attempts, problem)
        if not retry or attempt == attempts:
            raise CdnError(
                _("The CDN purge endpoint did not accept %(count)d URLs: %(problem)s")
                % {"count": len(urls), "problem": problem},
                backend="http",
                status=status,
            )
        time.sleep(_RETRY_BASE_SECONDS * 2 ** (attempt - 1))
    return ""  # not reached: the last attempt returns or raises

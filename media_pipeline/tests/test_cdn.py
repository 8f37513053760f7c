"""CDN purge (M2, M3, Q): CloudFront invalidations recorded by a real endpoint (moto server), the generic
HTTP purge recorded by the fake (tests/fakes/cdn_purge.py), clear errors, and no call without a backend.
"""

import runpy

import pytest
from django.core.exceptions import ImproperlyConfigured

from media_pipeline import cdn

# ---- no backend ---------------------------------------------------------------------------------


def test_no_backend_makes_no_call(settings, fake_cdn_purge, cloudfront_cdn):
    # given both CDNs reachable but no backend chosen
    settings.ZYK_CDN_BACKEND = ""

    # when URLs are purged
    receipt = cdn.purge(["https://media.example.edu.cn/public/derived/1/1/1/a.ts"])

    # then nothing was asked of either
    assert receipt is None
    assert fake_cdn_purge.attempts == 0
    assert (
        cloudfront_cdn.client.list_invalidations(DistributionId=cloudfront_cdn.id)["InvalidationList"]["Quantity"] == 0
    )


def test_nothing_to_purge_makes_no_call(fake_cdn_purge):
    assert cdn.purge([]) is None
    assert fake_cdn_purge.attempts == 0


# ---- CloudFront (moto server) -------------------------------------------------------------------


def test_cloudfront_invalidation_is_recorded(cloudfront_cdn):
    # given CDN URLs, a key relative to the CDN base and a wildcard (one URL twice)
    base = f"https://{cloudfront_cdn.domain_name}"
    items = [f"{base}/public/derived/1/2/1/index.m3u8", "public/derived/1/2/1/seg_000.ts", f"{base}/public/derived/9/*"]

    # when they are purged
    receipt = cdn.purge([*items, items[0]])

    # then one invalidation with their paths, each once, is recorded on the distribution
    expected = ["/public/derived/1/2/1/index.m3u8", "/public/derived/1/2/1/seg_000.ts", "/public/derived/9/*"]
    assert receipt.backend == "cloudfront"
    assert list(receipt.paths) == expected
    assert len(receipt.ids) == 1
    answer = cloudfront_cdn.client.get_invalidation(DistributionId=cloudfront_cdn.id, Id=receipt.ids[0])
    assert answer["Invalidation"]["InvalidationBatch"]["Paths"]["Items"] == expected


def test_cloudfront_batches_respect_the_path_and_wildcard_limits(cloudfront_cdn):
    # 3001 file paths: two invalidations
    batches = cdn.cloudfront_batches([f"/public/{number}.ts" for number in range(3001)])
    assert [len(batch) for batch in batches] == [3000, 1]
    # 16 wildcards among files: the 16th wildcard starts a new invalidation
    paths = [path for number in range(16) for path in (f"/public/{number}.ts", f"/public/{number}/*")]
    assert [sum(path.endswith("*") for path in batch) for batch in cdn.cloudfront_batches(paths)] == [15, 1]

    # and a real purge of 16 wildcards makes two invalidations on the distribution
    receipt = cdn.purge([f"public/derived/{number}/*" for number in range(16)])
    listed = cloudfront_cdn.client.list_invalidations(DistributionId=cloudfront_cdn.id)["InvalidationList"]
    assert len(receipt.ids) == 2
    assert listed["Quantity"] == 2


def test_cloudfront_refusal_is_a_clear_error(settings, cloudfront_cdn):
    # given a distribution that does not exist
    settings.ZYK_CDN_DISTRIBUTION_ID = "E0000000000000"

    # when URLs are purged, then the error says what failed
    with pytest.raises(cdn.CdnError) as caught:
        cdn.purge(["public/derived/1/1/1/a.ts"])
    assert caught.value.backend == "cloudfront"
    assert caught.value.status == 404
    assert "CloudFront" in caught.value.message and "1 files" in caught.value.message


# ---- generic HTTP purge (fake endpoint) ---------------------------------------------------------


def test_http_purge_is_recorded_by_the_fake_endpoint(fake_cdn_purge):
    # when a URL and a key relative to the CDN base are purged
    receipt = cdn.purge(["https://media.example.edu.cn/public/a.png", "public/derived/2/2/1/b.pdf"])

    # then one authenticated POST with both absolute URLs was accepted
    [record] = fake_cdn_purge.purges()
    assert record.urls == (
        "https://media.example.edu.cn/public/a.png",
        "https://media.example.edu.cn/public/derived/2/2/1/b.pdf",
    )
    assert receipt.backend == "http"
    assert receipt.ids == (record.id,)


def test_http_purge_is_sent_in_batches(fake_cdn_purge):
    cdn.purge([f"public/derived/1/1/1/seg_{number:04d}.ts" for number in range(cdn.HTTP_MAX_URLS + 1)])

    assert [len(record.urls) for record in fake_cdn_purge.purges()] == [cdn.HTTP_MAX_URLS, 1]


def test_http_purge_retries_a_passing_failure(fake_cdn_purge):
    # given an endpoint that answers 503 once
    fake_cdn_purge.fail_next(503)

    # when a URL is purged, then the second attempt is accepted
    cdn.purge(["public/a.ts"])
    assert fake_cdn_purge.attempts == 2
    assert fake_cdn_purge.purged_urls() == ["https://media.example.edu.cn/public/a.ts"]


def test_http_purge_failure_is_a_clear_error(fake_cdn_purge):
    # given an endpoint that keeps answering 503
    fake_cdn_purge.fail_next(503, times=3)

    # when a URL is purged, then every attempt is used and the error names the status
    with pytest.raises(cdn.CdnError) as caught:
        cdn.purge(["public/a.ts"])
    assert fake_cdn_purge.attempts == 3
    assert caught.value.status == 503
    assert caught.value.message.startswith("The CDN purge endpoint did not accept 1 URLs: HTTP 503")
    assert fake_cdn_purge.purges() == []


def test_http_purge_with_a_wrong_token_fails_at_once(settings, fake_cdn_purge):
    settings.ZYK_CDN_PURGE_TOKEN = "not-the-token"

    with pytest.raises(cdn.CdnError) as caught:
        cdn.purge(["public/a.ts"])
    assert caught.value.status == 401
    assert "invalid or missing bearer token" in caught.value.message
    assert fake_cdn_purge.attempts == 1  # a refusal is not retried


def test_http_purge_endpoint_down_is_a_clear_error(settings, fake_cdn_purge):
    settings.ZYK_CDN_PURGE_ATTEMPTS = 2
    fake_cdn_purge.stop()

    with pytest.raises(cdn.CdnError) as caught:
        cdn.purge(["public/a.ts"])
    assert caught.value.status is None
    assert "did not accept 1 URLs" in caught.value.message


# ---- settings -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("environment", "problem"),
    [
        ({"ZYK_CDN_BACKEND": "fastly"}, "must be"),
        ({"ZYK_CDN_BACKEND": "http", "ZYK_CDN_PURGE_URL": "https://purge.example.org/"}, "ZYK_CDN_BASE_URL"),
        ({"ZYK_CDN_BACKEND": "cloudfront", "ZYK_CDN_BASE_URL": "https://cdn.example.org"}, "DISTRIBUTION_ID"),
        ({"ZYK_CDN_BACKEND": "http", "ZYK_CDN_BASE_URL": "https://cdn.example.org"}, "ZYK_CDN_PURGE_URL"),
    ],
)
def test_settings_refuse_an_incomplete_cdn(settings, monkeypatch, environment, problem):
    # The settings module is run from its file: the pipeline does not import cms (import-linter).
    for name in ("ZYK_CDN_BACKEND", "ZYK_CDN_BASE_URL", "ZYK_CDN_DISTRIBUTION_ID", "ZYK_CDN_PURGE_URL"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(ImproperlyConfigured, match=problem):
        runpy.run_path(str(settings.BASE_DIR / "cms" / "settings" / "components" / "cdn.py"))

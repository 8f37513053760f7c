"""Object storage (M2, M3, Q): exact keys, prefixes, URLs and publishing on both storages.

Every behaviour shared by both backends runs twice: on FileSystemStorage (the embedded default, under a
temporary MEDIA_ROOT) and on django-storages' S3Storage against a real S3 endpoint (moto server on
loopback, fixtures in tests/plugins/object_storage.py).
"""

import runpy
import urllib.request
import uuid
from pathlib import Path

import boto3
import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from media_pipeline import storage


@pytest.fixture(params=["fs", "s3"])
def backend(request) -> str:
    """Parametrised: "fs" keeps the default FileSystemStorage, "s3" switches to a fresh moto bucket."""
    return request.param


@pytest.fixture
def bucket(backend, request):
    return request.getfixturevalue("s3_storage") if backend == "s3" else None


@pytest.fixture
def local_file(tmp_path):
    def make(name: str, data: bytes) -> Path:
        path = tmp_path / "work" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        return path

    return make


def read(key: str) -> bytes:
    with default_storage.open(key, "rb") as handle:
        return handle.read()


def fetch(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - the loopback moto server
        return response.read()


def test_put_file_writes_the_exact_key_and_a_retry_overwrites_it(bucket, local_file):
    # given a key an attempt decided
    key = storage.derived_key(asset_id=7, job_id=3, attempt=1, name="hls/720p/index.m3u8")

    # when the same key is written twice (a retried step)
    first = storage.put_file(local_file("a.m3u8", b"#EXTM3U\n1"), key, content_type="application/vnd.apple.mpegurl")
    second = storage.put_file(local_file("b.m3u8", b"#EXTM3U\n2"), key, content_type="application/vnd.apple.mpegurl")

    # then the key is kept (no "_abc123" suffix) and holds the second file only
    assert first == second == key == "derived/7/3/1/hls/720p/index.m3u8"
    assert storage.list_prefix("derived/7/3/1") == [key]
    assert read(key) == b"#EXTM3U\n2"


def test_list_and_delete_prefix_stop_at_folder_boundaries(bucket, local_file):
    # given attempts 1 and 10 of one job and another job's file
    source = local_file("segment.ts", b"ts")
    for attempt, name in [(1, "a.ts"), (1, "sub/b.ts"), (10, "a.ts")]:
        storage.put_file(
            source, storage.derived_key(asset_id=5, job_id=9, attempt=attempt, name=name), content_type="video/mp2t"
        )
    storage.put_file(source, "derived/5/90/1/a.ts", content_type="video/mp2t")

    # when attempt 1 is listed and deleted
    listed = storage.list_prefix("derived/5/9/1/")
    removed = storage.delete_prefix("derived/5/9/1")

    # then only attempt 1 was touched: "derived/5/9/1" does not match ".../10" or "derived/5/90"
    assert listed == ["derived/5/9/1/a.ts", "derived/5/9/1/sub/b.ts"]
    assert removed == 2
    assert storage.list_prefix("derived/5/9") == ["derived/5/9/10/a.ts"]
    assert storage.list_prefix("derived/5/90") == ["derived/5/90/1/a.ts"]
    assert storage.delete_prefix("derived/5/9/1") == 0  # nothing left: deleting again is harmless


def test_delete_attempts_keeps_only_the_given_attempt(bucket, local_file):
    # given three attempts of one job (two killed workers, then a successful retry)
    source = local_file("poster.jpg", b"jpg")
    for attempt in (1, 2, 3):
        storage.put_file(
            source,
            storage.derived_key(asset_id=1, job_id=2, attempt=attempt, name="poster.jpg"),
            content_type="image/jpeg",
        )

    # when the orphans are removed
    removed = storage.delete_attempts(asset_id=1, job_id=2, keep=3)

    # then the kept attempt is all that is left
    assert removed == 2
    assert storage.list_prefix("derived/1/2") == ["derived/1/2/3/poster.jpg"]


def test_publish_copies_to_public_and_unpublish_removes_the_copies(bucket, backend, local_file):
    # given two derived files
    keys = [
        storage.put_file(
            local_file("index.m3u8", b"#EXTM3U"),
            "derived/4/8/1/hls/index.m3u8",
            content_type="application/vnd.apple.mpegurl",
        ),
        storage.put_file(local_file("seg.ts", b"segment"), "derived/4/8/1/hls/seg_000.ts", content_type="video/mp2t"),
    ]

    # when they are published (no CDN configured)
    urls = storage.publish(keys)

    # then public copies exist next to the private originals, and their URLs give the bytes
    assert storage.list_prefix("public/derived/4/8/1") == [
        "public/derived/4/8/1/hls/index.m3u8",
        "public/derived/4/8/1/hls/seg_000.ts",
    ]
    assert read("public/derived/4/8/1/hls/seg_000.ts") == b"segment"
    if backend == "s3":
        assert [fetch(url) for url in urls] == [b"#EXTM3U", b"segment"]
    else:
        assert urls == ["/media/public/derived/4/8/1/hls/index.m3u8", "/media/public/derived/4/8/1/hls/seg_000.ts"]

    # when they are unpublished
    storage.unpublish(keys)

    # then the public copies are gone and the derived files stay
    assert storage.list_prefix("public") == []
    assert storage.list_prefix("derived/4/8/1") == keys


def test_publish_refuses_a_missing_file(bucket):
    with pytest.raises(FileNotFoundError):
        storage.publish(["derived/404/1/1/missing.mp4"])


def test_unpublish_purges_the_cdn_urls(bucket, local_file, fake_cdn_purge):
    # given a published file behind a CDN with the generic purge endpoint
    key = storage.put_file(local_file("page-1.png", b"png"), "derived/3/3/1/pages/1.png", content_type="image/png")
    assert storage.publish([key]) == ["https://media.example.edu.cn/public/derived/3/3/1/pages/1.png"]

    # when it is unpublished
    storage.unpublish([key])

    # then the CDN was told to forget exactly that URL
    assert fake_cdn_purge.purged_urls() == ["https://media.example.edu.cn/public/derived/3/3/1/pages/1.png"]
    assert not default_storage.exists("public/derived/3/3/1/pages/1.png")


def test_keys_are_checked(bucket):
    for bad in ["", "/etc/passwd", "derived/../assets/x", "derived//x", "derived/x/", "a\\b"]:
        with pytest.raises(ValueError):
            storage.put_file(Path(__file__), bad, content_type="text/plain")
    with pytest.raises(ValueError):
        storage.public_key("public/derived/1/1/1/x")


# ---- S3 only: what the moto server lets us look at behind django-storages' back -------------------


def test_django_storages_round_trip_on_s3(s3_storage):
    bucket = s3_storage

    # given a file saved the way Django saves originals (file_overwrite False)
    name = default_storage.save("assets/2026/05/abc.txt", ContentFile(b"original bytes"))
    again = default_storage.save("assets/2026/05/abc.txt", ContentFile(b"other bytes"))

    # then it is in the bucket, readable, and a second upload never replaces it
    assert name == "assets/2026/05/abc.txt"
    assert again != name and again.startswith("assets/2026/05/abc_")
    assert default_storage.exists(name)
    assert read(name) == b"original bytes"
    assert bucket.client.get_object(Bucket=bucket.name, Key=name)["Body"].read() == b"original bytes"

    # and its signed URL (short-lived, private bucket) fetches the bytes
    url = storage.url_for(name, expires=60)
    assert "X-Amz-Signature=" in url and "X-Amz-Expires=60" in url
    assert fetch(url) == b"original bytes"

    # when it is deleted it is gone
    default_storage.delete(name)
    assert not default_storage.exists(name)


def test_put_file_and_publish_set_headers_on_s3(s3_storage, local_file):
    bucket = s3_storage

    # given a derived file uploaded with its type and a private cache header
    key = storage.put_file(
        local_file("seg.ts", b"ts"),
        "derived/2/2/1/seg.ts",
        content_type="video/mp2t",
        cache_control="private, max-age=60",
    )
    head = bucket.client.head_object(Bucket=bucket.name, Key=key)
    assert (head["ContentType"], head["CacheControl"]) == ("video/mp2t", "private, max-age=60")

    # when it is published
    storage.publish([key])

    # then the public copy keeps the type and is cacheable for a year, immutably
    head = bucket.client.head_object(Bucket=bucket.name, Key="public/derived/2/2/1/seg.ts")
    assert head["ContentType"] == "video/mp2t"
    assert head["CacheControl"] == "public, max-age=31536000, immutable"


def test_unpublish_on_s3_records_a_cloudfront_invalidation(s3_storage, local_file, cloudfront_cdn):
    # given a published file behind CloudFront
    key = storage.put_file(local_file("cover.webp", b"webp"), "derived/6/1/2/cover.webp", content_type="image/webp")
    [url] = storage.publish([key])
    assert url == f"https://{cloudfront_cdn.domain_name}/public/derived/6/1/2/cover.webp"

    # when it is unpublished
    storage.unpublish([key])

    # then the copy is gone and CloudFront has an invalidation for its path
    assert storage.list_prefix("public") == []
    invalidations = cloudfront_cdn.client.list_invalidations(DistributionId=cloudfront_cdn.id)["InvalidationList"]
    assert invalidations["Quantity"] == 1
    batch = cloudfront_cdn.client.get_invalidation(
        DistributionId=cloudfront_cdn.id, Id=invalidations["Items"][0]["Id"]
    )["Invalidation"]["InvalidationBatch"]
    assert batch["Paths"]["Items"] == ["/public/derived/6/1/2/cover.webp"]


def test_url_for_and_public_url(bucket, backend, settings):
    # without a CDN, published keys get storage URLs too
    if backend == "fs":
        assert storage.url_for("assets/2026/05/x.pdf") == "/media/assets/2026/05/x.pdf"
        assert storage.public_url("public/derived/1/1/1/x.png") == "/media/public/derived/1/1/1/x.png"
    else:
        assert f"/{bucket.name}/assets/2026/05/x.pdf?" in storage.url_for("assets/2026/05/x.pdf")

    # with a CDN, only public/ keys are on it; private keys keep their storage URLs
    settings.ZYK_CDN_BASE_URL = "https://media.example.edu.cn"
    assert storage.public_url("public/derived/1/1/1/x.png") == "https://media.example.edu.cn/public/derived/1/1/1/x.png"
    assert not storage.public_url("assets/2026/05/x.pdf").startswith("https://media.example.edu.cn")


def test_storage_settings_from_the_environment_reach_s3(settings, monkeypatch, moto_server, aws_credentials):
    # given the production way of configuring S3: only environment variables (cms/settings/components/storage.py,
    # run from its file because the pipeline does not import cms)
    bucket = f"zyk-env-{uuid.uuid4().hex[:12]}"
    monkeypatch.setenv("AWS_STORAGE_BUCKET_NAME", bucket)
    monkeypatch.setenv("AWS_S3_ENDPOINT_URL", moto_server.url)
    monkeypatch.setenv("AWS_S3_REGION_NAME", "us-east-1")
    monkeypatch.setenv("AWS_S3_ADDRESSING_STYLE", "path")
    configured = runpy.run_path(str(settings.BASE_DIR / "cms" / "settings" / "components" / "storage.py"))
    settings.STORAGES = {**settings.STORAGES, "default": configured["STORAGES"]["default"]}
    boto3.client("s3", endpoint_url=moto_server.url, region_name="us-east-1").create_bucket(Bucket=bucket)

    # when a file is saved and a signed URL made
    name = default_storage.save("assets/2026/05/env.txt", ContentFile(b"from the environment"))

    # then the bytes are in that bucket, behind a signed URL
    assert configured["STORAGES"]["default"]["OPTIONS"]["file_overwrite"] is False
    assert fetch(storage.url_for(name)) == b"from the environment"

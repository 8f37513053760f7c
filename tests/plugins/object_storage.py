"""Fixtures for object storage and CDN: a real S3/CloudFront endpoint (moto server) and the CDN purge fake.

- ``moto_server``: one moto server on loopback for the session (``moto_server.url``); S3 and CloudFront
  speak their real HTTP APIs there, so django-storages and boto3 run unchanged.
- ``s3_storage``: a new private bucket per test and Django's default storage switched to django-storages'
  S3Storage against it (fake keys in the environment, as boto3's normal chain reads them).
- ``cloudfront_cdn``: a CloudFront distribution on the moto server and ``ZYK_CDN_BACKEND="cloudfront"``.
- ``fake_cdn_purge``: the generic purge endpoint (tests/fakes/cdn_purge.py) and ``ZYK_CDN_BACKEND="http"``.

Settings are restored afterwards (pytest-django's ``settings`` fixture resets the default storage too).
"""

import logging
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import boto3
import pytest
from botocore.config import Config

from tests.fakes.cdn_purge import CdnPurgeFake

AWS_REGION = "us-east-1"
AWS_ACCESS_KEY_ID = "moto-test-access-key"
AWS_SECRET_ACCESS_KEY = "moto-test-secret-key"
CDN_PURGE_TOKEN = "test-cdn-purge-token"


@dataclass(frozen=True)
class MotoEndpoint:
    url: str  # e.g. http://127.0.0.1:40123


@dataclass(frozen=True)
class S3Bucket:
    name: str
    client: Any  # a boto3 S3 client on the moto server, to look behind django-storages' back


@dataclass(frozen=True)
class CloudFrontDistribution:
    id: str
    domain_name: str
    client: Any  # a boto3 CloudFront client on the moto server


@pytest.fixture(scope="session")
def moto_server() -> Iterator[MotoEndpoint]:
    from moto.server import ThreadedMotoServer

    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # one log line per request otherwise
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    try:
        yield MotoEndpoint(url=f"http://{host}:{port}")
    finally:
        server.stop()


@pytest.fixture
def aws_credentials(monkeypatch) -> None:
    """Fake keys where boto3 looks first (the environment), and nothing from the machine's ~/.aws."""
    for name in ("AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_SECURITY_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", AWS_ACCESS_KEY_ID)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", AWS_SECRET_ACCESS_KEY)
    monkeypatch.setenv("AWS_DEFAULT_REGION", AWS_REGION)
    monkeypatch.setenv("AWS_CONFIG_FILE", "/nonexistent/zyk-aws-config")
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/zyk-aws-credentials")


@pytest.fixture
def s3_storage(settings, moto_server, aws_credentials) -> S3Bucket:
    bucket = f"zyk-test-{uuid.uuid4().hex[:12]}"
    client = boto3.client(
        "s3",
        endpoint_url=moto_server.url,
        region_name=AWS_REGION,
        config=Config(s3={"addressing_style": "path"}, signature_version="s3v4"),
    )
    client.create_bucket(Bucket=bucket)
    settings.AWS_STORAGE_BUCKET_NAME = bucket
    # the same options as cms/settings/components/storage.py, pointed at the moto server
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": bucket,
                "endpoint_url": moto_server.url,
                "region_name": AWS_REGION,
                "addressing_style": "path",
                "signature_version": "s3v4",
                "querystring_auth": True,
                "file_overwrite": False,
            },
        },
    }
    return S3Bucket(name=bucket, client=client)


@pytest.fixture
def cloudfront_cdn(settings, moto_server, aws_credentials) -> CloudFrontDistribution:
    client = boto3.client("cloudfront", endpoint_url=moto_server.url, region_name=AWS_REGION)
    origin = "zyk-media.s3.amazonaws.com"
    answer = client.create_distribution(
        DistributionConfig={
            "CallerReference": uuid.uuid4().hex,
            "Comment": "zyk test media",
            "Enabled": True,
            "Origins": {
                "Quantity": 1,
                "Items": [{"Id": "media", "DomainName": origin, "S3OriginConfig": {"OriginAccessIdentity": ""}}],
            },
            "DefaultCacheBehavior": {
                "TargetOriginId": "media",
                "ViewerProtocolPolicy": "redirect-to-https",
                "TrustedSigners": {"Enabled": False, "Quantity": 0},
                "ForwardedValues": {"QueryString": False, "Cookies": {"Forward": "none"}},
                "MinTTL": 0,
            },
        }
    )
    distribution = answer["Distribution"]
    settings.ZYK_CDN_BACKEND = "cloudfront"
    settings.ZYK_CDN_DISTRIBUTION_ID = distribution["Id"]
    settings.ZYK_CDN_ENDPOINT_URL = moto_server.url
    settings.ZYK_CDN_BASE_URL = f"https://{distribution['DomainName']}"
    return CloudFrontDistribution(id=distribution["Id"], domain_name=distribution["DomainName"], client=client)


@pytest.fixture
def fake_cdn_purge(settings) -> Iterator[CdnPurgeFake]:
    fake = CdnPurgeFake(token=CDN_PURGE_TOKEN).start()
    settings.ZYK_CDN_BACKEND = "http"
    settings.ZYK_CDN_BASE_URL = "https://media.example.edu.cn"
    settings.ZYK_CDN_PURGE_URL = fake.purge_url
    settings.ZYK_CDN_PURGE_TOKEN = CDN_PURGE_TOKEN
    try:
        yield fake
    finally:
        fake.stop()

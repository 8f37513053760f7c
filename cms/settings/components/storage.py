"""File storage (M2, M3): local files by default; S3-compatible storage when ``AWS_STORAGE_BUCKET_NAME`` is set.

The bucket stays private: downloads are short-lived signed URLs and published derived files are read by the
CDN from the ``public/`` prefix only (``media_pipeline.storage``, ``cms/settings/components/cdn.py``).
Credentials (``AWS_ACCESS_KEY_ID``, ``AWS_SECRET_ACCESS_KEY``, or an instance role) come from boto3's normal
chain, never from these settings.
"""

from cms.settings.env import env_int, env_str

AWS_STORAGE_BUCKET_NAME = env_str("AWS_STORAGE_BUCKET_NAME", "")

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            # S3-compatible services (MinIO, Ceph, OSS/COS S3 endpoints) and the moto server in tests.
            "endpoint_url": env_str("AWS_S3_ENDPOINT_URL", "") or None,
            "region_name": env_str("AWS_S3_REGION_NAME", "") or None,
            # "path" for most S3-compatible services; empty lets boto3 choose (virtual-hosted on AWS).
            "addressing_style": env_str("AWS_S3_ADDRESSING_STYLE", "") or None,
            "signature_version": env_str("AWS_S3_SIGNATURE_VERSION", "s3v4"),
            # Leave empty with a private bucket: a custom domain makes url() unsigned (unless CloudFront
            # signing keys are configured). Published files get CDN URLs from ZYK_CDN_BASE_URL instead.
            "custom_domain": env_str("AWS_S3_CUSTOM_DOMAIN", "") or None,
            "querystring_auth": True,
            "querystring_expire": env_int("AWS_QUERYSTRING_EXPIRE", 3600),
            # Users' uploads never replace each other; the pipeline writes exact keys itself (put_file).
            "file_overwrite": False,
        },
    }

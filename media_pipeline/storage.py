"""Object storage for media (M2, M3, Q): exact keys, prefixes, signed and CDN URLs, publishing.

Works on the default storage, which is either Django's FileSystemStorage (the embedded default, files
under MEDIA_ROOT) or django-storages' S3Storage (a private bucket, production). Key layout:

- ``assets/YYYY/MM/<uuid hex>.<ext>``: originals (``MediaAsset.file``; Django never overwrites them).
- ``derived/<asset_id>/<job_id>/<attempt>/…``: what a processing job made. One folder per attempt, so a
  killed worker's half-written files never mix with the retry's; stale attempts go by prefix
  (``delete_attempts``).
- ``public/<key>``: published copies, served by the CDN with ``Cache-Control: public, max-age=31536000,
  immutable``. Keys are unique per asset and attempt and their bytes never change, so "immutable" is honest:
  a changed resource gets new keys, and the old copies are unpublished and purged.

Publishing *copies* instead of flipping metadata or ACLs: the bucket stays private (no per-object ACLs,
which "bucket owner enforced" buckets and several S3-compatible services refuse), the CDN origin is given
read access to ``public/*`` only, and unpublishing is a plain delete followed by a CDN purge. On S3 the copy
is server-side; media bytes never pass through Django or the worker.
"""

import logging
import os
import shutil
import uuid
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import quote

from botocore.exceptions import ClientError
from django.conf import settings
from django.core.files.storage import FileSystemStorage, Storage, default_storage
from storages.backends.s3 import S3Storage
from storages.utils import clean_name, safe_join

from media_pipeline import cdn

logger = logging.getLogger("zyk.media.storage")

ASSETS_PREFIX = "assets/"
DERIVED_PREFIX = "derived/"
PUBLIC_PREFIX = "public/"
IMMUTABLE = "public, max-age=31536000, immutable"
SIGNED_URL_SECONDS = 300
_S3_DELETE_BATCH = 1000  # DeleteObjects accepts at most 1000 keys
_S3_SINGLE_COPY_LIMIT = 5 * 1024**3  # CopyObject's limit; larger objects take a multipart copy
_S3_COPY_WORKERS = 8  # an HLS ladder is hundreds of small segments: copy them in parallel
_TEMP_MARK = ".zyk-tmp-"  # local files being written; never listed, removed with their folder


def media_storage() -> Storage:
    """The storage of originals and derived files: Django's default storage."""
    return default_storage


# ---- keys ---------------------------------------------------------------------------------------


def _check_key(key: str) -> str:
    """An exact object key: relative, "/"-separated, no empty, "." or ".." segments. ValueError otherwise.

    Keys are made by our code, never by users, so a bad one is a programming error, not a refusal.
    """
    if not key or key.startswith("/") or key.endswith("/") or "\\" in key or "\x00" in key:
        raise ValueError(f"not a storage key: {key!r}")
    if any(part in {"", ".", ".."} for part in key.split("/")):
        raise ValueError(f"not a storage key: {key!r}")
    return key


def _check_prefix(prefix: str) -> str:
    """A folder-like prefix, always ending in "/" so ``derived/1/2/1`` never matches ``derived/1/2/10``."""
    return _check_key(prefix.rstrip("/")) + "/"


def derived_prefix(*, asset_id: int, job_id: int | str, attempt: int) -> str:
    """``derived/<asset_id>/<job_id>/<attempt>/``: where one attempt of a job writes its files."""
    return _check_prefix(f"{DERIVED_PREFIX}{asset_id}/{job_id}/{int(attempt)}")


def derived_key(*, asset_id: int, job_id: int | str, attempt: int, name: str) -> str:
    """The key of ``name`` (may contain "/", e.g. ``hls/720p/seg_001.ts``) inside an attempt's folder."""
    return _check_key(derived_prefix(asset_id=asset_id, job_id=job_id, attempt=attempt) + name)


def public_key(key: str) -> str:
    """Where ``publish`` puts the public copy of ``key``."""
    if _check_key(key).startswith(PUBLIC_PREFIX):
        raise ValueError(f"already a public key: {key!r}")
    return PUBLIC_PREFIX + key


# ---- backends -----------------------------------------------------------------------------------


def _backend(storage: Storage) -> str:
    # default_storage is a LazyObject whose __class__ is the wrapped storage's, so isinstance works.
    if isinstance(storage, S3Storage):
        return "s3"
    if isinstance(storage, FileSystemStorage):
        return "fs"
    raise TypeError(f"media storage must be FileSystemStorage or S3Storage, not {type(storage).__name__}")


def _s3_name(storage: S3Storage, key: str) -> str:
    """The object name in the bucket: the key under the storage's ``location`` (AWS_LOCATION), if any."""
    return safe_join(storage.location, clean_name(key))


def _s3_key(storage: S3Storage, name: str) -> str:
    """Inverse of ``_s3_name``."""
    location = storage.location.strip("/")
    return name[len(location) + 1 :] if location else name


def _s3_client(storage: S3Storage):
    return storage.connection.meta.client


def _s3_delete(storage: S3Storage, names: list[str]) -> None:
    client = _s3_client(storage)
    for start in range(0, len(names), _S3_DELETE_BATCH):
        batch = names[start : start + _S3_DELETE_BATCH]
        answer = client.delete_objects(
            Bucket=storage.bucket_name, Delete={"Objects": [{"Key": name} for name in batch], "Quiet": True}
        )
        if answer.get("Errors"):
            first = answer["Errors"][0]
            raise OSError(f"S3 refused to delete {first.get('Key')}: {first.get('Code')} {first.get('Message')}")


def _s3_list(storage: S3Storage, prefix: str) -> list[str]:
    paginator = _s3_client(storage).get_paginator("list_objects_v2")
    names: list[str] = []
    for page in paginator.paginate(Bucket=storage.bucket_name, Prefix=_s3_name(storage, prefix.rstrip("/")) + "/"):
        names.extend(entry["Key"] for entry in page.get("Contents", ()))
    return names


def _fs_copy(source: Path, target: Path, storage: FileSystemStorage) -> None:
    """Copy to ``target`` atomically (temporary file + rename): readers see the old file or the new one."""
    target.parent.mkdir(parents=True, exist_ok=True)
    if storage.directory_permissions_mode is not None:
        os.chmod(target.parent, storage.directory_permissions_mode)
    temporary = target.with_name(f"{_TEMP_MARK}{uuid.uuid4().hex}-{target.name}")
    try:
        shutil.copyfile(source, temporary)
        if storage.file_permissions_mode is not None:
            os.chmod(temporary, storage.file_permissions_mode)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _fs_prune(folder: Path, stop: Path) -> None:
    """Remove empty folders from ``folder`` up to (not including) ``stop``."""
    while folder != stop and stop in folder.parents:
        try:
            folder.rmdir()
        except OSError:
            return
        folder = folder.parent


# ---- files and prefixes -------------------------------------------------------------------------


def put_file(path: Path, key: str, *, content_type: str, cache_control: str | None = None) -> str:
    """Store the local file ``path`` at exactly ``key``, replacing what is there; returns ``key``.

    Unlike ``Storage.save`` this never renames: the job runner decides the key (one folder per attempt)
    and a retry must overwrite, not multiply, its files. On S3 the object gets ``content_type`` and
    ``cache_control`` (plus the storage's own object parameters, e.g. server-side encryption); locally the
    web server decides the headers from the extension.
    """
    key = _check_key(key)
    storage = media_storage()
    if _backend(storage) == "s3":
        params = storage.get_object_parameters(key)
        params["ContentType"] = content_type
        if cache_control:
            params["CacheControl"] = cache_control
        if storage.default_acl and "ACL" not in params:
            params["ACL"] = storage.default_acl
        _s3_client(storage).upload_file(
            str(path), storage.bucket_name, _s3_name(storage, key), ExtraArgs=params, Config=storage.transfer_config
        )
    else:
        _fs_copy(Path(path), Path(storage.path(key)), storage)
    return key


def list_prefix(prefix: str) -> list[str]:
    """Every key under ``prefix`` (a folder: ``derived/1/2`` means ``derived/1/2/``), sorted."""
    prefix = _check_prefix(prefix)
    storage = media_storage()
    if _backend(storage) == "s3":
        return sorted(_s3_key(storage, name) for name in _s3_list(storage, prefix))
    root = Path(storage.path(prefix))
    keys = []
    for folder, _dirs, files in os.walk(root):
        relative = Path(folder).relative_to(root).as_posix()
        for name in files:
            if not name.startswith(_TEMP_MARK):
                keys.append(prefix + (name if relative == "." else f"{relative}/{name}"))
    return sorted(keys)


def delete_prefix(prefix: str) -> int:
    """Remove everything under ``prefix`` (a folder, see ``list_prefix``); returns how many files went.

    Used for orphan attempt folders and for an asset's derived files when the asset is deleted.
    """
    prefix = _check_prefix(prefix)
    storage = media_storage()
    if _backend(storage) == "s3":
        names = _s3_list(storage, prefix)
        _s3_delete(storage, names)
        return len(names)
    root = Path(storage.path(prefix))
    if not root.is_dir():
        return 0
    count = sum(1 for item in root.rglob("*") if not item.is_dir())
    shutil.rmtree(root)
    _fs_prune(root.parent, Path(storage.location))
    return count


def delete_attempts(*, asset_id: int, job_id: int | str, keep: int | None = None) -> int:
    """Remove the folders of a job's attempts other than ``keep`` (all when None); returns files removed."""
    base = _check_prefix(f"{DERIVED_PREFIX}{asset_id}/{job_id}")
    attempts = {key[len(base) :].split("/", 1)[0] for key in list_prefix(base)}
    return sum(delete_prefix(base + attempt) for attempt in sorted(attempts) if attempt != str(keep))


# ---- URLs ---------------------------------------------------------------------------------------


def url_for(key: str, *, expires: int = SIGNED_URL_SECONDS) -> str:
    """A URL for a private file: signed for ``expires`` seconds on S3, the MEDIA_URL path locally.

    Locally nginx serves that path (``/media/…``) and Django never streams the bytes.
    """
    key = _check_key(key)
    storage = media_storage()
    if _backend(storage) == "s3":
        return storage.url(key, expire=expires)
    return storage.url(key)


def cdn_url(key: str) -> str | None:
    """The CDN URL of a published key (``public/…``), None without ``ZYK_CDN_BASE_URL``."""
    base = getattr(settings, "ZYK_CDN_BASE_URL", "").rstrip("/")
    if not base:
        return None
    if not _check_key(key).startswith(PUBLIC_PREFIX):
        raise ValueError(f"only public/ keys are on the CDN: {key!r}")
    return f"{base}/{quote(key)}"


def public_url(key: str) -> str:
    """The URL to give browsers for ``key``: the CDN URL for a published key, else ``url_for(key)``."""
    url = cdn_url(key) if _check_key(key).startswith(PUBLIC_PREFIX) else None
    return url or url_for(key)


# ---- publishing ---------------------------------------------------------------------------------


def _s3_publish_one(storage: S3Storage, client, key: str) -> None:
    source, target = _s3_name(storage, key), _s3_name(storage, public_key(key))
    try:
        head = client.head_object(Bucket=storage.bucket_name, Key=source)
    except ClientError as error:
        if error.response.get("ResponseMetadata", {}).get("HTTPStatusCode") == 404:
            raise FileNotFoundError(f"nothing to publish at {key}") from error
        raise
    params = storage.get_object_parameters(key)
    params["ContentType"] = head.get("ContentType") or storage.default_content_type
    for name in ("ContentEncoding", "ContentDisposition", "ContentLanguage"):
        if head.get(name):
            params[name] = head[name]
    params["CacheControl"] = IMMUTABLE
    copy_source = {"Bucket": storage.bucket_name, "Key": source}
    if head["ContentLength"] <= _S3_SINGLE_COPY_LIMIT:
        client.copy_object(
            CopySource=copy_source, Bucket=storage.bucket_name, Key=target, MetadataDirective="REPLACE", **params
        )
    else:
        client.copy(
            copy_source,
            storage.bucket_name,
            target,
            ExtraArgs={**params, "MetadataDirective": "REPLACE"},
            Config=storage.transfer_config,
        )


def publish(keys: Iterable[str]) -> list[str]:
    """Copy each key to ``public/<key>`` with immutable cache headers; returns their URLs, in order.

    The URLs are CDN URLs when ``ZYK_CDN_BASE_URL`` is set (signed storage URLs otherwise). Publishing
    twice is harmless: the copy is replaced by the same bytes. FileNotFoundError for a missing key.
    """
    keys = [_check_key(key) for key in keys]
    targets = [public_key(key) for key in keys]
    storage = media_storage()
    if _backend(storage) == "s3":
        client = _s3_client(storage)  # boto3 clients are thread-safe (resources are not)
        with ThreadPoolExecutor(max_workers=max(1, min(_S3_COPY_WORKERS, len(keys)))) as pool:
            list(pool.map(lambda key: _s3_publish_one(storage, client, key), keys))
    else:
        for key, target in zip(keys, targets, strict=True):
            source = Path(storage.path(key))
            if not source.is_file():
                raise FileNotFoundError(f"nothing to publish at {key}")
            _fs_copy(source, Path(storage.path(target)), storage)
    logger.info("published %d files", len(keys))
    return [public_url(target) for target in targets]


def unpublish(keys: Iterable[str]) -> None:
    """Delete the public copies of ``keys`` (as given to ``publish``) and purge their CDN URLs.

    Safe to repeat: missing copies are ignored and purging twice is harmless, so a task that failed at the
    purge (``cdn.CdnError``) simply runs again.
    """
    targets = [public_key(key) for key in keys]
    if not targets:
        return
    storage = media_storage()
    if _backend(storage) == "s3":
        _s3_delete(storage, [_s3_name(storage, target) for target in targets])
    else:
        stop = Path(storage.path(PUBLIC_PREFIX.rstrip("/")))
        for target in targets:
            path = Path(storage.path(target))
            path.unlink(missing_ok=True)
            _fs_prune(path.parent, stop)
    urls = [url for url in (cdn_url(target) for target in targets) if url]
    if urls:
        cdn.purge(urls)
    logger.info("unpublished %d files", len(targets))

"""File access for resources: inline preview, counted download, batch download as one zip (M3, M8).

Every view checks the resource against the requesting user first. In production the bytes never pass
through Django: S3 answers a short-lived signed URL, local storage an ``X-Accel-Redirect`` to nginx's
internal location (``ZYK_X_ACCEL_PREFIX``). The batch zip is the exception: it is assembled on the fly.
"""

import re
import zipfile
from urllib.parse import quote

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponse, HttpResponseRedirect, StreamingHttpResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from cms.resources import selectors, services
from cms.resources.models import Resource

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')
MAX_BATCH_DOWNLOAD = 100


def _filename(resource: Resource) -> str:
    """Title + the file's extension, safe for every OS; Chinese kept."""
    base = _UNSAFE.sub("_", resource.title).strip(" .") or str(resource.pk)
    return f"{base[:150]}.{resource.asset.extension}" if resource.asset.extension else base[:150]


def _disposition(kind: str, filename: str) -> str:
    ascii_name = filename.encode("ascii", "ignore").decode() or "download"
    return f"{kind}; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename)}"


_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


def _streamed(request, storage, name: str, content_type: str) -> HttpResponse:
    """The stored file through Django (the embedded default only), honouring one ``Range: bytes=a-b``.

    Browsers seek in audio and MP4 with range requests; without them a player can only start from the top.
    Production never gets here: nginx (X-Accel-Redirect) and S3 answer ranges themselves.
    """
    handle = storage.open(name, "rb")
    match = _RANGE.match(request.headers.get("Range", "").strip())
    size = storage.size(name)
    if not match or not (match.group(1) or match.group(2)) or size == 0:
        response = FileResponse(handle, content_type=content_type)
        response["Accept-Ranges"] = "bytes"
        return response
    first, last = match.groups()
    if first:
        start, end = int(first), min(int(last) if last else size - 1, size - 1)
    else:  # the last N bytes
        start, end = max(size - int(last), 0), size - 1
    if start > end or start >= size:
        handle.close()
        response = HttpResponse(status=416)
        response["Content-Range"] = f"bytes */{size}"
        return response

    def chunks():
        with handle:
            handle.seek(start)
            remaining = end - start + 1
            while remaining > 0:
                data = handle.read(min(remaining, 256 * 1024))
                if not data:
                    return
                remaining -= len(data)
                yield data

    response = StreamingHttpResponse(chunks(), status=206, content_type=content_type)
    response["Content-Range"] = f"bytes {start}-{end}/{size}"
    response["Content-Length"] = str(end - start + 1)
    response["Accept-Ranges"] = "bytes"
    return response


def serve_asset(request, asset, *, filename: str, attachment: bool) -> HttpResponse:
    storage = asset.file.storage
    disposition = _disposition("attachment" if attachment else "inline", filename)
    if getattr(settings, "AWS_STORAGE_BUCKET_NAME", ""):
        url = storage.url(
            asset.file.name,
            parameters={"ResponseContentDisposition": disposition, "ResponseContentType": asset.mime},
            expire=300,
        )
        return HttpResponseRedirect(url)
    prefix = getattr(settings, "ZYK_X_ACCEL_PREFIX", "")
    if prefix:
        response = HttpResponse(content_type=asset.mime)
        response["X-Accel-Redirect"] = prefix.rstrip("/") + "/" + quote(asset.file.name)
    else:
        response = _streamed(request, storage, asset.file.name, asset.mime)
    response["Content-Disposition"] = disposition
    response["X-Content-Type-Options"] = "nosniff"
    # Uploaded HTML or SVG must never run with the site's origin.
    response["Content-Security-Policy"] = "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'"
    response["Cache-Control"] = "private, max-age=300"
    return response


def _readable(request, pk: int) -> Resource:
    resource = selectors.resource_get(request.user, pk)
    if resource is None or not resource.asset_id:
        raise Http404(_("No such resource."))
    return resource


@require_GET
def file(request, pk: int):
    """The file inline, for previews (images, audio, video, PDF)."""
    resource = _readable(request, pk)
    return serve_asset(request, resource.asset, filename=_filename(resource), attachment=False)


@require_GET
def download(request, pk: int):
    """The file as an attachment; counts a download. Some resources need a login first (M8)."""
    resource = _readable(request, pk)
    if resource.download_requires_login and not request.user.is_authenticated:
        return HttpResponse(_("Please log in to download this resource."), status=401, content_type="text/plain")
    services.resource_record_download(user=request.user, resource=resource)
    return serve_asset(request, resource.asset, filename=_filename(resource), attachment=True)


_PACKAGE_TYPES = {
    "html": "text/html; charset=utf-8",
    "htm": "text/html; charset=utf-8",
    "js": "text/javascript",
    "mjs": "text/javascript",
    "css": "text/css",
    "json": "application/json",
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "gif": "image/gif",
    "svg": "image/svg+xml",
    "webp": "image/webp",
    "mp3": "audio/mpeg",
    "mp4": "video/mp4",
    "wasm": "application/wasm",
    "woff2": "font/woff2",
}


_PACKAGE_CSP = (
    "sandbox allow-scripts allow-pointer-lock allow-popups; default-src 'self' 'unsafe-inline' 'unsafe-eval' "
    "data: blob:; connect-src 'none'; form-action 'none'"
)


@require_GET
def package(request, pk: int, entry: str = "index.html"):
    """One file of an HTML5 / virtual-simulation package, run in a sandbox (opaque origin, no cookies).

    ``Content-Security-Policy: sandbox allow-scripts`` without ``allow-same-origin`` gives the page a
    unique origin, so its scripts can neither read the site's cookies nor call the API as the user.
    The media pipeline will later unpack packages to storage served from a separate origin.
    """
    from media_pipeline.archive import find_html5_root, inspect_zip
    from media_pipeline.errors import MediaError
    from media_pipeline.sniff import archive_limits

    resource = _readable(request, pk)
    if resource.resource_type != "simulation":
        raise Http404(_("No such resource."))
    with resource.asset.file.storage.open(resource.asset.file.name, "rb") as handle:
        try:
            entries = inspect_zip(handle, archive_name=resource.asset.original_filename, **archive_limits())
        except MediaError as error:
            raise Http404(error.message) from error
        root = find_html5_root(entries)
        wanted = "/".join(p for p in ((root or ""), entry) if p)
        match = next((e for e in entries if not e.is_dir and e.name == wanted), None)
        if match is None:
            raise Http404(_("No such file in the package."))
        with zipfile.ZipFile(handle) as archive:
            data = archive.read(match.member)
    extension = wanted.rsplit(".", 1)[-1].lower() if "." in wanted else ""
    response = HttpResponse(data, content_type=_PACKAGE_TYPES.get(extension, "application/octet-stream"))
    response["Content-Security-Policy"] = _PACKAGE_CSP
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, max-age=300"
    response["Referrer-Policy"] = "no-referrer"
    return response


def _serve_key(request, key: str, mime: str, *, csp: str) -> HttpResponse:
    """One stored file: S3 signed redirect, nginx X-Accel-Redirect, or streamed (embedded default only)."""
    from media_pipeline import storage

    if getattr(settings, "AWS_STORAGE_BUCKET_NAME", ""):
        return HttpResponseRedirect(storage.url_for(key))
    prefix = getattr(settings, "ZYK_X_ACCEL_PREFIX", "")
    if prefix:
        response = HttpResponse(content_type=mime)
        response["X-Accel-Redirect"] = prefix.rstrip("/") + "/" + quote(key)
    else:
        response = _streamed(request, storage.media_storage(), key, mime)
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = csp
    response["Cache-Control"] = "private, max-age=3600"
    return response


@require_GET
def media(request, pk: int, job: int, name: str):
    """One converted file of a resource (HLS playlist or segment, poster, page image, PDF, package file …).

    The resource is checked against the user on every request. Playlists are answered here (they are small and
    their relative segment paths must resolve under this URL, not under a signed storage URL); everything else
    goes out as ``serve_asset`` does. Unpacked HTML5 packages get the sandbox CSP: an opaque origin, no cookies.
    """
    from cms.resources.media import rendition_for

    resource = _readable(request, pk)
    rendition = rendition_for(resource, job_id=job, name=name)
    if rendition is None:
        raise Http404(_("No such file."))
    csp = _PACKAGE_CSP if rendition.role == "package_file" else "sandbox; default-src 'none'; img-src 'self' data:"
    if name.endswith(".m3u8"):
        from media_pipeline import storage

        with storage.media_storage().open(rendition.key, "rb") as handle:
            playlist = handle.read(2 * 1024 * 1024)
        response = HttpResponse(playlist, content_type="application/vnd.apple.mpegurl")
        response["Cache-Control"] = "private, max-age=60"
        response["X-Content-Type-Options"] = "nosniff"
        return response
    return _serve_key(request, rendition.key, rendition.mime, csp=csp)


@require_GET
def subtitle(request, pk: int, language: str):
    """A video's subtitles (WebVTT) in one language, for the player's <track>; checked like the video."""
    from cms.resources.models import ResourceSubtitle

    resource = _readable(request, pk)
    track = ResourceSubtitle.objects.filter(resource=resource, language=language).first()
    if track is None:
        raise Http404(_("No such file."))
    return _serve_key(request, track.file.name, "text/vtt; charset=utf-8", csp="sandbox; default-src 'none'")


class _Sink:
    """A write-only file object whose written bytes a generator drains (zipfile streams to it)."""

    def __init__(self) -> None:
        self.chunks: list[bytes] = []
        self.position = 0

    def write(self, data: bytes) -> int:
        self.chunks.append(bytes(data))
        self.position += len(data)
        return len(data)

    def tell(self) -> int:
        return self.position

    def flush(self) -> None:
        pass

    def drain(self) -> bytes:
        data = b"".join(self.chunks)
        self.chunks.clear()
        return data


def _zip_stream(resources: list[Resource]):
    sink = _Sink()
    names: set[str] = set()
    with zipfile.ZipFile(sink, "w", compression=zipfile.ZIP_STORED, allowZip64=True) as archive:
        for resource in resources:
            name = _filename(resource)
            stem, dot, ext = name.rpartition(".")
            n = 2
            while name in names:  # same titles: 标题(2).mp4
                name = f"{stem}({n}).{ext}" if dot else f"{resource.title}({n})"
                n += 1
            names.add(name)
            info = zipfile.ZipInfo(name, date_time=resource.updated_at.timetuple()[:6])
            info.compress_type = zipfile.ZIP_STORED
            info.flag_bits |= 0x800  # names are UTF-8 (Chinese kept on every unzip tool)
            source = resource.asset.file.storage.open(resource.asset.file.name, "rb")
            with source, archive.open(info, "w", force_zip64=True) as target:
                while chunk := source.read(1024 * 1024):
                    target.write(chunk)
                    yield sink.drain()
            yield sink.drain()
    yield sink.drain()


@require_POST
def batch_download(request):
    """Several resources as one streamed zip (M3); logged-in users only, every resource checked."""
    if not request.user.is_authenticated:
        return HttpResponse(_("Please log in to download resources."), status=401, content_type="text/plain")
    raw = [part for value in request.POST.getlist("ids") for part in value.split(",")]
    try:
        ids = [int(i) for i in raw if i.strip()][:MAX_BATCH_DOWNLOAD]
    except ValueError:
        return HttpResponse(_("Invalid resource ids."), status=400, content_type="text/plain")
    resources = selectors.resources_downloadable(request.user, ids)
    if not resources:
        raise Http404(_("None of these resources can be downloaded."))
    for resource in resources:
        services.resource_record_download(user=request.user, resource=resource, context={"batch": True})
    response = StreamingHttpResponse(_zip_stream(resources), content_type="application/zip")
    response["Content-Disposition"] = _disposition("attachment", _("resources") + ".zip")
    response["Cache-Control"] = "private, no-store"
    return response
